// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreport.h"
#include "csvwriter.h"
#include "incidentcsv.h"
#include "sqliteregister.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QSet>

using namespace borderlog;
using borderlog::test::draft;

TEST_CASE("A recorded incident is stored and read back whole", "[repository]")
{
    test::TestDatabase db;
    Incident d = draft(QDate(2021, 8, 2), QStringLiteral("Druskininkai"), QStringLiteral("IQ"), 280);
    d.nationalities << NationalityCount{QStringLiteral("SY"), 7};
    d.notes = QStringLiteral("Rustamas Liubajevas: \"no force\"; العراق; '); DROP TABLE incident;--");
    d.setForceUsed(true);
    const auto recorded = db.log().incidents().record(d);
    REQUIRE(recorded.ok());
    CHECK_FALSE(recorded->id.isNull());
    CHECK(recorded->recordedBy == QStringLiteral("officer.test"));
    CHECK(recorded->recordedAt.timeSpec() == Qt::UTC);

    const auto again = db.reopen(); // what a restart sees
    const auto found = again->reads().find(recorded->id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK(**found == *recorded);
}

TEST_CASE("Amend and remove change exactly one incident", "[repository]")
{
    test::TestDatabase db;
    auto a = db.log().incidents().record(
        draft(QDate(2021, 8, 3), QStringLiteral("Medininkai"), QStringLiteral("IQ"), 180, Outcome::TurnedBack));
    auto b = db.log().incidents().record(draft(QDate(2021, 8, 3), QStringLiteral("Varėna"), QStringLiteral("AF"), 3));
    REQUIRE((a.ok() && b.ok()));

    Incident changed = *a;
    changed.nationalities = {{QStringLiteral("IQ"), 170}, {QStringLiteral("SY"), 10}};
    changed.location = QStringLiteral("Šalčininkai");
    REQUIRE(db.log().incidents().amend(changed).ok());
    CHECK(**db.log().reads().find(a->id) == changed);
    CHECK(**db.log().reads().find(b->id) == *b);

    REQUIRE(db.log().incidents().remove(a->id, QStringLiteral("entered twice")).ok());
    CHECK_FALSE(db.log().reads().find(a->id)->has_value());
    CHECK(*db.log().reads().count({}) == 1);

    const auto missing = db.log().incidents().remove(a->id, QStringLiteral("entered twice"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.failure().kind == Failure::Kind::NotFound);
    CHECK(test::aggregatesMatchRecount(db.path()));
}

TEST_CASE("Invalid input changes nothing", "[repository]")
{
    test::TestDatabase db;
    Incident bad = draft(QDate(2021, 8, 3), QString(), QStringLiteral("IQ"), 0);
    const auto result = db.log().incidents().record(bad);
    REQUIRE_FALSE(result.ok());
    CHECK(result.failure().kind == Failure::Kind::Invalid);
    CHECK(result.message().contains(QStringLiteral("location: is required")));
    CHECK(result.message().contains(QStringLiteral("persons:")));
    CHECK(*db.log().reads().count({}) == 0);
    CHECK(db.log().reads().locations()->isEmpty());
}

TEST_CASE("Filters select by date range, location, nationality and outcome", "[repository]")
{
    test::TestDatabase db;
    REQUIRE(
        db.log().incidents().record(draft(QDate(2021, 8, 1), QStringLiteral("Varėna"), QStringLiteral("IQ"), 5)).ok());
    Incident mixed = draft(QDate(2021, 8, 2), QStringLiteral("Druskininkai"), QStringLiteral("IQ"), 20);
    mixed.nationalities << NationalityCount{QStringLiteral("SY"), 2};
    REQUIRE(db.log().incidents().record(mixed).ok());
    REQUIRE(db.log()
                .incidents()
                .record(draft(QDate(2021, 8, 3), QStringLiteral("Druskininkai"), QStringLiteral("SY"), 4,
                              Outcome::TurnedBack))
                .ok());

    auto count = [&](IncidentFilter f) {
        IncidentPageRequest r;
        r.filter = f;
        const auto page = db.log().reads().page(r);
        REQUIRE(page.ok());
        CHECK(*db.log().reads().count(f) == page->size()); // the fast count agrees with the rows
        return page->size();
    };
    CHECK(count({}) == 3);
    CHECK(count({.from = QDate(2021, 8, 2), .to = QDate(2021, 8, 3)}) == 2);
    CHECK(count({.from = QDate(2021, 8, 2), .to = QDate(2021, 8, 2)}) == 1);
    CHECK(count({.location = QStringLiteral("Druskininkai")}) == 2);
    CHECK(count({.nationality = QStringLiteral("SY")}) == 2);
    CHECK(count({.nationality = QStringLiteral("IQ")}) == 2);
    CHECK(count({.location = QStringLiteral("Druskininkai"),
                 .nationality = QStringLiteral("SY"),
                 .outcome = Outcome::TurnedBack})
          == 1);
    CHECK(count({.location = QStringLiteral("Nowhere")}) == 0);
    CHECK(*db.log().reads().locations() == QStringList{QStringLiteral("Druskininkai"), QStringLiteral("Varėna")});
}

TEST_CASE("Paging returns every incident exactly once, in order, in both directions", "[repository][paging]")
{
    test::TestDatabase db;
    QList<Incident> many;
    for (int i = 0; i < 1000; ++i) {
        // Many share a date and time, so the incident_id must break ties.
        Incident d =
            draft(QDate(2021, 1, 1).addDays(i % 37), i % 3 ? QStringLiteral("A") : QStringLiteral("B"),
                  i % 2 ? QStringLiteral("IQ") : QStringLiteral("SY"), 1 + i % 11, kAllOutcomes[size_t(i % 6)]);
        d.time = i % 5 ? QTime(1 + i % 4, 0) : QTime();
        many << d;
    }
    REQUIRE(db.log().incidents().import(many)->added == 1000);

    for (bool descending : {false, true}) {
        IncidentPageRequest request;
        request.descending = descending;
        request.limit = 64;
        QList<Incident> all;
        for (;;) {
            auto page = db.log().reads().page(request);
            REQUIRE(page.ok());
            all += *page;
            if (page->size() < request.limit) {
                break;
            }
            request.after = page->last();
        }
        QSet<QUuid> ids;
        for (const auto &i : all) {
            ids.insert(i.id);
        }
        CHECK(all.size() == 1000);
        CHECK(ids.size() == 1000);
        bool ordered = true;
        for (qsizetype i = 1; i < all.size(); ++i) {
            const Incident &p = all[i - 1];
            const Incident &c = all[i];
            const auto key = [](const Incident &x) {
                return std::tuple{x.date, x.time.isValid() ? x.time.msecsSinceStartOfDay() : -1, x.idText()};
            };
            ordered = ordered && (descending ? key(p) > key(c) : key(p) < key(c));
        }
        CHECK(ordered);
    }
}

TEST_CASE("Importing skips incidents already present and adds the rest in one go", "[repository][import]")
{
    test::TestDatabase db;
    auto first =
        db.log().incidents().record(draft(QDate(2021, 8, 3), QStringLiteral("Varėna"), QStringLiteral("IQ"), 3));
    REQUIRE(first.ok());
    QList<Incident> batch{*first, draft(QDate(2021, 8, 4), QStringLiteral("Varėna"), QStringLiteral("AF"), 2)};
    batch[1].id = QUuid::createUuid();
    auto summary = db.log().incidents().import(batch);
    REQUIRE(summary.ok());
    CHECK(summary->added == 1);
    CHECK(summary->skipped == 1);
    summary = db.log().incidents().import(batch);
    CHECK(summary->added == 0);
    CHECK(summary->skipped == 2);
    CHECK(*db.log().reads().count({}) == 2);
}

TEST_CASE("An import with one invalid incident writes nothing", "[repository][import]")
{
    test::TestDatabase db;
    QList<Incident> batch;
    for (int i = 0; i < 50; ++i) {
        batch << draft(QDate(2021, 8, 1), QStringLiteral("Varėna"), QStringLiteral("IQ"), 1 + i);
    }
    batch[37].nationalities = {{QStringLiteral("IQ"), 10001}};
    const auto summary = db.log().incidents().import(batch);
    REQUIRE_FALSE(summary.ok());
    CHECK(summary.message().contains(QStringLiteral("persons:")));
    CHECK(*db.log().reads().count({}) == 0);
    CHECK(db.log().reads().locations()->isEmpty());
}

TEST_CASE("An export straight from the stored text equals one written from the incidents", "[repository][export]")
{
    test::TestDatabase db;
    QList<Incident> incidents;
    const QStringList awkward{QString(),
                              QStringLiteral("plain"),
                              QStringLiteral("comma, \"quotes\" and\nline breaks\r\n"),
                              QStringLiteral("=HYPERLINK(\"http://x\")"),
                              QStringLiteral("'=already guarded"),
                              QStringLiteral("'tis fine"),
                              QStringLiteral("-5 persons"),
                              QStringLiteral("\ttab first"),
                              QStringLiteral("Ąžuolas, Гродна, 北京, 🚶")};
    for (int i = 0; i < awkward.size(); ++i) {
        Incident d = draft(QDate(2021, 8, 1 + i % 3), i % 2 ? QStringLiteral("@Medininkai") : QStringLiteral("Varėna"),
                           QStringLiteral("IQ"), 1 + i);
        if (i % 3 == 0) {
            d.nationalities << NationalityCount{QStringLiteral("SY"), 2} << NationalityCount{QStringLiteral("AF"), 1};
        }
        d.time = i % 4 ? QTime(i, 5 * i) : QTime();
        d.notes = awkward[i];
        d.setForceUsed(i % 2 != 0);
        d.recordedBy = i % 2 ? QStringLiteral("+officer") : QStringLiteral("officer.test");
        incidents << d;
    }
    REQUIRE(db.log().incidents().import(incidents).ok());
    REQUIRE(db.log().incidents().remove((*db.log().reads().page({}))[2].id, QStringLiteral("entered twice")).ok());
    for (const IncidentFilter &filter : {IncidentFilter{}, IncidentFilter{.from = QDate(2021, 8, 2)},
                                         IncidentFilter{.nationality = QStringLiteral("SY")}}) {
        QBuffer fast;
        fast.open(QIODevice::WriteOnly);
        const auto written = CsvReport::writeIncidents(db.log(), filter, fast);
        REQUIRE(written.ok());
        QBuffer slow;
        slow.open(QIODevice::WriteOnly);
        CsvWriter writer(slow);
        IncidentCsv::writeHeader(writer);
        const auto visited = db.log().reads().forEachIncident(filter, [&](const Incident &incident) {
            IncidentCsv::writeIncident(writer, incident);
            return true;
        });
        REQUIRE(visited.ok());
        REQUIRE(writer.finish());
        CHECK(*written == *visited);
        CHECK(fast.data() == slow.data());
        if (filter == IncidentFilter{}) {
            CHECK(fast.data().contains("'=HYPERLINK"));
        }
    }
}
