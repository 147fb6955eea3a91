// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditqueries.h"

#include "accessrules.h"
#include "session.h"

#include <spdlog/spdlog.h>

namespace borderlog {

Result<qint64> AuditQueries::forEach(const AuditFilter &filter,
                                     const std::function<bool(const AuditEntry &)> &visit) const
{
    // A filter on one incident lists only that incident's entries: its history, which everyone may read.
    const bool oneIncident = !QUuid::fromString(filter.incidentId).isNull();
    auto by = m_session.authorize(oneIncident ? AccessRules::mayReadIncidentHistory : AccessRules::mayReadAuditTrail);
    if (!by) {
        return by.failure();
    }
    return m_handle.store().auditTrail().forEach(filter, visit);
}

Result<QList<AuditEntry>> AuditQueries::incidentHistory(const QUuid &id) const
{
    AuditFilter filter;
    filter.incidentId = id.toString(QUuid::WithoutBraces);
    QList<AuditEntry> entries;
    auto visited = forEach(filter, [&](const AuditEntry &e) {
        entries << e;
        return true;
    });
    if (!visited) {
        return visited.failure();
    }
    return entries;
}

Result<AuditHead> AuditQueries::head() const
{
    return m_handle.store().auditTrail().head();
}

Result<AuditVerification> AuditQueries::verify(std::optional<AuditHead> pinned) const
{
    AuditVerifier verifier;
    if (pinned) {
        verifier.expectHead(*pinned);
    }
    if (auto replayed = m_handle.store().auditTrail().replay(verifier); !replayed) {
        return replayed.failure();
    }
    AuditVerification result = verifier.finish();
    if (result.ok()) {
        spdlog::info("audit trail verified: {} entries, {} incidents", result.entries, result.incidents);
    } else {
        spdlog::error("audit trail verification found {} problems, the first at entry {}", result.problems.size(),
                      result.problems.first().sequence);
    }
    return result;
}

} // namespace borderlog
