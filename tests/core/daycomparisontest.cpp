// SPDX-License-Identifier: GPL-3.0-or-later
#include "daycomparison.h"

#include "catchqt.h"

using namespace borderlog;

namespace {

const QDate kDay(2021, 8, 3);
const QDate kBefore(2021, 8, 2);

TallyRow row(const QString &key, qint64 incidents, qint64 persons, Outcome outcome = Outcome::Detained)
{
    TallyRow r;
    r.key = key;
    r.incidents = incidents;
    r.persons = persons;
    r.personsByOutcome[outcomeIndex(outcome)] = persons;
    return r;
}

Tally grouped(TallyGrouping grouping, const QList<TallyRow> &rows)
{
    return Tally(grouping, rows, {}, {});
}

Tally twoDays(const TallyRow &before, const TallyRow &day)
{
    return Tally(TallyGrouping::Day, {before, day}, kBefore, kDay);
}

} // namespace

TEST_CASE("A day is compared with the day before, outcome by outcome", "[daycomparison]")
{
    TallyRow day = row(QStringLiteral("2021-08-03"), 4, 180, Outcome::TurnedBack);
    day.personsByOutcome[outcomeIndex(Outcome::Detained)] = 7;
    const auto comparison =
        DayComparison::fromTallies(kDay, twoDays(row(QStringLiteral("2021-08-02"), 9, 287), day), {}, {}, {}, {}, {});
    REQUIRE(comparison.ok());
    CHECK(comparison->day() == kDay);
    CHECK(comparison->dayBefore() == kBefore);
    CHECK(comparison->incidents() == ComparedCount{QString(), 4, 9});
    CHECK(comparison->persons().onDay == 180);
    CHECK(comparison->persons().onDayBefore == 287);
    CHECK(comparison->persons().difference() == -107);
    CHECK(comparison->persons(Outcome::TurnedBack).onDay == 180);
    CHECK(comparison->persons(Outcome::Detained).onDay == 7);
    CHECK(comparison->persons(Outcome::Detained).onDayBefore == 287);
    CHECK(comparison->persons(Outcome::Absconded).difference() == 0);
    CHECK(comparison->nationalities().lines.isEmpty());
    CHECK_FALSE(comparison->nationalities().rest.has_value());
}

TEST_CASE("The top nationalities are kept and the rest summed, and every location is kept", "[daycomparison]")
{
    const Tally nationalities =
        grouped(TallyGrouping::Nationality, {row(QStringLiteral("IQ"), 3, 170), row(QStringLiteral("SY"), 1, 10),
                                             row(QStringLiteral("AF"), 1, 4), row(QStringLiteral("TJ"), 1, 2)});
    const Tally nationalitiesBefore =
        grouped(TallyGrouping::Nationality,
                {row(QStringLiteral("IQ"), 5, 250), row(QStringLiteral("CM"), 1, 30), row(QStringLiteral("AF"), 1, 7)});
    const Tally locations = grouped(TallyGrouping::Location,
                                    {row(QStringLiteral("Medininkai"), 3, 150), row(QStringLiteral("Varėna"), 3, 36)});
    const Tally locationsBefore = grouped(TallyGrouping::Location, {row(QStringLiteral("Varėna"), 7, 287)});
    const auto comparison = DayComparison::fromTallies(
        kDay, twoDays(row(QStringLiteral("2021-08-02"), 7, 287), row(QStringLiteral("2021-08-03"), 6, 186)),
        nationalities, nationalitiesBefore, locations, locationsBefore,
        {.nationalities = 2, .locations = std::nullopt});
    REQUIRE(comparison.ok());

    const ComparedSection &top = comparison->nationalities();
    CHECK(top.lines == QList<ComparedCount>{{QStringLiteral("IQ"), 170, 250}, {QStringLiteral("SY"), 10, 0}});
    REQUIRE(top.rest.has_value());
    CHECK(top.rest->key.isEmpty());
    CHECK(top.rest->onDay == 6);        // AF 4 and TJ 2
    CHECK(top.rest->onDayBefore == 37); // CM 30 and AF 7: all but the lines kept
    CHECK(top.rest->difference() == -31);

    CHECK(comparison->locations().lines
          == QList<ComparedCount>{{QStringLiteral("Medininkai"), 150, 0}, {QStringLiteral("Varėna"), 36, 287}});
    CHECK_FALSE(comparison->locations().rest.has_value());
}

TEST_CASE("The comparison reads nine tallies under the filter and passes on a failure", "[daycomparison]")
{
    IncidentFilter base;
    base.location = QStringLiteral("Medininkai");
    base.from = QDate(2000, 1, 1); // the base's dates are not used
    QList<std::pair<IncidentFilter, TallyGrouping>> asked;
    const auto reader = [&](const IncidentFilter &filter, TallyGrouping grouping) -> Result<Tally> {
        asked.append({filter, grouping});
        if (grouping == TallyGrouping::Day) {
            return Tally(grouping, {}, filter.from, filter.to);
        }
        return Tally(grouping, {}, {}, {});
    };
    const auto comparison = DayComparison::read(reader, base, kDay, {});
    REQUIRE(comparison.ok());
    CHECK(comparison->persons().onDay == 0);
    REQUIRE(asked.size() == 9); // by day; nationality, location, district and station on each day
    for (const auto &[filter, grouping] : asked) {
        CHECK(filter.location == QStringLiteral("Medininkai"));
        CHECK(filter.from >= kBefore);
        CHECK(filter.to <= kDay);
        CHECK(filter.from <= filter.to);
    }
    CHECK(asked.at(0).first.from == kBefore);
    CHECK(asked.at(0).first.to == kDay);
    CHECK(asked.at(0).second == TallyGrouping::Day);

    const auto failing = [](const IncidentFilter &, TallyGrouping grouping) -> Result<Tally> {
        if (grouping == TallyGrouping::Location) {
            return Failure::storage(QStringLiteral("disk I/O error"));
        }
        return Tally(grouping, {}, {}, {});
    };
    const auto failed = DayComparison::read(failing, base, kDay, {});
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.message() == QStringLiteral("disk I/O error"));
}

TEST_CASE("A day tally without both days is refused", "[daycomparison]")
{
    const auto comparison = DayComparison::fromTallies(
        kDay, grouped(TallyGrouping::Day, {row(QStringLiteral("2021-08-03"), 1, 1)}), {}, {}, {}, {}, {});
    REQUIRE_FALSE(comparison.ok());
    CHECK(comparison.message() == QStringLiteral("The day's tally is incomplete."));
}
