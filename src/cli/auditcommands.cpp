// SPDX-License-Identifier: GPL-3.0-or-later
// borderlog-cli's audit trail: audit verify, list and export.
#include "auditpayload.h"
#include "command.h"
#include "commandcontext.h"
#include "commandoptions.h"
#include "csvreport.h"
#include "displaytext.h"
#include "incidentlog.h"
#include "incidenttext.h"
#include "terminal.h"

#include <QTextStream>

#include <cstdio>

namespace borderlog {

using namespace CommandOptions;
using Terminal::printOut;
using Terminal::tr;

namespace {

// Reads --expect-head into pinned; false when it is malformed (said why).
bool readExpectedHead(const CommandContext &context, std::optional<AuditHead> &pinned)
{
    if (!context.isSet(kExpectHead)) {
        return true;
    }
    pinned = AuditHead::parse(context.value(kExpectHead));
    if (!pinned) {
        context.usageError(tr("expect-head: must be SEQ:HASH as printed by 'day close' or an export"));
        return false;
    }
    return true;
}

// Reads --incident, --from and --to into filter; false when one is wrong (said why).
bool readAuditFilter(const CommandContext &context, AuditFilter &filter)
{
    filter.incidentId = context.value(kIncident).trimmed();
    if (!filter.incidentId.isEmpty()) {
        const auto parsed = IncidentText::parseIncidentId(filter.incidentId);
        if (!parsed) {
            context.usageError(parsed.message());
            return false;
        }
        filter.incidentId = parsed->toString(QUuid::WithoutBraces);
    }
    IncidentFilter dates;
    if (!context.readDates(dates)) {
        return false;
    }
    filter.from = dates.from;
    filter.to = dates.to;
    return true;
}

int verify(CommandContext &context, const std::optional<AuditHead> &pinned)
{
    auto verified = context.log().audit().verify(pinned);
    if (!verified) {
        return context.fail(verified.failure());
    }
    if (!verified->ok()) {
        const AuditProblem &first = verified->problems.first();
        printOut(first.sequence > 0
                     ? tr("audit trail does not hold: the first entry that does not match is %1\n").arg(first.sequence)
                     : tr("audit trail does not hold\n"));
        for (const auto &p : verified->problems) {
            // A problem names what it found in the file (an incident_id), which may be anything.
            printOut(QStringLiteral("  %1\n").arg(DisplayText::escaped(p.message)));
        }
        return CommandContext::RuntimeFailure;
    }
    // A report scripts read (the head for --expect-head): the same words in every language.
    printOut(QStringLiteral("audit trail holds: %1 entries, %2 incidents checked\nhead: %3\n")
                 .arg(verified->entries)
                 .arg(verified->incidents)
                 .arg(verified->head.toString()));
    return CommandContext::Success;
}

int listEntries(CommandContext &context, const AuditFilter &filter)
{
    QTextStream out(stdout);
    // One line per entry, whatever the stored texts hold: a line feed in a name or a reason must not make
    // a line that looks like another entry, nor an escape sequence reach the terminal.
    auto listed = context.log().audit().forEach(filter, [&out](const AuditEntry &e) {
        out << e.sequence << "  " << AuditEntry::formatTime(e.at) << "  " << DisplayText::escaped(e.user) << "  "
            << auditActionCode(e.action);
        if (!e.incidentId.isEmpty()) {
            out << "  " << DisplayText::escaped(e.incidentId);
        }
        if (!e.reason.isEmpty()) {
            out << "  " << tr("reason: %1").arg(DisplayText::escaped(e.reason));
        }
        if (const QString what = AuditPayload::describe(e); !what.isEmpty()) {
            out << "  " << DisplayText::escaped(what);
        }
        out << '\n';
        return true;
    });
    if (!listed) {
        return context.fail(listed.failure());
    }
    out << tr("%n entry(s)", nullptr, int(*listed)) << '\n';
    return CommandContext::Success;
}

int auditTrail(CommandContext &context)
{
    const QString action = context.argument(0);
    if (action != u"verify" && action != u"list" && action != u"export") {
        return context.usageError(tr("audit: use 'audit verify', 'audit list' or 'audit export -o FILE'"));
    }
    std::optional<AuditHead> pinned;
    AuditFilter filter;
    if (!readExpectedHead(context, pinned) || !readAuditFilter(context, filter)) {
        return CommandContext::BadInput;
    }
    if (action == u"export" && !context.isSet(kOutput)) {
        return context.usageError(tr("output: audit export needs -o FILE"));
    }
    if (const int opened = context.openDatabase(CommandContext::Access::Read); opened != CommandContext::Success) {
        return opened;
    }
    if (action == u"verify") {
        return verify(context, pinned);
    }
    if (action == u"export") {
        IncidentLog &log = context.log();
        return context.writeOutput([&](QIODevice &device) { return CsvReport::writeAuditTrail(log, filter, device); });
    }
    return listEntries(context, filter);
}

} // namespace

std::vector<Command> Commands::audit()
{
    return {
        {QStringLiteral("audit"),
         QT_TRANSLATE_NOOP("CommandHelp", "The audit trail: audit verify | audit list | audit export -o FILE."),
         {kIncident, kFrom, kTo, kOutput, kExpectHead},
         {{QStringLiteral("ACTION"), QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "verify, list or export.")), {}}},
         auditTrail},
    };
}

} // namespace borderlog
