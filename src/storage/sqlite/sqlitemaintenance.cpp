// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitemaintenance.h"

#include "databasefile.h"
#include "sqlitebackup.h"
#include "sqliteincidentrows.h"
#include "sqlitepragmas.h"
#include "sqliteregister.h"
#include "sqliterestore.h"
#include "sqliteschema.h"
#include "sqlitestatement.h"
#include "sqlitestorecontext.h"
#include "tallydelta.h"
#include "tallyrecount.h"

#include <QDir>
#include <QFileInfo>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace borderlog::sqlite {

Result<DatabaseHealth> SqliteRegisterMaintenance::checkHealth()
{
    try {
        DatabaseHealth health;
        health.schemaVersion = int(m_context.db.queryInt("PRAGMA user_version"));
        SqliteStatement integrity(m_context.db, "PRAGMA integrity_check");
        while (integrity.step()) {
            const QString line = integrity.text(0);
            if (line != QLatin1String("ok")) {
                health.problems << line;
            }
        }
        SqliteStatement foreignKeys(m_context.db, "PRAGMA foreign_key_check");
        while (foreignKeys.step()) {
            health.problems << tr("row %1 of %2 refers to a missing %3")
                                   .arg(foreignKeys.integer(1))
                                   .arg(foreignKeys.text(0), foreignKeys.text(2));
        }
        health.ok = health.problems.isEmpty();
        return health;
    } catch (const SqliteError &e) {
        if (e.primaryCode() == SQLITE_CORRUPT || e.primaryCode() == SQLITE_NOTADB) {
            DatabaseHealth damaged;
            damaged.problems << tr("the database file is damaged (%1); restore it from a backup").arg(e.message());
            return damaged;
        }
        return StoreContext::failure(e, tr("Checking the database"));
    }
}

Result<qint64> SqliteRegisterMaintenance::externalChangeCounter()
{
    return m_context.read<qint64>(tr("Looking for changes"),
                                  [&]() -> Result<qint64> { return m_context.db.queryInt("PRAGMA data_version"); });
}

Result<void> SqliteRegisterMaintenance::backUp(const QString &target)
{
    return m_context.read<void>(tr("The backup to %1").arg(target), [&]() -> Result<void> {
        SqliteBackup::copy(m_context.db, target);
        return {};
    });
}

Result<void> SqliteMaintenance::backUpFile(const QString &databasePath, const QString &target)
{
    try {
        SqliteDatabase source(databasePath, SqliteDatabase::Mode::ReadOnly);
        SqliteBackup::copy(source, target);
        return {};
    } catch (const SqliteError &e) {
        return Failure::storage(tr("The backup of %1 to %2 failed: %3").arg(databasePath, target, e.message()));
    }
}

bool SqliteMaintenance::cannotBeOpenedAtAll(const QString &path)
{
    const DatabaseFile file(path);
    if (file.kind() == DatabaseFile::Kind::Missing || file.kind() == DatabaseFile::Kind::Empty) {
        return true;
    }
    if (file.kind() != DatabaseFile::Kind::Regular) {
        return false;
    }
    try {
        SqliteDatabase db(path, SqliteDatabase::Mode::ReadOnly);
        SqliteStatement check(db, "PRAGMA quick_check(1)");
        return !check.step() || check.text(0) != QLatin1String("ok");
    } catch (const SqliteError &e) {
        return e.primaryCode() == SQLITE_CORRUPT || e.primaryCode() == SQLITE_NOTADB;
    }
}

Result<std::unique_ptr<RegisterStore>> SqliteMaintenance::restoreAuthority(const QString &backupPath,
                                                                           const QString &databasePath,
                                                                           const QString &scratchFolder)
{
    // A damaged file may still open when the damage misses the pages opening reads; its accounts cannot be
    // trusted to decide then either, so the integrity check comes first.
    if (!cannotBeOpenedAtAll(databasePath)) {
        auto current = SqliteRegister::open(databasePath, SqliteRegister::Creation::Refused);
        if (current) {
            return std::unique_ptr<RegisterStore>(std::move(current).value());
        }
        return current.failure();
    }
    spdlog::info("restore: the current database is damaged; the backup's accounts decide");
    const QString copy = QDir(scratchFolder).filePath(QStringLiteral("backup-accounts.sqlite"));
    if (auto copied = backUpFile(backupPath, copy); !copied) {
        return copied.failure();
    }
    auto backup = SqliteRegister::open(copy, SqliteRegister::Creation::Refused);
    if (!backup) {
        return Failure::storage(tr("%1 cannot be restored: %2").arg(backupPath, backup.message()));
    }
    return std::unique_ptr<RegisterStore>(std::move(backup).value());
}

namespace {

// The aggregates against a recount from the incidents, as `audit verify` does: the differences found.
QStringList aggregateProblems(SqliteDatabase &db)
{
    const ScopedPragma mapped = ScopedPragma::memoryMappedReads(db);
    TallyRecount recount;
    IncidentRows::forEachStored(db, [&](const Incident &incident, bool removed, qint64) {
        if (!removed) {
            recount.addIncident(incident);
        }
    });
    TallyDelta::readStored(db, recount);
    QStringList problems = recount.finish();
    if (recount.differences() > problems.size()) {
        problems << QCoreApplication::translate("SqliteMaintenance", "%1 aggregate rows differ in all")
                        .arg(recount.differences());
    }
    return problems;
}

} // namespace

Result<DatabaseHealth> SqliteMaintenance::inspect(const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        return Failure::notFound(tr("%1 does not exist").arg(path));
    }
    DatabaseHealth health;
    try {
        SqliteDatabase db(path, SqliteDatabase::Mode::ReadOnly);
        health.schemaVersion = int(db.queryInt("PRAGMA user_version"));
        if (db.queryInt("PRAGMA application_id") != SqliteSchema::kApplicationId) {
            return Failure::refused(tr("%1 is not a Border Incident Log database").arg(path));
        }
    } catch (const SqliteError &e) {
        return Failure::storage(tr("%1 cannot be read: %2").arg(path, e.message()));
    }
    health.problems = SqliteBackup::problems(path);
    try {
        SqliteDatabase db(path, SqliteDatabase::Mode::ReadOnly);
        SqliteTransaction snapshot(db, SqliteTransaction::Kind::Read);
        health.incidents = db.queryInt("SELECT coalesce(sum(incidents), 0) FROM daily_tally");
        if (health.problems.isEmpty()) {
            health.problems << aggregateProblems(db);
        }
    } catch (const SqliteError &e) {
        health.incidents = -1; // the damage may sit in the tallies themselves; the problems say so
        if (health.problems.isEmpty()) {
            health.problems << e.message();
        }
    }
    health.ok = health.problems.isEmpty();
    return health;
}

Result<QString> SqliteMaintenance::restore(const QString &backupPath, const QString &databasePath)
{
    return SqliteRestore::restore(backupPath, databasePath);
}

} // namespace borderlog::sqlite
