// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <functional>

class QTextStream;

namespace borderlog::bench {

// Where the progress lines go (standard output).
QTextStream &progress();

// Says what failed on standard error and ends the suite.
[[noreturn]] void die(const QString &message);

double median(QList<double> values);

// The wall time of each of `runs` runs of `work` (ms).
QList<double> timeRuns(int runs, const std::function<void()> &work);

struct Measurement
{
    QString operation;
    qint64 size = 0;
    double ours = 0;     // median, ms (or MiB for memory)
    double baseline = 0; // median, ms; 0 when there is none
    QString target;
    bool pass = false;
    QString unit = QStringLiteral("ms");
    bool judged = true; // false below the size a target is set for: those rows show how cost grows
    // A second baseline that does the same writes as this program by hand (no validation, no program
    // logic): what the required writes cost by themselves. Shown, not judged.
    bool reference = false;
    // A target set for the size measured, whatever it is (the national register's rows).
    bool targetAtThisSize = false;
};

// The results in the order they were measured: a progress line for each, and the table of medians with
// each row's ratio to its baseline and its verdict.
class Report
{
public:
    void add(Measurement m);
    QString table() const;

private:
    QList<Measurement> m_results;
};

} // namespace borderlog::bench
