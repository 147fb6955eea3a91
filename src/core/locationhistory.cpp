// SPDX-License-Identifier: GPL-3.0-or-later
#include "locationhistory.h"

#include "auditpayload.h"
#include "locationnames.h"

#include <QCoreApplication>

namespace borderlog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("borderlog::LocationHistory", text);
}

} // namespace

QString LocationHistory::changedOutside(const QString &what, qint64 sequence)
{
    return sequence == 0
               ? tr("%1 was changed without an entry of the audit trail: changed outside the program").arg(what)
               : tr("%1 is not as entry %2 left it: changed outside the program").arg(what).arg(sequence);
}

QString LocationHistory::startsElsewhere(const QString &what, qint64 sequence, qint64 last)
{
    return tr("entry %1 starts from values of %2 that differ from those entry %3 left")
        .arg(sequence)
        .arg(what)
        .arg(last);
}

LocationHistory::LocationHistory()
{
    // Every location starts in the station the hierarchy began with.
    m_unassigned = stationId(LocationHierarchy::unassigned(), LocationHierarchy::unassigned());
}

LocationHistory::Id LocationHistory::districtId(const QString &name)
{
    const QString key = LocationNames::key(name);
    if (const auto it = m_districtByKey.constFind(key); it != m_districtByKey.cend()) {
        return it.value();
    }
    m_districts << District{DistrictRecord{name, {}, false}, 0};
    m_districtByKey.insert(key, m_districts.size() - 1);
    return m_districts.size() - 1;
}

QString LocationHistory::stationKey(Id district, const QString &name)
{
    return QString::number(district) + u'/' + LocationNames::key(name);
}

LocationHistory::Id LocationHistory::stationId(const QString &district, const QString &name)
{
    const Id inDistrict = districtId(district);
    const QString key = stationKey(inDistrict, name);
    if (const auto it = m_stationByKey.constFind(key); it != m_stationByKey.cend()) {
        return it.value();
    }
    m_stations << Station{inDistrict, name, {}, false, 0};
    m_stationByKey.insert(key, m_stations.size() - 1);
    return m_stations.size() - 1;
}

LocationHistory::Id LocationHistory::resolve(const QString &name)
{
    if (const auto it = m_locationBySpelling.constFind(name); it != m_locationBySpelling.cend()) {
        return it.value();
    }
    const QString key = LocationNames::key(name);
    Id id = 0;
    if (const auto it = m_locationByKey.constFind(key); it != m_locationByKey.cend()) {
        id = it.value();
    } else {
        Location location;
        location.names << std::pair{qint64(0), name};
        location.station = m_unassigned;
        m_locations << location;
        id = m_locations.size() - 1;
        m_locationByKey.insert(key, id);
    }
    m_locationBySpelling.insert(name, id);
    return id;
}

QString LocationHistory::nameAt(Id id, qint64 sequence) const
{
    const auto &names = m_locations[id].names;
    QString name = names.first().second;
    for (const auto &[from, spelled] : names) {
        if (from > sequence) {
            break;
        }
        name = spelled;
    }
    return name;
}

LocationHistory::Id LocationHistory::target(Id id) const
{
    // Merges never form a cycle (a location merged away takes no further part), but a forged trail could.
    for (qsizetype steps = 0; m_locations[id].mergedInto && steps < m_locations.size(); ++steps) {
        id = *m_locations[id].mergedInto;
    }
    return id;
}

void LocationHistory::rename(Id id, const QString &name, qint64 sequence)
{
    Location &location = m_locations[id];
    m_locationByKey.remove(LocationNames::key(location.names.last().second));
    location.names << std::pair{sequence, name};
    m_locationByKey.insert(LocationNames::key(name), id);
    m_locationBySpelling.clear();
    m_changed = true;
}

bool LocationHistory::matches(const Location &location, const LocationRecord &values) const
{
    const auto station = m_stationByKey.constFind(
        stationKey(m_districtByKey.value(LocationNames::key(values.district), -1), values.station));
    return station != m_stationByKey.cend() && station.value() == location.station && location.code == values.code
           && location.latitude == values.latitude && location.longitude == values.longitude
           && location.retired == values.retired;
}

void LocationHistory::place(Location &location, const LocationRecord &values, qint64 sequence)
{
    location.station = stationId(values.district, values.station);
    location.code = values.code;
    location.latitude = values.latitude;
    location.longitude = values.longitude;
    location.retired = values.retired;
    location.lastSequence = sequence;
}

std::optional<QString> LocationHistory::follow(const AuditEntry &entry)
{
    switch (entry.action) {
    case AuditAction::LocationAdd:
    case AuditAction::LocationChange:
    case AuditAction::LocationMerge:
        return followLocation(entry);
    case AuditAction::DistrictAdd:
    case AuditAction::DistrictChange:
        return followDistrict(entry);
    case AuditAction::StationAdd:
    case AuditAction::StationChange:
        return followStation(entry);
    default:
        return std::nullopt;
    }
}

std::optional<QString> LocationHistory::followLocation(const AuditEntry &entry)
{
    const LocationRecord after = AuditPayload::location(entry.after);
    if (entry.action == AuditAction::LocationAdd) {
        place(m_locations[resolve(after.name)], after, entry.sequence);
        return std::nullopt;
    }
    const LocationRecord before = AuditPayload::location(entry.before);
    const Id id = resolve(before.name);
    Location &location = m_locations[id];
    std::optional<QString> problem;
    if (!matches(location, before) || location.mergedInto) {
        problem = startsElsewhere(tr("location %1").arg(before.name), entry.sequence, location.lastSequence);
    }
    if (entry.action == AuditAction::LocationMerge) {
        const Id into = resolve(AuditPayload::merge(entry).into);
        if (into != id) {
            m_locations[id].mergedInto = into;
        }
        m_locations[id].lastSequence = entry.sequence;
        m_locationBySpelling.clear();
        m_changed = true;
        return problem;
    }
    if (after.name != location.names.last().second) {
        rename(id, after.name, entry.sequence);
    }
    place(m_locations[id], after, entry.sequence);
    return problem;
}

std::optional<QString> LocationHistory::followDistrict(const AuditEntry &entry)
{
    const DistrictRecord after = AuditPayload::district(entry.after);
    if (entry.action == AuditAction::DistrictAdd) {
        District &district = m_districts[districtId(after.name)];
        district = District{after, entry.sequence};
        return std::nullopt;
    }
    const DistrictRecord before = AuditPayload::district(entry.before);
    const Id id = districtId(before.name);
    District &district = m_districts[id];
    std::optional<QString> problem;
    if (district.values.code != before.code || district.values.retired != before.retired) {
        problem = startsElsewhere(tr("district %1").arg(before.name), entry.sequence, district.lastSequence);
    }
    if (LocationNames::key(after.name) != LocationNames::key(before.name)) {
        m_districtByKey.remove(LocationNames::key(before.name));
        m_districtByKey.insert(LocationNames::key(after.name), id);
        // The stations' keys hold the district's id, not its name: they stay.
    }
    district = District{after, entry.sequence};
    return problem;
}

std::optional<QString> LocationHistory::followStation(const AuditEntry &entry)
{
    const StationRecord after = AuditPayload::station(entry.after);
    if (entry.action == AuditAction::StationAdd) {
        Station &station = m_stations[stationId(after.district, after.name)];
        station.name = after.name;
        station.code = after.code;
        station.retired = after.retired;
        station.lastSequence = entry.sequence;
        return std::nullopt;
    }
    const StationRecord before = AuditPayload::station(entry.before);
    const Id id = stationId(before.district, before.name);
    Station &station = m_stations[id];
    std::optional<QString> problem;
    if (station.code != before.code || station.retired != before.retired) {
        problem = startsElsewhere(tr("station %1").arg(before.name), entry.sequence, station.lastSequence);
    }
    m_stationByKey.remove(stationKey(station.district, before.name));
    station.district = districtId(after.district);
    station.name = after.name;
    station.code = after.code;
    station.retired = after.retired;
    station.lastSequence = entry.sequence;
    m_stationByKey.insert(stationKey(station.district, after.name), id);
    return problem;
}

std::optional<QString> LocationHistory::checkDistrict(const DistrictRecord &row)
{
    const District &district = m_districts[districtId(row.name)];
    if (district.values.name != row.name || district.values.code != row.code
        || district.values.retired != row.retired) {
        return changedOutside(tr("district %1").arg(row.name), district.lastSequence);
    }
    return std::nullopt;
}

std::optional<QString> LocationHistory::checkStation(const StationRecord &row)
{
    const Station &station = m_stations[stationId(row.district, row.name)];
    if (station.name != row.name || station.code != row.code || station.retired != row.retired) {
        return changedOutside(tr("station %1").arg(row.name), station.lastSequence);
    }
    return std::nullopt;
}

std::optional<QString> LocationHistory::checkLocation(const LocationRecord &row)
{
    const Id id = resolve(row.name);
    const Location &location = m_locations[id];
    const QString mergedInto = location.mergedInto ? m_locations[target(id)].names.last().second : QString();
    if (location.names.last().second != row.name || !matches(location, row) || mergedInto != row.mergedInto) {
        return changedOutside(tr("location %1").arg(row.name), location.lastSequence);
    }
    return std::nullopt;
}

} // namespace borderlog
