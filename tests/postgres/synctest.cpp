// SPDX-License-Identifier: GPL-3.0-or-later
// A site's sync with the national register: the audit trail pushed as the outbox, against a real server.
#include "incidentlog.h"
#include "pgconnection.h"
#include "pgerror.h"
#include "pgregisterserver.h"
#include "serveradministration.h"
#include "sqliteregister.h"
#include "syncsupport.h"
#include "testdatabase.h"
#include "testserver.h"
#include "teststation.h"

#include <catch2/catch.hpp>
#include <thread>

using namespace borderlog;
using namespace borderlog::postgres;
using namespace borderlog::test::sync;

namespace {

// A link that breaks on the `breakAt`-th push (counted from 1): before the server saw the batch, or after the
// server committed it and before its answer arrived.
class BreakingLink final : public ForwardingServer
{
public:
    enum class When {
        BeforeBatch,
        BeforeAnswer,
    };
    BreakingLink(RegisterServer &server, int breakAt, When when)
        : ForwardingServer(server)
        , m_breakAt(breakAt)
        , m_when(when)
    {}
    Result<PushAnswer> push(const QString &site, const QList<AuditEntry> &entries) override
    {
        if (++m_pushes != m_breakAt) {
            return m_server.push(site, entries);
        }
        if (m_when == When::BeforeAnswer) {
            REQUIRE(m_server.push(site, entries).ok());
        }
        return Failure::storage(QStringLiteral("the link was cut"));
    }

private:
    int m_breakAt;
    When m_when;
    int m_pushes = 0;
};

} // namespace

TEST_CASE("A site joins, pushes its whole trail, and the server holds the same chain", "[sync]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    setUp(server, {kSite});
    auto national = connectTo(server);
    test::TestDatabase site;
    record(site.log(), 7);
    const Incident amended = *site.log().incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("SY"), 2));
    Incident changed = amended;
    changed.nationalities = {{QStringLiteral("SY"), 4}};
    REQUIRE(site.log().incidents().amend(changed, QStringLiteral("counted again")).ok());

    SECTION("the first sync joins and sends everything, in batches")
    {
        const SyncReport report = synced(site.log(), *national, kSite, 3);
        CHECK(report.joined);
        CHECK(report.sent == 9);
        CHECK(report.batches == 3);
        CHECK(report.acknowledged == localHead(site.log()));
        const auto link = site.log().sync().joined();
        REQUIRE(link.ok());
        REQUIRE(link->has_value());
        CHECK((*link)->site == kSite);
        CHECK((*link)->acknowledged == localHead(site.log()));
        CHECK((*link)->acknowledgedAt.isValid());
        CHECK((*link)->serverRegister == server.queryText("SELECT id FROM borderlog.register"));
        CHECK(server.queryText("SELECT count(*) FROM borderlog.site_entry") == QStringLiteral("9"));
        CHECK(server.queryText("SELECT count(*) FROM borderlog.receipt") == QStringLiteral("3"));
        CHECK(server.queryText("SELECT reason FROM borderlog.site_entry WHERE action = 'amend'")
              == QStringLiteral("counted again"));
        checkServerHolds(server);
        CHECK(site.log().audit().verify()->ok());

        SECTION("a second sync sends nothing and applies nothing twice")
        {
            const SyncReport again = synced(site.log(), *national);
            CHECK_FALSE(again.joined);
            CHECK(again.sent == 0);
            CHECK(again.batches == 0);
            CHECK(server.queryText("SELECT count(*) FROM borderlog.receipt") == QStringLiteral("3"));
        }
        SECTION("what is recorded later goes with the next sync, found with the link alone")
        {
            record(site.log(), 2);
            const SyncReport next = synced(site.log(), *national);
            CHECK(next.sent == 2);
            CHECK(next.acknowledged == localHead(site.log()));
            checkServerHolds(server);
        }
        SECTION("the register cannot sync as another site")
        {
            const auto other = site.log().sync().push(*national, QStringLiteral("lavoriskes-1"));
            REQUIRE_FALSE(other.ok());
            CHECK(other.failure().kind == Failure::Kind::Refused);
        }
    }
    SECTION("a site headquarters has not added is refused, and the register stays unjoined on the server")
    {
        const auto unknown = site.log().sync().push(*national, QStringLiteral("lavoriskes-1"));
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.message().contains(QStringLiteral("server add-site")));
        CHECK(server.queryText("SELECT count(*) FROM borderlog.site_entry") == QStringLiteral("0"));
        CHECK_FALSE(site.log().sync().joined()->has_value());
        CHECK(synced(site.log(), *national, kSite).joined);
    }
    SECTION("a code against the rule names the field")
    {
        const auto wrong = site.log().sync().push(*national, QStringLiteral("Medininkai 1"));
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.failure().fields.value(0).field == QStringLiteral("site"));
        CHECK_FALSE(site.log().sync().joined()->has_value());
    }
    SECTION("without a site, a register that has not joined is told how")
    {
        const auto none = site.log().sync().push(*national, {});
        REQUIRE_FALSE(none.ok());
        CHECK(none.message().contains(QStringLiteral("--site")));
    }
}

TEST_CASE("A link cut at any step of a sync loses nothing and applies nothing twice", "[sync][link]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    setUp(server, {kSite});
    auto national = connectTo(server);
    test::TestDatabase site;
    record(site.log(), 10);
    const AuditHead head = localHead(site.log());
    // The pushes of a sync of 10 entries in batches of 4: the head question, then three batches.
    const int breakAt = GENERATE(1, 2, 3, 4);
    const auto when = GENERATE(BreakingLink::When::BeforeBatch, BreakingLink::When::BeforeAnswer);
    if (breakAt == 1) {
        REQUIRE(synced(site.log(), *national, kSite, 100).sent == 10); // joined; a first sync went through
        record(site.log(), 10);
    }
    BreakingLink link(*national, breakAt, when);
    const auto cut = site.log().sync().push(link, kSite, 4);
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.failure().kind == Failure::Kind::Storage);

    const SyncReport next = synced(site.log(), *national, {}, 4);
    CHECK(next.acknowledged == localHead(site.log()));
    CHECK(server.queryText("SELECT count(*) FROM borderlog.site_entry").toLongLong() == localHead(site.log()).sequence);
    CHECK(server.queryText("SELECT head_seq FROM borderlog.site").toLongLong() == localHead(site.log()).sequence);
    checkServerHolds(server);
    CHECK(site.log().sync().joined()->value().acknowledged == localHead(site.log()));
    CHECK(head.sequence > 0);
}

TEST_CASE("A register restored from an older backup: behind is refused, a fork raises the alarm", "[sync][fork]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    setUp(server, {kSite});
    auto national = connectTo(server);
    test::TestDatabase site;
    record(site.log(), 3);
    REQUIRE(synced(site.log(), *national, kSite).sent == 3);
    const QString backup = site.folder() + QStringLiteral("/backup.sqlite");
    REQUIRE(site.log().upkeep().backUp(backup).ok());
    record(site.log(), 2);
    REQUIRE(synced(site.log(), *national).sent == 2);

    auto opened = sqlite::SqliteRegister::open(backup);
    REQUIRE(opened.ok());
    IncidentLog restored(std::move(opened).value());
    restored.session().setRecorder(QStringLiteral("officer.test"));

    SECTION("behind the server: nothing is sent")
    {
        const auto behind = restored.sync().push(*national, {});
        REQUIRE_FALSE(behind.ok());
        CHECK(behind.failure().kind == Failure::Kind::Refused);
        CHECK(behind.message().contains(QStringLiteral("older backup")));
    }
    SECTION("written to since up to the same length: refused all the same, with the alarm")
    {
        record(restored, 2, 20);
        REQUIRE(localHead(restored).sequence == 5);
        const auto fork = restored.sync().push(*national, {});
        REQUIRE_FALSE(fork.ok());
        CHECK(fork.failure().kind == Failure::Kind::Refused);
        CHECK(server.queryText("SELECT kind || ' ' || seq FROM borderlog.alarm") == QStringLiteral("fork 5"));
        CHECK(restored.sync().joined()->value().acknowledged.sequence == 3); // as the backup had it
    }
    SECTION("another register trying to join the site: refused, and it stays unjoined")
    {
        test::TestDatabase stranger;
        record(stranger.log(), 6, 40);
        const auto refused = stranger.log().sync().push(*national, kSite);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.failure().kind == Failure::Kind::Refused);
        CHECK_FALSE(stranger.log().sync().joined()->has_value());
        CHECK(server.queryText("SELECT count(*) FROM borderlog.alarm") == QStringLiteral("1"));
        CHECK(server.queryText("SELECT head_seq FROM borderlog.site") == QStringLiteral("5"));
    }
    SECTION("written to since: the server refuses the fork and keeps an alarm; the true site goes on")
    {
        record(restored, 4, 20);
        const auto fork = restored.sync().push(*national, {});
        REQUIRE_FALSE(fork.ok());
        CHECK(fork.failure().kind == Failure::Kind::Refused);
        CHECK(fork.message().contains(QStringLiteral("entry 5")));
        CHECK(server.queryText("SELECT kind || ' ' || seq FROM borderlog.alarm") == QStringLiteral("fork 5"));
        CHECK(server.queryText("SELECT head_seq FROM borderlog.site") == QStringLiteral("5"));
        auto admin = ServerAdministration::connect(server.address());
        REQUIRE(admin.ok());
        CHECK((*admin)->sites()->at(0).alarms == 1);
        const auto alarms = (*admin)->alarms();
        REQUIRE(alarms.ok());
        REQUIRE(alarms->size() == 1);
        CHECK(alarms->at(0).site == kSite);
        CHECK(alarms->at(0).kind == QStringLiteral("fork"));
        CHECK(alarms->at(0).sequence == 5);
        CHECK(alarms->at(0).heldHash
              == server.queryText("SELECT hash FROM borderlog.site_entry WHERE seq = 5").toLatin1());
        CHECK(alarms->at(0).offeredHash != alarms->at(0).heldHash);
        CHECK(alarms->at(0).raisedAt.isValid());
        CHECK_FALSE(alarms->at(0).raisedBy.isEmpty());

        record(site.log(), 1);
        CHECK(synced(site.log(), *national).sent == 1);
        checkServerHolds(server);
    }
}

TEST_CASE("A forged entry is refused whole: an edited entry, or a chain rewritten after it was sent", "[sync][forgery]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    setUp(server, {kSite});
    auto national = connectTo(server);
    test::TestDatabase site;
    record(site.log(), 2);
    REQUIRE(synced(site.log(), *national, kSite).sent == 2);
    record(site.log(), 3);

    SECTION("an entry changed with the sqlite3 tool, its hash left")
    {
        test::execute(site.path(), "DROP TRIGGER audit_entry_append_only_update; "
                                   "UPDATE audit_entry SET user = 'someone else' WHERE seq = 4");
        const auto forged = site.log().sync().push(*national, {});
        REQUIRE_FALSE(forged.ok());
        CHECK(forged.message().contains(QStringLiteral("Entry 4")));
        CHECK(server.queryText("SELECT kind || ' ' || seq FROM borderlog.alarm") == QStringLiteral("forged 4"));
        CHECK(server.queryText("SELECT head_seq FROM borderlog.site") == QStringLiteral("2"));
    }
    SECTION("an entry the server holds, changed with its hash made anew")
    {
        // What a forger with the program's hash rule does: the changed entry is sound on its own, and the
        // entries after it are sealed onto it again; the server still holds the entry as it was sent.
        test::execute(site.path(), "DROP TRIGGER audit_entry_append_only_update; "
                                   "UPDATE audit_entry SET hash = '"
                                       + QByteArray(64, 'a') + "' WHERE seq = 2");
        const auto forged = site.log().sync().push(*national, {});
        REQUIRE_FALSE(forged.ok());
        CHECK(server.queryText("SELECT count(*) FROM borderlog.alarm") == QStringLiteral("1"));
        CHECK(server.queryText("SELECT head_seq FROM borderlog.site") == QStringLiteral("2"));
    }
    SECTION("an entry changed on the server is found by server check")
    {
        server.execute("UPDATE borderlog.site_entry SET reason = 'changed' WHERE seq = 1");
        auto admin = ServerAdministration::connect(server.address());
        REQUIRE(admin.ok());
        const auto check = (*admin)->check();
        REQUIRE(check.ok());
        REQUIRE_FALSE(check->ok());
        CHECK(check->problems.value(0).contains(QStringLiteral("entry 1 does not match its hash")));
    }
}

TEST_CASE("The server applies only what continues the chain it holds", "[sync][protocol]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    setUp(server, {kSite});
    auto national = connectTo(server);
    test::TestDatabase site;
    record(site.log(), 4);
    QList<AuditEntry> entries;
    REQUIRE(site.log()
                .audit()
                .forEach({},
                         [&](const AuditEntry &e) {
                             entries << e;
                             return true;
                         })
                .ok());

    const auto gap = national->push(kSite, entries.mid(2));
    REQUIRE(gap.ok());
    CHECK(gap->status == PushAnswer::Status::Gap);
    CHECK(server.queryText("SELECT count(*) FROM borderlog.site_entry") == QStringLiteral("0"));

    const auto first = national->push(kSite, entries.mid(0, 2));
    REQUIRE(first.ok());
    CHECK(first->status == PushAnswer::Status::Applied);
    CHECK(first->head == AuditHead{2, entries.at(1).hash});
    CHECK(first->receipt > 0);

    const auto overlapping = national->push(kSite, entries.mid(1));
    REQUIRE(overlapping.ok());
    CHECK(overlapping->status == PushAnswer::Status::Applied);
    CHECK(overlapping->head == AuditHead{4, entries.at(3).hash});

    const auto repeated = national->push(kSite, entries);
    REQUIRE(repeated.ok());
    CHECK(repeated->status == PushAnswer::Status::Applied);
    CHECK(repeated->receipt == 0);
    CHECK(server.queryText("SELECT count(*) FROM borderlog.site_entry") == QStringLiteral("4"));
    CHECK(server.queryText("SELECT count(*) FROM borderlog.alarm") == QStringLiteral("0"));
}

TEST_CASE("A server restored from an older backup gets back what it had acknowledged", "[sync][link]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    setUp(server, {kSite});
    auto national = connectTo(server);
    test::TestDatabase site;
    record(site.log(), 2);
    REQUIRE(synced(site.log(), *national, kSite).sent == 2);
    // The backup: every table of the register as it was then.
    static constexpr std::array kTables = {"site",           "receipt",       "site_entry", "alarm",
                                           "incident",       "incident_line", "day_tally",  "month_tally",
                                           "creation_stage", "parked_change"};
    server.execute("CREATE SCHEMA backup");
    for (const char *table : kTables) {
        server.execute(
            QStringLiteral("CREATE TABLE backup.%1 AS TABLE borderlog.%1").arg(QLatin1String(table)).toUtf8());
    }
    record(site.log(), 3);
    REQUIRE(synced(site.log(), *national).sent == 3);
    QStringList restore;
    for (const char *table : kTables) {
        restore << QStringLiteral("TRUNCATE borderlog.%1 CASCADE").arg(QLatin1String(table));
    }
    for (const char *table : kTables) {
        restore << QStringLiteral("INSERT INTO borderlog.%1 OVERRIDING SYSTEM VALUE TABLE backup.%1")
                       .arg(QLatin1String(table));
    }
    server.execute(restore.join(u';').toUtf8());
    const SyncReport report = synced(site.log(), *national);
    CHECK(report.sent == 3);
    CHECK(report.resent == 3);
    checkServerHolds(server);
}

TEST_CASE("A register joined to one national register cannot push into another", "[sync]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer first;
    const test::TestServer second;
    setUp(first, {kSite});
    setUp(second, {kSite});
    auto one = connectTo(first);
    auto other = connectTo(second);
    test::TestDatabase site;
    record(site.log(), 1);
    synced(site.log(), *one, kSite);
    const auto refused = site.log().sync().push(*other, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("another national register")));
    CHECK(second.queryText("SELECT count(*) FROM borderlog.site_entry") == QStringLiteral("0"));
}

TEST_CASE("Eight sites push at once while their officers go on recording", "[sync][concurrent]")
{
    if (!test::serverAvailable()) {
        return;
    }
    constexpr int kSites = 8;
    const test::TestServer server;
    QStringList codes;
    for (int i = 1; i <= kSites; ++i) {
        codes << QStringLiteral("site-%1").arg(i);
    }
    setUp(server, codes);
    std::vector<std::unique_ptr<test::TestDatabase>> sites;
    std::vector<std::unique_ptr<PgRegisterServer>> links;
    for (int i = 0; i < kSites; ++i) {
        sites.push_back(std::make_unique<test::TestDatabase>());
        links.push_back(connectTo(server));
    }
    std::vector<QString> failures(kSites);
    std::vector<std::thread> stations;
    for (int i = 0; i < kSites; ++i) {
        stations.emplace_back([&, i] {
            IncidentLog &log = sites[size_t(i)]->log();
            for (int round = 0; round < 5 && failures[size_t(i)].isEmpty(); ++round) {
                for (int n = 0; n < 6; ++n) {
                    if (auto saved =
                            log.incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("AF"), 1 + n));
                        !saved) {
                        failures[size_t(i)] = saved.message();
                    }
                }
                if (auto pushed = log.sync().push(*links[size_t(i)], codes.at(i), 4); !pushed) {
                    failures[size_t(i)] = pushed.message();
                }
            }
        });
    }
    for (auto &s : stations) {
        s.join();
    }
    for (int i = 0; i < kSites; ++i) {
        INFO(codes.at(i).toStdString());
        CHECK(failures[size_t(i)].isEmpty());
        CHECK(server.queryText("SELECT head_seq FROM borderlog.site WHERE code = '" + codes.at(i).toUtf8() + "'")
                  .toLongLong()
              == localHead(sites[size_t(i)]->log()).sequence);
    }
    CHECK(server.queryText("SELECT count(*) FROM borderlog.site_entry") == QString::number(kSites * 30));
    checkServerHolds(server);
}

TEST_CASE("A site's login pushes its own site's entries and touches nothing else", "[sync][roles]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestRole login;
    const test::TestRole analyst;
    const test::TestServer server;
    server.init();
    {
        auto admin = ServerAdministration::connect(server.address());
        REQUIRE(admin.ok());
        REQUIRE((*admin)->addSite(kSite, kMedininkai, QString::fromLatin1(login.name())).ok());
        REQUIRE((*admin)->addSite(QStringLiteral("lavoriskes-1"), QStringLiteral("Lavoriškės")).ok());
        const auto noRole = (*admin)->addSite(QStringLiteral("medininkai-2"), kMedininkai, QStringLiteral("nobody_x"));
        REQUIRE_FALSE(noRole.ok());
        CHECK(noRole.failure().fields.value(0).field == QStringLiteral("login"));
        CHECK((*admin)->sites()->at(1).login == QString::fromLatin1(login.name()));
        // Not a login of its own for the site: the administrator itself (a superuser here), a role that cannot
        // log in, a login that is another site's already.
        const test::TestRole cannotLogIn;
        server.execute("ALTER ROLE " + cannotLogIn.name() + " NOLOGIN");
        for (const QByteArray &role : {cannotLogIn.name(), login.name()}) {
            INFO(role.constData());
            const auto wrong =
                (*admin)->addSite(QStringLiteral("medininkai-3"), kMedininkai, QString::fromLatin1(role));
            REQUIRE_FALSE(wrong.ok());
            CHECK(wrong.failure().fields.value(0).field == QStringLiteral("login"));
        }
        const QString owner = server.queryText("SELECT current_user");
        const auto itself = (*admin)->addSite(QStringLiteral("medininkai-3"), kMedininkai, owner);
        CHECK(itself.failure().fields.value(0).field == QStringLiteral("login"));
    }
    auto asSite = PgRegisterServer::connect(server.addressAs(login.name()));
    REQUIRE(asSite.ok());
    test::TestDatabase site;
    record(site.log(), 3);
    CHECK(synced(site.log(), **asSite, kSite).sent == 3);

    test::TestDatabase other;
    record(other.log(), 1);
    const auto notYours = other.log().sync().push(**asSite, QStringLiteral("lavoriskes-1"));
    REQUIRE_FALSE(notYours.ok());
    CHECK(notYours.message().contains(QStringLiteral("another site's")));
    CHECK_FALSE(other.log().sync().joined()->has_value());
    CHECK(server.queryText("SELECT head_seq FROM borderlog.site WHERE code = 'lavoriskes-1'") == QStringLiteral("0"));

    PgConnection direct(server.connectionAs(login.name()));
    for (const char *sql : {"SELECT count(*) FROM borderlog.site_entry", "UPDATE borderlog.site SET head_seq = 0",
                            "DELETE FROM borderlog.alarm",
                            "INSERT INTO borderlog.receipt (site, first_seq, last_seq, "
                            "head_hash) VALUES ('medininkai-1', 1, 1, '')"}) {
        INFO(sql);
        try {
            direct.execute(sql);
            FAIL("the site's login did it");
        } catch (const PgError &e) {
            CHECK(e.sqlState() == "42501");
        }
    }

    // A login that is a site's group member only through another group, and no site's own: refused too.
    const test::TestRole group;
    const test::TestRole member;
    server.execute("ALTER ROLE " + group.name() + " NOLOGIN; GRANT borderlog_site TO " + group.name() + "; GRANT "
                   + group.name() + " TO " + member.name());
    auto asMember = PgRegisterServer::connect(server.addressAs(member.name()));
    REQUIRE(asMember.ok());
    test::TestDatabase third;
    record(third.log(), 1);
    CHECK_FALSE(third.log().sync().push(**asMember, QStringLiteral("lavoriskes-1")).ok());
    CHECK(server.queryText("SELECT head_seq FROM borderlog.site WHERE code = 'lavoriskes-1'") == QStringLiteral("0"));

    server.execute("GRANT borderlog_analyst TO " + analyst.name());
    PgConnection reader(server.connectionAs(analyst.name()));
    CHECK(reader.execute("SELECT count(*) FROM borderlog.site_entry").integer(0, 0) == 3);
    try {
        reader.execute("SELECT * FROM borderlog.push_entries('medininkai-1', '[]')");
        FAIL("the analyst pushed");
    } catch (const PgError &e) {
        CHECK(e.sqlState() == "42501");
    }
}

TEST_CASE("Joining the national register is an admin's, and syncing once joined is anyone's", "[sync][access]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    setUp(server, {kSite});
    auto national = connectTo(server);
    test::Station station;
    station.record(QStringLiteral("ona"));
    for (const char *name : {"ona", "rasa"}) {
        station.as(QString::fromLatin1(name));
        INFO(name);
        const auto refused = station.log().sync().push(*national, kSite);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.failure().kind == Failure::Kind::Refused);
        CHECK(refused.message().contains(QStringLiteral("only an admin may join")));
        CHECK_FALSE(station.log().sync().joined()->has_value());
    }
    station.as(QStringLiteral("chief"));
    REQUIRE(station.log().sync().push(*national, kSite).ok());
    station.record(QStringLiteral("jonas"));
    station.as(QStringLiteral("jonas"));
    const auto byOfficer = station.log().sync().push(*national, {});
    REQUIRE(byOfficer.ok());
    CHECK(byOfficer->sent > 0);
    CHECK(byOfficer->acknowledged == localHead(station.log()));

    // Another server than the one joined (it could answer the same id and hand out changes): an admin's decision.
    class Elsewhere final : public ForwardingServer
    {
    public:
        using ForwardingServer::ForwardingServer;
        QString address() const override { return QStringLiteral("host=elsewhere.example dbname=borderlog"); }
    };
    Elsewhere elsewhere(*national);
    const auto elsewhereByOfficer = station.log().sync().push(elsewhere, {});
    REQUIRE_FALSE(elsewhereByOfficer.ok());
    CHECK(elsewhereByOfficer.message().contains(QStringLiteral("another server")));
    station.as(QStringLiteral("chief"));
    CHECK(station.log().sync().push(elsewhere, {}).ok());
}
