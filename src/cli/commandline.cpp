// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "applicationidentity.h"
#include "commandcontext.h"
#include "commandoptions.h"
#include "commandtable.h"
#include "logging.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace borderlog {

using namespace CommandOptions;
using namespace Terminal;

CommandLine::CommandLine(QStringList arguments)
    : m_arguments(std::move(arguments))
{}

qsizetype CommandLine::commandIndex() const
{
    for (qsizetype i = 1; i < m_arguments.size(); ++i) {
        const QString &a = m_arguments[i];
        if (a == u"--db" || a == u"--user" || a == u"-db" || a == u"-user") {
            ++i;
            continue;
        }
        if (!a.startsWith(u'-')) {
            return i;
        }
    }
    return -1;
}

bool CommandLine::drawsPages(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    const CommandLine line(arguments);
    const qsizetype index = line.commandIndex();
    return index >= 0 && arguments[index] == u"report";
}

void CommandLine::describe(QCommandLineParser &parser, const Command *command)
{
    // --help in the user's language; the options' names stay as they are (the scripts' contract).
    parser.setApplicationDescription(command ? Command::helpText(command->summary) : CommandTable::all().overview());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QCommandLineOption db = Command::translated(kDb);
    db.setDescription(db.description().arg(ApplicationIdentity::defaultDatabasePath()));
    parser.addOption(db);
    for (const QCommandLineOption &option : {kVerbose, kUser, kPasswordStdin}) {
        parser.addOption(Command::translated(option));
    }
    parser.addHelpOption();
    parser.addVersionOption();
    if (command) {
        for (const QCommandLineOption &option : command->options) {
            parser.addOption(Command::translated(option));
        }
        for (const Command::Argument &argument : command->arguments) {
            parser.addPositionalArgument(argument.name, Command::helpText(argument.description), argument.syntax);
        }
    }
}

int CommandLine::run()
{
    const qsizetype index = commandIndex();
    QStringList arguments = m_arguments;
    const Command *command = nullptr;
    if (index >= 0) {
        command = CommandTable::all().find(m_arguments[index]);
        if (!command) {
            return CommandContext::usageError(tr("unknown command '%1'; the commands are %2")
                                                  .arg(m_arguments[index], CommandTable::all().names().join(u", ")));
        }
        arguments.removeAt(index);
    }
    QCommandLineParser parser;
    describe(parser, command);
    if (!parser.parse(arguments)) {
        return CommandContext::usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return CommandContext::Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printOut(QStringLiteral("borderlog-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return CommandContext::Success;
    }
    if (!command) {
        return CommandContext::usageError(tr("no command given"));
    }
    Logging::toStderr(parser.isSet(kVerbose));
    return runCommand(*command, parser);
}

int CommandLine::runCommand(const Command &command, const QCommandLineParser &parser)
{
    CommandContext context(parser);
    if (!command.takesArguments() && !parser.positionalArguments().isEmpty()) {
        return context.usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }
    return command.run(context);
}

} // namespace borderlog
