// SPDX-License-Identifier: GPL-3.0-or-later
// The national register opened as a register (PgRegister): the same reads give the same answers as the station's
// SQLite register they came from, against a real server.
#include "incidentcsv.h"
#include "pgregister.h"
#include "syncsupport.h"

#include <QThread>

#include <catch2/catch.hpp>

using namespace borderlog;
using namespace borderlog::postgres;
using namespace borderlog::test::sync;

namespace {

const QString kStation = QStringLiteral("Medininkų PKP");

// The station's register: the sample history, and incidents with the details and breakdowns of schema 8, one
// amended and one removed.
void fill(IncidentLog &log)
{
    const auto read = IncidentCsv::read(test::readFile(QStringLiteral(BORDERLOG_SAMPLE_CSV)),
                                        QStringLiteral("sample.csv"), QDate(2026, 1, 1).endOfDay());
    REQUIRE(read.problems.isEmpty());
    REQUIRE(log.incidents().import(read.incidents.mid(0, 4000)).ok());
    Incident family = test::draft(QDate(2021, 8, 3), kMedininkai, QStringLiteral("IQ"), 6);
    family.nationalities = {{QStringLiteral("IQ"), 6, 2, 1, 3, 0}, {QStringLiteral("SY"), 2}};
    family.details.detection = Detection::ThermalCamera;
    family.details.injured = 1;
    family.details.force = ForceType::PhysicalCoercion;
    family.time = QTime(23, 40);
    const Incident recorded = *log.incidents().record(family);
    Incident amended = recorded;
    amended.notes = QStringLiteral("found by the second patrol; \"quoted\" and\nbroken");
    REQUIRE(log.incidents().amend(amended, QStringLiteral("notes")).ok());
    const Incident gone = *log.incidents().record(test::draft(QDate(2021, 8, 3), kMedininkai, QStringLiteral("AF"), 3));
    REQUIRE(log.incidents().remove(gone.id, QStringLiteral("entered twice")).ok());
    record(log, 3);
}

std::unique_ptr<IncidentLog> openNational(const test::TestServer &server)
{
    auto opened = PgRegister::connect(server.address());
    INFO(opened.message().toStdString());
    REQUIRE(opened.ok());
    return std::make_unique<IncidentLog>(std::unique_ptr<RegisterStore>(std::move(opened).value()));
}

template <typename T>
T value(const Result<T> &result)
{
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    return *result;
}

QStringList lines(const IncidentReads &reads, const IncidentFilter &filter)
{
    QStringList out;
    REQUIRE(reads.forEachIncidentLine(filter, [&](const IncidentLine &line) {
        out << QStringList{QString::fromUtf8(line.incidentId),
                           QString::fromUtf8(line.date),
                           QString::fromUtf8(line.time),
                           QString::fromUtf8(line.location),
                           QString::fromUtf8(line.nationality),
                           QString::fromUtf8(line.persons),
                           QString::fromUtf8(line.outcome),
                           QString::fromUtf8(line.notes),
                           QString::fromUtf8(line.recordedAt),
                           QString::fromUtf8(line.men),
                           QString::fromUtf8(line.detection),
                           QString::fromUtf8(line.refusalReasons),
                           line.forceUsed ? QStringLiteral("force") : QString()}
                   .join(u'|');
        return true;
    }));
    return out;
}

QList<Incident> incidents(const IncidentReads &reads, const IncidentFilter &filter)
{
    QList<Incident> out;
    REQUIRE(reads.forEachIncident(filter, [&](const Incident &incident) {
        out << incident;
        return true;
    }));
    return out;
}

} // namespace

TEST_CASE("The national register answers every read as the station's own register does", "[national][contract]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    server.init();
    {
        auto admin = ServerAdministration::connect(server.address());
        REQUIRE(admin.ok());
        REQUIRE((*admin)->addSite(kSite, kStation).ok());
    }
    test::TestDatabase station;
    fill(station.log());
    {
        auto national = connectTo(server);
        synced(station.log(), *national, kSite);
    }
    auto national = openNational(server);
    const IncidentReads &mine = station.log().reads();
    const IncidentReads &theirs = national->reads();

    const QList<IncidentFilter> filters{
        {},
        {.from = QDate(2021, 7, 14), .to = QDate(2021, 9, 3)},
        {.from = QDate(2021, 8, 1), .to = QDate(2021, 8, 31)},
        {.nationality = QStringLiteral("IQ")},
        {.from = QDate(2020, 12, 30), .nationality = QStringLiteral("SY"), .outcome = Outcome::Detained},
        {.location = kMedininkai},
        {.outcome = Outcome::TurnedBack},
    };
    for (const IncidentFilter &filter : filters) {
        INFO("from " << filter.from.toString().toStdString() << " to " << filter.to.toString().toStdString() << " "
                     << filter.nationality.toStdString() << " " << filter.location.toStdString());
        for (const TallyGrouping grouping :
             {TallyGrouping::Day, TallyGrouping::Week, TallyGrouping::Month, TallyGrouping::Quarter,
              TallyGrouping::Year, TallyGrouping::Nationality, TallyGrouping::Location}) {
            INFO(tallyGroupingCode(grouping).toStdString());
            CHECK(value(theirs.tally(filter, grouping, TallyContent::WithBreakdown)).rows()
                  == value(mine.tally(filter, grouping, TallyContent::WithBreakdown)).rows());
        }
        CHECK(
            value(theirs.crossTally(filter, TallyDimension::of(TallyGrouping::Nationality), TallyDimension::outcome()))
                .rows()
            == value(mine.crossTally(filter, TallyDimension::of(TallyGrouping::Nationality), TallyDimension::outcome()))
                   .rows());
        CHECK(value(theirs.crossTally(filter, TallyDimension::of(TallyGrouping::Day),
                                      TallyDimension::of(TallyGrouping::Location)))
                  .rows()
              == value(mine.crossTally(filter, TallyDimension::of(TallyGrouping::Day),
                                       TallyDimension::of(TallyGrouping::Location)))
                     .rows());
        CHECK(value(theirs.count(filter)) == value(mine.count(filter)));
        CHECK(value(theirs.dailyCounts(filter)) == value(mine.dailyCounts(filter)));
        CHECK(value(theirs.forceCounts(filter)) == value(mine.forceCounts(filter)));
        CHECK(lines(theirs, filter) == lines(mine, filter));
        CHECK(incidents(theirs, filter) == incidents(mine, filter));
    }
    CHECK(value(theirs.dateSpan()) == value(mine.dateSpan()));

    SECTION("pages, from the start, after an incident, backwards, and from a row of a day")
    {
        for (const bool descending : {false, true}) {
            IncidentPageRequest request;
            request.descending = descending;
            request.limit = 37;
            const QList<Incident> first = value(theirs.page(request));
            CHECK(first == value(mine.page(request)));
            request.after = first.last();
            CHECK(value(theirs.page(request)) == value(mine.page(request)));
            request.after.reset();
            request.day = QDate(2021, 8, 3);
            request.skipInDay = 2;
            CHECK(value(theirs.page(request)) == value(mine.page(request)));
            request.skipInDay = 0;
            CHECK(value(theirs.page(request)) == value(mine.page(request)));
        }
    }
    SECTION("one incident found by its id, and a removed one only as removed")
    {
        const Incident some = value(mine.page({})).first();
        CHECK(value(national->reads().find(some.id)) == std::optional<Incident>(some));
    }
    SECTION("the station is the site's, in the one district the national register knows")
    {
        CHECK(value(theirs.count({.station = kStation})) == value(mine.count({})));
        CHECK(value(theirs.count({.station = QStringLiteral("Lavoriškių PKP")})) == 0);
        CHECK(value(theirs.count({.district = LocationHierarchy::unassigned()})) == value(mine.count({})));
        CHECK(value(theirs.count({.district = QStringLiteral("Vilniaus pasienio rinktinė")})) == 0);
        const QList<TallyRow> districts = value(theirs.tally({}, TallyGrouping::District)).rows();
        REQUIRE(districts.size() == 1);
        CHECK(districts.first().key == LocationHierarchy::unassigned());
        CHECK(districts.first().incidents == value(mine.count({})));
        const LocationHierarchy places = value(national->locations().hierarchy());
        REQUIRE(places.stations.size() == 1);
        CHECK(places.stations.first().name == kStation);
    }
}

TEST_CASE("The national register refuses what it does not do yet, saying so", "[national]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    setUp(server, {kSite});
    auto national = openNational(server);

    const auto recorded = national->incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 2));
    REQUIRE_FALSE(recorded.ok());
    INFO(recorded.message().toStdString());
    CHECK(recorded.failure().kind == Failure::Kind::Refused);
    CHECK(recorded.message().contains(QStringLiteral("through the stations' syncs")));
    CHECK(server.queryText("SELECT count(*) FROM borderlog.incident") == QStringLiteral("0"));

    const auto verified = national->audit().verify();
    REQUIRE_FALSE(verified.ok());
    CHECK(verified.message().contains(QStringLiteral("server check")));
}

TEST_CASE("The national register hears each site's sync as it commits, without asking the server", "[national][live]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    setUp(server, {kSite});
    auto reader = openNational(server);
    RegisterUpkeep &upkeep = reader->upkeep();
    const qint64 before = value(upkeep.externalChangeCounter());

    test::TestDatabase station;
    record(station.log(), 2);
    auto national = connectTo(server);
    synced(station.log(), *national, kSite);
    // The notification travels after the commit; the reader's socket has it within moments.
    qint64 after = before;
    for (int i = 0; i < 50 && after == before; ++i) {
        QThread::msleep(20);
        after = value(upkeep.externalChangeCounter());
    }
    CHECK(after > before);
    CHECK(value(reader->reads().count({})) == 2);
    // Nothing new, nothing heard.
    QThread::msleep(100);
    CHECK(value(upkeep.externalChangeCounter()) == after);
}
