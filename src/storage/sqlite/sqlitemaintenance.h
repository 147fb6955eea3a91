// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"

#include <QCoreApplication>

namespace borderlog::sqlite {

class StoreContext;

// RegisterMaintenance on the opened register's connection.
class SqliteRegisterMaintenance final : public RegisterMaintenance
{
    Q_DECLARE_TR_FUNCTIONS(SqliteRegisterMaintenance)

public:
    explicit SqliteRegisterMaintenance(StoreContext &context)
        : m_context(context)
    {}

    Result<DatabaseHealth> checkHealth() override;
    Result<qint64> externalChangeCounter() override;
    Result<void> backUp(const QString &target) override;

private:
    StoreContext &m_context;
};

// What is done to a database file as a whole, each through a connection of its own (so that it may run on
// another thread while the program works on, or on a file no register has open).
class SqliteMaintenance
{
    Q_DECLARE_TR_FUNCTIONS(SqliteMaintenance)

public:
    // A checked copy of the database at databasePath.
    static Result<void> backUpFile(const QString &databasePath, const QString &target);

    // Whether there is no database at path that any program could open: missing, empty, not an SQLite file or
    // damaged (not merely busy, read-only or newer).
    static bool cannotBeOpenedAtAll(const QString &path);

    // The register whose accounts decide whether backupPath may be restored onto databasePath (an admin of
    // it, AccessRules::mayRestore): the current database; when there is none that any program could open, a
    // copy of the backup made in scratchFolder (logging in records failures; the backup stays as it is). A
    // current database that is only busy, read-only or newer is a failure: its accounts still decide.
    static Result<std::unique_ptr<RegisterStore>>
    restoreAuthority(const QString &backupPath, const QString &databasePath, const QString &scratchFolder);

    // Checks the database at path without changing it (read-only): schema version, integrity, incidents,
    // and the aggregates against a recount of the incidents.
    static Result<DatabaseHealth> inspect(const QString &path);

    // Replaces the database at databasePath with a copy of the backup, after checking the backup
    // (SqliteRestore). The current file is kept aside as <name>.before-restore-<time>.sqlite; refused while
    // another program has the database open. Returns the path the current file was kept under (empty when
    // there was none).
    static Result<QString> restore(const QString &backupPath, const QString &databasePath);
};

} // namespace borderlog::sqlite
