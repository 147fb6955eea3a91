// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"

#include <QCoreApplication>

namespace borderlog::postgres {

class PgConnection;

// The national register's incidents looked up one at a time; written only by the sites' syncs.
class PgIncidentStore final : public IncidentStore
{
    Q_DECLARE_TR_FUNCTIONS(PgIncidentStore)

public:
    explicit PgIncidentStore(PgConnection &connection)
        : m_connection(connection)
    {}
    Result<void> add(const Incident &, const ChangeStamp &) override;
    Result<void> update(const Incident &, const ChangeStamp &) override;
    Result<void> remove(const QUuid &, const ChangeStamp &) override;
    Result<void> restore(const QUuid &, const ChangeStamp &) override;
    Result<std::optional<Incident>> find(const QUuid &id) override;
    Result<std::optional<Incident>> findRemoved(const QUuid &id) override;
    Result<ImportSummary> import(IncidentSource &, const ChangeStamp &, const ImportProgress &) override;
    Result<void> takeNational(const AuditEntry &, const Incident &, bool) override;

    // Headquarters' change `entry` (as AuditPayload built it from the values read at `version`), sealed onto the
    // national register's own chain by borderlog.headquarters_change; with `conflict`, it settles that parked
    // conflict with the site's version. `action` names the write in a message.
    static Result<void> sendChange(PgConnection &connection, const AuditEntry &entry, qint64 version,
                                   const QString &action, std::optional<qint64> conflict = std::nullopt);

private:
    Result<std::optional<Incident>> findWhere(const QUuid &id, bool removed);
    // The incident as stored (removed or not) and its version, for a change from it.
    Result<std::pair<Incident, qint64>> current(const QUuid &id, bool removed, const QString &action);
    PgConnection &m_connection;
};

// The places of the national register: each station (a site's) with the locations its incidents are filed under,
// in one district, Unassigned (the server knows no frontier districts yet).
class PgLocationStore final : public LocationStore
{
    Q_DECLARE_TR_FUNCTIONS(PgLocationStore)

public:
    explicit PgLocationStore(PgConnection &connection)
        : m_connection(connection)
    {}
    Result<QStringList> names() override;
    Result<LocationHierarchy> hierarchy() override;
    Result<void> add(const LocationRecord &, const ChangeStamp &) override;
    Result<void> change(const QString &, const LocationRecord &, const ChangeStamp &) override;
    Result<void> merge(const QString &, const QString &, const ChangeStamp &) override;
    Result<void> addDistrict(const DistrictRecord &, const ChangeStamp &) override;
    Result<void> changeDistrict(const QString &, const DistrictRecord &, const ChangeStamp &) override;
    Result<void> addStation(const StationRecord &, const ChangeStamp &) override;
    Result<void> changeStation(const QString &, const QString &, const StationRecord &, const ChangeStamp &) override;

private:
    PgConnection &m_connection;
};

// Signed days: sign-off per station on the server is not built yet; none is signed, and signing is refused.
class PgSignedDayStore final : public SignedDayStore
{
public:
    Result<std::optional<DaySignOff>> find(const QDate &date) override;
    Result<QList<DaySignOff>> between(const QDate &from, const QDate &to) override;
    Result<DaySignOff> signOff(const QDate &date, const ChangeStamp &stamp) override;
    Result<void> reopen(const QDate &date, const ChangeStamp &stamp) override;
};

// Accounts: none. Whoever opens the national register is the server's login, and the server's roles say what
// it may read.
class PgAccountStore final : public AccountStore
{
public:
    Result<QList<Account>> all() override;
    Result<std::optional<StoredAccount>> find(const QString &name) override;
    Result<void> add(const Account &, const QByteArray &, const ChangeStamp &, AccountAddition) override;
    Result<void> setDisabled(const QString &, bool, const ChangeStamp &) override;
    Result<void> changePassword(const PasswordChange &, const ChangeStamp &) override;
    Result<std::optional<QDateTime>> countLoginAttempt(const QString &, const LoginSchedule &) override;
    Result<void> recordLogin(const QString &, bool, const ChangeStamp &) override;
};

// The audit trail: the national register has no chain of its own yet; the sites' chains are checked on the
// server (`borderlog-cli server check`).
class PgAuditTrailStore final : public AuditTrailStore
{
    Q_DECLARE_TR_FUNCTIONS(PgAuditTrailStore)

public:
    Result<AuditHead> head() override;
    Result<qint64> forEach(const AuditFilter &, const std::function<bool(const AuditEntry &)> &) override;
    Result<void> replay(AuditVerifier &) override;
};

// The national register joins no other.
class PgSyncLinkStore final : public SyncLinkStore
{
public:
    Result<std::optional<SyncLink>> find() override;
    Result<void> join(const SyncLink &) override;
    Result<void> acknowledge(const AuditHead &, const QDateTime &) override;
    Result<void> passNational(qint64) override;
};

class PgMaintenance final : public RegisterMaintenance
{
    Q_DECLARE_TR_FUNCTIONS(PgMaintenance)

public:
    // Listens for the server's notifications that a site's entries were applied (LISTEN borderlog_changed).
    explicit PgMaintenance(PgConnection &connection);
    Result<DatabaseHealth> checkHealth() override;
    // How many of those notifications have arrived, read from the connection without a query.
    Result<qint64> externalChangeCounter() override;
    Result<void> backUp(const QString &target) override;

private:
    PgConnection &m_connection;
    qint64 m_notifications = 0;
};

} // namespace borderlog::postgres
