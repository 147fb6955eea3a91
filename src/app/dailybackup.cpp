// SPDX-License-Identifier: GPL-3.0-or-later
#include "dailybackup.h"

#include "backuprotation.h"
#include "sqlitemaintenance.h"
#include "sqliteregister.h"

#include <QCoreApplication>
#include <QThread>

#include <spdlog/spdlog.h>

namespace borderlog::DailyBackup {

void startIfDue(const QString &databasePath)
{
    const BackupRotation rotation(databasePath);
    if (!rotation.isDue(QDate::currentDate())) {
        return;
    }
    const QString target = rotation.pathFor(QDateTime::currentDateTime());
    QThread *worker = QThread::create([databasePath, target, rotation] {
        const auto done = sqlite::SqliteMaintenance::backUpFile(databasePath, target);
        if (done) {
            spdlog::info("daily backup written to {}", target.toStdString());
            rotation.prune();
        } else {
            spdlog::error("daily backup failed: {}", done.message().toStdString());
        }
    });
    QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    // The program waits for a running backup when it quits, so no half-written copy is left behind.
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, worker, [worker] { worker->wait(); });
    worker->start(QThread::LowPriority);
}

} // namespace borderlog::DailyBackup
