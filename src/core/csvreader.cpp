// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QBuffer>
#include <QCoreApplication>

namespace borderlog {

namespace {

constexpr qint64 kChunkSize = 1 << 20;

QString tr(const char *text)
{
    return QCoreApplication::translate("borderlog::CsvReader", text);
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

// The length of the UTF-8 sequence that lead byte `b` begins and the range its second byte must lie in
// (Unicode's table 3-7: no overlong forms, no surrogates, nothing beyond U+10FFFF); 0 for a byte that
// cannot begin one.
struct SequenceStart
{
    qsizetype length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
};

SequenceStart sequenceStart(uchar b)
{
    if (b >= 0xC2 && b <= 0xDF) {
        return {2, 0x80, 0xBF};
    }
    if (b >= 0xE0 && b <= 0xEF) {
        return {3, uchar(b == 0xE0 ? 0xA0 : 0x80), uchar(b == 0xED ? 0x9F : 0xBF)};
    }
    if (b >= 0xF0 && b <= 0xF4) {
        return {4, uchar(b == 0xF0 ? 0x90 : 0x80), uchar(b == 0xF4 ? 0x8F : 0xBF)};
    }
    return {};
}

// Whether the multi-byte sequence starting at `i` is well-formed.
bool validSequence(const QByteArray &bytes, qsizetype i, const SequenceStart &start)
{
    if (start.length == 0 || i + start.length > bytes.size()) {
        return false;
    }
    const auto second = uchar(bytes[i + 1]);
    if (second < start.low || second > start.high) {
        return false;
    }
    for (qsizetype k = 2; k < start.length; ++k) {
        if ((uchar(bytes[i + k]) & 0xC0) != 0x80) {
            return false;
        }
    }
    return true;
}

// The length of the longest prefix of `bytes` that is well-formed UTF-8. Run only after the decoder found
// an error, to find it.
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
        const SequenceStart start = sequenceStart(b);
        if (!validSequence(bytes, i, start)) {
            return i;
        }
        i += start.length;
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

bool CsvReader::nextIs(QChar c)
{
    if (m_pos >= m_text.size()) {
        fill();
    }
    if (m_pos < m_text.size() && m_text[m_pos] == c) {
        ++m_pos;
        return true;
    }
    return false;
}

bool CsvReader::startRecord()
{
    // Keep only what the coming records need.
    if (m_pos > kChunkSize) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
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
    return true;
}

void CsvReader::readQuoted(QChar c, Field &field)
{
    if (c != u'"') {
        if (c == u'\n') {
            ++m_line;
        }
        field.text += c;
    } else if (nextIs(u'"')) {
        field.text += u'"';
    } else {
        field.quoted = false;
        field.afterQuote = true;
    }
}

CsvReader::Step CsvReader::readUnquoted(QChar c, Field &field, Record &record)
{
    if (c == u',') {
        record.fields << field.text;
        field = Field();
        if (record.fields.size() > kMaxFields) {
            fail(record.line, tr("a row has more than %1 fields").arg(kMaxFields));
            return Step::Failed;
        }
    } else if (c == u'\r' || c == u'\n') {
        if (c == u'\r') {
            nextIs(u'\n');
        }
        ++m_line;
        record.fields << field.text;
        return Step::RecordEnd;
    } else if (c == u'"' && field.text.isEmpty() && !field.afterQuote) {
        field.quoted = true;
    } else if (field.afterQuote) {
        fail(m_line, tr("unexpected text after a closing quote"));
        return Step::Failed;
    } else {
        field.text += c;
    }
    return Step::More;
}

bool CsvReader::next(Record &record)
{
    record.fields.clear();
    if (!m_error.isEmpty()) {
        return false;
    }
    record.line = m_line;
    if (!startRecord()) {
        return false;
    }
    Field field;
    while (m_pos < m_text.size() || fill()) {
        const QChar c = m_text[m_pos++];
        if (field.text.size() > kMaxFieldLength) {
            fail(record.line, tr("a field is longer than %1 characters").arg(kMaxFieldLength));
            return false;
        }
        if (field.quoted) {
            readQuoted(c, field);
            continue;
        }
        const Step step = readUnquoted(c, field, record);
        if (step != Step::More) {
            return step == Step::RecordEnd;
        }
    }
    if (!m_error.isEmpty() || failUndecodable(int(record.fields.size()))) {
        return false;
    }
    if (field.quoted) {
        fail(record.line, tr("a quoted field is not closed before the end of the file"));
        return false;
    }
    record.fields << field.text;
    return true;
}

} // namespace borderlog
