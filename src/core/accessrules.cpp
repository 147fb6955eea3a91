// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessrules.h"

#include "displaytext.h"
#include "incidentrules.h"
#include "textlength.h"

#include <QCoreApplication>

namespace borderlog::AccessRules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("borderlog::AccessRules", text);
}

bool unrestricted(const Actor &actor)
{
    return !actor.hasAccount();
}

// Any reason given, needed or not: it is kept in the trail and read there, where a control character
// could forge a line or reach a supervisor's terminal. Line breaks are part of writing a reason.
Result<void> reasonTextRule(const QString &reason)
{
    if (characterCount(reason) > kMaxReasonLength) {
        return Failure::invalid(
            QList<FieldError>{{QStringLiteral("reason"), tr("must be at most %1 characters").arg(kMaxReasonLength)}});
    }
    if (DisplayText::hasControl(reason.trimmed(), true)) {
        return Failure::invalid(QList<FieldError>{
            {QStringLiteral("reason"),
             tr("must not contain control characters (tab, escape, carriage return, …); line breaks are allowed")}});
    }
    return {};
}

Result<void> reasonRule(const QString &reason, const QString &what)
{
    if (reason.trimmed().isEmpty()) {
        return Failure::invalid(QList<FieldError>{{QStringLiteral("reason"), tr("%1 needs a reason").arg(what)}});
    }
    return reasonTextRule(reason);
}

Result<void> openDayRule(const Incident &incident, bool daySigned)
{
    if (daySigned) {
        return Failure::refused(IncidentRules::signedDayRule(incident.date));
    }
    return {};
}

// `reasonAlways`: what always needs a reason ("removing an incident"); empty when only a supervisor's change
// to another person's incident does.
Result<void> changeRule(const Actor &actor, const Incident &incident, bool daySigned, const QString &reason,
                        const QString &what, const QString &reasonAlways)
{
    if (!unrestricted(actor)) {
        if (actor.is(Role::Admin)) {
            return Failure::refused(tr("an admin account manages accounts and locations; incidents are changed "
                                       "by officers and supervisors"));
        }
        if (actor.is(Role::Officer) && ownerOf(incident).compare(actor.name, Qt::CaseInsensitive) != 0) {
            return Failure::refused(tr("officer %1 may %2 only incidents they recorded; this one was recorded by "
                                       "%3 (ask a supervisor)")
                                        .arg(actor.name, what, ownerOf(incident)));
        }
    }
    if (auto open = openDayRule(incident, daySigned); !open) {
        return open;
    }
    const bool someoneElses = ownerOf(incident).compare(actor.name, Qt::CaseInsensitive) != 0;
    if (!reasonAlways.isEmpty() || (actor.is(Role::Supervisor) && someoneElses)) {
        return reasonRule(reason, !reasonAlways.isEmpty() ? reasonAlways
                                                          : tr("a supervisor's change to another person's incident"));
    }
    return reasonTextRule(reason);
}

} // namespace

QString ownerOf(const Incident &incident)
{
    return incident.owner.isEmpty() ? incident.recordedBy : incident.owner;
}

Result<void> mayImportRecordedBy(const Actor &actor, const QString &recordedBy)
{
    if (!actor.is(Role::Officer) || recordedBy.trimmed().isEmpty()
        || recordedBy.trimmed().compare(actor.name, Qt::CaseInsensitive) == 0) {
        return {};
    }
    return Failure::refused(tr("%1 names another officer; an officer imports only incidents they recorded (a "
                               "supervisor imports other officers' files)")
                                .arg(recordedBy.trimmed()));
}

Result<void> mayRecord(const Actor &actor)
{
    if (actor.is(Role::Admin)) {
        return Failure::refused(
            tr("an admin account manages accounts and locations; incidents are recorded by officers and supervisors"));
    }
    return {};
}

Result<void> mayAmend(const Actor &actor, const Incident &incident, bool daySigned, const QString &reason)
{
    return changeRule(actor, incident, daySigned, reason, tr("amend"), QString());
}

Result<void> mayRemove(const Actor &actor, const Incident &incident, bool daySigned, const QString &reason)
{
    return changeRule(actor, incident, daySigned, reason, tr("remove"), tr("removing an incident"));
}

Result<void> mayRestoreIncident(const Actor &actor, const Incident &incident, bool daySigned, const QString &reason)
{
    // Whoever may remove an incident may take its removal back, for the same reasons and with a reason.
    return changeRule(actor, incident, daySigned, reason, tr("restore"), tr("restoring a removed incident"));
}

Result<void> reasonForEveryChange(const QString &reason)
{
    return reasonRule(reason, tr("a change on the national register"));
}

Result<void> maySignOff(const Actor &actor)
{
    if (unrestricted(actor) || actor.is(Role::Supervisor)) {
        return {};
    }
    return Failure::refused(tr("only a supervisor may sign off a day"));
}

Result<void> mayReopen(const Actor &actor, const QString &reason)
{
    if (!unrestricted(actor) && !actor.is(Role::Supervisor)) {
        return Failure::refused(tr("only a supervisor may reopen a signed day"));
    }
    return reasonRule(reason, tr("reopening a signed day"));
}

Result<void> mayManageAccounts(const Actor &actor)
{
    if (actor.is(Role::Admin)) {
        return {};
    }
    return Failure::refused(tr("only an admin may manage accounts"));
}

Result<void> mayChangeOwnPassword(const Actor &actor)
{
    if (unrestricted(actor)) {
        return Failure::refused(tr("this database has no accounts, so there is no password to change (it is used "
                                   "without logging in)"));
    }
    return {};
}

Result<void> mayResetPassword(const Actor &actor, const QString &name)
{
    if (unrestricted(actor)) {
        return Failure::refused(tr("this database has no accounts, so there is no password to reset (it is used "
                                   "without logging in)"));
    }
    if (!actor.is(Role::Admin)) {
        return Failure::refused(tr("only an admin may reset another account's password; change your own with your "
                                   "current password"));
    }
    if (name.trimmed().compare(actor.name, Qt::CaseInsensitive) == 0) {
        return Failure::refused(tr("an admin changes their own password with the current one, not by a reset"));
    }
    return {};
}

Result<void> mayRestore(const Actor &actor)
{
    if (unrestricted(actor) || actor.is(Role::Admin)) {
        return {};
    }
    return Failure::refused(tr("only an admin may restore a backup over a database with accounts"));
}

Result<void> mayRepairTallies(const Actor &actor)
{
    if (unrestricted(actor) || actor.is(Role::Supervisor) || actor.is(Role::Admin)) {
        return {};
    }
    return Failure::refused(tr("only a supervisor or an admin may rebuild the tallies"));
}

Result<void> mayManageLocations(const Actor &actor)
{
    if (unrestricted(actor) || actor.is(Role::Admin)) {
        return {};
    }
    return Failure::refused(tr("only an admin may add or change locations"));
}

Result<void> mayJoinNationalRegister(const Actor &actor)
{
    if (unrestricted(actor) || actor.is(Role::Admin)) {
        return {};
    }
    return Failure::refused(tr("only an admin may join the register to the national register"));
}

Result<void> maySyncElsewhere(const Actor &actor)
{
    if (unrestricted(actor) || actor.is(Role::Admin)) {
        return {};
    }
    return Failure::refused(tr("only an admin may sync the register with another server than the one it joined"));
}

Result<void> mayReadAuditTrail(const Actor &actor)
{
    if (unrestricted(actor) || actor.is(Role::Supervisor) || actor.is(Role::Admin)) {
        return {};
    }
    return Failure::refused(tr("only supervisors and admins may read the whole audit trail; anyone may read one "
                               "incident's history"));
}

Result<void> mayReadIncidentHistory(const Actor &)
{
    return {};
}

} // namespace borderlog::AccessRules
