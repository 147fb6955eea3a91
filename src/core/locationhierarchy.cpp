// SPDX-License-Identifier: GPL-3.0-or-later
#include "locationhierarchy.h"

#include "locationnames.h"

namespace borderlog {

namespace {

bool same(const QString &a, const QString &b)
{
    return LocationNames::key(a) == LocationNames::key(b);
}

} // namespace

QString LocationHierarchy::unassigned()
{
    return QStringLiteral("Unassigned");
}

const DistrictRecord *LocationHierarchy::district(const QString &name) const
{
    for (const auto &d : districts) {
        if (same(d.name, name)) {
            return &d;
        }
    }
    return nullptr;
}

const StationRecord *LocationHierarchy::station(const QString &district, const QString &name) const
{
    for (const auto &s : stations) {
        if (same(s.district, district) && same(s.name, name)) {
            return &s;
        }
    }
    return nullptr;
}

const LocationRecord *LocationHierarchy::location(const QString &name) const
{
    for (const auto &l : locations) {
        if (same(l.name, name)) {
            return &l;
        }
    }
    return nullptr;
}

QStringList LocationHierarchy::choosable(const QString &district, const QString &station) const
{
    QStringList own;
    QStringList others;
    for (const auto &l : locations) {
        if (l.retired || !l.mergedInto.isEmpty()) {
            continue;
        }
        const bool mine = !station.isEmpty() && same(l.district, district) && same(l.station, station);
        (mine ? own : others) << l.name;
    }
    return LocationNames::alphabetical(own) + LocationNames::alphabetical(others);
}

} // namespace borderlog
