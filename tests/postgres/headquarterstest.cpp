// SPDX-License-Identifier: GPL-3.0-or-later
// Headquarters' own changes on the national register: sealed onto the server's chain, pulled by the station that
// owns the incident, and conflicts with the station's own changes parked and settled, against a real server.
#include "auditentry.h"
#include "auditpayload.h"
#include "incidentsnapshot.h"
#include "parkedconflicts.h"
#include "pgconnection.h"
#include "pgerror.h"
#include "pgregister.h"
#include "serverschema.h"
#include "syncsupport.h"

#include <catch2/catch.hpp>

using namespace borderlog;
using namespace borderlog::postgres;
using namespace borderlog::test::sync;

namespace {

std::unique_ptr<IncidentLog> openNational(const ServerAddress &address)
{
    auto opened = PgRegister::connect(address);
    INFO(opened.message().toStdString());
    REQUIRE(opened.ok());
    return std::make_unique<IncidentLog>(std::unique_ptr<RegisterStore>(std::move(opened).value()));
}

Incident nationalIncident(IncidentLog &national, const QUuid &id)
{
    auto found = national.reads().find(id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return **found;
}

void verified(IncidentLog &log)
{
    const auto verification = log.audit().verify();
    REQUIRE(verification.ok());
    QStringList problems;
    for (const auto &problem : verification->problems) {
        problems << problem.message;
    }
    INFO(problems.join(u'\n').toStdString());
    CHECK(verification->ok());
}

QList<AuditEntry> trail(IncidentLog &log)
{
    QList<AuditEntry> entries;
    REQUIRE(log.audit()
                .forEach({},
                         [&](const AuditEntry &e) {
                             entries << e;
                             return true;
                         })
                .ok());
    return entries;
}

// A server whose pull hands out one entry per call and breaks on the `breakAt`-th call.
class BreakingPull final : public ForwardingServer
{
public:
    BreakingPull(RegisterServer &server, int breakAt)
        : ForwardingServer(server)
        , m_breakAt(breakAt)
    {}
    Result<PullAnswer> pull(const QString &site, qint64 after, int) override
    {
        if (++m_pulls == m_breakAt) {
            return Failure::storage(QStringLiteral("the link was cut"));
        }
        return m_server.pull(site, after, 1);
    }

private:
    int m_breakAt;
    int m_pulls = 0;
};

// A server that changes what headquarters' entries say on the way.
class ForgingPull final : public ForwardingServer
{
public:
    using ForwardingServer::ForwardingServer;
    Result<PullAnswer> pull(const QString &site, qint64 after, int limit) override
    {
        auto answer = m_server.pull(site, after, limit);
        if (answer.ok()) {
            PullAnswer forged = *answer;
            for (AuditEntry &entry : forged.entries) {
                entry.reason += QStringLiteral(" (and more)");
            }
            return forged;
        }
        return answer;
    }
};

} // namespace

TEST_CASE("Headquarters amends a station's incident with a reason, and the station takes the change", "[headquarters]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    setUp(server, {kSite});
    auto link = connectTo(server);
    test::TestDatabase site;
    record(site.log(), 3);
    const Incident mine = *site.log().incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("SY"), 2));
    synced(site.log(), *link, kSite);
    auto national = openNational(server.address());

    Incident changed = nationalIncident(*national, mine.id);
    changed.outcome = Outcome::Detained;
    changed.nationalities = {{QStringLiteral("SY"), 5}};

    SECTION("without a reason: refused, naming the field, and nothing changes")
    {
        const auto refused = national->incidents().amend(changed, QString());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.failure().kind == Failure::Kind::Invalid);
        CHECK(refused.failure().fields.value(0).field == QStringLiteral("reason"));
        CHECK(server.queryText("SELECT count(*) FROM borderlog.server_entry") == QStringLiteral("0"));
    }
    SECTION("amended, removed and restored: each on the server's chain, each taken by the station")
    {
        REQUIRE(national->incidents().amend(changed, QStringLiteral("counted again at the camp")).ok());
        CHECK(server.queryText("SELECT \"user\" = current_user AND reason = 'counted again at the camp' FROM "
                               "borderlog.server_entry WHERE seq = 1")
              == QStringLiteral("t"));
        CHECK(nationalPersons(server) == QStringLiteral("17")); // 3 + 4 + 5, and 5 now

        SyncReport report = synced(site.log(), *link);
        CHECK(report.pulled == 1);
        CHECK(localIncidents(site.log()) == nationalIncidents(server, kSite));
        const AuditEntry taken = trail(site.log()).constLast();
        CHECK(taken.action == AuditAction::NationalChange);
        CHECK(taken.reason == QStringLiteral("counted again at the camp"));
        CHECK(taken.user == server.queryText("SELECT current_user"));
        CHECK(report.acknowledged.sequence == taken.sequence); // sent back at once
        CHECK(server.queryText("SELECT taken_seq FROM borderlog.incident WHERE id = '" + mine.idText().toLatin1() + "'")
              == QStringLiteral("1"));

        report = synced(site.log(), *link);
        CHECK(report.pulled == 0);
        CHECK(report.sent == 0);

        REQUIRE(national->incidents().remove(mine.id, QStringLiteral("a duplicate of the patrol's report")).ok());
        REQUIRE(national->incidents().restore(mine.id, QStringLiteral("not a duplicate after all")).ok());
        CHECK(synced(site.log(), *link).pulled == 2);
        CHECK(localIncidents(site.log()) == nationalIncidents(server, kSite));
        verified(site.log());
        checkServerHolds(server);

        // The station's own change after it took headquarters' applies as any other.
        Incident again = nationalIncident(*national, mine.id);
        again.notes = QStringLiteral("checked at the station");
        REQUIRE(site.log().incidents().amend(again, QStringLiteral("notes")).ok());
        synced(site.log(), *link);
        CHECK(localIncidents(site.log()) == nationalIncidents(server, kSite));
        CHECK(server.queryText("SELECT count(*) FROM borderlog.parked_change") == QStringLiteral("0"));
    }
    SECTION("a day its station signed off: refused until the station reopens it")
    {
        REQUIRE(site.log().days().signOff(kDay).ok());
        synced(site.log(), *link);
        const auto refused = national->incidents().amend(changed, QStringLiteral("counted again"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.failure().kind == Failure::Kind::Refused);
        CHECK(refused.message().contains(QStringLiteral("signed off")));
        CHECK(server.queryText("SELECT count(*) FROM borderlog.server_entry") == QStringLiteral("0"));

        REQUIRE(site.log().days().reopen(kDay, QStringLiteral("headquarters recounts")).ok());
        synced(site.log(), *link);
        REQUIRE(national->incidents().amend(changed, QStringLiteral("counted again")).ok());
        CHECK(synced(site.log(), *link).pulled == 1);
        verified(site.log());
    }
    SECTION("from a version read before someone else's change: refused, nothing sealed")
    {
        Incident stale = nationalIncident(*national, mine.id);
        REQUIRE(national->incidents().amend(changed, QStringLiteral("counted again")).ok());
        stale.notes = QStringLiteral("late");
        const auto refused = national->incidents().amend(stale, QStringLiteral("notes"), stale);
        REQUIRE_FALSE(refused.ok());
        CHECK(server.queryText("SELECT count(*) FROM borderlog.server_entry") == QStringLiteral("1"));
    }
}

TEST_CASE("A station's change made before it took headquarters' is parked as a conflict and settled by a supervisor",
          "[headquarters][conflict]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    setUp(server, {kSite});
    auto link = connectTo(server);
    test::TestDatabase site;
    const Incident mine = *site.log().incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 4));
    synced(site.log(), *link, kSite);
    auto national = openNational(server.address());

    Incident atHeadquarters = nationalIncident(*national, mine.id);
    atHeadquarters.outcome = Outcome::AsylumRequest;
    REQUIRE(national->incidents().amend(atHeadquarters, QStringLiteral("asked for asylum at the camp")).ok());
    Incident atStation = mine;
    atStation.nationalities = {{QStringLiteral("IQ"), 6}};
    REQUIRE(site.log().incidents().amend(atStation, QStringLiteral("two more found")).ok());

    const SyncReport report = synced(site.log(), *link);
    CHECK(report.pulled == 1);
    // The national version stands, at the station too; the station's change is kept and parked, with both versions.
    CHECK(localIncidents(site.log()) == nationalIncidents(server, kSite));
    CHECK(nationalIncident(*national, mine.id).outcome == Outcome::AsylumRequest);
    CHECK(nationalIncident(*national, mine.id).groupSize() == 4);
    auto desk = ParkedConflicts::connect(server.address());
    REQUIRE(desk.ok());
    auto open = (*desk)->open();
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    const NationalConflict conflict = open->first();
    CHECK(conflict.site == kSite);
    CHECK(conflict.incidentId == mine.idText());
    CHECK(IncidentSnapshot::read(conflict.siteVersion)->incident.groupSize() == 6);
    CHECK(IncidentSnapshot::read(conflict.nationalVersion)->incident.outcome == Outcome::AsylumRequest);
    verified(site.log());
    checkServerHolds(server);

    SECTION("keeping the site's version: headquarters' change, taken back by the station")
    {
        CHECK_FALSE((*desk)->keepSiteVersion(conflict.id, QString()).ok());
        const auto kept = (*desk)->keepSiteVersion(conflict.id, QStringLiteral("the station counted at the scene"));
        INFO(kept.message().toStdString());
        REQUIRE(kept.ok());
        CHECK(nationalIncident(*national, mine.id).groupSize() == 6);
        CHECK(nationalIncident(*national, mine.id).outcome == mine.outcome);
        CHECK(synced(site.log(), *link).pulled == 1);
        CHECK(localIncidents(site.log()) == nationalIncidents(server, kSite));
        CHECK((*desk)->open()->isEmpty());
        CHECK_FALSE((*desk)->keepSiteVersion(conflict.id, QStringLiteral("again")).ok());
    }
    SECTION("the incident changed since the conflict was parked: the site's old version is not put back")
    {
        Incident later = nationalIncident(*national, mine.id);
        later.notes = QStringLiteral("seen again at the station");
        REQUIRE(site.log().incidents().amend(later, QStringLiteral("notes")).ok());
        synced(site.log(), *link);
        CHECK(nationalIncident(*national, mine.id).notes == later.notes);
        CHECK_FALSE((*desk)->keepSiteVersion(conflict.id, QStringLiteral("the station counted at the scene")).ok());
        CHECK(nationalIncident(*national, mine.id).notes == later.notes);
        REQUIRE(
            (*desk)->keepNationalVersion(conflict.id, QStringLiteral("overtaken by the station's own change")).ok());
    }
    SECTION("keeping the national version: nothing changes, the conflict is settled with who and why")
    {
        REQUIRE((*desk)->keepNationalVersion(conflict.id, QStringLiteral("the camp's count is the right one")).ok());
        CHECK((*desk)->open()->isEmpty());
        CHECK(server.queryText("SELECT settled_as || '|' || settled_reason FROM borderlog.parked_change")
              == QStringLiteral("national|the camp's count is the right one"));
        CHECK(synced(site.log(), *link).pulled == 0);
    }
    verified(site.log());
    checkServerHolds(server);
}

TEST_CASE("Taking headquarters' changes survives a cut link and refuses a forged entry", "[headquarters][pull]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    setUp(server, {kSite});
    auto link = connectTo(server);
    test::TestDatabase site;
    const Incident mine = *site.log().incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 4));
    synced(site.log(), *link, kSite);
    auto national = openNational(server.address());
    for (int persons = 5; persons <= 7; ++persons) {
        Incident changed = nationalIncident(*national, mine.id);
        changed.nationalities = {{QStringLiteral("IQ"), persons}};
        REQUIRE(national->incidents().amend(changed, QStringLiteral("recounted")).ok());
    }

    SECTION("cut during the pull: the next sync takes the rest, none twice")
    {
        BreakingPull breaking(*link, 2);
        CHECK_FALSE(site.log().sync().push(breaking, {}).ok());
        CHECK(site.log().sync().joined()->value().pulled == 1);
        CHECK(synced(site.log(), *link).pulled == 2);
        CHECK(localIncidents(site.log()) == nationalIncidents(server, kSite));
        int taken = 0;
        for (const AuditEntry &entry : trail(site.log())) {
            taken += entry.action == AuditAction::NationalChange ? 1 : 0;
        }
        CHECK(taken == 3);
        CHECK(server.queryText("SELECT taken_seq FROM borderlog.incident") == QStringLiteral("3"));
        verified(site.log());
        checkServerHolds(server);
    }
    SECTION("an entry whose content is not its hash: nothing taken, the station says so")
    {
        ForgingPull forging(*link);
        const auto refused = site.log().sync().push(forging, {});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("hash")));
        CHECK(site.log().sync().joined()->value().pulled == 0);
        CHECK(localIncidents(site.log()) != nationalIncidents(server, kSite));
    }
}

TEST_CASE("Only a headquarters login changes incidents on the national register", "[headquarters][roles]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    setUp(server, {kSite});
    auto link = connectTo(server);
    test::TestDatabase site;
    const Incident mine = *site.log().incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 4));
    synced(site.log(), *link, kSite);
    const test::TestRole analyst;
    const test::TestRole supervisor;
    server.execute("GRANT borderlog_analyst TO " + analyst.name() + "; GRANT borderlog_headquarters TO "
                   + supervisor.name());

    auto asAnalyst = openNational(server.addressAs(analyst.name()));
    Incident changed = nationalIncident(*asAnalyst, mine.id);
    changed.outcome = Outcome::Detained;
    const auto refused = asAnalyst->incidents().amend(changed, QStringLiteral("detained"));
    REQUIRE_FALSE(refused.ok());
    CHECK(server.queryText("SELECT count(*) FROM borderlog.server_entry") == QStringLiteral("0"));

    auto asSupervisor = openNational(server.addressAs(supervisor.name()));
    const auto amended = asSupervisor->incidents().amend(changed, QStringLiteral("detained"));
    INFO(amended.message().toStdString());
    REQUIRE(amended.ok());
    CHECK(server.queryText("SELECT \"user\" FROM borderlog.server_entry") == QString::fromLatin1(supervisor.name()));
    // Neither can write the tables themselves.
    PgConnection direct(server.connectionAs(supervisor.name()));
    CHECK_THROWS_AS(direct.execute("UPDATE borderlog.incident SET notes = 'x'"), PgError);
    CHECK_THROWS_AS(direct.execute("DELETE FROM borderlog.server_entry"), PgError);
}

TEST_CASE("A national register of schema 2 knows, once upgraded, the days its sites signed off",
          "[headquarters][upgrade]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    {
        PgConnection connection(server.connection());
        ServerSchema::migrate(connection, 2);
        connection.execute("INSERT INTO borderlog.site (code, station) VALUES ($1, 'Medininkai')",
                           PgParameters().add(kSite));
    }
    test::TestDatabase site;
    const Incident mine = *site.log().incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 4));
    const QDate other = kDay.addDays(1);
    record(site.log(), 1);
    REQUIRE(site.log().incidents().record(test::draft(other, kMedininkai, QStringLiteral("SY"), 2)).ok());
    REQUIRE(site.log().days().signOff(kDay).ok());
    REQUIRE(site.log().days().signOff(other).ok());
    REQUIRE(site.log().days().reopen(other, QStringLiteral("a late report")).ok());
    // Pushed by a program of schema 2, which knew no signed days on the server.
    QList<AuditEntry> entries = trail(site.log());
    {
        PgConnection connection(server.connection());
        REQUIRE(connection
                    .execute("SELECT status FROM borderlog.push_entries($1, $2::json)",
                             PgParameters().add(kSite).add(PgRegisterServer::batchJson(entries)))
                    .text(0, 0)
                == QStringLiteral("ok"));
        ServerSchema::migrate(connection);
    }
    CHECK(server.queryText("SELECT string_agg(day::text, ',') FROM borderlog.site_signed_day")
          == kDay.toString(Qt::ISODate));
    auto national = openNational(server.address());
    Incident changed = nationalIncident(*national, mine.id);
    changed.outcome = Outcome::Detained;
    CHECK_FALSE(national->incidents().amend(changed, QStringLiteral("detained")).ok());
    auto link = connectTo(server);
    synced(site.log(), *link, kSite);
    checkServerHolds(server);
}

TEST_CASE("A change of headquarters' the station cannot take is declined, told to headquarters, and sent again later",
          "[headquarters][declined]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    setUp(server, {kSite});
    auto link = connectTo(server);
    test::TestDatabase site;
    const Incident mine = *site.log().incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 4));
    const Incident other =
        *site.log().incidents().record(test::draft(kDay.addDays(1), kMedininkai, QStringLiteral("SY"), 2));
    synced(site.log(), *link, kSite);
    auto national = openNational(server.address());
    // Signed at the station after its last sync: the server does not know it yet.
    REQUIRE(site.log().days().signOff(kDay).ok());
    Incident changed = nationalIncident(*national, mine.id);
    changed.outcome = Outcome::Detained;
    REQUIRE(national->incidents().amend(changed, QStringLiteral("detained at the camp")).ok());
    Incident otherChanged = nationalIncident(*national, other.id);
    otherChanged.notes = QStringLiteral("seen by the camera");
    REQUIRE(national->incidents().amend(otherChanged, QStringLiteral("notes from the camera")).ok());

    // The sync does not stall on it: the next change is taken.
    SyncReport report = synced(site.log(), *link);
    REQUIRE(report.declined.size() == 1);
    CHECK(report.declined.first().contains(QStringLiteral("signed off")));
    CHECK(report.pulled == 1);
    CHECK(site.log().reads().find(other.id)->value().notes == otherChanged.notes);
    auto desk = ParkedConflicts::connect(server.address());
    REQUIRE(desk.ok());
    auto open = (*desk)->open();
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    CHECK(open->first().kind == NationalConflict::Kind::NotTaken);
    CHECK(open->first().detail.contains(QStringLiteral("signed off")));
    CHECK_FALSE((*desk)->keepSiteVersion(open->first().id, QStringLiteral("the station's")).ok());
    CHECK(synced(site.log(), *link).declined.isEmpty()); // told once, not again

    REQUIRE(site.log().days().reopen(kDay, QStringLiteral("headquarters' change")).ok());
    // Not sent again before the server knows the day is open.
    CHECK_FALSE((*desk)->keepNationalVersion(open->first().id, QStringLiteral("send it again")).ok());
    synced(site.log(), *link);
    const auto sentAgain = (*desk)->keepNationalVersion(open->first().id, QStringLiteral("send it again"));
    INFO(sentAgain.message().toStdString());
    REQUIRE(sentAgain.ok());
    CHECK((*desk)->open()->isEmpty());
    report = synced(site.log(), *link);
    CHECK(report.pulled == 1);
    CHECK(report.declined.isEmpty());
    CHECK(localIncidents(site.log()) == nationalIncidents(server, kSite));
    // Taken: the station's next change applies, not parked as a conflict with the change it declined.
    CHECK(server.queryText("SELECT taken_seq = national_seq FROM borderlog.incident WHERE id = '"
                           + mine.idText().toLatin1() + "'")
          == QStringLiteral("t"));
    Incident later = site.log().reads().find(mine.id)->value();
    later.notes = QStringLiteral("checked again");
    REQUIRE(site.log().incidents().amend(later, QStringLiteral("notes")).ok());
    synced(site.log(), *link);
    CHECK((*desk)->open()->isEmpty());
    CHECK(localIncidents(site.log()) == nationalIncidents(server, kSite));
    verified(site.log());
    checkServerHolds(server);
}

TEST_CASE("A change the station was handed by something other than the national register raises an alarm there",
          "[headquarters][forgery]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    setUp(server, {kSite});
    auto link = connectTo(server);
    test::TestDatabase site;
    const Incident mine = *site.log().incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 4));
    synced(site.log(), *link, kSite);

    // A server that answers the national register's id and hands out a well-sealed change nobody at headquarters made.
    class Impostor final : public ForwardingServer
    {
    public:
        Impostor(RegisterServer &server, const Incident &incident)
            : ForwardingServer(server)
            , m_incident(incident)
        {}
        Result<PullAnswer> pull(const QString &, qint64 after, int) override
        {
            PullAnswer answer;
            if (after > 0) {
                return answer;
            }
            Incident removed = m_incident;
            AuditEntry entry = AuditPayload::removed(
                ChangeStamp{QStringLiteral("hq"), QDateTime::currentDateTimeUtc(), QStringLiteral("gone")}, removed);
            entry.sequence = 1;
            entry.seal(AuditEntry::genesisHash());
            answer.entries << entry;
            return answer;
        }

    private:
        Incident m_incident;
    };
    Impostor impostor(*link, site.log().reads().find(mine.id)->value());
    CHECK(synced(site.log(), impostor).pulled == 1);
    CHECK(server.queryText("SELECT kind FROM borderlog.alarm") == QStringLiteral("national"));
    CHECK(server.queryText("SELECT count(*) FROM borderlog.incident WHERE NOT removed") == QStringLiteral("1"));
}

TEST_CASE("A station's login reaches only its own site's functions of headquarters' chain", "[headquarters][roles]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    setUp(server, {kSite, QStringLiteral("lavoriskes-1")});
    const test::TestRole login;
    auto admin = ServerAdministration::connect(server.address());
    REQUIRE(admin.ok());
    REQUIRE((*admin)->addSite(QStringLiteral("vilnius-1"), kMedininkai, QString::fromLatin1(login.name())).ok());
    auto link = connectTo(server);
    test::TestDatabase site;
    const Incident mine = *site.log().incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 4));
    synced(site.log(), *link, kSite);
    auto national = openNational(server.address());
    Incident changed = nationalIncident(*national, mine.id);
    changed.outcome = Outcome::Detained;
    REQUIRE(national->incidents().amend(changed, QStringLiteral("detained")).ok());

    auto asSite = PgRegisterServer::connect(server.addressAs(login.name()));
    REQUIRE(asSite.ok());
    // Another site's changes: neither read nor declined.
    const auto pulled = (*asSite)->pull(kSite, 0, 10);
    REQUIRE(pulled.ok());
    CHECK(pulled->status == PushAnswer::Status::NotYours);
    CHECK(pulled->entries.isEmpty());
    const auto declined = (*asSite)->declineNational(kSite, 1, QStringLiteral("not mine"));
    REQUIRE(declined.ok());
    CHECK(declined->status == PushAnswer::Status::NotYours);
    CHECK(server.queryText("SELECT count(*) FROM borderlog.parked_change") == QStringLiteral("0"));
    // Its own site's pull answers nothing of the others'.
    const auto own = (*asSite)->pull(QStringLiteral("vilnius-1"), 0, 10);
    REQUIRE(own.ok());
    CHECK(own->status == PushAnswer::Status::Applied);
    CHECK(own->entries.isEmpty());
    // And headquarters' own functions are not its to call.
    PgConnection direct(server.connectionAs(login.name()));
    CHECK_THROWS_AS(direct.execute("SELECT borderlog.keep_national(1, 'x')"), PgError);
    CHECK_THROWS_AS(direct.execute("SELECT * FROM borderlog.headquarters_change(1, '{}'::json)"), PgError);
}
