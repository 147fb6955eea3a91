// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"

#include <QDate>
#include <QObject>

namespace borderlog {

// What changed in the register, announced once the change is committed (like Subsurface's notifier), so
// that a view refreshes only what a change touched: a save reloads the day it landed on, not every panel.
// Written by the use cases on the thread the register lives on; views connect to it.
class RegisterEvents : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    // One incident, as stored after the change (`before` as it was).
    void incidentRecorded(const borderlog::Incident &incident);
    void incidentAmended(const borderlog::Incident &before, const borderlog::Incident &after);
    void incidentRemoved(const borderlog::Incident &before);
    // A removed incident taken back, with the values it was removed with.
    void incidentRestored(const borderlog::Incident &incident);
    // Many incidents at once (an import, a rebuild of the tallies, another program's writes): reload all.
    void incidentsReloaded();
    void locationsChanged();
    // A day signed off or reopened.
    void dayChanged(const QDate &date);
    void accountsChanged();
    // Who acts (a login, a logout, the database switched).
    void actorChanged();
    // Another database is open now: everything is new.
    void databaseSwitched();
};

} // namespace borderlog
