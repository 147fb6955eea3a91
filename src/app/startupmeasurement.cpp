// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupmeasurement.h"

#include "mainwindow.h"
#include "summarypanel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace borderlog::StartupMeasurement {

namespace {

// Peak resident memory of this process in MiB (VmHWM), from Linux's own accounting.
double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return -1;
}

class FirstPaint : public QObject
{
public:
    FirstPaint(MainWindow &window, const QElapsedTimer &sinceStart)
        : QObject(&window)
        , m_window(window)
        , m_clock(sinceStart)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, this, [this] { report(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void report()
    {
        const double paintedMs = double(m_clock.nsecsElapsed()) / 1e6;
        QList<double> refresh;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer timer;
            timer.start();
            m_window.summary()->refresh();
            refresh << double(timer.nsecsElapsed()) / 1e6;
        }
        std::sort(refresh.begin(), refresh.end());
        QTextStream(stdout) << "window_painted_ms " << paintedMs << "\nchart_refresh_ms " << refresh.at(3)
                            << "\npeak_memory_mib " << peakMemoryMiB() << Qt::endl;
        QCoreApplication::quit();
    }

    MainWindow &m_window;
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace

void watch(MainWindow &window, const QElapsedTimer &sinceStart)
{
    auto *watcher = new FirstPaint(window, sinceStart);
    window.findChild<QTableView *>(QStringLiteral("incidentTable"))->viewport()->installEventFilter(watcher);
}

} // namespace borderlog::StartupMeasurement
