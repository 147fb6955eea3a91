// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseswitcher.h"
#include "registerstore.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace borderlog {

class BackgroundTask;
class IncidentLog;

// File > Import CSV: reads an incidents CSV into the open database, all or nothing, on a thread of its own
// with a connection of its own (BackgroundTask), under a progress window with Cancel; the window stays in
// use meanwhile (a save waits for the import's write and is then saved, as with another program's import).
// Tells the outcome: a warning with the reasons, or a status bar message.
class ImportController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    ImportController(IncidentLog &log, DatabaseOpener opener, QWidget *window);
    ~ImportController() override;

    // Asks for the file, then imports it.
    void chooseAndImport();
    // Starts the import of the file; finished() tells how it ended. False when it could not start.
    bool importFile(const QString &path);
    bool isImporting() const { return !m_task.isNull(); }

signals:
    // For the status bar, shown for timeout milliseconds.
    void message(const QString &text, int timeout);
    // Once for every importFile(): whether the file was imported.
    void finished(bool imported);
    void importingChanged(bool importing);

private:
    void conclude(const Result<ImportSummary> &imported, const QString &fileName, bool cancelled);
    static QString describe(const ImportSummary &imported);

    IncidentLog &m_log;
    DatabaseOpener m_opener;
    QWidget *m_window;
    QPointer<BackgroundTask> m_task;
};

} // namespace borderlog
