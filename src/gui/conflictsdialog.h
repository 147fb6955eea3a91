// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace borderlog {

class IncidentLog;

// Day › Conflicts with the stations… on the national register: each open conflict (a station's change that crossed
// one of headquarters', or a change of headquarters' a station did not take) with both versions field by field, and
// the supervisor's decision, each with a reason: keep the station's version, or keep the national one.
class ConflictsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictsDialog)

public:
    ConflictsDialog(IncidentLog &log, QWidget *parent = nullptr);
    ~ConflictsDialog() override;

    int conflictCount() const;
    // Settles the selected conflict, asking for the reason first; true when it was settled.
    bool keepSiteVersion();
    bool keepNationalVersion();

private:
    void reload();
    void showSelected();
    std::optional<NationalConflict> selected() const;
    bool settle(bool site);

    IncidentLog &m_log;
    QList<NationalConflict> m_conflicts;
    QTreeWidget *m_list;
    QPlainTextEdit *m_versions;
    QLabel *m_summary;
    QPushButton *m_keepSite;
    QPushButton *m_keepNational;
};

} // namespace borderlog
