// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace borderlog {

// The length of text in characters, as every length rule counts it (notes, location, recorded_by, reasons,
// passwords): Unicode code points, so that an emoji outside the Basic Multilingual Plane is one character,
// not the two UTF-16 units QString::size() counts. SQLite's length(), which the schema's checks use, counts
// the same. A surrogate without its partner counts as one.
inline qsizetype characterCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
        }
        ++count;
    }
    return count;
}

} // namespace borderlog
