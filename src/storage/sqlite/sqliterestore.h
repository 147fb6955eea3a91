// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

#include <optional>

namespace borderlog::sqlite {

// Putting a backup in the place of a database, so that nothing saved is lost on the way: the backup is
// copied into the database through SQLite's backup API as one transaction, under an exclusive lock that no
// other program holds the database open against. At every instant the path holds the old database or the
// restored one, never neither; a crash midway leaves the old one; every save another program reported as
// done before the restore is in the copy kept aside, and a program that tries to save meanwhile waits or is
// told the database is busy.
namespace SqliteRestore {

// Checks the backup, keeps the current database aside as <name>.before-restore-<time>.sqlite (a name no
// other copy has) and copies the backup in. Refused, with nothing changed, while another program has the
// database open. Returns the path of the copy kept aside (empty when there was no database).
Result<QString> restore(const QString &backupPath, const QString &databasePath);

// Whether a restore into the database at databasePath was interrupted (the program stopped while it ran):
// what it left, in words; the record of it is removed. Nothing while a restore is running or after none.
std::optional<QString> takeInterruptedNotice(const QString &databasePath);

} // namespace SqliteRestore

} // namespace borderlog::sqlite
