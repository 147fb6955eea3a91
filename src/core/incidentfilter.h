// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcome.h"

#include <QDate>
#include <QString>

#include <optional>

namespace borderlog {

// Which incidents a list, export or tally covers. Empty members do not restrict.
struct IncidentFilter
{
    QDate from = {};          // inclusive
    QDate to = {};            // inclusive
    QString location = {};    // exact location name
    QString nationality = {}; // alpha-2 code: incidents with at least one person of it
    std::optional<Outcome> outcome = {};

    bool operator==(const IncidentFilter &) const = default;
};

} // namespace borderlog
