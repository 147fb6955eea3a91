// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace borderlog::postgres {

class PgConnection;
class ServerAddress;

// What waits for a supervisor at headquarters: a site's change to one of its incidents that met a newer national
// version (a change headquarters made that the site had not taken yet), stored in the site's trail and not applied;
// or a change of headquarters' the site did not take (an incident it does not hold, a day it signed off, values its
// rules refuse), so that the site and the national register differ on that incident.
struct ParkedConflict
{
    enum class Kind {
        Conflict,
        NotTaken,
    };
    qint64 id = 0;
    Kind kind = Kind::Conflict;
    QString site;
    qint64 sequence = 0; // the site's entry (Conflict) or headquarters' entry (NotTaken)
    QString incidentId;
    QByteArray siteVersion;     // the incident as the site's change left it (a snapshot)
    QByteArray nationalVersion; // the national version it met
    QString detail;             // NotTaken: why the site did not take it, in the site's words
    QDateTime parkedAt;         // UTC
};

// The conflicts parked on the national register and their settling, by a headquarters login: keeping the site's
// version is a change of headquarters' (sealed onto the national register's chain, pulled by the site); keeping
// the national version changes no incident, and for a change the site did not take sends the incident as it
// stands again (a change of headquarters' with the same values before and after, which the site takes once it
// can). Either way the conflict keeps who settled it, when and why.
class ParkedConflicts
{
    Q_DECLARE_TR_FUNCTIONS(ParkedConflicts)

public:
    static Result<std::unique_ptr<ParkedConflicts>> connect(const ServerAddress &address);
    ~ParkedConflicts();

    // The conflicts not settled yet, oldest first.
    Result<QList<ParkedConflict>> open();
    Result<void> keepSiteVersion(qint64 id, const QString &reason);
    Result<void> keepNationalVersion(qint64 id, const QString &reason);

private:
    // An open conflict with the incident as it stands.
    struct Parked
    {
        bool notTaken = false;
        QByteArray siteVersion;
        bool siteRemoved = false;
        Incident current;
        bool removed = false;
        qint64 version = 0;
    };
    explicit ParkedConflicts(std::unique_ptr<PgConnection> connection);
    Result<Parked> parked(qint64 id);
    Failure notOpen(qint64 id) const;

    std::unique_ptr<PgConnection> m_connection;
};

} // namespace borderlog::postgres
