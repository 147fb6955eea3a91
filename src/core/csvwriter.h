// SPDX-License-Identifier: GPL-3.0-or-later
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
    // Writes what is still buffered (a failure then goes unreported: call finish() first).
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void writeRow(const QStringList &fields);
    // The same for fields that are UTF-8 already (exports straight from the database).
    void writeRow(std::initializer_list<QByteArrayView> fields);
    // Rows are collected and handed to the device 64 KiB at a time. finish() hands over the rest and says
    // whether everything was written; ok() says whether nothing has failed so far.
    bool finish();
    bool ok() const { return m_ok; }

    static QString encodeField(const QString &field);

private:
    QIODevice &m_device;
    void flushIfFull();

    QByteArray m_pending;
    bool m_ok = true;
};

} // namespace borderlog
