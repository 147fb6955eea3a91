// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontroller.h"

#include "accessrules.h"
#include "backgroundtask.h"
#include "dialogs.h"
#include "incidentlog.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>

#include <utility>

namespace borderlog {

SyncController::SyncController(IncidentLog &log, DatabaseOpener opener, ServerConnector connector, QWidget *window)
    : QObject(window)
    , m_log(log)
    , m_opener(std::move(opener))
    , m_connector(std::move(connector))
    , m_status(new QWidget(window))
    , m_label(new QLabel(m_status))
    , m_action(new QAction(tr("S&ync with the national register"), this))
    , m_joinAction(new QAction(tr("&Join the national register…"), this))
    , m_timer(new QTimer(this))
    , m_window(window)
{
    m_label->setObjectName(QStringLiteral("syncStatusLabel"));
    m_label->setContentsMargins(6, 0, 6, 0);
    auto *separator = new QFrame(m_status);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    auto *layout = new QHBoxLayout(m_status);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(separator);
    m_action->setObjectName(QStringLiteral("syncAction"));
    m_action->setStatusTip(tr("Send what this register recorded to the national register now"));
    connect(m_action, &QAction::triggered, this, &SyncController::syncNow);
    m_joinAction->setObjectName(QStringLiteral("joinAction"));
    m_joinAction->setStatusTip(tr("Join this register to its site of the national register (an admin's)"));
    connect(m_joinAction, &QAction::triggered, this, &SyncController::join);
    m_timer->setInterval(kInterval);
    connect(m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    m_timer->start();
    // What is waiting changes with every write; another database (File › Open) has a link of its own.
    for (auto signal : {&IncidentLog::incidentsChanged, &IncidentLog::locationsChanged, &IncidentLog::daysChanged,
                        &IncidentLog::actorChanged}) {
        connect(&m_log, signal, this, &SyncController::refresh);
    }
    connect(&m_log, &IncidentLog::databaseReplaced, this, [this] {
        m_lastAttempt = {};
        m_lastFailure.reset();
        refresh();
    });
    refresh();
}

SyncController::~SyncController() = default;

void SyncController::refresh()
{
    const auto status = m_log.sync().status();
    const bool linked = status && status->has_value();
    m_status->setVisible(linked);
    m_action->setEnabled(linked && !m_running);
    // The national register itself joins no other.
    m_joinAction->setEnabled(status && !linked && !m_running && m_connector && m_log.acceptsChanges()
                             && AccessRules::mayJoinNationalRegister(m_log.session().actor()).ok());
    if (!linked) {
        return;
    }
    const SyncLink &link = (*status)->link;
    const int waiting = int((*status)->waiting);
    const QString at = QLocale().toString(m_lastAttempt.time(), QLocale::ShortFormat);
    if (m_running) {
        m_label->setText(tr("National register: syncing…"));
    } else if (!m_lastFailure && !m_lastDeclined.isEmpty()) {
        // Synced, and headquarters was told why: the station and the national register differ on these incidents.
        m_label->setText(tr("National register: synced at %1, %n change(s) of headquarters not taken", nullptr,
                            int(m_lastDeclined.size()))
                             .arg(at));
        m_label->setToolTip(m_lastDeclined.join(u'\n'));
    } else if (!m_lastFailure) {
        m_label->setText(
            m_lastAttempt.isValid()
                ? (waiting == 0 ? tr("National register: synced at %1, all sent").arg(at)
                                : tr("National register: synced at %1, %n entry(s) waiting", nullptr, waiting).arg(at))
                : tr("National register: site %1, %n entry(s) waiting", nullptr, waiting).arg(link.site));
        m_label->setToolTip(tr("Site %1; the server holds this register's audit trail up to entry %2.")
                                .arg(link.site)
                                .arg(link.acknowledged.sequence));
    } else {
        m_label->setText(m_lastFailure->kind == Failure::Kind::Storage
                             ? tr("National register: not reached at %1, %n entry(s) waiting", nullptr, waiting).arg(at)
                             : tr("National register: refused at %1, ask headquarters").arg(at));
        m_label->setToolTip(m_lastFailure->message);
    }
}

void SyncController::syncNow()
{
    const auto joined = m_log.sync().joined();
    if (m_running || !m_connector || !joined || !joined->has_value()) {
        return;
    }
    start((*joined)->server, {});
}

void SyncController::join()
{
    const auto server = Dialogs::askText(m_window, tr("Join the national register"),
                                         tr("The national register's server: a connection string or "
                                            "postgresql://USER@HOST/DATABASE, without the password (~/.pgpass "
                                            "holds it):"));
    if (!server || server->trimmed().isEmpty()) {
        return;
    }
    const auto site = Dialogs::askText(m_window, tr("Join the national register"),
                                       tr("The code headquarters gave this desktop's site (medininkai-1):"));
    if (!site) {
        return;
    }
    if (auto wrong = SiteCode::check(site->trimmed())) {
        Dialogs::warn(m_window, tr("Join the national register"), wrong->toString());
        return;
    }
    m_joining = true;
    start(server->trimmed(), site->trimmed());
}

void SyncController::start(const QString &address, const QString &site)
{
    m_running = true;
    refresh();
    BackgroundTask::run<Result<SyncReport>>(
        m_log, m_opener, this,
        [connector = m_connector, address, site](IncidentLog &own, BackgroundTask &) -> Result<SyncReport> {
            auto server = connector(address);
            if (!server) {
                return server.failure();
            }
            return own.sync().push(**server, site);
        },
        [this](const Result<SyncReport> &report) { finish(report); });
}

void SyncController::finish(const Result<SyncReport> &report)
{
    m_running = false;
    const bool joining = std::exchange(m_joining, false);
    const auto joined = m_log.sync().joined();
    if (joining && !report && !(joined && joined->has_value())) {
        // Refused before the link was kept: the register stays as it was, and the status bar shows nothing of it.
        refresh();
        Dialogs::warn(m_window, tr("Join the national register"), report.message());
        emit syncEnded();
        return;
    }
    m_lastAttempt = QDateTime::currentDateTime();
    if (report) {
        m_lastFailure.reset();
        m_lastDeclined = report->declined;
    } else {
        m_lastFailure = report.failure();
    }
    refresh();
    if (joining && !report) {
        // Joined, and the first sync broke off after it (a lost link): the next sync goes on from the server's head.
        Dialogs::warn(m_window, tr("Join the national register"),
                      tr("This register is site %1 of the national register now, but its first sync did not end: %2")
                          .arg((*joined)->site, report.message()));
    } else if (joining) {
        Dialogs::inform(
            m_window, tr("Join the national register"),
            tr("This register is site %1 of the national register now; %n entry(s) sent.", nullptr, int(report->sent))
                .arg(report->site));
    }
    emit syncEnded();
}

} // namespace borderlog
