// SPDX-License-Identifier: GPL-3.0-or-later
#include "locationadministration.h"

#include "accessrules.h"
#include "incidentrules.h"
#include "locationnames.h"
#include "registerevents.h"
#include "session.h"

#include <spdlog/spdlog.h>

namespace borderlog {

Result<void> LocationAdministration::add(const QString &name)
{
    auto by = m_session.authorize(AccessRules::mayManageLocations);
    if (!by) {
        return by.failure();
    }
    const QString trimmed = name.trimmed();
    auto names = m_handle.store().locations().names();
    if (!names) {
        return names.failure();
    }
    if (LocationNames(*names).contains(trimmed)) {
        return {}; // known already, in this or another spelling
    }
    if (auto problem = IncidentRules::locationNameProblem(trimmed)) {
        return Failure::invalid(QList<FieldError>{*problem});
    }
    auto added = m_handle.store().locations().add(trimmed, m_session.stamp(*by));
    if (added) {
        spdlog::info("add location");
        emit m_events.locationsChanged();
    }
    return added;
}

} // namespace borderlog
