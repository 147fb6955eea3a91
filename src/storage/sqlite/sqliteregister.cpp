// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteregister.h"

#include "databasefile.h"
#include "sqliteaccountstore.h"
#include "sqliteaudittrail.h"
#include "sqliteaudittrailstore.h"
#include "sqlitebackup.h"
#include "sqliteerror.h"
#include "sqliteincidentqueries.h"
#include "sqliteincidentstore.h"
#include "sqlitelocationstore.h"
#include "sqlitemaintenance.h"
#include "sqlitepragmas.h"
#include "sqliteschema.h"
#include "sqlitesigneddaystore.h"
#include "sqlitestatement.h"
#include "sqlitestorecontext.h"
#include "sqlitesynclinkstore.h"
#include "sqlitetallystore.h"
#include "sqlitetransaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>
#include <sys/statvfs.h>

#include <thread>

namespace borderlog::sqlite {

namespace {

// Switching a database to WAL takes an exclusive lock without waiting for it (SQLite's busy handler is not
// asked), so a program doing it while another reads the new file fails at once with "database is
// locked". Retried for as long as any other wait on the database.
void switchToWal(SqliteDatabase &db)
{
    QElapsedTimer waited;
    waited.start();
    for (int pause = 1;; pause = std::min(pause * 2, 50)) {
        try {
            SqliteStatement mode(db, "PRAGMA journal_mode = WAL");
            mode.step();
            return;
        } catch (const SqliteError &e) {
            if ((e.primaryCode() != SQLITE_BUSY && e.primaryCode() != SQLITE_LOCKED)
                || waited.elapsed() > db.busyTimeout().count()) {
                throw;
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(pause));
    }
}

// Whether the file system holding path has no room left for an ordinary user.
bool diskIsFull(const QString &path)
{
    struct statvfs space = {};
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    return ::statvfs(folder.constData(), &space) == 0 && space.f_bavail == 0;
}

// Before changing the schema, a copy of the database as it was, under a name no other copy has (two
// programs upgrading at once each make one; the second then finds nothing to upgrade).
void backUpBeforeMigration(SqliteDatabase &db, const QString &path, qint64 version)
{
    const QString stem = QFileInfo(path).absoluteDir().filePath(
        QStringLiteral("backups/%1-schema-%2").arg(QFileInfo(path).completeBaseName()).arg(version));
    QDir().mkpath(QFileInfo(stem).absolutePath());
    SqliteBackup::copy(db, SqliteBackup::reserveUniquePath(stem, QStringLiteral(".sqlite")));
}

} // namespace

std::optional<Failure> SqliteRegister::refusal(SqliteDatabase &db, const QString &path)
{
    // One statement, so one snapshot: read one by one, the marks could come from before another program's
    // creation of the schema and the tables from after it, and a new register would look like a foreign one.
    SqliteStatement marks(db,
                          "SELECT (SELECT user_version FROM pragma_user_version), "
                          "(SELECT application_id FROM pragma_application_id), (SELECT count(*) FROM sqlite_schema)");
    marks.step();
    const qint64 version = marks.integer(0);
    const qint64 applicationId = marks.integer(1);
    const qint64 objects = marks.integer(2);
    // Only a file without tables and without another program's marks is new: an empty database tagged by
    // another program (its application_id or user_version set) is that program's.
    const bool ours = applicationId == SqliteSchema::kApplicationId;
    const bool untouched = objects == 0 && applicationId == 0 && version == 0;
    if (!ours && !untouched) {
        return Failure::refused(tr("%1 is an SQLite database of another program, not a Border Incident Log "
                                   "database; it was not changed. Open another file or create a new one.")
                                    .arg(path));
    }
    if (version > SqliteSchema::latestVersion()) {
        return Failure::refused(tr("%1 was written by a newer version of Border Incident Log (schema %2; this "
                                   "program knows up to %3); it was not changed. Update the program to open it.")
                                    .arg(path)
                                    .arg(version)
                                    .arg(SqliteSchema::latestVersion()));
    }
    return std::nullopt;
}

Failure SqliteRegister::openFailure(int primaryCode, const QString &message, const QString &path)
{
    switch (primaryCode) {
    case SQLITE_NOTADB:
        return Failure::refused(
            tr("%1 is not a database file (or it is encrypted); it was not changed. Open another file.").arg(path));
    case SQLITE_CORRUPT:
        return Failure::refused(
            tr("%1 is damaged (%2); it was not changed. Restore it from a backup.").arg(path, message));
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Failure::storage(
            tr("cannot open %1 for writing (%2). Check that the file and its folder are writable.").arg(path, message));
    default:
        // A full disk often shows as an I/O error (the -shm or -wal cannot grow): say what it is.
        if (primaryCode == SQLITE_FULL || diskIsFull(path)) {
            return Failure::storage(tr("cannot open %1: the disk is full; free some space and try again").arg(path));
        }
        return Failure::storage(tr("cannot open %1: %2").arg(path, message));
    }
}

Result<std::unique_ptr<SqliteDatabase>> SqliteRegister::connect(const QString &path, bool creating, Creation creation,
                                                                std::chrono::milliseconds busyTimeout)
{
    // A program that only reads may read a file it cannot write; one that writes is told at once.
    const auto mode = creating                        ? SqliteDatabase::Mode::ReadWriteCreate
                      : creation == Creation::Refused ? SqliteDatabase::Mode::ReadWriteIfAllowed
                                                      : SqliteDatabase::Mode::ReadWriteExisting;
    auto db = std::make_unique<SqliteDatabase>(path, mode, busyTimeout);
    // Look before changing anything: a foreign or newer file must be left exactly as it is.
    if (auto refused = refusal(*db, path)) {
        return *refused;
    }
    switchToWal(*db);
    db->execute("PRAGMA synchronous = FULL");
    db->execute("PRAGMA foreign_keys = ON");
    db->execute(kPageCacheSize);
    const qint64 version = db->queryInt("PRAGMA user_version");
    if (version > 0 && version < SqliteSchema::latestVersion()) {
        backUpBeforeMigration(*db, path, version);
    }
    if (version < SqliteSchema::latestVersion()) {
        // Under the write lock, looked at again: programs that open a new database at once wait here for the
        // one that creates the schema, then find it made.
        SqliteTransaction setup(*db);
        if (auto refused = refusal(*db, path)) {
            return *refused;
        }
        SqliteSchema::migrate(*db);
        setup.commit();
    }
    return db;
}

Result<std::unique_ptr<SqliteRegister>> SqliteRegister::open(const QString &path, Creation creation,
                                                             std::chrono::milliseconds busyTimeout)
{
    if (path.isEmpty()) {
        return Failure::invalid(tr("db: the database path is empty; give the path of a database file"));
    }
    const DatabaseFile file(path);
    switch (file.kind()) {
    case DatabaseFile::Kind::NotAFile:
        return Failure::invalid(tr("%1 is %2, not a database file; it was not changed").arg(path, file.kindName()));
    case DatabaseFile::Kind::Missing:
        if (creation == Creation::Refused) {
            return Failure::storage(tr("there is no database at %1; nothing was created (check the path)").arg(path));
        }
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            return Failure::storage(
                tr("cannot create the folder %1 for the database").arg(QFileInfo(path).absolutePath()));
        }
        break;
    case DatabaseFile::Kind::Empty:
        // An empty file is what a program creating a database makes first: only a writer takes it on.
        if (creation == Creation::Refused) {
            return Failure::storage(
                tr("%1 is an empty file (0 bytes), not a database; it was left untouched").arg(path));
        }
        break;
    case DatabaseFile::Kind::Regular:
        if (const QStringList stuck = file.mendCompanionFiles(); !stuck.isEmpty()) {
            return Failure::storage(tr("%1 cannot be written: it was left by a session that could only read. Make it "
                                       "writable, or remove it while no program has the database open")
                                        .arg(stuck.join(QStringLiteral(", "))));
        }
        break;
    case DatabaseFile::Kind::InMemory:
        break;
    }
    try {
        auto db = connect(path, file.kind() == DatabaseFile::Kind::Missing, creation, busyTimeout);
        if (!db) {
            return db.failure();
        }
        std::unique_ptr<SqliteRegister> opened(new SqliteRegister(std::move(db).value()));
        opened->m_auditTrail->adoptIncidentsBeforeTrail();
        return opened;
    } catch (const SqliteError &e) {
        return openFailure(e.primaryCode(), e.message(), path);
    }
}

Result<std::unique_ptr<RegisterStore>> SqliteRegister::openForDesktop(const QString &path)
{
    return openInteractive(path, Creation::Allowed);
}

Result<std::unique_ptr<RegisterStore>> SqliteRegister::openExistingForDesktop(const QString &path)
{
    return openInteractive(path, Creation::Refused);
}

Result<std::unique_ptr<RegisterStore>> SqliteRegister::openInteractive(const QString &path, Creation creation)
{
    auto opened = open(path, creation, kInteractiveBusyTimeout);
    if (!opened) {
        return opened.failure();
    }
    return std::unique_ptr<RegisterStore>(std::move(opened).value());
}

SqliteRegister::SqliteRegister(std::unique_ptr<SqliteDatabase> db)
    : m_db(std::move(db))
    , m_trail(std::make_unique<SqliteAuditTrail>(*m_db))
    , m_context(std::make_unique<StoreContext>(*m_db, *m_trail))
    , m_tallies(std::make_unique<SqliteTallyStore>(*m_context))
    , m_incidents(std::make_unique<SqliteIncidentStore>(*m_context))
    , m_queries(std::make_unique<SqliteIncidentQueries>(*m_context, *m_tallies))
    , m_locations(std::make_unique<SqliteLocationStore>(*m_context))
    , m_signedDays(std::make_unique<SqliteSignedDayStore>(*m_context))
    , m_accounts(std::make_unique<SqliteAccountStore>(*m_context))
    , m_auditTrail(std::make_unique<SqliteAuditTrailStore>(*m_context))
    , m_syncLink(std::make_unique<SqliteSyncLinkStore>(*m_context))
    , m_maintenance(std::make_unique<SqliteRegisterMaintenance>(*m_context))
{}

SqliteRegister::~SqliteRegister() = default;

QString SqliteRegister::displayName() const
{
    return m_db->path();
}

QString SqliteRegister::engine() const
{
    return QStringLiteral("SQLite %1").arg(SqliteDatabase::libraryVersion());
}

int SqliteRegister::schemaVersion() const
{
    return int(m_db->queryInt("PRAGMA user_version"));
}

qint64 SqliteRegister::statementsRun() const
{
    return m_db->statementsRun();
}

IncidentStore &SqliteRegister::incidents()
{
    return *m_incidents;
}
IncidentQueries &SqliteRegister::queries()
{
    return *m_queries;
}
TallyStore &SqliteRegister::tallies()
{
    return *m_tallies;
}
LocationStore &SqliteRegister::locations()
{
    return *m_locations;
}
SignedDayStore &SqliteRegister::signedDays()
{
    return *m_signedDays;
}
AccountStore &SqliteRegister::accounts()
{
    return *m_accounts;
}
AuditTrailStore &SqliteRegister::auditTrail()
{
    return *m_auditTrail;
}
SyncLinkStore &SqliteRegister::syncLink()
{
    return *m_syncLink;
}
RegisterMaintenance &SqliteRegister::maintenance()
{
    return *m_maintenance;
}

} // namespace borderlog::sqlite
