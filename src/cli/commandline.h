// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace borderlog {

struct Command;

// `borderlog-cli`: the register without a display, for scripted reports and imports. Finds the command in
// the CommandTable, parses its options and runs it with a CommandContext.
// Exit status: 0 success, 1 runtime failure (I/O, database), 2 bad input or usage.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    explicit CommandLine(QStringList arguments);

    int run();
    // Whether the command line asks for a command that draws pages (the printed report), which needs QtGui.
    static bool drawsPages(int argc, char *argv[]);

private:
    // The command is the first argument that is neither an option nor the value of --db or --user;
    // its index in the arguments, or -1.
    qsizetype commandIndex() const;
    // The global options, and the command's when there is one.
    static void describe(QCommandLineParser &parser, const Command *command);
    static int runCommand(const Command &command, const QCommandLineParser &parser);

    QStringList m_arguments;
};

} // namespace borderlog
