// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"
#include "registerstore.h"
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

// ConflictStore on the national register's server: the rows of borderlog.parked_change, settled through
// borderlog.headquarters_change and borderlog.keep_national. Over a connection of its own (`connect`, for
// borderlog-cli server) or the register's (PgRegister::conflicts).
class ParkedConflicts final : public ConflictStore
{
    Q_DECLARE_TR_FUNCTIONS(ParkedConflicts)

public:
    static Result<std::unique_ptr<ParkedConflicts>> connect(const ServerAddress &address);
    explicit ParkedConflicts(PgConnection &connection);
    ~ParkedConflicts() override;

    Result<QList<NationalConflict>> open() override;
    Result<void> keepSiteVersion(qint64 id, const QString &reason) override;
    Result<void> keepNationalVersion(qint64 id, const QString &reason) override;

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

    std::unique_ptr<PgConnection> m_own; // the connection of its own, when it has one
    PgConnection *m_connection;
};

} // namespace borderlog::postgres
