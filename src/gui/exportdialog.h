// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseswitcher.h"
#include "incidentfilter.h"
#include "tally.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class ExportDialog;
}

namespace borderlog {

class BackgroundTask;
class IncidentLog;

// Export for the ministry: the incidents CSV or a tally CSV, for a date range, into a file. Writes
// through the same CsvReport code as `borderlog-cli export` and `tally`, atomically (QSaveFile), on a thread
// of its own with a connection of its own (BackgroundTask); Cancel stops it and leaves no file.
class ExportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(IncidentLog &log, DatabaseOpener opener, const IncidentFilter &logFilter, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // What was written, for the status bar.
    QString summary() const { return m_summary; }

public slots:
    // Starts the export; the dialog is accepted once the file is written, and stays open saying why not.
    void accept() override;
    // Cancels a running export (nothing is written) and closes.
    void reject() override;

private:
    void browse();
    void suggestFileName();
    // nullopt: the incidents CSV; otherwise a tally of that grouping.
    std::optional<TallyGrouping> grouping() const;
    IncidentFilter filter() const;
    void fail(const QString &message);
    void conclude(const Result<qint64> &written, const QString &path);

    std::unique_ptr<Ui::ExportDialog> m_ui;
    IncidentLog &m_log;
    DatabaseOpener m_opener;
    IncidentFilter m_logFilter;
    QString m_summary;
    QPointer<BackgroundTask> m_task;
};

} // namespace borderlog
