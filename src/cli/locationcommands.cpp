// SPDX-License-Identifier: GPL-3.0-or-later
// borderlog-cli's locations: location add and list.
#include "command.h"
#include "commandcontext.h"
#include "incidentlog.h"
#include "terminal.h"

namespace borderlog {

using Terminal::printOut;
using Terminal::tr;

namespace {

int location(CommandContext &context)
{
    const QString action = context.argument(0);
    const QString name = context.argument(1);
    if (!(action == u"list" || (action == u"add" && !name.isEmpty()))) {
        return context.usageError(tr("location: use 'location add NAME' or 'location list'"));
    }
    const auto access = action == u"add" ? CommandContext::Access::Write : CommandContext::Access::Read;
    if (const int opened = context.openDatabase(access); opened != CommandContext::Success) {
        return opened;
    }
    if (action == u"add") {
        if (auto added = context.log().locations().add(name); !added) {
            return context.fail(added.failure());
        }
        return CommandContext::Success;
    }
    auto names = context.log().reads().locations();
    if (!names) {
        return context.fail(names.failure());
    }
    printOut(names->isEmpty() ? QString() : names->join(u'\n') + u'\n');
    return CommandContext::Success;
}

} // namespace

std::vector<Command> Commands::locations()
{
    return {
        {QStringLiteral("location"),
         QT_TRANSLATE_NOOP("CommandHelp", "Locations: location add NAME | location list."),
         {},
         {{QStringLiteral("ACTION"), QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "add or list.")), {}},
          {QStringLiteral("NAME"), QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "The location.")),
           QStringLiteral("[NAME]")}},
         location},
    };
}

} // namespace borderlog
