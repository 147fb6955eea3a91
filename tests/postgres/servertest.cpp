// SPDX-License-Identifier: GPL-3.0-or-later
// The national register's server side: the connection string, the schema and its administration.
#include "pgconnection.h"
#include "pgerror.h"
#include "registerserver.h"
#include "serveraddress.h"
#include "serveradministration.h"
#include "serverschema.h"
#include "testserver.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <thread>

using namespace borderlog;
using namespace borderlog::postgres;

namespace {

std::unique_ptr<ServerAdministration> administer(const test::TestServer &server)
{
    auto admin = ServerAdministration::connect(server.address());
    INFO(admin.message().toStdString());
    REQUIRE(admin.ok());
    return std::move(admin).value();
}

} // namespace

TEST_CASE("A server address never holds a password, and names the field when it is wrong", "[server][address]")
{
    for (const char *text : {"postgresql://ona:secret@hq.example/borderlog", "host=hq.example password=secret",
                             "postgresql://hq.example/borderlog?password=secret",
                             "host=hq.example sslpassword=secret sslkey=/home/ona/site.key"}) {
        const auto parsed = ServerAddress::parse(QString::fromLatin1(text));
        INFO(text);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.failure().kind == Failure::Kind::Invalid);
        CHECK(parsed.failure().fields.value(0).field == QStringLiteral("server"));
        CHECK(parsed.message().contains(QStringLiteral("password")));
        CHECK_FALSE(parsed.message().contains(QStringLiteral("secret")));
    }
    for (const char *text : {"", "host=hq port", "postgresql://hq.example:notaport/x?sslmode"}) {
        INFO(text);
        CHECK_FALSE(ServerAddress::parse(QString::fromLatin1(text)).ok());
    }
    CHECK(
        ServerAddress::parse(QStringLiteral("postgresql://medininkai@hq.example/borderlog?sslmode=verify-full")).ok());
    CHECK(ServerAddress::parse(QStringLiteral("host=hq.example dbname=borderlog user=medininkai")).ok());
    CHECK(isServerAddress(QStringLiteral("postgresql://hq/borderlog")));
    CHECK_FALSE(isServerAddress(QStringLiteral("/home/ona/register.sqlite")));
}

TEST_CASE("Statements bind their values: a quote or a statement in a value is only text", "[server][connection]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    PgConnection connection(server.connection());
    connection.execute("CREATE TABLE t (v text)");
    const QString hostile = QStringLiteral("x'); DROP TABLE t; --  \"ą\"");
    connection.execute("INSERT INTO t VALUES ($1)", PgParameters().add(hostile));
    CHECK(connection.execute("SELECT v FROM t").text(0, 0) == hostile);
    CHECK(connection.execute("SELECT $1::text IS NULL", PgParameters().addNull()).boolean(0, 0));
    try {
        connection.execute("SELECT 1/0");
        FAIL("no error");
    } catch (const PgError &e) {
        CHECK(e.sqlState() == "22012");
        CHECK_FALSE(e.connectionLost());
    }
}

TEST_CASE("server init makes the national register once, and upgrade and check need one", "[server][schema]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    auto admin = administer(server);
    CHECK((*admin).check().failure().kind == Failure::Kind::Refused);
    CHECK((*admin).upgrade().failure().kind == Failure::Kind::Refused);
    CHECK((*admin).addSite(QStringLiteral("medininkai-1"), QStringLiteral("Medininkai")).failure().kind
          == Failure::Kind::Refused);

    const auto made = admin->init();
    REQUIRE(made.ok());
    CHECK(made->schemaVersion == ServerSchema::latestVersion());
    CHECK(made->registerId.size() == 36);
    CHECK(made->engine.startsWith(QStringLiteral("PostgreSQL ")));

    const auto again = admin->init();
    REQUIRE_FALSE(again.ok());
    CHECK(again.failure().kind == Failure::Kind::Refused);
    const auto upgraded = admin->upgrade();
    REQUIRE(upgraded.ok());
    CHECK(upgraded->registerId == made->registerId);

    const auto check = admin->check();
    REQUIRE(check.ok());
    CHECK(check->ok());
    CHECK(check->sites == 0);
    CHECK(check->entries == 0);
}

TEST_CASE("Two programs setting up the same register at once: one does it, the other finds it done", "[server][schema]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    std::vector<std::thread> programs;
    std::atomic<int> failures = 0;
    for (int i = 0; i < 4; ++i) {
        programs.emplace_back([&] {
            try {
                PgConnection connection(server.connection());
                ServerSchema::migrate(connection);
            } catch (const PgError &) {
                ++failures;
            }
        });
    }
    for (auto &p : programs) {
        p.join();
    }
    CHECK(failures == 0);
    CHECK(server.queryText("SELECT schema_version FROM borderlog.register").toInt() == ServerSchema::latestVersion());
    CHECK(server.queryText("SELECT count(*) FROM borderlog.register") == QStringLiteral("1"));
}

TEST_CASE("Registers set up at once in two databases of one server share its roles", "[server][schema]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer first;
    const test::TestServer second;
    std::atomic<int> failures = 0;
    std::thread one([&] {
        try {
            PgConnection connection(first.connection());
            ServerSchema::migrate(connection);
        } catch (const PgError &) {
            ++failures;
        }
    });
    try {
        PgConnection connection(second.connection());
        ServerSchema::migrate(connection);
    } catch (const PgError &) {
        ++failures;
    }
    one.join();
    CHECK(failures == 0);
    CHECK(first.queryText("SELECT count(*) FROM pg_roles WHERE rolname IN ('borderlog_site', 'borderlog_analyst')")
          == QStringLiteral("2"));
}

TEST_CASE("A newer register's schema is refused by upgrade, untouched", "[server][schema]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    server.init();
    server.execute("UPDATE borderlog.register SET schema_version = 99");
    auto admin = administer(server);
    const auto upgraded = admin->upgrade();
    REQUIRE_FALSE(upgraded.ok());
    CHECK(upgraded.message().contains(QStringLiteral("newer")));
    CHECK(server.queryText("SELECT schema_version FROM borderlog.register") == QStringLiteral("99"));
}

TEST_CASE("Sites: a code of the rule, a station, no second site of the same code", "[server][sites]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    server.init();
    auto admin = administer(server);
    REQUIRE(admin->addSite(QStringLiteral("medininkai-1"), QStringLiteral("Medininkai")).ok());
    const auto twice = admin->addSite(QStringLiteral("medininkai-1"), QStringLiteral("Medininkai"));
    CHECK(twice.failure().kind == Failure::Kind::Refused);
    for (const char *code : {"Medininkai", "-a", "a-", "a b", "šalčininkai", "", "a'; DROP TABLE borderlog.site; --"}) {
        INFO(code);
        const auto wrong = admin->addSite(QString::fromUtf8(code), QStringLiteral("Medininkai"));
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.failure().fields.value(0).field == QStringLiteral("site"));
    }
    const auto noStation = admin->addSite(QStringLiteral("lavoriskes-1"), QStringLiteral("  "));
    CHECK(noStation.failure().fields.value(0).field == QStringLiteral("station"));

    const auto sites = admin->sites();
    REQUIRE(sites.ok());
    REQUIRE(sites->size() == 1);
    CHECK(sites->at(0).code == QStringLiteral("medininkai-1"));
    CHECK(sites->at(0).station == QStringLiteral("Medininkai"));
    CHECK(sites->at(0).head.sequence == 0);
    CHECK_FALSE(sites->at(0).syncedAt.isValid());
}

TEST_CASE("A server that cannot be reached is said, with where", "[server][connection]")
{
    const auto address = ServerAddress::parse(QStringLiteral("host=/nonexistent-folder port=5 dbname=x"));
    REQUIRE(address.ok());
    const auto admin = ServerAdministration::connect(*address);
    REQUIRE_FALSE(admin.ok());
    CHECK(admin.failure().kind == Failure::Kind::Storage);
    CHECK(admin.message().contains(QStringLiteral("could not be reached")));
    CHECK(admin.message().contains(QStringLiteral("/nonexistent-folder")));
}

TEST_CASE("Over the network: TLS with the server's certificate checked, the password from a password file",
          "[server][tls]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const QByteArray tls = qgetenv("BORDERLOG_TEST_TLS");
    REQUIRE_FALSE(tls.isEmpty());
    const test::TestServer server;
    const test::TestRole role;
    const QByteArray password = "a-long-site-password-" + role.name().right(6);
    server.execute("ALTER ROLE " + role.name() + " PASSWORD '" + password + "'");
    const QByteArray target = tls + " dbname=" + server.name() + " user=" + role.name();

    QTemporaryDir home;
    const QString passFile = home.filePath(QStringLiteral("pgpass"));
    QFile file(passFile);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("localhost:*:*:" + role.name() + ":" + password + "\n");
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    SECTION("the right certificate and the password file: an encrypted connection")
    {
        qputenv("PGPASSFILE", passFile.toLocal8Bit());
        PgConnection connection(target);
        CHECK(connection.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").boolean(0, 0));
        qunsetenv("PGPASSFILE");
    }
    SECTION("without the password: refused, and no password is in the message")
    {
        qputenv("PGPASSFILE", home.filePath(QStringLiteral("none")).toLocal8Bit());
        const auto address = ServerAddress::parse(QString::fromUtf8(target));
        REQUIRE(address.ok());
        const auto admin = ServerAdministration::connect(*address);
        REQUIRE_FALSE(admin.ok());
        CHECK(admin.message().contains(QStringLiteral("password")));
        CHECK_FALSE(admin.message().contains(QString::fromLatin1(password)));
        qunsetenv("PGPASSFILE");
    }
    SECTION("without TLS: the server refuses")
    {
        qputenv("PGPASSFILE", passFile.toLocal8Bit());
        QByteArray plain = target;
        plain.replace("sslmode=verify-full", "sslmode=disable");
        CHECK_THROWS_AS(PgConnection(plain), PgError);
        qunsetenv("PGPASSFILE");
    }
    SECTION("a server whose certificate another authority signed: refused before the password goes out")
    {
        qputenv("PGPASSFILE", passFile.toLocal8Bit());
        QByteArray wrong = target;
        wrong.replace(wrong.mid(wrong.indexOf("sslrootcert=")).split(' ').first(),
                      "sslrootcert=" + qgetenv("BORDERLOG_TEST_OTHER_CA"));
        try {
            PgConnection connection(wrong);
            FAIL("connected");
        } catch (const PgError &e) {
            CHECK(e.message().contains(QStringLiteral("certificate verify failed")));
        }
        qunsetenv("PGPASSFILE");
    }
}
