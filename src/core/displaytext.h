// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace borderlog {

// Stored texts shown to a person: names, reasons and values of the audit trail, whoever wrote them (an
// older version, another program, the sqlite3 tool). A control character in them could forge a line of the
// trail or send escape sequences to a supervisor's terminal, so every such text goes through here on its
// way to a screen, and the input rules refuse the same characters.
namespace DisplayText {

// Whether the character changes how the text around it is shown instead of showing itself: control
// characters (C0, DEL, C1), the line and paragraph separators, and the bidirectional embeddings, overrides
// and isolates that reorder the text around them.
bool isControl(char32_t c);

// Whether the text holds such a character; line feeds do not count when `lineFeedsAllowed`.
bool hasControl(QStringView text, bool lineFeedsAllowed = false);

// The text for display, on one line: a line feed shown as "↵", every other such character (and a lone
// surrogate) as \xHH up to U+00FF or \u{HHHH} above, the rest as it is. A backslash stays as it is: the
// display is for reading; the exact stored text is in `audit export`.
QString escaped(QStringView text);

} // namespace DisplayText

} // namespace borderlog
