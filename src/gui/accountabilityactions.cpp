// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountabilityactions.h"

#include "accessrules.h"
#include "accountsdialog.h"
#include "audittraildialog.h"
#include "conflictsdialog.h"
#include "dialogs.h"
#include "incidentlog.h"
#include "incidenttext.h"
#include "locationsdialog.h"

#include <QAction>
#include <QLabel>
#include <QWidget>

namespace borderlog {

AccountabilityActions::AccountabilityActions(IncidentLog &log, DatabaseOpener opener, QWidget *window,
                                             std::function<std::optional<Incident>()> selected,
                                             std::function<QDate()> currentDay)
    : QObject(window)
    , m_log(log)
    , m_opener(std::move(opener))
    , m_window(window)
    , m_selected(std::move(selected))
    , m_currentDay(std::move(currentDay))
    , m_switchUser(new QAction(tr("Log in as another &user…"), this))
    , m_signOff(new QAction(tr("&Sign off the day…"), this))
    , m_reopen(new QAction(tr("&Reopen the day…"), this))
    , m_history(new QAction(tr("&History of selected…"), this))
    , m_auditTrail(new QAction(tr("&Audit trail…"), this))
    , m_accounts(new QAction(tr("A&ccounts…"), this))
    , m_changePassword(new QAction(tr("Change my &password…"), this))
    , m_locations(new QAction(tr("&Locations…"), this))
    , m_conflicts(new QAction(tr("&Conflicts with the stations…"), this))
    , m_userLabel(new QLabel(window))
{
    m_history->setShortcut(QKeySequence(QStringLiteral("Ctrl+H")));
    m_signOff->setToolTip(tr("Lock the day shown in the summary and freeze its tallies (supervisors)"));
    connect(m_switchUser, &QAction::triggered, this, &AccountabilityActions::switchUser);
    connect(m_signOff, &QAction::triggered, this, &AccountabilityActions::signOffDay);
    connect(m_reopen, &QAction::triggered, this, &AccountabilityActions::reopenDay);
    connect(m_history, &QAction::triggered, this, &AccountabilityActions::showHistory);
    connect(m_auditTrail, &QAction::triggered, this, &AccountabilityActions::showAuditTrail);
    connect(m_accounts, &QAction::triggered, this, &AccountabilityActions::showAccounts);
    connect(m_changePassword, &QAction::triggered, this, &AccountabilityActions::changeOwnPassword);
    connect(m_locations, &QAction::triggered, this, &AccountabilityActions::showLocations);
    connect(m_conflicts, &QAction::triggered, this, &AccountabilityActions::showConflicts);
    m_conflicts->setObjectName(QStringLiteral("conflictsAction"));
    connect(&m_log, &IncidentLog::actorChanged, this, &AccountabilityActions::updateForActor);
    connect(&m_log, &IncidentLog::databaseReplaced, this, &AccountabilityActions::updateForActor);
    updateForActor();
}

AccountabilityActions::~AccountabilityActions() = default;

void AccountabilityActions::switchUser()
{
    const auto previous = m_log.session().actor();
    if (Dialogs::logIn(m_log, m_opener, m_window)) {
        emit message(tr("Logged in as %1").arg(m_log.session().actor().name));
    } else if (previous.hasAccount() && !m_log.session().actor().hasAccount()) {
        updateForActor();
    }
}

void AccountabilityActions::updateForActor()
{
    const Actor actor = m_log.session().actor();
    const bool accounts = m_log.session().usesAccounts().value_or(false);
    const bool loggedIn = !accounts || actor.hasAccount();
    m_signOff->setEnabled(loggedIn && AccessRules::maySignOff(actor).ok());
    m_reopen->setEnabled(m_signOff->isEnabled());
    m_auditTrail->setEnabled(loggedIn && AccessRules::mayReadAuditTrail(actor).ok());
    m_accounts->setEnabled(!accounts || AccessRules::mayManageAccounts(actor).ok());
    m_changePassword->setEnabled(accounts && AccessRules::mayChangeOwnPassword(actor).ok());
    m_locations->setEnabled(loggedIn && AccessRules::mayManageLocations(actor).ok());
    m_history->setEnabled(loggedIn);
    m_switchUser->setEnabled(accounts);
    // Without accounts the name is the operating system's user: it is what incidents are recorded under.
    m_userLabel->setToolTip(!accounts ? tr("The database has no accounts: incidents are recorded under the computer's "
                                           "user name. Admin › Accounts… creates accounts.")
                                      : QString());
    m_userLabel->setText(!accounts            ? tr("No accounts · recorded as “%1”").arg(actor.name)
                         : actor.hasAccount() ? tr("Logged in as %1 (%2)").arg(actor.name, roleName(*actor.role))
                                              : tr("Not logged in"));
    m_conflicts->setVisible(m_log.conflicts() != nullptr);
    if (!m_log.acceptsChanges()) {
        // The national register: no sign-off, accounts or places of its own here; the server's login decides.
        for (QAction *action : {m_signOff, m_reopen, m_accounts, m_changePassword, m_locations, m_switchUser}) {
            action->setEnabled(false);
        }
        m_userLabel->setText(m_log.acceptsAmendments() ? tr("Headquarters") : tr("Read only"));
        m_userLabel->setToolTip(m_log.acceptsAmendments()
                                    ? tr("New incidents come only through the stations' syncs. A change here is "
                                         "headquarters' and needs a reason.")
                                    : tr("This server login reads the national register; a headquarters login "
                                         "(borderlog_headquarters) changes its incidents."));
    }
}

void AccountabilityActions::showConflicts()
{
    ConflictsDialog dialog(m_log, m_window);
    dialog.exec();
}

bool AccountabilityActions::ensureLoggedIn()
{
    const bool loggedIn = logInTo(m_log);
    updateForActor();
    return loggedIn;
}

bool AccountabilityActions::logInTo(IncidentLog &log)
{
    if (!log.session().usesAccounts().value_or(false) || log.session().actor().hasAccount()) {
        return true;
    }
    return Dialogs::logIn(log, m_opener, m_window);
}

bool AccountabilityActions::signOffDay()
{
    const QDate day = m_currentDay();
    const QString text = IncidentText::formatDate(day);
    // Said before anything is asked: a day that has not ended or is signed off already.
    if (const auto problem = m_log.days().signOffProblem(day)) {
        Dialogs::warn(m_window, tr("Sign off the day"), *problem);
        return false;
    }
    if (!Dialogs::confirm(
            m_window, tr("Sign off the day"),
            tr("Sign off %1? Its incidents will be locked and its tallies frozen as they are now, until a "
               "supervisor reopens the day with a reason.")
                .arg(text))) {
        return false;
    }
    const auto signedOff = m_log.days().signOff(day);
    if (!signedOff) {
        Dialogs::warn(m_window, tr("Sign off the day"), signedOff.message());
        return false;
    }
    const QString head =
        QStringLiteral("%1:%2").arg(signedOff->auditSequence).arg(QString::fromLatin1(signedOff->headHash));
    const QString counted = IncidentText::incidentsAndPersons(signedOff->incidents, signedOff->persons);
    emit message(tr("Day %1 signed off: %2. Audit trail head %3").arg(text, counted, head));
    Dialogs::inform(m_window, tr("Day signed off"),
                    tr("Day %1 is signed off: %2.\n\nAudit trail head (keep it with the day's report; it pins the "
                       "history):\n%3")
                        .arg(text, counted, head));
    return true;
}

bool AccountabilityActions::reopenDay()
{
    const QDate day = m_currentDay();
    if (const auto problem = m_log.days().reopenProblem(day)) {
        Dialogs::warn(m_window, tr("Reopen the day"), *problem);
        return false;
    }
    const auto reason =
        Dialogs::askText(m_window, tr("Reopen the day"),
                         tr("Reopen %1 so that its incidents can be changed.\nReason (required, kept in the audit "
                            "trail):")
                             .arg(IncidentText::formatDate(day)));
    if (!reason) {
        return false;
    }
    if (auto reopened = m_log.days().reopen(day, *reason); !reopened) {
        Dialogs::warn(m_window, tr("Reopen the day"), reopened.message());
        return false;
    }
    emit message(tr("Day %1 reopened").arg(IncidentText::formatDate(day)));
    return true;
}

bool AccountabilityActions::changeOwnPassword()
{
    if (!Dialogs::changePassword(m_log, m_opener, m_window)) {
        return false;
    }
    emit message(tr("Password of %1 changed").arg(m_log.session().actor().name));
    return true;
}

void AccountabilityActions::showHistory()
{
    const auto incident = m_selected();
    if (!incident) {
        emit message(tr("Select an incident to see its history"));
        return;
    }
    AuditTrailDialog dialog(m_log, m_opener, incident->id, m_window);
    dialog.exec();
}

void AccountabilityActions::showAuditTrail()
{
    AuditTrailDialog dialog(m_log, m_opener, std::nullopt, m_window);
    dialog.exec();
}

void AccountabilityActions::showAccounts()
{
    AccountsDialog dialog(m_log, m_opener, m_window);
    dialog.exec();
    ensureLoggedIn(); // after the first account, everyone logs in
}

void AccountabilityActions::showLocations()
{
    LocationsDialog dialog(m_log, m_window);
    dialog.exec();
}

} // namespace borderlog
