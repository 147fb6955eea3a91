#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace borderlog {

CsvReader::CsvReader(const QByteArray &utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    m_text = decoder.decode(utf8);
    if (decoder.hasError()) {
        m_error = QCoreApplication::translate("CsvReader", "the file is not valid UTF-8 text");
        m_pos = m_text.size();
        return;
    }
    if (m_text.startsWith(QChar(0xFEFF))) {
        m_pos = 1;
    }
}

bool CsvReader::next(Record &record)
{
    record.fields.clear();
    if (!m_error.isEmpty() || m_pos >= m_text.size()) {
        return false;
    }
    record.line = m_line;
    QString field;
    bool quoted = false;
    bool afterQuote = false; // a closing quote was seen; only a separator or line end may follow
    while (m_pos < m_text.size()) {
        const QChar c = m_text[m_pos++];
        if (quoted) {
            if (c == u'"') {
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
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && m_pos < m_text.size() && m_text[m_pos] == u'\n') {
                ++m_pos;
            }
            ++m_line;
            record.fields << field;
            return true;
        } else if (c == u'"' && field.isEmpty() && !afterQuote) {
            quoted = true;
        } else if (afterQuote) {
            m_error =
                QCoreApplication::translate("CsvReader", "line %1: unexpected text after a closing quote").arg(m_line);
            return false;
        } else {
            field += c;
        }
    }
    if (quoted) {
        m_error = QCoreApplication::translate("CsvReader", "line %1: a quoted field is not closed before the end "
                                                           "of the file")
                      .arg(record.line);
        return false;
    }
    record.fields << field;
    return true;
}

} // namespace borderlog
