// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentlog.h"
#include "sqliteschema.h"
#include "testdatabase.h"
#include "teststation.h"

#include <QDateTime>

using namespace borderlog;
using test::passwordOf;

namespace {

const QDate kDay(2021, 8, 2);

// A station's register of schema 3: accounts, incidents at two locations, a signed day, an audit trail.
void fillRegister(IncidentLog &log)
{
    log.session().setClock([] { return QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC); });
    test::noLoginDelay(log);
    REQUIRE(log.accounts().add(QStringLiteral("chief"), Role::Admin, passwordOf(QStringLiteral("chief"))).ok());
    REQUIRE(log.session().logIn(QStringLiteral("chief"), passwordOf(QStringLiteral("chief"))).ok());
    REQUIRE(log.accounts().add(QStringLiteral("rasa"), Role::Supervisor, passwordOf(QStringLiteral("rasa"))).ok());
    REQUIRE(log.locations().add(QStringLiteral("Medininkai")).ok());
    REQUIRE(log.locations().add(QStringLiteral("Šalčininkai")).ok());
    REQUIRE(log.accounts().add(QStringLiteral("ona"), Role::Officer, passwordOf(QStringLiteral("ona"))).ok());
    REQUIRE(log.session().logIn(QStringLiteral("ona"), passwordOf(QStringLiteral("ona"))).ok());
    REQUIRE(log.incidents().record(test::draft(kDay, QStringLiteral("Medininkai"), QStringLiteral("IQ"), 12)).ok());
    REQUIRE(log.incidents().record(test::draft(kDay, QStringLiteral("Šalčininkai"), QStringLiteral("SY"), 5)).ok());
    REQUIRE(log.incidents()
                .record(test::draft(kDay.addDays(1), QStringLiteral("Medininkai"), QStringLiteral("IQ"), 3))
                .ok());
    REQUIRE(log.session().logIn(QStringLiteral("rasa"), passwordOf(QStringLiteral("rasa"))).ok());
    REQUIRE(log.days().signOff(kDay).ok());
}

qint64 personsIn(const Result<Tally> &tally)
{
    REQUIRE(tally.ok());
    return tally->total().persons;
}

} // namespace

TEST_CASE("Upgrading a schema 3 register with accounts and a signed day puts every location under Unassigned and loses "
          "nothing",
          "[schema][hierarchy]")
{
    test::TestDatabase db;
    fillRegister(db.log());
    const auto before = db.log().reads().tally({}, TallyGrouping::Location);
    REQUIRE(before.ok());
    const auto headBefore = db.log().audit().head();
    REQUIRE(headBefore.ok());
    test::downgradeToSchema3(db.path());
    REQUIRE(test::queryText(db.path(), "PRAGMA user_version") == QStringLiteral("3"));

    const auto upgraded = db.reopen();
    REQUIRE(test::queryText(db.path(), "PRAGMA user_version")
            == QString::number(sqlite::SqliteSchema::latestVersion()));
    CHECK(test::queryText(db.path(), "SELECT group_concat(l.name || '>' || s.name || '>' || d.name, ';') FROM "
                                     "(SELECT * FROM location ORDER BY name) l JOIN station s ON s.id = l.station_id "
                                     "JOIN district d ON d.id = s.district_id")
          == QStringLiteral("Medininkai>Unassigned>Unassigned;Šalčininkai>Unassigned>Unassigned"));
    CHECK(test::queryText(db.path(), "SELECT count(*) FROM incident") == QStringLiteral("3"));
    CHECK(test::queryText(db.path(), "SELECT instr(sql, 'order_to_leave') > 0 FROM sqlite_schema "
                                     "WHERE name = 'incident'")
          == QStringLiteral("1"));
    const auto after = upgraded->reads().tally({}, TallyGrouping::Location);
    REQUIRE(after.ok());
    CHECK(after->rows() == before->rows());
    CHECK(test::aggregatesMatchRecount(db.path()));
    CHECK(upgraded->audit().head()->toString() == headBefore->toString());
    const auto verified = upgraded->audit().verify();
    REQUIRE(verified.ok());
    CHECK(verified->ok());
    CHECK(upgraded->days().status(kDay)->has_value());

    const auto districts = upgraded->reads().tally({}, TallyGrouping::District);
    REQUIRE(districts.ok());
    REQUIRE(districts->rows().size() == 1);
    CHECK(districts->rows().first().key == QStringLiteral("Unassigned"));
    CHECK(districts->rows().first().persons == 20);
    CHECK(personsIn(upgraded->reads().tally({}, TallyGrouping::Station)) == 20);
}

TEST_CASE("Tallies and lists roll up to stations and districts and filter by them", "[hierarchy][tally]")
{
    test::TestDatabase db;
    fillRegister(db.log());
    test::execute(db.path(), "INSERT INTO district (id, name) VALUES (2, 'Vilnius');"
                             "INSERT INTO station (id, district_id, name) VALUES (2, 2, 'Medininkai');"
                             "INSERT INTO station (id, district_id, name) VALUES (3, 2, 'Šalčininkai');"
                             "UPDATE location SET station_id = 2 WHERE name = 'Medininkai';"
                             "UPDATE location SET station_id = 3 WHERE name = 'Šalčininkai';");
    auto log = db.reopen();
    const auto stations = log->reads().tally({}, TallyGrouping::Station);
    REQUIRE(stations.ok());
    REQUIRE(stations->rows().size() == 2);
    CHECK(stations->rows().first().key == QStringLiteral("Medininkai"));
    CHECK(stations->rows().first().persons == 15);
    CHECK(stations->rows().last().persons == 5);
    const auto districts = log->reads().tally({}, TallyGrouping::District);
    REQUIRE(districts.ok());
    REQUIRE(districts->rows().size() == 1);
    CHECK(districts->rows().first().key == QStringLiteral("Vilnius"));
    CHECK(districts->rows().first().incidents == 3);

    IncidentFilter vilnius;
    vilnius.district = QStringLiteral("Vilnius");
    CHECK(personsIn(log->reads().tally(vilnius, TallyGrouping::Day)) == 20);
    IncidentFilter salcininkai;
    salcininkai.station = QStringLiteral("Šalčininkai");
    CHECK(personsIn(log->reads().tally(salcininkai, TallyGrouping::Month)) == 5);
    CHECK(*log->reads().count(salcininkai) == 1);
    IncidentFilter nowhere;
    nowhere.district = QStringLiteral("Varėna");
    CHECK(*log->reads().count(nowhere) == 0);
    CHECK(personsIn(log->reads().tally(nowhere, TallyGrouping::Day)) == 0);
}
