// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaytext.h"

#include <QChar>

namespace borderlog::DisplayText {

bool isControl(char32_t c)
{
    if (c == 0x2028 || c == 0x2029) { // line and paragraph separator: a line break in a window
        return true;
    }
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) { // LRE … RLO, LRI … PDI
        return true;
    }
    return QChar::category(c) == QChar::Other_Control;
}

namespace {

// Calls `visit` with each code point and the UTF-16 units it takes; a lone surrogate comes as itself.
template <typename Visit>
void forEachCodePoint(QStringView text, Visit &&visit)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            visit(QChar::surrogateToUcs4(c, text[i + 1]), text.mid(i, 2));
            ++i;
        } else {
            visit(char32_t(c.unicode()), text.mid(i, 1));
        }
    }
}

} // namespace

bool hasControl(QStringView text, bool lineFeedsAllowed)
{
    bool found = false;
    forEachCodePoint(
        text, [&](char32_t c, QStringView) { found = found || (isControl(c) && !(lineFeedsAllowed && c == u'\n')); });
    return found;
}

QString escaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    forEachCodePoint(text, [&](char32_t c, QStringView units) {
        if (c == u'\n') {
            out += QChar(0x21B5); // ↵
        } else if (isControl(c) || QChar::isSurrogate(c)) {
            out += c <= 0xFF ? QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'))
                             : QStringLiteral("\\u{%1}").arg(uint(c), 4, 16, QLatin1Char('0'));
        } else {
            out += units;
        }
    });
    return out;
}

} // namespace borderlog::DisplayText
