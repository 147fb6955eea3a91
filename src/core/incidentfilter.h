// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"
#include "outcome.h"

#include <QDate>
#include <QString>

#include <algorithm>
#include <optional>

namespace borderlog {

// Which incidents a list, export or tally covers. Empty members do not restrict.
struct IncidentFilter
{
    QDate from = {};       // inclusive
    QDate to = {};         // inclusive
    QString location = {}; // exact location name
    // Frontier district and station names (schema 5): the incidents of the locations under them. A station's
    // name is unique within its district only; with both set, the station of that district. covers() does
    // not see them (an Incident carries its location's name only): the storage's queries select by them.
    QString district = {};
    QString station = {};
    QString nationality = {}; // alpha-2 code: incidents with at least one person of it
    std::optional<Outcome> outcome = {};

    // Whether the incident is one the filter covers (as the storage's queries select them).
    bool covers(const Incident &incident) const
    {
        if ((from.isValid() && incident.date < from) || (to.isValid() && incident.date > to)
            || (!location.isEmpty() && incident.location != location) || (outcome && incident.outcome != *outcome)) {
            return false;
        }
        return nationality.isEmpty()
               || std::any_of(incident.nationalities.cbegin(), incident.nationalities.cend(),
                              [this](const NationalityCount &line) { return line.nationality == nationality; });
    }

    bool operator==(const IncidentFilter &) const = default;
};

} // namespace borderlog
