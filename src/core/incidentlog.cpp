// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentlog.h"

#include "applicationidentity.h"

#include <spdlog/spdlog.h>

namespace borderlog {

IncidentLog::IncidentLog(std::unique_ptr<RegisterStore> store, QObject *parent)
    : QObject(parent)
    , m_handle(std::move(store))
    , m_session(m_handle, m_events, ApplicationIdentity::operatingSystemUser())
    , m_incidents(m_handle, m_session, m_events)
    , m_reads(m_handle)
    , m_locations(m_handle, m_session, m_events)
    , m_accounts(m_handle, m_session, m_events)
    , m_days(m_handle, m_session, m_events)
    , m_audit(m_handle, m_session)
    , m_upkeep(m_handle, m_session, m_events)
    , m_sync(m_handle, m_session)
{
    for (auto signal : {&RegisterEvents::incidentsReloaded, &RegisterEvents::databaseSwitched}) {
        connect(&m_events, signal, this, &IncidentLog::incidentsChanged);
    }
    connect(&m_events, &RegisterEvents::incidentRecorded, this, &IncidentLog::incidentsChanged);
    connect(&m_events, &RegisterEvents::incidentAmended, this, &IncidentLog::incidentsChanged);
    connect(&m_events, &RegisterEvents::incidentRemoved, this, &IncidentLog::incidentsChanged);
    connect(&m_events, &RegisterEvents::incidentRestored, this, &IncidentLog::incidentsChanged);
    connect(&m_events, &RegisterEvents::locationsChanged, this, &IncidentLog::locationsChanged);
    connect(&m_events, &RegisterEvents::dayChanged, this, &IncidentLog::daysChanged);
    connect(&m_events, &RegisterEvents::actorChanged, this, &IncidentLog::actorChanged);
    connect(&m_events, &RegisterEvents::databaseSwitched, this, &IncidentLog::databaseReplaced);
    connect(&m_events, &RegisterEvents::databaseSwitched, this, &IncidentLog::locationsChanged);
}

IncidentLog::~IncidentLog() = default;

QString IncidentLog::databaseLocation() const
{
    return m_handle.store().displayName();
}

QString IncidentLog::databaseEngine() const
{
    return m_handle.store().engine();
}

bool IncidentLog::acceptsChanges() const
{
    return m_handle.store().acceptsChanges();
}

bool IncidentLog::acceptsAmendments() const
{
    return m_handle.store().acceptsAmendments();
}

ConflictStore *IncidentLog::conflicts()
{
    return m_handle.store().conflicts();
}

void IncidentLog::switchTo(OpenedDatabase opened)
{
    m_handle.replace(std::move(opened.store));
    spdlog::info("opened database {}", databaseLocation().toStdString());
    m_session.setAccount(std::move(opened.login));
    emit m_events.databaseSwitched();
}

OpenedDatabase IncidentLog::release()
{
    return OpenedDatabase{m_handle.take(), m_session.account()};
}

} // namespace borderlog
