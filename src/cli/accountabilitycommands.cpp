// borderlog-cli's commands for accounts, amendments, day sign-off, locations and the audit trail.
#include "commandline.h"
#include "commandoptions.h"
#include "csvreport.h"
#include "displaytext.h"
#include "incidentlog.h"
#include "incidentsnapshot.h"
#include "incidenttext.h"
#include "terminal.h"

#include <QTextStream>

namespace borderlog {

using namespace CommandOptions;
using namespace Terminal;

namespace {

// The one positional argument after ACTION, or an empty string.
QString argumentAfterAction(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    return positional.size() >= 2 ? positional[1] : QString();
}

// A new account's password: standard input's first line with --password-stdin, else typed twice.
std::optional<QString> newPassword(const QCommandLineParser &parser, const QString &name, QString &problem)
{
    if (parser.isSet(kPasswordStdin)) {
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

QString describe(const AuditEntry &e)
{
    if (e.action == AuditAction::Amend) {
        return IncidentSnapshot::differences(e.before, e.after).join(QStringLiteral("; "));
    }
    return QString::fromUtf8(e.after.isEmpty() ? e.before : e.after);
}

} // namespace

int CommandLine::update(QCommandLineParser &parser)
{
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 1) {
        return usageError(tr("update needs exactly one incident_id"));
    }
    const auto parsed = IncidentText::parseIncidentId(ids.first());
    if (!parsed) {
        return usageError(parsed.message());
    }
    const QUuid id = *parsed;
    if (const int opened = openDatabase(parser, Access::Write); opened != Success) {
        return opened;
    }
    auto found = m_log->reads().find(id);
    if (!found) {
        printError(found.message());
        return exitCodeFor(found.failure());
    }
    if (!*found) {
        printError(tr("incident_id: %1 is not in the database (or was removed)").arg(ids.first()));
        return BadInput;
    }
    Incident incident = **found;
    if (!readIncidentOptions(parser, incident, true)) {
        return BadInput;
    }
    auto amended = m_log->incidents().amend(incident, parser.value(kReason));
    if (!amended) {
        printError(amended.message());
        return exitCodeFor(amended.failure());
    }
    printOut(amended->idText() + u'\n');
    return Success;
}

int CommandLine::remove(QCommandLineParser &parser)
{
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 1) {
        return usageError(tr("remove needs exactly one incident_id"));
    }
    const auto parsed = IncidentText::parseIncidentId(ids.first());
    if (!parsed) {
        return usageError(parsed.message());
    }
    const QUuid id = *parsed;
    if (!parser.isSet(kReason)) {
        return usageError(tr("reason: removing an incident needs a reason (--reason TEXT)"));
    }
    if (const int opened = openDatabase(parser, Access::Write); opened != Success) {
        return opened;
    }
    if (auto removed = m_log->incidents().remove(id, parser.value(kReason)); !removed) {
        printError(removed.message());
        return exitCodeFor(removed.failure());
    }
    return Success;
}

int CommandLine::user(QCommandLineParser &parser)
{
    const QString action = parser.positionalArguments().value(0);
    const QString name = argumentAfterAction(parser);
    if (action == u"list") {
        if (const int opened = openDatabase(parser, action == u"list" ? Access::Read : Access::Write);
            opened != Success) {
            return opened;
        }
        auto accounts = m_log->accounts().list();
        if (!accounts) {
            printError(accounts.message());
            return exitCodeFor(accounts.failure());
        }
        QTextStream out(stdout);
        for (const auto &a : *accounts) {
            out << a.name.leftJustified(20) << "  " << roleCode(a.role).leftJustified(10) << "  "
                << (a.disabled ? tr("disabled") : tr("enabled")) << "  "
                << tr("created %1 by %2").arg(AuditEntry::formatTime(a.createdAt), a.createdBy) << '\n';
        }
        out << tr("%n account(s)", nullptr, int(accounts->size())) << '\n';
        return Success;
    }
    if (name.isEmpty() || (action != u"add" && action != u"disable" && action != u"enable")) {
        return usageError(tr("user: use 'user add NAME --role ROLE', 'user disable NAME', 'user enable NAME' or "
                             "'user list'"));
    }
    if (action == u"add") {
        const auto role = roleFromText(parser.value(kRole));
        if (!role) {
            return usageError(tr("role: is required and must be officer, supervisor or admin (--role ROLE)"));
        }
        QString problem;
        const auto password = newPassword(parser, name, problem);
        if (!password) {
            printError(problem);
            return BadInput;
        }
        m_stdinTaken = parser.isSet(kPasswordStdin);
        if (const int opened = openDatabase(parser, Access::Write); opened != Success) {
            return opened;
        }
        if (auto added = m_log->accounts().add(name, *role, *password); !added) {
            printError(added.message());
            return exitCodeFor(added.failure());
        }
        printOut(tr("account %1 added (%2)\n").arg(name.trimmed(), roleCode(*role)));
        return Success;
    }
    if (const int opened = openDatabase(parser, Access::Write); opened != Success) {
        return opened;
    }
    if (auto changed = m_log->accounts().setDisabled(name, action == u"disable"); !changed) {
        printError(changed.message());
        return exitCodeFor(changed.failure());
    }
    printOut(action == u"disable" ? tr("account %1 disabled\n").arg(name) : tr("account %1 enabled\n").arg(name));
    return Success;
}

int CommandLine::day(QCommandLineParser &parser)
{
    const QString action = parser.positionalArguments().value(0);
    if (action != u"close" && action != u"reopen" && action != u"status") {
        return usageError(tr("day: use 'day close DATE', 'day reopen DATE --reason TEXT' or 'day status DATE'"));
    }
    auto date = IncidentText::parseDate(argumentAfterAction(parser));
    if (!date) {
        return usageError(tr("date: %1").arg(date.failure().fields.value(0).rule));
    }
    const Access access = action == u"status" ? Access::Read : Access::Write;
    if (const int opened = openDatabase(parser, access); opened != Success) {
        return opened;
    }
    const QString day = IncidentText::formatDate(*date);
    if (action == u"close") {
        auto signedOff = m_log->days().signOff(*date);
        if (!signedOff) {
            printError(signedOff.message());
            return exitCodeFor(signedOff.failure());
        }
        printOut(tr("day %1 signed off by %2: %3 incidents, %4 persons\naudit trail head: %5:%6\n")
                     .arg(day, signedOff->signedBy)
                     .arg(signedOff->incidents)
                     .arg(signedOff->persons)
                     .arg(signedOff->auditSequence)
                     .arg(QString::fromLatin1(signedOff->headHash)));
        return Success;
    }
    if (action == u"reopen") {
        if (auto reopened = m_log->days().reopen(*date, parser.value(kReason)); !reopened) {
            printError(reopened.message());
            return exitCodeFor(reopened.failure());
        }
        printOut(tr("day %1 reopened\n").arg(day));
        return Success;
    }
    auto status = m_log->days().status(*date);
    if (!status) {
        printError(status.message());
        return exitCodeFor(status.failure());
    }
    if (!*status) {
        printOut(tr("day %1: open\n").arg(day));
    } else {
        const DaySignOff &s = **status;
        printOut(tr("day %1: signed off by %2 at %3: %4 incidents, %5 persons; audit entry %6 (%7)\n")
                     .arg(day, s.signedBy, AuditEntry::formatTime(s.signedAt))
                     .arg(s.incidents)
                     .arg(s.persons)
                     .arg(s.auditSequence)
                     .arg(QString::fromLatin1(s.headHash)));
    }
    return Success;
}

int CommandLine::location(QCommandLineParser &parser)
{
    const QString action = parser.positionalArguments().value(0);
    const QString name = argumentAfterAction(parser);
    if (!(action == u"list" || (action == u"add" && !name.isEmpty()))) {
        return usageError(tr("location: use 'location add NAME' or 'location list'"));
    }
    const Access access = action == u"add" ? Access::Write : Access::Read;
    if (const int opened = openDatabase(parser, access); opened != Success) {
        return opened;
    }
    if (action == u"add") {
        if (auto added = m_log->locations().add(name); !added) {
            printError(added.message());
            return exitCodeFor(added.failure());
        }
        return Success;
    }
    auto names = m_log->reads().locations();
    if (!names) {
        printError(names.message());
        return exitCodeFor(names.failure());
    }
    printOut(names->isEmpty() ? QString() : names->join(u'\n') + u'\n');
    return Success;
}

int CommandLine::audit(QCommandLineParser &parser)
{
    const QString action = parser.positionalArguments().value(0);
    if (action != u"verify" && action != u"list" && action != u"export") {
        return usageError(tr("audit: use 'audit verify', 'audit list' or 'audit export -o FILE'"));
    }
    std::optional<AuditHead> pinned;
    if (parser.isSet(kExpectHead)) {
        const QStringList parts = parser.value(kExpectHead).split(u':');
        bool ok = parts.size() == 2 && parts[1].size() == 64;
        const qint64 sequence = ok ? parts[0].toLongLong(&ok) : 0;
        if (!ok) {
            return usageError(tr("expect-head: must be SEQ:HASH as printed by 'day close' or an export"));
        }
        pinned = AuditHead{sequence, parts[1].toLatin1().toLower()};
    }
    AuditFilter filter;
    filter.incidentId = parser.value(kIncident).trimmed();
    if (!filter.incidentId.isEmpty()) {
        const auto parsed = IncidentText::parseIncidentId(filter.incidentId);
        if (!parsed) {
            return usageError(parsed.message());
        }
        filter.incidentId = parsed->toString(QUuid::WithoutBraces);
    }
    IncidentFilter dates;
    if (!readDates(parser, dates)) {
        return BadInput;
    }
    filter.from = dates.from;
    filter.to = dates.to;
    if (action == u"export" && !parser.isSet(kOutput)) {
        return usageError(tr("output: audit export needs -o FILE"));
    }
    if (const int opened = openDatabase(parser, Access::Read); opened != Success) {
        return opened;
    }
    if (action == u"verify") {
        auto verified = m_log->audit().verify(pinned);
        if (!verified) {
            printError(verified.message());
            return exitCodeFor(verified.failure());
        }
        if (!verified->ok()) {
            const AuditProblem &first = verified->problems.first();
            printOut(
                first.sequence > 0
                    ? tr("audit trail does not hold: the first entry that does not match is %1\n").arg(first.sequence)
                    : tr("audit trail does not hold\n"));
            for (const auto &p : verified->problems) {
                // A problem names what it found in the file (an incident_id), which may be anything.
                printOut(QStringLiteral("  %1\n").arg(DisplayText::escaped(p.message)));
            }
            return RuntimeFailure;
        }
        printOut(tr("audit trail holds: %1 entries, %2 incidents checked\nhead: %3\n")
                     .arg(verified->entries)
                     .arg(verified->incidents)
                     .arg(verified->head.toString()));
        return Success;
    }
    if (action == u"export") {
        return writeOutput(parser,
                           [&](QIODevice &device) { return CsvReport::writeAuditTrail(*m_log, filter, device); });
    }
    QTextStream out(stdout);
    // One line per entry, whatever the stored texts hold: a line feed in a name or a reason must not make
    // a line that looks like another entry, nor an escape sequence reach the terminal.
    auto listed = m_log->audit().forEach(filter, [&out](const AuditEntry &e) {
        out << e.sequence << "  " << AuditEntry::formatTime(e.at) << "  " << DisplayText::escaped(e.user) << "  "
            << auditActionCode(e.action);
        if (!e.incidentId.isEmpty()) {
            out << "  " << DisplayText::escaped(e.incidentId);
        }
        if (!e.reason.isEmpty()) {
            out << "  " << tr("reason: %1").arg(DisplayText::escaped(e.reason));
        }
        if (const QString what = describe(e); !what.isEmpty()) {
            out << "  " << DisplayText::escaped(what);
        }
        out << '\n';
        return true;
    });
    if (!listed) {
        printError(listed.message());
        return exitCodeFor(listed.failure());
    }
    out << tr("%n entry(s)", nullptr, int(*listed)) << '\n';
    return Success;
}

int CommandLine::repair(QCommandLineParser &parser)
{
    if (!parser.isSet(kTallies)) {
        return usageError(tr("repair: say what to rebuild (--tallies)"));
    }
    if (const int opened = openDatabase(parser, Access::Write); opened != Success) {
        return opened;
    }
    auto changed = m_log->upkeep().repairTallies();
    if (!changed) {
        printError(changed.message());
        return exitCodeFor(changed.failure());
    }
    printOut(tr("tallies rebuilt from the incidents: %n aggregate row(s) changed\n", nullptr, int(*changed)));
    return Success;
}

} // namespace borderlog
