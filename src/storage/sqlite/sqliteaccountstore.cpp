// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteaccountstore.h"

#include "accountname.h"
#include "auditpayload.h"
#include "displaytext.h"
#include "sqliteaudittrail.h"
#include "sqlitestatement.h"
#include "sqlitestorecontext.h"

namespace borderlog::sqlite {

namespace {

Account accountFromRow(const SqliteStatement &row)
{
    Account account;
    account.name = row.text(0);
    account.role = roleFromText(row.text(1)).value_or(Role::Officer);
    account.disabled = row.integer(2) != 0;
    account.failedLogins = int(row.integer(3));
    account.createdAt = AuditEntry::parseTime(row.text(4));
    account.createdBy = row.text(5);
    return account;
}

} // namespace

Result<QList<Account>> SqliteAccountStore::all()
{
    return m_context.read<QList<Account>>(tr("Reading the accounts"), [&]() -> Result<QList<Account>> {
        // Asked before every write (is a login needed?): prepared once.
        SqliteStatement &select = m_context.db.cached(
            "SELECT name, role, disabled, failed_logins, created_at, created_by FROM account ORDER BY name");
        QList<Account> accounts;
        while (select.step()) {
            accounts << accountFromRow(select);
        }
        select.reset();
        return accounts;
    });
}

Result<std::optional<StoredAccount>> SqliteAccountStore::find(const QString &name)
{
    using Found = std::optional<StoredAccount>;
    return m_context.read<Found>(tr("Reading the account"), [&]() -> Result<Found> {
        SqliteStatement select(m_context.db, "SELECT name, role, disabled, failed_logins, created_at, created_by, "
                                             "password_hash FROM account WHERE name = ?1");
        select.bind(1, name);
        if (!select.step()) {
            return Found();
        }
        return Found(StoredAccount{accountFromRow(select), select.text(6).toLatin1()});
    });
}

std::optional<Failure> SqliteAccountStore::nameRefusal(const QString &name)
{
    // Look-alikes are compared here, inside the write, so that two admins adding "olga" and its Cyrillic
    // twin at the same moment cannot both succeed.
    const QString look = AccountName::skeleton(name);
    SqliteStatement names(m_context.db, "SELECT name FROM account");
    while (names.step()) {
        const QString existing = names.text(0);
        if (existing.compare(name, Qt::CaseInsensitive) == 0) {
            return Failure::refused(tr("name: an account named %1 exists already").arg(name));
        }
        if (AccountName::skeleton(existing) == look) {
            return Failure::refused(
                tr("name: %1 looks like the existing account %2; choose a name that cannot be taken for it")
                    .arg(name, DisplayText::escaped(existing)));
        }
    }
    return std::nullopt;
}

Result<void> SqliteAccountStore::add(const Account &account, const QByteArray &passwordHash, const ChangeStamp &stamp,
                                     AccountAddition addition)
{
    return m_context.write<void>(tr("Adding the account"), [&]() -> Result<void> {
        // The first account needs no login; asked here, under the write lock, so that two programs creating
        // it at once cannot both make an admin.
        if (addition == AccountAddition::First && m_context.db.queryInt("SELECT count(*) FROM account") > 0) {
            return Failure::refused(tr("name: the database has accounts now (another program has just created "
                                       "the first one); log in as an admin to add %1")
                                        .arg(account.name));
        }
        if (auto refused = nameRefusal(account.name)) {
            return *refused;
        }
        m_context.db
            .cached("INSERT INTO account (name, role, password_hash, created_at, created_by) "
                    "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (name) DO NOTHING")
            .bind(1, account.name)
            .bind(2, roleCode(account.role))
            .bind(3, QString::fromLatin1(passwordHash))
            .bind(4, AuditEntry::formatTime(stamp.at))
            .bind(5, stamp.user)
            .run();
        if (m_context.db.changes() == 0) {
            return Failure::refused(tr("name: an account named %1 exists already").arg(account.name));
        }
        m_context.trail.append(AuditPayload::accountAdded(stamp, account, passwordHash));
        return {};
    });
}

Result<void> SqliteAccountStore::setDisabled(const QString &name, bool disabled, const ChangeStamp &stamp)
{
    return m_context.write<void>(tr("Changing the account"), [&]() -> Result<void> {
        SqliteStatement select(m_context.db, "SELECT name, role, disabled FROM account WHERE name = ?1");
        select.bind(1, name);
        if (!select.step()) {
            return Failure::notFound(tr("name: there is no account named %1").arg(name));
        }
        const QString storedName = select.text(0);
        const QString role = select.text(1);
        const bool wasDisabled = select.integer(2) != 0;
        if (wasDisabled == disabled) {
            return Failure::refused(disabled ? tr("account %1 is disabled already").arg(storedName)
                                             : tr("account %1 is not disabled").arg(storedName));
        }
        m_context.db.cached("UPDATE account SET disabled = ?2, failed_logins = 0 WHERE name = ?1")
            .bind(1, storedName)
            .bind(2, qint64(disabled ? 1 : 0))
            .run();
        m_context.trail.append(AuditPayload::accountChanged(stamp, storedName, role, wasDisabled, disabled));
        return {};
    });
}

Result<void> SqliteAccountStore::changePassword(const PasswordChange &change, const ChangeStamp &stamp)
{
    return m_context.write<void>(tr("Changing the password"), [&]() -> Result<void> {
        SqliteStatement select(m_context.db, "SELECT name, role, disabled, password_hash FROM account WHERE name = ?1");
        select.bind(1, change.name);
        if (!select.step()) {
            return Failure::notFound(tr("name: there is no account named %1").arg(change.name));
        }
        const QString storedName = select.text(0);
        const QString role = select.text(1);
        const bool disabled = select.integer(2) != 0;
        if (!change.isReset() && select.text(3).toLatin1() != change.checkedHash) {
            return Failure::refused(tr("the password of %1 was changed by another program meanwhile; log in with "
                                       "the new one and try again")
                                        .arg(storedName));
        }
        m_context.db
            .cached("UPDATE account SET password_hash = ?2, failed_logins = 0, last_failed_at = '' WHERE name = ?1")
            .bind(1, storedName)
            .bind(2, QString::fromLatin1(change.newHash))
            .run();
        m_context.trail.append(
            AuditPayload::passwordChanged(stamp, storedName, role, disabled, change.newHash, change.isReset()));
        return {};
    });
}

Result<std::optional<QDateTime>> SqliteAccountStore::countLoginAttempt(const QString &name,
                                                                       const LoginSchedule &schedule)
{
    using Due = std::optional<QDateTime>;
    // Write-locked from the read on (BEGIN IMMEDIATE): attempts of several programs at once take turns, and
    // each sees the time the one before it set.
    return m_context.write<Due>(tr("Recording the login"), [&]() -> Result<Due> {
        SqliteStatement select(m_context.db, "SELECT failed_logins, last_failed_at FROM account WHERE name = ?1");
        select.bind(1, name);
        if (!select.step()) {
            return Failure::notFound(tr("name: there is no account named %1").arg(name));
        }
        const int failures = int(select.integer(0));
        const QString last = select.text(1);
        const Due due = schedule(failures, last.isEmpty() ? QDateTime() : AuditEntry::parseTime(last));
        if (!due) {
            return Due();
        }
        m_context.db.cached("UPDATE account SET failed_logins = failed_logins + 1, last_failed_at = ?2 WHERE name = ?1")
            .bind(1, name)
            .bind(2, AuditEntry::formatTime(*due))
            .run();
        return due;
    });
}

Result<void> SqliteAccountStore::recordLogin(const QString &name, bool succeeded, const ChangeStamp &stamp)
{
    return m_context.write<void>(tr("Recording the login"), [&]() -> Result<void> {
        if (succeeded) {
            m_context.db.cached("UPDATE account SET failed_logins = 0, last_failed_at = '' WHERE name = ?1")
                .bind(1, name)
                .run();
        } else {
            // The attempt was counted before its check (countLoginAttempt); here only the trail learns of it.
            m_context.trail.append(AuditPayload::loginFailed(stamp, name));
        }
        return {};
    });
}

} // namespace borderlog::sqlite
