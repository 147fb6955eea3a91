// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

namespace borderlog {

class CommandContext;

// One of borderlog-cli's commands, described once: the overview, the command's --help and
// CommandLine::run() are all made from this description.
struct Command
{
    struct Argument
    {
        QString name;
        QString description;
        QString syntax; // how --help shows it, when not just the name ("[NAME]")
    };

    QString name;
    const char *summary = "";                      // the overview's line and the first line of the command's --help
    QList<QCommandLineOption> options;             // besides the global ones, in the order --help lists them
    QList<Argument> arguments;                     // positional; a command without any refuses an argument
    int (*run)(CommandContext &context) = nullptr; // returns the exit status

    bool takesArguments() const { return !arguments.isEmpty(); }

    // The descriptions are written in English and marked QT_TRANSLATE_NOOP("CommandHelp", ...), so that
    // lupdate finds them; --help shows them translated.
    static QString helpText(const char *text) { return QCoreApplication::translate("CommandHelp", text); }
    static QString helpText(const QString &text) { return helpText(text.toUtf8().constData()); }
    static QCommandLineOption translated(QCommandLineOption option)
    {
        option.setDescription(helpText(option.description()));
        return option;
    }
};

// The commands, one function per subject, each in its own file (see CommandTable for the whole table).
namespace Commands {

std::vector<Command> incidents();   // add, list, update, remove: incidentcommands.cpp
std::vector<Command> transfer();    // export, import, generate: transfercommands.cpp
std::vector<Command> tallies();     // tally: tallycommands.cpp
std::vector<Command> reports();     // report: reportcommands.cpp
std::vector<Command> maintenance(); // check, backup, restore, repair: maintenancecommands.cpp
std::vector<Command> accounts();    // user: accountcommands.cpp
std::vector<Command> days();        // day: daycommands.cpp
std::vector<Command> audit();       // audit: auditcommands.cpp
std::vector<Command> locations();   // location: locationcommands.cpp
std::vector<Command> server();      // server, sync: servercommands.cpp

} // namespace Commands

} // namespace borderlog
