// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

// A site's change to one of its incidents that met a newer national version (a change headquarters made that the
// site had not taken yet): stored in the site's trail, not applied, waiting for a supervisor.
struct ParkedConflict
{
    qint64 id = 0;
    QString site;
    qint64 sequence = 0; // the site's entry
    QString incidentId;
    QByteArray siteVersion;     // the incident as the site's change left it (a snapshot)
    QByteArray nationalVersion; // the national version it met
    QDateTime parkedAt;         // UTC
};

// The conflicts parked on the national register and their settling, by a headquarters login: keeping the site's
// version is a change of headquarters' (sealed onto the national register's chain, pulled by the site); keeping
// the national version changes no incident. Either way the conflict keeps who settled it, when and why.
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
    explicit ParkedConflicts(std::unique_ptr<PgConnection> connection);
    Failure notOpen(qint64 id) const;

    std::unique_ptr<PgConnection> m_connection;
};

} // namespace borderlog::postgres
