// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerserver.h"

#include <QCoreApplication>

#include <memory>

namespace borderlog::postgres {

class PgConnection;
class ServerAddress;

// RegisterServer on PostgreSQL: a site's pushes go through borderlog.push_entries, one call (one round trip,
// one short transaction under the site's row lock) per batch.
class PgRegisterServer final : public RegisterServer
{
    Q_DECLARE_TR_FUNCTIONS(PgRegisterServer)

public:
    // Connects and checks that the database holds a national register of this program's schema.
    static Result<std::unique_ptr<PgRegisterServer>> connect(const ServerAddress &address);
    // The same from a connection string as a person or the register's link gives it (ServerAddress::parse).
    static Result<std::unique_ptr<RegisterServer>> open(const QString &address);
    ~PgRegisterServer() override;

    QString displayName() const override;
    QString address() const override;
    Result<QString> registerId() override;
    Result<PushAnswer> push(const QString &site, const QList<AuditEntry> &entries) override;
    Result<PushAnswer> stageCreations(const QString &site, qint64 sequence, qint64 first,
                                      const QList<QByteArray> &snapshots) override;
    Result<PullAnswer> pull(const QString &site, qint64 after, int limit) override;
    Result<PushAnswer> declineNational(const QString &site, qint64 sequence, const QString &why) override;

    // The batch as push_entries reads it: a JSON array of the entries' fields, texts byte for byte as hashed.
    static QByteArray batchJson(const QList<AuditEntry> &entries);

private:
    Failure unknownAnswer() const;
    PgRegisterServer(std::unique_ptr<PgConnection> connection, QString address);

    std::unique_ptr<PgConnection> m_connection;
    QString m_address;
};

} // namespace borderlog::postgres
