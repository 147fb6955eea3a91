// SPDX-License-Identifier: GPL-3.0-or-later
#include "delaycountdown.h"

#include <QTimer>

#include <algorithm>

namespace borderlog {

DelayCountdown::DelayCountdown(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &DelayCountdown::tick);
}

DelayCountdown::~DelayCountdown() = default;

void DelayCountdown::start(qint64 milliseconds)
{
    m_end = QDateTime::currentDateTimeUtc().addMSecs(milliseconds);
    m_timer->start();
    tick();
}

void DelayCountdown::stop()
{
    m_timer->stop();
}

bool DelayCountdown::isRunning() const
{
    return m_timer->isActive();
}

int DelayCountdown::secondsLeft() const
{
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_end);
    return int((std::max<qint64>(left, 0) + 999) / 1000);
}

void DelayCountdown::tick()
{
    const int seconds = secondsLeft();
    if (seconds <= 0) {
        m_timer->stop();
        emit ended();
        return;
    }
    emit ticked(seconds);
}

} // namespace borderlog
