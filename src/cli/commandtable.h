// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace borderlog {

// Every command of borderlog-cli, in the order of their names (as the overview lists them).
class CommandTable
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static const CommandTable &all();

    // The command called `name`, or nullptr.
    const Command *find(const QString &name) const;
    QStringList names() const;
    // What `borderlog-cli --help` says before the options: each command with its summary.
    QString overview() const;

private:
    CommandTable();

    std::vector<Command> m_commands;
};

} // namespace borderlog
