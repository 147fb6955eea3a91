// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentfilter.h"
#include "tally.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ExportDialog;
}

namespace borderlog {

class IncidentLog;

// Export for the ministry: the incidents CSV or a tally CSV, for a date range, into a file. Writes
// through the same CsvReport code as `borderlog-cli export` and `tally`, atomically (QSaveFile).
class ExportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(IncidentLog &log, const IncidentFilter &logFilter, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // What was written, for the status bar.
    QString summary() const { return m_summary; }

public slots:
    void accept() override;

private:
    void browse();
    void suggestFileName();
    // nullopt: the incidents CSV; otherwise a tally of that grouping.
    std::optional<TallyGrouping> grouping() const;
    IncidentFilter filter() const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    IncidentLog &m_log;
    IncidentFilter m_logFilter;
    QString m_summary;
};

} // namespace borderlog
