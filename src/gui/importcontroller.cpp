// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include "backgroundtask.h"
#include "dialogs.h"
#include "incidentcsv.h"
#include "incidentlog.h"
#include "incidenttext.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QWidget>

#include <algorithm>
#include <climits>

namespace borderlog {

namespace {

constexpr int kMessageTimeout = 15000;

} // namespace

ImportController::ImportController(IncidentLog &log, DatabaseOpener opener, QWidget *window)
    : QObject(window)
    , m_log(log)
    , m_opener(std::move(opener))
    , m_window(window)
{}

ImportController::~ImportController() = default;

void ImportController::chooseAndImport()
{
    const QString path =
        Dialogs::fileToOpen(m_window, tr("Import CSV"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) {
        importFile(path);
    }
}

bool ImportController::importFile(const QString &path)
{
    if (isImporting()) {
        Dialogs::warn(m_window, tr("Import CSV"), tr("Another import is running; wait until it has finished."));
        emit finished(false);
        return false;
    }
    if (QFile file(path); !file.open(QIODevice::ReadOnly)) {
        Dialogs::warn(m_window, tr("Import CSV"), tr("%1 cannot be read: %2").arg(path, file.errorString()));
        emit finished(false);
        return false;
    }
    const QString fileName = QFileInfo(path).fileName();
    const QDateTime now = m_log.session().localNow();
    // A million rows take about twenty seconds: a progress window appears after half a second, and Cancel
    // stops the import with nothing written. It is not modal: the window stays in use meanwhile.
    auto *progress = new QProgressDialog(tr("Importing %1 …").arg(fileName), tr("Cancel"), 0, 1000, m_window);
    progress->setWindowTitle(tr("Import CSV"));
    progress->setWindowModality(Qt::NonModal);
    progress->setMinimumDuration(500);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    // Runs on the worker's thread: only values and the worker's own register.
    BackgroundTask::Work<Result<ImportSummary>> work = [path, fileName, now](IncidentLog &log, BackgroundTask &task) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Result<ImportSummary>(Failure::storage(tr("%1 cannot be read: %2").arg(path, file.errorString())));
        }
        IncidentCsv::Reader reader(file, fileName, now);
        return log.incidents().import(reader, [&task](double read) {
            task.reportProgress(read < 0 ? -1 : read * 0.999); // below the end while the import still writes
            return !task.isCancelled();
        });
    };
    m_task = BackgroundTask::run<Result<ImportSummary>>(
        m_log, m_opener, this, std::move(work), [this, fileName, progress](const Result<ImportSummary> &imported) {
            const bool cancelled = m_task && m_task->isCancelled();
            const bool ownConnection = m_task && m_task->ranOnOwnConnection();
            progress->deleteLater();
            m_task = nullptr;
            emit importingChanged(false);
            if (imported && imported->added > 0 && ownConnection) {
                // Written through the worker's connection: the window's register announces it.
                emit m_log.events().incidentsReloaded();
                emit m_log.events().locationsChanged();
            }
            conclude(imported, fileName, cancelled);
        });
    connect(m_task, &BackgroundTask::progressed, progress, [progress](int permille) {
        if (permille < 0) {
            progress->setRange(0, 0); // a pipe: how much is left is not known
        } else {
            progress->setValue(permille);
        }
    });
    // Cancel, or closing the progress window.
    connect(progress, &QProgressDialog::canceled, m_task, &BackgroundTask::cancel);
    emit importingChanged(true);
    return true;
}

void ImportController::conclude(const Result<ImportSummary> &imported, const QString &fileName, bool cancelled)
{
    if (cancelled && !imported) {
        emit message(tr("The import of %1 was cancelled; nothing was written.").arg(fileName), kMessageTimeout);
        emit finished(false);
        return;
    }
    if (!imported) {
        Dialogs::warn(m_window, tr("Import CSV"), tr("%1 was not imported; nothing was written.").arg(fileName),
                      imported.message());
        emit finished(false);
        return;
    }
    emit message(tr("Imported %1: %2").arg(fileName, describe(*imported)), kMessageTimeout);
    emit finished(true);
}

QString ImportController::describe(const ImportSummary &imported)
{
    QString text =
        tr("%Ln incident(s) added", nullptr, int(std::min<qint64>(imported.added, INT_MAX))) + QStringLiteral(", ")
        + tr("%Ln skipped (already in the database)", nullptr, int(std::min<qint64>(imported.skipped, INT_MAX)));
    if (imported.conflicts > 0) {
        text += u'\n'
                + tr("%n skipped incident(s) differ from the stored ones, which were kept: %1", nullptr,
                     int(imported.conflicts))
                      .arg(imported.firstConflicts.join(QStringLiteral(", ")));
    }
    return text;
}

} // namespace borderlog
