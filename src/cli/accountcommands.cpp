// SPDX-License-Identifier: GPL-3.0-or-later
// borderlog-cli's accounts: user add, disable, enable, password, reset and list.
#include "accessrules.h"
#include "command.h"
#include "commandcontext.h"
#include "commandoptions.h"
#include "incidentlog.h"
#include "terminal.h"

#include <QTextStream>

#include <cstdio>

namespace borderlog {

using namespace CommandOptions;
using namespace Terminal;

namespace {

using Access = CommandContext::Access;

// A new account's password: standard input's first line with --password-stdin, else typed twice.
std::optional<QString> newPassword(const CommandContext &context, const QString &name, QString &problem)
{
    if (context.isSet(kPasswordStdin)) {
        auto line = readStdinLine();
        if (!line) {
            problem = tr("password: standard input is empty");
        }
        return line;
    }
    auto first = promptPassword(tr("New password for %1: ").arg(name));
    if (!first) {
        problem = tr("password: give it with --password-stdin or at a terminal");
        return std::nullopt;
    }
    auto second = promptPassword(tr("Repeat the password: "));
    if (!second || *second != *first) {
        problem = tr("password: the two passwords differ");
        return std::nullopt;
    }
    return first;
}

int listAccounts(CommandContext &context)
{
    if (const int opened = context.openDatabase(Access::Read); opened != CommandContext::Success) {
        return opened;
    }
    auto accounts = context.log().accounts().list();
    if (!accounts) {
        return context.fail(accounts.failure());
    }
    QTextStream out(stdout);
    for (const auto &a : *accounts) {
        out << a.name.leftJustified(20) << "  " << roleCode(a.role).leftJustified(10) << "  "
            << (a.disabled ? tr("disabled") : tr("enabled")) << "  "
            << tr("created %1 by %2").arg(AuditEntry::formatTime(a.createdAt), a.createdBy) << '\n';
    }
    out << tr("%n account(s)", nullptr, int(accounts->size())) << '\n';
    return CommandContext::Success;
}

int addAccount(CommandContext &context, const QString &name)
{
    const auto role = roleFromText(context.value(kRole));
    if (!role) {
        return context.usageError(tr("role: is required and must be officer, supervisor or admin (--role ROLE)"));
    }
    QString problem;
    const auto password = newPassword(context, name, problem);
    if (!password) {
        printError(problem);
        return CommandContext::BadInput;
    }
    if (context.isSet(kPasswordStdin)) {
        context.standardInputTaken();
    }
    if (const int opened = context.openDatabase(Access::Write); opened != CommandContext::Success) {
        return opened;
    }
    if (auto added = context.log().accounts().add(name, *role, *password); !added) {
        return context.fail(added.failure());
    }
    printOut(tr("account %1 added (%2)\n").arg(name.trimmed(), roleCode(*role)));
    return CommandContext::Success;
}

int setAccountDisabled(CommandContext &context, const QString &name, bool disabled)
{
    if (const int opened = context.openDatabase(Access::Write); opened != CommandContext::Success) {
        return opened;
    }
    if (auto changed = context.log().accounts().setDisabled(name, disabled); !changed) {
        return context.fail(changed.failure());
    }
    printOut(disabled ? tr("account %1 disabled\n").arg(name) : tr("account %1 enabled\n").arg(name));
    return CommandContext::Success;
}

// A new password for the logged-in account (`name` empty) or, by an admin, for the account `name`: the
// database is opened and the login made first, so that a refusal comes before the new password is asked.
int changePassword(CommandContext &context, const QString &name)
{
    if (context.isSet(kPasswordStdin)) {
        context.standardInputTaken(); // the new password's; the login's comes from BORDERLOG_PASSWORD or a prompt
    }
    if (const int opened = context.openDatabase(Access::Write); opened != CommandContext::Success) {
        return opened;
    }
    const Actor actor = context.log().session().actor();
    const bool own = name.isEmpty();
    if (auto allowed = own ? AccessRules::mayChangeOwnPassword(actor) : AccessRules::mayResetPassword(actor, name);
        !allowed) {
        return context.fail(allowed.failure());
    }
    QString problem;
    const auto password = newPassword(context, own ? actor.name : name.trimmed(), problem);
    if (!password) {
        printError(problem);
        return CommandContext::BadInput;
    }
    auto changed = own ? context.log().accounts().changeOwnPassword(context.loginPassword(), *password)
                       : context.log().accounts().resetPassword(name, *password);
    if (!changed) {
        return context.fail(changed.failure());
    }
    printOut(own ? tr("password of %1 changed\n").arg(actor.name) : tr("password of %1 reset\n").arg(name.trimmed()));
    return CommandContext::Success;
}

int user(CommandContext &context)
{
    const QString action = context.argument(0);
    const QString name = context.argument(1);
    if (action == u"list") {
        return listAccounts(context);
    }
    if (action == u"password" && name.isEmpty()) {
        return changePassword(context, QString());
    }
    if (name.isEmpty() || (action != u"add" && action != u"disable" && action != u"enable" && action != u"reset")) {
        return context.usageError(tr("user: use 'user add NAME --role ROLE', 'user disable NAME', 'user enable "
                                     "NAME', 'user password', 'user reset NAME' or 'user list'"));
    }
    if (action == u"add") {
        return addAccount(context, name);
    }
    if (action == u"reset") {
        return changePassword(context, name);
    }
    return setAccountDisabled(context, name, action == u"disable");
}

} // namespace

std::vector<Command> Commands::accounts()
{
    return {
        {QStringLiteral("user"),
         QT_TRANSLATE_NOOP(
             "CommandHelp",
             "Accounts: user add NAME --role ROLE | user disable NAME | user enable NAME | user password | user reset "
             "NAME | user list."),
         {kRole},
         {{QStringLiteral("ACTION"),
           QStringLiteral(QT_TRANSLATE_NOOP(
               "CommandHelp", "add, disable, enable, password (your own: the login's password, then the new one), "
                              "reset (another account's, by an admin) or list.")),
           {}},
          {QStringLiteral("NAME"), QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "The account.")),
           QStringLiteral("[NAME]")}},
         user},
    };
}

} // namespace borderlog
