// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"

#include <QCoreApplication>

#include <memory>

namespace borderlog::postgres {

class PgConnection;
class PgIncidentQueries;
class PgTallyStore;
class PgIncidentStore;
class PgLocationStore;
class PgSignedDayStore;
class PgAccountStore;
class PgAuditTrailStore;
class PgSyncLinkStore;
class PgMaintenance;
class ServerAddress;

// The national register opened as a register (a `--db` or File › Open text that isServerAddress): every station's
// incidents and their tallies as the server applied them from the sites' entries, read live. In this version it is
// read-only: the national incidents change only through the stations' syncs, and every write is refused with
// readOnly(). Access rules stay in core; on the server the login's own rights are the second wall (an analyst reads
// only).
class PgRegister final : public RegisterStore
{
    Q_DECLARE_TR_FUNCTIONS(PgRegister)

public:
    static Result<std::unique_ptr<RegisterStore>> open(const QString &address);
    static Result<std::unique_ptr<PgRegister>> connect(const ServerAddress &address);
    // The address it was opened with (never a password: ServerAddress refuses one): what a person reads and what
    // opens the same register again (a second register of a background task).
    QString displayName() const override;
    // What every write on the national register answers.
    static Failure readOnly();

    ~PgRegister() override;

    QString engine() const override;
    bool acceptsChanges() const override { return false; }
    IncidentStore &incidents() override;
    IncidentQueries &queries() override;
    TallyStore &tallies() override;
    LocationStore &locations() override;
    SignedDayStore &signedDays() override;
    AccountStore &accounts() override;
    AuditTrailStore &auditTrail() override;
    SyncLinkStore &syncLink() override;
    RegisterMaintenance &maintenance() override;

private:
    PgRegister(std::unique_ptr<PgConnection> connection, QString address);

    std::unique_ptr<PgConnection> m_connection;
    QString m_address;
    QString m_engine;
    std::unique_ptr<PgTallyStore> m_tallies;
    std::unique_ptr<PgIncidentQueries> m_queries;
    std::unique_ptr<PgIncidentStore> m_incidents;
    std::unique_ptr<PgLocationStore> m_locations;
    std::unique_ptr<PgSignedDayStore> m_signedDays;
    std::unique_ptr<PgAccountStore> m_accounts;
    std::unique_ptr<PgAuditTrailStore> m_auditTrail;
    std::unique_ptr<PgSyncLinkStore> m_syncLink;
    std::unique_ptr<PgMaintenance> m_maintenance;
};

} // namespace borderlog::postgres
