// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgnationalstores.h"

#include "auditpayload.h"
#include "pgconnection.h"
#include "pgerror.h"
#include "pgfailure.h"
#include "pgincidentrows.h"
#include "pgregister.h"
#include "serverschema.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace borderlog::postgres {

// ---- Incidents

Result<void> PgIncidentStore::add(const Incident &, const ChangeStamp &)
{
    return PgRegister::readOnly();
}

Result<void> PgIncidentStore::update(const Incident &incident, const ChangeStamp &stamp)
{
    const QString action = tr("Saving the changed incident");
    auto before = current(incident.id, false, action);
    if (!before) {
        return before.failure();
    }
    return sendChange(m_connection, AuditPayload::amended(stamp, before->first, incident), before->second, action);
}

Result<void> PgIncidentStore::remove(const QUuid &id, const ChangeStamp &stamp)
{
    const QString action = tr("Removing the incident");
    auto before = current(id, false, action);
    if (!before) {
        return before.failure();
    }
    return sendChange(m_connection, AuditPayload::removed(stamp, before->first), before->second, action);
}

Result<void> PgIncidentStore::restore(const QUuid &id, const ChangeStamp &stamp)
{
    const QString action = tr("Restoring the incident");
    auto before = current(id, true, action);
    if (!before) {
        return before.failure();
    }
    return sendChange(m_connection, AuditPayload::restored(stamp, before->first), before->second, action);
}

Result<void> PgIncidentStore::takeNational(const AuditEntry &, const Incident &, bool)
{
    return PgRegister::readOnly();
}

Result<std::pair<Incident, qint64>> PgIncidentStore::current(const QUuid &id, bool removed, const QString &action)
{
    try {
        // The version first: whatever changes between the two reads, the server finds the values read are not
        // those of the version read, and refuses the change.
        const QByteArray idText = id.toString(QUuid::WithoutBraces).toLatin1();
        const PgResult version =
            m_connection.execute("SELECT version FROM borderlog.incident WHERE id = $1::uuid AND removed = $2::boolean",
                                 PgParameters().add(idText).add(QByteArray(removed ? "true" : "false")));
        auto found = findWhere(id, removed);
        if (!found) {
            return found.failure();
        }
        if (version.rows() == 0 || !*found) {
            return Failure::notFound(
                removed
                    ? tr("incident_id: %1 is not a removed incident of the database").arg(QString::fromLatin1(idText))
                    : tr("incident_id: %1 is not in the database").arg(QString::fromLatin1(idText)));
        }
        return std::pair{**found, version.integer(0, 0)};
    } catch (const PgError &e) {
        return PgFailure::from(e, action, m_connection.displayName());
    }
}

Result<void> PgIncidentStore::sendChange(PgConnection &connection, const AuditEntry &entry, qint64 version,
                                         const QString &action, std::optional<qint64> conflict)
{
    const QJsonObject values{{QStringLiteral("action"), auditActionCode(entry.action)},
                             {QStringLiteral("incident_id"), entry.incidentId},
                             {QStringLiteral("before"), QString::fromUtf8(entry.before)},
                             {QStringLiteral("after"), QString::fromUtf8(entry.after)},
                             {QStringLiteral("reason"), entry.reason}};
    try {
        PgParameters parameters;
        parameters.add(version).add(QJsonDocument(values).toJson(QJsonDocument::Compact));
        if (conflict) {
            parameters.add(*conflict);
        } else {
            parameters.addNull();
        }
        const PgResult answer = connection.execute(
            "SELECT status FROM borderlog.headquarters_change($1::integer, $2::json, $3::bigint)", parameters);
        const QByteArray status = answer.rows() == 1 ? answer.bytes(0, 0) : QByteArray();
        return PgRegister::changeAnswer(status, entry.incidentId, connection.displayName());
    } catch (const PgError &e) {
        return PgFailure::from(e, action, connection.displayName());
    }
}

Result<ImportSummary> PgIncidentStore::import(IncidentSource &, const ChangeStamp &, const ImportProgress &)
{
    return PgRegister::readOnly();
}

Result<std::optional<Incident>> PgIncidentStore::find(const QUuid &id)
{
    return findWhere(id, false);
}

Result<std::optional<Incident>> PgIncidentStore::findRemoved(const QUuid &id)
{
    return findWhere(id, true);
}

Result<std::optional<Incident>> PgIncidentStore::findWhere(const QUuid &id, bool removed)
{
    try {
        const PgResult rows = m_connection.execute(
            (QByteArray("SELECT ") + PgIncidentRows::kColumns
             + " FROM borderlog.incident i WHERE i.id = $1::uuid AND i.removed = $2::boolean")
                .constData(),
            PgParameters().add(id.toString(QUuid::WithoutBraces)).add(QByteArray(removed ? "true" : "false")));
        if (rows.rows() == 0) {
            return std::optional<Incident>();
        }
        QList<Incident> found{PgIncidentRows::incidentFrom(rows, 0)};
        PgIncidentRows::loadNationalities(m_connection, found);
        return std::optional<Incident>(found.first());
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Reading an incident"), m_connection.displayName());
    }
}

// ---- Places

Result<QStringList> PgLocationStore::names()
{
    auto places = hierarchy();
    if (!places) {
        return places.failure();
    }
    QStringList names;
    for (const LocationRecord &location : places->locations) {
        names << location.name;
    }
    return names;
}

Result<LocationHierarchy> PgLocationStore::hierarchy()
{
    try {
        // Every site's station, and each location under the station of the incidents filed there.
        const PgResult stations =
            m_connection.execute("SELECT station FROM borderlog.site GROUP BY station ORDER BY station COLLATE \"C\"");
        const PgResult locations = m_connection.execute(
            "SELECT location, min(station COLLATE \"C\") FROM borderlog.incident GROUP BY location "
            "ORDER BY location COLLATE \"C\"");
        LocationHierarchy places;
        const QString district = LocationHierarchy::unassigned();
        places.districts << DistrictRecord{district, {}, false};
        for (int r = 0; r < stations.rows(); ++r) {
            places.stations << StationRecord{district, stations.text(r, 0), {}, false};
        }
        for (int r = 0; r < locations.rows(); ++r) {
            LocationRecord location;
            location.name = locations.text(r, 0);
            location.district = district;
            location.station = locations.text(r, 1);
            places.locations << location;
        }
        return places;
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Reading the locations"), m_connection.displayName());
    }
}

Result<void> PgLocationStore::add(const LocationRecord &, const ChangeStamp &)
{
    return PgRegister::readOnly();
}

Result<void> PgLocationStore::change(const QString &, const LocationRecord &, const ChangeStamp &)
{
    return PgRegister::readOnly();
}

Result<void> PgLocationStore::merge(const QString &, const QString &, const ChangeStamp &)
{
    return PgRegister::readOnly();
}

Result<void> PgLocationStore::addDistrict(const DistrictRecord &, const ChangeStamp &)
{
    return PgRegister::readOnly();
}

Result<void> PgLocationStore::changeDistrict(const QString &, const DistrictRecord &, const ChangeStamp &)
{
    return PgRegister::readOnly();
}

Result<void> PgLocationStore::addStation(const StationRecord &, const ChangeStamp &)
{
    return PgRegister::readOnly();
}

Result<void> PgLocationStore::changeStation(const QString &, const QString &, const StationRecord &,
                                            const ChangeStamp &)
{
    return PgRegister::readOnly();
}

// ---- Signed days

Result<std::optional<DaySignOff>> PgSignedDayStore::find(const QDate &)
{
    return std::optional<DaySignOff>();
}

Result<QList<DaySignOff>> PgSignedDayStore::between(const QDate &, const QDate &)
{
    return QList<DaySignOff>();
}

Result<DaySignOff> PgSignedDayStore::signOff(const QDate &, const ChangeStamp &)
{
    return PgRegister::readOnly();
}

Result<void> PgSignedDayStore::reopen(const QDate &, const ChangeStamp &)
{
    return PgRegister::readOnly();
}

// ---- Accounts

Result<QList<Account>> PgAccountStore::all()
{
    return QList<Account>();
}

Result<std::optional<StoredAccount>> PgAccountStore::find(const QString &)
{
    return std::optional<StoredAccount>();
}

Result<void> PgAccountStore::add(const Account &, const QByteArray &, const ChangeStamp &, AccountAddition)
{
    return PgRegister::readOnly();
}

Result<void> PgAccountStore::setDisabled(const QString &, bool, const ChangeStamp &)
{
    return PgRegister::readOnly();
}

Result<void> PgAccountStore::changePassword(const PasswordChange &, const ChangeStamp &)
{
    return PgRegister::readOnly();
}

Result<std::optional<QDateTime>> PgAccountStore::countLoginAttempt(const QString &, const LoginSchedule &)
{
    return PgRegister::readOnly();
}

Result<void> PgAccountStore::recordLogin(const QString &, bool, const ChangeStamp &)
{
    return PgRegister::readOnly();
}

// ---- The audit trail

Result<AuditHead> PgAuditTrailStore::head()
{
    return AuditHead{};
}

Result<qint64> PgAuditTrailStore::forEach(const AuditFilter &, const std::function<bool(const AuditEntry &)> &)
{
    return qint64(0);
}

Result<void> PgAuditTrailStore::replay(AuditVerifier &)
{
    return Failure::refused(tr("The national register keeps the stations' audit trails: 'borderlog-cli server check' "
                               "verifies every site's chain and recounts the tallies on the server."));
}

// ---- The link

Result<std::optional<SyncLink>> PgSyncLinkStore::find()
{
    return std::optional<SyncLink>();
}

Result<void> PgSyncLinkStore::join(const SyncLink &)
{
    return PgRegister::readOnly();
}

Result<void> PgSyncLinkStore::acknowledge(const AuditHead &, const QDateTime &)
{
    return PgRegister::readOnly();
}

Result<void> PgSyncLinkStore::passNational(qint64)
{
    return PgRegister::readOnly();
}

// ---- Upkeep

PgMaintenance::PgMaintenance(PgConnection &connection)
    : m_connection(connection)
{
    m_connection.execute("LISTEN borderlog_changed");
}

Result<DatabaseHealth> PgMaintenance::checkHealth()
{
    try {
        DatabaseHealth health;
        health.schemaVersion = ServerSchema::version(m_connection);
        health.incidents =
            m_connection.execute("SELECT count(*) FROM borderlog.incident WHERE NOT removed").integer(0, 0);
        health.ok = health.schemaVersion == ServerSchema::latestVersion();
        if (!health.ok) {
            health.problems << tr("schema %1, this program speaks schema %2")
                                   .arg(health.schemaVersion)
                                   .arg(ServerSchema::latestVersion());
        }
        return health;
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Checking the national register"), m_connection.displayName());
    }
}

Result<qint64> PgMaintenance::externalChangeCounter()
{
    try {
        m_notifications += m_connection.takeNotifications();
        return m_notifications;
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Listening to the national register"), m_connection.displayName());
    }
}

Result<void> PgMaintenance::backUp(const QString &)
{
    return Failure::refused(tr("The national register is backed up on its server (pg_dump, or base backups with "
                               "WAL archiving; see the deployment guide), not by this program."));
}

} // namespace borderlog::postgres
