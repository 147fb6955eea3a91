#pragma once

#include <QString>
#include <QStringList>

namespace borderlog {

// Reads RFC 4180 CSV from UTF-8 text: CRLF or LF line ends, an optional byte-order mark, quoted
// fields with doubled quotes and line breaks inside. Written by hand because QtCore has no CSV
// reader and the import must report the line of every problem.
class CsvReader
{
public:
    struct Record
    {
        int line = 0; // line number where the record starts (1-based)
        QStringList fields;
    };

    // Invalid UTF-8 is reported by error() before the first record.
    explicit CsvReader(const QByteArray &utf8);

    // The next record, or false at the end or on a malformed record (see error()).
    bool next(Record &record);
    // "line 12: quoted field is not closed", or empty.
    QString error() const { return m_error; }

private:
    QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_error;
};

} // namespace borderlog
