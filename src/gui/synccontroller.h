// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseswitcher.h"
#include "registerserver.h"
#include "sitesync.h"

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

class QAction;
class QLabel;
class QTimer;
class QWidget;

namespace borderlog {

class IncidentLog;

// Connects to the national register at a connection string; the app wires in the server it uses.
using ServerConnector = std::function<Result<std::unique_ptr<RegisterServer>>(const QString &address)>;

// The desktop app's sync with the national register, once the register has joined a site (File › Join the
// national register…, an admin's, as `borderlog-cli sync --server … --site …`): in the background every five
// minutes and on demand (File › Sync with the national register), on a register of its own (BackgroundTask),
// so that a slow or broken link never holds up a save. The status bar says when it last synced and how many
// entries are still waiting to go, or why it could not (the whole message in the tooltip).
class SyncController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    static constexpr std::chrono::minutes kInterval{5};

    SyncController(IncidentLog &log, DatabaseOpener opener, ServerConnector connector, QWidget *window);
    ~SyncController() override;

    // The status bar's item: the label and a separator after it, shown only once the register has joined.
    QWidget *statusWidget() const { return m_status; }
    QLabel *statusLabel() const { return m_label; }
    QAction *syncAction() const { return m_action; }
    QAction *joinAction() const { return m_joinAction; }

    // Starts a sync unless one is running or the register has not joined a site.
    void syncNow();
    // Asks for the server and the site's code, then joins with a first sync in the background.
    void join();

signals:
    // A sync has ended, as the status bar now says.
    void syncEnded();

private:
    // Shows the link and the waiting entries (hidden for a register that has not joined).
    void refresh();
    // Runs a sync in the background; `site` joins the register to it.
    void start(const QString &address, const QString &site);
    void finish(const Result<SyncReport> &report);

    IncidentLog &m_log;
    DatabaseOpener m_opener;
    ServerConnector m_connector;
    QWidget *m_status;
    QLabel *m_label;
    QAction *m_action;
    QAction *m_joinAction;
    QTimer *m_timer;
    QWidget *m_window;
    bool m_joining = false;
    bool m_running = false;
    QDateTime m_lastAttempt; // local time of the last sync that ended
    std::optional<Failure> m_lastFailure;
    QStringList m_lastDeclined; // headquarters' changes the last sync did not take, and why
};

} // namespace borderlog
