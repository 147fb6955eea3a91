// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundtask.h"

#include "incidentlog.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace borderlog {

SecondRegister SecondRegister::of(const IncidentLog &log, DatabaseOpener opener)
{
    SecondRegister second;
    second.m_opener = std::move(opener);
    second.m_path = log.databaseLocation();
    second.m_login = log.session().account();
    second.m_recorder = log.session().recorder();
    return second;
}

bool SecondRegister::possible() const
{
    return m_opener && !m_path.isEmpty() && m_path != QLatin1String(":memory:")
           && !m_path.startsWith(QLatin1String("file::memory:"));
}

Result<std::unique_ptr<IncidentLog>> SecondRegister::open() const
{
    auto store = m_opener(m_path);
    if (!store) {
        return store.failure();
    }
    auto log = std::make_unique<IncidentLog>(std::move(store).value());
    log->session().setRecorder(m_recorder);
    log->session().setAccount(m_login);
    return log;
}

BackgroundTask::BackgroundTask()
{
    // A task still running when the program quits is asked to stop and waited for: an import rolls back, a
    // backup or an export is not left half-written.
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        cancel();
        if (m_thread) {
            m_thread->wait();
        }
    });
}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_thread->wait();
    }
}

void BackgroundTask::reportProgress(double done)
{
    const int permille = done < 0 ? -1 : int(std::clamp(done, 0.0, 1.0) * 1000);
    if (m_reported.exchange(permille) != permille) {
        emit progressed(permille);
    }
}

void BackgroundTask::startThread(std::function<void()> body)
{
    m_ownConnection = true;
    m_thread.reset(QThread::create(std::move(body)));
    // Emitted on the worker's thread as it ends; queued to this object on the GUI thread.
    connect(m_thread.get(), &QThread::finished, this, &BackgroundTask::end, Qt::QueuedConnection);
    m_thread->start();
}

void BackgroundTask::startHere(std::function<void()> body)
{
    QTimer::singleShot(0, this, [this, body = std::move(body)] {
        body();
        end();
    });
}

void BackgroundTask::end()
{
    if (m_thread) {
        m_thread->wait(); // finished() comes just before the thread has quite ended
    }
    emit finished();
    deleteLater();
}

} // namespace borderlog
