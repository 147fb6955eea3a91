// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app on the database: start to painted window, peak memory, and the charts' refresh after a
// save, as `borderlog --measure-startup` reports them.

#include "fixtures.h"
#include "measurements.h"
#include "report.h"

#include <QProcess>

namespace borderlog::bench {

namespace {

struct AppRuns
{
    QList<double> wall;
    QList<double> refresh;
    QList<double> memory;

    // The lines `--measure-startup` prints: a name and a value.
    void read(const QByteArray &output)
    {
        for (const QByteArray &line : output.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 2) {
                continue;
            }
            if (parts[0] == "window_painted_ms") {
                wall << parts[1].toDouble();
            } else if (parts[0] == "chart_refresh_ms") {
                refresh << parts[1].toDouble();
            } else if (parts[0] == "peak_memory_mib") {
                memory << parts[1].toDouble();
            }
        }
    }
};

QByteArray runApp(const Fixtures &fixtures, const QString &db)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), fixtures.scratch(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), fixtures.scratch(QStringLiteral("data")));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(BORDERLOG_APP), {QStringLiteral("--db"), db, QStringLiteral("--measure-startup")});
    if (!app.waitForFinished(-1) || app.exitCode() != 0) {
        die(QStringLiteral("borderlog failed: %1").arg(QString::fromUtf8(app.readAllStandardError())));
    }
    return app.readAllStandardOutput();
}

} // namespace

void measureDesktopApp(const Bench &bench, qint64 size)
{
    AppRuns runs;
    for (int i = 0; i < bench.runs; ++i) {
        runs.read(runApp(bench.fixtures, bench.fixtures.dbPath(size)));
    }
    Report &report = bench.report;
    report.add({QStringLiteral("desktop app: start to painted window"), size, median(runs.wall), 0,
                QStringLiteral("< 1000 ms"), median(runs.wall) < 1000});
    report.add({QStringLiteral("desktop app: peak memory"), size, median(runs.memory), 0, QStringLiteral("< 250 MiB"),
                median(runs.memory) < 250, QStringLiteral("MiB")});
    report.add({QStringLiteral("charts refresh (after a save)"), size, median(runs.refresh), 0,
                QStringLiteral("< 50 ms"), median(runs.refresh) < 50});
}

void measureFirstPaintOn(const Bench &bench, const QString &db, qint64 size)
{
    AppRuns runs;
    for (int i = 0; i < bench.runs; ++i) {
        runs.read(runApp(bench.fixtures, db));
    }
    bench.report.add({QStringLiteral("desktop app on the national register: start to painted window"), size,
                      median(runs.wall), 0, QStringLiteral("< 1500 ms"), median(runs.wall) < 1500, QStringLiteral("ms"),
                      true, false, true});
}

} // namespace borderlog::bench
