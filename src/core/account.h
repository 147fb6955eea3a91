// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace borderlog {

// What an account may do (docs/security.md has the full table).
enum class Role {
    Officer,    // records incidents; amends or removes their own on an open day
    Supervisor, // amends or removes any incident of an open day; signs off and reopens days; reads the trail
    Admin,      // manages accounts and locations; reads the trail
};

// The code stored and typed on the command line: officer, supervisor, admin.
QString roleCode(Role role);
std::optional<Role> roleFromText(const QString &text);
// The role as shown in the window ("Supervisor").
QString roleName(Role role);

// A person who may log in. The password hash stays in storage and the login use case.
struct Account
{
    QString name;
    Role role = Role::Officer;
    bool disabled = false;
    int failedLogins = 0; // since the last successful login
    QDateTime createdAt;
    QString createdBy;

    bool operator==(const Account &) const = default;
};

// Who acts: every write of the register carries one. In a database without accounts the acting user is
// the operating system's user and has no role: every action is allowed, as before accounts existed.
struct Actor
{
    QString name;
    std::optional<Role> role;

    bool hasAccount() const { return role.has_value(); }
    bool is(Role r) const { return role == r; }
};

} // namespace borderlog
