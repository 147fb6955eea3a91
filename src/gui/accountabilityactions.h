// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseswitcher.h"
#include "incident.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QWidget;

namespace borderlog {

class IncidentLog;

// The window's actions for accountability: log in and switch user, change one's password, sign off and reopen
// a day, an incident's history, the audit trail, accounts and locations. Enabled by the acting user's role (the core
// refuses the rest anyway); every refusal is shown with the rule the core names.
class AccountabilityActions : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountabilityActions)

public:
    AccountabilityActions(IncidentLog &log, DatabaseOpener opener, QWidget *window,
                          std::function<std::optional<Incident>()> selected, std::function<QDate()> currentDay);
    ~AccountabilityActions() override;

    QAction *switchUserAction() const { return m_switchUser; }
    QAction *signOffAction() const { return m_signOff; }
    QAction *reopenAction() const { return m_reopen; }
    QAction *historyAction() const { return m_history; }
    QAction *auditTrailAction() const { return m_auditTrail; }
    QAction *accountsAction() const { return m_accounts; }
    QAction *changePasswordAction() const { return m_changePassword; }
    QAction *locationsAction() const { return m_locations; }
    QAction *conflictsAction() const { return m_conflicts; }
    // "Logged in as …" for the status bar.
    QLabel *userLabel() const { return m_userLabel; }

    // When the database uses accounts and nobody is logged in, asks for a login. False when the person
    // cancelled (nothing can be written then).
    bool ensureLoggedIn();
    // The same for a register about to replace the window's (File > Open).
    bool logInTo(IncidentLog &log);

    bool signOffDay();
    bool reopenDay();
    // The logged-in account's new password (the password dialog); true when it was stored.
    bool changeOwnPassword();

public slots:
    void updateForActor();

signals:
    // A message for the status bar.
    void message(const QString &text);

private:
    void showHistory();
    void showAuditTrail();
    void showAccounts();
    void showLocations();
    void showConflicts();
    void switchUser();

    IncidentLog &m_log;
    DatabaseOpener m_opener; // for the work the trail window and the login run on a thread of their own
    QWidget *m_window;
    std::function<std::optional<Incident>()> m_selected;
    std::function<QDate()> m_currentDay;
    QAction *m_switchUser;
    QAction *m_signOff;
    QAction *m_reopen;
    QAction *m_history;
    QAction *m_auditTrail;
    QAction *m_accounts;
    QAction *m_changePassword;
    QAction *m_locations;
    QAction *m_conflicts;
    QLabel *m_userLabel;
};

} // namespace borderlog
