// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentcsv.h"
#include "testdatabase.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <tuple>

using namespace borderlog;
using borderlog::test::draft;

TEST_CASE("A mixed incident counts once in totals and once in each nationality's row", "[tally]")
{
    test::TestDatabase db;
    Incident mixed = draft(QDate(2021, 8, 2), QStringLiteral("Druskininkai"), QStringLiteral("IQ"), 280);
    mixed.nationalities << NationalityCount{QStringLiteral("SY"), 7};
    REQUIRE(db.log().incidents().record(mixed).ok());
    REQUIRE(db.log()
                .incidents()
                .record(draft(QDate(2021, 8, 3), QStringLiteral("Medininkai"), QStringLiteral("IQ"), 180,
                              Outcome::TurnedBack))
                .ok());

    const auto days = db.log().reads().tally({.from = QDate(2021, 8, 1), .to = QDate(2021, 8, 4)}, TallyGrouping::Day);
    REQUIRE(days.ok());
    REQUIRE(days->rows().size() == 4);
    CHECK(days->rows()[0].incidents == 0);
    CHECK(days->rows()[1].incidents == 1);
    CHECK(days->rows()[1].persons == 287);
    CHECK(days->rows()[1].personsWith(Outcome::Detained) == 287);
    CHECK(days->rows()[2].personsWith(Outcome::TurnedBack) == 180);
    CHECK(days->total().persons == 467);

    const auto nationalities = db.log().reads().tally({}, TallyGrouping::Nationality);
    REQUIRE(nationalities->rows().size() == 2);
    CHECK(nationalities->rows()[0].key == QStringLiteral("IQ"));
    CHECK(nationalities->rows()[0].incidents == 2);
    CHECK(nationalities->rows()[0].persons == 460);
    CHECK(nationalities->rows()[1].key == QStringLiteral("SY"));
    CHECK(nationalities->rows()[1].incidents == 1);
    CHECK(nationalities->rows()[1].persons == 7);

    // With a nationality filter, persons are that nationality's persons.
    const auto syrians = db.log().reads().tally({.nationality = QStringLiteral("SY")}, TallyGrouping::Year);
    REQUIRE(syrians->rows().size() == 1);
    CHECK(syrians->rows()[0].incidents == 1);
    CHECK(syrians->rows()[0].persons == 7);

    const auto locations = db.log().reads().tally({}, TallyGrouping::Location);
    CHECK(locations->rows()[0].key == QStringLiteral("Druskininkai"));
    CHECK(locations->rows()[1].key == QStringLiteral("Medininkai"));
}

TEST_CASE("The outcomes of schema 7 are recorded, tallied and recounted", "[tally][outcome]")
{
    test::TestDatabase db;
    const QDate day(2021, 8, 4);
    REQUIRE(
        db.log()
            .incidents()
            .record(draft(day, QStringLiteral("Medininkai"), QStringLiteral("IQ"), 4, Outcome::AdmittedHumanitarian))
            .ok());
    REQUIRE(db.log()
                .incidents()
                .record(draft(day, QStringLiteral("Medininkai"), QStringLiteral("SY"), 3, Outcome::OrderToLeave))
                .ok());
    const auto days = db.log().reads().tally({.from = day, .to = day}, TallyGrouping::Day);
    REQUIRE(days.ok());
    CHECK(days->total().personsWith(Outcome::AdmittedHumanitarian) == 4);
    CHECK(days->total().personsWith(Outcome::OrderToLeave) == 3);
    const auto leaving = db.log().reads().tally({.outcome = Outcome::OrderToLeave}, TallyGrouping::Nationality);
    REQUIRE(leaving.ok());
    REQUIRE(leaving->rows().size() == 1);
    CHECK(leaving->rows()[0].key == QStringLiteral("SY"));
    CHECK(test::aggregatesMatchRecount(db.path()));
}

TEST_CASE("Schema 8's values are stored and read back, the breakdown tallied and recounted", "[tally][details]")
{
    test::TestDatabase db;
    const QDate day(2021, 8, 5);
    Incident family = draft(day, QStringLiteral("Kabeliai"), QStringLiteral("IQ"), 6, Outcome::TurnedBack);
    family.nationalities.first() = NationalityCount{QStringLiteral("IQ"), 6, 2, 1, 3, 0};
    family.nationalities << NationalityCount{QStringLiteral("SY"), 2, 0, 0, 0, 1};
    family.details.detection = Detection::ThermalCamera;
    family.details.injured = 1;
    family.details.force = ForceType::SpecialMeans;
    family.details.refusalReasons = QStringLiteral("C");
    family.details.facilitators = 1;
    family.details.facilitatorNationalities = {QStringLiteral("BY")};
    const auto recorded = db.log().incidents().record(family);
    REQUIRE(recorded.ok());
    const auto stored = db.log().reads().find(recorded->id);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->details == family.details);
    CHECK((*stored)->nationalities.first() == family.nationalities.first());

    Incident again = draft(day, QStringLiteral("Kabeliai"), QStringLiteral("IQ"), 6, Outcome::Detained);
    again.details.relatedTo = recorded->id;
    REQUIRE(db.log().incidents().record(again).ok());
    Incident unknown = again;
    unknown.details.relatedTo = QUuid::fromString(QStringLiteral("4a1b2c3d-0000-4000-8000-00000000dead"));
    const auto refused = db.log().incidents().record(unknown);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("related_to: 4a1b2c3d-0000-4000-8000-00000000dead is not")));

    const auto days =
        db.log().reads().tally({.from = day, .to = day}, TallyGrouping::Month, TallyContent::WithBreakdown);
    REQUIRE(days.ok());
    CHECK(days->total().breakdown == GroupBreakdown{2, 1, 3, 1});
    CHECK(db.log().reads().tally({.from = day, .to = day}, TallyGrouping::Month)->total().breakdown
          == GroupBreakdown{});
    const auto syrians =
        db.log().reads().tally({.nationality = QStringLiteral("SY")}, TallyGrouping::Day, TallyContent::WithBreakdown);
    REQUIRE(syrians.ok());
    CHECK(syrians->total().breakdown == GroupBreakdown{0, 0, 0, 1});
    CHECK(test::aggregatesMatchRecount(db.path()));
    const auto verified = db.log().audit().verify();
    REQUIRE(verified.ok());
    CHECK(verified->ok());

    // A forged breakdown in the aggregates is caught by the program's recount.
    test::execute(db.path(), "UPDATE monthly_tally SET women = women + 1");
    CHECK_FALSE(test::aggregatesMatchRecount(db.path()));
    const auto forged = db.log().audit().verify();
    REQUIRE(forged.ok());
    REQUIRE_FALSE(forged->ok());
    CHECK(std::any_of(forged->problems.cbegin(), forged->problems.cend(),
                      [](const auto &p) { return p.message.contains(QStringLiteral("2 women")); }));
}

TEST_CASE("Aggregates always equal a recount from the incident rows, after every kind of write", "[tally][aggregates]")
{
    test::TestDatabase db;
    QRandomGenerator random(20210803);
    const QStringList locations{QStringLiteral("Druskininkai"), QStringLiteral("Varėna"),
                                QStringLiteral("Šalčininkai")};
    const QStringList nationalities{QStringLiteral("IQ"), QStringLiteral("SY"), QStringLiteral("AF"),
                                    QStringLiteral("ZZ")};
    auto randomIncident = [&] {
        Incident d =
            draft(QDate(2021, 7, 1).addDays(random.bounded(60)), locations[random.bounded(3)],
                  nationalities[random.bounded(4)], 1 + random.bounded(40), kAllOutcomes[size_t(random.bounded(6))]);
        if (random.bounded(4) == 0) {
            d.nationalities << NationalityCount{QStringLiteral("TR"), 1 + random.bounded(5)};
        }
        return d;
    };
    QList<Incident> batch;
    for (int i = 0; i < 300; ++i) {
        batch << randomIncident();
    }
    REQUIRE(db.log().incidents().import(batch).ok());
    QString difference;
    REQUIRE(test::aggregatesMatchRecount(db.path(), &difference));

    for (int step = 0; step < 300; ++step) {
        IncidentPageRequest request;
        request.limit = 1 + random.bounded(300);
        const auto page = db.log().reads().page(request);
        REQUIRE(page.ok());
        const Incident victim = page->last();
        switch (random.bounded(3)) {
        case 0:
            REQUIRE(db.log().incidents().record(randomIncident()).ok());
            break;
        case 1: {
            Incident changed = randomIncident();
            changed.id = victim.id;
            changed.recordedAt = victim.recordedAt;
            changed.recordedBy = victim.recordedBy;
            REQUIRE(db.log().incidents().amend(changed).ok());
            break;
        }
        default:
            REQUIRE(db.log().incidents().remove(victim.id, QStringLiteral("entered twice")).ok());
            break;
        }
    }
    INFO(difference.toStdString());
    CHECK(test::aggregatesMatchRecount(db.path(), &difference));
    const auto total = db.log().reads().tally({}, TallyGrouping::Year);
    REQUIRE(total.ok());
    const auto recount = test::recountDay(db.path(), QDate(2021, 7, 15));
    const auto day = db.log().reads().tally({.from = QDate(2021, 7, 15), .to = QDate(2021, 7, 15)}, TallyGrouping::Day);
    CHECK(day->rows()[0].incidents == recount.incidents);
    CHECK(day->rows()[0].persons == recount.persons);
}

TEST_CASE("The sample database matches Frontex's published Eastern Borders Route figures", "[tally][sample]")
{
    test::TestDatabase db;
    const auto read = IncidentCsv::read(test::readFile(QStringLiteral(BORDERLOG_SAMPLE_CSV)),
                                        QStringLiteral("sample.csv"), QDate(2026, 1, 1).endOfDay());
    REQUIRE(read.problems.isEmpty());
    REQUIRE(db.log().incidents().import(read.incidents).ok());
    CHECK(test::aggregatesMatchRecount(db.path()));

    const auto months =
        db.log().reads().tally({.from = QDate(2021, 1, 1), .to = QDate(2021, 12, 31)}, TallyGrouping::Month);
    REQUIRE(months.ok());
    const QList<qint64> frontex2021{31, 28, 42, 147, 121, 601, 3236, 1953, 421, 780, 559, 156};
    REQUIRE(months->rows().size() == 12);
    for (int m = 0; m < 12; ++m) {
        INFO("month " << m + 1);
        CHECK(months->rows()[m].persons == frontex2021[m]);
    }
    CHECK(months->total().persons == 8075);
    // The seed article's days.
    const auto days = db.log().reads().tally({.from = QDate(2021, 8, 2), .to = QDate(2021, 8, 3)}, TallyGrouping::Day);
    CHECK(days->rows()[0].personsWith(Outcome::Detained) == 287);
    CHECK(days->rows()[1].personsWith(Outcome::TurnedBack) == 180);
    // The quarters and ISO weeks of the same figures.
    const auto quarters =
        db.log().reads().tally({.from = QDate(2021, 1, 1), .to = QDate(2021, 12, 31)}, TallyGrouping::Quarter);
    REQUIRE(quarters.ok());
    REQUIRE(quarters->rows().size() == 4);
    CHECK(quarters->rows()[2].key == QStringLiteral("2021-Q3"));
    CHECK(quarters->rows()[2].persons == 3236 + 1953 + 421);
    const auto weeks =
        db.log().reads().tally({.from = QDate(2021, 8, 2), .to = QDate(2021, 8, 8)}, TallyGrouping::Week);
    REQUIRE(weeks.ok());
    REQUIRE(weeks->rows().size() == 1);
    CHECK(weeks->rows()[0].key == QStringLiteral("2021-W31"));
    const auto week31 =
        db.log().reads().tally({.from = QDate(2021, 8, 2), .to = QDate(2021, 8, 8)}, TallyGrouping::Day);
    CHECK(weeks->rows()[0].persons == week31->total().persons);
    CHECK(weeks->rows()[0].personsWith(Outcome::Detained) >= 287);
}

TEST_CASE("At 10,000 generated incidents, aggregates equal a recount and paging returns each row once",
          "[tally][aggregates][paging]")
{
    test::TestDatabase db;
    const QList<Incident> incidents = test::generatedIncidents(10000, 20210802, QDate(2020, 1, 1), QDate(2021, 12, 31));
    REQUIRE(db.log().incidents().import(incidents)->added == 10000);
    QString difference;
    INFO(difference.left(2000).toStdString());
    CHECK(test::aggregatesMatchRecount(db.path(), &difference));

    // Keyset pages, newest first.
    QSet<QUuid> seen;
    IncidentPageRequest request;
    request.descending = true;
    request.limit = 333;
    for (;;) {
        const auto page = db.log().reads().page(request);
        REQUIRE(page.ok());
        for (const auto &i : *page) {
            seen.insert(i.id);
        }
        if (page->size() < request.limit) {
            break;
        }
        request.after = page->last();
    }
    CHECK(seen.size() == 10000);

    // Pages by position: each day's first row from the per-day counts.
    const auto counts = db.log().reads().dailyCounts({});
    REQUIRE(counts.ok());
    qint64 total = 0;
    QSet<QUuid> byDay;
    for (const auto &[day, count] : *counts) {
        total += count;
        IncidentPageRequest dayRequest;
        dayRequest.day = day;
        dayRequest.skipInDay = int(count / 2);
        dayRequest.limit = int(count - count / 2);
        const auto page = db.log().reads().page(dayRequest);
        REQUIRE(page.ok());
        CHECK(page->size() == count - count / 2);
        for (const auto &i : *page) {
            CHECK(i.date == day);
            byDay.insert(i.id);
        }
        dayRequest.skipInDay = 0;
        dayRequest.limit = int(count / 2);
        const auto firstHalf = db.log().reads().page(dayRequest);
        REQUIRE(firstHalf.ok());
        for (const auto &i : firstHalf.value()) {
            byDay.insert(i.id);
        }
    }
    CHECK(total == 10000);
    CHECK(byDay == seen);
}

TEST_CASE("A large import builds the incident indexes at its end, and a failed one leaves them as they were",
          "[import][aggregates]")
{
    test::TestDatabase db;
    const char *indexes = "SELECT group_concat(name || ': ' || sql, char(10)) FROM "
                          "(SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name)";
    const QString before = test::queryText(db.path(), indexes);
    REQUIRE(before.contains(QStringLiteral("incident_by_date")));

    // Past the point where the import stops keeping the indexes up to date row by row.
    const QList<Incident> incidents = test::generatedIncidents(60000, 20210803, QDate(2020, 1, 1), QDate(2021, 12, 31));
    QList<Incident> failing = incidents;
    failing << incidents.first(); // an incident's rows again after others: the whole import is refused
    CHECK_FALSE(db.log().incidents().import(failing).ok());
    CHECK(test::queryText(db.path(), indexes) == before);
    CHECK(test::queryText(db.path(), "SELECT count(*) FROM incident") == QStringLiteral("0"));

    REQUIRE(db.log().incidents().import(incidents)->added == 60000);
    CHECK(test::queryText(db.path(), indexes) == before);
    CHECK(test::queryText(db.path(), "PRAGMA integrity_check") == QStringLiteral("ok"));
    // The log reads in index order: the first page is the earliest day.
    IncidentPageRequest request;
    request.limit = 5;
    const auto page = db.log().reads().page(request);
    REQUIRE(page.ok());
    const auto earliest = std::min_element(incidents.cbegin(), incidents.cend(), [](const auto &a, const auto &b) {
        return std::tie(a.date, a.time) < std::tie(b.date, b.time);
    });
    CHECK(page->first().date == earliest->date);
    QString difference;
    CHECK(test::aggregatesMatchRecount(db.path(), &difference));
    const auto verified = db.log().audit().verify();
    REQUIRE(verified.ok());
    CHECK(verified->ok());
    CHECK(verified->incidents == 60000);
}

TEST_CASE("An import tells how far it has come, and stopping it writes nothing", "[import]")
{
    test::TestDatabase db;
    const QList<Incident> incidents = test::generatedIncidents(5000, 20210804, QDate(2021, 1, 1), QDate(2021, 12, 31));
    QList<double> reported;
    const auto recorded = [&reported](double read) {
        reported << read;
        return true;
    };
    IncidentListSource all(incidents);
    REQUIRE(db.log().incidents().import(all, recorded)->added == 5000);
    REQUIRE(reported.size() == 4); // once per 1,024 incidents
    CHECK(std::is_sorted(reported.cbegin(), reported.cend()));
    CHECK(reported.first() > 0.0);
    CHECK(reported.last() <= 1.0);

    const QList<Incident> more = test::generatedIncidents(5000, 20210806);
    const QString before = test::queryText(db.path(), "SELECT count(*) || ' ' || sum(persons) FROM daily_tally");
    IncidentListSource rest(more);
    int calls = 0;
    const auto stopped = db.log().incidents().import(rest, [&calls](double) { return ++calls < 2; });
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.failure().kind == Failure::Kind::Refused);
    CHECK(stopped.message().contains(QStringLiteral("cancelled")));
    CHECK(db.log().reads().count({}).value() == 5000);
    CHECK(test::queryText(db.path(), "SELECT count(*) || ' ' || sum(persons) FROM daily_tally") == before);
    const auto verified = db.log().audit().verify();
    REQUIRE(verified.ok());
    CHECK(verified->ok());
}

TEST_CASE("Tallies over any date range equal a recount, whichever tally tables they read", "[tally][ranges]")
{
    test::TestDatabase db;
    const QList<Incident> incidents = test::generatedIncidents(3000, 5, QDate(2020, 11, 1), QDate(2021, 3, 31));
    REQUIRE(db.log().incidents().import(incidents).ok());
    QRandomGenerator random(3);
    for (int round = 0; round < 40; ++round) {
        IncidentFilter filter;
        filter.from = QDate(2020, 10, 20).addDays(random.bounded(150));
        filter.to = filter.from.addDays(random.bounded(120));
        if (round % 3 == 0) {
            filter.nationality = QStringLiteral("IQ");
        }
        qint64 expectedIncidents = 0;
        qint64 expectedPersons = 0;
        for (const auto &i : incidents) {
            if (i.date < filter.from || i.date > filter.to) {
                continue;
            }
            for (const auto &line : i.nationalities) {
                if (filter.nationality.isEmpty() || line.nationality == filter.nationality) {
                    expectedPersons += line.persons;
                }
            }
            const bool counted =
                filter.nationality.isEmpty()
                || std::any_of(i.nationalities.cbegin(), i.nationalities.cend(),
                               [&](const NationalityCount &n) { return n.nationality == filter.nationality; });
            expectedIncidents += counted ? 1 : 0;
        }
        for (TallyGrouping grouping :
             {TallyGrouping::Day, TallyGrouping::Month, TallyGrouping::Year, TallyGrouping::Location}) {
            const auto tally = db.log().reads().tally(filter, grouping);
            REQUIRE(tally.ok());
            INFO(filter.from.toString(Qt::ISODate).toStdString()
                 << " to " << filter.to.toString(Qt::ISODate).toStdString() << " by "
                 << tallyGroupingCode(grouping).toStdString());
            CHECK(tally->total().incidents == expectedIncidents);
            CHECK(tally->total().persons == expectedPersons);
        }
        CHECK(*db.log().reads().count(filter) == expectedIncidents);
    }
}
