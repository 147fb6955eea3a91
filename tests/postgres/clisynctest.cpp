// SPDX-License-Identifier: GPL-3.0-or-later
// borderlog-cli's server and sync commands as headquarters and two stations run them, against the throwaway
// server over TLS with per-site logins whose passwords come from a password file.
#include "../cli/clirunner.h"
#include "testserver.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace borderlog;

namespace {

QString qs(const QByteArray &text)
{
    return QString::fromUtf8(text);
}

void writePasswordFile(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &logins)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    for (const auto &[role, password] : logins) {
        file.write("localhost:*:*:" + role + ":" + password + "\n");
    }
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

TEST_CASE("Headquarters sets up the register, two stations record offline and then sync over TLS", "[server][cli]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestRole medininkai;
    const test::TestRole lavoriskes;
    const test::TestServer server;
    const QByteArray passwordA = "medininkai-long-password-1";
    const QByteArray passwordB = "lavoriskes-long-password-2";
    server.execute("ALTER ROLE " + medininkai.name() + " PASSWORD '" + passwordA + "'; ALTER ROLE " + lavoriskes.name()
                   + " PASSWORD '" + passwordB + "'");
    const test::Cli hq;
    const test::Cli stationA;
    const test::Cli stationB;
    const QString admin = qs(server.connection());
    const QByteArray tls = qgetenv("BORDERLOG_TEST_TLS") + " dbname=" + server.name();
    writePasswordFile(hq.file(QStringLiteral("pgpass")),
                      {{medininkai.name(), passwordA}, {lavoriskes.name(), passwordB}});
    qputenv("PGPASSFILE", hq.file(QStringLiteral("pgpass")).toLocal8Bit());

    REQUIRE(hq({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"), admin}).exitCode == 0);
    for (const auto &[code, station, role] : {std::tuple{"medininkai-1", "Medininkai", medininkai.name()},
                                              std::tuple{"lavoriskes-1", "Lavoriškės", lavoriskes.name()}}) {
        const test::Run added = hq({QStringLiteral("server"), QStringLiteral("add-site"), QString::fromLatin1(code),
                                    QStringLiteral("--station"), QString::fromUtf8(station), QStringLiteral("--login"),
                                    qs(role), QStringLiteral("--server"), admin});
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
    }

    // Recorded while the server cannot be reached: the saves do not wait for it, the sync says so.
    for (int i = 0; i < 3; ++i) {
        REQUIRE(
            stationA({QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2021-08-02"),
                      QStringLiteral("--location"), QStringLiteral("Medininkai"), QStringLiteral("--persons"),
                      QStringLiteral("IQ:%1").arg(10 + i), QStringLiteral("--outcome"), QStringLiteral("turned_back")})
                .exitCode
            == 0);
    }
    REQUIRE(stationB({QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2021-08-02"),
                      QStringLiteral("--location"), QStringLiteral("Lavoriškės"), QStringLiteral("--persons"),
                      QStringLiteral("SY:4"), QStringLiteral("--outcome"), QStringLiteral("prevented")})
                .exitCode
            == 0);
    const QString unreachable = QStringLiteral("host=localhost port=1 dbname=x user=%1").arg(qs(medininkai.name()));
    const test::Run offline = stationA({QStringLiteral("sync"), QStringLiteral("--server"), unreachable,
                                        QStringLiteral("--site"), QStringLiteral("medininkai-1")});
    CHECK(offline.exitCode == 1);
    CHECK(offline.err.contains(QStringLiteral("could not be reached")));

    // Online: each station joins its site with its own login.
    const test::Run syncA =
        stationA({QStringLiteral("--verbose"), QStringLiteral("sync"), QStringLiteral("--server"),
                  qs(tls + " user=" + medininkai.name()), QStringLiteral("--site"), QStringLiteral("medininkai-1")});
    INFO(syncA.err.toStdString());
    REQUIRE(syncA.exitCode == 0);
    CHECK(syncA.out.contains(QStringLiteral("joined the national register as site medininkai-1")));
    CHECK(syncA.out.contains(QStringLiteral("site medininkai-1: 3 entry(s) sent")));
    const test::Run headA = stationA({QStringLiteral("audit"), QStringLiteral("verify")});
    REQUIRE(headA.exitCode == 0);
    CHECK(syncA.out.contains(QStringLiteral("acknowledged: ")
                             + headA.out.section(QStringLiteral("head: "), 1).trimmed()));
    CHECK_FALSE((syncA.out + syncA.err).contains(qs(passwordA)));

    // Station B's login may not push as station A.
    const test::Run wrongSite =
        stationB({QStringLiteral("sync"), QStringLiteral("--server"), qs(tls + " user=" + lavoriskes.name()),
                  QStringLiteral("--site"), QStringLiteral("medininkai-1")});
    CHECK(wrongSite.exitCode == 2);
    CHECK(wrongSite.err.contains(QStringLiteral("another site's")));

    // Station B joins its own site; the next sync needs no options, and a new incident goes with it.
    stationB.run({QStringLiteral("sync"), QStringLiteral("--server"), qs(tls + " user=" + lavoriskes.name()),
                  QStringLiteral("--site"), QStringLiteral("lavoriskes-1")},
                 {}, {}, {});
    REQUIRE(stationA({QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2021-08-03"),
                      QStringLiteral("--location"), QStringLiteral("Medininkai"), QStringLiteral("--persons"),
                      QStringLiteral("AF:2"), QStringLiteral("--outcome"), QStringLiteral("detained")})
                .exitCode
            == 0);
    const test::Run waiting = stationA({QStringLiteral("sync"), QStringLiteral("--status")});
    CHECK(waiting.exitCode == 0);
    CHECK(waiting.out.contains(QStringLiteral("site: medininkai-1\n")));
    CHECK(waiting.out.contains(QStringLiteral("acknowledged: 3:")));
    CHECK(waiting.out.contains(QStringLiteral("head: 4:")));
    CHECK(waiting.out.contains(QStringLiteral("waiting: 1\n")));
    const test::Run again = stationA({QStringLiteral("sync")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("1 entry(s) sent")));
    CHECK(stationA({QStringLiteral("sync"), QStringLiteral("--status")}).out.contains(QStringLiteral("waiting: 0\n")));

    const test::Run sites = hq({QStringLiteral("server"), QStringLiteral("sites"), QStringLiteral("--server"), admin});
    REQUIRE(sites.exitCode == 0);
    CHECK(sites.out.contains(QStringLiteral("lavoriskes-1  Lavoriškės  ")));
    CHECK(sites.out.contains(QStringLiteral("medininkai-1  Medininkai  ") + qs(medininkai.name())
                             + QStringLiteral("  4:")));
    CHECK(sites.out.contains(QStringLiteral("2 site(s)")));
    const test::Run alarms =
        hq({QStringLiteral("server"), QStringLiteral("alarms"), QStringLiteral("--server"), admin});
    CHECK(alarms.exitCode == 0);
    CHECK(alarms.out == QStringLiteral("0 alarm(s)\n"));
    const test::Run check = hq({QStringLiteral("server"), QStringLiteral("check"), QStringLiteral("--server"), admin});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("entries: 5\n")));
    CHECK(check.out.contains(QStringLiteral("incidents: 5\n")));
    CHECK(check.out.contains(QStringLiteral("chains: ok\ntallies: ok\n")));

    // Headquarters reads the national register as a register: both stations' incidents in one tally, and
    // every CSV byte as each station exports it.
    const QString national = server.uri();
    const test::Run tally = hq({QStringLiteral("tally"), QStringLiteral("--by"), QStringLiteral("station")}, national);
    INFO(tally.err.toStdString());
    REQUIRE(tally.exitCode == 0);
    CHECK(tally.out.contains(QStringLiteral("Lavoriškės,1,4,0,0,0,4,")));
    CHECK(tally.out.contains(QStringLiteral("Medininkai,4,35,33,2,")));
    const auto exported = [](const test::Cli &cli, const QString &db, const QStringList &filter) {
        const test::Run run = cli(QStringList{QStringLiteral("export")} + filter, db);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run.out;
    };
    CHECK(exported(hq, national, {QStringLiteral("--location"), QStringLiteral("Medininkai")})
          == exported(stationA, {}, {}));
    CHECK(exported(hq, national, {QStringLiteral("--location"), QStringLiteral("Lavoriškės")})
          == exported(stationB, {}, {}));
    const test::Run write = hq({QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2021-08-02"),
                                QStringLiteral("--location"), QStringLiteral("Medininkai"), QStringLiteral("--persons"),
                                QStringLiteral("IQ:3"), QStringLiteral("--outcome"), QStringLiteral("detained")},
                               national);
    CHECK(write.exitCode == 2);
    CHECK(write.err.contains(QStringLiteral("through the stations' syncs")));
    qunsetenv("PGPASSFILE");
}

TEST_CASE("server and sync: usage and input errors name what is wrong and change nothing", "[server][cli]")
{
    const test::Cli cli;
    const test::Run unknown = cli({QStringLiteral("server"), QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("server init")));
    const test::Run noCode = cli({QStringLiteral("server"), QStringLiteral("add-site"), QStringLiteral("--server"),
                                  QStringLiteral("host=localhost dbname=x")});
    CHECK(noCode.exitCode == 2);
    const test::Run password =
        cli({QStringLiteral("sync"), QStringLiteral("--server"), QStringLiteral("postgresql://ona:secret@hq/borderlog"),
             QStringLiteral("--site"), QStringLiteral("medininkai-1")});
    CHECK(password.exitCode == 2);
    CHECK(password.err.contains(QStringLiteral("server: must not hold the password")));
    CHECK_FALSE(password.err.contains(QStringLiteral("secret")));
    const test::Run notJoined = cli({QStringLiteral("sync")});
    CHECK(notJoined.exitCode == 2);
    CHECK(notJoined.err.contains(QStringLiteral("server: is needed")));
    REQUIRE(cli({QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2021-08-02"),
                 QStringLiteral("--location"), QStringLiteral("Medininkai"), QStringLiteral("--persons"),
                 QStringLiteral("IQ:3"), QStringLiteral("--outcome"), QStringLiteral("detained")})
                .exitCode
            == 0);
    const test::Run statusAndSite =
        cli({QStringLiteral("sync"), QStringLiteral("--status"), QStringLiteral("--site"), QStringLiteral("x")});
    CHECK(statusAndSite.exitCode == 2);
    CHECK(statusAndSite.err.contains(QStringLiteral("takes neither --server nor --site")));
    const test::Run noStatus = cli({QStringLiteral("sync"), QStringLiteral("--status")});
    CHECK(noStatus.exitCode == 2);
    CHECK(noStatus.err.contains(QStringLiteral("server: is needed")));

    test::Cli lithuanian;
    lithuanian.setLanguage(QStringLiteral("lt_LT.UTF-8"));
    const test::Run lt = lithuanian({QStringLiteral("sync")});
    CHECK(lt.exitCode == 2);
    CHECK(lt.err.contains(QStringLiteral("neprisijungęs prie nacionalinio registro")));
}
