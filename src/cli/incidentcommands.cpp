// SPDX-License-Identifier: GPL-3.0-or-later
// borderlog-cli's commands on incidents: add, list, update, remove, unremove.
#include "command.h"
#include "commandcontext.h"
#include "commandoptions.h"
#include "incidentlog.h"
#include "incidentrules.h"
#include "incidenttext.h"
#include "terminal.h"

#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

namespace borderlog {

using namespace CommandOptions;
using Terminal::printError;
using Terminal::printOut;
using Terminal::tr;

namespace {

using Access = CommandContext::Access;

// A line given as NAT:COUNT, without its breakdown, keeps the one stored for that nationality when it still
// fits the new count (an update corrects a count without retyping who they were); NAT:COUNT:0/0/0/0 clears it.
NationalityCount keptBreakdown(const NationalityCount &line, const QString &typed,
                               const QList<NationalityCount> &stored)
{
    if (typed.mid(typed.lastIndexOf(u':') + 1).contains(u'/')) {
        return line;
    }
    for (const NationalityCount &before : stored) {
        if (before.nationality == line.nationality && before.breakdownSum() <= line.persons) {
            return NationalityCount{line.nationality, line.persons,    before.men,
                                    before.women,     before.children, before.unaccompanied};
        }
    }
    return line;
}

// Reads the incident's fields that are given into draft (adding: the unset ones too, as empty).
void readFields(const CommandContext &context, Incident &draft, bool amending, QStringList &problems)
{
    auto note = [&](const Failure &f) { problems << f.message; };
    if (context.isSet(kDate)) {
        auto d = IncidentText::parseDate(context.value(kDate));
        d ? void(draft.date = *d) : note(d.failure());
    }
    if (context.isSet(kTime)) {
        auto t = IncidentText::parseTime(context.value(kTime));
        t ? void(draft.time = *t) : note(t.failure());
    }
    if (context.isSet(kLocation) || !amending) {
        draft.location = context.value(kLocation).trimmed();
    }
    if (context.isSet(kPersons)) {
        const QList<NationalityCount> stored = draft.nationalities;
        draft.nationalities.clear();
        for (const QString &value : context.values(kPersons)) {
            auto line = IncidentText::parseNationalityCount(value);
            if (!line) {
                note(line.failure());
                continue;
            }
            draft.nationalities << keptBreakdown(*line, value, stored);
        }
    }
    if (context.isSet(kOutcome)) {
        auto o = IncidentText::parseOutcome(context.value(kOutcome));
        o ? void(draft.outcome = *o) : note(o.failure());
    }
}

// Reads the flags and texts given into draft (adding: the unset ones too, as empty).
void readFlagsAndTexts(const CommandContext &context, Incident &draft, bool amending, QStringList &problems)
{
    if (context.isSet(kForceUsed) && !draft.forceUsed()) {
        draft.setForceUsed(true);
    }
    if (amending && context.isSet(kNoForceUsed)) {
        if (context.isSet(kForceUsed)) {
            problems << tr("force-used: give --force-used or --no-force-used, not both");
        }
        draft.setForceUsed(false);
    }
    if (context.isSet(kNotes) || !amending) {
        draft.notes = context.value(kNotes);
    }
    if (!amending) {
        draft.recordedBy = context.value(kRecordedBy);
    }
}

// Reads the details given into draft; those not given keep their values (a new incident's defaults).
void readDetails(const CommandContext &context, Incident &draft, bool amending, QStringList &problems)
{
    IncidentDetails &d = draft.details;
    auto read = [&](const QCommandLineOption &option, auto parsed, auto &into) {
        if (context.isSet(option)) {
            parsed ? void(into = *parsed) : void(problems << parsed.failure().message);
        }
    };
    auto choice = [&](const QCommandLineOption &option, const char *field, auto &into) {
        using E = std::remove_reference_t<decltype(into)>;
        read(option, IncidentText::parseChoice<E>(context.value(option), field), into);
    };
    auto count = [&](const QCommandLineOption &option, const char *field, int max, int &into) {
        read(option, IncidentText::parseCount(context.value(option), field, max), into);
    };
    choice(kDetection, IncidentRules::kDetection, d.detection);
    choice(kDirection, IncidentRules::kDirection, d.direction);
    choice(kBorderSector, IncidentRules::kBorderSector, d.borderSector);
    choice(kAidGiven, IncidentRules::kAidGiven, d.aidGiven);
    count(kInjured, IncidentRules::kInjured, IncidentRules::kMaxGroupSize, d.injured);
    count(kDead, IncidentRules::kDead, IncidentRules::kMaxGroupSize, d.dead);
    count(kMissing, IncidentRules::kMissing, IncidentRules::kMaxGroupSize, d.missing);
    count(kFacilitators, IncidentRules::kFacilitators, IncidentRules::kMaxFacilitators, d.facilitators);
    read(kRefusalReasons, IncidentText::parseRefusalReasons(context.value(kRefusalReasons)), d.refusalReasons);
    if (amending && context.isSet(kOutcome) && !context.isSet(kRefusalReasons)
        && draft.outcome != Outcome::TurnedBack) {
        d.refusalReasons.clear(); // they belong to the turned back outcome the update changes, as in the form
    }
    read(kFacilitatorNationalities,
         IncidentText::parseNationalityList(context.value(kFacilitatorNationalities),
                                            IncidentRules::kFacilitatorNationalities),
         d.facilitatorNationalities);
    read(kRelatedTo, IncidentText::parseRelatedTo(context.value(kRelatedTo)), d.relatedTo);
    if (context.isSet(kCountEstimated)) {
        d.countEstimated = true;
    }
    if (amending && context.isSet(kCountExact)) {
        if (context.isSet(kCountEstimated)) {
            problems << tr("count-estimated: give --count-estimated or --count-exact, not both");
        }
        d.countEstimated = false;
    }
    if (context.isSet(kForceType)) {
        choice(kForceType, IncidentRules::kForceType, d.force);
        if ((context.isSet(kForceUsed) && !draft.forceUsed()) || (context.isSet(kNoForceUsed) && draft.forceUsed())) {
            problems << tr("force-type: '%1' contradicts --%2")
                            .arg(context.value(kForceType),
                                 context.isSet(kForceUsed) ? kForceUsed.names().first() : kNoForceUsed.names().first());
        }
    }
}

// Reads the incident options given (add: all required ones; update: only those set) into draft.
bool readIncidentOptions(const CommandContext &context, Incident &draft, bool amending)
{
    QStringList problems;
    if (!amending) {
        for (const QCommandLineOption &required : {kDate, kLocation, kPersons, kOutcome}) {
            if (!context.isSet(required)) {
                problems << tr("%1: is required (--%1)").arg(required.names().first());
            }
        }
    }
    readFields(context, draft, amending, problems);
    readFlagsAndTexts(context, draft, amending, problems);
    readDetails(context, draft, amending, problems);
    // Also name the broken rules of the fields that did parse (a future date, an empty location, ...).
    for (const auto &e : IncidentRules::check(draft, QDateTime::currentDateTime())) {
        const bool alreadyReported = std::any_of(problems.cbegin(), problems.cend(),
                                                 [&](const QString &p) { return p.startsWith(e.field + u':'); });
        if (!alreadyReported && !(e.field == QLatin1String(IncidentRules::kDate) && !draft.date.isValid())) {
            problems << e.toString();
        }
    }
    return CommandContext::report(problems);
}

// The one incident_id argument of update and remove; nothing when it is missing or malformed (said why).
std::optional<QUuid> incidentIdArgument(const CommandContext &context, const QString &missing)
{
    const QStringList ids = context.arguments();
    if (ids.size() != 1) {
        context.usageError(missing);
        return std::nullopt;
    }
    const auto parsed = IncidentText::parseIncidentId(ids.first());
    if (!parsed) {
        context.usageError(parsed.message());
        return std::nullopt;
    }
    return *parsed;
}

int add(CommandContext &context)
{
    Incident draft;
    if (!readIncidentOptions(context, draft, false)) {
        return CommandContext::BadInput;
    }
    if (const int opened = context.openDatabase(Access::Write); opened != CommandContext::Success) {
        return opened;
    }
    auto recorded = context.log().incidents().record(draft);
    if (!recorded) {
        return context.fail(recorded.failure());
    }
    printOut(recorded->idText() + u'\n');
    return CommandContext::Success;
}

// Prints rows under headings in aligned columns (the fourth, a count, to the right).
void printTable(const QStringList &headings, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const auto &h : headings) {
        widths << h.size();
    }
    for (const auto &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            widths[c] = std::max(widths[c], row[c].size());
        }
    }
    QTextStream out(stdout);
    auto printRow = [&](const QStringList &row) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const bool numeric = c == 3;
            line += numeric ? row[c].rightJustified(widths[c]) : row[c].leftJustified(widths[c]);
            line += QStringLiteral("  ");
        }
        out << line.trimmed() << '\n';
    };
    printRow(headings);
    for (const auto &row : rows) {
        printRow(row);
    }
    out << tr("%n incident(s)", nullptr, int(rows.size())) << '\n';
}

QStringList listRow(const Incident &incident)
{
    QStringList nationalities;
    for (const auto &line : incident.nationalities) {
        nationalities << QStringLiteral("%1 %2").arg(line.nationality).arg(line.persons);
    }
    return {IncidentText::formatDate(incident.date),
            IncidentText::formatTime(incident.time),
            incident.location,
            QString::number(incident.groupSize()),
            nationalities.join(QStringLiteral(", ")),
            outcomeCode(incident.outcome),
            incident.forceUsed() ? tr("yes") : tr("no"),
            incident.idText()};
}

int list(CommandContext &context)
{
    IncidentFilter filter;
    if (!context.readFilter(filter)) {
        return CommandContext::BadInput;
    }
    if (const int opened = context.openDatabase(Access::Read); opened != CommandContext::Success) {
        return opened;
    }
    const QStringList headings{tr("date"),          tr("time"),    tr("location"), tr("persons"),
                               tr("nationalities"), tr("outcome"), tr("force"),    tr("incident_id")};
    QList<QStringList> rows;
    const auto listed = context.log().reads().forEachIncident(filter, [&rows](const Incident &incident) {
        rows << listRow(incident);
        return true;
    });
    if (!listed) {
        return context.runtimeFailure(listed.message());
    }
    printTable(headings, rows);
    return CommandContext::Success;
}

int update(CommandContext &context)
{
    const auto id = incidentIdArgument(context, tr("update needs exactly one incident_id"));
    if (!id) {
        return CommandContext::BadInput;
    }
    if (const int opened = context.openDatabase(Access::Write); opened != CommandContext::Success) {
        return opened;
    }
    auto found = context.log().reads().find(*id);
    if (!found) {
        return context.fail(found.failure());
    }
    if (!*found) {
        printError(tr("incident_id: %1 is not in the database (or was removed)").arg(context.argument(0)));
        return CommandContext::BadInput;
    }
    Incident incident = **found;
    if (!readIncidentOptions(context, incident, true)) {
        return CommandContext::BadInput;
    }
    auto amended = context.log().incidents().amend(incident, context.value(kReason));
    if (!amended) {
        return context.fail(amended.failure());
    }
    printOut(amended->idText() + u'\n');
    return CommandContext::Success;
}

// remove and unremove: one incident_id, a reason, one write.
using ChangeWithReason = std::function<Result<void>(IncidentCommands &, const QUuid &, const QString &)>;
int changeWithReason(CommandContext &context, const QString &missingId, const QString &missingReason,
                     const ChangeWithReason &change)
{
    const auto id = incidentIdArgument(context, missingId);
    if (!id) {
        return CommandContext::BadInput;
    }
    if (!context.isSet(kReason)) {
        return context.usageError(missingReason);
    }
    if (const int opened = context.openDatabase(Access::Write); opened != CommandContext::Success) {
        return opened;
    }
    if (auto changed = change(context.log().incidents(), *id, context.value(kReason)); !changed) {
        return context.fail(changed.failure());
    }
    return CommandContext::Success;
}

int remove(CommandContext &context)
{
    return changeWithReason(context, tr("remove needs exactly one incident_id"),
                            tr("reason: removing an incident needs a reason (--reason TEXT)"),
                            [](IncidentCommands &incidents, const QUuid &id, const QString &reason) {
                                return incidents.remove(id, reason);
                            });
}

int unremove(CommandContext &context)
{
    return changeWithReason(context, tr("unremove needs exactly one incident_id"),
                            tr("reason: restoring a removed incident needs a reason (--reason TEXT)"),
                            [](IncidentCommands &incidents, const QUuid &id, const QString &reason) -> Result<void> {
                                if (auto restored = incidents.restore(id, reason); !restored) {
                                    return restored.failure();
                                }
                                return {};
                            });
}

} // namespace

std::vector<Command> Commands::incidents()
{
    const Command::Argument id{
        QStringLiteral("ID"), QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "The incident_id.")), {}};
    return {
        {QStringLiteral("add"),
         QT_TRANSLATE_NOOP("CommandHelp", "Record an incident; prints its incident_id."),
         QList<QCommandLineOption>{kDate, kTime, kLocation, kPersons, kOutcome, kForceUsed, kNotes, kRecordedBy}
             << detailOptions(),
         {},
         add},
        {QStringLiteral("list"),
         QT_TRANSLATE_NOOP("CommandHelp", "Print incidents as a table."),
         filterOptions(),
         {},
         list},
        {QStringLiteral("update"),
         QT_TRANSLATE_NOOP("CommandHelp", "Amend an incident (update ID): only the options given change."),
         QList<QCommandLineOption>{kDate, kTime, kLocation, kPersons, kOutcome, kForceUsed, kNoForceUsed, kNotes,
                                   kReason}
             << detailOptions() << kCountExact,
         {id},
         update},
        {QStringLiteral("remove"),
         QT_TRANSLATE_NOOP("CommandHelp", "Remove an incident (remove ID --reason TEXT); it stays in the audit trail."),
         {kReason},
         {id},
         remove},
        // Not "restore": that command puts a backup back.
        {QStringLiteral("unremove"),
         QT_TRANSLATE_NOOP("CommandHelp", "Restore a removed incident (unremove ID --reason TEXT), as it was removed."),
         {kReason},
         {id},
         unremove},
    };
}

} // namespace borderlog
