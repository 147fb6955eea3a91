#pragma once

#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace borderlog {

// Reads RFC 4180 CSV from UTF-8 text: CRLF or LF line ends, an optional byte-order mark, quoted
// fields with doubled quotes and line breaks inside. Reads the device in chunks, so a file of any size
// needs memory for one record only. Written by hand because QtCore has no CSV reader and the import
// must report the line of every problem.
class CsvReader
{
public:
    struct Record
    {
        int line = 0; // line number where the record starts (1-based)
        QStringList fields;
    };

    // Limits that keep a hostile file from exhausting memory.
    static constexpr qsizetype kMaxFieldLength = 64 * 1024;
    static constexpr qsizetype kMaxFields = 64;

    explicit CsvReader(QIODevice &device);
    // For small inputs held in memory (tests, resources).
    explicit CsvReader(const QByteArray &utf8);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // The next record, or false at the end or on a malformed record (see error()).
    bool next(Record &record);
    // "line 12: a quoted field is not closed ...", or empty.
    QString error() const { return m_error; }

private:
    bool fill(); // appends the next chunk of the device to m_text; false at the end
    void fail(int line, const QString &what);

    QIODevice *m_device = nullptr;
    QIODevice *m_ownedDevice = nullptr;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_started = false;
    QString m_error;
};

} // namespace borderlog
