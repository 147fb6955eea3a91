// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliterestore.h"

#include "databasefile.h"
#include "sqlitebackup.h"
#include "sqlitedatabase.h"
#include "sqliteerror.h"
#include "sqliterestoremarker.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QScopeGuard>

#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

namespace borderlog::sqlite::SqliteRestore {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("borderlog::sqlite::SqliteRestore", text);
}

constexpr int kLockWaitMs = 3000;

// The refusal while another program has the database open.
Failure inUse(const QString &databasePath)
{
    return Failure::refused(tr("another program (the desktop app or borderlog-cli) has %1 open; close it and run "
                               "the restore again. Nothing was changed.")
                                .arg(databasePath));
}

// A copy of a file's bytes, for a current database too damaged for SQLite to copy.
bool copyBytes(QFile &source, const QString &to)
{
    QFile target(to);
    if (!source.seek(0) || !target.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    while (!source.atEnd()) {
        const QByteArray block = source.read(1 << 20);
        if (block.isEmpty()) {
            return false; // a read error: atEnd() would never come
        }
        if (target.write(block) != block.size()) {
            return false;
        }
    }
    return target.flush() && ::fsync(target.handle()) == 0;
}

bool copyBytes(const QString &from, const QString &to)
{
    QFile source(from);
    return source.open(QIODevice::ReadOnly) && copyBytes(source, to);
}

// The same from a descriptor that must stay open (closing any descriptor of a file drops the process's
// POSIX locks on it).
bool copyBytes(int fd, const QString &to)
{
    QFile source;
    return source.open(fd, QIODevice::ReadOnly, QFileDevice::DontCloseHandle) && copyBytes(source, to);
}

QString why(const SqliteError &e)
{
    switch (e.primaryCode()) {
    case SQLITE_FULL:
        return tr("the disk is full");
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return tr("the database file cannot be written (read-only or permission lost)");
    default:
        return e.message();
    }
}

// Copies `staged` into the open database `current` (which holds the exclusive lock): one write transaction.
void copyInto(SqliteDatabase &current, const QString &staged)
{
    SqliteDatabase source(staged, SqliteDatabase::Mode::ReadOnly);
    sqlite3_backup *backup = sqlite3_backup_init(current.handle(), "main", source.handle(), "main");
    if (!backup) {
        current.check(sqlite3_errcode(current.handle()), "restore");
    }
    sqlite3_backup_step(backup, -1);
    if (const int rc = sqlite3_backup_finish(backup); rc != SQLITE_OK) {
        throw SqliteError(sqlite3_extended_errcode(current.handle()),
                          QString::fromUtf8(sqlite3_errmsg(current.handle())));
    }
}

} // namespace

namespace {

// Why nothing can be restored into databasePath from backupPath, before anything is touched; or nothing.
std::optional<Failure> refusedUpFront(const QString &backupPath, const QString &databasePath, const DatabaseFile &file)
{
    if (const QStringList problems = SqliteBackup::problems(backupPath); !problems.isEmpty()) {
        return Failure::refused(
            tr("%1 cannot be restored: %2. Nothing was changed.").arg(backupPath, problems.join(QStringLiteral("; "))));
    }
    if (file.kind() == DatabaseFile::Kind::NotAFile || file.kind() == DatabaseFile::Kind::InMemory) {
        return Failure::invalid(
            tr("%1 is %2, not a database file; nothing was restored").arg(databasePath, file.kindName()));
    }
    if (!QDir().mkpath(QFileInfo(databasePath).absolutePath())) {
        return Failure::storage(tr("cannot create the folder of %1; nothing was restored").arg(databasePath));
    }
    return std::nullopt;
}

// A checked copy of the backup of our own (the file named on the command line may change meanwhile), its
// path in *staged; throws SqliteError. Returns the copy's audit trail head.
QString stageBackup(const QString &backupPath, const QString &databasePath, RestoreMarker &marker, QString *staged)
{
    *staged = SqliteBackup::reserveUniquePath(databasePath + QStringLiteral(".restoring"), QStringLiteral(".sqlite"));
    marker.record(QStringLiteral("staged"), *staged);
    SqliteDatabase backup(backupPath, SqliteDatabase::Mode::ReadOnly);
    SqliteBackup::copy(backup, *staged);
    SqliteDatabase copy(*staged, SqliteDatabase::Mode::ReadOnly);
    return auditHeadOf(copy);
}

// No database at the path: the staged copy is linked in, never over a database another program created
// meanwhile. Returns the failure, or nothing.
std::optional<Failure> restoreIntoMissing(const QString &databasePath, const QString &staged)
{
    // Companion files without their database are stale: replayed into the restored file they would damage it.
    ::unlink(QFile::encodeName(databasePath + QStringLiteral("-wal")).constData());
    ::unlink(QFile::encodeName(databasePath + QStringLiteral("-shm")).constData());
    // link() never replaces: a database another program created meanwhile is not overwritten.
    if (::link(QFile::encodeName(staged).constData(), QFile::encodeName(databasePath).constData()) != 0) {
        const int error = errno;
        return Failure::storage(error == EEXIST ? tr("a database appeared at %1 while the backup was checked; nothing "
                                                     "was changed. Run the restore again.")
                                                      .arg(databasePath)
                                                : tr("%1 could not be written (%2); nothing was changed")
                                                      .arg(databasePath, QString::fromLocal8Bit(strerror(error))));
    }
    return std::nullopt;
}

// Under SQLite's write lock held in EXCLUSIVE locking mode: the current database is copied aside (its path in
// *keptAs) and the staged copy written into it; throws SqliteError. Returns a failure when another program
// has the database open, else nothing.
std::optional<Failure> restoreOverCurrent(const QString &databasePath, const QString &staged, RestoreMarker &marker,
                                          QString *keptAs)
{
    SqliteDatabase current(databasePath, SqliteDatabase::Mode::ReadWriteExisting,
                           std::chrono::milliseconds(kLockWaitMs));
    // EXCLUSIVE locking mode keeps the lock after the transaction: from here on no other program reads or
    // writes this database until the restore has closed it. A program that has it open (the desktop app)
    // holds a shared lock, so the restore is refused rather than swapping data under its feet.
    current.execute("PRAGMA locking_mode = EXCLUSIVE");
    try {
        current.execute("BEGIN EXCLUSIVE");
        current.execute("COMMIT");
    } catch (const SqliteError &e) {
        if (e.primaryCode() != SQLITE_BUSY && e.primaryCode() != SQLITE_LOCKED) {
            throw;
        }
        return inUse(databasePath);
    }
    marker.record(QStringLiteral("before-head"), auditHeadOf(current));
    // Looked at again under the lock: a file that was empty when the restore began may hold saves now.
    if (DatabaseFile(databasePath).kind() == DatabaseFile::Kind::Regular) {
        *keptAs = SqliteBackup::reserveUniquePath(databasePath + QStringLiteral(".before-restore"),
                                                  QStringLiteral(".sqlite"));
        marker.record(QStringLiteral("kept"), *keptAs);
        SqliteBackup::copy(current, *keptAs);
    }
    copyInto(current, staged);
    return std::nullopt;
}

// Copies the damaged database's bytes (and its write-ahead log) aside to keptAs; false when it could not.
bool keepDamagedAside(int fd, const QString &databasePath, const QString &keptAs)
{
    return copyBytes(fd, keptAs)
           && (!QFileInfo::exists(databasePath + QStringLiteral("-wal"))
               || copyBytes(databasePath + QStringLiteral("-wal"), keptAs + QStringLiteral("-wal")));
}

// The current database is too damaged for SQLite to copy or write: SQLite's lock is taken by hand, its bytes
// are kept aside and the staged copy is renamed over it (one step: the path is never without a file).
// *keptAs may name a copy reserved already. Returns the failure, or nothing.
std::optional<Failure> restoreOverDamaged(const QString &databasePath, const QString &staged, RestoreMarker &marker,
                                          QString *keptAs)
{
    // The same byte range SQLite's connections lock (a reader keeps a shared lock on it while the database is
    // open). No connection of this program has the file open any more, so closing this descriptor releases
    // nobody else's lock.
    const int lockFd = ::open(QFile::encodeName(databasePath).constData(), O_RDWR | O_CLOEXEC);
    struct flock range = {};
    range.l_type = F_WRLCK;
    range.l_whence = SEEK_SET;
    range.l_start = 0x40000000; // SQLite's PENDING byte, then RESERVED and the SHARED range
    range.l_len = 512;
    if (lockFd < 0 || ::fcntl(lockFd, F_SETLK, &range) != 0) {
        if (lockFd >= 0) {
            ::close(lockFd);
        }
        return inUse(databasePath);
    }
    const auto unlock = qScopeGuard([lockFd] { ::close(lockFd); });
    if (keptAs->isEmpty()) {
        try {
            *keptAs = SqliteBackup::reserveUniquePath(databasePath + QStringLiteral(".before-restore"),
                                                      QStringLiteral(".sqlite"));
        } catch (const SqliteError &reserve) {
            return Failure::storage(
                tr("the current database could not be kept aside (%1); nothing was restored").arg(why(reserve)));
        }
    }
    marker.record(QStringLiteral("kept"), *keptAs);
    if (!keepDamagedAside(lockFd, databasePath, *keptAs)) {
        removeDatabaseFiles(*keptAs);
        return Failure::storage(
            tr("the current database could not be kept aside as %1; nothing was restored").arg(*keptAs));
    }
    // Its write-ahead log belongs to the damaged file (kept aside with it) and must not be replayed into the
    // restored one.
    ::unlink(QFile::encodeName(databasePath + QStringLiteral("-wal")).constData());
    ::unlink(QFile::encodeName(databasePath + QStringLiteral("-shm")).constData());
    if (std::rename(QFile::encodeName(staged).constData(), QFile::encodeName(databasePath).constData()) != 0) {
        return Failure::storage(
            tr("the restored copy could not be moved to %1 (%2); the previous database is kept as %3")
                .arg(databasePath, QString::fromLocal8Bit(strerror(errno)), *keptAs));
    }
    return std::nullopt;
}

// Writes the staged copy over the database at databasePath; returns the path the previous database is kept
// under, or the failure.
Result<QString> swapIn(const QString &backupPath, const QString &databasePath, const QString &staged,
                       RestoreMarker &marker)
{
    QString keptAs;
    try {
        if (auto refused = restoreOverCurrent(databasePath, staged, marker, &keptAs)) {
            return *refused;
        }
        return keptAs;
    } catch (const SqliteError &e) {
        if (e.primaryCode() != SQLITE_CORRUPT && e.primaryCode() != SQLITE_NOTADB) {
            if (!keptAs.isEmpty()) {
                removeDatabaseFiles(keptAs);
            }
            return Failure::storage(tr("restoring %1 failed (%2); the database is as it was").arg(backupPath, why(e)));
        }
    }
    if (auto failed = restoreOverDamaged(databasePath, staged, marker, &keptAs)) {
        return *failed;
    }
    return keptAs;
}

} // namespace

std::optional<QString> takeInterruptedNotice(const QString &databasePath)
{
    return RestoreMarker::takeInterruptedNotice(databasePath);
}

Result<QString> restore(const QString &backupPath, const QString &databasePath)
{
    const DatabaseFile file(databasePath);
    if (auto refused = refusedUpFront(backupPath, databasePath, file)) {
        return *refused;
    }
    RestoreMarker marker(databasePath);
    if (marker.busy()) {
        return Failure::refused(tr("another restore into %1 is running; nothing was changed").arg(databasePath));
    }
    if (!marker.held()) {
        return Failure::storage(tr("cannot write beside %1 (%2); nothing was restored")
                                    .arg(databasePath, QString::fromLocal8Bit(strerror(errno))));
    }
    marker.record(QStringLiteral("started"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    marker.record(QStringLiteral("backup"), QFileInfo(backupPath).absoluteFilePath());
    QString staged;
    try {
        marker.record(QStringLiteral("backup-head"), stageBackup(backupPath, databasePath, marker, &staged));
    } catch (const SqliteError &e) {
        if (!staged.isEmpty()) {
            removeDatabaseFiles(staged);
        }
        marker.finished();
        return Failure::storage(tr("%1 could not be read (%2); nothing was changed").arg(backupPath, why(e)));
    }
    const auto cleanUp = qScopeGuard([&] {
        removeDatabaseFiles(staged);
        marker.finished();
    });
    if (file.kind() == DatabaseFile::Kind::Missing) {
        if (auto failed = restoreIntoMissing(databasePath, staged)) {
            return *failed;
        }
        return QString();
    }
    auto kept = swapIn(backupPath, databasePath, staged, marker);
    if (kept) {
        spdlog::warn("restored {} into {}; the previous database is kept as {}", backupPath.toStdString(),
                     databasePath.toStdString(), kept->toStdString());
    }
    return kept;
}

} // namespace borderlog::sqlite::SqliteRestore
