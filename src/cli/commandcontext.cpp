// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandcontext.h"

#include "applicationidentity.h"
#include "commandoptions.h"
#include "incidentlog.h"
#include "incidenttext.h"
#include "outputfile.h"
#include "pgregister.h"
#include "registerserver.h"
#include "sqliteregister.h"
#include "sqliterestore.h"
#include "terminal.h"

namespace borderlog {

using namespace CommandOptions;
using namespace Terminal;

CommandContext::CommandContext(const QCommandLineParser &options)
    : m_options(options)
{}

CommandContext::~CommandContext() = default;

QString CommandContext::databasePath() const
{
    return isSet(kDb) ? value(kDb) : ApplicationIdentity::defaultDatabasePath();
}

int CommandContext::openDatabase(Access access)
{
    const QString path = databasePath();
    if (isServerAddress(path)) {
        // The national register: every station's incidents, read live from the server.
        auto national = postgres::PgRegister::open(path);
        if (!national) {
            return runtimeFailure(national.message());
        }
        return useDatabase(std::move(national).value());
    }
    if (const auto interrupted = sqlite::SqliteRestore::takeInterruptedNotice(path)) {
        printError(tr("warning: %1").arg(*interrupted));
    }
    // A command that writes waits for another program's write (a large import) to end, however long it takes.
    using Register = sqlite::SqliteRegister;
    auto repository = access == Access::Write
                          ? Register::open(path, Register::Creation::Allowed, Register::kWriterBusyTimeout)
                          : Register::open(path, Register::Creation::Refused);
    if (!repository) {
        return runtimeFailure(repository.message());
    }
    return useDatabase(std::move(repository).value());
}

int CommandContext::useDatabase(std::unique_ptr<RegisterStore> repository)
{
    m_log = std::make_unique<IncidentLog>(std::move(repository));
    return logIn();
}

void CommandContext::closeDatabase()
{
    m_log.reset();
}

int CommandContext::logIn()
{
    auto accounts = m_log->session().usesAccounts();
    if (!accounts) {
        return runtimeFailure(accounts.message());
    }
    if (!*accounts) {
        if (isSet(kUser)) {
            printError(tr("user: this database has no accounts yet; run without --user, or create the first "
                          "account with 'user add NAME --role admin'"));
            return BadInput;
        }
        return Success;
    }
    if (!isSet(kUser)) {
        printError(tr("user: this database uses accounts; give --user NAME (the password from --password-stdin, "
                      "BORDERLOG_PASSWORD or a prompt)"));
        return BadInput;
    }
    const QString name = value(kUser);
    std::optional<QString> password;
    if (isSet(kPasswordStdin) && !m_standardInputTaken) {
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
    if (auto actor = m_log->session().logIn(name, *password); !actor) {
        return fail(actor.failure());
    }
    m_loginPassword = *password;
    return Success;
}

int CommandContext::usageError(const QString &message)
{
    printError(message);
    printError(tr("run 'borderlog-cli --help' for usage"));
    return BadInput;
}

int CommandContext::fail(const Failure &failure)
{
    printError(failure.message);
    return exitCodeFor(failure);
}

int CommandContext::runtimeFailure(const QString &message)
{
    printError(message);
    return RuntimeFailure;
}

bool CommandContext::report(const QStringList &problems)
{
    for (const auto &p : problems) {
        printError(p);
    }
    return problems.isEmpty();
}

bool CommandContext::readDates(IncidentFilter &filter) const
{
    QStringList problems;
    for (const auto *option : {&kFrom, &kTo}) {
        if (isSet(*option)) {
            auto date = IncidentText::parseDate(value(*option));
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
    return report(problems);
}

bool CommandContext::readFilter(IncidentFilter &filter) const
{
    if (!readDates(filter)) {
        return false;
    }
    QStringList problems;
    auto note = [&](const Failure &f) { problems << f.message; };
    if (isSet(kLocation)) {
        filter.location = value(kLocation).trimmed();
    }
    if (isSet(kDistrict)) {
        filter.district = value(kDistrict).trimmed();
    }
    if (isSet(kStation)) {
        filter.station = value(kStation).trimmed();
    }
    if (isSet(kNationality)) {
        auto n = IncidentText::parseNationality(value(kNationality));
        n ? void(filter.nationality = *n) : note(n.failure());
    }
    if (isSet(kOutcome)) {
        auto o = IncidentText::parseOutcome(value(kOutcome));
        o ? void(filter.outcome = *o) : note(o.failure());
    }
    return report(problems);
}

int CommandContext::writeOutput(const Writer &write, const Afterwards &afterwards) const
{
    OutputFile output(value(kOutput));
    if (auto opened = output.open(); !opened) {
        return runtimeFailure(opened.message());
    }
    auto written = write(output.device());
    if (!written) {
        // A writer that stopped because the device failed is told in the output's words ("the disk is full").
        const Failure failure = output.writeError().value_or(written.failure());
        output.discard();
        return fail(failure);
    }
    if (auto committed = output.commit(); !committed) {
        return runtimeFailure(committed.message());
    }
    if (afterwards) {
        if (auto done = afterwards(output.isRegularFile(), *written); !done) {
            return runtimeFailure(done.message());
        }
    }
    return Success;
}

} // namespace borderlog
