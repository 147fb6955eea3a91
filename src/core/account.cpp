// SPDX-License-Identifier: GPL-3.0-or-later
#include "account.h"

#include <QCoreApplication>

namespace borderlog {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromText(const QString &text)
{
    for (const Role role : {Role::Officer, Role::Supervisor, Role::Admin}) {
        if (text.trimmed().compare(roleCode(role), Qt::CaseInsensitive) == 0) {
            return role;
        }
    }
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Officer:
        return QCoreApplication::translate("Role", "Officer");
    case Role::Supervisor:
        return QCoreApplication::translate("Role", "Supervisor");
    case Role::Admin:
        return QCoreApplication::translate("Role", "Admin");
    }
    return {};
}

} // namespace borderlog
