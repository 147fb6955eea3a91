// SPDX-License-Identifier: GPL-3.0-or-later
// borderlog-cli and the national register: server init | upgrade | check | add-site | sites (headquarters'
// administrator, on the server) and sync (a site pushing its audit trail there).
#include "command.h"
#include "commandcontext.h"
#include "commandoptions.h"
#include "displaytext.h"
#include "incidentlog.h"
#include "incidentsnapshot.h"
#include "parkedconflicts.h"
#include "pgregisterserver.h"
#include "serveraddress.h"
#include "serveradministration.h"
#include "terminal.h"

namespace borderlog {

using namespace CommandOptions;
using Terminal::printError;
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
    printOut(QStringLiteral("sites: %1\nentries: %2\nalarms: %3\nincidents: %4\nparked changes: %5\n"
                            "headquarters' entries: %6\nopen conflicts: %7\n")
                 .arg(QString::number(check.sites), QString::number(check.entries), QString::number(check.alarms),
                      QString::number(check.incidents), QString::number(check.parked),
                      QString::number(check.nationalEntries), QString::number(check.conflicts)));
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

const QCommandLineOption kKeep(
    {QStringLiteral("keep")},
    QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "settle: which version of the incident stays: site (the site's "
                                                    "change becomes headquarters' change) or national (nothing "
                                                    "changes).")),
    QStringLiteral("VERSION"));

// One conflict as lines: its id, site and entry, the incident, and what the site's version changes of the
// national one (field by field, as `audit list` shows an amendment).
int printConflicts(const QList<NationalConflict> &conflicts)
{
    for (const auto &conflict : conflicts) {
        const bool notTaken = conflict.kind == NationalConflict::Kind::NotTaken;
        // The kind and the entry in words scripts read in every language: "conflict  entry 3" (the site's entry)
        // or "not_taken  national entry 2" (headquarters').
        printOut(QStringLiteral("%1  %2  %3  %4  %5 %6  incident %7\n")
                     .arg(QString::number(conflict.id), AuditEntry::formatTime(conflict.parkedAt), conflict.site,
                          notTaken ? QStringLiteral("not_taken") : QStringLiteral("conflict"),
                          notTaken ? QStringLiteral("national entry") : QStringLiteral("entry"),
                          QString::number(conflict.sequence), DisplayText::escaped(conflict.incidentId)));
        if (notTaken) {
            printOut(QStringLiteral("    %1\n").arg(DisplayText::escaped(conflict.detail)));
            continue;
        }
        const QStringList differences = IncidentSnapshot::differences(conflict.nationalVersion, conflict.siteVersion);
        for (const QString &difference : differences) {
            printOut(QStringLiteral("    %1\n").arg(DisplayText::escaped(difference)));
        }
    }
    printOut(QStringLiteral("%1 conflict(s)\n").arg(conflicts.size()));
    return CommandContext::Success;
}

int settle(CommandContext &context, const ServerAddress &address)
{
    auto desk = postgres::ParkedConflicts::connect(address);
    if (!desk) {
        return context.fail(desk.failure());
    }
    if (context.argument(0) == u"conflicts") {
        auto open = (*desk)->open();
        return open ? printConflicts(*open) : context.fail(open.failure());
    }
    bool isNumber = false;
    const qint64 id = context.argument(1).toLongLong(&isNumber);
    const QString keep = context.value(kKeep);
    if (!isNumber || id <= 0) {
        return context.fail(Failure::invalid({{QStringLiteral("ID"), tr("must be the number of an open conflict "
                                                                        "('server conflicts' lists them)")}}));
    }
    if (keep != u"site" && keep != u"national") {
        return context.fail(Failure::invalid({{QStringLiteral("keep"), tr("must be site or national")}}));
    }
    const QString reason = context.value(kReason);
    auto settled = keep == u"site" ? (*desk)->keepSiteVersion(id, reason) : (*desk)->keepNationalVersion(id, reason);
    if (!settled) {
        return context.fail(settled.failure());
    }
    printOut(keep == u"site" ? tr("conflict %1 settled: the site's version is the national one now\n").arg(id)
                             : tr("conflict %1 settled: the national version stays\n").arg(id));
    return CommandContext::Success;
}

int serverCommand(CommandContext &context)
{
    const QString action = context.argument(0);
    static const QStringList kActions = {
        QStringLiteral("init"),  QStringLiteral("upgrade"), QStringLiteral("check"),     QStringLiteral("add-site"),
        QStringLiteral("sites"), QStringLiteral("alarms"),  QStringLiteral("conflicts"), QStringLiteral("settle")};
    if (!kActions.contains(action)) {
        return context.usageError(
            tr("server: use 'server init', 'server upgrade', 'server check', 'server add-site CODE --station NAME', "
               "'server sites', 'server alarms', 'server conflicts' or 'server settle ID --keep site|national "
               "--reason TEXT', each with --server CONNECTION"));
    }
    const bool takesArgument = action == u"add-site" || action == u"settle";
    if (context.arguments().size() != (takesArgument ? 2 : 1)) {
        return context.usageError(action == u"add-site" ? tr("server add-site: give the site's code: add-site CODE")
                                  : action == u"settle" ? tr("server settle: give the conflict's number: settle ID")
                                                        : tr("server %1: takes no further argument").arg(action));
    }
    auto address = ServerAddress::parse(context.value(kServer));
    if (!address) {
        return context.fail(address.failure());
    }
    if (action == u"conflicts" || action == u"settle") {
        return settle(context, *address);
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
    if (report->pulled > 0) {
        printOut(tr("%n change(s) by headquarters taken into this register", nullptr, int(report->pulled)) + u'\n');
    }
    for (const QString &declined : std::as_const(report->declined)) {
        printError(tr("warning: not taken, headquarters was told why: %1").arg(DisplayText::escaped(declined)));
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
                                          "add-site CODE --station NAME [--login ROLE] | sites | alarms | conflicts | "
                                          "settle ID --keep site|national --reason TEXT."),
         {kServer, kStation, kLogin, kKeep, kReason},
         {{QStringLiteral("ACTION"),
           QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp",
                                            "init, upgrade, check, add-site, sites, alarms, conflicts or "
                                            "settle.")),
           {}},
          {QStringLiteral("CODE"),
           QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "add-site: the new site's code; settle: the conflict's "
                                                           "number.")),
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
