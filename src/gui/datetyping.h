// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QDateEdit;

namespace borderlog::DateTyping {

// Lets a date be typed whole over a selected date: select all (Ctrl+A, or a click that selects the text)
// and type 2021-08-01. Qt's date edit otherwise types into the section the cursor is in, so the year
// stayed as it was. Installed on every date field of the app.
void install(QDateEdit *edit);

} // namespace borderlog::DateTyping
