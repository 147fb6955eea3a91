// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditentry.h"
#include "auditverifier.h"
#include "databaseswitcher.h"

#include <QDialog>
#include <QUuid>

#include <memory>

namespace Ui {
class AuditTrailDialog;
}

namespace borderlog {

class AuditTrailModel;
class IncidentLog;

// The audit trail: for a supervisor or an admin the whole trail with filters (dates, user, action,
// incident), verification and CSV export; for anyone the history of one incident.
class AuditTrailDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTrailDialog)

public:
    // With an incident: only its history (who changed what, when, why).
    AuditTrailDialog(IncidentLog &log, DatabaseOpener opener, std::optional<QUuid> incident = std::nullopt,
                     QWidget *parent = nullptr);
    ~AuditTrailDialog() override;

    AuditTrailModel *model() const { return m_model; }
    AuditFilter filter() const;

public slots:
    void reload();
    // Recomputes the chain and checks the incidents against it, on a thread of its own with a connection of
    // its own (BackgroundTask); shows the result, then emits verified().
    void verify();

signals:
    void verified();

private:
    void exportCsv();
    void showMessage(const QString &text, bool problem);
    void showVerification(const Result<AuditVerification> &verified);

    std::unique_ptr<Ui::AuditTrailDialog> m_ui;
    IncidentLog &m_log;
    DatabaseOpener m_opener;
    std::optional<QUuid> m_incident;
    AuditTrailModel *m_model;
};

} // namespace borderlog
