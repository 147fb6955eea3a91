// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

class QTimer;

namespace borderlog {

// A wait after failed logins, shown second by second: the login and password dialogs say how long is left
// while the person keeps typing. Only a display: the wait itself is the core's (Session), on the worker.
class DelayCountdown : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DelayCountdown)

public:
    explicit DelayCountdown(QObject *parent);
    ~DelayCountdown() override;

    // Counts down `milliseconds` from now: ticked() at once and then every quarter second, ended() at zero.
    // Nothing to count (zero or less) ends at once.
    void start(qint64 milliseconds);
    void stop();
    bool isRunning() const;
    // Whole seconds left, rounded up.
    int secondsLeft() const;

signals:
    void ticked(int secondsLeft);
    void ended();

private:
    void tick();

    QTimer *m_timer;
    QDateTime m_end;
};

} // namespace borderlog
