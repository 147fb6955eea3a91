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

// The bytes up to a UTF-8 sequence that the end of `bytes` cuts off (all of them if none is): that
// sequence is kept for the next chunk, so the decoder never holds bytes between calls and an incomplete
// sequence at the end of the file is noticed rather than dropped. Invalid bytes count as complete; the
// decoder reports them.
qsizetype completeLength(const QByteArray &bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype back = 1; back <= 4 && back <= n; ++back) {
        const auto b = uchar(bytes[n - back]);
        if ((b & 0xC0) == 0x80) {
            continue; // a continuation byte: its lead is further back
        }
        const qsizetype length = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
        return length > back ? n - back : n;
    }
    return n;
}

// The length of the longest prefix of `bytes` that is well-formed UTF-8 (Unicode's table 3-7: no overlong
// forms, no surrogates, nothing beyond U+10FFFF). Run only after the decoder found an error, to find it.
qsizetype validLength(const QByteArray &bytes)
{
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const auto b = uchar(bytes[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (i + length > n || uchar(bytes[i + 1]) < low || uchar(bytes[i + 1]) > high) {
            return i;
        }
        for (qsizetype k = 2; k < length; ++k) {
            if ((uchar(bytes[i + k]) & 0xC0) != 0x80) {
                return i;
            }
        }
        i += length;
    }
    return n;
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

void CsvReader::fail(int line, const QString &what, int field)
{
    m_error = tr("line %1: %2").arg(line).arg(what);
    m_errorLine = line;
    m_errorField = field;
}

bool CsvReader::failUndecodable(int field)
{
    switch (m_undecodable) {
    case Undecodable::No:
        return false;
    case Undecodable::Invalid:
        fail(m_line, tr("field %1 is not valid UTF-8 text").arg(field + 1), field);
        return true;
    case Undecodable::CutOff:
        fail(m_line, tr("field %1 is not valid UTF-8 text: the file ends inside a character").arg(field + 1), field);
        return true;
    }
    return false;
}

bool CsvReader::fill()
{
    if (!m_error.isEmpty() || m_undecodable != Undecodable::No) {
        return false;
    }
    const qsizetype before = m_text.size();
    // More than once only when a read brings no whole character (a pipe can hand over a single byte).
    while (m_text.size() == before) {
        QByteArray bytes = m_device->atEnd() ? QByteArray() : m_device->read(kChunkSize);
        if (bytes.isEmpty()) {
            if (!m_carry.isEmpty()) {
                m_undecodable = Undecodable::CutOff;
                m_carry.clear();
            }
            return false;
        }
        if (!m_carry.isEmpty()) {
            bytes.prepend(m_carry);
        }
        const qsizetype complete = completeLength(bytes);
        m_carry = bytes.mid(complete);
        bytes.truncate(complete);
        m_text += m_decoder.decode(bytes);
        if (m_decoder.hasError()) {
            // Keep the text before the first bad byte, so that the parser reaches it and names its line
            // and field, not the line where this chunk began.
            m_text.truncate(before);
            QStringDecoder prefix(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
            m_text += prefix.decode(QByteArrayView(bytes).first(validLength(bytes)));
            m_undecodable = Undecodable::Invalid;
            m_carry.clear();
            return m_text.size() > before;
        }
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
    record.line = m_line;
    if (m_pos >= m_text.size() && !fill()) {
        failUndecodable(0);
        return false;
    }
    if (!m_started) {
        m_started = true;
        if (m_text.startsWith(QChar(0xFEFF))) {
            m_pos = 1;
            if (m_pos >= m_text.size() && !fill()) {
                failUndecodable(0);
                return false;
            }
        }
    }
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
    if (!m_error.isEmpty() || failUndecodable(int(record.fields.size()))) {
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
