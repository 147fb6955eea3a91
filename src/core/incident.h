// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentdetails.h"
#include "outcome.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QUuid>

namespace borderlog {

// How many persons of one nationality were in the group.
struct NationalityCount
{
    QString nationality; // ISO 3166-1 alpha-2, or XK, XX, XB, XC, ZZ (NationalityCatalog)
    int persons = 0;
    // Who they were, when known (schema 8); what these leave of `persons` is unknown. Each counts persons
    // under 18 once: children are accompanied, unaccompanied minors are not.
    int men = 0;
    int women = 0;
    int children = 0;
    int unaccompanied = 0;

    int breakdownSum() const { return men + women + children + unaccompanied; }
    bool hasBreakdown() const { return men != 0 || women != 0 || children != 0 || unaccompanied != 0; }
    bool operator==(const NationalityCount &) const = default;
};

// One attempted crossing by one group.
struct Incident
{
    QUuid id;                              // stable forever; null in a draft not yet recorded
    QDate date;                            // local calendar date at the border
    QTime time;                            // HH:MM, null when not known
    QString location;                      // border section or checkpoint
    QList<NationalityCount> nationalities; // one line per nationality, each with its persons
    Outcome outcome = Outcome::Other;
    IncidentDetails details; // detection, casualties, force, refusal reasons, facilitators, …
    QString notes;
    QString recordedBy;
    QDateTime recordedAt; // UTC, set by the program
    // Read, never written or exported: the account whose audit entry created the incident (for an import,
    // the importer, whatever recorded_by the file gave), who may change it as their own (AccessRules).
    QString owner;

    int groupSize() const
    {
        int sum = 0;
        for (const auto &line : nationalities) {
            sum += line.persons;
        }
        return sum;
    }

    QString idText() const { return id.toString(QUuid::WithoutBraces); }
    // The contract's force_used: true whenever a kind of force other than none is recorded.
    bool forceUsed() const { return details.force != ForceType::None; }
    void setForceUsed(bool used)
    {
        if (used != forceUsed()) {
            details.force = used ? ForceType::Unspecified : ForceType::None;
        }
    }

    // The record's values; `owner` is read from the audit trail, not part of them.
    bool operator==(const Incident &other) const
    {
        return id == other.id && date == other.date && time == other.time && location == other.location
               && nationalities == other.nationalities && outcome == other.outcome && details == other.details
               && notes == other.notes && recordedBy == other.recordedBy && recordedAt == other.recordedAt;
    }
};

} // namespace borderlog
