// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "result.h"

#include <QCoreApplication>

namespace borderlog {

class RegisterEvents;
class RegisterHandle;
class Session;

// Accounts. A database without any works without logging in; the first account (an admin) switches it to
// accounts, and from then on admins add, disable and enable them.
class AccountAdministration
{
    Q_DECLARE_TR_FUNCTIONS(AccountAdministration)

public:
    AccountAdministration(RegisterHandle &handle, Session &session, RegisterEvents &events)
        : m_handle(handle)
        , m_session(session)
        , m_events(events)
    {}

    Result<void> add(const QString &name, Role role, const QString &password);
    Result<void> setDisabled(const QString &name, bool disabled);
    Result<QList<Account>> list() const;

private:
    RegisterHandle &m_handle;
    Session &m_session;
    RegisterEvents &m_events;
};

} // namespace borderlog
