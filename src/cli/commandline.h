#pragma once

#include "result.h"

#include <QStringList>

#include <functional>
#include <memory>

class QCommandLineParser;
class QIODevice;

namespace borderlog {

class IncidentLog;
struct Incident;
struct IncidentFilter;

// `borderlog-cli`: the register without a display, for scripted reports and imports.
// Exit status: 0 success, 1 runtime failure (I/O, database), 2 bad input or usage.
class CommandLine
{
public:
    enum ExitCode {
        Success = 0,
        RuntimeFailure = 1,
        BadInput = 2,
    };

    explicit CommandLine(QStringList arguments);
    ~CommandLine();

    int run();

private:
    int add(QCommandLineParser &parser);
    int list(QCommandLineParser &parser);
    int exportIncidents(QCommandLineParser &parser);
    int importIncidents(QCommandLineParser &parser);
    int tally(QCommandLineParser &parser);
    int check(QCommandLineParser &parser);
    int generate(QCommandLineParser &parser);
    int backUp(QCommandLineParser &parser);
    int restore(QCommandLineParser &parser);
    int update(QCommandLineParser &parser);
    int remove(QCommandLineParser &parser);
    int user(QCommandLineParser &parser);
    int day(QCommandLineParser &parser);
    int audit(QCommandLineParser &parser);
    int location(QCommandLineParser &parser);
    int repair(QCommandLineParser &parser);

    QString databasePath(QCommandLineParser &parser) const;
    // What a command does with the database: only commands that write may create one.
    enum class Access {
        Read,
        Write,
    };
    // Opens the database and, when it has accounts, logs in; returns an exit code (Success to go on).
    int openDatabase(QCommandLineParser &parser, Access access);
    int logIn(QCommandLineParser &parser);
    // A restore over a database with accounts needs its admin (over one that cannot be opened, the backup's).
    int authorizeRestore(QCommandLineParser &parser, const QString &backup);
    // Reads the incident options given (add: all required ones; update: only those set) into draft.
    bool readIncidentOptions(QCommandLineParser &parser, Incident &draft, bool amending);
    bool readDates(QCommandLineParser &parser, IncidentFilter &filter);
    bool readFilter(QCommandLineParser &parser, IncidentFilter &filter);
    int usageError(const QString &message) const;
    // Writes an output to -o FILE or standard output (OutputFile) and reports how it went as an exit code;
    // `afterwards` runs once the output is complete (told whether it is a regular file).
    int writeOutput(QCommandLineParser &parser, const std::function<Result<qint64>(QIODevice &)> &write,
                    const std::function<Result<void>(bool regularFile, qint64 rows)> &afterwards = {});

    QStringList m_arguments;
    bool m_stdinTaken = false; // standard input already gave a new account's password
    std::unique_ptr<IncidentLog> m_log;
};

} // namespace borderlog
