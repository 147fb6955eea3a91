// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "result.h"

#include <QCoreApplication>

namespace borderlog {

class RegisterEvents;
struct PasswordChange;
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
    // The logged-in account's password, with the current one checked as a login checks it (counted, after
    // the delay of the failures before it; a wrong one is a failed login). The new one keeps the password rule.
    Result<void> changeOwnPassword(const QString &current, const QString &fresh);
    // Another account's password set anew by an admin, without the current one; its failed logins cleared.
    Result<void> resetPassword(const QString &name, const QString &fresh);
    Result<QList<Account>> list() const;

private:
    // Hashes the new password and stores it with its entry.
    Result<void> storePassword(PasswordChange change, const QString &fresh, const Actor &by);

    RegisterHandle &m_handle;
    Session &m_session;
    RegisterEvents &m_events;
};

} // namespace borderlog
