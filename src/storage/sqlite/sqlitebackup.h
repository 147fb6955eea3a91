// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace borderlog::sqlite {

class SqliteDatabase;

// Copies of a database made with SQLite's online backup API: consistent while other connections read
// and write, checked with integrity_check before they count as made.
namespace SqliteBackup {

// Writes a copy of `source` to `target`: first into a temporary file of its own beside it, which is checked
// and then renamed over `target`, so `target` is never a half-written file and a failed copy leaves no
// temporary file behind. `target` must be a regular file or missing. Throws SqliteError.
void copy(SqliteDatabase &source, const QString &target);

// Creates an empty file (readable by its owner only) named stem-YYYYMMDD-HHMMSS-mmm[-N]suffix that no
// other program has, and returns its path: for copies kept beside a database (before a migration, before a
// restore) that must never overwrite one another. Throws SqliteError.
QString reserveUniquePath(const QString &stem, const QString &suffix);

// What is wrong with the database file at path (opened read-only): empty when it is a healthy Border
// Incident Log database.
QStringList problems(const QString &path);

} // namespace SqliteBackup

} // namespace borderlog::sqlite
