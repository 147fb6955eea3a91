// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandtable.h"

#include "terminal.h"

#include <algorithm>

namespace borderlog {

using Terminal::tr;

const CommandTable &CommandTable::all()
{
    static const CommandTable table;
    return table;
}

CommandTable::CommandTable()
{
    for (auto subject :
         {Commands::incidents, Commands::transfer, Commands::tallies, Commands::reports, Commands::maintenance,
          Commands::accounts, Commands::days, Commands::audit, Commands::locations, Commands::server}) {
        for (Command &command : subject()) {
            m_commands.push_back(std::move(command));
        }
    }
    std::sort(m_commands.begin(), m_commands.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
}

const Command *CommandTable::find(const QString &name) const
{
    const auto found =
        std::find_if(m_commands.cbegin(), m_commands.cend(), [&](const Command &c) { return c.name == name; });
    return found == m_commands.cend() ? nullptr : &*found;
}

QStringList CommandTable::names() const
{
    QStringList names;
    for (const Command &command : m_commands) {
        names << command.name;
    }
    return names;
}

QString CommandTable::overview() const
{
    QString text = tr("Border Incident Log on the command line.\n\nCommands:\n");
    for (const Command &command : m_commands) {
        text += QStringLiteral("  %1  %2\n").arg(command.name, -8).arg(Command::helpText(command.summary));
    }
    text += tr("\nRun 'borderlog-cli COMMAND --help' for a command's options.\n"
               "Once a database has accounts, every command that opens it needs --user NAME; the password comes "
               "from --password-stdin, the BORDERLOG_PASSWORD environment variable or a prompt.\n"
               "Exit status: 0 success, 1 runtime failure (I/O, database), 2 bad input, usage or a refused action.");
    return text;
}

} // namespace borderlog
