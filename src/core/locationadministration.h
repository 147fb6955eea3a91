// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "locationhierarchy.h"
#include "result.h"

#include <QCoreApplication>

namespace borderlog {

class RegisterEvents;
class RegisterHandle;
class Session;

// The frontier hierarchy incidents are filed under — districts, their stations and the stations' locations:
// an admin's to keep once the database has accounts. Every change is audited; nothing is deleted (a place is
// retired instead, and a location merged into another stays as its alias, its incidents moved there).
//
// The rules, each checked before anything is written, each broken one named with its field: names as
// IncidentRules::nameProblem; a district's name unique in the register, a station's in its district, a
// location's in the register (LocationNames' rule, so "VARĖNA" and "Varėna" are one); a code of at most 16
// characters; coordinates both or neither, latitude −90…90 and longitude −180…180; a location's station exists;
// a merged location takes no further change.
class LocationAdministration
{
    Q_DECLARE_TR_FUNCTIONS(LocationAdministration)

public:
    LocationAdministration(RegisterHandle &handle, Session &session, RegisterEvents &events)
        : m_handle(handle)
        , m_session(session)
        , m_events(events)
    {}

    Result<LocationHierarchy> hierarchy() const;

    // Adds the location unless it is known already, in this or another spelling (LocationNames): into the
    // Unassigned station, or into the station `location` names.
    Result<void> add(const QString &name);
    Result<void> add(const LocationRecord &location);
    // Sets a location's name, station, code, coordinates or retired state to `after`'s.
    Result<void> change(const QString &name, const LocationRecord &after);
    // Moves every incident of `from` to `into`; `from`'s name then stands for `into`.
    Result<void> merge(const QString &from, const QString &into);

    Result<void> addDistrict(const DistrictRecord &district);
    Result<void> changeDistrict(const QString &name, const DistrictRecord &after);
    Result<void> addStation(const StationRecord &station);
    // A station's name, code or retired state; it stays in its district.
    Result<void> changeStation(const QString &district, const QString &name, const StationRecord &after);

private:
    // The admin's stamp and the tree as stored now, or why there is none.
    struct Context;
    Result<Context> begin() const;
    // After a store's change: logged and told.
    Result<void> done(Result<void> changed, const char *what);

    RegisterHandle &m_handle;
    Session &m_session;
    RegisterEvents &m_events;
};

} // namespace borderlog
