#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include <initializer_list>

class QIODevice;

namespace borderlog {

// Writes RFC 4180 CSV in UTF-8: CRLF line ends, fields with comma, quote or line break quoted,
// quotes doubled. Cells are written as given; FormulaGuard decides what a spreadsheet may see.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice &device);

    void writeRow(const QStringList &fields);
    // The same for fields that are UTF-8 already (exports straight from the database).
    void writeRow(std::initializer_list<QByteArrayView> fields);
    bool ok() const { return m_ok; }

    static QString encodeField(const QString &field);

private:
    QIODevice &m_device;
    QByteArray m_line; // reused from row to row
    bool m_ok = true;
};

} // namespace borderlog
