// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "changestamp.h"
#include "registerstore.h"
#include "result.h"

#include <QCoreApplication>

#include <chrono>
#include <functional>
#include <optional>

namespace borderlog {

class RegisterEvents;
class RegisterHandle;

// Who acts on the register, and the one step every write takes first: authorize(rule) checks the acting user
// again against the database (an account may have been disabled since its login) and then the rule
// (AccessRules). A database without accounts works without logging in, as the operating system's user.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    Session(RegisterHandle &handle, RegisterEvents &events, QString recorder);

    // Who acts in a database without accounts (the operating system's user name by default).
    void setRecorder(const QString &name) { m_recorder = name; }
    QString recorder() const { return m_recorder; }
    // The clock used for recorded_at, "today" and the audit entries' time; tests pin it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock().toUTC(); }
    // The border's local date and time, and its date.
    QDateTime localNow() const { return m_clock().toLocalTime(); }
    QDate today() const { return localNow().date(); }

    // Whether the database has accounts (then every write needs a logged-in, enabled account).
    Result<bool> usesAccounts() const;
    // Checks the password. The attempt is counted as failed (committed) before the check, and the check
    // waits out the delay of the account's failures in a row since the last one; a right password clears
    // the count, a wrong one is recorded in the trail.
    Result<Actor> logIn(const QString &name, const QString &password);
    void logOut();
    // Checks the logged-in account's password as a login checks it: counted before, after the same delay,
    // a wrong one recorded as a failed login, a right one clearing the count. The stored account it was
    // checked against, or why not ("current password: not accepted").
    Result<StoredAccount> confirmPassword(const QString &password);
    // After a refused login or password check of an account: when its next attempt is checked without a
    // wait. Invalid when there is nothing to wait for (a right password, a name that is no account's).
    QDateTime nextCheckDue() const { return m_nextCheckDue; }
    // The acting user: the logged-in account, or the operating system's user without accounts.
    Actor actor() const;
    // The logged-in account, if any (what a database switch carries over).
    std::optional<Account> account() const { return m_account; }
    void setAccount(std::optional<Account> account);

    // The acting user, checked again against the database, when `rule` allows them what they ask.
    using Rule = std::function<Result<void>(const Actor &)>;
    Result<Actor> authorize(const Rule &rule) const;
    // Who acts, now, and why: what the change's audit entry records.
    ChangeStamp stamp(const Actor &actor, const QString &reason = {}) const;

    // How a login waits before its password is checked: called with the time left. Tests make it instant.
    void setLoginDelay(std::function<void(std::chrono::milliseconds wait)> delay) { m_loginDelay = std::move(delay); }
    // How long after the last of `failures` failed logins in a row the next one is checked: 1, 2, 4, …
    // seconds, at most kLongestLoginDelay; none without failures.
    static std::chrono::milliseconds loginDelayFor(int failures);
    // When a login attempt made `now` may check its password, after `failures` in a row, the last checked
    // at `lastFailure`. An attempt due further ahead than kLongestLoginDelay is refused unchecked.
    static QDateTime loginDueTime(int failures, const QDateTime &lastFailure, const QDateTime &now);
    static constexpr std::chrono::milliseconds kLongestLoginDelay{30000};

private:
    Result<Actor> currentActor() const;
    // Counts the attempt before the check and waits its delay; refused when too many come at once.
    Result<void> waitForCheck(const Account &account);
    // Counts, waits and checks the password; whether it was accepted (a disabled account's never is). A
    // refused one is recorded in the trail, an accepted one clears the count.
    Result<bool> checkCounted(const StoredAccount &stored, const QString &password);

    RegisterHandle &m_handle;
    RegisterEvents &m_events;
    QString m_recorder;
    std::function<QDateTime()> m_clock;
    std::function<void(std::chrono::milliseconds)> m_loginDelay;
    std::optional<Account> m_account;
    QDateTime m_nextCheckDue;
};

// The opened register's store, replaced as a whole when the program switches to another database.
class RegisterHandle
{
public:
    explicit RegisterHandle(std::unique_ptr<RegisterStore> store)
        : m_store(std::move(store))
    {}
    RegisterStore &store() const { return *m_store; }
    void replace(std::unique_ptr<RegisterStore> store) { m_store = std::move(store); }
    std::unique_ptr<RegisterStore> take() { return std::move(m_store); }

private:
    std::unique_ptr<RegisterStore> m_store;
};

} // namespace borderlog
