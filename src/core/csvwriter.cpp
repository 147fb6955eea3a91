#include "csvwriter.h"

#include <QIODevice>

namespace borderlog {

CsvWriter::CsvWriter(QIODevice &device)
    : m_device(device)
{}

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
    const QByteArray bytes = line.toUtf8();
    if (m_device.write(bytes) != bytes.size()) {
        m_ok = false;
    }
}

void CsvWriter::writeRow(std::initializer_list<QByteArrayView> fields)
{
    m_line.clear();
    bool first = true;
    for (const QByteArrayView field : fields) {
        if (!first) {
            m_line += ',';
        }
        first = false;
        const bool needsQuotes =
            field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r');
        if (!needsQuotes) {
            m_line += field;
            continue;
        }
        m_line += '"';
        for (const char c : field) {
            if (c == '"') {
                m_line += '"';
            }
            m_line += c;
        }
        m_line += '"';
    }
    m_line += "\r\n";
    if (m_device.write(m_line) != m_line.size()) {
        m_ok = false;
    }
}

} // namespace borderlog
