// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "daysignoff.h"
#include "result.h"

#include <QCoreApplication>

#include <optional>

namespace borderlog {

class RegisterEvents;
class RegisterHandle;
class Session;

// Day sign-off: a supervisor freezes a day that has ended; its incidents are locked until a supervisor
// reopens it with a reason.
class DaySignOffs
{
    Q_DECLARE_TR_FUNCTIONS(DaySignOffs)

public:
    DaySignOffs(RegisterHandle &handle, Session &session, RegisterEvents &events)
        : m_handle(handle)
        , m_session(session)
        , m_events(events)
    {}

    Result<std::optional<DaySignOff>> status(const QDate &date) const;
    // The signed days from `from` to `to`, inclusive, oldest first.
    Result<QList<DaySignOff>> between(const QDate &from, const QDate &to) const;
    Result<DaySignOff> signOff(const QDate &date);
    Result<void> reopen(const QDate &date, const QString &reason);

    // Why the day cannot be signed off now (it has not ended, or it is signed off already), so that a window
    // can say so before it asks for a confirmation; nothing when it can be. The roles are signOff()'s to check.
    std::optional<QString> signOffProblem(const QDate &date) const;
    // Why the day cannot be reopened (it is open), before a reason is asked for; nothing when it can be.
    std::optional<QString> reopenProblem(const QDate &date) const;

private:
    static QString notEndedRule(const QDate &date);

    RegisterHandle &m_handle;
    Session &m_session;
    RegisterEvents &m_events;
};

} // namespace borderlog
