#pragma once

#include "account.h"
#include "incident.h"
#include "result.h"

namespace borderlog {

// Who may do what. The use cases ask these before every write, whoever calls them (window, command line,
// tests), so that a hidden button is never the only guard. Each refusal names the rule.
namespace AccessRules {

Result<void> mayRecord(const Actor &actor);
// `daySigned`: the incident's day (before or after the change) is signed off.
Result<void> mayAmend(const Actor &actor, const Incident &incident, bool daySigned, const QString &reason);
Result<void> mayRemove(const Actor &actor, const Incident &incident, bool daySigned, const QString &reason);
Result<void> maySignOff(const Actor &actor);
Result<void> mayReopen(const Actor &actor, const QString &reason);
Result<void> mayManageAccounts(const Actor &actor);
Result<void> mayManageLocations(const Actor &actor);
// Replacing the whole register: an admin's, once the database has accounts (a database without them could
// otherwise be swapped in, and its first account made without a login).
Result<void> mayRestore(const Actor &actor);
// Rebuilding the aggregates from the incidents: a supervisor's or an admin's.
Result<void> mayRepairTallies(const Actor &actor);
Result<void> mayReadAuditTrail(const Actor &actor);

constexpr int kMaxReasonLength = 500;

} // namespace AccessRules

} // namespace borderlog
