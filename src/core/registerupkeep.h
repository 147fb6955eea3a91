// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"

namespace borderlog {

class RegisterEvents;
class RegisterHandle;
class Session;

// Looking after the opened database: its health, the aggregates, a backup.
class RegisterUpkeep
{
public:
    RegisterUpkeep(RegisterHandle &handle, Session &session, RegisterEvents &events)
        : m_handle(handle)
        , m_session(session)
        , m_events(events)
    {}

    Result<DatabaseHealth> checkHealth() const;
    // Rebuilds the aggregates (tallies, charts) from the incidents, audited; for when `audit verify` or
    // `check` found them changed outside the program. Returns how many aggregate rows changed.
    Result<qint64> repairTallies();
    // A checked copy of the database at `target`.
    Result<void> backUp(const QString &target);
    // Changes whenever another program has committed a change since the last call (see RegisterMaintenance).
    Result<qint64> externalChangeCounter();

private:
    RegisterHandle &m_handle;
    Session &m_session;
    RegisterEvents &m_events;
};

} // namespace borderlog
