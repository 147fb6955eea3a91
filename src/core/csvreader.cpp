#include "csvreader.h"

#include <QBuffer>
#include <QCoreApplication>

namespace borderlog {

namespace {

constexpr qint64 kChunkSize = 1 << 20;

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}

} // namespace

CsvReader::CsvReader(QIODevice &device)
    : m_device(&device)
{}

CsvReader::CsvReader(const QByteArray &utf8)
{
    auto *buffer = new QBuffer;
    buffer->setData(utf8);
    buffer->open(QIODevice::ReadOnly);
    m_device = m_ownedDevice = buffer;
}

CsvReader::~CsvReader()
{
    delete m_ownedDevice;
}

void CsvReader::fail(int line, const QString &what)
{
    m_error = tr("line %1: %2").arg(line).arg(what);
}

bool CsvReader::fill()
{
    if (!m_error.isEmpty() || m_device->atEnd()) {
        return false;
    }
    const QByteArray chunk = m_device->read(kChunkSize);
    if (chunk.isEmpty()) {
        return false;
    }
    m_text += m_decoder.decode(chunk);
    if (m_decoder.hasError()) {
        fail(m_line, tr("the file is not valid UTF-8 text"));
        return false;
    }
    return true;
}

bool CsvReader::next(Record &record)
{
    record.fields.clear();
    if (!m_error.isEmpty()) {
        return false;
    }
    // Keep only what the coming records need.
    if (m_pos > kChunkSize) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    if (m_pos >= m_text.size() && !fill()) {
        return false;
    }
    if (!m_started) {
        m_started = true;
        if (m_text.startsWith(QChar(0xFEFF))) {
            m_pos = 1;
            if (m_pos >= m_text.size() && !fill()) {
                return false;
            }
        }
    }
    record.line = m_line;
    QString field;
    bool quoted = false;
    bool afterQuote = false; // a closing quote was seen; only a separator or line end may follow
    for (;;) {
        if (m_pos >= m_text.size() && !fill()) {
            break;
        }
        const QChar c = m_text[m_pos++];
        if (field.size() > kMaxFieldLength) {
            fail(record.line, tr("a field is longer than %1 characters").arg(kMaxFieldLength));
            return false;
        }
        if (quoted) {
            if (c == u'"') {
                if (m_pos >= m_text.size()) {
                    fill();
                }
                if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
                    field += u'"';
                    ++m_pos;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\n') {
                    ++m_line;
                }
                field += c;
            }
            continue;
        }
        if (c == u',') {
            record.fields << field;
            field.clear();
            afterQuote = false;
            if (record.fields.size() > kMaxFields) {
                fail(record.line, tr("a row has more than %1 fields").arg(kMaxFields));
                return false;
            }
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r') {
                if (m_pos >= m_text.size()) {
                    fill();
                }
                if (m_pos < m_text.size() && m_text[m_pos] == u'\n') {
                    ++m_pos;
                }
            }
            ++m_line;
            record.fields << field;
            return true;
        } else if (c == u'"' && field.isEmpty() && !afterQuote) {
            quoted = true;
        } else if (afterQuote) {
            fail(m_line, tr("unexpected text after a closing quote"));
            return false;
        } else {
            field += c;
        }
    }
    if (!m_error.isEmpty()) {
        return false;
    }
    if (quoted) {
        fail(record.line, tr("a quoted field is not closed before the end of the file"));
        return false;
    }
    record.fields << field;
    return true;
}

} // namespace borderlog
