// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace borderlog {

// A reporting day (00:00–24:00 local) signed off by a supervisor: its incidents are locked and its
// tallies frozen as they were when signed, until a supervisor reopens it with a reason.
struct DaySignOff
{
    QDate date;
    QString signedBy;
    QDateTime signedAt; // UTC
    qint64 incidents = 0;
    qint64 persons = 0;
    qint64 auditSequence = 0; // the sign-off's entry in the audit trail
    QByteArray headHash;      // that entry's hash: print it, keep it, and the day's history is pinned

    // The values the audit trail keeps for the sign-off (JSON).
    QByteArray toJson() const;
    bool operator==(const DaySignOff &) const = default;
};

} // namespace borderlog
