// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountadministration.h"

#include "accessrules.h"
#include "accountname.h"
#include "passwordhash.h"
#include "registerevents.h"
#include "session.h"

#include <spdlog/spdlog.h>

namespace borderlog {

Result<void> AccountAdministration::add(const QString &name, Role role, const QString &password)
{
    auto accounts = m_session.usesAccounts();
    if (!accounts) {
        return accounts.failure();
    }
    Actor by = m_session.actor();
    if (*accounts) {
        auto admin = m_session.authorize(AccessRules::mayManageAccounts);
        if (!admin) {
            return admin.failure();
        }
        by = *admin;
    } else if (role != Role::Admin) {
        return Failure::invalid(QList<FieldError>{{QStringLiteral("role"), tr("the first account must be an admin")}});
    }
    QList<FieldError> errors = AccountName::check(name.trimmed());
    errors += PasswordHash::check(password);
    if (!errors.isEmpty()) {
        return Failure::invalid(errors);
    }
    auto hash = PasswordHash::hash(password);
    if (!hash) {
        return hash.failure();
    }
    Account account;
    account.name = name.trimmed();
    account.role = role;
    // Without accounts nobody logged in: the store makes sure, inside its write, that this is still the
    // first account (another program may have created one since usesAccounts() was asked).
    const auto addition = *accounts ? AccountAddition::ByAdmin : AccountAddition::First;
    if (auto added = m_handle.store().accounts().add(account, *hash, m_session.stamp(by), addition); !added) {
        return added;
    }
    spdlog::info("account {} added ({})", account.name.toStdString(), roleCode(role).toStdString());
    emit m_events.accountsChanged();
    return {};
}

Result<void> AccountAdministration::setDisabled(const QString &name, bool disabled)
{
    auto by = m_session.authorize(AccessRules::mayManageAccounts);
    if (!by) {
        return by.failure();
    }
    if (disabled && name.trimmed().compare(by->name, Qt::CaseInsensitive) == 0) {
        return Failure::refused(tr("an admin cannot disable their own account"));
    }
    if (auto changed = m_handle.store().accounts().setDisabled(name.trimmed(), disabled, m_session.stamp(*by));
        !changed) {
        return changed;
    }
    spdlog::info("account {} {}", name.trimmed().toStdString(), disabled ? "disabled" : "enabled");
    emit m_events.accountsChanged();
    return {};
}

Result<void> AccountAdministration::changeOwnPassword(const QString &current, const QString &fresh)
{
    auto by = m_session.authorize(AccessRules::mayChangeOwnPassword);
    if (!by) {
        return by.failure();
    }
    // The new password's rules first: a typing mistake there costs no attempt.
    QList<FieldError> errors = PasswordHash::check(fresh, QStringLiteral("new password"));
    if (errors.isEmpty() && fresh == current) {
        errors << FieldError{QStringLiteral("new password"), tr("must differ from the current one")};
    }
    if (!errors.isEmpty()) {
        return Failure::invalid(errors);
    }
    auto confirmed = m_session.confirmPassword(current);
    if (!confirmed) {
        return confirmed.failure();
    }
    return storePassword(PasswordChange{confirmed->account.name, {}, confirmed->passwordHash}, fresh, *by);
}

Result<void> AccountAdministration::resetPassword(const QString &name, const QString &fresh)
{
    auto by = m_session.authorize([&](const Actor &actor) { return AccessRules::mayResetPassword(actor, name); });
    if (!by) {
        return by.failure();
    }
    if (const QList<FieldError> errors = PasswordHash::check(fresh); !errors.isEmpty()) {
        return Failure::invalid(errors);
    }
    return storePassword(PasswordChange{name.trimmed(), {}, {}}, fresh, *by);
}

Result<void> AccountAdministration::storePassword(PasswordChange change, const QString &fresh, const Actor &by)
{
    auto hash = PasswordHash::hash(fresh);
    if (!hash) {
        return hash.failure();
    }
    change.newHash = *hash;
    if (auto changed = m_handle.store().accounts().changePassword(change, m_session.stamp(by)); !changed) {
        return changed;
    }
    if (change.isReset()) {
        spdlog::info("password of account {} reset by {}", change.name.toStdString(), by.name.toStdString());
    } else {
        spdlog::info("password of account {} changed", change.name.toStdString());
    }
    emit m_events.accountsChanged();
    return {};
}

Result<QList<Account>> AccountAdministration::list() const
{
    // Without accounts anyone may see that there are none; with them, admins see the list.
    auto by = m_session.authorize(
        [](const Actor &actor) { return actor.hasAccount() ? AccessRules::mayManageAccounts(actor) : Result<void>(); });
    if (!by) {
        return by.failure();
    }
    return m_handle.store().accounts().all();
}

} // namespace borderlog
