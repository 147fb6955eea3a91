// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditentry.h"
#include "locationhierarchy.h"

#include <QHash>
#include <QList>

#include <optional>

namespace borderlog {

// The frontier hierarchy as the audit trail tells it, entry by entry: which location a name stood for at each
// point of the trail (locations are renamed and merged), and what every district, station and location must
// be after the last entry. AuditVerifier feeds it the trail in order, then the stored places, and uses it to
// compare an incident recorded under one name with a row that shows another.
//
// A location is known by the entries that name it: its own (location_add, location_change, location_merge)
// and the incidents filed under it. One that no entry of its own ever changed must still stand where every
// location started, in the Unassigned station, active and without code or coordinates.
class LocationHistory
{
public:
    using Id = qsizetype;

    LocationHistory();

    // The location `name` stands for at this point of the trail; made known when new.
    Id resolve(const QString &name);
    // The name it had just after entry `sequence`.
    QString nameAt(Id id, qint64 sequence) const;
    // Where its incidents are: itself, or the location it was merged into (through every merge so far).
    Id target(Id id) const;
    bool renamedOrMerged() const { return m_changed; }

    // A location_*, district_* or station_* entry: the places as it leaves them. A message when it starts
    // from values the trail did not leave.
    std::optional<QString> follow(const AuditEntry &entry);

    // The stored places, after the last entry: a message when one is not as the trail left it.
    std::optional<QString> checkDistrict(const DistrictRecord &row);
    std::optional<QString> checkStation(const StationRecord &row);
    std::optional<QString> checkLocation(const LocationRecord &row);

private:
    struct District
    {
        DistrictRecord values;
        qint64 lastSequence = 0; // 0: no entry of its own
    };
    struct Station
    {
        Id district = 0;
        QString name;
        QString code;
        bool retired = false;
        qint64 lastSequence = 0;
    };
    struct Location
    {
        QList<std::pair<qint64, QString>> names; // from the entry on, oldest first
        Id station = 0;
        QString code;
        std::optional<double> latitude;
        std::optional<double> longitude;
        bool retired = false;
        std::optional<Id> mergedInto;
        qint64 lastSequence = 0;
    };

    // The messages of a place the trail did not leave as stored, and of an entry starting from other values.
    static QString changedOutside(const QString &what, qint64 sequence);
    static QString startsElsewhere(const QString &what, qint64 sequence, qint64 last);

    Id districtId(const QString &name);
    Id stationId(const QString &district, const QString &name);
    static QString stationKey(Id district, const QString &name);
    void rename(Id id, const QString &name, qint64 sequence);
    // Whether the location is what `values` say (the name aside), and the place it is in.
    bool matches(const Location &location, const LocationRecord &values) const;
    void place(Location &location, const LocationRecord &values, qint64 sequence);
    std::optional<QString> followLocation(const AuditEntry &entry);
    std::optional<QString> followDistrict(const AuditEntry &entry);
    std::optional<QString> followStation(const AuditEntry &entry);

    QList<District> m_districts;
    QList<Station> m_stations;
    QList<Location> m_locations;
    QHash<QString, Id> m_districtByKey;
    QHash<QString, Id> m_stationByKey;
    QHash<QString, Id> m_locationByKey;
    QHash<QString, Id> m_locationBySpelling; // resolve()'s shortcut for names seen as they are
    Id m_unassigned = 0;                     // the station every location started in
    bool m_changed = false;
};

} // namespace borderlog
