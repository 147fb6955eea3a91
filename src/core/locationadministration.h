// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>

namespace borderlog {

class RegisterEvents;
class RegisterHandle;
class Session;

// The list of locations incidents are filed under: an admin's to keep once the database has accounts.
class LocationAdministration
{
    Q_DECLARE_TR_FUNCTIONS(LocationAdministration)

public:
    LocationAdministration(RegisterHandle &handle, Session &session, RegisterEvents &events)
        : m_handle(handle)
        , m_session(session)
        , m_events(events)
    {}

    // Adds the location unless it is known already, in this or another spelling (LocationNames).
    Result<void> add(const QString &name);

private:
    RegisterHandle &m_handle;
    Session &m_session;
    RegisterEvents &m_events;
};

} // namespace borderlog
