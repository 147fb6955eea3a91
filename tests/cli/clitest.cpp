#include "testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

class Cli
{
public:
    Cli()
        : m_db(m_dir.filePath(QStringLiteral("cli.sqlite")))
    {}

    Run operator()(QStringList arguments, const QString &db = {}) const
    {
        arguments.prepend(db.isEmpty() ? m_db : db);
        arguments.prepend(QStringLiteral("--db"));
        QProcess process;
        process.start(QStringLiteral(BORDERLOG_CLI), arguments);
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString file(const QString &name) const { return m_dir.filePath(name); }
    QString db() const { return m_db; }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

int incidentCount(const Cli &cli, const QString &db = {})
{
    const Run check = cli({QStringLiteral("check")}, db);
    REQUIRE(check.exitCode == 0);
    const auto line = check.out.section(QStringLiteral("incidents: "), 1).section(u'\n', 0, 0);
    return line.toInt();
}

} // namespace

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
    run = cli({"tally", "--by", "week"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("by: 'week' is not one of")));
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
                           "recorded_at\r\n"));
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
          == QStringLiteral("period,incidents,persons,turned_back,detained,asylum_request,prevented,absconded,other\r\n"
                            "2021-08-01,0,0,0,0,0,0,0,0\r\n"
                            "2021-08-02,1,35,0,35,0,0,0,0\r\n"
                            "2021-08-03,2,184,180,0,4,0,0,0\r\n"
                            "2021-08-04,1,2,0,0,0,2,0,0\r\n"
                            "2021-08-05,0,0,0,0,0,0,0,0\r\n"));
    run = cli({"tally", "--by", "nationality", "-o", cli.file(QStringLiteral("n.csv"))});
    REQUIRE(run.exitCode == 0);
    const QByteArray n = borderlog::test::readFile(cli.file(QStringLiteral("n.csv")));
    CHECK(n.startsWith("nationality,incidents,persons"));
    CHECK(n.contains("\r\nIQ,2,210,180,30,0,0,0,0\r\n"));
    CHECK(n.contains("\r\nSY,2,9,0,5,4,0,0,0\r\n"));
}

TEST_CASE("check reports the schema and exits 1 for a file that is not a database", "[cli][check]")
{
    Cli cli;
    Run run = cli({"check"});
    CHECK(run.exitCode == 1); // nothing there yet
    CHECK(run.err.contains(QStringLiteral("does not exist")));
    REQUIRE(cli({"list"}).exitCode == 0); // creates the database
    run = cli({"check"});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("schema version: 3")));
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
    REQUIRE(cli({"list"}).exitCode == 0);
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
    const Run run = cli({"list"}, QStringLiteral("/proc/borderlog-test/borderlog.sqlite"));
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("cannot create the folder")));
}
