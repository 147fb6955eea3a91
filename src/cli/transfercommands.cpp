// SPDX-License-Identifier: GPL-3.0-or-later
// borderlog-cli's commands that move incidents in and out as CSV: export, import, generate.
#include "command.h"
#include "commandcontext.h"
#include "commandoptions.h"
#include "csvreport.h"
#include "csvwriter.h"
#include "incidentcsv.h"
#include "incidentgenerator.h"
#include "incidentlog.h"
#include "terminal.h"

#include <QFile>
#include <QTextStream>

#include <spdlog/spdlog.h>

#include <cstdio>

namespace borderlog {

using namespace CommandOptions;
using Terminal::printError;
using Terminal::printOut;
using Terminal::tr;

namespace {

using Access = CommandContext::Access;

int exportIncidents(CommandContext &context)
{
    IncidentFilter filter;
    if (!context.readFilter(filter)) {
        return CommandContext::BadInput;
    }
    IncidentCsv::Layout layout = IncidentCsv::Layout::Standard;
    if (context.isSet(kColumns)) {
        if (context.value(kColumns) != u"v1" && context.value(kColumns) != u"standard") {
            return context.usageError(
                tr("columns: '%1' is not a layout; use v1 (the eleven columns before schema 8) or standard")
                    .arg(context.value(kColumns)));
        }
        layout = context.value(kColumns) == u"v1" ? IncidentCsv::Layout::V1 : IncidentCsv::Layout::Standard;
    }
    if (const int opened = context.openDatabase(Access::Read); opened != CommandContext::Success) {
        return opened;
    }
    IncidentLog &log = context.log();
    return context.writeOutput(
        [&](QIODevice &device) { return CsvReport::writeIncidents(log, filter, device, layout); },
        [&](bool regularFile, qint64 rows) -> Result<void> {
            spdlog::info("exported {} incidents", rows);
            if (regularFile) {
                auto about =
                    CsvReport::writeAbout(log, context.value(kOutput), QStringLiteral("incidents"), filter, rows);
                return about ? Result<void>() : Result<void>(about.failure());
            }
            if (auto head = log.audit().head()) {
                printError(tr("audit trail head at this export: %1").arg(head->toString()));
            }
            return {};
        });
}

// An import refused for its contents: each problem on a line of its own, then what happened.
int reportRefusedImport(const QString &file, const QString &problemLines)
{
    const QStringList problems = problemLines.split(u'\n');
    for (const auto &p : problems) {
        QTextStream(stderr) << p << Qt::endl;
    }
    printError(tr("%1 was not imported: %n problem(s); nothing was written", nullptr, int(problems.size())).arg(file));
    return CommandContext::BadInput;
}

int importIncidents(CommandContext &context)
{
    const QStringList files = context.arguments();
    if (files.size() != 1) {
        return context.usageError(tr("import needs exactly one FILE"));
    }
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly)) {
        return context.runtimeFailure(tr("cannot read %1: %2").arg(files.first(), file.errorString()));
    }
    if (const int opened = context.openDatabase(Access::Write); opened != CommandContext::Success) {
        return opened;
    }
    IncidentCsv::Reader reader(file, files.first(), context.log().session().localNow());
    auto summary = context.log().incidents().import(reader);
    if (!summary) {
        if (summary.failure().kind != Failure::Kind::Invalid) {
            return context.fail(summary.failure());
        }
        return reportRefusedImport(files.first(), summary.message());
    }
    printOut(
        tr("%1 incidents added, %2 skipped (already in the database)\n").arg(summary->added).arg(summary->skipped));
    if (summary->conflicts > 0) {
        printError(tr("%n skipped incident(s) differ from the stored ones (the stored ones were kept): %1", nullptr,
                      int(summary->conflicts))
                       .arg(summary->firstConflicts.join(QStringLiteral(", "))));
    }
    return CommandContext::Success;
}

// The generator's settings from --seed, --from and --to; nothing when they are wrong (said why).
std::optional<IncidentGenerator::Settings> generatorSettings(const CommandContext &context)
{
    IncidentGenerator::Settings settings;
    if (context.isSet(kSeed)) {
        bool ok = false;
        settings.seed = context.value(kSeed).toULongLong(&ok);
        if (!ok) {
            context.usageError(tr("seed: '%1' is not a whole number").arg(context.value(kSeed)));
            return std::nullopt;
        }
    }
    IncidentFilter range;
    if (!context.readDates(range)) {
        return std::nullopt;
    }
    if (range.from.isValid()) {
        settings.from = range.from;
    }
    if (range.to.isValid()) {
        settings.to = range.to;
    }
    if (settings.from > settings.to) {
        context.usageError(tr("to: must not be before from"));
        return std::nullopt;
    }
    return settings;
}

int generate(CommandContext &context)
{
    bool ok = false;
    const qint64 count = context.value(kIncidents).toLongLong(&ok);
    if (!context.isSet(kIncidents) || !ok || count < 0) {
        return context.usageError(tr("incidents: a whole number of incidents is required (--incidents N)"));
    }
    const auto settings = generatorSettings(context);
    if (!settings) {
        return CommandContext::BadInput;
    }
    return context.writeOutput([&](QIODevice &device) -> Result<qint64> {
        IncidentGenerator generator(*settings);
        CsvWriter writer(device);
        IncidentCsv::writeHeader(writer);
        for (qint64 i = 0; i < count && writer.ok(); ++i) {
            IncidentCsv::writeIncident(writer, generator.next());
        }
        if (!writer.finish()) {
            return Failure::storage(tr("cannot write %1: %2").arg(context.value(kOutput), device.errorString()));
        }
        return count;
    });
}

} // namespace

std::vector<Command> Commands::transfer()
{
    return {
        {QStringLiteral("export"),
         QT_TRANSLATE_NOOP("CommandHelp", "Write the incidents CSV."),
         filterOptions() << kOutput << kColumns,
         {},
         exportIncidents},
        {QStringLiteral("import"),
         QT_TRANSLATE_NOOP("CommandHelp", "Read an incidents CSV: all or nothing; known incident_ids are skipped."),
         {},
         {{QStringLiteral("FILE"), QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "CSV file.")), {}}},
         importIncidents},
        {QStringLiteral("generate"),
         QT_TRANSLATE_NOOP("CommandHelp", "Write a deterministic, realistic incidents CSV for tests and benchmarks."),
         {kIncidents, kSeed, kFrom, kTo, kOutput},
         {},
         generate},
    };
}

} // namespace borderlog
