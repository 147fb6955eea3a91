// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

class QIODevice;

namespace borderlog {

class IncidentLog;
class RegisterStore;
struct IncidentFilter;

// What every command of borderlog-cli is handed: its parsed options, the database (opened on demand, with
// the login), the reporting of errors as exit codes, and the writing of an output file.
// Exit status: 0 success, 1 runtime failure (I/O, database), 2 bad input or usage.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode {
        Success = 0,
        RuntimeFailure = 1,
        BadInput = 2,
    };
    // What a command does with the database: only commands that write may create one.
    enum class Access {
        Read,
        Write,
    };
    using Writer = std::function<Result<qint64>(QIODevice &device)>;
    using Afterwards = std::function<Result<void>(bool regularFile, qint64 rows)>;

    explicit CommandContext(const QCommandLineParser &options);
    ~CommandContext();
    CommandContext(const CommandContext &) = delete;
    CommandContext &operator=(const CommandContext &) = delete;

    bool isSet(const QCommandLineOption &option) const { return m_options.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_options.value(option); }
    QStringList values(const QCommandLineOption &option) const { return m_options.values(option); }
    QStringList arguments() const { return m_options.positionalArguments(); }
    // The positional argument at `index`, or an empty string.
    QString argument(qsizetype index) const { return arguments().value(index); }
    QString databasePath() const;

    // Opens the database and, when it has accounts, logs in; returns an exit code (Success to go on).
    int openDatabase(Access access);
    // Works on a database the command opened itself (a restore's check of who may restore), logging in to it.
    int useDatabase(std::unique_ptr<RegisterStore> repository);
    void closeDatabase();
    // The opened database; only after openDatabase or useDatabase returned Success.
    IncidentLog &log() { return *m_log; }
    // Standard input gave a new account's password: the login's password then does not come from it.
    void standardInputTaken() { m_standardInputTaken = true; }
    // The password the login was made with (a change of one's own password confirms it again).
    const QString &loginPassword() const { return m_loginPassword; }

    // Prints a usage error and the hint to --help; returns BadInput.
    static int usageError(const QString &message);
    // Prints the failure; returns its exit code (1 for the storage's failures, 2 for the others).
    static int fail(const Failure &failure);
    // Prints the message; returns RuntimeFailure.
    static int runtimeFailure(const QString &message);
    // Prints each problem; returns whether there were none.
    static bool report(const QStringList &problems);

    // Reads --from and --to (checked, from not after to) into filter, reporting what is wrong.
    bool readDates(IncidentFilter &filter) const;
    // Reads the dates, --location, --nationality and --outcome into filter, reporting what is wrong.
    bool readFilter(IncidentFilter &filter) const;

    // Writes an output to -o FILE or standard output (OutputFile) and reports how it went as an exit code;
    // `afterwards` runs once the output is complete (told whether it is a regular file).
    int writeOutput(const Writer &write, const Afterwards &afterwards = {}) const;

private:
    int logIn();

    const QCommandLineParser &m_options;
    bool m_standardInputTaken = false;
    QString m_loginPassword;
    std::unique_ptr<IncidentLog> m_log;
};

} // namespace borderlog
