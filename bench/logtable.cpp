// SPDX-License-Identifier: GPL-3.0-or-later
// The log table: opening it (the per-day counts) and a page of 200 rows at random rows, against the
// sqlite3 shell's LIMIT 200 OFFSET n for the same rows.

#include "baselines.h"
#include "dayrows.h"
#include "fixtures.h"
#include "incidentlog.h"
#include "measurements.h"
#include "report.h"

#include <QRandomGenerator>

#include <algorithm>

namespace borderlog::bench {

void measureLogTable(const Bench &bench, qint64 size)
{
    const QString db = bench.fixtures.dbPath(size);
    auto log = openLog(db);
    // What the log table does when it opens: the per-day counts.
    QList<std::pair<QDate, qint64>> counts;
    const double open = median(timeRuns(bench.runs, [&] { counts = log->reads().dailyCounts({}).value(); }));
    const DayRows days(std::move(counts));
    QRandomGenerator random(7);
    QList<double> ours;
    QList<double> offset;
    for (int i = 0; i < 30; ++i) {
        const qint64 row = qint64(random.bounded(double(days.total)));
        const IncidentPageRequest request = days.pageAt(row);
        ours << timeRuns(1, [&] { (void)log->reads().page(request); }).first();
        if (i < 5) {
            offset << Baselines::shellQuery(db, QStringLiteral("SELECT i.*, l.name FROM incident i JOIN location l ON "
                                                               "l.id = i.location_id ORDER BY i.date DESC, i.time "
                                                               "DESC, i.uuid DESC LIMIT 200 OFFSET %1;")
                                                    .arg(row));
        }
    }
    Report &report = bench.report;
    report.add(
        {QStringLiteral("log table: open (per-day counts)"), size, open, 0, QStringLiteral("< 30 ms"), open < 30});
    const double worst = *std::max_element(ours.cbegin(), ours.cend());
    report.add({QStringLiteral("log table: page of 200 at a random row (median of 30)"), size, median(ours),
                median(offset), QStringLiteral("< 30 ms"), median(ours) < 30});
    report.add({QStringLiteral("log table: page of 200 at a random row (worst of 30)"), size, worst, median(offset),
                QStringLiteral("each < 30 ms"), worst < 30});
}

} // namespace borderlog::bench
