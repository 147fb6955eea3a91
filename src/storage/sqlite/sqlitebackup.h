#pragma once

#include <QString>
#include <QStringList>

namespace borderlog::sqlite {

class SqliteDatabase;

// Copies of a database made with SQLite's online backup API: consistent while other connections read
// and write, checked with integrity_check before they count as made.
namespace SqliteBackup {

// Writes a copy of `source` to `target`: first into a temporary file beside it, which is checked and
// then renamed into place, so `target` is never a half-written file. Throws SqliteError.
void copy(SqliteDatabase &source, const QString &target);

// What is wrong with the database file at path (opened read-only): empty when it is a healthy Border
// Incident Log database.
QStringList problems(const QString &path);

} // namespace SqliteBackup

} // namespace borderlog::sqlite
