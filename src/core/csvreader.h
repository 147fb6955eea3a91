// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace borderlog {

// Reads RFC 4180 CSV from UTF-8 text: CRLF or LF line ends, an optional byte-order mark, quoted
// fields with doubled quotes and line breaks inside. Reads the device in chunks, so a file of any size
// needs memory for one record only. Bytes that are not UTF-8 end the reading with the line and field they
// are in. Written by hand because QtCore has no CSV reader and the import
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
    static constexpr qsizetype kMaxFieldLength = qsizetype(64) * 1024;
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
    // The line of the problem in error() (where the bad bytes are, which for a field with line breaks may
    // be after the line its record starts on).
    int errorLine() const { return m_errorLine; }
    // The field (0-based) whose text is not UTF-8, or -1 when the problem is not about one field's text.
    int errorField() const { return m_errorField; }

private:
    // Appends the next chunk of the device to m_text; false at the end, and at the first bytes that are
    // not UTF-8 (m_text then ends where they begin, and m_undecodable says so).
    bool fill();
    void fail(int line, const QString &what, int field = -1);
    // Reports m_undecodable for the field being read, if set; false when there is nothing to report.
    bool failUndecodable(int field);

    // The field being read.
    struct Field
    {
        QString text;
        bool quoted = false;
        bool afterQuote = false; // a closing quote was seen; only a separator or line end may follow
    };
    enum class Step {
        More,
        RecordEnd,
        Failed,
    };
    // Drops consumed text and skips the byte-order mark; false at the end (or at bytes that are not UTF-8).
    bool startRecord();
    // Consumes the next character if it is `c` (reading on if the text ends here).
    bool nextIs(QChar c);
    // One character inside quotes, and one outside them.
    void readQuoted(QChar c, Field &field);
    Step readUnquoted(QChar c, Field &field, Record &record);

    QIODevice *m_device = nullptr;
    QIODevice *m_ownedDevice = nullptr;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QByteArray m_carry; // the start of a UTF-8 sequence that the chunk's end cut off
    enum class Undecodable {
        No,
        Invalid, // m_text ends where bytes that are not UTF-8 begin
        CutOff,  // the file ends inside a UTF-8 sequence
    };
    Undecodable m_undecodable = Undecodable::No;
    QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_started = false;
    QString m_error;
    int m_errorLine = 0;
    int m_errorField = -1;
};

} // namespace borderlog
