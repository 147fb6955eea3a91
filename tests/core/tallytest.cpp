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
    CHECK_FALSE(tallyGroupingFromCode(QStringLiteral("week")).has_value());
}
