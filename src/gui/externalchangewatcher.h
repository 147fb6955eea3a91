// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTimer;

namespace borderlog {

class IncidentLog;

// Looks every few seconds for changes other programs (borderlog-cli, a second desktop app) wrote to the
// open database, and announces them through the register's events like its own (a reload of all).
// Lives on the GUI thread beside the IncidentLog it watches.
class ExternalChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ExternalChangeWatcher(IncidentLog &log, QObject *parent = nullptr);

    void start(int intervalMs);

public slots:
    // Announces changes written by other programs since the last look; returns whether there were any.
    bool check();

private:
    IncidentLog &m_log;
    QTimer *m_timer;
    qint64 m_lastCounter = -1;
};

} // namespace borderlog
