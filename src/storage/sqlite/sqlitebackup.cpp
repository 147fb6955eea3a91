#include "sqlitebackup.h"

#include "sqlitedatabase.h"
#include "sqliteerror.h"
#include "sqliteschema.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace borderlog::sqlite::SqliteBackup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SqliteBackup", text);
}

} // namespace

void copy(SqliteDatabase &source, const QString &target)
{
    QDir().mkpath(QFileInfo(target).absolutePath());
    const QString temporary = target + QStringLiteral(".part");
    QFile::remove(temporary);
    {
        SqliteDatabase copy(temporary, SqliteDatabase::Mode::ReadWriteCreate);
        sqlite3_backup *backup = sqlite3_backup_init(copy.handle(), "main", source.handle(), "main");
        if (!backup) {
            copy.check(sqlite3_errcode(copy.handle()), "backup");
        }
        // -1: all pages in one step; the source stays readable and writable by other connections.
        const int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) {
            throw SqliteError(rc, tr("the backup could not be written: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
        }
        // A backup is one self-contained file.
        copy.execute("PRAGMA journal_mode = DELETE");
    }
    const QStringList found = problems(temporary);
    if (!found.isEmpty()) {
        QFile::remove(temporary);
        throw SqliteError(SQLITE_CORRUPT, tr("the backup failed its check: %1").arg(found.join(QStringLiteral("; "))));
    }
    QFile::remove(target);
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        throw SqliteError(SQLITE_CANTOPEN, tr("the backup could not be moved to %1").arg(target));
    }
}

QStringList problems(const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        return {tr("%1 does not exist").arg(path)};
    }
    try {
        SqliteDatabase db(path, SqliteDatabase::Mode::ReadOnly);
        QStringList found;
        if (db.queryInt("PRAGMA application_id") != SqliteSchema::kApplicationId) {
            found << tr("not a Border Incident Log database");
            return found;
        }
        if (db.queryInt("PRAGMA user_version") > SqliteSchema::latestVersion()) {
            found << tr("written by a newer version of the program");
        }
        SqliteStatement integrity(db, "PRAGMA integrity_check");
        while (integrity.step()) {
            if (integrity.text(0) != QLatin1String("ok")) {
                found << integrity.text(0);
            }
        }
        return found;
    } catch (const SqliteError &e) {
        return {e.message()};
    }
}

} // namespace borderlog::sqlite::SqliteBackup
