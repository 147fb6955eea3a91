// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"
#include "sqliteschema.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using borderlog::test::Cli;
using borderlog::test::incidentCount;
using borderlog::test::Run;

TEST_CASE("add records an incident and prints its incident_id", "[cli]")
{
    Cli cli;
    const Run run = cli({"add", "--date", "2021-08-02", "--time", "01:30", "--location", "Druskininkai", "--persons",
                         "IRQ:280", "--persons", "Syria:7", "--outcome", "detained", "--notes", "Record day"});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK_FALSE(QUuid::fromString(run.out.trimmed()).isNull());
    const Run list = cli({"list"});
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("Druskininkai")));
    CHECK(list.out.contains(QStringLiteral("IQ 280, SY 7")));
    CHECK(list.out.contains(QStringLiteral("287")));
    CHECK(list.out.contains(run.out.trimmed()));
}

TEST_CASE("Bad input exits 2 naming the field and rule, and writes nothing", "[cli]")
{
    Cli cli;
    REQUIRE(cli({"add", "--date", "2021-08-02", "--location", "Varėna", "--persons", "IQ:3", "--outcome", "detained"})
                .exitCode
            == 0);
    Run run =
        cli({"add", "--date", "2021-02-30", "--location", "Varėna", "--persons", "IQ:3", "--outcome", "detained"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("date: '2021-02-30' is not a calendar date")));
    run = cli({"add", "--date", "2021-08-02", "--location", "Varėna", "--persons", "ira:3", "--outcome", "freed"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("nationality: 'ira' could mean")));
    CHECK(run.err.contains(QStringLiteral("outcome: 'freed' is not one of")));
    run = cli({"add", "--date", "2021-08-02", "--persons", "IQ:3"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("location: is required")));
    CHECK(run.err.contains(QStringLiteral("outcome: is required")));
    run = cli({"add", "--date", "2099-01-01", "--location", "Varėna", "--persons", "IQ:3", "--outcome", "detained"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("date: must not be in the future")));
    run = cli({"tally", "--by", "fortnight"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("by: 'fortnight' is not one of")));
    run = cli({"frobnicate"});
    CHECK(run.exitCode == 2);
    run = cli({"list", "--colour", "red"});
    CHECK(run.exitCode == 2);
    CHECK(incidentCount(cli) == 1);
}

TEST_CASE("import is all or nothing and importing twice adds nothing", "[cli][import]")
{
    Cli cli;
    Run run = cli({"import", QStringLiteral(BORDERLOG_TEST_DATA "/incidents-bad.csv")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral(BORDERLOG_TEST_DATA "/incidents-bad.csv:3: date:")));
    CHECK(run.err.contains(QStringLiteral("nothing was written")));
    CHECK(incidentCount(cli) == 0);

    run = cli({"import", QStringLiteral(BORDERLOG_TEST_DATA "/incidents-good.csv")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("4 incidents added, 0 skipped")));
    run = cli({"import", QStringLiteral(BORDERLOG_TEST_DATA "/incidents-good.csv")});
    CHECK(run.exitCode == 0);
    // The two rows without incident_id are new incidents each time; the two with one are skipped.
    CHECK(run.out.contains(QStringLiteral("2 incidents added, 2 skipped")));

    run = cli({"import", cli.file(QStringLiteral("missing.csv"))});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("cannot read")));
}

TEST_CASE("export, import into a new database, export again is byte-identical", "[cli][export]")
{
    Cli cli;
    REQUIRE(cli({"import", QStringLiteral(BORDERLOG_TEST_DATA "/incidents-good.csv")}).exitCode == 0);
    const QString first = cli.file(QStringLiteral("first.csv"));
    REQUIRE(cli({"export", "-o", first}).exitCode == 0);
    const QString other = cli.file(QStringLiteral("other.sqlite"));
    REQUIRE(cli({"import", first}, other).exitCode == 0);
    const QString second = cli.file(QStringLiteral("second.csv"));
    REQUIRE(cli({"export", "-o", second}, other).exitCode == 0);
    const QByteArray bytes = borderlog::test::readFile(first);
    CHECK(bytes == borderlog::test::readFile(second));
    CHECK(bytes.startsWith("incident_id,date,time,location,nationality,persons,outcome,force_used,notes,recorded_by,"
                           "recorded_at,men,women,children,unaccompanied_minors,"));
    CHECK(bytes.contains("'=cmd|"));

    const Run toStdout = cli({"export", "--nationality", "SY"});
    CHECK(toStdout.exitCode == 0);
    // The header, both rows (IQ and SY) of the mixed incident, and the Syrian asylum request.
    CHECK(toStdout.out.count(QStringLiteral("\r\n")) == 4);
}

TEST_CASE("tally writes continuous periods with persons per outcome", "[cli][tally]")
{
    Cli cli;
    REQUIRE(cli({"import", QStringLiteral(BORDERLOG_TEST_DATA "/incidents-good.csv")}).exitCode == 0);
    Run run = cli({"tally", "--by", "day", "--from", "2021-08-01", "--to", "2021-08-05"});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out
          == QStringLiteral("period,incidents,persons,turned_back,detained,asylum_request,prevented,absconded,other,"
                            "admitted_humanitarian,order_to_leave,men,women,children,unaccompanied_minors\r\n"
                            "2021-08-01,0,0,0,0,0,0,0,0,0,0,0,0,0,0\r\n"
                            "2021-08-02,1,35,0,35,0,0,0,0,0,0,0,0,0,0\r\n"
                            "2021-08-03,2,184,180,0,4,0,0,0,0,0,0,0,0,0\r\n"
                            "2021-08-04,1,2,0,0,0,2,0,0,0,0,0,0,0,0\r\n"
                            "2021-08-05,0,0,0,0,0,0,0,0,0,0,0,0,0,0\r\n"));
    run = cli({"tally", "--by", "nationality", "-o", cli.file(QStringLiteral("n.csv"))});
    REQUIRE(run.exitCode == 0);
    const QByteArray n = borderlog::test::readFile(cli.file(QStringLiteral("n.csv")));
    CHECK(n.startsWith("nationality,incidents,persons"));
    CHECK(n.contains("\r\nIQ,2,210,180,30,0,0,0,0,0,0,0,0,0,0\r\n"));
    CHECK(n.contains("\r\nSY,2,9,0,5,4,0,0,0,0,0,0,0,0,0\r\n"));
}

TEST_CASE("tally writes running totals, comparisons and cross-tabs, and refuses options that do not go together",
          "[cli][tally]")
{
    Cli cli;
    REQUIRE(cli({"import", QStringLiteral(BORDERLOG_TEST_DATA "/incidents-good.csv")}).exitCode == 0);
    Run run = cli({"tally", "--by", "day", "--cumulative", "--from", "2021-08-01", "--to", "2021-08-05"});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.section(QStringLiteral("\r\n"), 1)
          == QStringLiteral("2021-08-01,0,0,0,0,0,0,0,0,0,0,0,0,0,0\r\n"
                            "2021-08-02,1,35,0,35,0,0,0,0,0,0,0,0,0,0\r\n"
                            "2021-08-03,3,219,180,35,4,0,0,0,0,0,0,0,0,0\r\n"
                            "2021-08-04,4,221,180,35,4,2,0,0,0,0,0,0,0,0\r\n"
                            "2021-08-05,4,221,180,35,4,2,0,0,0,0,0,0,0,0\r\n"));
    run = cli({"tally", "--by", "day", "--compare", "previous-period", "--from", "2021-08-03", "--to", "2021-08-04"});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.section(QStringLiteral("\r\n"), 0, 0)
              .endsWith(QStringLiteral(
                  ",compared_with,compared_incidents,compared_persons,persons_change,persons_change_percent")));
    CHECK(run.out.section(QStringLiteral("\r\n"), 1, 1).endsWith(QStringLiteral(",2021-08-02,1,35,149,425.7")));
    CHECK(run.out.section(QStringLiteral("\r\n"), 2, 2).endsWith(QStringLiteral(",2021-08-03,2,184,-182,-98.9")));
    run = cli({"tally", "--by", "nationality,outcome"});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("nationality,outcome,incidents,persons\r\nIQ,turned_back,1,180\r\n")));

    for (const QStringList &bad :
         QList<QStringList>{{"tally", "--by", "nationality", "--cumulative"},
                            {"tally", "--by", "day", "--restart", "year"},
                            {"tally", "--by", "month", "--cumulative", "--restart", "month"},
                            {"tally", "--by", "day", "--compare", "last-year"},
                            {"tally", "--by", "day,day"},
                            {"tally", "--by", "day,weather"},
                            {"tally", "--by", "nationality", "--compare", "previous-year"},
                            {"tally", "--by", "day", "--cumulative", "--compare", "previous-year"}}) {
        run = cli(bad);
        INFO(bad.join(u' ').toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QRegularExpression(QStringLiteral("^borderlog-cli: (by|cumulative|restart|compare):"))));
    }
}

TEST_CASE("check reports the schema and exits 1 for a file that is not a database", "[cli][check]")
{
    Cli cli;
    Run run = cli({"check"});
    CHECK(run.exitCode == 1); // nothing there yet
    CHECK(run.err.contains(QStringLiteral("does not exist")));
    REQUIRE(cli({"location", "add", "Varėna"}).exitCode == 0); // a write creates the database
    run = cli({"check"});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("schema version: %1").arg(borderlog::sqlite::SqliteSchema::latestVersion())));
    CHECK(run.out.contains(QStringLiteral("integrity: ok")));

    const QString notDb = cli.file(QStringLiteral("notes.txt"));
    QFile f(notDb);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    run = cli({"check"}, notDb);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("not a database")));
    CHECK(borderlog::test::readFile(notDb) == QByteArray(4096, 'x'));
}

TEST_CASE("Two command lines writing at once both land every incident", "[cli][writers]")
{
    Cli cli;
    QList<QProcess *> writers;
    for (int w = 0; w < 2; ++w) {
        // Each writer: a shell loop of 25 separate borderlog-cli processes.
        auto *process = new QProcess;
        const QString script = QStringLiteral("for i in $(seq 1 25); do \"%1\" --db \"%2\" add --date 2021-08-0%3 "
                                              "--location Varėna --persons IQ:$i --outcome detained || exit 1; done")
                                   .arg(QStringLiteral(BORDERLOG_CLI), cli.db())
                                   .arg(w + 1);
        process->start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
        writers << process;
    }
    for (QProcess *process : writers) {
        REQUIRE(process->waitForFinished(120000));
        INFO(process->readAllStandardError().toStdString());
        CHECK(process->exitCode() == 0);
        delete process;
    }
    CHECK(incidentCount(cli) == 50);
}

TEST_CASE("backup writes a checked copy and restore brings it back", "[cli][backup]")
{
    Cli cli;
    REQUIRE(cli({"import", QStringLiteral(BORDERLOG_TEST_DATA "/incidents-good.csv")}).exitCode == 0);
    const QString copy = cli.file(QStringLiteral("copy.sqlite"));
    Run run = cli({"backup", "-o", copy});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.trimmed() == copy);
    REQUIRE(
        cli({"add", "--date", "2021-08-05", "--location", "Varėna", "--persons", "IQ:1", "--outcome", "other"}).exitCode
        == 0);
    CHECK(incidentCount(cli) == 5);
    run = cli({"restore", copy});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("the previous database is kept as")));
    CHECK(incidentCount(cli) == 4);

    run = cli({"backup"}); // into the rotation beside the database
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("/backups/cli-")));

    run = cli({"restore", QStringLiteral(BORDERLOG_TEST_DATA "/incidents-good.csv")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("cannot be restored")));
    CHECK(incidentCount(cli) == 4);
}

TEST_CASE("A damaged database: check exits 1 naming the damage, and the file is not modified", "[cli][damaged]")
{
    Cli cli;
    REQUIRE(cli({"generate", "--incidents", "3000", "-o", cli.file(QStringLiteral("g.csv"))}).exitCode == 0);
    REQUIRE(cli({"import", cli.file(QStringLiteral("g.csv"))}).exitCode == 0);
    const QString copy = cli.file(QStringLiteral("copy.sqlite"));
    REQUIRE(cli({"backup", "-o", copy}).exitCode == 0);
    borderlog::test::damagePages(copy);
    const QByteArray before = borderlog::test::readFile(copy);
    const Run run = cli({"check"}, copy);
    CHECK(run.exitCode == 1);
    CHECK_FALSE(run.out.contains(QStringLiteral("integrity: ok")));
    CHECK((borderlog::test::readFile(copy) == before)); // compared quietly: a failure would print a megabyte
}

TEST_CASE("A database where nothing can be written is reported with exit status 1", "[cli][damaged]")
{
    Cli cli;
    // /proc refuses new folders even for root, like a read-only medium.
    const Run run = cli({"location", "add", "Varėna"}, QStringLiteral("/proc/borderlog-test/borderlog.sqlite"));
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("cannot create the folder")));
}

TEST_CASE("Accounts on the command line: each role's allowed and refused actions exit 0 or 2", "[cli][accounts]")
{
    Cli cli;
    const QString day = QStringLiteral("2021-08-02");
    const QStringList addOnDay{"add",       "--date", day,         "--location", "Medininkai",
                               "--persons", "IQ:5",   "--outcome", "turned_back"};
    // Without accounts: as before, in the operating system user's name.
    REQUIRE(
        cli({"add", "--date", day, "--location", "Medininkai", "--persons", "IQ:2", "--outcome", "detained"}).exitCode
        == 0);
    // The first account needs no login and must be an admin.
    Run run = cli.run({"user", "add", "ona", "--role", "officer", "--password-stdin"}, {}, {}, "ona-password\n");
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("role: the first account must be an admin")));
    run = cli.run({"user", "add", "chief", "--role", "admin", "--password-stdin"}, {}, {}, "chief-password\n");
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // From now on the database needs --user.
    run = cli({"list"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--user")));
    // The failure is recorded during the first program; the next waits out its delay (1 s from that record)
    // before it checks the password, right or not. Timed from before the failure, so the program's own exit
    // does not count against the delay.
    QElapsedTimer waited;
    waited.start();
    run = cli.as("chief", "wrong-password", {"list"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("not accepted")));
    CHECK(cli.as("chief", "chief-password", {"list"}).exitCode == 0);
    CHECK(waited.elapsed() >= 1000);
    // The acting admin's password from the environment, the new account's from standard input.
    for (const auto &[name, role] :
         {std::pair{"ona", "officer"}, std::pair{"jonas", "officer"}, std::pair{"rasa", "supervisor"}}) {
        run = cli.as("chief", "chief-password", {"user", "add", name, "--role", role, "--password-stdin"},
                     QByteArray(name) + "-password\n");
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
    // --password-stdin for the acting user.
    run = cli.run({"--user", "chief", "--password-stdin", "user", "list"}, {}, {}, "chief-password\n");
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("4 account(s)")));
    CHECK(cli.as("ona", "ona-password", {"user", "list"}).exitCode == 2);
    CHECK(cli.as("chief", "chief-password", {"location", "add", "Medininkai"}).exitCode == 0);
    CHECK(cli.as("ona", "ona-password", {"location", "add", "Somewhere"}).exitCode == 2);

    run = cli.as("ona", "ona-password", addOnDay);
    REQUIRE(run.exitCode == 0);
    const QString onas = run.out.trimmed();
    CHECK(cli.as("chief", "chief-password", addOnDay).exitCode == 2);

    // An officer cannot touch another officer's incident.
    run = cli.as("jonas", "jonas-password", {"remove", onas, "--reason", "duplicate"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("only incidents they recorded")));
    CHECK(cli.as("jonas", "jonas-password", {"update", onas, "--outcome", "detained"}).exitCode == 2);
    CHECK(cli.as("ona", "ona-password", {"update", onas, "--persons", "IQ:6"}).exitCode == 0);
    CHECK(cli({"remove", onas}).exitCode == 2); // no reason: usage
    // A supervisor needs a reason for someone else's incident.
    CHECK(cli.as("rasa", "rasa-password", {"update", onas, "--outcome", "detained"}).exitCode == 2);
    CHECK(
        cli.as("rasa", "rasa-password", {"update", onas, "--outcome", "detained", "--reason", "shift report"}).exitCode
        == 0);

    // Day sign-off: supervisors only; the day locks; reopening needs a reason.
    CHECK(cli.as("ona", "ona-password", {"day", "close", day}).exitCode == 2);
    run = cli.as("rasa", "rasa-password", {"day", "close", day});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("2 incidents, 8 persons")));
    const QString head = run.out.section(QStringLiteral("audit trail head: "), 1).trimmed();
    CHECK(head.size() > 64);
    CHECK(cli.as("ona", "ona-password", {"day", "status", day}).out.contains(QStringLiteral("signed off by rasa")));
    run = cli.as("ona", "ona-password", {"update", onas, "--notes", "late"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("signed off")));
    CHECK(cli.as("ona", "ona-password", addOnDay).exitCode == 2);
    CHECK(cli.as("rasa", "rasa-password", {"day", "reopen", day}).exitCode == 2);
    CHECK(cli.as("rasa", "rasa-password", {"day", "reopen", day, "--reason", "late report"}).exitCode == 0);
    CHECK(cli.as("ona", "ona-password", {"remove", onas, "--reason", "entered twice"}).exitCode == 0);

    // The trail: supervisors and admins list and export it; anyone verifies it.
    CHECK(cli.as("ona", "ona-password", {"audit", "list"}).exitCode == 2);
    // One incident's history is for everyone who sees the incident.
    run = cli.as("ona", "ona-password", {"audit", "list", "--incident", onas});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("reason: shift report")));
    CHECK(run.out.contains(QStringLiteral("4 entry(s)")));
    run = cli.as("rasa", "rasa-password", {"audit", "list", "--incident", onas});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("reason: shift report")));
    CHECK(run.out.contains(QStringLiteral("outcome: turned_back → detained")));
    CHECK(run.out.contains(QStringLiteral("4 entry(s)"))); // add, two amends, remove
    run = cli.as("chief", "chief-password", {"audit", "export", "-o", cli.file("trail.csv")});
    REQUIRE(run.exitCode == 0);
    CHECK(borderlog::test::readFile(cli.file("trail.csv"))
              .startsWith("sequence,at_utc,user,action,incident_id,before,after"));
    run = cli.as("ona", "ona-password", {"audit", "verify", "--expect-head", head});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("audit trail holds")));

    // An export documents the head beside it.
    run = cli.as("rasa", "rasa-password", {"export", "-o", cli.file("out.csv")});
    REQUIRE(run.exitCode == 0);
    const QByteArray about = borderlog::test::readFile(cli.file("out.csv.about.txt"));
    CHECK(about.contains("audit trail head: "));
    CHECK(about.contains("exported by: rasa"));
    // Everything the command line wrote is readable by its owner only.
    for (const QString &file : {cli.db(), cli.file("out.csv"), cli.file("out.csv.about.txt"), cli.file("trail.csv")}) {
        INFO(file.toStdString());
        CHECK((QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    }

    // A disabled account can do nothing.
    CHECK(cli.as("chief", "chief-password", {"user", "disable", "jonas"}).exitCode == 0);
    run = cli.as("jonas", "jonas-password", {"list"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("disabled")));
}

TEST_CASE("audit verify exits 1 naming the first entry a change made with the sqlite3 tool contradicts", "[cli][audit]")
{
    Cli cli;
    const Run added = cli(
        {"add", "--date", "2021-08-03", "--location", "Medininkai", "--persons", "IQ:180", "--outcome", "turned_back"});
    REQUIRE(added.exitCode == 0);
    CHECK(cli({"update", added.out.trimmed(), "--persons", "IQ:181"}).exitCode == 0);
    Run run = cli({"audit", "verify"});
    CHECK(run.exitCode == 0);
    borderlog::test::execute(cli.db(), "UPDATE incident SET outcome = 'detained'");
    run = cli({"audit", "verify"});
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(QStringLiteral("the first entry that does not match is 2")));
}

TEST_CASE("audit list shows each entry on one line and escapes control characters in stored texts", "[cli][audit]")
{
    Cli cli;
    const Run added = cli(
        {"add", "--date", "2021-08-03", "--location", "Medininkai", "--persons", "IQ:4", "--outcome", "turned_back"});
    REQUIRE(added.exitCode == 0);
    // Texts as an older version, another program or the sqlite3 tool may have left them: a user name that
    // would print a second, forged entry, and a reason that would clear the supervisor's terminal.
    borderlog::test::execute(
        cli.db(),
        "INSERT INTO audit_entry (seq, at, user, action, incident_id, after, reason, previous_hash, hash) "
        "VALUES (2, '2021-08-04T10:00:00.000Z', 'eve' || char(10) || '3  2021-08-04T10:00:01.000Z  rasa', "
        "'reopen', '', '{\"date\":\"2021-08-03\"}', 'late' || char(27) || '[2J' || char(13) || 'x', 'a', 'b')");
    const Run run = cli({"audit", "list"});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3); // two entries and the count
    CHECK(lines[1].startsWith(
        QStringLiteral("2  2021-08-04T10:00:00.000Z  eve↵3  2021-08-04T10:00:01.000Z  rasa  reopen")));
    CHECK(lines[1].contains(QStringLiteral("reason: late\\x1b[2J\\x0dx")));
    CHECK_FALSE(run.out.contains(QChar(0x1b)));
    CHECK_FALSE(run.out.contains(u'\r'));
}

TEST_CASE("An export's documentation counts its incidents and its rows", "[cli][export]")
{
    Cli cli;
    REQUIRE(cli({"add", "--date", "2021-08-02", "--location", "Varėna", "--persons", "IQ:2", "--persons", "SY:5",
                 "--outcome", "detained"})
                .exitCode
            == 0);
    REQUIRE(
        cli({"add", "--date", "2021-08-03", "--location", "Varėna", "--persons", "IQ:3", "--outcome", "turned_back"})
            .exitCode
        == 0);
    REQUIRE(cli({"export", "-o", cli.file("out.csv")}).exitCode == 0);
    // A mixed group is a row per nationality: two incidents, three data rows.
    CHECK(borderlog::test::readFile(cli.file("out.csv.about.txt"))
              .contains("contents: incidents, 2 incidents in 3 rows"));
    REQUIRE(cli({"tally", "--by", "day", "-o", cli.file("tally.csv")}).exitCode == 0);
    CHECK(borderlog::test::readFile(cli.file("tally.csv.about.txt")).contains("contents: tally by day, 2 rows"));
}

TEST_CASE("unremove restores a removed incident, audit verify passes after record, remove, restore and amend, and "
          "catches a restore forged with the sqlite3 tool",
          "[cli][audit][restore]")
{
    Cli cli;
    const Run added =
        cli({"add", "--date", "2021-08-03", "--location", "Medininkai", "--persons", "IQ:12", "--outcome", "detained"});
    REQUIRE(added.exitCode == 0);
    const QString id = added.out.trimmed();
    CHECK(cli({"unremove", id, "--reason", "not removed"}).exitCode == 2); // only a removed incident
    CHECK(cli({"remove", id, "--reason", "entered twice"}).exitCode == 0);
    CHECK(borderlog::test::queryText(cli.db(), "SELECT count(*) FROM incident") == QStringLiteral("1")); // kept
    CHECK_FALSE(cli({"list"}).out.contains(id));
    Run run = cli({"unremove", id});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("reason")));
    CHECK(cli({"unremove"}).exitCode == 2);
    run = cli({"unremove", id, "--reason", "not a duplicate"});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(cli({"list"}).out.contains(id));
    CHECK(cli({"update", id, "--persons", "IQ:13"}).exitCode == 0);
    run = cli({"audit", "list", "--incident", id});
    CHECK(run.out.contains(QStringLiteral("  restore  ")));
    CHECK(run.out.contains(QStringLiteral("reason: not a duplicate")));
    CHECK(run.out.contains(QStringLiteral("4 entry(s)"))); // add, remove, restore, amend
    run = cli({"tally", "--by", "day", "--from", "2021-08-03", "--to", "2021-08-03"});
    CHECK(run.out.contains(QStringLiteral("13")));
    CHECK(cli({"audit", "verify"}).exitCode == 0);

    CHECK(cli({"remove", id, "--reason", "entered twice after all"}).exitCode == 0); // entry 5
    CHECK(cli({"audit", "verify"}).exitCode == 0);
    borderlog::test::execute(cli.db(), "UPDATE incident SET removed = 0");
    run = cli({"audit", "verify"});
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(QStringLiteral("the first entry that does not match is 5")));
}

TEST_CASE("The frontier hierarchy is built from the command line and tallies follow a rename and a merge",
          "[cli][places]")
{
    Cli cli;
    REQUIRE(cli({"district", "add", "Vilnius", "--code", "VPR"}).exitCode == 0);
    REQUIRE(cli({"station", "add", "Vilnius", "Medininkai"}).exitCode == 0);
    REQUIRE(cli({"location", "add", "Medininkai checkpoint", "--district", "vilnius", "--station", "MEDININKAI",
                 "--latitude", "54.5389", "--longitude", "25.6425"})
                .exitCode
            == 0);
    for (const char *where : {"Medininkai checkpoint", "Medininkų pt"}) {
        REQUIRE(cli({"add", "--date", "2021-08-02", "--location", where, "--persons", "IQ:3", "--outcome", "detained"})
                    .exitCode
                == 0);
    }
    Run run = cli({"location", "merge", "Medininkų pt", "Medininkai checkpoint"});
    REQUIRE(run.exitCode == 0);
    REQUIRE(cli({"location", "rename", "Medininkai checkpoint", "Medininkai BCP"}).exitCode == 0);
    run = cli({"tally", "--by", "station"});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("\nMedininkai,2,6,0,6,0,0,0,0,0,0,0,0,0,0\r\n")));
    run = cli({"location", "list", "--tree"});
    CHECK(run.out.contains(QStringLiteral("Vilnius [VPR]\n  Medininkai\n    Medininkai BCP 54.538900, 25.642500\n")));
    CHECK(run.out.contains(QStringLiteral("Medininkų pt (merged into Medininkai BCP)")));
    CHECK(cli({"location", "list"}).out == QStringLiteral("Medininkai BCP\n"));
    CHECK(cli({"audit", "verify"}).exitCode == 0);

    // Bad input: exit 2, the field and the rule, nothing written.
    const QString head = cli({"audit", "verify"}).out;
    run = cli({"location", "move", "Medininkai BCP", "--district", "Vilnius", "--station", "Kabeliai"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("station: there is no station “Kabeliai” in district “Vilnius”")));
    run = cli({"location", "set", "Medininkai BCP", "--latitude", "54,5"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("latitude:")));
    CHECK(cli({"location", "merge", "Medininkai BCP"}).exitCode == 2);
    CHECK(cli({"station", "rename", "Vilnius", "Medininkai"}).exitCode == 2);
    CHECK(cli({"location", "rename", "Medininkų pt", "Other"}).exitCode == 2);
    CHECK(cli({"audit", "verify"}).out == head);
}

TEST_CASE("add and update take every detail, and export writes both layouts", "[cli][details]")
{
    Cli cli;
    Run run = cli({"add",
                   "--date",
                   "2021-08-03",
                   "--time",
                   "02:40",
                   "--location",
                   "Kabeliai",
                   "--persons",
                   "IQ:6:2/1/3/0",
                   "--outcome",
                   "turned_back",
                   "--detection",
                   "thermal_camera",
                   "--border-sector",
                   "green_border",
                   "--count-estimated",
                   "--injured",
                   "1",
                   "--aid-given",
                   "both",
                   "--force-type",
                   "physical_coercion",
                   "--refusal-reasons",
                   "c a",
                   "--facilitators",
                   "2",
                   "--facilitator-nationalities",
                   "BY Lithuania"});
    REQUIRE(run.exitCode == 0);
    const QString id = run.out.trimmed();
    CHECK(cli({"update", id, "--injured", "0", "--count-exact"}).exitCode == 0);
    run = cli({"export"});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral(",IQ,6,turned_back,true,,")));
    CHECK(run.out.contains(QStringLiteral(",2,1,3,0,thermal_camera,entry,green_border,false,0,0,0,both,"
                                          "physical_coercion,A C,2,BY LT,\r\n")));
    run = cli({"export", "--columns", "v1"});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("incident_id,date,time,location,nationality,persons,outcome,force_used,"
                                            "notes,recorded_by,recorded_at\r\n")));
    CHECK(run.out.count(u',') == 20);
    CHECK(cli({"export", "--columns", "v3"}).exitCode == 2);

    // Each rule names its field, and nothing is saved.
    run = cli({"add", "--date", "2021-08-03", "--location", "Kabeliai", "--persons", "IQ:2", "--outcome", "detained",
               "--injured", "3", "--refusal-reasons", "A", "--detection", "drone", "--related-to",
               "4a1b2c3d-0000-4000-8000-00000000dead"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("injured: must be at most the group's 2 person")));
    CHECK(run.err.contains(QStringLiteral("refusal_reasons: are given only for the outcome turned_back")));
    CHECK(run.err.contains(QStringLiteral("detection: 'drone' is not one of")));
    run = cli({"add", "--date", "2021-08-03", "--location", "Kabeliai", "--persons", "IQ:2", "--outcome", "detained",
               "--related-to", "4a1b2c3d-0000-4000-8000-00000000dead"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("related_to: 4a1b2c3d-0000-4000-8000-00000000dead is not an incident")));
    run = cli({"add", "--date", "2021-08-03", "--location", "Kabeliai", "--persons", "IQ:2", "--outcome", "detained",
               "--related-to", id});
    CHECK(run.exitCode == 0);
    CHECK(cli({"list"}).out.count(QStringLiteral("Kabeliai")) == 2);
    CHECK(cli({"audit", "verify"}).exitCode == 0);

    // A corrected count keeps who they were; another outcome lets the refusal reasons go.
    REQUIRE(cli({"update", id, "--persons", "IQ:7", "--outcome", "detained"}).exitCode == 0);
    run = cli({"export"});
    CHECK(run.out.contains(QStringLiteral(",IQ,7,detained,true,,")));
    CHECK(run.out.contains(QStringLiteral(",2,1,3,0,thermal_camera,")));
    CHECK(run.out.contains(QStringLiteral(",both,physical_coercion,,2,BY LT,")));

    // An earlier incident related to a later one: its export, in date order, imports whole.
    run = cli({"add", "--date", "2021-08-05", "--location", "Kabeliai", "--persons", "SY:2", "--outcome", "detained"});
    REQUIRE(run.exitCode == 0);
    REQUIRE(cli({"update", id, "--related-to", run.out.trimmed()}).exitCode == 0);
    const QString exported = cli.file(QStringLiteral("related.csv"));
    REQUIRE(cli({"export", "-o", exported}).exitCode == 0);
    Cli other;
    CHECK(other({"import", exported}).exitCode == 0);
    CHECK(other({"export"}).out == cli({"export"}).out);
}

TEST_CASE("A file of the v1 layout imports unchanged and exports again byte for byte with --columns v1",
          "[cli][details][import]")
{
    Cli cli;
    const QString good = QStringLiteral(BORDERLOG_TEST_DATA "/incidents-good.csv");
    REQUIRE(cli({"import", good}).exitCode == 0);
    const Run v1 = cli({"export", "--columns", "v1"});
    REQUIRE(v1.exitCode == 0);
    const QString reexported = cli.file(QStringLiteral("v1.csv"));
    REQUIRE(cli({"export", "--columns", "v1", "-o", reexported}).exitCode == 0);
    Cli other;
    REQUIRE(other({"import", reexported}).exitCode == 0);
    CHECK(other({"export", "--columns", "v1"}).out == v1.out);
    CHECK(other({"export"}).out == cli({"export"}).out);
}
