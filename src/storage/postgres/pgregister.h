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
class ParkedConflicts;
class ServerAddress;

// The national register opened as a register (a `--db` or File › Open text that isServerAddress): every station's
// incidents and their tallies as the server applied them from the sites' entries, read live. New incidents come only
// through the stations' syncs (a record or an import is refused with readOnly()); a headquarters login amends,
// removes and restores them, each change with a reason, sealed onto the national register's own chain and pulled by
// the station that owns the incident. Access rules stay in core; on the server the login's own rights are the second
// wall (an analyst reads only, a station's login reaches only its own site's functions).
class PgRegister final : public RegisterStore
{
    Q_DECLARE_TR_FUNCTIONS(PgRegister)

public:
    static Result<std::unique_ptr<RegisterStore>> open(const QString &address);
    static Result<std::unique_ptr<PgRegister>> connect(const ServerAddress &address);
    // The address it was opened with (never a password: ServerAddress refuses one): what a person reads and what
    // opens the same register again (a second register of a background task).
    QString displayName() const override;
    // What every write the national register does not take answers.
    static Failure readOnly();
    // What borderlog.headquarters_change's status means for a change to incident `incidentId`.
    static Result<void> changeAnswer(const QByteArray &status, const QString &incidentId, const QString &server);

    ~PgRegister() override;

    QString engine() const override;
    bool acceptsChanges() const override { return false; }
    // A headquarters login's (borderlog_headquarters); an analyst's login only reads.
    bool acceptsAmendments() const override { return m_headquarters; }
    bool changesNeedReason() const override { return true; }
    IncidentStore &incidents() override;
    IncidentQueries &queries() override;
    TallyStore &tallies() override;
    LocationStore &locations() override;
    SignedDayStore &signedDays() override;
    AccountStore &accounts() override;
    AuditTrailStore &auditTrail() override;
    SyncLinkStore &syncLink() override;
    RegisterMaintenance &maintenance() override;
    ConflictStore *conflicts() override;

private:
    PgRegister(std::unique_ptr<PgConnection> connection, QString address);

    std::unique_ptr<PgConnection> m_connection;
    QString m_address;
    QString m_engine;
    bool m_headquarters = false;
    std::unique_ptr<PgTallyStore> m_tallies;
    std::unique_ptr<PgIncidentQueries> m_queries;
    std::unique_ptr<PgIncidentStore> m_incidents;
    std::unique_ptr<PgLocationStore> m_locations;
    std::unique_ptr<PgSignedDayStore> m_signedDays;
    std::unique_ptr<PgAccountStore> m_accounts;
    std::unique_ptr<PgAuditTrailStore> m_auditTrail;
    std::unique_ptr<PgSyncLinkStore> m_syncLink;
    std::unique_ptr<PgMaintenance> m_maintenance;
    std::unique_ptr<ParkedConflicts> m_conflicts;
};

} // namespace borderlog::postgres
