// SPDX-License-Identifier: GPL-3.0-or-later
#include "startuprecovery.h"

#include "accessrules.h"
#include "backuprotation.h"
#include "dialogs.h"
#include "incidentlog.h"

#include <QTemporaryDir>

#include <spdlog/spdlog.h>

namespace borderlog {

StartupRecovery::StartupRecovery(DatabaseOpener openExisting, DatabaseOpener create, BackupRestore restore)
    : m_openExisting(std::move(openExisting))
    , m_create(std::move(create))
    , m_restore(std::move(restore))
{}

std::unique_ptr<RegisterStore> StartupRecovery::recover(const QString &path, const QString &why)
{
    QString failedPath = path;
    QString message = why;
    for (;;) {
        spdlog::error("cannot open database: {}", message.toStdString());
        const QString other = tr("Open another file…");
        const QString restore = tr("Restore a backup…");
        const QString fresh = tr("Create a new database…");
        QStringList choices{other};
        if (!BackupRotation(failedPath).backups().isEmpty()) {
            choices << restore;
        }
        choices << fresh << tr("Quit");
        const auto chosen = Dialogs::choose(nullptr, tr("Border Incident Log"), tr("The database could not be opened."),
                                            message, choices);
        QString next;
        bool creating = false;
        if (!chosen || *chosen == choices.size() - 1 /* Quit */) {
            return nullptr;
        }
        if (choices[*chosen] == restore) {
            if (auto restored = restoreBackup(failedPath); !restored) {
                message = restored.message();
                continue;
            }
            next = failedPath;
        } else if (choices[*chosen] == other) {
            next = Dialogs::fileToOpen(nullptr, tr("Open database"), failedPath,
                                       tr("Databases (*.sqlite);;All files (*)"));
        } else {
            next =
                Dialogs::fileToSave(nullptr, tr("New database"), failedPath, tr("Databases (*.sqlite);;All files (*)"));
            creating = true;
        }
        if (next.isEmpty()) {
            continue;
        }
        auto opened = creating ? m_create(next) : m_openExisting(next);
        if (opened) {
            return std::move(opened).value();
        }
        failedPath = next;
        message = opened.message();
    }
}

Result<void> StartupRecovery::restoreBackup(const QString &path)
{
    const QString backup = Dialogs::fileToOpen(nullptr, tr("Restore a backup"), BackupRotation(path).folder(),
                                               tr("Backups (*.sqlite);;All files (*)"));
    if (backup.isEmpty()) {
        return Failure::refused(tr("No backup was chosen; nothing was changed."));
    }
    if (auto allowed = authorize(backup, path); !allowed) {
        return allowed;
    }
    auto restored = m_restore.restore(backup, path);
    if (!restored) {
        return restored.failure();
    }
    spdlog::warn("restored {} to {}; the previous database is kept as {}", backup.toStdString(), path.toStdString(),
                 restored->toStdString());
    return {};
}

Result<void> StartupRecovery::authorize(const QString &backup, const QString &path)
{
    const QTemporaryDir scratch;
    if (!scratch.isValid()) {
        return Failure::storage(tr("no temporary folder for the restore: %1").arg(scratch.errorString()));
    }
    auto deciding = m_restore.authority(backup, path, scratch.path());
    if (!deciding) {
        return deciding.failure();
    }
    IncidentLog log(std::move(deciding).value());
    const auto accounts = log.session().usesAccounts();
    if (!accounts) {
        return accounts.failure();
    }
    if (*accounts && !Dialogs::logIn(log, m_openExisting, nullptr)) {
        return Failure::refused(tr("Restoring a backup over a database with accounts needs an admin's login; "
                                   "nothing was changed."));
    }
    return AccessRules::mayRestore(log.session().actor());
}

} // namespace borderlog
