// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentcsv.h"
#include "sqliteregister.h"
#include "testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <signal.h>

using namespace borderlog;

namespace {

void killHard(QProcess &process)
{
    ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished(10000);
}

} // namespace

TEST_CASE("Saves reported as done survive a SIGKILL at any moment", "[reliability][crash]")
{
    test::TestDatabase db;
    const QString path = db.path();
    QRandomGenerator random(20210803);
    QSet<QString> reported;
    const int killPoints = 25;
    for (int k = 0; k < killPoints; ++k) {
        QProcess writer;
        writer.start(QStringLiteral(BORDERLOG_CRASHWRITER), {path, QString::number(k + 1)});
        REQUIRE(writer.waitForStarted());
        QThread::msleep(30 + random.bounded(250));
        killHard(writer);
        for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
            if (!line.isEmpty()) {
                reported.insert(QString::fromLatin1(line));
            }
        }
    }
    INFO(reported.size() << " saves reported over " << killPoints << " kills");
    REQUIRE(reported.size() > killPoints);
    auto log = db.reopen();
    for (const QString &id : reported) {
        const auto found = log->reads().find(QUuid::fromString(id));
        REQUIRE(found.ok());
        CHECK(found->has_value());
        // The audit entry was written with the incident, in the same transaction.
        const auto history = log->audit().incidentHistory(QUuid::fromString(id));
        REQUIRE(history.ok());
        CHECK(history->size() == 1);
    }
    // No incident without its entry and no entry without its incident, whatever the moment of the kill.
    const auto verified = log->audit().verify();
    REQUIRE(verified.ok());
    CHECK(verified->ok());
    const auto health = log->upkeep().checkHealth();
    REQUIRE(health.ok());
    CHECK(health->ok);
    CHECK(test::aggregatesMatchRecount(path));
}

TEST_CASE("An import killed with SIGKILL leaves nothing or everything", "[reliability][crash]")
{
    test::TestDatabase db;
    const QString csv = db.folder() + QStringLiteral("/big.csv");
    // Large enough that the import drops and rebuilds the log's indexes inside its transaction, so some
    // kills land while the indexes are gone from the uncommitted state.
    test::writeGeneratedCsv(csv, 60000, 77);
    REQUIRE(db.log()
                .incidents()
                .record(test::draft(QDate(2021, 8, 2), QStringLiteral("Varėna"), QStringLiteral("IQ"), 3))
                .ok());
    const QString path = db.path();
    QRandomGenerator random(4);
    int interrupted = 0;
    for (int k = 0; k < 8; ++k) {
        QProcess import;
        import.start(QStringLiteral(BORDERLOG_CLI), {QStringLiteral("--db"), path, QStringLiteral("import"), csv});
        REQUIRE(import.waitForStarted());
        QThread::msleep(50 + random.bounded(1500));
        const bool finished = import.state() == QProcess::NotRunning;
        killHard(import);
        interrupted += finished ? 0 : 1;
        auto log = db.reopen();
        const qint64 count = *log->reads().count({});
        INFO("kill " << k << ": " << count << " incidents");
        CHECK((count == 1 || count == 60001));
        CHECK(test::queryText(path, "SELECT group_concat(name) FROM (SELECT name FROM sqlite_schema WHERE "
                                    "type = 'index' AND tbl_name = 'incident' AND sql IS NOT NULL ORDER BY name)")
              == QStringLiteral("incident_by_date,incident_by_location"));
        const auto health = log->upkeep().checkHealth();
        CHECK(health->ok);
        const auto verified = log->audit().verify();
        CHECK(verified->ok());
        CHECK(verified->entries == (count == 1 ? 1 : 2)); // the import's entry landed with its incidents or not
        if (count == 60001) {
            break; // the import finished before the kill; later runs would only skip
        }
    }
    CHECK(interrupted > 0);
    CHECK(test::aggregatesMatchRecount(path));
}
