// SPDX-License-Identifier: GPL-3.0-or-later
// The national incidents and tallies the server keeps from the sites' entries, against a real server.
#include "incidentlog.h"
#include "incidentsnapshot.h"
#include "pgconnection.h"
#include "serverschema.h"
#include "syncsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace borderlog;
using namespace borderlog::postgres;
using namespace borderlog::test::sync;

namespace {

const QString kLavoriskes = QStringLiteral("Lavoriškės");

// A location renamed (its incidents go with it).
void rename(IncidentLog &log, const QString &from, const QString &to)
{
    auto places = log.locations().hierarchy();
    REQUIRE(places.ok());
    for (const LocationRecord &location : places->locations) {
        if (location.name == from) {
            LocationRecord after = location;
            after.name = to;
            REQUIRE(log.locations().change(from, after).ok());
            return;
        }
    }
    FAIL("no location " << from.toStdString());
}

QList<Incident> drafts(int count, const QString &location, int persons = 2)
{
    QList<Incident> list;
    for (int i = 0; i < count; ++i) {
        Incident incident = test::draft(kDay.addDays(i % 100), location, QStringLiteral("AF"), persons + i);
        incident.id = QUuid::createUuid();
        incident.recordedBy = QStringLiteral("import");
        incident.recordedAt = QDateTime(kDay, QTime(12, 0), Qt::UTC);
        list << incident;
    }
    return list;
}

void checkNational(const test::TestServer &server, IncidentLog &log, const QString &site = kSite)
{
    checkServerHolds(server);
    CHECK(nationalIncidents(server, site) == localIncidents(log));
}

// A server in front of the real one that changes what the site stages: one snapshot altered, or the last piece
// of an import's incidents never sent.
class StagingTamperer final : public ForwardingServer
{
public:
    enum class Change {
        AlterOne,
        DropLastPiece,
    };
    StagingTamperer(RegisterServer &server, Change change)
        : ForwardingServer(server)
        , m_change(change)
    {}
    Result<PushAnswer> stageCreations(const QString &site, qint64 sequence, qint64 first,
                                      const QList<QByteArray> &snapshots) override
    {
        QList<QByteArray> sent = snapshots;
        if (m_change == Change::AlterOne) {
            sent.last().replace("\"AF\"", "\"SY\"");
        } else if (first > 1) {
            return PushAnswer{};
        }
        return m_server.stageCreations(site, sequence, first, sent);
    }

private:
    Change m_change;
};

} // namespace

TEST_CASE("The server keeps every change of a site's incidents, and tallies them", "[sync][national]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    setUp(server, {kSite});
    auto national = connectTo(server);
    test::TestDatabase site;
    record(site.log(), 3);
    auto imported = site.log().incidents().import(drafts(4, kLavoriskes));
    REQUIRE(imported.ok());
    REQUIRE(imported->added == 4);

    SECTION("recorded, imported, amended, removed and restored, all in one sync")
    {
        std::optional<Incident> importedOne;
        REQUIRE(site.log().reads().forEachIncident({}, [&](const Incident &incident) {
            importedOne = incident;
            return incident.location != kLavoriskes;
        }));
        REQUIRE(importedOne->location == kLavoriskes);
        Incident changed = *importedOne;
        changed.nationalities = {{QStringLiteral("AF"), 6, 2, 1, 3, 0}};
        changed.details.injured = 1;
        REQUIRE(site.log().incidents().amend(changed, QStringLiteral("counted again")).ok());
        const Incident gone = *site.log().incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("SY"), 9));
        REQUIRE(site.log().incidents().remove(gone.id, QStringLiteral("entered twice")).ok());
        const Incident back = *site.log().incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 4));
        REQUIRE(site.log().incidents().remove(back.id, QStringLiteral("by mistake")).ok());
        REQUIRE(site.log().incidents().restore(back.id, QStringLiteral("it was right")).ok());

        const SyncReport report = synced(site.log(), *national, kSite);
        CHECK(report.staged == 4);
        checkNational(server, site.log());
        CHECK(server.queryText("SELECT count(*) FROM borderlog.incident") == QStringLiteral("9"));
        CHECK(server.queryText("SELECT version FROM borderlog.incident WHERE id = '" + back.idText().toUtf8() + "'")
              == QStringLiteral("3"));
        CHECK(server.queryText("SELECT count(*) FROM borderlog.parked_change") == QStringLiteral("0"));
        CHECK(server.queryText("SELECT count(*) FROM borderlog.creation_stage") == QStringLiteral("0"));
    }
    SECTION("a location renamed and another merged into it, between two syncs")
    {
        synced(site.log(), *national, kSite);
        rename(site.log(), kLavoriskes, QStringLiteral("Lavoriškių užkarda"));
        record(site.log(), 1);
        REQUIRE(site.log().locations().merge(kMedininkai, QStringLiteral("Lavoriškių užkarda")).ok());
        synced(site.log(), *national);
        checkNational(server, site.log());
        CHECK(server.queryText("SELECT count(DISTINCT location) FROM borderlog.incident") == QStringLiteral("1"));
        CHECK(server.queryText("SELECT string_agg(DISTINCT location, ',') FROM borderlog.day_tally")
              == QStringLiteral("Lavoriškių užkarda"));
    }
    SECTION("an import after a rename stages its incidents under the names they were imported with")
    {
        rename(site.log(), kLavoriskes, QStringLiteral("Lavoriškių užkarda"));
        REQUIRE(site.log().incidents().import(drafts(2, QStringLiteral("Lavoriškių užkarda"), 7)).ok());
        const SyncReport report = synced(site.log(), *national, kSite);
        CHECK(report.staged == 6);
        checkNational(server, site.log());
    }
    SECTION("the tallies hold every person once")
    {
        synced(site.log(), *national, kSite);
        qint64 persons = 0;
        REQUIRE(site.log().reads().forEachIncident({}, [&](const Incident &incident) {
            persons += incident.groupSize();
            return true;
        }));
        CHECK(nationalPersons(server) == QString::number(persons));
        CHECK(server.queryText("SELECT sum(persons) FROM borderlog.month_tally WHERE nationality = ''")
              == QString::number(persons));
    }
}

TEST_CASE("An import's incidents go with its entry, and only those its entry pins apply", "[sync][national]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    setUp(server, {kSite});
    auto national = connectTo(server);
    test::TestDatabase site;
    record(site.log(), 1);
    REQUIRE(site.log().incidents().import(drafts(SiteSync::kStageSize + 5, kLavoriskes)).ok());

    SECTION("an altered snapshot is refused with the whole batch, and headquarters sees the alarm")
    {
        StagingTamperer tampered(*national, StagingTamperer::Change::AlterOne);
        const auto refused = site.log().sync().push(tampered, kSite);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("import entry")));
        CHECK(server.queryText("SELECT kind FROM borderlog.alarm") == QStringLiteral("incidents"));
        CHECK(server.queryText("SELECT applied_seq FROM borderlog.site") == QStringLiteral("0"));
        CHECK(server.queryText("SELECT count(*) FROM borderlog.incident") == QStringLiteral("0"));
        CHECK(server.queryText("SELECT count(*) FROM borderlog.day_tally") == QStringLiteral("0"));

        // The true ones, staged again over the altered one, apply.
        synced(site.log(), *national);
        checkNational(server, site.log());
    }
    SECTION("an import whose incidents the register no longer holds all of is said before anything is sent")
    {
        // Someone with the sqlite3 tool, the register's guard dropped first.
        test::execute(site.path(),
                      "DROP TRIGGER incident_no_delete; "
                      "DELETE FROM incident_nationality WHERE incident_id = (SELECT max(id) FROM incident); "
                      "DELETE FROM incident WHERE id = (SELECT max(id) FROM incident)");
        const auto refused = site.log().sync().push(*national, kSite);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.failure().kind == Failure::Kind::Refused);
        CHECK(refused.message().contains(QStringLiteral("changed outside the program")));
        CHECK(server.queryText("SELECT count(*) FROM borderlog.incident") == QStringLiteral("0"));
    }
    SECTION("incidents that did not all arrive leave the import unapplied until the next sync sends them")
    {
        StagingTamperer cut(*national, StagingTamperer::Change::DropLastPiece);
        const auto failed = site.log().sync().push(cut, kSite);
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.failure().kind == Failure::Kind::Storage);
        CHECK(server.queryText("SELECT count(*) FROM borderlog.alarm") == QStringLiteral("0"));
        CHECK(server.queryText("SELECT count(*) FROM borderlog.incident") == QStringLiteral("0"));
        synced(site.log(), *national);
        checkNational(server, site.log());
        CHECK(server.queryText("SELECT count(*) FROM borderlog.incident") == QString::number(SiteSync::kStageSize + 6));
    }
}

TEST_CASE("An incident another site created is parked at a second site, not counted twice", "[sync][national]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    const QString other = QStringLiteral("lavoriskes-1");
    setUp(server, {kSite, other});
    auto national = connectTo(server);
    test::TestDatabase first;
    test::TestDatabase second;
    const Incident recorded = *first.log().incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 5));
    synced(first.log(), *national, kSite);
    // The second station imported the first's export, as stations did before the national register.
    REQUIRE(second.log().incidents().import(QList<Incident>{recorded}).ok());
    Incident changed = recorded;
    changed.notes = QStringLiteral("seen from the second station");
    REQUIRE(second.log().incidents().amend(changed, QStringLiteral("our view")).ok());
    synced(second.log(), *national, other);

    checkServerHolds(server);
    CHECK(nationalIncidents(server, kSite) == localIncidents(first.log()));
    CHECK(nationalIncidents(server, other).isEmpty());
    CHECK(server.queryText("SELECT string_agg(reason, ',' ORDER BY seq) FROM borderlog.parked_change")
          == QStringLiteral("owned_elsewhere,owned_elsewhere"));
    CHECK(nationalPersons(server) == QStringLiteral("5"));
}

TEST_CASE("Entries the server held before it kept the national incidents apply when the site offers them again",
          "[sync][national][upgrade]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    {
        PgConnection connection(server.connection());
        ServerSchema::migrate(connection, 1);
        connection.execute("INSERT INTO borderlog.site (code, station) VALUES ($1, 'Medininkai')",
                           PgParameters().add(kSite));
    }
    test::TestDatabase site;
    record(site.log(), 3);
    REQUIRE(site.log().incidents().import(drafts(3, kLavoriskes)).ok());
    QList<AuditEntry> entries;
    REQUIRE(site.log().audit().forEach({}, [&](const AuditEntry &entry) {
        entries << entry;
        return true;
    }));
    {
        // Pushed by a program of schema 1, which kept the entries only.
        PgConnection connection(server.connection());
        const PgResult answer = connection.execute("SELECT status FROM borderlog.push_entries($1, $2::json)",
                                                   PgParameters().add(kSite).add(PgRegisterServer::batchJson(entries)));
        REQUIRE(answer.text(0, 0) == QStringLiteral("ok"));
        ServerSchema::migrate(connection);
    }
    auto national = connectTo(server);
    const SyncReport report = synced(site.log(), *national, kSite);
    CHECK(report.sent == 0);
    CHECK(report.staged == 3);
    checkNational(server, site.log());
    CHECK(server.queryText("SELECT applied_seq = head_seq FROM borderlog.site") == QStringLiteral("t"));
}

TEST_CASE("Only an import's entry takes staged incidents: rows staged under another entry's number are dropped",
          "[sync][national][forgery]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    setUp(server, {kSite});
    auto national = connectTo(server);
    test::TestDatabase site;
    record(site.log(), 1);
    synced(site.log(), *national, kSite);
    // Staged by hand under the number the site's next entry (an add) will have: an incident no entry pins.
    Incident forged = test::draft(kDay, kMedininkai, QStringLiteral("SY"), 40);
    forged.id = QUuid::createUuid();
    forged.recordedBy = QStringLiteral("nobody");
    forged.recordedAt = QDateTime(kDay, QTime(9, 0), Qt::UTC);
    const QByteArray staged =
        QJsonDocument(QJsonArray{QString::fromUtf8(IncidentSnapshot::of(forged))}).toJson(QJsonDocument::Compact);
    const qint64 next = localHead(site.log()).sequence + 1;
    PgConnection(server.connection())
        .execute("SELECT borderlog.stage_creations($1, $2::bigint, 2, $3::json)",
                 PgParameters().add(kSite).add(next).add(staged));
    record(site.log(), 1);
    REQUIRE(localHead(site.log()).sequence == next);
    synced(site.log(), *national);
    checkNational(server, site.log());
    CHECK(server.queryText("SELECT count(*) FROM borderlog.incident") == QStringLiteral("2"));
    CHECK(server.queryText("SELECT count(*) FROM borderlog.creation_stage") == QStringLiteral("0"));
}
