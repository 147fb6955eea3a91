// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "incident.h"
#include "result.h"

namespace borderlog {

// Who may do what. The use cases ask these before every write, whoever calls them (window, command line,
// tests), so that a hidden button is never the only guard. Each refusal names the rule.
namespace AccessRules {

Result<void> mayRecord(const Actor &actor);
// Whether an import by `actor` may carry `recordedBy` as the recording officer's name: an officer's file names
// only that officer (or nobody); a supervisor's may name others (a station's file merged at headquarters).
Result<void> mayImportRecordedBy(const Actor &actor, const QString &recordedBy);
// Who may change an incident as its own: the account whose audit entry created it (an import's importer),
// else who recorded it.
QString ownerOf(const Incident &incident);
// `daySigned`: the incident's day (before or after the change) is signed off.
Result<void> mayAmend(const Actor &actor, const Incident &incident, bool daySigned, const QString &reason);
Result<void> mayRemove(const Actor &actor, const Incident &incident, bool daySigned, const QString &reason);
// Taking a removal back: the removal's rule (`incident` as it was removed).
Result<void> mayRestoreIncident(const Actor &actor, const Incident &incident, bool daySigned, const QString &reason);
// A change to an incident on a register where every change needs a reason (RegisterStore::changesNeedReason).
Result<void> reasonForEveryChange(const QString &reason);
Result<void> maySignOff(const Actor &actor);
Result<void> mayReopen(const Actor &actor, const QString &reason);
Result<void> mayManageAccounts(const Actor &actor);
// A password of one's own, changed with the current one: any logged-in account's. A database without
// accounts has no passwords.
Result<void> mayChangeOwnPassword(const Actor &actor);
// Another account's password set anew without its current one: an admin's. An admin's own password is
// changed with the current one, so that a session left open cannot take over the account.
Result<void> mayResetPassword(const Actor &actor, const QString &name);
Result<void> mayManageLocations(const Actor &actor);
// Replacing the whole register: an admin's, once the database has accounts (a database without them could
// otherwise be swapped in, and its first account made without a login).
Result<void> mayRestore(const Actor &actor);
// Rebuilding the aggregates from the incidents: a supervisor's or an admin's.
Result<void> mayRepairTallies(const Actor &actor);
// The whole trail, or any part of it.
Result<void> mayReadAuditTrail(const Actor &actor);
// Joining the register to a site of the national register: an admin's decision. Pushing the trail there once
// joined is anyone's (it sends what is recorded, and changes nothing here).
Result<void> mayJoinNationalRegister(const Actor &actor);
// Syncing with another server than the one the register joined (headquarters' changes are taken from it).
Result<void> maySyncElsewhere(const Actor &actor);
// One incident's history: everyone who sees the incident (every role sees every incident).
Result<void> mayReadIncidentHistory(const Actor &actor);

constexpr int kMaxReasonLength = 500;

} // namespace AccessRules

} // namespace borderlog
