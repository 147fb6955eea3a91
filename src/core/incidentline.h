// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace borderlog {

// One row of the incidents CSV (one incident and one nationality) as the database keeps it: UTF-8 text,
// already in the CSV's formats. The views point into the storage's memory and are valid during one visit
// only. Exports stream these instead of whole incidents, so a million rows cost no parsing and formatting.
struct IncidentLine
{
    QByteArrayView incidentId;
    QByteArrayView date;
    QByteArrayView time;
    QByteArrayView location;
    QByteArrayView nationality;
    QByteArrayView persons;
    QByteArrayView outcome;
    bool forceUsed = false;
    QByteArrayView notes;
    QByteArrayView recordedBy;
    QByteArrayView recordedAt;
};

} // namespace borderlog
