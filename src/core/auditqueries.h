// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditentry.h"
#include "auditverifier.h"
#include "result.h"

#include <functional>
#include <optional>

namespace borderlog {

class RegisterHandle;
class Session;

// The audit trail. Listing the whole trail is for supervisors and admins; an incident's own history (a
// filter on its incident_id) is for everyone who sees the incident; anyone may verify.
class AuditQueries
{
public:
    AuditQueries(RegisterHandle &handle, Session &session)
        : m_handle(handle)
        , m_session(session)
    {}

    Result<qint64> forEach(const AuditFilter &filter, const std::function<bool(const AuditEntry &)> &visit) const;
    Result<QList<AuditEntry>> incidentHistory(const QUuid &id) const;
    Result<AuditHead> head() const;
    // Replays the whole register against its trail; with `pinned`, also checks that the trail still holds
    // that head.
    Result<AuditVerification> verify(std::optional<AuditHead> pinned = std::nullopt) const;

private:
    RegisterHandle &m_handle;
    Session &m_session;
};

} // namespace borderlog
