// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace borderlog::DailyBackup {

// Makes today's backup of the database into the rotation beside it, unless one was made today, on a
// thread of its own: a backup of a large database takes minutes and must not hold up the window.
void startIfDue(const QString &databasePath);

} // namespace borderlog::DailyBackup
