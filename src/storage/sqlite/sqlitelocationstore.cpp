// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitelocationstore.h"

#include "auditpayload.h"
#include "sqliteaudittrail.h"
#include "sqlitestatement.h"
#include "sqlitestorecontext.h"
#include "tallydelta.h"

namespace borderlog::sqlite {

namespace {

constexpr auto kLocationColumns =
    "SELECT l.id, l.name, d.name, s.name, l.code, l.latitude, l.longitude, l.retired, coalesce(m.name, '') "
    "FROM location l JOIN station s ON s.id = l.station_id JOIN district d ON d.id = s.district_id "
    "LEFT JOIN location m ON m.id = l.merged_into ";

LocationRecord locationOf(const SqliteStatement &row)
{
    return LocationRecord{row.text(1), row.text(2), row.text(3),         row.text(4),
                          row.real(5), row.real(6), row.integer(7) != 0, row.text(8)};
}

// The location stored under `name` and its row id (0 when there is none).
std::pair<qint64, LocationRecord> findLocation(SqliteDatabase &db, const QString &name)
{
    SqliteStatement select(db, (QByteArray(kLocationColumns) + "WHERE l.name = ?1").constData());
    select.bind(1, name);
    if (!select.step()) {
        return {0, {}};
    }
    return {select.integer(0), locationOf(select)};
}

std::pair<qint64, DistrictRecord> findDistrict(SqliteDatabase &db, const QString &name)
{
    SqliteStatement select(db, "SELECT id, name, code, retired FROM district WHERE name = ?1");
    select.bind(1, name);
    if (!select.step()) {
        return {0, {}};
    }
    return {select.integer(0), DistrictRecord{select.text(1), select.text(2), select.integer(3) != 0}};
}

std::pair<qint64, StationRecord> findStation(SqliteDatabase &db, const QString &district, const QString &name)
{
    SqliteStatement select(db, "SELECT s.id, d.name, s.name, s.code, s.retired FROM station s "
                               "JOIN district d ON d.id = s.district_id WHERE d.name = ?1 AND s.name = ?2");
    select.bind(1, district).bind(2, name);
    if (!select.step()) {
        return {0, {}};
    }
    return {select.integer(0), StationRecord{select.text(1), select.text(2), select.text(3), select.integer(4) != 0}};
}

} // namespace

Result<QStringList> SqliteLocationStore::names()
{
    return m_context.read<QStringList>(tr("Reading the locations"), [&]() -> Result<QStringList> {
        SqliteStatement select(m_context.db, "SELECT name FROM location WHERE merged_into IS NULL ORDER BY name");
        QStringList names;
        while (select.step()) {
            names << select.text(0);
        }
        return names;
    });
}

Result<LocationHierarchy> SqliteLocationStore::hierarchy()
{
    return m_context.read<LocationHierarchy>(tr("Reading the locations"),
                                             [&]() -> Result<LocationHierarchy> { return read(m_context.db); });
}

LocationHierarchy SqliteLocationStore::read(SqliteDatabase &db)
{
    LocationHierarchy tree;
    SqliteStatement districts(db, "SELECT name, code, retired FROM district ORDER BY id");
    while (districts.step()) {
        tree.districts << DistrictRecord{districts.text(0), districts.text(1), districts.integer(2) != 0};
    }
    SqliteStatement stations(db, "SELECT d.name, s.name, s.code, s.retired FROM station s "
                                 "JOIN district d ON d.id = s.district_id ORDER BY s.id");
    while (stations.step()) {
        tree.stations << StationRecord{stations.text(0), stations.text(1), stations.text(2), stations.integer(3) != 0};
    }
    SqliteStatement locations(db, (QByteArray(kLocationColumns) + "ORDER BY l.id").constData());
    while (locations.step()) {
        tree.locations << locationOf(locations);
    }
    return tree;
}

Result<qint64> SqliteLocationStore::stationId(const QString &district, const QString &station)
{
    const qint64 id = findStation(m_context.db, district, station).first;
    if (id == 0) {
        return Failure::refused(tr("there is no station “%1” in district “%2”").arg(station, district));
    }
    return id;
}

Result<void> SqliteLocationStore::add(const LocationRecord &location, const ChangeStamp &stamp)
{
    return m_context.write<void>(tr("Adding the location"), [&]() -> Result<void> {
        auto station = stationId(location.district, location.station);
        if (!station) {
            return station.failure();
        }
        SqliteStatement insert(m_context.db, "INSERT INTO location (name, station_id, code, latitude, longitude) "
                                             "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (name) DO NOTHING");
        insert.bind(1, location.name).bind(2, *station).bind(3, location.code);
        insert.bind(4, location.latitude).bind(5, location.longitude).run();
        if (m_context.db.changes() > 0) {
            LocationRecord added = location;
            added.retired = false;
            added.mergedInto.clear();
            m_context.trail.append(AuditPayload::locationAdded(stamp, added));
        }
        return {};
    });
}

Result<void> SqliteLocationStore::change(const QString &name, const LocationRecord &after, const ChangeStamp &stamp)
{
    return m_context.write<void>(tr("Changing the location"), [&]() -> Result<void> {
        const auto [id, before] = findLocation(m_context.db, name);
        if (id == 0 || !before.mergedInto.isEmpty()) {
            return Failure::refused(id == 0 ? tr("there is no location “%1”").arg(name)
                                            : tr("location “%1” was merged into “%2”").arg(name, before.mergedInto));
        }
        auto station = stationId(after.district, after.station);
        if (!station) {
            return station.failure();
        }
        SqliteStatement update(m_context.db,
                               "UPDATE location SET name = ?2, station_id = ?3, code = ?4, latitude = ?5, "
                               "longitude = ?6, retired = ?7 WHERE id = ?1");
        update.bind(1, id).bind(2, after.name).bind(3, *station).bind(4, after.code);
        update.bind(5, after.latitude).bind(6, after.longitude).bind(7, after.retired ? 1 : 0).run();
        LocationRecord changed = after;
        changed.mergedInto.clear();
        if (changed != before) {
            m_context.trail.append(AuditPayload::locationChanged(stamp, before, changed));
        }
        return {};
    });
}

Result<void> SqliteLocationStore::merge(const QString &from, const QString &into, const ChangeStamp &stamp)
{
    return m_context.write<void>(tr("Merging the locations"), [&]() -> Result<void> {
        const auto [fromId, merged] = findLocation(m_context.db, from);
        const auto [intoId, kept] = findLocation(m_context.db, into);
        for (const auto &[id, record, name] : {std::tuple{fromId, merged, from}, std::tuple{intoId, kept, into}}) {
            if (id == 0 || !record.mergedInto.isEmpty()) {
                return Failure::refused(
                    id == 0 ? tr("there is no location “%1”").arg(name)
                            : tr("location “%1” was merged into “%2” already").arg(name, record.mergedInto));
            }
        }
        if (fromId == intoId) {
            return Failure::refused(tr("a location cannot be merged into itself"));
        }
        QStringList moved;
        SqliteStatement select(m_context.db, "SELECT uuid FROM incident WHERE location_id = ?1 ORDER BY id");
        select.bind(1, fromId);
        while (select.step()) {
            moved << select.text(0);
        }
        SqliteStatement move(m_context.db, "UPDATE incident SET location_id = ?2 WHERE location_id = ?1");
        move.bind(1, fromId).bind(2, intoId).run();
        TallyDelta::moveLocation(m_context.db, fromId, intoId);
        SqliteStatement alias(m_context.db, "UPDATE location SET merged_into = ?2 WHERE id = ?1 OR merged_into = ?1");
        alias.bind(1, fromId).bind(2, intoId).run();
        m_context.trail.append(AuditPayload::locationMerged(stamp, merged, kept.name, moved));
        return {};
    });
}

Result<void> SqliteLocationStore::addDistrict(const DistrictRecord &district, const ChangeStamp &stamp)
{
    return m_context.write<void>(tr("Adding the district"), [&]() -> Result<void> {
        SqliteStatement insert(m_context.db,
                               "INSERT INTO district (name, code) VALUES (?1, ?2) ON CONFLICT (name) DO NOTHING");
        insert.bind(1, district.name).bind(2, district.code).run();
        if (m_context.db.changes() > 0) {
            m_context.trail.append(AuditPayload::districtAdded(stamp, DistrictRecord{district.name, district.code}));
        }
        return {};
    });
}

Result<void> SqliteLocationStore::changeDistrict(const QString &name, const DistrictRecord &after,
                                                 const ChangeStamp &stamp)
{
    return m_context.write<void>(tr("Changing the district"), [&]() -> Result<void> {
        const auto [id, before] = findDistrict(m_context.db, name);
        if (id == 0) {
            return Failure::refused(tr("there is no district “%1”").arg(name));
        }
        SqliteStatement update(m_context.db, "UPDATE district SET name = ?2, code = ?3, retired = ?4 WHERE id = ?1");
        update.bind(1, id).bind(2, after.name).bind(3, after.code).bind(4, after.retired ? 1 : 0).run();
        if (after != before) {
            m_context.trail.append(AuditPayload::districtChanged(stamp, before, after));
        }
        return {};
    });
}

Result<void> SqliteLocationStore::addStation(const StationRecord &station, const ChangeStamp &stamp)
{
    return m_context.write<void>(tr("Adding the station"), [&]() -> Result<void> {
        const qint64 district = findDistrict(m_context.db, station.district).first;
        if (district == 0) {
            return Failure::refused(tr("there is no district “%1”").arg(station.district));
        }
        SqliteStatement insert(m_context.db, "INSERT INTO station (district_id, name, code) VALUES (?1, ?2, ?3) "
                                             "ON CONFLICT (district_id, name) DO NOTHING");
        insert.bind(1, district).bind(2, station.name).bind(3, station.code).run();
        if (m_context.db.changes() > 0) {
            m_context.trail.append(
                AuditPayload::stationAdded(stamp, StationRecord{station.district, station.name, station.code}));
        }
        return {};
    });
}

Result<void> SqliteLocationStore::changeStation(const QString &district, const QString &name,
                                                const StationRecord &after, const ChangeStamp &stamp)
{
    return m_context.write<void>(tr("Changing the station"), [&]() -> Result<void> {
        const auto [id, before] = findStation(m_context.db, district, name);
        if (id == 0) {
            return Failure::refused(tr("there is no station “%1” in district “%2”").arg(name, district));
        }
        SqliteStatement update(m_context.db, "UPDATE station SET name = ?2, code = ?3, retired = ?4 WHERE id = ?1");
        update.bind(1, id).bind(2, after.name).bind(3, after.code).bind(4, after.retired ? 1 : 0).run();
        const StationRecord changed{before.district, after.name, after.code, after.retired};
        if (changed != before) {
            m_context.trail.append(AuditPayload::stationChanged(stamp, before, changed));
        }
        return {};
    });
}

} // namespace borderlog::sqlite
