// SPDX-License-Identifier: GPL-3.0-or-later
// Import of the incidents CSV: against the sqlite3 shell's .import into a bare table, and against the same
// writes in hand-written SQL.

#include "baselines.h"
#include "fixtures.h"
#include "measurements.h"
#include "report.h"

#include <QFile>

#include <algorithm>

namespace borderlog::bench {

void measureImport(const Bench &bench, qint64 size)
{
    const Fixtures &fixtures = bench.fixtures;
    fixtures.ensureCsv(size);
    QList<double> ours;
    QList<double> shell;
    const QString bare = fixtures.scratch(QStringLiteral("bare-import.sqlite"));
    for (int i = 0; i < std::max(1, bench.runs / 2); ++i) {
        ours << fixtures.importInto(fixtures.scratch(QStringLiteral("import.sqlite")), size);
        QFile::remove(bare);
        shell << Baselines::commandTime(QStringLiteral("sqlite3"),
                                        {bare, QStringLiteral(".import --csv %1 bare").arg(fixtures.csvPath(size))});
    }
    const double ourImport = median(ours);
    const double shellImport = median(shell);
    bench.report.add({QStringLiteral("import CSV (validated, indexed, all or nothing)"), size, ourImport, shellImport,
                      QStringLiteral("≤ 1.5× sqlite3 .import"), ourImport <= 1.5 * shellImport});
    bench.report.add({QStringLiteral("import CSV, against the same writes in hand-written SQL"), size, ourImport,
                      median(Baselines::handWrittenImports(fixtures, size, bench.runs / 2)), QStringLiteral("—"), false,
                      QStringLiteral("ms"), true, true});
}

} // namespace borderlog::bench
