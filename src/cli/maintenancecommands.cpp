// SPDX-License-Identifier: GPL-3.0-or-later
// borderlog-cli's commands that look after the database file: check, backup, restore, repair.
#include "accessrules.h"
#include "backuprotation.h"
#include "command.h"
#include "commandcontext.h"
#include "commandoptions.h"
#include "incidentlog.h"
#include "sqlitemaintenance.h"
#include "sqliteregister.h"
#include "terminal.h"

#include <QFile>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

namespace borderlog {

using namespace CommandOptions;
using Terminal::printError;
using Terminal::printOut;
using Terminal::tr;

namespace {

using Access = CommandContext::Access;
using Register = sqlite::SqliteRegister;
using Maintenance = sqlite::SqliteMaintenance;

int check(CommandContext &context)
{
    // Read-only: a check never changes the file, whatever state it is in.
    const QString path = context.databasePath();
    auto health = Maintenance::inspect(path);
    if (!health) {
        return context.runtimeFailure(health.message());
    }
    // A report scripts read: the same words in every language (the problems it lists are messages).
    printOut(QStringLiteral("database: %1\nschema version: %2\nincidents: %3\nintegrity: %4\n")
                 .arg(path)
                 .arg(health->schemaVersion)
                 .arg(health->incidents >= 0 ? QString::number(health->incidents) : QStringLiteral("unknown"))
                 .arg(health->ok ? QStringLiteral("ok") : health->problems.join(u'\n')));
    return health->ok ? CommandContext::Success : CommandContext::RuntimeFailure;
}

// Copies the file `copy` to the output device; returns the bytes written.
Result<qint64> copyFile(const QString &copy, QIODevice &device)
{
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
}

int backUp(CommandContext &context)
{
    if (const int opened = context.openDatabase(Access::Read); opened != CommandContext::Success) {
        return opened;
    }
    if (context.value(kOutput) == u"-") {
        // The checked copy is made in a private folder first, then handed to standard output.
        QTemporaryDir scratch;
        const QString copy = scratch.filePath(QStringLiteral("backup.sqlite"));
        if (auto done = context.log().upkeep().backUp(copy); !done) {
            return context.runtimeFailure(done.message());
        }
        return context.writeOutput([&](QIODevice &device) { return copyFile(copy, device); });
    }
    const QString target = context.isSet(kOutput)
                               ? context.value(kOutput)
                               : BackupRotation(context.databasePath()).pathFor(QDateTime::currentDateTime());
    if (auto done = context.log().upkeep().backUp(target); !done) {
        return context.runtimeFailure(done.message());
    }
    printOut(target + u'\n');
    return CommandContext::Success;
}

// A restore over a database with accounts needs its admin (over one that cannot be opened, the backup's).
int authorizeRestore(CommandContext &context, const QString &backup)
{
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        return context.runtimeFailure(tr("no temporary folder for the restore: %1").arg(scratch.errorString()));
    }
    auto deciding = Maintenance::restoreAuthority(backup, context.databasePath(), scratch.path());
    if (!deciding) {
        // Busy, read-only, newer: the current database's accounts still decide, so the restore waits for it.
        return context.runtimeFailure(deciding.message());
    }
    if (const int loggedIn = context.useDatabase(std::move(deciding).value()); loggedIn != CommandContext::Success) {
        return loggedIn;
    }
    if (auto allowed = AccessRules::mayRestore(context.log().session().actor()); !allowed) {
        return context.fail(allowed.failure());
    }
    context.closeDatabase(); // a restore needs the database closed by every program, this one too
    return CommandContext::Success;
}

int restore(CommandContext &context)
{
    const QStringList files = context.arguments();
    if (files.size() != 1) {
        return context.usageError(tr("restore needs exactly one FILE"));
    }
    if (const int allowed = authorizeRestore(context, files.first()); allowed != CommandContext::Success) {
        return allowed;
    }
    const QString target = context.databasePath();
    auto restored = Maintenance::restore(files.first(), target);
    if (!restored) {
        return context.runtimeFailure(restored.message()); // the contract: 1 whatever stopped the restore
    }
    printOut(
        restored->isEmpty()
            ? tr("restored %1 to %2\n").arg(files.first(), target)
            : tr("restored %1 to %2; the previous database is kept as %3\n").arg(files.first(), target, *restored));
    return CommandContext::Success;
}

int repair(CommandContext &context)
{
    if (!context.isSet(kTallies)) {
        return context.usageError(tr("repair: say what to rebuild (--tallies)"));
    }
    if (const int opened = context.openDatabase(Access::Write); opened != CommandContext::Success) {
        return opened;
    }
    auto changed = context.log().upkeep().repairTallies();
    if (!changed) {
        return context.fail(changed.failure());
    }
    printOut(tr("tallies rebuilt from the incidents: %n aggregate row(s) changed\n", nullptr, int(*changed)));
    return CommandContext::Success;
}

} // namespace

std::vector<Command> Commands::maintenance()
{
    return {
        {QStringLiteral("check"),
         QT_TRANSLATE_NOOP("CommandHelp", "Check the database's integrity and schema version."),
         {},
         {},
         check},
        {QStringLiteral("backup"),
         QT_TRANSLATE_NOOP("CommandHelp",
                           "Write a checked copy of the database (default: into the backups folder beside it)."),
         {kOutput},
         {},
         backUp},
        {QStringLiteral("restore"),
         QT_TRANSLATE_NOOP("CommandHelp",
                           "Replace the database with a backup, after checking it; the current file is kept aside."),
         {},
         {{QStringLiteral("FILE"), QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "The backup to restore.")), {}}},
         restore},
        {QStringLiteral("repair"),
         QT_TRANSLATE_NOOP("CommandHelp",
                           "Rebuild the tallies from the incidents when audit verify or check found them changed: "
                           "repair --tallies (supervisors and admins; audited)."),
         {kTallies},
         {},
         repair},
    };
}

} // namespace borderlog
