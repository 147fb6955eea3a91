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
    Result<DaySignOff> signOff(const QDate &date);
    Result<void> reopen(const QDate &date, const QString &reason);

private:
    RegisterHandle &m_handle;
    Session &m_session;
    RegisterEvents &m_events;
};

} // namespace borderlog
