// SPDX-License-Identifier: GPL-3.0-or-later
// Tallies over a year and over all history: against the same GROUP BY on the raw incident rows in the
// sqlite3 shell.

#include "baselines.h"
#include "dailyreport.h"
#include "fixtures.h"
#include "incidentlog.h"
#include "measurements.h"
#include "report.h"
#include "tallycomparison.h"

#include <functional>

namespace borderlog::bench {

namespace {

struct TallyCase
{
    const char *name;
    IncidentFilter filter;
    TallyGrouping grouping;
    QString sql; // the same tally for the sqlite3 shell
    TallyContent content = TallyContent::Counts;
    // Measured instead of the plain tally when set: the running totals, comparisons, cross-tabs, the report.
    std::function<bool(const IncidentLog &)> run = {};
};

// Issue 14's tallies: each read from the aggregates, beside the same numbers from the raw rows.
QList<TallyCase> seriesCases()
{
    const IncidentFilter sinceAugust{QDate(2020, 8, 3), QDate(2020, 12, 31)};
    const IncidentFilter year2020{QDate(2020, 1, 1), QDate(2020, 12, 31)};
    const QString where2020 = QStringLiteral("WHERE i.date BETWEEN '2020-01-01' AND '2020-12-31'");
    const auto cross = [](TallyDimension first, TallyDimension second) {
        return [first, second](const IncidentLog &log) {
            return log.reads().crossTally({QDate(2020, 1, 1), QDate(2020, 12, 31)}, first, second).ok();
        };
    };
    return {
        {"running total by day since 3 August, five months", sinceAugust, TallyGrouping::Day,
         QStringLiteral("SELECT i.date, sum(count(*)) OVER (ORDER BY i.date), sum(sum(i.persons)) OVER (ORDER BY "
                        "i.date) FROM incident i WHERE i.date BETWEEN '2020-08-03' AND '2020-12-31' GROUP BY 1;"),
         TallyContent::Counts,
         [](const IncidentLog &log) {
             auto days = log.reads().tally({QDate(2020, 8, 3), QDate(2020, 12, 31)}, TallyGrouping::Day);
             return days.ok() && !days->cumulative(Tally::Restart::Never).rows().isEmpty();
         }},
        {"tally by month against the previous year, one year", year2020, TallyGrouping::Month,
         QStringLiteral("SELECT substr(i.date, 1, 7), i.outcome, count(*), sum(i.persons) FROM incident i WHERE "
                        "i.date BETWEEN '2019-01-01' AND '2020-12-31' GROUP BY 1, 2;"),
         TallyContent::Counts,
         [](const IncidentLog &log) {
             const auto reader = [&log](const IncidentFilter &f, TallyGrouping g) { return log.reads().tally(f, g); };
             return TallyComparison::read(reader, {QDate(2020, 1, 1), QDate(2020, 12, 31)}, TallyGrouping::Month,
                                          TallyComparison::Against::PreviousYear)
                 .ok();
         }},
        {"cross-tab district by outcome, one year", year2020, TallyGrouping::District,
         QStringLiteral("SELECT d.name, i.outcome, count(*), sum(i.persons) FROM incident i JOIN location l ON "
                        "l.id = i.location_id JOIN station s ON s.id = l.station_id JOIN district d ON "
                        "d.id = s.district_id %1 GROUP BY 1, 2;")
             .arg(where2020),
         TallyContent::Counts, cross(TallyDimension::of(TallyGrouping::District), TallyDimension::outcome())},
        {"cross-tab station by month, one year", year2020, TallyGrouping::Station,
         QStringLiteral("SELECT s.name, substr(i.date, 1, 7), i.outcome, count(*), sum(i.persons) FROM incident i "
                        "JOIN location l ON l.id = i.location_id JOIN station s ON s.id = l.station_id %1 GROUP BY "
                        "1, 2, 3;")
             .arg(where2020),
         TallyContent::Counts,
         cross(TallyDimension::of(TallyGrouping::Station), TallyDimension::of(TallyGrouping::Month))},
        {"cross-tab nationality by outcome, one year", year2020, TallyGrouping::Nationality,
         QStringLiteral("SELECT n.nationality, i.outcome, count(*), sum(n.persons) FROM incident i JOIN "
                        "incident_nationality n ON n.incident_id = i.id %1 GROUP BY 1, 2;")
             .arg(where2020),
         TallyContent::Counts, cross(TallyDimension::of(TallyGrouping::Nationality), TallyDimension::outcome())},
        {"daily report of 2 August 2020",
         {},
         TallyGrouping::Day,
         QStringLiteral("SELECT i.outcome, count(*), sum(i.persons) FROM incident i WHERE i.date BETWEEN '2020-01-01' "
                        "AND '2020-08-02' GROUP BY 1;"),
         TallyContent::Counts,
         [](const IncidentLog &log) {
             DailyReport::Request request;
             request.day = QDate(2020, 8, 2);
             return DailyReport::compile(log, request).ok();
         }},
    };
}

QList<TallyCase> tallyCases()
{
    const IncidentFilter year2020{QDate(2020, 1, 1), QDate(2020, 12, 31)};
    const QString where2020 = QStringLiteral("WHERE i.date BETWEEN '2020-01-01' AND '2020-12-31'");
    return {
        {"tally by day, one year", year2020, TallyGrouping::Day,
         QStringLiteral("SELECT i.date, i.outcome, count(*), sum(i.persons) FROM incident i %1 GROUP BY 1, 2;")
             .arg(where2020)},
        {"tally by month, all history",
         {},
         TallyGrouping::Month,
         QStringLiteral("SELECT substr(i.date, 1, 7), i.outcome, count(*), sum(i.persons) FROM incident i GROUP "
                        "BY 1, 2;")},
        {"tally by week, one year", year2020, TallyGrouping::Week,
         QStringLiteral("SELECT strftime('%Y-%W', i.date), i.outcome, count(*), sum(i.persons) FROM incident i %1 "
                        "GROUP BY 1, 2;")
             .arg(where2020)},
        {"tally by quarter, all history",
         {},
         TallyGrouping::Quarter,
         QStringLiteral("SELECT substr(i.date, 1, 4) || ((cast(substr(i.date, 6, 2) AS integer) + 2) / 3), i.outcome, "
                        "count(*), sum(i.persons) FROM incident i GROUP BY 1, 2;")},
        {"tally by year, all history",
         {},
         TallyGrouping::Year,
         QStringLiteral("SELECT substr(i.date, 1, 4), i.outcome, count(*), sum(i.persons) FROM incident i GROUP "
                        "BY 1, 2;")},
        {"tally by nationality, one year", year2020, TallyGrouping::Nationality,
         QStringLiteral("SELECT n.nationality, i.outcome, count(*), sum(n.persons) FROM incident i JOIN "
                        "incident_nationality n ON n.incident_id = i.id %1 GROUP BY 1, 2;")
             .arg(where2020)},
        {"tally by location, one year", year2020, TallyGrouping::Location,
         QStringLiteral("SELECT l.name, i.outcome, count(*), sum(i.persons) FROM incident i JOIN location l ON "
                        "l.id = i.location_id %1 GROUP BY 1, 2;")
             .arg(where2020)},
        // Schema 5 and 8: stations and districts roll up from the location-keyed aggregates by join, and every
        // tally row carries the persons' breakdown (the baseline sums it from the nationality lines).
        {"tally by station, one year", year2020, TallyGrouping::Station,
         QStringLiteral("SELECT s.name, i.outcome, count(*), sum(i.persons) FROM incident i JOIN location l ON "
                        "l.id = i.location_id JOIN station s ON s.id = l.station_id %1 GROUP BY 1, 2;")
             .arg(where2020)},
        {"tally by district, one year, with the breakdown", year2020, TallyGrouping::District,
         QStringLiteral("SELECT d.name, i.outcome, count(*), sum(n.persons), sum(n.men), sum(n.women), "
                        "sum(n.children), sum(n.unaccompanied) FROM incident i JOIN incident_nationality n ON "
                        "n.incident_id = i.id JOIN location l ON l.id = i.location_id JOIN station s ON "
                        "s.id = l.station_id JOIN district d ON d.id = s.district_id %1 GROUP BY 1, 2;")
             .arg(where2020),
         TallyContent::WithBreakdown},
        {"tally by day, one year, with the breakdown", year2020, TallyGrouping::Day,
         QStringLiteral("SELECT i.date, i.outcome, count(*), sum(n.persons), sum(n.men), sum(n.women), "
                        "sum(n.children), sum(n.unaccompanied) FROM incident i JOIN incident_nationality n ON "
                        "n.incident_id = i.id %1 GROUP BY 1, 2;")
             .arg(where2020),
         TallyContent::WithBreakdown},
    };
}

} // namespace

void measureTallies(const Bench &bench, qint64 size)
{
    const QString db = bench.fixtures.dbPath(size);
    auto log = openLog(db);
    const QList<TallyCase> cases = tallyCases() << seriesCases();
    for (const TallyCase &c : cases) {
        const double ours = median(timeRuns(bench.runs * 3, [&] {
            if (c.run ? !c.run(*log) : !log->reads().tally(c.filter, c.grouping, c.content)) {
                die(QStringLiteral("tally failed"));
            }
        }));
        QList<double> shell;
        for (int i = 0; i < bench.runs; ++i) {
            shell << Baselines::shellQuery(db, c.sql);
        }
        const double base = median(shell);
        bench.report.add({QString::fromLatin1(c.name), size, ours, base, QStringLiteral("< 20 ms and ≥ 20× faster"),
                          ours < 20 && base / ours >= 20});
    }
}

} // namespace borderlog::bench
