// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"
#include "tally.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <unordered_map>

namespace borderlog {

// The four aggregate tables (per day and per month; all nationalities, or per nationality) recounted from
// the incidents and compared with what is stored. The aggregates are what tallies, charts and the ministry's
// reports read; changed behind the program's back (one UPDATE with the sqlite3 tool), they would lie while
// every incident still matched its audit entry. Fed every incident that is not removed, then every stored
// aggregate row; memory grows with the number of aggregate rows, not with the incidents.
class TallyRecount
{
    Q_DECLARE_TR_FUNCTIONS(TallyRecount)

public:
    enum class Table {
        Daily,
        DailyNationality,
        Monthly,
        MonthlyNationality,
    };

    void addIncident(const Incident &incident);
    // One stored row. `period` is the date (YYYY-MM-DD) or month (YYYY-MM); `nationality` empty for the tables
    // over all nationalities; `outcome` the stored code.
    void addStoredRow(Table table, const QString &period, const QString &location, const QString &nationality,
                      const QString &outcome, qint64 incidents, qint64 persons, const GroupBreakdown &breakdown = {});

    // The rows that differ, the first (by period, location, nationality, outcome) first, in words; empty when
    // every stored row equals the recount and none is missing.
    QStringList finish();
    // How many rows differed (finish() names the first few).
    qsizetype differences() const { return m_differences; }

private:
    struct Counts
    {
        qint64 incidents = 0;
        qint64 persons = 0;
        GroupBreakdown breakdown;
        bool stored = false;
    };
    struct Difference
    {
        Table table;
        quint64 key;
        Counts stored;
        Counts counted;
    };
    static quint64 key(qint64 period, int location, int outcome, quint16 nationality);
    int locationIndex(const QString &name);
    QString describe(const Difference &d) const;

    std::unordered_map<quint64, Counts> m_rows[4];
    QHash<QString, int> m_locationIndex;
    QStringList m_locations;
    QList<Difference> m_found;
    qsizetype m_differences = 0;
};

} // namespace borderlog
