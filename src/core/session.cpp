// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "accountname.h"
#include "passwordhash.h"
#include "registerevents.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <thread>

namespace borderlog {

Session::Session(RegisterHandle &handle, RegisterEvents &events, QString recorder)
    : m_handle(handle)
    , m_events(events)
    , m_recorder(std::move(recorder))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_loginDelay([](std::chrono::milliseconds wait) { std::this_thread::sleep_for(wait); })
{}

std::chrono::milliseconds Session::loginDelayFor(int failures)
{
    if (failures <= 0) {
        return std::chrono::milliseconds(0);
    }
    // Slow for guessing, bearable for a mistyped password.
    return std::min<std::chrono::milliseconds>(kLongestLoginDelay,
                                               std::chrono::seconds(1 << std::min(failures - 1, 5)));
}

QDateTime Session::loginDueTime(int failures, const QDateTime &lastFailure, const QDateTime &now)
{
    if (failures <= 0 || !lastFailure.isValid()) {
        return now;
    }
    // A last failure further ahead than the longest delay was not set by a login against this clock (the
    // clock went back, or the file was edited): waiting for it could shut the account for hours.
    const QDateTime from = now.msecsTo(lastFailure) > kLongestLoginDelay.count() ? now : lastFailure;
    return std::max(now, from.addMSecs(loginDelayFor(failures).count()));
}

Actor Session::actor() const
{
    if (m_account) {
        return Actor{m_account->name, m_account->role};
    }
    return Actor{m_recorder, std::nullopt};
}

void Session::setAccount(std::optional<Account> account)
{
    m_account = std::move(account);
    emit m_events.actorChanged();
}

Result<bool> Session::usesAccounts() const
{
    auto all = m_handle.store().accounts().all();
    if (!all) {
        return all.failure();
    }
    return !all->isEmpty();
}

Result<Actor> Session::currentActor() const
{
    if (!m_account) {
        auto accounts = usesAccounts();
        if (!accounts) {
            return accounts.failure();
        }
        if (*accounts) {
            return Failure::refused(tr("this database uses accounts: log in first"));
        }
        return actor();
    }
    auto stored = m_handle.store().accounts().find(m_account->name);
    if (!stored) {
        return stored.failure();
    }
    if (!*stored || (*stored)->account.disabled) {
        return Failure::refused(tr("account %1 has been disabled; log in with another account").arg(m_account->name));
    }
    return Actor{(*stored)->account.name, (*stored)->account.role};
}

Result<Actor> Session::authorize(const Rule &rule) const
{
    auto by = currentActor();
    if (!by) {
        return by.failure();
    }
    if (auto allowed = rule(*by); !allowed) {
        return allowed.failure();
    }
    return by;
}

ChangeStamp Session::stamp(const Actor &actor, const QString &reason) const
{
    return ChangeStamp{actor.name, now(), reason.trimmed()};
}

Result<void> Session::waitForCheck(const Account &account)
{
    // The attempt counts as failed, committed, before the password is checked, and the check waits out the
    // delay of the failures before it: stopping the program or running attempts side by side does not
    // guess faster. Each attempt moves the time of the last failure on to its own check, so attempts made
    // at once are checked one delay apart.
    QDateTime attempted;
    QDateTime due;
    int failuresBefore = 0;
    auto counted =
        m_handle.store().accounts().countLoginAttempt(account.name, [&](int failures, const QDateTime &lastFailure) {
            attempted = now(); // read under the write lock, after any wait for another program's write
            due = loginDueTime(failures, lastFailure, attempted);
            failuresBefore = failures;
            return attempted.msecsTo(due) <= kLongestLoginDelay.count() ? std::optional<QDateTime>(due) : std::nullopt;
        });
    if (!counted) {
        return counted.failure();
    }
    if (!*counted) {
        // More attempts queued at once than the longest delay covers: this one is not checked, not counted.
        spdlog::warn("login refused: too many attempts at once");
        m_nextCheckDue = due.addMSecs(-kLongestLoginDelay.count());
        const qint64 seconds = (attempted.msecsTo(due) - kLongestLoginDelay.count() + 999) / 1000;
        return Failure::refused(
            tr("user or password: not accepted; too many attempts at once, try again in %n second(s)", nullptr,
               int(std::max<qint64>(1, seconds))));
    }
    // Should this attempt fail, the next one is checked a delay after it.
    m_nextCheckDue = (*counted)->addMSecs(loginDelayFor(failuresBefore + 1).count());
    if (const auto wait = std::chrono::milliseconds(now().msecsTo(**counted)); wait.count() > 0) {
        m_loginDelay(wait);
    }
    return {};
}

Result<bool> Session::checkCounted(const StoredAccount &stored, const QString &password)
{
    const Account &account = stored.account;
    if (auto waited = waitForCheck(account); !waited) {
        return waited.failure();
    }
    AccountStore &accounts = m_handle.store().accounts();
    const bool matches = PasswordHash::matches(stored.passwordHash, password);
    // A disabled account is answered the same whether the password was right or wrong, and a right one clears
    // no failures: otherwise the answer, or the next attempt's delay, would tell a guesser which guess was right.
    if (!matches || account.disabled) {
        (void)accounts.recordLogin(account.name, false, stamp(Actor{account.name, account.role}));
        spdlog::warn("failed login");
        return false;
    }
    m_nextCheckDue = QDateTime();
    if (auto recorded = accounts.recordLogin(account.name, true, stamp(Actor{account.name, account.role})); !recorded) {
        return recorded.failure();
    }
    return true;
}

Result<Actor> Session::logIn(const QString &typed, const QString &password)
{
    m_nextCheckDue = QDateTime();
    AccountStore &accounts = m_handle.store().accounts();
    const QString name = typed.trimmed();
    std::optional<StoredAccount> stored;
    // A text outside the names' character set is no account's name: it is not looked up, and it is not
    // recorded (the trail would keep whatever anyone types, control characters and all).
    if (AccountName::isWellFormed(name)) {
        auto found = accounts.find(name);
        if (!found) {
            return found.failure();
        }
        stored = *found;
    }
    const QString notAccepted = tr("user or password: not accepted");
    if (!stored) {
        // No account's name: the same Argon2id check as a wrong password, so that the answer takes as long,
        // and the text typed is not kept (it may be a password typed into the user field).
        (void)PasswordHash::matches(PasswordHash::dummy(), password);
        (void)accounts.recordLogin(QString(), false, stamp(Actor{AccountName::unknownAccount(), std::nullopt}));
        spdlog::warn("failed login");
        return Failure::refused(notAccepted);
    }
    const Account &account = stored->account;
    auto accepted = checkCounted(*stored, password);
    if (!accepted) {
        return accepted.failure();
    }
    if (!*accepted) {
        return Failure::refused(
            account.disabled ? tr("account %1 is disabled; an admin can enable it").arg(account.name) : notAccepted);
    }
    spdlog::info("login as {} ({})", account.name.toStdString(), roleCode(account.role).toStdString());
    setAccount(account);
    return actor();
}

Result<StoredAccount> Session::confirmPassword(const QString &password)
{
    m_nextCheckDue = QDateTime();
    auto by = currentActor();
    if (!by) {
        return by.failure();
    }
    if (!m_account) {
        return Failure::refused(tr("nobody is logged in, so there is no password to confirm"));
    }
    auto found = m_handle.store().accounts().find(by->name);
    if (!found) {
        return found.failure();
    }
    if (!*found) {
        return Failure::notFound(tr("there is no account named %1").arg(by->name));
    }
    auto accepted = checkCounted(**found, password);
    if (!accepted) {
        return accepted.failure();
    }
    if (!*accepted) {
        return Failure::refused(tr("current password: not accepted"));
    }
    return **found;
}

void Session::logOut()
{
    setAccount(std::nullopt);
}

} // namespace borderlog
