// SPDX-License-Identifier: GPL-3.0-or-later
// Saving one incident: against a bare insert and commit of the same row, and against the same writes by
// hand through the C API.

#include "baselines.h"
#include "fixtures.h"
#include "incidentgenerator.h"
#include "incidentlog.h"
#include "measurements.h"
#include "report.h"

#include <QFile>

namespace borderlog::bench {

namespace {

// The incidents both sides of the reference save, the same for both.
QList<Incident> incidentsToSave(int count)
{
    IncidentGenerator generator({99, QDate(2024, 1, 1), QDate(2024, 12, 31)});
    QList<Incident> incidents;
    for (int i = 0; i < count; ++i) {
        incidents << generator.next();
    }
    return incidents;
}

// This program's save of each incident on a copy of the database at `path` (ms per save).
QList<double> programSaves(const QString &path, const QList<Incident> &incidents)
{
    auto log = openLog(path);
    qsizetype next = 0;
    return timeRuns(int(incidents.size()), [&] {
        if (auto recorded = log->incidents().record(incidents[next++]); !recorded) {
            die(recorded.message());
        }
    });
}

} // namespace

void measureSave(const Bench &bench, qint64 size)
{
    auto log = openLog(bench.fixtures.dbPath(size));
    QList<QUuid> added;
    IncidentGenerator generator({99, QDate(2024, 1, 1), QDate(2024, 12, 31)});
    const double ours = median(timeRuns(bench.runs * 10, [&] {
        auto recorded = log->incidents().record(generator.next());
        if (!recorded) {
            die(recorded.message());
        }
        added << recorded->id;
    }));
    for (const QUuid &id : added) {
        (void)log->incidents().remove(id, QStringLiteral("benchmark"));
    }
    // Baseline: a bare insert and commit of the same row with the same durability settings.
    const double base =
        median(Baselines::bareInserts(bench.fixtures.scratch(QStringLiteral("bare-insert.sqlite")), bench.runs * 10));
    bench.report.add({QStringLiteral("save one incident (synchronous=FULL)"), size, ours, base,
                      QStringLiteral("≤ 1.3× baseline"), ours <= 1.3 * base});
}

// The same writes as a save by hand against this program's save, both on copies of the database of `size`
// incidents: what the required writes cost by themselves.
void measureSaveReference(const Bench &bench, qint64 size)
{
    const Fixtures &fixtures = bench.fixtures;
    const QString oursPath = fixtures.scratch(QStringLiteral("save-ours.sqlite"));
    const QString handPath = fixtures.scratch(QStringLiteral("save-hand.sqlite"));
    for (const QString &copy : {oursPath, handPath}) {
        Fixtures::removeDatabase(copy);
        if (!QFile::copy(fixtures.dbPath(size), copy)) {
            die(QStringLiteral("cannot copy %1").arg(fixtures.dbPath(size)));
        }
    }
    const QList<Incident> incidents = incidentsToSave(bench.runs * 10);
    const double ours = median(programSaves(oursPath, incidents));
    Fixtures::removeDatabase(oursPath);
    double hand = 0;
    {
        Baselines::HandWrittenSave handWritten(handPath);
        qsizetype next = 0;
        hand = median(timeRuns(int(incidents.size()), [&] { handWritten.save(incidents[next++]); }));
    }
    Fixtures::removeDatabase(handPath);
    bench.report.add({QStringLiteral("save one incident, against the same writes by hand (C API)"), size, ours, hand,
                      QStringLiteral("—"), false, QStringLiteral("ms"), true, true});
}

} // namespace borderlog::bench
