// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include "dialogs.h"
#include "incidentcsv.h"
#include "incidentlog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QProgressDialog>
#include <QWidget>

namespace borderlog {

namespace {

constexpr int kMessageTimeout = 15000;

} // namespace

ImportController::ImportController(IncidentLog &log, QWidget *window)
    : QObject(window)
    , m_log(log)
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Dialogs::warn(m_window, tr("Import CSV"), tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    const QString fileName = QFileInfo(path).fileName();
    IncidentCsv::Reader reader(file, fileName, m_log.session().today());
    bool cancelled = false;
    const auto imported = importWithProgress(reader, fileName, cancelled);
    if (cancelled && !imported) {
        emit message(tr("The import of %1 was cancelled; nothing was written.").arg(fileName), kMessageTimeout);
        return false;
    }
    if (!imported) {
        Dialogs::warn(m_window, tr("Import CSV"), tr("%1 was not imported; nothing was written.").arg(fileName),
                      imported.message());
        return false;
    }
    emit message(tr("Imported %1: %2").arg(fileName, describe(*imported)), kMessageTimeout);
    return true;
}

Result<ImportSummary> ImportController::importWithProgress(IncidentSource &source, const QString &fileName,
                                                           bool &cancelled)
{
    // A million rows take about twenty seconds: a progress window appears after half a second, and Cancel
    // stops the import with nothing written. It is window-modal, so nothing else can be done meanwhile.
    QProgressDialog progress(tr("Importing %1 …").arg(fileName), tr("Cancel"), 0, 1000, m_window);
    progress.setWindowTitle(tr("Import CSV"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    // The closed file dialog's place is repainted before the window is busy.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    auto imported = m_log.incidents().import(source, [&progress](double read) {
        if (read < 0) {
            progress.setRange(0, 0); // a pipe: how much is left is not known
        }
        // Below the maximum while the import still writes after reading the last row.
        progress.setValue(read < 0 ? 0 : int(read * 999));
        return !progress.wasCanceled();
    });
    QGuiApplication::restoreOverrideCursor();
    cancelled = progress.wasCanceled(); // before hide(): closing the window counts as Cancel
    progress.hide();
    return imported;
}

QString ImportController::describe(const ImportSummary &imported)
{
    QString text = tr("%1 incidents added, %2 skipped (already in the database)")
                       .arg(QLocale().toString(imported.added), QLocale().toString(imported.skipped));
    if (imported.conflicts > 0) {
        text += u'\n'
                + tr("%n skipped incident(s) differ from the stored ones, which were kept: %1", nullptr,
                     int(imported.conflicts))
                      .arg(imported.firstConflicts.join(QStringLiteral(", ")));
    }
    return text;
}

} // namespace borderlog
