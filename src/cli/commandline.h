#pragma once

#include <QStringList>

#include <memory>

class QCommandLineParser;

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

    QString databasePath(QCommandLineParser &parser) const;
    // Opens the database and, when it has accounts, logs in; returns an exit code (Success to go on).
    int openDatabase(QCommandLineParser &parser);
    int logIn(QCommandLineParser &parser);
    // Reads the incident options given (add: all required ones; update: only those set) into draft.
    bool readIncidentOptions(QCommandLineParser &parser, Incident &draft, bool amending);
    bool readDates(QCommandLineParser &parser, IncidentFilter &filter);
    bool readFilter(QCommandLineParser &parser, IncidentFilter &filter);
    int usageError(const QString &message) const;

    QStringList m_arguments;
    bool m_stdinTaken = false; // standard input already gave a new account's password
    std::unique_ptr<IncidentLog> m_log;
};

} // namespace borderlog
