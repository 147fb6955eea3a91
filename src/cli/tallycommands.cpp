// SPDX-License-Identifier: GPL-3.0-or-later
// borderlog-cli's tally: the counts by day, week, month, quarter, year, nationality, location, station or district as
// CSV.
#include "command.h"
#include "commandcontext.h"
#include "commandoptions.h"
#include "csvreport.h"
#include "incidentlog.h"
#include "terminal.h"

namespace borderlog {

using namespace CommandOptions;
using Terminal::tr;

namespace {

int tally(CommandContext &context)
{
    if (!context.isSet(kBy)) {
        return context.usageError(
            tr("by: is required (--by day|week|month|quarter|year|nationality|location|station|district)"));
    }
    const auto grouping = tallyGroupingFromCode(context.value(kBy));
    if (!grouping) {
        return context.usageError(
            tr("by: '%1' is not one of day, week, month, quarter, year, nationality, location, station, district")
                .arg(context.value(kBy)));
    }
    IncidentFilter filter;
    if (!context.readFilter(filter)) {
        return CommandContext::BadInput;
    }
    if (const int opened = context.openDatabase(CommandContext::Access::Read); opened != CommandContext::Success) {
        return opened;
    }
    IncidentLog &log = context.log();
    return context.writeOutput([&](QIODevice &device) { return CsvReport::writeTally(log, filter, *grouping, device); },
                               [&](bool regularFile, qint64 /*rows*/) -> Result<void> {
                                   if (!regularFile) {
                                       return {};
                                   }
                                   auto about = CsvReport::writeAbout(
                                       log, context.value(kOutput),
                                       QStringLiteral("tally by %1").arg(context.value(kBy)), filter);
                                   return about ? Result<void>() : Result<void>(about.failure());
                               });
}

} // namespace

std::vector<Command> Commands::tallies()
{
    return {
        {QStringLiteral("tally"),
         QT_TRANSLATE_NOOP("CommandHelp", "Write the tally CSV."),
         QList{kBy} << filterOptions() << kOutput,
         {},
         tally},
    };
}

} // namespace borderlog
