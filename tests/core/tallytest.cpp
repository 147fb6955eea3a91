// SPDX-License-Identifier: GPL-3.0-or-later
#include "tally.h"

#include "catchqt.h"
#include "crosstally.h"
#include "seasontally.h"
#include "tallycomparison.h"

using namespace borderlog;

namespace {

TallyRow row(const char *key, qint64 incidents, qint64 persons)
{
    TallyRow r;
    r.key = QString::fromLatin1(key);
    r.incidents = incidents;
    r.persons = persons;
    r.personsByOutcome[outcomeIndex(Outcome::Detained)] = persons;
    return r;
}

QStringList keys(const Tally &t)
{
    QStringList k;
    for (const auto &r : t.rows()) {
        k << r.key;
    }
    return k;
}

} // namespace

TEST_CASE("Every period of the range appears, zeros included", "[tally]")
{
    const Tally days(TallyGrouping::Day, {row("2021-08-02", 9, 287), row("2021-08-04", 1, 3)}, QDate(2021, 7, 31),
                     QDate(2021, 8, 4));
    CHECK(keys(days) == QStringList{"2021-07-31", "2021-08-01", "2021-08-02", "2021-08-03", "2021-08-04"});
    CHECK(days.rows()[0].persons == 0);
    CHECK(days.rows()[2].persons == 287);
    CHECK(days.rows()[2].personsWith(Outcome::Detained) == 287);
    CHECK(days.total().persons == 290);

    const Tally months(TallyGrouping::Month, {row("2021-08", 1, 1)}, QDate(2021, 6, 15), QDate(2021, 9, 1));
    CHECK(keys(months) == QStringList{"2021-06", "2021-07", "2021-08", "2021-09"});

    const Tally years(TallyGrouping::Year, {row("2021", 1, 1)}, QDate(2019, 12, 31), QDate(2021, 1, 1));
    CHECK(keys(years) == QStringList{"2019", "2020", "2021"});
}

TEST_CASE("Nationality and location rows are ordered by persons", "[tally]")
{
    const Tally t(TallyGrouping::Nationality, {row("AF", 2, 5), row("IQ", 9, 287), row("SY", 2, 5)}, {}, {});
    CHECK(keys(t) == QStringList{"IQ", "AF", "SY"});
}

TEST_CASE("Grouping codes are the command line's words", "[tally]")
{
    CHECK(tallyGroupingFromCode(QStringLiteral("month")) == TallyGrouping::Month);
    CHECK(tallyGroupingCode(TallyGrouping::Nationality) == QStringLiteral("nationality"));
    CHECK_FALSE(tallyGroupingFromCode(QStringLiteral("fortnight")).has_value());
}

TEST_CASE("Weeks are ISO 8601 weeks and quarters calendar quarters, folded and filled in like the other periods",
          "[tally][periods]")
{
    CHECK(Tally::periodKey(TallyGrouping::Week, QDate(2021, 8, 2)) == QStringLiteral("2021-W31"));
    CHECK(Tally::periodKey(TallyGrouping::Week, QDate(2021, 8, 8)) == QStringLiteral("2021-W31"));
    CHECK(Tally::periodKey(TallyGrouping::Week, QDate(2021, 1, 1)) == QStringLiteral("2020-W53"));
    CHECK(Tally::periodKey(TallyGrouping::Quarter, QDate(2021, 9, 30)) == QStringLiteral("2021-Q3"));
    CHECK(tallyGroupingFromCode(QStringLiteral("week")) == TallyGrouping::Week);
    CHECK(tallyGroupingFromCode(QStringLiteral("Quarter")) == TallyGrouping::Quarter);
    CHECK(isPeriod(TallyGrouping::Week));

    TallyRow monday;
    monday.key = QStringLiteral("2021-08-02");
    monday.incidents = 9;
    monday.persons = 287;
    TallyRow sunday = monday;
    sunday.key = QStringLiteral("2021-08-08");
    sunday.persons = 13;
    const QList<TallyRow> weeks = Tally::folded(TallyGrouping::Week, {monday, sunday});
    REQUIRE(weeks.size() == 1);
    CHECK(weeks.first().key == QStringLiteral("2021-W31"));
    CHECK(weeks.first().persons == 300);
    CHECK(weeks.first().incidents == 18);

    // Every week of the range, across a year boundary, with zeros where nothing happened.
    const Tally filled(TallyGrouping::Week, weeks, QDate(2020, 12, 30), QDate(2021, 8, 3));
    CHECK(filled.rows().first().key == QStringLiteral("2020-W53"));
    CHECK(filled.rows().last().key == QStringLiteral("2021-W31"));
    CHECK(filled.rows().size() == 32);
    CHECK(filled.total().persons == 300);

    TallyRow july;
    july.key = QStringLiteral("2021-07");
    july.persons = 3236;
    const Tally quarters(TallyGrouping::Quarter, Tally::folded(TallyGrouping::Quarter, {july}), QDate(2021, 2, 1),
                         QDate(2021, 12, 31));
    REQUIRE(quarters.rows().size() == 4);
    CHECK(quarters.rows()[2].key == QStringLiteral("2021-Q3"));
    CHECK(quarters.rows()[2].persons == 3236);
}

TEST_CASE("Period keys name their first day, and running totals restart with each year or month", "[tally][cumulative]")
{
    CHECK(Tally::periodStart(TallyGrouping::Week, QStringLiteral("2021-W31")) == QDate(2021, 8, 2));
    CHECK(Tally::periodStart(TallyGrouping::Week, QStringLiteral("2020-W53")) == QDate(2020, 12, 28));
    CHECK(Tally::periodStart(TallyGrouping::Week, QStringLiteral("2021-W53")) == QDate()); // 2021 has 52 weeks
    CHECK(Tally::periodStart(TallyGrouping::Week, QStringLiteral("2025-W01")) == QDate(2024, 12, 30));
    CHECK(Tally::periodStart(TallyGrouping::Quarter, QStringLiteral("2021-Q3")) == QDate(2021, 7, 1));
    CHECK(Tally::periodStart(TallyGrouping::Quarter, QStringLiteral("2021-Q5")) == QDate());
    CHECK(Tally::periodStart(TallyGrouping::Month, QStringLiteral("2021-13")) == QDate());

    const Tally days(TallyGrouping::Day, {row("2021-07-31", 1, 10), row("2021-08-01", 1, 5), row("2021-08-02", 1, 7)},
                     QDate(2021, 7, 31), QDate(2021, 8, 2));
    const Tally running = days.cumulative(Tally::Restart::Never);
    CHECK(running.rows()[2].persons == 22);
    CHECK(running.rows()[2].personsWith(Outcome::Detained) == 22);
    CHECK(running.rows()[2].key == QStringLiteral("2021-08-02"));
    const Tally monthToDate = days.cumulative(Tally::Restart::Month);
    CHECK(monthToDate.rows()[1].persons == 5);
    CHECK(monthToDate.rows()[2].persons == 12);

    // 2025-W01 starts on 30 December 2024 but is the first week of 2025: it starts 2025's total.
    const Tally weeks(TallyGrouping::Week, {row("2024-W52", 1, 4), row("2025-W01", 1, 6), row("2025-W02", 1, 1)},
                      QDate(2024, 12, 23), QDate(2025, 1, 12));
    const Tally yearToDate = weeks.cumulative(Tally::Restart::Year);
    REQUIRE(yearToDate.rows().size() == 3);
    CHECK(yearToDate.rows()[0].persons == 4);
    CHECK(yearToDate.rows()[1].persons == 6);
    CHECK(yearToDate.rows()[2].persons == 7);
}

TEST_CASE("The top rows are kept and the others summed into the rest", "[tally][ranked]")
{
    const Tally stations(
        TallyGrouping::Station,
        {row("Druskininkai", 3, 30), row("Medininkai", 2, 20), row("Padvarionys", 1, 7), row("Šalčininkai", 1, 5)}, {},
        {});
    const RankedRows two = stations.ranked(2);
    REQUIRE(two.top.size() == 2);
    CHECK(two.top[0].key == QStringLiteral("Druskininkai"));
    CHECK(two.top[1].key == QStringLiteral("Medininkai"));
    CHECK(two.restCount == 2);
    CHECK(two.rest.key.isEmpty());
    CHECK(two.rest.persons == 12);
    CHECK(two.rest.incidents == 2);
    CHECK(two.rest.personsWith(Outcome::Detained) == 12);
    CHECK(two.rest.persons + two.top[0].persons + two.top[1].persons == stations.total().persons);

    const RankedRows all = stations.ranked(10);
    CHECK(all.top.size() == 4);
    CHECK(all.restCount == 0);
    CHECK(all.rest.persons == 0);
    CHECK(stations.ranked(-1).restCount == 4);

    // A mixed group is an incident of each of its nationalities: the rest sums persons, not incidents.
    const Tally nationalities(TallyGrouping::Nationality, {row("IQ", 9, 287), row("SY", 2, 5), row("AF", 2, 4)}, {},
                              {});
    const RankedRows top = nationalities.ranked(1);
    CHECK(top.rest.persons == 9);
    CHECK(top.rest.incidents == 0);
}

TEST_CASE("The season puts each month of each year side by side", "[tally][season]")
{
    const Tally months(TallyGrouping::Month, {row("2020-07", 1, 2), row("2021-07", 40, 1200), row("2021-08", 9, 300)},
                       QDate(2020, 7, 1), QDate(2021, 8, 3));
    const SeasonTally season = SeasonTally::of(months);
    CHECK(season.years() == QList<int>{2020, 2021});
    CHECK(season.at(2020, 7).persons == 2);
    CHECK(season.at(2021, 7).persons == 1200);
    CHECK(season.at(2021, 7).incidents == 40);
    CHECK(season.at(2021, 7).key == QStringLiteral("2021-07"));
    CHECK(season.at(2021, 8).personsWith(Outcome::Detained) == 300);
    // Months outside the tally's range are there, with nothing in them.
    CHECK(season.at(2020, 1).persons == 0);
    CHECK(season.at(2020, 1).key == QStringLiteral("2020-01"));
    CHECK(season.at(2021, 12).persons == 0);
    CHECK(season.at(2019, 7).persons == 0);
    CHECK(season.at(2021, 13).persons == 0);
    CHECK(season.highestPersons() == 1200);
    // The sum of the season is the tally's.
    qint64 sum = 0;
    for (int year : season.years()) {
        for (int m = 1; m <= 12; ++m) {
            sum += season.at(year, m).persons;
        }
    }
    CHECK(sum == months.total().persons);

    CHECK(SeasonTally::of(Tally(TallyGrouping::Day, {row("2021-07-01", 1, 1)}, QDate(2021, 7, 1), QDate(2021, 7, 1)))
              .years()
              .isEmpty());
    CHECK(SeasonTally::of(Tally(TallyGrouping::Month, {}, {}, {})).years().isEmpty());
}

TEST_CASE("A comparison shifts each date to the one it is compared with", "[tally][compare]")
{
    using Against = TallyComparison::Against;
    CHECK(TallyComparison::shifted(QDate(2021, 8, 3), TallyGrouping::Day, Against::PreviousYear, 1)
          == QDate(2020, 8, 3));
    CHECK(TallyComparison::shifted(QDate(2021, 8, 31), TallyGrouping::Month, Against::PreviousPeriod, 1)
          == QDate(2021, 7, 31));
    CHECK(TallyComparison::shifted(QDate(2021, 3, 31), TallyGrouping::Month, Against::PreviousPeriod, 1)
          == QDate(2021, 2, 28));
    CHECK(TallyComparison::shifted(QDate(2021, 12, 31), TallyGrouping::Quarter, Against::PreviousPeriod, 1)
          == QDate(2021, 9, 30));
    // Weeks a year back keep their ISO number and weekday, also after a year with a week 53.
    const QDate w01 = TallyComparison::shifted(QDate(2021, 1, 6), TallyGrouping::Week, Against::PreviousYear, 1);
    CHECK(Tally::periodKey(TallyGrouping::Week, w01) == QStringLiteral("2020-W01"));
    CHECK(w01.dayOfWeek() == 3);
    const QDate w53 = TallyComparison::shifted(QDate(2021, 1, 1), TallyGrouping::Week, Against::PreviousYear, 1);
    CHECK(Tally::periodKey(TallyGrouping::Week, w53) == QStringLiteral("2019-W52")); // 2020-W53, 2019 has no W53
    // Not a period: the range of as many days before it, or a year earlier.
    CHECK(TallyComparison::shifted(QDate(2021, 8, 10), TallyGrouping::District, Against::PreviousPeriod, 10)
          == QDate(2021, 7, 31));
    CHECK(TallyComparison::percentChange(184, 35) == QStringLiteral("425.7"));
    CHECK(TallyComparison::percentChange(2, 184) == QStringLiteral("-98.9"));
    CHECK(TallyComparison::percentChange(5, 0).isEmpty());
}

TEST_CASE("A cross-tab folds weeks and orders its pairs", "[tally][cross]")
{
    TallyRow a = row("", 1, 3);
    TallyRow b = row("", 1, 9);
    const CrossTally cross(TallyDimension::of(TallyGrouping::Nationality), TallyDimension::of(TallyGrouping::Week),
                           {{QStringLiteral("SY"), QStringLiteral("2021-08-02"), a},
                            {QStringLiteral("IQ"), QStringLiteral("2021-08-03"), b},
                            {QStringLiteral("IQ"), QStringLiteral("2021-08-09"), a},
                            {QStringLiteral("IQ"), QStringLiteral("2021-08-04"), a}});
    REQUIRE(cross.rows().size() == 3);
    CHECK(cross.rows()[0].first == QStringLiteral("IQ")); // 15 persons before SY's 3
    CHECK(cross.rows()[0].second == QStringLiteral("2021-W31"));
    CHECK(cross.rows()[0].counts.persons == 12);
    CHECK(cross.rows()[1].second == QStringLiteral("2021-W32"));
    CHECK(cross.rows()[2].first == QStringLiteral("SY"));
    CHECK(TallyDimension::fromCode(QStringLiteral("outcome"))->isOutcome());
    CHECK_FALSE(TallyDimension::fromCode(QStringLiteral("weather")).has_value());
}
