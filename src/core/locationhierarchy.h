// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace borderlog {

// Frontier district › frontier station › location (border section, crossing point or marker), as the border
// guard services report. A district's name is unique in the register, a station's within its district, a
// location's in the whole register (CSV files name a location alone). Nothing is ever deleted: a retired
// place stays for the incidents filed under it, and a location merged into another stays as its alias.
struct DistrictRecord
{
    QString name;
    QString code; // optional, up to 16 characters
    bool retired = false;

    bool operator==(const DistrictRecord &) const = default;
};

struct StationRecord
{
    QString district;
    QString name;
    QString code;
    bool retired = false;

    bool operator==(const StationRecord &) const = default;
};

struct LocationRecord
{
    QString name;
    QString district;
    QString station;
    QString code;
    std::optional<double> latitude; // WGS84 degrees
    std::optional<double> longitude;
    bool retired = false;
    QString mergedInto; // the location it was merged into; empty when it stands on its own

    bool operator==(const LocationRecord &) const = default;
};

// The whole tree as one register holds it, in the stored order.
struct LocationHierarchy
{
    // Where the locations stand that nobody placed yet (every location before the hierarchy existed).
    static QString unassigned();

    QList<DistrictRecord> districts;
    QList<StationRecord> stations;
    QList<LocationRecord> locations;

    // Found by LocationNames' rule (trimmed, case-folded): nullptr when there is none.
    const DistrictRecord *district(const QString &name) const;
    const StationRecord *station(const QString &district, const QString &name) const;
    const LocationRecord *location(const QString &name) const;
    // The locations an officer may choose for a new incident (not retired, not merged), the ones of
    // `station` (when given) first, each part in the locale's alphabetical order.
    QStringList choosable(const QString &district = {}, const QString &station = {}) const;
};

} // namespace borderlog
