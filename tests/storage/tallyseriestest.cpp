// SPDX-License-Identifier: GPL-3.0-or-later
// Running totals, comparisons with an earlier time and cross-tabs, each against a recount of the incidents
// themselves after random writes: the aggregates they are read from must never drift from the rows.
#include "csvreport.h"
#include "incidentcsv.h"
#include "tallycomparison.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QHash>
#include <QRandomGenerator>

using namespace borderlog;

namespace {

// The register's incidents as the test keeps them beside it.
struct Recount
{
    QHash<QUuid, Incident> incidents;

    qint64 persons(const QDate &from, const QDate &to, std::optional<Outcome> outcome = {},
                   const QString &location = {}) const
    {
        qint64 sum = 0;
        for (const Incident &i : incidents) {
            if (i.date >= from && i.date <= to && (!outcome || i.outcome == *outcome)
                && (location.isEmpty() || i.location == location)) {
                sum += i.groupSize();
            }
        }
        return sum;
    }
    qint64 personsOf(const QString &nationality, const QDate &from, const QDate &to) const
    {
        qint64 sum = 0;
        for (const Incident &i : incidents) {
            for (const NationalityCount &line : i.nationalities) {
                sum += i.date >= from && i.date <= to && line.nationality == nationality ? line.persons : 0;
            }
        }
        return sum;
    }
};

// A register of generated incidents over 2020 and 2021, then random records and removals.
struct RandomRegister
{
    test::TestDatabase db;
    Recount recount;

    RandomRegister()
    {
        const QList<Incident> generated = test::generatedIncidents(2500, 11, QDate(2020, 1, 1), QDate(2021, 12, 31));
        REQUIRE(db.log().incidents().import(generated).ok());
        for (const Incident &i : generated) {
            recount.incidents.insert(i.id, i);
        }
        QRandomGenerator random(20210803);
        for (int n = 0; n < 60; ++n) {
            if (n % 3 == 2) {
                const QList<QUuid> ids = recount.incidents.keys();
                const QUuid id = ids[random.bounded(int(ids.size()))];
                REQUIRE(db.log().incidents().remove(id, QStringLiteral("entered twice")).ok());
                recount.incidents.remove(id);
            } else {
                const QDate day = QDate(2020, 1, 1).addDays(random.bounded(731));
                auto added =
                    db.log().incidents().record(test::draft(day, QStringLiteral("Medininkai"), QStringLiteral("IQ"),
                                                            1 + random.bounded(30), Outcome::TurnedBack));
                REQUIRE(added.ok());
                recount.incidents.insert(added->id, *added);
            }
        }
    }
};

QString csvOf(IncidentLog &log, const IncidentFilter &filter, TallyGrouping grouping,
              const CsvReport::TallyOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(CsvReport::writeTally(log, filter, grouping, buffer, options).ok());
    return QString::fromUtf8(bytes);
}

} // namespace

TEST_CASE("Running totals equal a recount since their start, restarting each year or month as asked",
          "[tally][cumulative]")
{
    RandomRegister r;
    QRandomGenerator random(7);
    for (int round = 0; round < 12; ++round) {
        IncidentFilter filter;
        filter.from = QDate(2020, 1, 1).addDays(random.bounded(600));
        filter.to = filter.from.addDays(20 + random.bounded(300));
        INFO(filter.from.toString(Qt::ISODate).toStdString()
             << " to " << filter.to.toString(Qt::ISODate).toStdString());
        const auto days = r.db.log().reads().tally(filter, TallyGrouping::Day);
        REQUIRE(days.ok());
        const Tally running = days->cumulative(Tally::Restart::Never);
        REQUIRE(running.rows().size() == days->rows().size());
        for (const TallyRow &row : running.rows()) {
            CHECK(row.persons == r.recount.persons(filter.from, QDate::fromString(row.key, Qt::ISODate)));
        }
        CHECK(running.rows().last().persons == days->total().persons);
        // Month-to-date over the days, year-to-date over the months.
        const Tally monthToDate = days->cumulative(Tally::Restart::Month);
        for (const TallyRow &row : monthToDate.rows()) {
            const QDate day = QDate::fromString(row.key, Qt::ISODate);
            const QDate start = std::max(filter.from, QDate(day.year(), day.month(), 1));
            CHECK(row.persons == r.recount.persons(start, day));
        }
        const auto months = r.db.log().reads().tally(filter, TallyGrouping::Month);
        const Tally yearToDate = months->cumulative(Tally::Restart::Year);
        for (const TallyRow &row : yearToDate.rows()) {
            const QDate first = Tally::periodStart(TallyGrouping::Month, row.key);
            const QDate start = std::max(filter.from, QDate(first.year(), 1, 1));
            const QDate end = std::min(filter.to, first.addMonths(1).addDays(-1));
            CHECK(row.persons == r.recount.persons(start, end));
        }
    }
}

TEST_CASE("A comparison with the previous year or period equals a recount of the same days shifted", "[tally][compare]")
{
    RandomRegister r;
    const auto reader = [&r](const IncidentFilter &f, TallyGrouping g) { return r.db.log().reads().tally(f, g); };
    QRandomGenerator random(9);
    for (int round = 0; round < 10; ++round) {
        IncidentFilter filter;
        filter.from = QDate(2021, 1, 1).addDays(random.bounded(300));
        filter.to = std::min(QDate(2021, 12, 31), filter.from.addDays(10 + random.bounded(120)));
        INFO(filter.from.toString(Qt::ISODate).toStdString()
             << " to " << filter.to.toString(Qt::ISODate).toStdString());
        for (const TallyGrouping grouping : {TallyGrouping::Day, TallyGrouping::Week, TallyGrouping::Month}) {
            for (const auto against :
                 {TallyComparison::Against::PreviousYear, TallyComparison::Against::PreviousPeriod}) {
                INFO(tallyGroupingCode(grouping).toStdString()
                     << " against " << TallyComparison::code(against).toStdString());
                const auto compared = TallyComparison::read(reader, filter, grouping, against);
                REQUIRE(compared.ok());
                const qint64 days = filter.from.daysTo(filter.to) + 1;
                for (const TallyComparison::Row &row : compared->rows()) {
                    // The row's own days: its period cut to the range.
                    const QDate first = Tally::periodStart(grouping, row.row.key);
                    const QDate periodLast = grouping == TallyGrouping::Day    ? first
                                             : grouping == TallyGrouping::Week ? first.addDays(6)
                                                                               : first.addMonths(1).addDays(-1);
                    const QDate start = std::max(filter.from, first);
                    CHECK(row.row.persons == r.recount.persons(start, std::min(filter.to, periodLast)));
                    CHECK(row.comparedWith
                          == Tally::periodKey(grouping, TallyComparison::shifted(start, grouping, against, days)));
                }
                // Over the whole range, the compared persons are those of the shifted range; day by day a year back,
                // each day is compared with its own date (29 February of a leap year has no day to match).
                qint64 comparedTotal = 0;
                for (const TallyComparison::Row &row : compared->rows()) {
                    comparedTotal += row.compared.persons;
                    if (grouping == TallyGrouping::Day) {
                        const QDate day = QDate::fromString(row.comparedWith, Qt::ISODate);
                        CHECK(row.compared.persons == r.recount.persons(day, day));
                    }
                }
                if (grouping != TallyGrouping::Day || against != TallyComparison::Against::PreviousYear) {
                    CHECK(comparedTotal
                          == r.recount.persons(TallyComparison::shifted(filter.from, grouping, against, days),
                                               TallyComparison::shifted(filter.to, grouping, against, days)));
                }
            }
        }
        // A grouping that is not a period: the same keys over the range a year before.
        const auto byLocation =
            TallyComparison::read(reader, filter, TallyGrouping::Location, TallyComparison::Against::PreviousYear);
        REQUIRE(byLocation.ok());
        for (const TallyComparison::Row &row : byLocation->rows()) {
            CHECK(row.compared.persons
                  == r.recount.persons(filter.from.addYears(-1), filter.to.addYears(-1), {}, row.row.key));
        }
    }
    const auto open =
        TallyComparison::read(reader, {}, TallyGrouping::Nationality, TallyComparison::Against::PreviousYear);
    REQUIRE_FALSE(open.ok());
    CHECK(test::fieldsOf(open.failure().fields) == QStringList{QStringLiteral("compare")});
}

TEST_CASE("A cross-tab's pairs equal a recount, and only pairs with incidents are listed", "[tally][cross]")
{
    RandomRegister r;
    IncidentFilter filter{.from = QDate(2021, 3, 5), .to = QDate(2021, 9, 20)};
    const auto byLocationOutcome =
        r.db.log().reads().crossTally(filter, TallyDimension::of(TallyGrouping::Location), TallyDimension::outcome());
    REQUIRE(byLocationOutcome.ok());
    qint64 total = 0;
    for (const CrossTallyRow &row : byLocationOutcome->rows()) {
        const Outcome outcome = *outcomeFromText(row.second);
        CHECK(row.counts.persons == r.recount.persons(filter.from, filter.to, outcome, row.first));
        CHECK(row.counts.persons == row.counts.personsWith(outcome));
        CHECK(row.counts.persons > 0);
        total += row.counts.persons;
    }
    CHECK(total == r.recount.persons(filter.from, filter.to));

    // Nationality by quarter, the quarters folded from the months and the days at the range's ends.
    const auto byNationalityQuarter = r.db.log().reads().crossTally(
        filter, TallyDimension::of(TallyGrouping::Nationality), TallyDimension::of(TallyGrouping::Quarter));
    REQUIRE(byNationalityQuarter.ok());
    for (const CrossTallyRow &row : byNationalityQuarter->rows()) {
        const QDate first = std::max(filter.from, Tally::periodStart(TallyGrouping::Quarter, row.second));
        const QDate last =
            std::min(filter.to, Tally::periodStart(TallyGrouping::Quarter, row.second).addMonths(3).addDays(-1));
        CHECK(row.counts.persons == r.recount.personsOf(row.first, first, last));
    }
    // The first dimension's keys by their persons, most first; within each, the quarters in time.
    const QList<CrossTallyRow> &rows = byNationalityQuarter->rows();
    for (qsizetype i = 1; i < rows.size(); ++i) {
        if (rows[i].first == rows[i - 1].first) {
            CHECK(rows[i - 1].second < rows[i].second);
        }
    }
}

TEST_CASE("The tally CSV's new layouts have their documented columns, and the old ones stay as they were",
          "[tally][csv]")
{
    RandomRegister r;
    IncidentLog &log = r.db.log();
    const IncidentFilter filter{.from = QDate(2021, 7, 1), .to = QDate(2021, 7, 31)};
    const QString plain = csvOf(log, filter, TallyGrouping::Month, {});
    CHECK(plain.startsWith(QStringLiteral("period,incidents,persons,turned_back,detained,asylum_request,prevented,"
                                          "absconded,other,admitted_humanitarian,order_to_leave,men,women,children,"
                                          "unaccompanied_minors\r\n")));
    const QString compared =
        csvOf(log, filter, TallyGrouping::Month, {.compare = TallyComparison::Against::PreviousYear});
    CHECK(compared.section(QStringLiteral("\r\n"), 0, 0)
          == plain.section(QStringLiteral("\r\n"), 0, 0)
                 + QStringLiteral(",compared_with,compared_incidents,compared_persons,persons_change,"
                                  "persons_change_percent"));
    const QStringList july = compared.section(QStringLiteral("\r\n"), 1, 1).split(u',');
    CHECK(july.value(0) == QStringLiteral("2021-07"));
    CHECK(july.value(15) == QStringLiteral("2020-07"));
    CHECK(july.value(17).toLongLong() == r.recount.persons(QDate(2020, 7, 1), QDate(2020, 7, 31)));
    CHECK(july.value(18).toLongLong() == july.value(2).toLongLong() - july.value(17).toLongLong());
    const QString cross = csvOf(log, filter, TallyGrouping::District, {.second = TallyDimension::outcome()});
    CHECK(cross.startsWith(QStringLiteral("district,outcome,incidents,persons\r\n")));
    const QString stationMonth =
        csvOf(log, filter, TallyGrouping::Station, {.second = TallyDimension::of(TallyGrouping::Month)});
    CHECK(stationMonth.startsWith(QStringLiteral("station,period,incidents,persons,turned_back,")));
    const QString running = csvOf(log, filter, TallyGrouping::Day, {.cumulative = Tally::Restart::Never});
    CHECK(running.section(QStringLiteral("\r\n"), 0, 0) == plain.section(QStringLiteral("\r\n"), 0, 0));
    CHECK(running.section(QStringLiteral("\r\n"), 31, 31).split(u',').value(2).toLongLong()
          == r.recount.persons(filter.from, filter.to));
}
