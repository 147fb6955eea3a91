// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"

#include <QCoreApplication>

namespace borderlog::sqlite {

class StoreContext;

// AccountStore on SQLite: the account table. The look-alike and first-account checks run inside the
// write, so that two programs at once cannot both pass them.
class SqliteAccountStore final : public AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteAccountStore)

public:
    explicit SqliteAccountStore(StoreContext &context)
        : m_context(context)
    {}

    Result<QList<Account>> all() override;
    Result<std::optional<StoredAccount>> find(const QString &name) override;
    Result<void> add(const Account &account, const QByteArray &passwordHash, const ChangeStamp &stamp,
                     AccountAddition addition) override;
    Result<void> setDisabled(const QString &name, bool disabled, const ChangeStamp &stamp) override;
    Result<void> changePassword(const PasswordChange &change, const ChangeStamp &stamp) override;
    Result<std::optional<QDateTime>> countLoginAttempt(const QString &name, const LoginSchedule &schedule) override;
    Result<void> recordLogin(const QString &name, bool succeeded, const ChangeStamp &stamp) override;

private:
    // Why the name may not be added next to the accounts there are (same name, same look), or nothing.
    std::optional<Failure> nameRefusal(const QString &name);

    StoreContext &m_context;
};

} // namespace borderlog::sqlite
