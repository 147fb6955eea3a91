// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace borderlog {

// What an account may be called: the one home of the rule, for new accounts and for logins alike
// (docs/security.md, "Account names").
namespace AccountName {

constexpr int kMaxLength = 64;

// The character set: 1 to 64 letters, digits, '.', '_' or '-'; no spaces, no control characters. A login
// looks up only names of this form; any other text is no account's name.
bool isWellFormed(const QString &name);

// The rule a new account's name must keep (field "name"), or an empty list: well formed; in Unicode's NFKC
// form (no full-width, superscript, ligature or mathematical letters and digits); its letters of one
// script (Latin, Cyrillic, Greek, …), with digits 0-9 and '.', '_', '-' beside them. Accounts made before
// the script rule keep working: logins ask only isWellFormed().
QList<FieldError> check(const QString &name);

// What the name looks like, to tell look-alikes apart: NFKD, case-folded, with the Cyrillic, Greek and
// Latin letters that look like other Latin letters mapped to those (the table is in accountname.cpp and
// docs/security.md). A new account whose skeleton equals an existing one's is refused.
QString skeleton(const QString &name);

// Whom a failed login with a name that is no account's is recorded as: the name typed is not kept (it
// may be a password typed into the wrong field). Not a name an account can have.
QString unknownAccount();

} // namespace AccountName

} // namespace borderlog
