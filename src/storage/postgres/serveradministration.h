// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditentry.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace borderlog::postgres {

class PgConnection;
class ServerAddress;

// The national register as a whole.
struct ServerStatus
{
    QString registerId;
    int schemaVersion = 0;
    QString engine; // "PostgreSQL 15.4"
    QString server; // where, as shown to a person
};

// One site as the server holds it.
struct SiteState
{
    QString code;
    QString station;
    QString login;      // the database role the site's sync logs in as (empty: none)
    AuditHead head;     // the last entry the server holds
    QDateTime syncedAt; // null before the first entry arrived
    qint64 alarms = 0;
};

// A batch the server refused because the site's history differs from the one it holds (a fork) or an entry's
// hash is not its content's (forged): for headquarters to look into.
struct ServerAlarm
{
    qint64 id = 0;
    QString site;
    QString kind; // "fork" or "forged"
    qint64 sequence = 0;
    QByteArray heldHash;    // the entry's hash the server holds (empty for a forged entry)
    QByteArray offeredHash; // the hash the site sent
    QDateTime raisedAt;     // UTC
    QString raisedBy;       // the login that sent the batch
};

// What `server check` found.
struct ServerCheck
{
    ServerStatus status;
    qint64 sites = 0;
    qint64 entries = 0;
    qint64 alarms = 0;
    qint64 incidents = 0;       // national incidents, removed ones too
    qint64 parked = 0;          // changes held in a site's trail that the national incidents do not show
    qint64 nationalEntries = 0; // entries of the national register's own chain (headquarters' changes)
    qint64 conflicts = 0;       // of the parked changes, conflicts not settled yet
    // Each entry or site head that does not hold, then each tally row that is not a recount of the national
    // incidents: at most kMaxProblems.
    QStringList problems;
    bool ok() const { return problems.isEmpty(); }
};

// Setting up and looking after the national register on its server: what headquarters' administrator does
// with `borderlog-cli server`. Every call is one transaction.
class ServerAdministration
{
    Q_DECLARE_TR_FUNCTIONS(ServerAdministration)

public:
    static constexpr int kMaxProblems = 20;

    static Result<std::unique_ptr<ServerAdministration>> connect(const ServerAddress &address);
    ~ServerAdministration();

    // Creates the national register in an empty database (refused when it holds one).
    Result<ServerStatus> init();
    // Brings an older national register's schema up to this program's.
    Result<ServerStatus> upgrade();
    // Recomputes every stored entry's hash and follows every site's chain to its head, and recounts the day and
    // month tallies from the national incidents, on the server.
    Result<ServerCheck> check();
    // Adds a site of a frontier station. With a login (a database role made before, `createuser`), that role
    // becomes the site's: it joins borderlog_site, and may push the site's entries and nothing else.
    Result<void> addSite(const QString &code, const QString &station, const QString &login = {});
    Result<QList<SiteState>> sites();
    // Every alarm, oldest first.
    Result<QList<ServerAlarm>> alarms();

private:
    explicit ServerAdministration(std::unique_ptr<PgConnection> connection);
    ServerStatus status();
    QStringList chainProblems();
    QStringList nationalChainProblems();
    QStringList tallyProblems();
    // What is wrong with a role as a site's login, if anything.
    std::optional<FieldError> loginProblem(const QString &login);
    Failure notRegister() const;

    std::unique_ptr<PgConnection> m_connection;
};

} // namespace borderlog::postgres
