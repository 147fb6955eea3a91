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
    // Schema 8: the line's breakdown, then the incident's details as stored (IncidentCsv::writeLine turns
    // them into the CSV's text: an empty force_type is what force_used says, refusal reasons get spaces).
    QByteArrayView men;
    QByteArrayView women;
    QByteArrayView children;
    QByteArrayView unaccompanied;
    QByteArrayView detection;
    QByteArrayView direction;
    QByteArrayView borderSector;
    bool countEstimated = false;
    QByteArrayView injured;
    QByteArrayView dead;
    QByteArrayView missing;
    QByteArrayView aidGiven;
    QByteArrayView forceType;
    QByteArrayView refusalReasons;
    QByteArrayView facilitators;
    QByteArrayView facilitatorNationalities;
    QByteArrayView relatedTo;
};

} // namespace borderlog
