// SPDX-License-Identifier: GPL-3.0-or-later
#include "externalchangewatcher.h"

#include "incidentlog.h"

#include <QTimer>

#include <spdlog/spdlog.h>

namespace borderlog {

ExternalChangeWatcher::ExternalChangeWatcher(IncidentLog &log, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &ExternalChangeWatcher::check);
    // Another database: its counter starts afresh.
    connect(&m_log.events(), &RegisterEvents::databaseSwitched, this, [this] { m_lastCounter = -1; });
}

void ExternalChangeWatcher::start(int intervalMs)
{
    check();
    m_timer->start(intervalMs);
}

bool ExternalChangeWatcher::check()
{
    const auto counter = m_log.upkeep().externalChangeCounter();
    if (!counter) {
        return false;
    }
    const bool changed = m_lastCounter >= 0 && *counter != m_lastCounter;
    m_lastCounter = *counter;
    if (changed) {
        spdlog::info("the database was changed by another program");
        emit m_log.events().incidentsReloaded();
        emit m_log.events().locationsChanged();
    }
    return changed;
}

} // namespace borderlog
