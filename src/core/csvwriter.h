#pragma once

#include <QStringList>

class QIODevice;

namespace borderlog {

// Writes RFC 4180 CSV in UTF-8: CRLF line ends, fields with comma, quote or line break quoted,
// quotes doubled. Cells are written as given; FormulaGuard decides what a spreadsheet may see.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice &device);

    void writeRow(const QStringList &fields);
    bool ok() const { return m_ok; }

    static QString encodeField(const QString &field);

private:
    QIODevice &m_device;
    bool m_ok = true;
};

} // namespace borderlog
