// SPDX-License-Identifier: GPL-3.0-or-later
#include "tally.h"

#include "catchqt.h"

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
