// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseswitcher.h"

#include <QCoreApplication>

#include <functional>

namespace borderlog {

// How a backup is put in place of a database: the storage's maintenance, handed in as the opener is.
struct BackupRestore
{
    // The register whose accounts decide whether the backup may replace the database (its admin may).
    std::function<Result<std::unique_ptr<RegisterStore>>(const QString &backup, const QString &database,
                                                         const QString &scratchFolder)>
        authority;
    // Puts the backup in place; the path the current file was kept under (empty when there was none).
    std::function<Result<QString>(const QString &backup, const QString &database)> restore;
};

// The desktop app's answer to a database it cannot open at its start: says why and offers another file, a
// new database, a backup from the rotation beside it (only for an admin of the register whose accounts
// decide, as `borderlog-cli restore` requires) or quitting.
class StartupRecovery
{
    Q_DECLARE_TR_FUNCTIONS(StartupRecovery)

public:
    // openExisting opens a database that must be there (another file, a restored one); create may make one
    // (Create a new database…).
    StartupRecovery(DatabaseOpener openExisting, DatabaseOpener create, BackupRestore restore);

    // The register opened in the end; nothing when the officer quits.
    std::unique_ptr<RegisterStore> recover(const QString &path, const QString &why);

private:
    // Restores a backup chosen from the rotation beside path; a refusal or a failure is a message.
    Result<void> restoreBackup(const QString &path);
    // Whoever is at the keyboard may restore backup onto path (an admin of the deciding register, logged in).
    Result<void> authorize(const QString &backup, const QString &path);

    DatabaseOpener m_openExisting;
    DatabaseOpener m_create;
    BackupRestore m_restore;
};

} // namespace borderlog
