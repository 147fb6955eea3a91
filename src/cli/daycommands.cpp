// SPDX-License-Identifier: GPL-3.0-or-later
// borderlog-cli's day sign-off: day close, reopen and status.
#include "command.h"
#include "commandcontext.h"
#include "commandoptions.h"
#include "incidentlog.h"
#include "incidenttext.h"
#include "terminal.h"

namespace borderlog {

using namespace CommandOptions;
using Terminal::printOut;
using Terminal::tr;

namespace {

int closeDay(CommandContext &context, const QDate &date)
{
    auto signedOff = context.log().days().signOff(date);
    if (!signedOff) {
        return context.fail(signedOff.failure());
    }
    // Reports scripts read (the totals and the head): the same words in every language.
    printOut(QStringLiteral("day %1 signed off by %2: %3 incidents, %4 persons\naudit trail head: %5:%6\n")
                 .arg(IncidentText::formatDate(date), signedOff->signedBy)
                 .arg(signedOff->incidents)
                 .arg(signedOff->persons)
                 .arg(signedOff->auditSequence)
                 .arg(QString::fromLatin1(signedOff->headHash)));
    return CommandContext::Success;
}

int reopenDay(CommandContext &context, const QDate &date)
{
    if (auto reopened = context.log().days().reopen(date, context.value(kReason)); !reopened) {
        return context.fail(reopened.failure());
    }
    printOut(tr("day %1 reopened\n").arg(IncidentText::formatDate(date)));
    return CommandContext::Success;
}

int printDayStatus(CommandContext &context, const QDate &date)
{
    auto status = context.log().days().status(date);
    if (!status) {
        return context.fail(status.failure());
    }
    const QString day = IncidentText::formatDate(date);
    if (!*status) {
        printOut(QStringLiteral("day %1: open\n").arg(day));
    } else {
        const DaySignOff &s = **status;
        printOut(QStringLiteral("day %1: signed off by %2 at %3: %4 incidents, %5 persons; audit entry %6 (%7)\n")
                     .arg(day, s.signedBy, AuditEntry::formatTime(s.signedAt))
                     .arg(s.incidents)
                     .arg(s.persons)
                     .arg(s.auditSequence)
                     .arg(QString::fromLatin1(s.headHash)));
    }
    return CommandContext::Success;
}

int day(CommandContext &context)
{
    const QString action = context.argument(0);
    if (action != u"close" && action != u"reopen" && action != u"status") {
        return context.usageError(
            tr("day: use 'day close DATE', 'day reopen DATE --reason TEXT' or 'day status DATE'"));
    }
    auto date = IncidentText::parseDate(context.argument(1));
    if (!date) {
        return context.usageError(tr("date: %1").arg(date.failure().fields.value(0).rule));
    }
    const auto access = action == u"status" ? CommandContext::Access::Read : CommandContext::Access::Write;
    if (const int opened = context.openDatabase(access); opened != CommandContext::Success) {
        return opened;
    }
    if (action == u"close") {
        return closeDay(context, *date);
    }
    if (action == u"reopen") {
        return reopenDay(context, *date);
    }
    return printDayStatus(context, *date);
}

} // namespace

std::vector<Command> Commands::days()
{
    return {
        {QStringLiteral("day"),
         QT_TRANSLATE_NOOP("CommandHelp",
                           "Sign-off: day close DATE | day reopen DATE --reason TEXT | day status DATE."),
         {kReason},
         {{QStringLiteral("ACTION"), QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "close, reopen or status.")), {}},
          {QStringLiteral("DATE"), QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "The day (YYYY-MM-DD).")), {}}},
         day},
    };
}

} // namespace borderlog
