// SPDX-License-Identifier: GPL-3.0-or-later
// Districts, stations and locations kept by an admin: renames, moves, merges and retirement, each audited;
// incidents and tallies follow them, and `audit verify` still holds, or names what was forged.
#include "incidentlog.h"
#include "testdatabase.h"

using namespace borderlog;
using test::placed;

namespace {

const QDate kDay(2021, 8, 2);
const QString kVilnius = QStringLiteral("Vilnius");
const QString kMedininkai = QStringLiteral("Medininkai");

// Vilnius district with Medininkai station; locations "Medininkai checkpoint" (two incidents, one of them
// imported) and "Medininkų pt" (a typo of it: one incident recorded, one imported, one removed), and the
// first day signed off.
void fillRegister(IncidentLog &log)
{
    REQUIRE(log.locations().addDistrict(DistrictRecord{kVilnius, QStringLiteral("VPR"), false}).ok());
    REQUIRE(log.locations().addStation(StationRecord{kVilnius, kMedininkai, {}, false}).ok());
    REQUIRE(log.locations().add(placed(QStringLiteral("Medininkai checkpoint"), kVilnius, kMedininkai)).ok());
    REQUIRE(log.incidents()
                .record(test::draft(kDay, QStringLiteral("Medininkai checkpoint"), QStringLiteral("IQ"), 7))
                .ok());
    REQUIRE(
        log.incidents()
            .import(QList<Incident>{test::draft(kDay, QStringLiteral("Medininkai checkpoint"), QStringLiteral("SY"), 4),
                                    test::draft(kDay, QStringLiteral("Medininkų pt"), QStringLiteral("AF"), 2)})
            .ok());
    const auto typo =
        log.incidents().record(test::draft(kDay.addDays(1), QStringLiteral("Medininkų pt"), QStringLiteral("IQ"), 3));
    REQUIRE(typo.ok());
    const auto removed =
        log.incidents().record(test::draft(kDay.addDays(1), QStringLiteral("Medininkų pt"), QStringLiteral("IQ"), 9));
    REQUIRE(removed.ok());
    REQUIRE(log.incidents().remove(removed->id, QStringLiteral("recorded twice")).ok());
    REQUIRE(log.days().signOff(kDay).ok());
}

qint64 personsAt(IncidentLog &log, const QString &location)
{
    const auto tally = log.reads().tally({}, TallyGrouping::Location);
    REQUIRE(tally.ok());
    for (const auto &row : tally->rows()) {
        if (row.key == location) {
            return row.persons;
        }
    }
    return 0;
}

void requireVerified(IncidentLog &log)
{
    const auto verified = log.audit().verify();
    REQUIRE(verified.ok());
    INFO((verified->problems.isEmpty() ? QString() : verified->problems.first().message).toStdString());
    CHECK(verified->ok());
}

QString firstProblem(IncidentLog &log)
{
    const auto verified = log.audit().verify();
    REQUIRE(verified.ok());
    return verified->problems.isEmpty() ? QString() : verified->problems.first().message;
}

} // namespace

TEST_CASE("A renamed location keeps its incidents and tallies under the new name, and the trail still verifies",
          "[places][audit]")
{
    test::TestDatabase db;
    IncidentLog &log = db.log();
    fillRegister(log);
    LocationRecord renamed = placed(QStringLiteral("Medininkai BCP"), kVilnius, kMedininkai);
    renamed.code = QStringLiteral("MED-1");
    renamed.latitude = 54.5389;
    renamed.longitude = 25.6425;
    REQUIRE(log.locations().change(QStringLiteral("medininkai CHECKPOINT"), renamed).ok());

    CHECK(personsAt(log, QStringLiteral("Medininkai BCP")) == 11);
    CHECK(personsAt(log, QStringLiteral("Medininkai checkpoint")) == 0);
    const auto tree = log.locations().hierarchy();
    REQUIRE(tree.ok());
    const LocationRecord *stored = tree->location(QStringLiteral("Medininkai BCP"));
    REQUIRE(stored != nullptr);
    CHECK(*stored == renamed);
    requireVerified(log);

    // An amendment after the rename starts from values recorded under the old name: both kinds of creation.
    IncidentPageRequest all;
    all.limit = 100;
    const auto incidents = log.reads().page(all);
    REQUIRE(incidents.ok());
    REQUIRE(log.days().reopen(kDay, QStringLiteral("late correction")).ok());
    for (Incident incident : *incidents) {
        if (incident.location == QStringLiteral("Medininkai BCP")) {
            incident.notes = QStringLiteral("checked");
            REQUIRE(log.incidents().amend(incident).ok());
        }
    }
    requireVerified(log);
    // The old name is free again, for a new location.
    REQUIRE(log.locations().add(QStringLiteral("Medininkai checkpoint")).ok());
    requireVerified(log);
    CHECK(test::aggregatesMatchRecount(db.path()));
}

TEST_CASE("A merge moves every incident of a location, signed days too, and its name files under the other",
          "[places][audit]")
{
    test::TestDatabase db;
    IncidentLog &log = db.log();
    fillRegister(log);
    const auto signedBefore = log.days().status(kDay);
    REQUIRE(log.locations().merge(QStringLiteral("Medininkų pt"), QStringLiteral("Medininkai checkpoint")).ok());

    CHECK(personsAt(log, QStringLiteral("Medininkai checkpoint")) == 16);
    CHECK(personsAt(log, QStringLiteral("Medininkų pt")) == 0);
    CHECK(test::queryText(db.path(), "SELECT count(*) FROM incident i JOIN location l ON l.id = i.location_id "
                                     "WHERE l.name = 'Medininkų pt'")
          == QStringLiteral("0"));
    CHECK(test::aggregatesMatchRecount(db.path()));
    CHECK(log.days().status(kDay)->value().persons == signedBefore->value().persons);
    CHECK_FALSE(log.reads().locations()->contains(QStringLiteral("Medininkų pt")));
    // Filtered by the merged name, the list and the tallies show the location it went into.
    IncidentFilter byAlias;
    byAlias.location = QStringLiteral("Medininkų pt");
    CHECK(*log.reads().count(byAlias) == 4);
    const auto aliasTally = log.reads().tally(byAlias, TallyGrouping::Day);
    REQUIRE(aliasTally.ok());
    CHECK(aliasTally->total().persons == 16);
    requireVerified(log);

    // The merged name is an alias: an incident typed under it is filed under the location it went into.
    const auto typed =
        log.incidents().record(test::draft(kDay.addDays(2), QStringLiteral("medininkų PT"), QStringLiteral("IQ"), 1));
    REQUIRE(typed.ok());
    CHECK(typed->location == QStringLiteral("Medininkai checkpoint"));
    // The removed incident went along: restored, it stands at the location it was merged into.
    requireVerified(log);
    CHECK(log.locations()
              .change(QStringLiteral("Medininkų pt"), placed(QStringLiteral("X"), kVilnius, kMedininkai))
              .failure()
              .kind
          == Failure::Kind::Refused);
}

TEST_CASE("Location changes break no rule: each broken one names its field and nothing changes", "[places][rules]")
{
    test::TestDatabase db;
    IncidentLog &log = db.log();
    fillRegister(log);
    const auto head = log.audit().head();
    auto fieldOf = [](const Result<void> &result) {
        REQUIRE_FALSE(result.ok());
        REQUIRE_FALSE(result.failure().fields.isEmpty());
        return result.failure().fields.first().field;
    };
    CHECK(fieldOf(log.locations().change(QStringLiteral("Medininkai checkpoint"),
                                         placed(QStringLiteral("MEDININKŲ PT"), kVilnius, kMedininkai)))
          == QStringLiteral("location"));
    CHECK(fieldOf(log.locations().change(
              QStringLiteral("Medininkai checkpoint"),
              placed(QStringLiteral("Medininkai checkpoint"), kVilnius, QStringLiteral("Kabeliai"))))
          == QStringLiteral("station"));
    LocationRecord halfPlaced = placed(QStringLiteral("Medininkai checkpoint"), kVilnius, kMedininkai);
    halfPlaced.latitude = 54.5;
    CHECK(fieldOf(log.locations().change(QStringLiteral("Medininkai checkpoint"), halfPlaced))
          == QStringLiteral("longitude"));
    halfPlaced.longitude = 200.0;
    CHECK(fieldOf(log.locations().change(QStringLiteral("Medininkai checkpoint"), halfPlaced))
          == QStringLiteral("longitude"));
    LocationRecord longCode = placed(QStringLiteral("Medininkai checkpoint"), kVilnius, kMedininkai);
    longCode.code = QString(17, u'X');
    CHECK(fieldOf(log.locations().change(QStringLiteral("Medininkai checkpoint"), longCode)) == QStringLiteral("code"));
    CHECK(
        fieldOf(log.locations().merge(QStringLiteral("Medininkai checkpoint"), QStringLiteral("MEDININKAI checkpoint")))
        == QStringLiteral("location"));
    CHECK(fieldOf(log.locations().addStation(
              StationRecord{QStringLiteral("Varėna"), QStringLiteral("Puvočiai"), {}, false}))
          == QStringLiteral("district"));
    CHECK(fieldOf(log.locations().changeStation(kVilnius, kMedininkai,
                                                StationRecord{kVilnius, QStringLiteral(" "), {}, false}))
          == QStringLiteral("station"));
    CHECK(log.audit().head()->toString() == head->toString());
}

TEST_CASE("Places and incidents moved with the sqlite3 tool are caught by audit verify", "[places][audit][forgery]")
{
    test::TestDatabase db;
    fillRegister(db.log());
    REQUIRE(db.log().locations().addStation(StationRecord{kVilnius, QStringLiteral("Šumskas"), {}, false}).ok());
    REQUIRE(db.log().locations().merge(QStringLiteral("Medininkų pt"), QStringLiteral("Medininkai checkpoint")).ok());
    requireVerified(db.log());

    SECTION("an incident moved to another location")
    {
        REQUIRE(db.log().locations().add(QStringLiteral("Šumsko pt")).ok());
        test::execute(db.path(), "UPDATE incident SET location_id = (SELECT id FROM location WHERE name = 'Šumsko pt') "
                                 "WHERE id = (SELECT min(id) FROM incident)");
    }
    SECTION("an imported incident moved to another location")
    {
        REQUIRE(db.log().locations().add(QStringLiteral("Šumsko pt")).ok());
        test::execute(db.path(), "UPDATE incident SET location_id = (SELECT id FROM location WHERE name = 'Šumsko pt') "
                                 "WHERE created_by_entry = (SELECT min(created_by_entry) FROM incident WHERE "
                                 "created_by_entry > 0 AND uuid NOT IN (SELECT incident_id FROM audit_entry))");
    }
    SECTION("a location moved to another station")
    {
        test::execute(db.path(), "UPDATE location SET station_id = (SELECT id FROM station WHERE name = 'Šumskas') "
                                 "WHERE name = 'Medininkai checkpoint'");
    }
    SECTION("a location renamed")
    {
        test::execute(db.path(), "UPDATE location SET name = 'Medininkai' WHERE name = 'Medininkai checkpoint'");
    }
    SECTION("a merge undone")
    {
        test::execute(db.path(), "UPDATE location SET merged_into = NULL WHERE name = 'Medininkų pt'");
    }
    SECTION("a station retired")
    {
        test::execute(db.path(), "UPDATE station SET retired = 1 WHERE name = 'Medininkai'");
    }
    SECTION("a district's code changed")
    {
        test::execute(db.path(), "UPDATE district SET code = 'X' WHERE name = 'Vilnius'");
    }
    const auto reopened = db.reopen();
    const QString problem = firstProblem(*reopened);
    INFO(problem.toStdString());
    CHECK(problem.contains(QStringLiteral("outside the program")));
}
