// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerupkeep.h"

#include "accessrules.h"
#include "registerevents.h"
#include "session.h"

#include <spdlog/spdlog.h>

namespace borderlog {

Result<DatabaseHealth> RegisterUpkeep::checkHealth() const
{
    return m_handle.store().maintenance().checkHealth();
}

Result<qint64> RegisterUpkeep::repairTallies()
{
    auto by = m_session.authorize(AccessRules::mayRepairTallies);
    if (!by) {
        return by.failure();
    }
    auto changed = m_handle.store().tallies().rebuild(m_session.stamp(*by));
    if (!changed) {
        spdlog::error("rebuilding the tallies failed: {}", changed.message().toStdString());
        return changed;
    }
    spdlog::warn("tallies rebuilt from the incidents: {} aggregate rows changed", *changed);
    emit m_events.incidentsReloaded();
    return changed;
}

Result<void> RegisterUpkeep::backUp(const QString &target)
{
    auto done = m_handle.store().maintenance().backUp(target);
    if (done) {
        spdlog::info("backup written to {}", target.toStdString());
    } else {
        spdlog::error("backup to {} failed: {}", target.toStdString(), done.message().toStdString());
    }
    return done;
}

Result<qint64> RegisterUpkeep::externalChangeCounter()
{
    return m_handle.store().maintenance().externalChangeCounter();
}

} // namespace borderlog
