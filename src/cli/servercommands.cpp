// SPDX-License-Identifier: GPL-3.0-or-later
// borderlog-cli and the national register: server init | upgrade | check | add-site | sites (headquarters'
// administrator, on the server) and sync (a site pushing its audit trail there).
#include "command.h"
#include "commandcontext.h"
#include "commandoptions.h"
#include "displaytext.h"
#include "incidentlog.h"
#include "pgregisterserver.h"
#include "serveraddress.h"
#include "serveradministration.h"
#include "terminal.h"

namespace borderlog {

using namespace CommandOptions;
using Terminal::printOut;
using Terminal::tr;

namespace {

using postgres::ServerAddress;
using postgres::ServerAdministration;
using postgres::ServerStatus;

const QCommandLineOption kServer(
    {QStringLiteral("server")},
    QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "The national register's server: a libpq connection string or "
                                                    "postgresql:// URI, without the password (~/.pgpass holds it).")),
    QStringLiteral("CONNECTION"));
const QCommandLineOption kLogin(
    {QStringLiteral("login")},
    QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "add-site: the database role the site's sync logs in as (made "
                                                    "before with createuser); it may push that site's entries only.")),
    QStringLiteral("ROLE"));
const QCommandLineOption kSite({QStringLiteral("site")},
                               QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "The site's code on the national "
                                                                               "register (medininkai-1).")),
                               QStringLiteral("CODE"));

// A report scripts read: the same words in every language.
void printStatus(const ServerStatus &status)
{
    printOut(QStringLiteral("server: %1\nengine: %2\nregister: %3\nschema version: %4\n")
                 .arg(status.server, status.engine, status.registerId, QString::number(status.schemaVersion)));
}

int printCheck(const postgres::ServerCheck &check)
{
    printStatus(check.status);
    printOut(QStringLiteral("sites: %1\nentries: %2\nalarms: %3\nincidents: %4\nparked changes: %5\n")
                 .arg(QString::number(check.sites), QString::number(check.entries), QString::number(check.alarms),
                      QString::number(check.incidents), QString::number(check.parked)));
    if (!check.ok()) {
        printOut(tr("the national register does not hold:\n"));
        for (const QString &problem : check.problems) {
            printOut(QStringLiteral("  %1\n").arg(DisplayText::escaped(problem)));
        }
        return CommandContext::RuntimeFailure;
    }
    printOut(QStringLiteral("chains: ok\ntallies: ok\n"));
    return CommandContext::Success;
}

int printSites(const QList<postgres::SiteState> &sites)
{
    for (const auto &site : sites) {
        printOut(QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                     .arg(site.code, DisplayText::escaped(site.station),
                          site.login.isEmpty() ? QStringLiteral("-") : DisplayText::escaped(site.login),
                          site.head.toString(),
                          site.syncedAt.isValid() ? AuditEntry::formatTime(site.syncedAt) : QStringLiteral("-"),
                          tr("%n alarm(s)", nullptr, int(site.alarms))));
    }
    printOut(tr("%n site(s)", nullptr, int(sites.size())) + u'\n');
    return CommandContext::Success;
}

// A value that may be empty, as a field of a line split on two spaces.
QString orDash(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("-") : value;
}

int printAlarms(const QList<postgres::ServerAlarm> &alarms)
{
    // One line per alarm, in codes and hashes: the same in every language, for headquarters' scripts.
    for (const auto &alarm : alarms) {
        printOut(QStringLiteral("%1  %2  %3  %4  entry %5  held %6  offered %7  by %8\n")
                     .arg(QString::number(alarm.id), AuditEntry::formatTime(alarm.raisedAt), alarm.site, alarm.kind,
                          QString::number(alarm.sequence), orDash(QString::fromLatin1(alarm.heldHash)),
                          orDash(DisplayText::escaped(QString::fromLatin1(alarm.offeredHash))),
                          DisplayText::escaped(alarm.raisedBy)));
    }
    printOut(QStringLiteral("%1 alarm(s)\n").arg(alarms.size()));
    return CommandContext::Success;
}

int administer(CommandContext &context, const QString &action, ServerAdministration &server)
{
    const auto statusOrFail = [&](const Result<ServerStatus> &done) {
        if (!done) {
            return context.fail(done.failure());
        }
        printStatus(*done);
        return int(CommandContext::Success);
    };
    if (action == u"init") {
        return statusOrFail(server.init());
    }
    if (action == u"upgrade") {
        return statusOrFail(server.upgrade());
    }
    if (action == u"check") {
        auto check = server.check();
        return check ? printCheck(*check) : context.fail(check.failure());
    }
    if (action == u"sites") {
        auto sites = server.sites();
        return sites ? printSites(*sites) : context.fail(sites.failure());
    }
    if (action == u"alarms") {
        auto alarms = server.alarms();
        return alarms ? printAlarms(*alarms) : context.fail(alarms.failure());
    }
    const QString code = context.argument(1);
    if (auto added = server.addSite(code, context.value(kStation), context.value(kLogin).trimmed()); !added) {
        return context.fail(added.failure());
    }
    printOut(tr("site %1 added (station %2)\n").arg(code, DisplayText::escaped(context.value(kStation).trimmed())));
    return CommandContext::Success;
}

int serverCommand(CommandContext &context)
{
    const QString action = context.argument(0);
    static const QStringList kActions = {QStringLiteral("init"),  QStringLiteral("upgrade"),
                                         QStringLiteral("check"), QStringLiteral("add-site"),
                                         QStringLiteral("sites"), QStringLiteral("alarms")};
    if (!kActions.contains(action)) {
        return context.usageError(
            tr("server: use 'server init', 'server upgrade', 'server check', 'server add-site CODE --station NAME', "
               "'server sites' or 'server alarms', each with --server CONNECTION"));
    }
    const qsizetype expected = action == u"add-site" ? 2 : 1;
    if (context.arguments().size() != expected) {
        return context.usageError(action == u"add-site" ? tr("server add-site: give the site's code: add-site CODE")
                                                        : tr("server %1: takes no further argument").arg(action));
    }
    auto address = ServerAddress::parse(context.value(kServer));
    if (!address) {
        return context.fail(address.failure());
    }
    auto server = ServerAdministration::connect(*address);
    if (!server) {
        return context.fail(server.failure());
    }
    return administer(context, action, **server);
}

const QCommandLineOption kStatus(
    {QStringLiteral("status")},
    QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Print the register's link to the national register and how many "
                                                    "entries wait to be sent, without contacting the server.")));

Failure notJoined()
{
    return Failure::invalid({{tr("server"), tr("is needed: this register has not joined a national register "
                                               "(sync --server CONNECTION --site CODE)")}});
}

// What `sync --status` prints: the same words in every language, for a station's scripts.
int printLink(CommandContext &context)
{
    auto status = context.log().sync().status();
    if (!status) {
        return context.fail(status.failure());
    }
    if (!*status) {
        return context.fail(notJoined());
    }
    const SyncLink &link = (*status)->link;
    printOut(QStringLiteral("site: %1\nnational register: %2\nserver: %3\nacknowledged: %4\nacknowledged at: %5\n"
                            "head: %6\nwaiting: %7\n")
                 .arg(link.site, link.serverRegister, DisplayText::escaped(link.server), link.acknowledged.toString(),
                      link.acknowledgedAt.isValid() ? AuditEntry::formatTime(link.acknowledgedAt) : QStringLiteral("-"),
                      (*status)->head.toString(), QString::number((*status)->waiting)));
    return CommandContext::Success;
}

// The server to sync with: --server, else the one the register joined.
Result<QString> syncAddress(CommandContext &context)
{
    if (context.isSet(kServer)) {
        return context.value(kServer);
    }
    auto joined = context.log().sync().joined();
    if (!joined) {
        return joined.failure();
    }
    if (!*joined) {
        return notJoined();
    }
    return (*joined)->server;
}

int sync(CommandContext &context)
{
    if (context.isSet(kStatus)) {
        if (context.isSet(kServer) || context.isSet(kSite)) {
            return context.usageError(tr("sync --status: takes neither --server nor --site"));
        }
        if (const int opened = context.openDatabase(CommandContext::Access::Read); opened != CommandContext::Success) {
            return opened;
        }
        return printLink(context);
    }
    if (const int opened = context.openDatabase(CommandContext::Access::Write); opened != CommandContext::Success) {
        return opened;
    }
    auto address = syncAddress(context);
    if (!address) {
        return context.fail(address.failure());
    }
    auto server = postgres::PgRegisterServer::open(*address);
    if (!server) {
        return context.fail(server.failure());
    }
    auto report = context.log().sync().push(**server, context.value(kSite).trimmed());
    if (!report) {
        return context.fail(report.failure());
    }
    if (report->joined) {
        printOut(tr("joined the national register as site %1\n").arg(report->site));
    }
    printOut(tr("site %1: %n entry(s) sent", nullptr, int(report->sent)).arg(report->site) + u'\n');
    if (report->resent > 0) {
        printOut(tr("%n of them the server had acknowledged before and lost since (a restored server)", nullptr,
                    int(report->resent))
                 + u'\n');
    }
    // The line scripts read, as audit verify's head: the same words in every language.
    printOut(QStringLiteral("acknowledged: %1\n").arg(report->acknowledged.toString()));
    return CommandContext::Success;
}

} // namespace

std::vector<Command> Commands::server()
{
    return {
        {QStringLiteral("server"),
         QT_TRANSLATE_NOOP("CommandHelp", "The national register on its server: server init | upgrade | check | "
                                          "add-site CODE --station NAME [--login ROLE] | sites | alarms."),
         {kServer, kStation, kLogin},
         {{QStringLiteral("ACTION"),
           QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "init, upgrade, check, add-site, sites or alarms.")),
           {}},
          {QStringLiteral("CODE"), QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "add-site: the new site's code.")),
           QStringLiteral("[CODE]")}},
         serverCommand},
        {QStringLiteral("sync"),
         QT_TRANSLATE_NOOP("CommandHelp", "Push this register's audit trail to the national register (the first time "
                                          "with --server and --site)."),
         {kServer, kSite, kStatus},
         {},
         sync},
    };
}

} // namespace borderlog
