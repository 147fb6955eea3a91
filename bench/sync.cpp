// SPDX-License-Identifier: GPL-3.0-or-later
// The national register: eight sites pushing their trails at once, and one site's sync over a long link. Run
// beside the throwaway server of scripts/with-test-server.sh (BORDERLOG_TEST_SERVER, BORDERLOG_TEST_TLS).

#include "delayproxy.h"
#include "fixtures.h"
#include "incidentgenerator.h"
#include "incidentlog.h"
#include "measurements.h"
#include "nationalregister.h"
#include "pgconnection.h"
#include "pgerror.h"
#include "pgregisterserver.h"
#include "report.h"
#include "serveraddress.h"
#include "serveradministration.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QUuid>

#include <sqlite3.h>

#include <thread>

namespace borderlog::bench {

namespace {

using postgres::PgConnection;

constexpr int kSites = 8;
constexpr int kSavesPerSite = 1000;

void record(IncidentLog &log, IncidentGenerator &generator, int count)
{
    for (int i = 0; i < count; ++i) {
        if (auto saved = log.incidents().record(generator.next()); !saved) {
            die(saved.message());
        }
    }
}

// Forgets the national register a register joined (between runs, each against a national register of its own).
void leaveNationalRegister(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK
        || sqlite3_exec(db, "DELETE FROM sync_link", nullptr, nullptr, nullptr) != SQLITE_OK) {
        die(QStringLiteral("cannot reset the link of %1").arg(path));
    }
    sqlite3_close(db);
}

// Runs `work(i)` for each site on a thread of its own, all at once; the wall time (ms).
double atOnce(const std::function<void(int)> &work)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> sites;
    sites.reserve(kSites);
    for (int i = 0; i < kSites; ++i) {
        sites.emplace_back(work, i);
    }
    for (auto &site : sites) {
        site.join();
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

// The baseline of the pushes: the same entries stored by eight connections at once, batch by batch, into a plain
// table with no check at all (ms).
double plainStores(const QList<QList<QByteArray>> &batches)
{
    const NationalRegister national({});
    PgConnection(national.connection().toUtf8())
        .execute("CREATE TABLE plain (site int, seq bigint, at text, \"user\" text, action text, incident_id text, "
                 "before text, after text, reason text, previous_hash text, hash text)");
    return atOnce([&](int i) {
        PgConnection connection(national.connection().toUtf8());
        for (const QByteArray &batch : batches[i]) {
            connection.execute(
                "INSERT INTO plain SELECT $1::int, x.* FROM json_to_recordset($2::json) AS x(seq bigint, at text, "
                "\"user\" text, action text, incident_id text, before text, after text, reason text, "
                "previous_hash text, hash text)",
                postgres::PgParameters().add(qint64(i)).add(batch));
        }
    });
}

} // namespace

void measureSitesPushing(const Bench &bench)
{
    progress() << "national register: " << kSites << " sites of " << kSavesPerSite << " saves each" << Qt::endl;
    QStringList codes;
    std::vector<std::unique_ptr<IncidentLog>> sites;
    QList<QList<QByteArray>> batches;
    for (int i = 0; i < kSites; ++i) {
        codes << QStringLiteral("site-%1").arg(i + 1);
        const QString path = bench.fixtures.scratch(QStringLiteral("site-%1.sqlite").arg(i + 1));
        Fixtures::removeDatabase(path);
        sites.push_back(openLog(path));
        IncidentGenerator generator({quint64(100 + i), QDate(2021, 8, 1), QDate(2021, 8, 31)});
        record(*sites.back(), generator, kSavesPerSite);
        QList<AuditEntry> entries;
        (void)sites.back()->audit().forEach({}, [&](const AuditEntry &e) {
            entries << e;
            return true;
        });
        QList<QByteArray> siteBatches;
        for (qsizetype from = 0; from < entries.size(); from += SiteSync::kBatchSize) {
            siteBatches << postgres::PgRegisterServer::batchJson(entries.mid(from, SiteSync::kBatchSize));
        }
        batches << siteBatches;
    }
    QList<double> ours;
    QList<double> base;
    for (int run = 0; run < bench.runs; ++run) {
        const NationalRegister national(codes);
        std::vector<QString> failures(kSites);
        ours << atOnce([&](int i) {
            auto server = postgres::PgRegisterServer::open(national.connection());
            auto pushed =
                server ? sites[size_t(i)]->sync().push(**server, codes.at(i)) : Result<SyncReport>(server.failure());
            if (!pushed || pushed->sent != kSavesPerSite) {
                failures[size_t(i)] = pushed ? QStringLiteral("not every entry was sent") : pushed.message();
            }
        });
        for (const QString &failure : failures) {
            if (!failure.isEmpty()) {
                die(failure);
            }
        }
        national.checkChains();
        for (int i = 0; i < kSites; ++i) {
            leaveNationalRegister(bench.fixtures.scratch(QStringLiteral("site-%1.sqlite").arg(i + 1)));
        }
        base << plainStores(batches);
    }
    const qint64 total = qint64(kSites) * kSavesPerSite;
    const double perSecond = double(total) / (median(ours) / 1000.0);
    bench.report.add({QStringLiteral("server apply: %1 sites push %2 saves each at once (chains checked, incidents and "
                                     "tallies applied; baseline: the same rows stored unchecked, %3 connections)")
                          .arg(kSites)
                          .arg(kSavesPerSite)
                          .arg(kSites),
                      total, median(ours), median(base), QStringLiteral("≥ 1,000 incidents/s"), perSecond >= 1000,
                      QStringLiteral("ms"), true, false, true});
    progress() << "  " << qRound(perSecond) << " incidents per second" << Qt::endl;
}

void measureSyncOverLongLink(const Bench &bench)
{
    progress() << "national register: 1,000 new entries over a 100 ms round trip" << Qt::endl;
    const QByteArray role = "bench_site_" + QUuid::createUuid().toByteArray(QUuid::Id128).left(8);
    const QByteArray password = "a-long-bench-password";
    PgConnection(environment("BORDERLOG_TEST_SERVER"))
        .execute(QByteArray("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'").constData());
    const QString passFile = bench.fixtures.scratch(QStringLiteral("pgpass"));
    {
        QFile file(passFile);
        if (!file.open(QIODevice::WriteOnly)) {
            die(QStringLiteral("cannot write %1").arg(passFile));
        }
        file.write("*:*:*:" + role + ":" + password + "\n");
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    qputenv("PGPASSFILE", passFile.toLocal8Bit());
    const QByteArray tls = environment("BORDERLOG_TEST_TLS");
    const quint16 port =
        quint16(QRegularExpression(QStringLiteral("port=(\\d+)")).match(QString::fromUtf8(tls)).captured(1).toUInt());
    {
        const NationalRegister national({QStringLiteral("medininkai-1")}, QString::fromLatin1(role));
        const QString direct =
            QString::fromUtf8(tls + " hostaddr=127.0.0.1 dbname=" + national.name() + " user=" + role);
        DelayProxy proxy(port, std::chrono::milliseconds(50));
        QString delayed = direct;
        delayed.replace(QRegularExpression(QStringLiteral("port=\\d+")), QStringLiteral("port=%1").arg(proxy.port()));

        const QString path = bench.fixtures.scratch(QStringLiteral("long-link.sqlite"));
        Fixtures::removeDatabase(path);
        auto log = openLog(path);
        IncidentGenerator generator({7, QDate(2021, 8, 1), QDate(2021, 8, 31)});
        const auto syncOf = [&](const QString &address) {
            record(*log, generator, 1000);
            QElapsedTimer timer;
            timer.start();
            auto server = postgres::PgRegisterServer::open(address);
            auto pushed = server ? log->sync().push(**server, QStringLiteral("medininkai-1"))
                                 : Result<SyncReport>(server.failure());
            if (!pushed || pushed->sent != 1000) {
                die(pushed ? QStringLiteral("not every entry was sent") : pushed.message());
            }
            return double(timer.nsecsElapsed()) / 1e6;
        };
        QList<double> ours;
        QList<double> base;
        for (int run = 0; run < bench.runs; ++run) {
            ours << syncOf(delayed);
            base << syncOf(direct);
        }
        national.checkChains();
        log.reset();
        bench.report.add({QStringLiteral("sync 1,000 new entries over a 100 ms round trip, TLS and password "
                                         "(baseline: the same on loopback)"),
                          1000, median(ours), median(base), QStringLiteral("< 10 s"), median(ours) < 10000,
                          QStringLiteral("ms"), true, false, true});
    }
    PgConnection(environment("BORDERLOG_TEST_SERVER")).execute(QByteArray("DROP ROLE " + role).constData());
    qunsetenv("PGPASSFILE");
}

void measureInitialPush(const Bench &bench, qint64 size)
{
    progress() << "national register: the initial push of a station of " << size << " incidents" << Qt::endl;
    bench.fixtures.ensureCsv(size);
    const QString path = bench.fixtures.scratch(QStringLiteral("initial-push.sqlite"));
    QList<double> ours;
    QList<double> base;
    for (int run = 0; run < std::max(1, bench.runs / 2); ++run) {
        base << bench.fixtures.importInto(path, size);
        const NationalRegister national({QStringLiteral("medininkai-1")});
        auto log = openLog(path);
        QElapsedTimer timer;
        timer.start();
        auto server = postgres::PgRegisterServer::open(national.connection());
        auto pushed =
            server ? log->sync().push(**server, QStringLiteral("medininkai-1")) : Result<SyncReport>(server.failure());
        if (!pushed || pushed->staged != size) {
            die(pushed ? QStringLiteral("not every incident was staged") : pushed.message());
        }
        ours << double(timer.nsecsElapsed()) / 1e6;
        national.checkChains();
    }
    bench.report.add({QStringLiteral("initial push of a station: its import's incidents staged, checked against the "
                                     "digest and applied with their tallies (baseline: this program's import of the "
                                     "same file)"),
                      size, median(ours), median(base), QStringLiteral("≤ 2× the import"),
                      median(ours) <= 2 * median(base), QStringLiteral("ms"), true, false, true});
}

} // namespace borderlog::bench
