// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace borderlog {

// Spreadsheet formula injection guard (OWASP "CSV injection", CWE-1236).
// A text cell that begins with = + - @ tab or carriage return is exported with a leading apostrophe,
// which spreadsheets show as text. So that export -> import -> export stays exact, a cell that already
// begins with apostrophes followed by one of those characters gets one more apostrophe, and import
// removes exactly one apostrophe from any cell of that shape.
namespace FormulaGuard {

QString guard(const QString &cell);
QString unguard(const QString &cell);

} // namespace FormulaGuard

} // namespace borderlog
