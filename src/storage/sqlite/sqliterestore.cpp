// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliterestore.h"

#include "databasefile.h"
#include "sqlitebackup.h"
#include "sqlitedatabase.h"
#include "sqliteerror.h"
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
    return QCoreApplication::translate("SqliteRestore", text);
}

constexpr int kLockWaitMs = 3000;

// The refusal while another program has the database open.
Failure inUse(const QString &databasePath)
{
    return Failure::refused(tr("another program (the desktop app or borderlog-cli) has %1 open; close it and run "
                               "the restore again. Nothing was changed.")
                                .arg(databasePath));
}

QString markerPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".restore-in-progress");
}

// The last entry of the audit trail as SEQ:HASH (empty without a trail): tells afterwards whether the
// database holds what it held before a restore or what the backup held.
QString headOf(SqliteDatabase &db)
{
    try {
        SqliteStatement head(db, "SELECT seq || ':' || hash FROM audit_entry ORDER BY seq DESC LIMIT 1");
        return head.step() ? head.text(0) : QStringLiteral("0:");
    } catch (const SqliteError &) {
        return QString();
    }
}

// The record of a restore in progress beside the database, locked while the restore runs. A program that
// finds it unlocked knows that a restore was interrupted.
class RestoreMarker
{
public:
    explicit RestoreMarker(const QString &databasePath)
        : m_path(markerPath(databasePath))
    {
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd >= 0 && ::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
            ::close(m_fd);
            m_fd = -1;
            m_busy = true;
        }
    }
    ~RestoreMarker()
    {
        if (m_fd >= 0) {
            if (m_finished) {
                ::unlink(QFile::encodeName(m_path).constData());
            }
            ::close(m_fd);
        }
    }
    RestoreMarker(const RestoreMarker &) = delete;
    RestoreMarker &operator=(const RestoreMarker &) = delete;

    bool held() const { return m_fd >= 0; }
    bool busy() const { return m_busy; }
    void record(const QString &key, const QString &value)
    {
        const QByteArray line = (key + u'=' + value + u'\n').toUtf8();
        if (m_fd >= 0 && ::write(m_fd, line.constData(), size_t(line.size())) == line.size()) {
            ::fsync(m_fd);
        }
    }
    // The restore ended (done or failed cleanly): the record goes.
    void finished() { m_finished = true; }

private:
    QString m_path;
    int m_fd = -1;
    bool m_busy = false;
    bool m_finished = false;
};

void removeFile(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"}) {
        ::unlink((QFile::encodeName(path) + suffix).constData());
    }
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
    return headOf(copy);
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
    marker.record(QStringLiteral("before-head"), headOf(current));
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
        removeFile(*keptAs);
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
                removeFile(keptAs);
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
            removeFile(staged);
        }
        marker.finished();
        return Failure::storage(tr("%1 could not be read (%2); nothing was changed").arg(backupPath, why(e)));
    }
    const auto cleanUp = qScopeGuard([&] {
        removeFile(staged);
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

std::optional<QString> takeInterruptedNotice(const QString &databasePath)
{
    const QString path = markerPath(databasePath);
    if (!QFileInfo::exists(path)) {
        return std::nullopt;
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        return std::nullopt;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd); // a restore is running: the open waits for its lock on the database
        return std::nullopt;
    }
    QFile record;
    QMap<QString, QString> values;
    if (record.open(fd, QIODevice::ReadOnly)) {
        for (const QByteArray &line : record.readAll().split('\n')) {
            const qsizetype equals = line.indexOf('=');
            if (equals > 0) {
                values.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
            }
        }
        record.close();
    }
    QString now;
    if (DatabaseFile(databasePath).kind() == DatabaseFile::Kind::Regular) {
        try {
            SqliteDatabase db(databasePath, SqliteDatabase::Mode::ReadOnly);
            now = headOf(db);
        } catch (const SqliteError &) {
        }
    }
    QString outcome;
    if (!values.contains(QStringLiteral("backup-head"))) {
        outcome = tr("it stopped before it changed anything; the database is as it was");
    } else if (values.value(QStringLiteral("backup-head")) == values.value(QStringLiteral("before-head"))) {
        outcome = tr("the backup and the database had the same audit trail head, so which one it holds cannot be "
                     "told; check it with 'borderlog-cli check' and 'audit verify'");
    } else if (!now.isEmpty() && now == values.value(QStringLiteral("backup-head"))) {
        outcome = tr("the database holds the backup's contents (audit trail head %1)").arg(now);
    } else if (!now.isEmpty() && now == values.value(QStringLiteral("before-head"))) {
        outcome = tr("the database is as it was before the restore (audit trail head %1)").arg(now);
    } else {
        outcome = tr("check the database with 'borderlog-cli check' and 'audit verify'");
    }
    QString notice = tr("a restore of %1 into this database, started %2, was interrupted: %3")
                         .arg(values.value(QStringLiteral("backup"), tr("a backup")),
                              values.value(QStringLiteral("started"), tr("at an unknown time")), outcome);
    if (const QString kept = values.value(QStringLiteral("kept")); !kept.isEmpty() && QFileInfo(kept).size() > 0) {
        notice += tr(". The database as it was before is kept as %1").arg(kept);
    }
    if (const QString staged = values.value(QStringLiteral("staged")); !staged.isEmpty()) {
        removeFile(staged);
    }
    ::unlink(QFile::encodeName(path).constData());
    ::close(fd);
    spdlog::warn("{}", notice.toStdString());
    return notice;
}

} // namespace borderlog::sqlite::SqliteRestore
