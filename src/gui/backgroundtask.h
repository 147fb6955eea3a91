// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "databaseswitcher.h"

#include <QObject>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace borderlog {

class IncidentLog;

// The window's database opened again, for work on another thread: what to open and who acts there, copied
// on the GUI thread before the work starts, so that the worker touches nothing of the window's register.
class SecondRegister
{
public:
    static SecondRegister of(const IncidentLog &log, DatabaseOpener opener);

    // False for an in-memory database: a second connection would open another, empty database.
    bool possible() const;
    // Opens the register on the calling thread, acting as the window's user.
    Result<std::unique_ptr<IncidentLog>> open() const;

private:
    DatabaseOpener m_opener;
    QString m_path;
    std::optional<Account> m_login;
    QString m_recorder;
};

// Long work (an import, a verification, an export, a login check) on a thread of its own, with a register of
// its own (SecondRegister), so that the window keeps painting and taking keystrokes meanwhile. The result is
// handed back on the GUI thread by a queued signal. The work gets its register and this task, for the task's
// thread-safe part only: reportProgress() and isCancelled(). It must capture no widget and not the window's
// IncidentLog.
//
// A task lives on the GUI thread and deletes itself once its work has ended and its result was delivered; a
// task whose window went away meanwhile still runs to its end, and the program waits for it when it quits.
class BackgroundTask : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundTask)

public:
    template <typename T>
    using Work = std::function<T(IncidentLog &log, BackgroundTask &task)>;

    // Runs `work` on a thread of its own over a second register of `log`'s database, then `done` with its
    // result on the GUI thread, unless `context` is gone by then. For an in-memory database (tests, a
    // throwaway session) there is no second connection: the work runs on the GUI thread over `log` itself,
    // started from the event loop and without pumping events, and `done` follows the same way.
    template <typename T>
    static BackgroundTask *run(IncidentLog &log, const DatabaseOpener &opener, QObject *context, Work<T> work,
                               std::function<void(T)> done)
    {
        auto result = std::make_shared<std::optional<T>>();
        const SecondRegister second = SecondRegister::of(log, opener);
        auto *task = new BackgroundTask;
        connect(task, &BackgroundTask::finished, context,
                [result, done = std::move(done)] { done(std::move(**result)); });
        if (!second.possible()) {
            task->startHere([task, result, work = std::move(work), &log] { *result = work(log, *task); });
            return task;
        }
        task->startThread([task, result, work = std::move(work), second] {
            auto own = second.open();
            *result = own ? work(**own, *task) : T(own.failure());
        });
        return task;
    }

    // Whether the work runs over a register of its own; when it does, the window's register does not see
    // its changes announced and must be told (RegisterEvents).
    bool ranOnOwnConnection() const { return m_ownConnection; }

    // Thread-safe. Asks the work to stop at its next check.
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }
    // Thread-safe. How far the work has come, 0 to 1, or below 0 when that is not known.
    void reportProgress(double done);
    // Thread-safe. The work waits this long before it goes on (a login's delay).
    void reportWait(std::chrono::milliseconds wait) { emit waiting(qint64(wait.count())); }

signals:
    // How far the work has come, in thousandths (-1: unknown); delivered on the GUI thread.
    void progressed(int permille);
    void waiting(qint64 milliseconds);
    // The work has ended; its result is handed to `done` first.
    void finished();

private:
    BackgroundTask();
    ~BackgroundTask() override;
    void startThread(std::function<void()> body);
    void startHere(std::function<void()> body);
    void end();

    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancelled{false};
    std::atomic<int> m_reported{-2};
    bool m_ownConnection = false;
};

} // namespace borderlog
