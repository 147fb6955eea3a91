#pragma once

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
    QString nationality; // ISO 3166-1 alpha-2, or XK, XX (stateless), ZZ (unknown)
    int persons = 0;

    bool operator==(const NationalityCount &) const = default;
};

// One attempted crossing by one group.
struct Incident
{
    QUuid id;                        // stable forever; null in a draft not yet recorded
    QDate date;                      // local calendar date at the border
    QTime time;                      // HH:MM, null when not known
    QString location;                // border section or checkpoint
    QList<NationalityCount> persons; // one line per nationality
    Outcome outcome = Outcome::Other;
    bool forceUsed = false;
    QString notes;
    QString recordedBy;
    QDateTime recordedAt; // UTC, set by the program

    int groupSize() const
    {
        int sum = 0;
        for (const auto &line : persons) {
            sum += line.persons;
        }
        return sum;
    }

    QString idText() const { return id.toString(QUuid::WithoutBraces); }

    bool operator==(const Incident &) const = default;
};

} // namespace borderlog
