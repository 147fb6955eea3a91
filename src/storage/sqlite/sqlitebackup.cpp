// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitebackup.h"

#include "sqlitedatabase.h"
#include "sqliteerror.h"
#include "sqliteschema.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace borderlog::sqlite::SqliteBackup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("borderlog::sqlite::SqliteBackup", text);
}

} // namespace

void copy(SqliteDatabase &source, const QString &target)
{
    struct stat existing = {};
    if (::stat(QFile::encodeName(target).constData(), &existing) == 0 && !S_ISREG(existing.st_mode)) {
        throw SqliteError(SQLITE_CANTOPEN, tr("%1 is not a regular file; a backup is written to a file").arg(target));
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        throw SqliteError(SQLITE_CANTOPEN, tr("the folder of %1 cannot be created").arg(target));
    }
    // A name of its own for every copy in progress: two programs backing up to the same target at once
    // never write into, check or move each other's file.
    QByteArray temporary = QFile::encodeName(target) + ".XXXXXX.part";
    const int fd = ::mkstemps(temporary.data(), 5);
    if (fd < 0) {
        throw SqliteError(
            errno == ENOSPC ? SQLITE_FULL : SQLITE_CANTOPEN,
            tr("the backup cannot be started beside %1: %2").arg(target, QString::fromLocal8Bit(strerror(errno))));
    }
    ::close(fd);
    const QString temporaryPath = QFile::decodeName(temporary);
    try {
        {
            SqliteDatabase copy(temporaryPath, SqliteDatabase::Mode::ReadWriteCreate);
            sqlite3_backup *backup = sqlite3_backup_init(copy.handle(), "main", source.handle(), "main");
            if (!backup) {
                copy.check(sqlite3_errcode(copy.handle()), "backup");
            }
            // -1: all pages in one step; the source stays readable and writable by other connections.
            sqlite3_backup_step(backup, -1);
            const int rc = sqlite3_backup_finish(backup);
            if (rc != SQLITE_OK) {
                throw SqliteError(sqlite3_extended_errcode(copy.handle()),
                                  tr("the backup could not be written: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
            }
            // A backup is one self-contained file.
            copy.execute("PRAGMA journal_mode = DELETE");
        }
        const QStringList found = problems(temporaryPath);
        if (!found.isEmpty()) {
            throw SqliteError(SQLITE_CORRUPT,
                              tr("the backup failed its check: %1").arg(found.join(QStringLiteral("; "))));
        }
        // rename() replaces the target in one step: it is the old file or the new one, never neither.
        if (std::rename(temporary.constData(), QFile::encodeName(target).constData()) != 0) {
            throw SqliteError(
                SQLITE_CANTOPEN,
                tr("the backup could not be moved to %1: %2").arg(target, QString::fromLocal8Bit(strerror(errno))));
        }
    } catch (...) {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"}) {
            ::unlink((temporary + suffix).constData());
        }
        throw;
    }
}

QString reserveUniquePath(const QString &stem, const QString &suffix)
{
    const QString time = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    for (int attempt = 0; attempt < 1000; ++attempt) {
        QString path = attempt == 0 ? QStringLiteral("%1-%2%3").arg(stem, time, suffix)
                                    : QStringLiteral("%1-%2-%3%4").arg(stem, time).arg(attempt).arg(suffix);
        // O_EXCL: the name is ours only if nobody had it, whichever program asks at the same millisecond.
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::close(fd);
            return path;
        }
        if (errno != EEXIST) {
            throw SqliteError(errno == ENOSPC ? SQLITE_FULL : SQLITE_CANTOPEN,
                              tr("%1 cannot be created: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
        }
    }
    throw SqliteError(SQLITE_CANTOPEN, tr("no free name for %1").arg(stem));
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
