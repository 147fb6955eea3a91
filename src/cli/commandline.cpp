#include "commandline.h"

#include "accessrules.h"
#include "applicationidentity.h"
#include "backuprotation.h"
#include "commandoptions.h"
#include "csvreport.h"
#include "csvwriter.h"
#include "incidentcsv.h"
#include "incidentgenerator.h"
#include "incidentlog.h"
#include "incidentrules.h"
#include "incidenttext.h"
#include "logging.h"
#include "nationalitycatalog.h"
#include "outputfile.h"
#include "sqlitemaintenance.h"
#include "sqliteregister.h"
#include "sqliterestore.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <functional>
#include <map>

namespace borderlog {

using namespace CommandOptions;
using namespace Terminal;

namespace {

struct Command
{
    const char *name;
    const char *summary;
    std::function<void(QCommandLineParser &)> addOptions;
};

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> all{
        {QStringLiteral("add"),
         {"add", "Record an incident; prints its incident_id.",
          [](QCommandLineParser &p) {
              p.addOptions({kDate, kTime, kLocation, kPersons, kOutcome, kForceUsed, kNotes, kRecordedBy});
          }}},
        {QStringLiteral("list"), {"list", "Print incidents as a table.", addFilterOptions}},
        {QStringLiteral("export"),
         {"export", "Write the incidents CSV.",
          [](QCommandLineParser &p) {
              addFilterOptions(p);
              p.addOption(kOutput);
          }}},
        {QStringLiteral("import"),
         {"import", "Read an incidents CSV: all or nothing; known incident_ids are skipped.",
          [](QCommandLineParser &p) { p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("CSV file.")); }}},
        {QStringLiteral("tally"),
         {"tally", "Write the tally CSV.",
          [](QCommandLineParser &p) {
              p.addOption(kBy);
              addFilterOptions(p);
              p.addOption(kOutput);
          }}},
        {QStringLiteral("check"), {"check", "Check the database's integrity and schema version.", [](auto &) {}}},
        {QStringLiteral("backup"),
         {"backup", "Write a checked copy of the database (default: into the backups folder beside it).",
          [](QCommandLineParser &p) { p.addOption(kOutput); }}},
        {QStringLiteral("restore"),
         {"restore", "Replace the database with a backup, after checking it; the current file is kept aside.",
          [](QCommandLineParser &p) {
              p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The backup to restore."));
          }}},
        {QStringLiteral("update"),
         {"update", "Amend an incident (update ID): only the options given change.",
          [](QCommandLineParser &p) {
              p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The incident_id."));
              p.addOptions({kDate, kTime, kLocation, kPersons, kOutcome, kForceUsed, kNoForceUsed, kNotes, kReason});
          }}},
        {QStringLiteral("remove"),
         {"remove", "Remove an incident (remove ID --reason TEXT); it stays in the audit trail.",
          [](QCommandLineParser &p) {
              p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The incident_id."));
              p.addOption(kReason);
          }}},
        {QStringLiteral("user"),
         {"user", "Accounts: user add NAME --role ROLE | user disable NAME | user enable NAME | user list.",
          [](QCommandLineParser &p) {
              p.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("add, disable, enable or list."));
              p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The account."), QStringLiteral("[NAME]"));
              p.addOption(kRole);
          }}},
        {QStringLiteral("day"),
         {"day", "Sign-off: day close DATE | day reopen DATE --reason TEXT | day status DATE.",
          [](QCommandLineParser &p) {
              p.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("close, reopen or status."));
              p.addPositionalArgument(QStringLiteral("DATE"), QStringLiteral("The day (YYYY-MM-DD)."));
              p.addOption(kReason);
          }}},
        {QStringLiteral("audit"),
         {"audit", "The audit trail: audit verify | audit list | audit export -o FILE.",
          [](QCommandLineParser &p) {
              p.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("verify, list or export."));
              p.addOptions({kIncident, kFrom, kTo, kOutput, kExpectHead});
          }}},
        {QStringLiteral("location"),
         {"location", "Locations: location add NAME | location list.",
          [](QCommandLineParser &p) {
              p.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("add or list."));
              p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The location."),
                                      QStringLiteral("[NAME]"));
          }}},
        {QStringLiteral("repair"),
         {"repair",
          "Rebuild the tallies from the incidents when audit verify or check found them changed: "
          "repair --tallies (supervisors and admins; audited).",
          [](QCommandLineParser &p) { p.addOption(kTallies); }}},
        {QStringLiteral("generate"),
         {"generate", "Write a deterministic, realistic incidents CSV for tests and benchmarks.",
          [](QCommandLineParser &p) {
              p.addOptions({kIncidents, kSeed, kFrom, kTo, kOutput});
          }}},
    };
    return all;
}

QString overview()
{
    QString text = tr("Border Incident Log on the command line.\n\nCommands:\n");
    for (const auto &[name, command] : commands()) {
        text += QStringLiteral("  %1  %2\n").arg(name, -8).arg(QString::fromLatin1(command.summary));
    }
    text += tr("\nRun 'borderlog-cli COMMAND --help' for a command's options.\n"
               "Once a database has accounts, every command that opens it needs --user NAME; the password comes "
               "from --password-stdin, the BORDERLOG_PASSWORD environment variable or a prompt.\n"
               "Exit status: 0 success, 1 runtime failure (I/O, database), 2 bad input, usage or a refused action.");
    return text;
}

} // namespace

CommandLine::CommandLine(QStringList arguments)
    : m_arguments(std::move(arguments))
{}

CommandLine::~CommandLine() = default;

int CommandLine::usageError(const QString &message) const
{
    printError(message);
    printError(tr("run 'borderlog-cli --help' for usage"));
    return BadInput;
}

int CommandLine::run()
{
    // The command is the first argument that is neither an option nor the value of --db.
    QString commandName;
    qsizetype commandIndex = -1;
    for (qsizetype i = 1; i < m_arguments.size(); ++i) {
        const QString &a = m_arguments[i];
        if (a == u"--db" || a == u"--user" || a == u"-db" || a == u"-user") {
            ++i;
            continue;
        }
        if (!a.startsWith(u'-')) {
            commandName = a;
            commandIndex = i;
            break;
        }
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(overview());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QCommandLineOption db = kDb;
    db.setDescription(db.description().arg(ApplicationIdentity::defaultDatabasePath()));
    parser.addOption(db);
    parser.addOption(kVerbose);
    parser.addOption(kUser);
    parser.addOption(kPasswordStdin);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();

    QStringList arguments = m_arguments;
    const auto command = commands().find(commandName);
    if (commandIndex >= 0) {
        if (command == commands().end()) {
            QStringList names;
            for (const auto &entry : commands()) {
                names << entry.first;
            }
            return usageError(
                tr("unknown command '%1'; the commands are %2").arg(commandName, names.join(QStringLiteral(", "))));
        }
        command->second.addOptions(parser);
        arguments.removeAt(commandIndex);
        parser.setApplicationDescription(QString::fromLatin1(command->second.summary));
    }
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(help)) {
        printOut(parser.helpText());
        return Success;
    }
    if (parser.isSet(version)) {
        printOut(QStringLiteral("borderlog-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    if (commandIndex < 0) {
        return usageError(tr("no command given"));
    }
    Logging::toStderr(parser.isSet(kVerbose));

    if (commandName == u"import") {
        return importIncidents(parser);
    }
    if (commandName == u"restore") {
        return restore(parser);
    }
    if (commandName == u"update") {
        return update(parser);
    }
    if (commandName == u"remove") {
        return remove(parser);
    }
    if (commandName == u"user") {
        return user(parser);
    }
    if (commandName == u"day") {
        return day(parser);
    }
    if (commandName == u"audit") {
        return audit(parser);
    }
    if (commandName == u"location") {
        return location(parser);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }
    if (commandName == u"add") {
        return add(parser);
    }
    if (commandName == u"list") {
        return list(parser);
    }
    if (commandName == u"export") {
        return exportIncidents(parser);
    }
    if (commandName == u"tally") {
        return tally(parser);
    }
    if (commandName == u"generate") {
        return generate(parser);
    }
    if (commandName == u"backup") {
        return backUp(parser);
    }
    if (commandName == u"repair") {
        return repair(parser);
    }
    return check(parser);
}

QString CommandLine::databasePath(QCommandLineParser &parser) const
{
    return parser.isSet(kDb) ? parser.value(kDb) : ApplicationIdentity::defaultDatabasePath();
}

int CommandLine::openDatabase(QCommandLineParser &parser, Access access)
{
    const QString path = databasePath(parser);
    if (const auto interrupted = sqlite::SqliteRestore::takeInterruptedNotice(path)) {
        printError(tr("warning: %1").arg(*interrupted));
    }
    // A command that writes waits for another program's write (a large import) to end, however long it takes.
    using Repository = sqlite::SqliteRegister;
    auto repository = access == Access::Write
                          ? Repository::open(path, Repository::Creation::Allowed, Repository::kWriterBusyTimeout)
                          : Repository::open(path, Repository::Creation::Refused);
    if (!repository) {
        printError(repository.message());
        return RuntimeFailure;
    }
    m_log = std::make_unique<IncidentLog>(std::move(repository).value());
    return logIn(parser);
}

int CommandLine::logIn(QCommandLineParser &parser)
{
    auto accounts = m_log->session().usesAccounts();
    if (!accounts) {
        printError(accounts.message());
        return RuntimeFailure;
    }
    if (!*accounts) {
        if (parser.isSet(kUser)) {
            printError(tr("user: this database has no accounts yet; run without --user, or create the first "
                          "account with 'user add NAME --role admin'"));
            return BadInput;
        }
        return Success;
    }
    if (!parser.isSet(kUser)) {
        printError(tr("user: this database uses accounts; give --user NAME (the password from --password-stdin, "
                      "BORDERLOG_PASSWORD or a prompt)"));
        return BadInput;
    }
    const QString name = parser.value(kUser);
    std::optional<QString> password;
    if (parser.isSet(kPasswordStdin) && !m_stdinTaken) {
        password = readStdinLine();
    } else if (qEnvironmentVariableIsSet("BORDERLOG_PASSWORD")) {
        password = qEnvironmentVariable("BORDERLOG_PASSWORD");
    } else {
        password = promptPassword(tr("Password for %1: ").arg(name));
    }
    if (!password) {
        printError(tr("password: none given; use --password-stdin, BORDERLOG_PASSWORD or run at a terminal"));
        return BadInput;
    }
    auto actor = m_log->session().logIn(name, *password);
    if (!actor) {
        printError(actor.message());
        return exitCodeFor(actor.failure());
    }
    return Success;
}

bool CommandLine::readDates(QCommandLineParser &parser, IncidentFilter &filter)
{
    QStringList problems;
    for (const auto *option : {&kFrom, &kTo}) {
        if (parser.isSet(*option)) {
            auto date = IncidentText::parseDate(parser.value(*option));
            if (!date) {
                problems << QStringLiteral("%1: %2").arg(option->names().first(), date.failure().fields.first().rule);
            } else {
                (option == &kFrom ? filter.from : filter.to) = *date;
            }
        }
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to) {
        problems << tr("to: must not be before from");
    }
    for (const auto &p : problems) {
        printError(p);
    }
    return problems.isEmpty();
}

bool CommandLine::readFilter(QCommandLineParser &parser, IncidentFilter &filter)
{
    if (!readDates(parser, filter)) {
        return false;
    }
    QStringList problems;
    auto note = [&](const Failure &f) { problems << f.message; };
    if (parser.isSet(kLocation)) {
        filter.location = parser.value(kLocation).trimmed();
    }
    if (parser.isSet(kNationality)) {
        auto n = IncidentText::parseNationality(parser.value(kNationality));
        n ? void(filter.nationality = *n) : note(n.failure());
    }
    if (parser.isSet(kOutcome)) {
        auto o = IncidentText::parseOutcome(parser.value(kOutcome));
        o ? void(filter.outcome = *o) : note(o.failure());
    }
    for (const auto &p : problems) {
        printError(p);
    }
    return problems.isEmpty();
}

bool CommandLine::readIncidentOptions(QCommandLineParser &parser, Incident &draft, bool amending)
{
    QStringList problems;
    auto note = [&](const Failure &f) { problems << f.message; };
    if (!amending) {
        for (const QCommandLineOption &required : {kDate, kLocation, kPersons, kOutcome}) {
            if (!parser.isSet(required)) {
                problems << tr("%1: is required (--%1)").arg(required.names().first());
            }
        }
    }
    if (parser.isSet(kDate)) {
        auto d = IncidentText::parseDate(parser.value(kDate));
        d ? void(draft.date = *d) : note(d.failure());
    }
    if (parser.isSet(kTime)) {
        auto t = IncidentText::parseTime(parser.value(kTime));
        t ? void(draft.time = *t) : note(t.failure());
    }
    if (parser.isSet(kLocation) || !amending) {
        draft.location = parser.value(kLocation).trimmed();
    }
    if (parser.isSet(kPersons)) {
        draft.persons.clear();
        for (const QString &value : parser.values(kPersons)) {
            auto line = IncidentText::parseNationalityCount(value);
            line ? void(draft.persons << *line) : note(line.failure());
        }
    }
    if (parser.isSet(kOutcome)) {
        auto o = IncidentText::parseOutcome(parser.value(kOutcome));
        o ? void(draft.outcome = *o) : note(o.failure());
    }
    if (parser.isSet(kForceUsed) || !amending) {
        draft.forceUsed = parser.isSet(kForceUsed);
    }
    if (amending && parser.isSet(kNoForceUsed)) {
        if (parser.isSet(kForceUsed)) {
            problems << tr("force-used: give --force-used or --no-force-used, not both");
        }
        draft.forceUsed = false;
    }
    if (parser.isSet(kNotes) || !amending) {
        draft.notes = parser.value(kNotes);
    }
    if (!amending) {
        draft.recordedBy = parser.value(kRecordedBy);
    }
    // Also name the broken rules of the fields that did parse (a future date, an empty location, ...).
    for (const auto &e : IncidentRules::check(draft, QDate::currentDate())) {
        const bool alreadyReported = std::any_of(problems.cbegin(), problems.cend(),
                                                 [&](const QString &p) { return p.startsWith(e.field + u':'); });
        if (!alreadyReported && !(e.field == QLatin1String(IncidentRules::kDate) && !draft.date.isValid())) {
            problems << e.toString();
        }
    }
    for (const auto &p : problems) {
        printError(p);
    }
    return problems.isEmpty();
}

int CommandLine::add(QCommandLineParser &parser)
{
    Incident draft;
    if (!readIncidentOptions(parser, draft, false)) {
        return BadInput;
    }
    if (const int opened = openDatabase(parser, Access::Write); opened != Success) {
        return opened;
    }
    auto recorded = m_log->incidents().record(draft);
    if (!recorded) {
        printError(recorded.message());
        return exitCodeFor(recorded.failure());
    }
    printOut(recorded->idText() + u'\n');
    return Success;
}

int CommandLine::list(QCommandLineParser &parser)
{
    IncidentFilter filter;
    if (!readFilter(parser, filter)) {
        return BadInput;
    }
    if (const int opened = openDatabase(parser, Access::Read); opened != Success) {
        return opened;
    }
    const QStringList headings{tr("date"),          tr("time"),    tr("location"), tr("persons"),
                               tr("nationalities"), tr("outcome"), tr("force"),    tr("incident_id")};
    QList<QStringList> rows;
    const auto listed = m_log->reads().forEachIncident(filter, [&rows](const Incident &incident) {
        QStringList nationalities;
        for (const auto &line : incident.persons) {
            nationalities << QStringLiteral("%1 %2").arg(line.nationality).arg(line.persons);
        }
        rows << QStringList{IncidentText::formatDate(incident.date),
                            IncidentText::formatTime(incident.time),
                            incident.location,
                            QString::number(incident.groupSize()),
                            nationalities.join(QStringLiteral(", ")),
                            outcomeCode(incident.outcome),
                            incident.forceUsed ? tr("yes") : tr("no"),
                            incident.idText()};
        return true;
    });
    if (!listed) {
        printError(listed.message());
        return RuntimeFailure;
    }
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
    return Success;
}

int CommandLine::exportIncidents(QCommandLineParser &parser)
{
    IncidentFilter filter;
    if (!readFilter(parser, filter)) {
        return BadInput;
    }
    if (const int opened = openDatabase(parser, Access::Read); opened != Success) {
        return opened;
    }
    return writeOutput(
        parser, [&](QIODevice &device) { return CsvReport::writeIncidents(*m_log, filter, device); },
        [&](bool regularFile, qint64 rows) -> Result<void> {
            spdlog::info("exported {} incidents", rows);
            if (regularFile) {
                auto about = CsvReport::writeAbout(*m_log, parser.value(kOutput), tr("incidents"), filter, rows);
                return about ? Result<void>() : Result<void>(about.failure());
            }
            if (auto head = m_log->audit().head()) {
                printError(tr("audit trail head at this export: %1").arg(head->toString()));
            }
            return {};
        });
}

int CommandLine::importIncidents(QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        return usageError(tr("import needs exactly one FILE"));
    }
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly)) {
        printError(tr("cannot read %1: %2").arg(files.first(), file.errorString()));
        return RuntimeFailure;
    }
    if (const int opened = openDatabase(parser, Access::Write); opened != Success) {
        return opened;
    }
    IncidentCsv::Reader reader(file, files.first(), m_log->session().today());
    auto summary = m_log->incidents().import(reader);
    if (!summary) {
        if (summary.failure().kind != Failure::Kind::Invalid) {
            printError(summary.message());
            return exitCodeFor(summary.failure());
        }
        const QStringList problems = summary.message().split(u'\n');
        for (const auto &p : problems) {
            QTextStream(stderr) << p << Qt::endl;
        }
        printError(tr("%1 was not imported: %n problem(s); nothing was written", nullptr, int(problems.size()))
                       .arg(files.first()));
        return BadInput;
    }
    printOut(
        tr("%1 incidents added, %2 skipped (already in the database)\n").arg(summary->added).arg(summary->skipped));
    if (summary->conflicts > 0) {
        printError(tr("%n skipped incident(s) differ from the stored ones (the stored ones were kept): %1", nullptr,
                      int(summary->conflicts))
                       .arg(summary->firstConflicts.join(QStringLiteral(", "))));
    }
    return Success;
}

int CommandLine::tally(QCommandLineParser &parser)
{
    if (!parser.isSet(kBy)) {
        return usageError(tr("by: is required (--by day|month|year|nationality|location)"));
    }
    const auto grouping = tallyGroupingFromCode(parser.value(kBy));
    if (!grouping) {
        return usageError(tr("by: '%1' is not one of day, month, year, nationality, location").arg(parser.value(kBy)));
    }
    IncidentFilter filter;
    if (!readFilter(parser, filter)) {
        return BadInput;
    }
    if (const int opened = openDatabase(parser, Access::Read); opened != Success) {
        return opened;
    }
    return writeOutput(
        parser, [&](QIODevice &device) { return CsvReport::writeTally(*m_log, filter, *grouping, device); },
        [&](bool regularFile, qint64 rows) -> Result<void> {
            if (!regularFile) {
                return {};
            }
            auto about = CsvReport::writeAbout(*m_log, parser.value(kOutput), tr("tally by %1").arg(parser.value(kBy)),
                                               filter, rows);
            return about ? Result<void>() : Result<void>(about.failure());
        });
}

int CommandLine::writeOutput(QCommandLineParser &parser, const std::function<Result<qint64>(QIODevice &)> &write,
                             const std::function<Result<void>(bool regularFile, qint64 rows)> &afterwards)
{
    OutputFile output(parser.value(kOutput));
    if (auto opened = output.open(); !opened) {
        printError(opened.message());
        return RuntimeFailure;
    }
    auto written = write(output.device());
    if (!written) {
        // A writer that stopped because the device failed is told in the output's words ("the disk is full").
        const Failure failure = output.writeError().value_or(written.failure());
        output.discard();
        printError(failure.message);
        return exitCodeFor(failure);
    }
    if (auto committed = output.commit(); !committed) {
        printError(committed.message());
        return RuntimeFailure;
    }
    if (afterwards) {
        if (auto done = afterwards(output.isRegularFile(), *written); !done) {
            printError(done.message());
            return RuntimeFailure;
        }
    }
    return Success;
}

int CommandLine::check(QCommandLineParser &parser)
{
    // Read-only: a check never changes the file, whatever state it is in.
    const QString path = databasePath(parser);
    auto health = sqlite::SqliteMaintenance::inspect(path);
    if (!health) {
        printError(health.message());
        return RuntimeFailure;
    }
    printOut(tr("database: %1\nschema version: %2\nincidents: %3\nintegrity: %4\n")
                 .arg(path)
                 .arg(health->schemaVersion)
                 .arg(health->incidents >= 0 ? QString::number(health->incidents) : tr("unknown"))
                 .arg(health->ok ? tr("ok") : health->problems.join(u'\n')));
    return health->ok ? Success : RuntimeFailure;
}

} // namespace borderlog

namespace borderlog {

int CommandLine::generate(QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 count = parser.value(kIncidents).toLongLong(&ok);
    if (!parser.isSet(kIncidents) || !ok || count < 0) {
        return usageError(tr("incidents: a whole number of incidents is required (--incidents N)"));
    }
    IncidentGenerator::Settings settings;
    if (parser.isSet(kSeed)) {
        settings.seed = parser.value(kSeed).toULongLong(&ok);
        if (!ok) {
            return usageError(tr("seed: '%1' is not a whole number").arg(parser.value(kSeed)));
        }
    }
    IncidentFilter range;
    if (!readDates(parser, range)) {
        return BadInput;
    }
    if (range.from.isValid()) {
        settings.from = range.from;
    }
    if (range.to.isValid()) {
        settings.to = range.to;
    }
    if (settings.from > settings.to) {
        return usageError(tr("to: must not be before from"));
    }
    return writeOutput(parser, [&](QIODevice &device) -> Result<qint64> {
        IncidentGenerator generator(settings);
        CsvWriter writer(device);
        IncidentCsv::writeHeader(writer);
        for (qint64 i = 0; i < count && writer.ok(); ++i) {
            IncidentCsv::writeIncident(writer, generator.next());
        }
        if (!writer.finish()) {
            return Failure::storage(tr("cannot write %1: %2").arg(parser.value(kOutput), device.errorString()));
        }
        return count;
    });
}

} // namespace borderlog

namespace borderlog {

int CommandLine::backUp(QCommandLineParser &parser)
{
    if (const int opened = openDatabase(parser, Access::Read); opened != Success) {
        return opened;
    }
    if (parser.value(kOutput) == u"-") {
        // The checked copy is made in a private folder first, then handed to standard output.
        QTemporaryDir scratch;
        const QString copy = scratch.filePath(QStringLiteral("backup.sqlite"));
        if (auto done = m_log->upkeep().backUp(copy); !done) {
            printError(done.message());
            return RuntimeFailure;
        }
        return writeOutput(parser, [&](QIODevice &device) -> Result<qint64> {
            QFile file(copy);
            if (!file.open(QIODevice::ReadOnly)) {
                return Failure::storage(tr("cannot read %1: %2").arg(copy, file.errorString()));
            }
            qint64 total = 0;
            while (!file.atEnd()) {
                const QByteArray block = file.read(1 << 20);
                if (block.isEmpty()) {
                    return Failure::storage(tr("cannot read %1: %2").arg(copy, file.errorString()));
                }
                if (device.write(block) != block.size()) {
                    return Failure::storage(tr("cannot write standard output: %1").arg(device.errorString()));
                }
                total += block.size();
            }
            return total;
        });
    }
    const QString target = parser.isSet(kOutput)
                               ? parser.value(kOutput)
                               : BackupRotation(databasePath(parser)).pathFor(QDateTime::currentDateTime());
    if (auto done = m_log->upkeep().backUp(target); !done) {
        printError(done.message());
        return RuntimeFailure;
    }
    printOut(target + u'\n');
    return Success;
}

int CommandLine::restore(QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        return usageError(tr("restore needs exactly one FILE"));
    }
    if (const int allowed = authorizeRestore(parser, files.first()); allowed != Success) {
        return allowed;
    }
    const QString target = databasePath(parser);
    auto restored = sqlite::SqliteMaintenance::restore(files.first(), target);
    if (!restored) {
        printError(restored.message());
        return RuntimeFailure; // the contract: 1 whatever stopped the restore
    }
    printOut(
        restored->isEmpty()
            ? tr("restored %1 to %2\n").arg(files.first(), target)
            : tr("restored %1 to %2; the previous database is kept as %3\n").arg(files.first(), target, *restored));
    return Success;
}

int CommandLine::authorizeRestore(QCommandLineParser &parser, const QString &backup)
{
    // The current database's admin decides; when it cannot be opened at all, the backup's own admin.
    const QString target = databasePath(parser);
    auto current = sqlite::SqliteRegister::open(target, sqlite::SqliteRegister::Creation::Refused);
    QTemporaryDir scratch;
    if (!current && !sqlite::SqliteMaintenance::cannotBeOpenedAtAll(target)) {
        // Busy, read-only, newer: the current database's accounts still decide, so the restore waits for it.
        printError(current.message());
        return RuntimeFailure;
    }
    if (!current) {
        spdlog::info("restore: the current database cannot be opened ({}); the backup's accounts decide",
                     current.message().toStdString());
        // A copy: logging in records failures, and the backup itself stays as it is.
        const QString copy = scratch.filePath(QStringLiteral("backup.sqlite"));
        if (auto copied = sqlite::SqliteMaintenance::backUpFile(backup, copy); !copied) {
            printError(copied.message());
            return RuntimeFailure;
        }
        current = sqlite::SqliteRegister::open(copy, sqlite::SqliteRegister::Creation::Refused);
        if (!current) {
            printError(tr("%1 cannot be restored: %2").arg(backup, current.message()));
            return RuntimeFailure;
        }
    }
    m_log = std::make_unique<IncidentLog>(std::move(current).value());
    if (const int loggedIn = logIn(parser); loggedIn != Success) {
        return loggedIn;
    }
    if (auto allowed = AccessRules::mayRestore(m_log->session().actor()); !allowed) {
        printError(allowed.message());
        return exitCodeFor(allowed.failure());
    }
    m_log.reset(); // a restore needs the database closed by every program, this one too
    return Success;
}

} // namespace borderlog
