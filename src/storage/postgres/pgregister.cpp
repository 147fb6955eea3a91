// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgregister.h"

#include "accessrules.h"
#include "incidentrules.h"
#include "parkedconflicts.h"
#include "pgconnection.h"
#include "pgerror.h"
#include "pgfailure.h"
#include "pgincidentqueries.h"
#include "pgnationalstores.h"
#include "pgtallystore.h"
#include "serveraddress.h"
#include "serverschema.h"

namespace borderlog::postgres {

Failure PgRegister::readOnly()
{
    return Failure::refused(tr("New incidents reach the national register only through the stations' syncs: record "
                               "or import them at the station, and its next sync brings them here."));
}

Result<void> PgRegister::changeAnswer(const QByteArray &status, const QString &incidentId, const QString &server)
{
    if (status == "ok") {
        return {};
    }
    if (status == "not_allowed") {
        return Failure::refused(tr("The national register at %1 takes changes to incidents only from a headquarters "
                                   "login (a member of borderlog_headquarters); this login is not one.")
                                    .arg(server));
    }
    if (status == "no_reason") {
        return AccessRules::reasonForEveryChange(QString());
    }
    if (status == "unknown_incident") {
        return Failure::notFound(tr("incident_id: %1 is not in the database").arg(incidentId));
    }
    if (status == "changed") {
        return Failure::refused(tr("incident_id: %1 was changed on the national register since it was read (by a "
                                   "station's sync or another person): read it again and make the change anew.")
                                    .arg(incidentId));
    }
    if (status == "unknown_related") {
        return Failure::invalid(
            QList<FieldError>{{QLatin1String(IncidentRules::kRelatedTo),
                               tr("must be empty or another incident of the same station's site")}});
    }
    if (status == "signed") {
        return Failure::refused(tr("incident_id: %1 is of a day its station signed off: the station reopens the day "
                                   "(with a reason) before headquarters changes it.")
                                    .arg(incidentId));
    }
    if (status == "not_a_conflict") {
        return Failure::refused(tr("That parked change is not a conflict still open on incident %1: it was settled "
                                   "already, or it belongs to another incident.")
                                    .arg(incidentId));
    }
    return Failure::storage(tr("The national register at %1 refused the change to incident %2 (%3): is its schema "
                               "this program's?")
                                .arg(server, incidentId, QString::fromLatin1(status)));
}

Result<std::unique_ptr<RegisterStore>> PgRegister::open(const QString &address)
{
    auto parsed = ServerAddress::parse(address);
    if (!parsed) {
        return parsed.failure();
    }
    auto opened = connect(*parsed);
    if (!opened) {
        return opened.failure();
    }
    return std::unique_ptr<RegisterStore>(std::move(opened).value());
}

Result<std::unique_ptr<PgRegister>> PgRegister::connect(const ServerAddress &address)
{
    try {
        auto connection = std::make_unique<PgConnection>(address.connectionString());
        const int version = ServerSchema::version(*connection);
        if (version != ServerSchema::latestVersion()) {
            return Failure::refused(
                version == 0 ? tr("%1 holds no national register.").arg(connection->displayName())
                             : tr("The national register at %1 has schema %2, this program speaks schema %3.")
                                   .arg(connection->displayName(), QString::number(version),
                                        QString::number(ServerSchema::latestVersion())));
        }
        return std::unique_ptr<PgRegister>(
            new PgRegister(std::move(connection), QString::fromUtf8(address.connectionString())));
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Opening the national register"), QString::fromUtf8(address.connectionString()));
    }
}

PgRegister::PgRegister(std::unique_ptr<PgConnection> connection, QString address)
    : m_connection(std::move(connection))
    , m_address(std::move(address))
    , m_engine(QStringLiteral("PostgreSQL %1")
                   .arg(m_connection->execute("SELECT current_setting('server_version')").text(0, 0)))
    // What borderlog.caller_is_headquarters answers (its EXECUTE is the owner's alone): a headquarters login, the
    // register's owner or a superuser changes incidents; any other login only reads.
    , m_headquarters(m_connection
                         ->execute("SELECT pg_has_role(session_user, 'borderlog_headquarters', 'MEMBER') "
                                   "OR (SELECT n.nspowner = r.oid FROM pg_namespace n, pg_roles r "
                                   "WHERE n.nspname = 'borderlog' AND r.rolname = session_user) "
                                   "OR (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user)")
                         .boolean(0, 0))
    , m_tallies(std::make_unique<PgTallyStore>(*m_connection))
    , m_queries(std::make_unique<PgIncidentQueries>(*m_connection, *m_tallies))
    , m_incidents(std::make_unique<PgIncidentStore>(*m_connection))
    , m_locations(std::make_unique<PgLocationStore>(*m_connection))
    , m_signedDays(std::make_unique<PgSignedDayStore>())
    , m_accounts(std::make_unique<PgAccountStore>())
    , m_auditTrail(std::make_unique<PgAuditTrailStore>())
    , m_syncLink(std::make_unique<PgSyncLinkStore>())
    , m_maintenance(std::make_unique<PgMaintenance>(*m_connection))
    , m_conflicts(std::make_unique<ParkedConflicts>(*m_connection))
{}

PgRegister::~PgRegister() = default;

QString PgRegister::displayName() const
{
    return m_address;
}

QString PgRegister::engine() const
{
    return m_engine;
}

IncidentStore &PgRegister::incidents()
{
    return *m_incidents;
}

IncidentQueries &PgRegister::queries()
{
    return *m_queries;
}

TallyStore &PgRegister::tallies()
{
    return *m_tallies;
}

LocationStore &PgRegister::locations()
{
    return *m_locations;
}

SignedDayStore &PgRegister::signedDays()
{
    return *m_signedDays;
}

AccountStore &PgRegister::accounts()
{
    return *m_accounts;
}

AuditTrailStore &PgRegister::auditTrail()
{
    return *m_auditTrail;
}

SyncLinkStore &PgRegister::syncLink()
{
    return *m_syncLink;
}

RegisterMaintenance &PgRegister::maintenance()
{
    return *m_maintenance;
}

ConflictStore *PgRegister::conflicts()
{
    return m_conflicts.get();
}

} // namespace borderlog::postgres
