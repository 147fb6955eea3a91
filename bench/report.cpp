// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>

namespace borderlog::bench {

QTextStream &progress()
{
    static QTextStream out(stdout);
    return out;
}

void die(const QString &message)
{
    QTextStream(stderr) << "borderlog-bench: " << message << Qt::endl;
    std::exit(1);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

QList<double> timeRuns(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    return times;
}

void Report::add(Measurement m)
{
    // The database targets are set at 10 million incidents, import and export at the import size.
    m.judged = !m.reference
               && (m.targetAtThisSize || m.size >= 10000000 || m.operation.startsWith(QStringLiteral("import"))
                   || m.operation.startsWith(QStringLiteral("export")));
    m_results << m;
    progress() << "  " << m.operation << " @ " << m.size << ": " << QString::number(m.ours, 'f', 2) << ' ' << m.unit
               << (m.baseline > 0 ? QStringLiteral(" (baseline %1 ms)").arg(m.baseline, 0, 'f', 2) : QString())
               << Qt::endl;
}

QString Report::table() const
{
    QString t = QStringLiteral("| operation | incidents | this program (median) | baseline (median) | ratio | "
                               "target | result |\n|---|---:|---:|---:|---:|---|---|\n");
    for (const auto &m : m_results) {
        t += QStringLiteral("| %1 | %2 | %3 %4 | %5 | %6 | %7 | %8 |\n")
                 .arg(m.operation)
                 .arg(QLocale(QLocale::English).toString(m.size))
                 .arg(m.ours, 0, 'f', m.ours < 10 ? 2 : 1)
                 .arg(m.unit)
                 .arg(m.baseline > 0 ? QStringLiteral("%1 ms").arg(m.baseline, 0, 'f', m.baseline < 10 ? 2 : 1)
                                     : QStringLiteral("—"))
                 .arg(m.baseline > 0 ? QStringLiteral("%1×").arg(m.ours / m.baseline, 0, 'f', 3) : QStringLiteral("—"))
                 .arg(m.target, m.reference ? QStringLiteral("(reference)")
                                : !m.judged ? QStringLiteral("(scale)")
                                : m.pass    ? QStringLiteral("pass")
                                            : QStringLiteral("FAIL"));
    }
    return t;
}

} // namespace borderlog::bench
