// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <QIODevice>

#include <algorithm>

namespace borderlog {

namespace {

constexpr qsizetype kChunk = qsizetype(64) * 1024;

} // namespace

CsvWriter::CsvWriter(QIODevice &device)
    : m_device(device)
{
    m_pending.reserve(kChunk + 4096);
}

CsvWriter::~CsvWriter()
{
    finish();
}

bool CsvWriter::finish()
{
    if (!m_pending.isEmpty()) {
        if (m_ok && m_device.write(m_pending) != m_pending.size()) {
            m_ok = false;
        }
        m_pending.clear();
    }
    return m_ok;
}

void CsvWriter::flushIfFull()
{
    if (m_pending.size() >= kChunk) {
        finish();
    }
}

QString CsvWriter::encodeField(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
                             || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes) {
        return field;
    }
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line += QLatin1Char(',');
        }
        line += encodeField(fields[i]);
    }
    line += QLatin1String("\r\n");
    m_pending += line.toUtf8();
    flushIfFull();
}

void CsvWriter::writeRow(std::initializer_list<QByteArrayView> fields)
{
    bool first = true;
    for (const QByteArrayView field : fields) {
        if (!first) {
            m_pending += ',';
        }
        first = false;
        // One pass over the field (most are a few bytes long).
        const bool needsQuotes = std::any_of(field.begin(), field.end(),
                                             [](char c) { return c == ',' || c == '"' || c == '\n' || c == '\r'; });
        if (!needsQuotes) {
            m_pending += field;
            continue;
        }
        m_pending += '"';
        for (const char c : field) {
            if (c == '"') {
                m_pending += '"';
            }
            m_pending += c;
        }
        m_pending += '"';
    }
    m_pending += "\r\n";
    flushIfFull();
}

} // namespace borderlog
