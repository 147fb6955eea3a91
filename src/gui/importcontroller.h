// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"

#include <QObject>

class QWidget;

namespace borderlog {

class IncidentLog;
class IncidentSource;

// File > Import CSV: reads an incidents CSV into the open database, all or nothing, with a progress window
// and Cancel, and tells the outcome (a warning with the reasons, or a status bar message).
class ImportController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    ImportController(IncidentLog &log, QWidget *window);
    ~ImportController() override;

    // Asks for the file, then imports it.
    void chooseAndImport();
    // Returns whether the file was imported.
    bool importFile(const QString &path);

signals:
    // For the status bar, shown for timeout milliseconds.
    void message(const QString &text, int timeout);

private:
    // The import itself, under a progress window; cancelled tells whether the person pressed Cancel.
    Result<ImportSummary> importWithProgress(IncidentSource &source, const QString &fileName, bool &cancelled);
    static QString describe(const ImportSummary &imported);

    IncidentLog &m_log;
    QWidget *m_window;
};

} // namespace borderlog
