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
