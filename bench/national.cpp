// SPDX-License-Identifier: GPL-3.0-or-later
// Headquarters on the national register at scale: a server filled with `size` incidents at 40 locations, two to
// each of 20 stations, written straight into its tables as the sites' pushes would have left them, with their day
// and month tallies. Then the tallies and the log table's pages through PgRegister, each beside the bare SQL of the
// same rows over libpq, and the desktop app's first paint on it. Run beside the throwaway server of
// scripts/with-test-server.sh.

#include "dayrows.h"
#include "incidentlog.h"
#include "measurements.h"
#include "nationalregister.h"
#include "pgconnection.h"
#include "pgregister.h"
#include "report.h"
#include "serveraddress.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>

namespace borderlog::bench {

namespace {

using postgres::PgConnection;

constexpr int kStations = 20;

// The incidents, their lines and their tallies, with the statistics the planner needs.
void fill(PgConnection &server, qint64 size)
{
    QElapsedTimer timer;
    timer.start();
    server.execute(QByteArray("INSERT INTO borderlog.site (code, station) SELECT 'site-' || s, 'Station ' || s "
                              "FROM generate_series(1, "
                              + QByteArray::number(kStations) + ") s")
                       .constData());
    server.execute(QByteArray(R"sql(
INSERT INTO borderlog.incident (id, day, "time", location, outcome, force_used, notes, recorded_by, recorded_at,
                                removed, detection, direction, border_sector, count_estimated, injured, dead, missing,
                                aid_given, force_type, refusal_reasons, facilitators, facilitator_nationalities,
                                related_to, site, station, version, created_seq, changed_seq)
SELECT gen_random_uuid(), date '2009-01-01' + (g::bigint * 7919 % 6209)::integer,
       CASE WHEN g % 10 = 0 THEN '' ELSE lpad((g * 7 % 24)::text, 2, '0') || ':' || lpad((g * 13 % 60)::text, 2, '0') END,
       'Location ' || (g / 7 % 40), (ARRAY['turned_back', 'detained', 'asylum_request', 'prevented', 'absconded',
                                          'other', 'admitted_humanitarian', 'order_to_leave'])[1 + g / 11 % 8],
       false, '', 'bench', '2021-08-01T00:00:00Z', false, '', 'entry', '', false, 0, 0, 0, 'none', 'none', '', 0, '', '',
       'site-' || (1 + g / 7 % 40 % 20), 'Station ' || (1 + g / 7 % 40 % 20), 1, g, g
FROM generate_series(1, )sql" + QByteArray::number(size)
                              + ") g")
                       .constData());
    server.execute("INSERT INTO borderlog.incident_line SELECT i.id, (ARRAY['IQ', 'SY', 'AF', 'BY', 'TJ', "
                   "'CU'])[1 + i.created_seq / 5 % 6], 1 + (i.created_seq % 7)::integer, 0, 0, 0, 0 "
                   "FROM borderlog.incident i");
    server.execute(
        "INSERT INTO borderlog.day_tally SELECT day, station, location, nationality, outcome, sum(incidents), "
        "sum(persons), sum(men), sum(women), sum(children), sum(unaccompanied) "
        "FROM borderlog.incident_tally_row GROUP BY 1, 2, 3, 4, 5");
    server.execute("INSERT INTO borderlog.month_tally SELECT date_trunc('month', day)::date, station, location, "
                   "nationality, outcome, sum(incidents), sum(persons), sum(men), sum(women), sum(children), "
                   "sum(unaccompanied) FROM borderlog.day_tally GROUP BY 1, 2, 3, 4, 5");
    server.execute("VACUUM (ANALYZE) borderlog.incident");
    server.execute("ANALYZE");
    progress() << "  national register of " << size << " incidents written in " << timer.elapsed() / 1000 << " s"
               << Qt::endl;
}

std::unique_ptr<IncidentLog> openNational(const QString &address)
{
    auto opened = postgres::PgRegister::connect(*postgres::ServerAddress::parse(address));
    if (!opened) {
        die(opened.message());
    }
    return std::make_unique<IncidentLog>(std::unique_ptr<RegisterStore>(std::move(opened).value()));
}

double bareQuery(PgConnection &server, const QByteArray &sql, int runs)
{
    return median(timeRuns(runs, [&] { (void)server.execute(sql.constData()); }));
}

void measureTallies(const Bench &bench, IncidentLog &log, PgConnection &server, qint64 size)
{
    struct Case
    {
        const char *name;
        IncidentFilter filter;
        TallyGrouping grouping;
        QByteArray sql;
    };
    const QList<Case> cases = {
        {"national register: tally by month, all history (monthly aggregates)",
         {},
         TallyGrouping::Month,
         "SELECT month, outcome, sum(incidents), sum(persons) FROM borderlog.month_tally WHERE nationality = '' "
         "GROUP BY 1, 2"},
        {"national register: tally by station, one year",
         {QDate(2021, 1, 1), QDate(2021, 12, 31)},
         TallyGrouping::Station,
         "SELECT station, outcome, sum(incidents), sum(persons) FROM borderlog.month_tally WHERE nationality = '' "
         "AND month BETWEEN '2021-01-01' AND '2021-12-01' GROUP BY 1, 2"},
        {"national register: tally by nationality, 3 August to 15 September 2021",
         {QDate(2021, 8, 3), QDate(2021, 9, 15)},
         TallyGrouping::Nationality,
         "SELECT nationality, sum(incidents), sum(persons) FROM borderlog.day_tally WHERE nationality <> '' AND "
         "day BETWEEN '2021-08-03' AND '2021-09-15' GROUP BY 1"},
    };
    for (const Case &c : cases) {
        const double ours = median(timeRuns(bench.runs, [&] {
            if (auto tally = log.reads().tally(c.filter, c.grouping); !tally) {
                die(tally.message());
            }
        }));
        const double base = bareQuery(server, c.sql, bench.runs);
        bench.report.add({QString::fromLatin1(c.name) + QStringLiteral(" (baseline: the bare SQL over libpq)"), size,
                          ours, base, QStringLiteral("< 20 ms"), ours < 20, QStringLiteral("ms"), true, false, true});
    }
}

void measurePages(const Bench &bench, IncidentLog &log, PgConnection &server, qint64 size)
{
    QList<std::pair<QDate, qint64>> counts;
    const double open = median(timeRuns(bench.runs, [&] { counts = log.reads().dailyCounts({}).value(); }));
    const DayRows days(std::move(counts));
    QRandomGenerator random(7);
    QList<double> ours;
    QList<double> offset;
    for (int i = 0; i < 30; ++i) {
        const qint64 row = qint64(random.bounded(double(days.total)));
        const IncidentPageRequest request = days.pageAt(row);
        ours << timeRuns(1, [&] {
                    if (auto page = log.reads().page(request); !page) {
                        die(page.message());
                    }
                }).first();
        if (i < 5) {
            offset << bareQuery(server,
                                "SELECT * FROM borderlog.incident WHERE NOT removed ORDER BY day DESC, \"time\" "
                                "COLLATE \"C\" DESC, id DESC LIMIT 200 OFFSET "
                                    + QByteArray::number(row),
                                1);
        }
    }
    Report &report = bench.report;
    report.add({QStringLiteral("national register: log table opens (per-day counts)"), size, open, 0,
                QStringLiteral("< 30 ms"), open < 30, QStringLiteral("ms"), true, false, true});
    report.add({QStringLiteral("national register: page of 200 at a random row, median of 30 (baseline: LIMIT 200 "
                               "OFFSET over libpq)"),
                size, median(ours), median(offset), QStringLiteral("< 30 ms"), median(ours) < 30, QStringLiteral("ms"),
                true, false, true});
}

} // namespace

void measureNationalRegister(const Bench &bench, qint64 size)
{
    progress() << "national register of " << size << " incidents" << Qt::endl;
    const NationalRegister national({});
    PgConnection server(national.connection().toUtf8());
    fill(server, size);
    auto log = openNational(national.connection());
    measureTallies(bench, *log, server, size);
    measurePages(bench, *log, server, size);
    measureFirstPaintOn(bench, national.uri(), size);
}

} // namespace borderlog::bench
