// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QDateTimeEdit;

namespace borderlog::DateTyping {

// Lets a date be typed whole over a selected date: select all (Ctrl+A, or a click that selects the text)
// and type 2021-08-01. Qt's date edit otherwise types into the section the cursor is in, so the year
// stayed as it was. And Tab leaves the field for the next one (Shift+Tab for the one before), as in every
// other field: Qt's date and time edits otherwise tab through their own sections first (year, month, day),
// so that two Tabs from the date landed in its day, not in the time. The arrow keys still move between the
// sections. Installed on every date and time field of the app.
void install(QDateTimeEdit *edit);

} // namespace borderlog::DateTyping
