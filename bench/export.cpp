// SPDX-License-Identifier: GPL-3.0-or-later
// Export of the incidents CSV: against `sqlite3 -csv` running the same query.

#include "baselines.h"
#include "csvreport.h"
#include "fixtures.h"
#include "incidentlog.h"
#include "measurements.h"
#include "report.h"

#include <QSaveFile>

namespace borderlog::bench {

void measureExport(const Bench &bench, qint64 size)
{
    const Fixtures &fixtures = bench.fixtures;
    auto log = openLog(fixtures.dbPath(size));
    const QString exported = fixtures.scratch(QStringLiteral("export.csv"));
    const double ourExport = median(timeRuns(bench.runs, [&] {
        QSaveFile file(exported);
        file.open(QIODevice::WriteOnly);
        if (!CsvReport::writeIncidents(*log, {}, file) || !file.commit()) {
            die(QStringLiteral("export failed"));
        }
    }));
    QList<double> shellExport;
    for (int i = 0; i < bench.runs; ++i) {
        shellExport << Baselines::commandTime(
            QStringLiteral("sqlite3"),
            {QStringLiteral("-csv"), fixtures.dbPath(size),
             // The same rows (incidents not removed) in the same order, in the fastest form found for
             // the shell: a table scan and a sort (NOT INDEXED) is 2.4 times faster than the plan the
             // shell picks itself, which follows the date index.
             QStringLiteral("SELECT i.uuid, i.date, i.time, l.name, n.nationality, n.persons, i.outcome, "
                            "i.force_used, i.notes, i.recorded_by, i.recorded_at FROM incident i NOT INDEXED "
                            "JOIN location l ON l.id = i.location_id JOIN incident_nationality n ON "
                            "n.incident_id = i.id WHERE i.removed = 0 ORDER BY i.date, i.time, i.uuid, "
                            "n.nationality")},
            fixtures.scratch(QStringLiteral("export-shell.csv")));
    }
    const double base = median(shellExport);
    bench.report.add({QStringLiteral("export incidents CSV"), size, ourExport, base,
                      QStringLiteral("≤ 1× sqlite3 -csv"), ourExport <= base});
}

} // namespace borderlog::bench
