// SPDX-License-Identifier: GPL-3.0-or-later
// borderlog-cli's tally: the counts by day, week, month, quarter, year, nationality, location, station or district
// as CSV; running totals, comparisons with an earlier time, and cross-tabs of two dimensions.
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

const char *const kGroupings = "day, week, month, quarter, year, nationality, location, station, district";

// Reads --by (one grouping, or two dimensions "district,outcome") into grouping and options.second.
bool readGrouping(const CommandContext &context, TallyGrouping &grouping, CsvReport::TallyOptions &options)
{
    if (!context.isSet(kBy)) {
        context.usageError(
            tr("by: is required (--by day|week|month|quarter|year|nationality|location|station|district)"));
        return false;
    }
    const QStringList parts = context.value(kBy).split(u',');
    const auto first = tallyGroupingFromCode(parts.value(0));
    if (!first || parts.size() > 2) {
        context.usageError(tr("by: '%1' is not one of %2, or two of them and outcome separated by a comma "
                              "(district,outcome)")
                               .arg(context.value(kBy), QLatin1String(kGroupings)));
        return false;
    }
    grouping = *first;
    if (parts.size() == 2) {
        options.second = TallyDimension::fromCode(parts[1]);
        if (!options.second || *options.second == TallyDimension::of(grouping)) {
            context.usageError(tr("by: the second of '%1' must be outcome or one of %2 other than the first")
                                   .arg(context.value(kBy), QLatin1String(kGroupings)));
            return false;
        }
    }
    return true;
}

// Reads --cumulative, --restart and --compare, which go with a grouping and not with each other.
bool readSeries(const CommandContext &context, TallyGrouping grouping, CsvReport::TallyOptions &options)
{
    if (context.isSet(kRestart) && !context.isSet(kCumulative)) {
        context.usageError(tr("restart: goes with --cumulative"));
        return false;
    }
    if (context.isSet(kCumulative)) {
        if (!isPeriod(grouping) || options.second) {
            context.usageError(tr("cumulative: needs one period (--by day, week, month, quarter or year)"));
            return false;
        }
        const QString restart = context.value(kRestart).trimmed().toLower();
        const bool monthly = restart == u"month";
        if (!restart.isEmpty() && restart != u"year" && !monthly) {
            context.usageError(tr("restart: '%1' is not one of year, month").arg(context.value(kRestart)));
            return false;
        }
        if ((monthly && grouping != TallyGrouping::Day) || (restart == u"year" && grouping == TallyGrouping::Year)) {
            context.usageError(tr("restart: a running total starts again each %1 over shorter periods only (month: "
                                  "--by day)")
                                   .arg(restart));
            return false;
        }
        options.cumulative = monthly             ? Tally::Restart::Month
                             : restart.isEmpty() ? Tally::Restart::Never
                                                 : Tally::Restart::Year;
    }
    if (context.isSet(kCompare)) {
        options.compare = TallyComparison::fromCode(context.value(kCompare));
        if (!options.compare) {
            context.usageError(
                tr("compare: '%1' is not one of previous-year, previous-period").arg(context.value(kCompare)));
            return false;
        }
        if (options.cumulative || options.second) {
            context.usageError(tr("compare: goes with one grouping, not with --cumulative or two dimensions"));
            return false;
        }
    }
    return true;
}

QString describe(const CommandContext &context, const CsvReport::TallyOptions &options)
{
    QString what = QStringLiteral("tally by %1").arg(context.value(kBy));
    if (options.cumulative) {
        what += QStringLiteral(", running totals");
        if (context.isSet(kRestart)) {
            what += QStringLiteral(" restarting each ") + context.value(kRestart).trimmed().toLower();
        }
    }
    if (options.compare) {
        what += QStringLiteral(", compared with the ") + TallyComparison::code(*options.compare);
    }
    return what;
}

int tally(CommandContext &context)
{
    TallyGrouping grouping = TallyGrouping::Day;
    CsvReport::TallyOptions options;
    if (!readGrouping(context, grouping, options) || !readSeries(context, grouping, options)) {
        return CommandContext::BadInput;
    }
    IncidentFilter filter;
    if (!context.readFilter(filter)) {
        return CommandContext::BadInput;
    }
    if (const int opened = context.openDatabase(CommandContext::Access::Read); opened != CommandContext::Success) {
        return opened;
    }
    IncidentLog &log = context.log();
    return context.writeOutput(
        [&](QIODevice &device) { return CsvReport::writeTally(log, filter, grouping, device, options); },
        [&](bool regularFile, qint64 /*rows*/) -> Result<void> {
            if (!regularFile) {
                return {};
            }
            auto about = CsvReport::writeAbout(log, context.value(kOutput), describe(context, options), filter);
            return about ? Result<void>() : Result<void>(about.failure());
        });
}

} // namespace

std::vector<Command> Commands::tallies()
{
    return {
        {QStringLiteral("tally"),
         QT_TRANSLATE_NOOP("CommandHelp", "Write the tally CSV."),
         QList{kBy, kCumulative, kRestart, kCompare} << filterOptions() << kOutput,
         {},
         tally},
    };
}

} // namespace borderlog
