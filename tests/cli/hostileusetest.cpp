// SPDX-License-Identifier: GPL-3.0-or-later
// borderlog-cli tried as a careless user and an adversary would: restores under load, programs opening a
// new database at once, reads on mistyped paths, files that are not databases.
#include "clirunner.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <csignal>

using borderlog::test::Cli;
using borderlog::test::incidentCount;
using borderlog::test::Run;

namespace {

QStringList addArguments(int persons)
{
    return {QStringLiteral("add"),
            QStringLiteral("--date"),
            QStringLiteral("2021-08-02"),
            QStringLiteral("--location"),
            QStringLiteral("Varėna"),
            QStringLiteral("--persons"),
            QStringLiteral("IQ:%1").arg(persons),
            QStringLiteral("--outcome"),
            QStringLiteral("detained")};
}

// The incident_ids of a database, from its export.
QSet<QString> idsIn(const Cli &cli, const QString &db)
{
    const Run run = cli({QStringLiteral("export")}, db);
    REQUIRE(run.exitCode == 0);
    QSet<QString> ids;
    const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        ids.insert(lines[i].section(u',', 0, 0));
    }
    return ids;
}

QStringList keptAside(const Cli &cli)
{
    QDir folder(QFileInfo(cli.db()).absolutePath());
    QStringList kept;
    for (const QString &name : folder.entryList({QStringLiteral("cli.sqlite.before-restore-*.sqlite")}, QDir::Files)) {
        kept << folder.filePath(name);
    }
    return kept;
}

} // namespace

TEST_CASE("A restore while another program adds: every add reported done is in the restored register or in a "
          "copy kept aside",
          "[cli][restore]")
{
    Cli cli;
    REQUIRE(cli(addArguments(1)).exitCode == 0);
    const QString backup = cli.file(QStringLiteral("backup.sqlite"));
    REQUIRE(cli({"backup", "-o", backup}).exitCode == 0);

    QProcess writer;
    const QString done = cli.file(QStringLiteral("done.txt"));
    // 40 separate adds; the ids of those that exited 0 (reported as done) are kept.
    writer.start(QStringLiteral("sh"),
                 {QStringLiteral("-c"),
                  QStringLiteral("for i in $(seq 1 40); do id=$(\"%1\" --db \"%2\" add --date 2021-08-03 --location "
                                 "Varėna --persons IQ:$i --outcome detained) && echo $id >> \"%3\"; done")
                      .arg(QStringLiteral(BORDERLOG_CLI), cli.db(), done)});
    REQUIRE(writer.waitForStarted());
    int restored = 0;
    int refused = 0;
    while (!writer.waitForFinished(0) && writer.state() != QProcess::NotRunning) {
        const Run run = cli({"restore", backup});
        if (run.exitCode == 0) {
            ++restored;
        } else {
            INFO(run.err.toStdString());
            CHECK(run.exitCode == 1);
            CHECK((run.err.contains(QStringLiteral("has")) || run.err.contains(QStringLiteral("busy"))));
            ++refused;
        }
    }
    REQUIRE(writer.state() == QProcess::NotRunning);
    if (restored == 0) {
        // Only refusals: nothing was swapped under the writer this time (a loaded machine); the rest still holds.
        WARN("no restore found a gap between the adds");
    }
    QFile doneFile(done);
    REQUIRE(doneFile.open(QIODevice::ReadOnly));
    const QStringList reported = QString::fromUtf8(doneFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
    CHECK(reported.size() > 0);
    QSet<QString> found = idsIn(cli, cli.db());
    const QStringList kept = keptAside(cli);
    CHECK(kept.size() == restored); // every restore kept its own copy
    for (const QString &copy : kept) {
        found += idsIn(cli, copy);
    }
    for (const QString &id : reported) {
        INFO("restores: " << restored << ", refused: " << refused << ", reported id: " << id.toStdString());
        CHECK(found.contains(id));
    }
}

TEST_CASE("A restore is refused while another program has the database open, and changes nothing", "[cli][restore]")
{
    Cli cli;
    REQUIRE(cli(addArguments(1)).exitCode == 0);
    const QString backup = cli.file(QStringLiteral("backup.sqlite"));
    REQUIRE(cli({"backup", "-o", backup}).exitCode == 0);
    REQUIRE(cli(addArguments(2)).exitCode == 0);
    {
        // An open connection that has read, as the desktop app's.
        sqlite3 *open = nullptr;
        REQUIRE(sqlite3_open(cli.db().toUtf8().constData(), &open) == SQLITE_OK);
        REQUIRE(sqlite3_exec(open, "SELECT count(*) FROM incident", nullptr, nullptr, nullptr) == SQLITE_OK);
        const Run run = cli({"restore", backup});
        sqlite3_close(open);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("has %1 open").arg(cli.db())));
    }
    CHECK(incidentCount(cli) == 2);
    CHECK(keptAside(cli).isEmpty());
}

TEST_CASE("Two restores in the same second keep two copies aside", "[cli][restore]")
{
    Cli cli;
    REQUIRE(cli(addArguments(1)).exitCode == 0);
    const QString backup = cli.file(QStringLiteral("backup.sqlite"));
    REQUIRE(cli({"backup", "-o", backup}).exitCode == 0);
    REQUIRE(cli(addArguments(2)).exitCode == 0);
    REQUIRE(cli({"restore", backup}).exitCode == 0);
    REQUIRE(cli({"restore", backup}).exitCode == 0);
    const QStringList kept = keptAside(cli);
    REQUIRE(kept.size() == 2);
    // The first copy holds what was there before the first restore: two incidents.
    QList<int> counts{incidentCount(cli, kept[0]), incidentCount(cli, kept[1])};
    std::sort(counts.begin(), counts.end());
    CHECK(counts == QList<int>{1, 2});
}

TEST_CASE("A restore killed at any moment leaves the old or the restored database, and the next command says so",
          "[cli][restore]")
{
    Cli cli;
    const QString csv = cli.file(QStringLiteral("many.csv"));
    REQUIRE(cli({"generate", "--incidents", "20000", "-o", csv}).exitCode == 0);
    REQUIRE(cli({"import", csv}).exitCode == 0);
    const QString backup = cli.file(QStringLiteral("backup.sqlite"));
    REQUIRE(cli({"backup", "-o", backup}).exitCode == 0);
    REQUIRE(cli(addArguments(1)).exitCode == 0);
    int interrupted = 0;
    for (int attempt = 0; attempt < 8; ++attempt) {
        QProcess restore;
        restore.start(QStringLiteral(BORDERLOG_CLI),
                      {QStringLiteral("--db"), cli.db(), QStringLiteral("restore"), backup});
        REQUIRE(restore.waitForStarted());
        QThread::msleep(QRandomGenerator::global()->bounded(50, 900));
        ::kill(pid_t(restore.processId()), SIGKILL);
        restore.waitForFinished();
        const bool killed = restore.exitStatus() == QProcess::CrashExit;
        const bool markerLeft = QFile::exists(cli.db() + QStringLiteral(".restore-in-progress"));
        const Run next = cli({"list", "--from", "2099-01-01"});
        INFO("attempt " << attempt << ": " << next.err.toStdString());
        REQUIRE(next.exitCode == 0); // a database is there, whatever the moment
        if (killed && markerLeft) {
            ++interrupted;
            CHECK(next.err.contains(QStringLiteral("was interrupted")));
        }
        const int count = incidentCount(cli);
        CHECK((count == 20000 || count == 20001));
        if (count == 20000) {
            REQUIRE(cli(addArguments(1)).exitCode == 0); // the next attempt starts from 20,001 again
        }
    }
    CHECK_FALSE(QFile::exists(cli.db() + QStringLiteral(".restore-in-progress")));
    WARN("restores interrupted: " << interrupted << " of 8");
}

TEST_CASE("Six programs opening a new database at once all succeed", "[cli][first-open]")
{
    for (int round = 0; round < 4; ++round) {
        Cli cli;
        QList<QProcess *> programs;
        for (int p = 0; p < 6; ++p) {
            auto *process = new QProcess;
            QStringList arguments{QStringLiteral("--db"), cli.db()};
            arguments += addArguments(p + 1);
            process->start(QStringLiteral(BORDERLOG_CLI), arguments);
            programs << process;
        }
        for (QProcess *process : programs) {
            REQUIRE(process->waitForFinished(60000));
            INFO("round " << round << ": " << process->readAllStandardError().toStdString());
            CHECK(process->exitCode() == 0);
            delete process;
        }
        CHECK(incidentCount(cli) == 6);
    }
}

TEST_CASE("Reads on a missing database exit 1 naming the path and create nothing", "[cli][missing]")
{
    Cli cli;
    const QString missing = cli.file(QStringLiteral("typo/borderlog.sqlite"));
    const QList<QStringList> reads{{"list"},
                                   {"export"},
                                   {"tally", "--by", "day"},
                                   {"audit", "verify"},
                                   {"audit", "list"},
                                   {"day", "status", "2021-08-02"},
                                   {"backup", "-o", cli.file(QStringLiteral("b.sqlite"))},
                                   {"location", "list"},
                                   {"user", "list"},
                                   {"check"}};
    for (const QStringList &read : reads) {
        const Run run = cli(read, missing);
        INFO(read.join(u' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(missing));
        CHECK(run.out.isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(QFileInfo(missing).absolutePath()));
    CHECK_FALSE(QFileInfo::exists(cli.file(QStringLiteral("b.sqlite"))));
}

TEST_CASE("An empty file, a foreign empty database, a FIFO and an empty path are no databases", "[cli][missing]")
{
    Cli cli;
    const QString empty = cli.file(QStringLiteral("empty.sqlite"));
    QFile(empty).open(QIODevice::WriteOnly);
    Run run = cli({"list"}, empty);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("empty file")));
    CHECK(QFileInfo(empty).size() == 0);
    CHECK_FALSE(QFileInfo::exists(empty + QStringLiteral("-wal")));

    // An SQLite file without tables that another program has tagged as its own.
    const QString tagged = cli.file(QStringLiteral("tagged.sqlite"));
    borderlog::test::execute(tagged, "PRAGMA application_id = 1234; PRAGMA user_version = 7;");
    const QByteArray before = borderlog::test::readFile(tagged);
    run = cli(addArguments(1), tagged);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("another program")));
    CHECK(borderlog::test::readFile(tagged) == before);
    CHECK_FALSE(QFileInfo::exists(tagged + QStringLiteral("-wal")));

    const QString fifo = cli.file(QStringLiteral("fifo"));
    REQUIRE(::mkfifo(fifo.toLocal8Bit().constData(), 0600) == 0);
    run = cli(addArguments(1), fifo);
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(QStringLiteral("FIFO")));

    QProcess emptyPath;
    emptyPath.start(QStringLiteral(BORDERLOG_CLI), {QStringLiteral("--db"), QString(), QStringLiteral("list")});
    REQUIRE(emptyPath.waitForFinished(60000));
    CHECK(emptyPath.exitCode() != 0);
    CHECK(QString::fromUtf8(emptyPath.readAllStandardError()).contains(QStringLiteral("path is empty")));
}

namespace {

// A full disk: a small tmpfs mounted over a folder (needs root; elsewhere the test says it did not run).
class FullDisk
{
public:
    explicit FullDisk(const QString &folder)
        : m_folder(folder)
    {
        QDir().mkpath(folder);
        m_mounted = ::geteuid() == 0
                    && QProcess::execute(QStringLiteral("mount"),
                                         {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=64k"), QStringLiteral("tmpfs"), folder})
                           == 0;
        if (m_mounted) {
            QFile filler(folder + QStringLiteral("/filler"));
            filler.open(QIODevice::WriteOnly);
            while (filler.write(QByteArray(4096, 'x')) == 4096 && filler.flush()) {
            }
        }
    }
    ~FullDisk()
    {
        if (m_mounted) {
            QProcess::execute(QStringLiteral("umount"), {m_folder});
        }
    }
    bool mounted() const { return m_mounted; }

private:
    QString m_folder;
    bool m_mounted = false;
};

} // namespace

TEST_CASE("Outputs onto a FIFO, a device or standard output are written there, never replaced by a file",
          "[cli][outputs]")
{
    Cli cli;
    REQUIRE(cli(addArguments(3)).exitCode == 0);
    const QString fifo = cli.file(QStringLiteral("pipe"));
    REQUIRE(::mkfifo(fifo.toLocal8Bit().constData(), 0600) == 0);
    QProcess reader;
    reader.start(QStringLiteral("cat"), {fifo});
    REQUIRE(reader.waitForStarted());
    Run run = cli({"export", "-o", fifo});
    CHECK(run.exitCode == 0);
    REQUIRE(reader.waitForFinished(30000));
    CHECK(QString::fromUtf8(reader.readAllStandardOutput()).startsWith(QStringLiteral("incident_id,")));
    struct stat info = {};
    REQUIRE(::stat(fifo.toLocal8Bit().constData(), &info) == 0);
    CHECK(S_ISFIFO(info.st_mode));
    CHECK_FALSE(QFileInfo::exists(fifo + QStringLiteral(".about.txt")));

    run = cli({"tally", "--by", "day", "-o", "-"});
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("period,")));
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("-")));

    // backup -o - writes the checked copy's bytes to standard output: a database of its own.
    QProcess backup;
    backup.start(QStringLiteral(BORDERLOG_CLI), {QStringLiteral("--db"), cli.db(), QStringLiteral("backup"),
                                                 QStringLiteral("-o"), QStringLiteral("-")});
    REQUIRE(backup.waitForFinished(60000));
    CHECK(backup.exitCode() == 0);
    const QString copy = cli.file(QStringLiteral("from-stdout.sqlite"));
    {
        QFile out(copy);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(backup.readAllStandardOutput());
    }
    CHECK(borderlog::test::queryText(copy, "PRAGMA integrity_check") == QStringLiteral("ok"));
    CHECK(borderlog::test::queryText(copy, "SELECT count(*) FROM incident") == QStringLiteral("1"));
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("-")));

    // A null device of our own (as root -o /dev/null once replaced the system's); a container may refuse it.
    const QString null = cli.file(QStringLiteral("null"));
    if (::geteuid() != 0 || ::mknod(null.toLocal8Bit().constData(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
        WARN("no device node of the test's own could be made (needs root and CAP_MKNOD)");
    } else {
        for (const QStringList &command : QList<QStringList>{{"export", "-o", null},
                                                             {"tally", "--by", "month", "-o", null},
                                                             {"generate", "--incidents", "5", "-o", null},
                                                             {"audit", "export", "-o", null}}) {
            run = cli(command);
            INFO(command.join(u' ').toStdString() << ": " << run.err.toStdString());
            CHECK(run.exitCode == 0);
            REQUIRE(::stat(null.toLocal8Bit().constData(), &info) == 0);
            CHECK(S_ISCHR(info.st_mode));
        }
        CHECK_FALSE(QFileInfo::exists(null + QStringLiteral(".about.txt")));
        run = cli({"backup", "-o", null});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("not a regular file")));
        REQUIRE(::stat(null.toLocal8Bit().constData(), &info) == 0);
        CHECK(S_ISCHR(info.st_mode));
    }
}

TEST_CASE("A full disk fails every output with exit 1 and leaves no partial file", "[cli][outputs]")
{
    Cli cli;
    REQUIRE(cli(addArguments(3)).exitCode == 0);
    // /dev/full answers every write with "no space left on device".
    for (const QStringList &command : QList<QStringList>{{"export", "-o", "/dev/full"},
                                                         {"tally", "--by", "day", "-o", "/dev/full"},
                                                         {"generate", "--incidents", "3", "-o", "/dev/full"},
                                                         {"generate", "--incidents", "100000", "-o", "/dev/full"},
                                                         {"audit", "export", "-o", "/dev/full"}}) {
        const Run run = cli(command);
        INFO(command.join(u' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("disk is full")));
    }

    const QString folder = cli.file(QStringLiteral("full"));
    const FullDisk disk(folder);
    if (!disk.mounted()) {
        WARN("no full disk to try regular files on (needs root and tmpfs)");
        return;
    }
    for (const QStringList &command :
         QList<QStringList>{{"export", "-o", folder + QStringLiteral("/e.csv")},
                            {"tally", "--by", "day", "-o", folder + QStringLiteral("/t.csv")},
                            {"generate", "--incidents", "2", "-o", folder + QStringLiteral("/g.csv")},
                            {"backup", "-o", folder + QStringLiteral("/b.sqlite")}}) {
        const Run run = cli(command);
        INFO(command.join(u' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("disk is full")));
    }
    CHECK(QDir(folder).entryList(QDir::Files) == QStringList{QStringLiteral("filler")});

    // Opening (here: creating) a database on the full disk says so, not "disk I/O error".
    const Run open = cli(addArguments(1), folder + QStringLiteral("/new.sqlite"));
    INFO(open.err.toStdString());
    CHECK(open.exitCode == 1);
    CHECK(open.err.contains(QStringLiteral("disk is full")));
}

TEST_CASE("Tallies changed behind the program's back are caught by audit verify and check, and repair rebuilds them",
          "[cli][tamper]")
{
    Cli cli;
    REQUIRE(cli(addArguments(3)).exitCode == 0);
    REQUIRE(cli({"add", "--date", "2021-08-02", "--location", "Medininkai", "--persons", "SY:2", "--persons", "IQ:1",
                 "--outcome", "turned_back"})
                .exitCode
            == 0);
    REQUIRE(cli({"day", "close", "2021-08-02"}).exitCode == 0);
    const QString before = cli({"tally", "--by", "day", "--from", "2021-08-02", "--to", "2021-08-02"}).out;
    CHECK(cli({"audit", "verify"}).exitCode == 0);
    CHECK(cli({"check"}).exitCode == 0);

    for (const char *forgery :
         {"UPDATE daily_tally SET persons = persons + 40 WHERE outcome = 'detained'",
          "UPDATE monthly_tally SET incidents = incidents + 1",
          "UPDATE daily_nationality_tally SET persons = 9 WHERE nationality = 'SY'",
          "DELETE FROM monthly_nationality_tally WHERE nationality = 'IQ' AND outcome = 'turned_back'",
          "INSERT INTO daily_tally (date, location_id, outcome, incidents, persons) VALUES ('2021-08-01', 1, "
          "'detained', 5, 50)",
          "UPDATE daily_nationality_tally SET men = men + 2 WHERE nationality = 'SY'"}) {
        INFO(forgery);
        borderlog::test::execute(cli.db(), forgery);
        Run run = cli({"audit", "verify"});
        CHECK(run.exitCode == 1);
        CHECK(run.out.contains(QStringLiteral("changed outside the program")));
        CHECK(run.out.contains(QStringLiteral("tally")));
        run = cli({"check"});
        CHECK(run.exitCode == 1);
        CHECK(run.out.contains(QStringLiteral("the incidents count")));
        run = cli({"repair", "--tallies"});
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("aggregate row")));
        CHECK(cli({"audit", "verify"}).exitCode == 0);
        CHECK(cli({"check"}).exitCode == 0);
        CHECK(cli({"tally", "--by", "day", "--from", "2021-08-02", "--to", "2021-08-02"}).out == before);
    }
    const Run first = cli({"audit", "verify"});
    CHECK(first.out.contains(QStringLiteral("holds")));
    const Run listed = cli({"audit", "list"});
    CHECK(listed.out.contains(QStringLiteral("tally_repair")));

    // The first daily row named, with its period, location, nationality and outcome.
    borderlog::test::execute(cli.db(), "UPDATE daily_tally SET persons = 4 WHERE outcome = 'detained'");
    const Run named = cli({"audit", "verify"});
    CHECK(named.out.contains(QStringLiteral("2021-08-02, Varėna, all nationalities, detained holds 1 incidents and 4 "
                                            "persons, but the incidents count 1 and 3")));
}

TEST_CASE("Only supervisors and admins rebuild the tallies once the database has accounts", "[cli][tamper]")
{
    Cli cli;
    REQUIRE(cli.run({"user", "add", "ada", "--role", "admin", "--password-stdin"}, {}, {}, "correct horse 1\n").exitCode
            == 0);
    REQUIRE(cli.as("ada", "correct horse 1", {"user", "add", "olga", "--role", "officer", "--password-stdin"},
                   "officer pass 1\n")
                .exitCode
            == 0);
    const Run refused = cli.as("olga", "officer pass 1", {"repair", "--tallies"});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("supervisor")));
    CHECK(cli.as("ada", "correct horse 1", {"repair", "--tallies"}).exitCode == 0);
}

namespace {

// borderlog-cli as an ordinary user: as root (who may write any file) the test drops to "nobody".
Run asOrdinaryUser(const Cli &cli, const QStringList &arguments)
{
    QStringList command{QStringLiteral("--db"), cli.db()};
    command += arguments;
    QProcess process;
    if (::geteuid() == 0) {
        command.prepend(QStringLiteral(BORDERLOG_CLI));
        command = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                              QStringLiteral("--clear-groups"), QStringLiteral("--")}
                  + command;
        process.start(QStringLiteral("setpriv"), command);
    } else {
        process.start(QStringLiteral(BORDERLOG_CLI), command);
    }
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("A session that could only read leaves nothing that blocks later writes", "[cli][readonly]")
{
    Cli cli;
    REQUIRE(cli(addArguments(1)).exitCode == 0);
    if (::geteuid() == 0) {
        // The ordinary user must be able to run the built program (a checkout under /root is not).
        QProcess probe;
        probe.start(QStringLiteral("setpriv"),
                    {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                     QStringLiteral("--"), QStringLiteral(BORDERLOG_CLI), QStringLiteral("--version")});
        if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0) {
            WARN("borderlog-cli cannot be run as an ordinary user here; the read-only session was not tried");
            return;
        }
    }
    const QByteArray folder = QFileInfo(cli.db()).absolutePath().toLocal8Bit();
    const QByteArray db = cli.db().toLocal8Bit();
    if (::geteuid() == 0) {
        REQUIRE(::chown(folder.constData(), 65534, 65534) == 0);
        REQUIRE(::chown(db.constData(), 65534, 65534) == 0);
    }
    REQUIRE(::chmod(db.constData(), 0444) == 0);
    Run run = asOrdinaryUser(cli, {"list"});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0); // reading a read-only file works
    CHECK(run.out.contains(QStringLiteral("1 incident")));
    run = asOrdinaryUser(cli, addArguments(2));
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("read-only")));
    REQUIRE(::chmod(db.constData(), 0644) == 0);
    run = asOrdinaryUser(cli, addArguments(3));
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0); // permissions restored: writing works
    CHECK(asOrdinaryUser(cli, {"list"}).out.contains(QStringLiteral("2 incident")));
}

TEST_CASE("An import that only skips changes nothing, and a skipped incident that differs is reported", "[cli][import]")
{
    Cli cli;
    const QString id = cli(addArguments(3)).out.trimmed();
    REQUIRE(!id.isEmpty());
    const QString head = cli({"audit", "verify"}).out.section(QStringLiteral("head: "), 1).trimmed();
    const QString csv = cli.file(QStringLiteral("same-id.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("incident_id,date,time,location,nationality,persons,outcome,force_used,notes,recorded_by,"
                              "recorded_at\r\n%1,2021-08-02,,Somewhere New,IQ,7,detained,0,,,\r\n")
                   .arg(id)
                   .toUtf8());
    file.close();
    const Run run = cli({"import", csv});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("0 incidents added, 1 skipped")));
    CHECK(run.err.contains(QStringLiteral("differ from the stored ones")));
    CHECK(run.err.contains(id));
    CHECK(cli({"location", "list"}).out == QStringLiteral("Varėna\n")); // no location from a skipped row
    CHECK(cli({"audit", "verify"}).out.section(QStringLiteral("head: "), 1).trimmed() == head); // no entry either

    // The register's own export imported again: all skipped, no conflict.
    const QString exported = cli.file(QStringLiteral("export.csv"));
    REQUIRE(cli({"export", "-o", exported}).exitCode == 0);
    const Run again = cli({"import", exported});
    CHECK(again.out.contains(QStringLiteral("0 incidents added, 1 skipped")));
    CHECK_FALSE(again.err.contains(QStringLiteral("differ")));
}

TEST_CASE("A command that writes waits for a long import instead of failing as busy", "[cli][busy]")
{
    Cli cli;
    REQUIRE(cli(addArguments(1)).exitCode == 0);
    sqlite3 *importer = nullptr; // holds the write lock longer than the 10 s any other wait allows
    REQUIRE(sqlite3_open(cli.db().toUtf8().constData(), &importer) == SQLITE_OK);
    REQUIRE(sqlite3_exec(importer, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    QProcess add;
    QStringList arguments{QStringLiteral("--db"), cli.db()};
    arguments += addArguments(2);
    add.start(QStringLiteral(BORDERLOG_CLI), arguments);
    REQUIRE(add.waitForStarted());
    CHECK_FALSE(add.waitForFinished(11500)); // still waiting after the old ten seconds
    sqlite3_exec(importer, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(importer);
    REQUIRE(add.waitForFinished(30000));
    INFO(add.readAllStandardError().toStdString());
    CHECK(add.exitCode() == 0);
    CHECK(incidentCount(cli) == 2);
}

TEST_CASE("A restore over a database with accounts needs its admin, and over a damaged one the backup's",
          "[cli][restore]")
{
    Cli cli;
    Cli other; // a database without accounts, whose backup would make anyone its first admin
    REQUIRE(other(addArguments(1)).exitCode == 0);
    const QString open = cli.file(QStringLiteral("no-accounts.sqlite"));
    REQUIRE(other({"backup", "-o", open}).exitCode == 0);

    REQUIRE(cli.run({"user", "add", "ada", "--role", "admin", "--password-stdin"}, {}, {}, "correct horse 1\n").exitCode
            == 0);
    REQUIRE(cli.as("ada", "correct horse 1", {"user", "add", "olga", "--role", "officer", "--password-stdin"},
                   "officer pass 1\n")
                .exitCode
            == 0);
    Run run = cli({"restore", open});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--user")));
    run = cli.as("olga", "officer pass 1", {"restore", open});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("only an admin")));
    CHECK(keptAside(cli).isEmpty());
    const QString withAccounts = cli.file(QStringLiteral("with-accounts.sqlite"));
    REQUIRE(cli.as("ada", "correct horse 1", {"backup", "-o", withAccounts}).exitCode == 0);
    run = cli.as("ada", "correct horse 1", {"restore", open});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("kept as")));

    // The current file is damaged: the backup's own admin decides.
    QFile damaged(cli.db());
    REQUIRE(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write(QByteArray(8192, 'x'));
    damaged.close();
    QFile::remove(cli.db() + QStringLiteral("-wal"));
    QFile::remove(cli.db() + QStringLiteral("-shm"));
    run = cli.as("olga", "officer pass 1", {"restore", withAccounts});
    CHECK(run.exitCode == 2);
    run = cli.as("ada", "correct horse 1", {"restore", withAccounts});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(cli.as("ada", "correct horse 1", {"user", "list"}).out.contains(QStringLiteral("olga")));
}
