// SPDX-License-Identifier: GPL-3.0-or-later
#include "parkedconflicts.h"

#include "accessrules.h"
#include "auditentry.h"
#include "incidentsnapshot.h"
#include "pgconnection.h"
#include "pgerror.h"
#include "pgfailure.h"
#include "pgnationalstores.h"
#include "pgregister.h"
#include "serveraddress.h"

namespace borderlog::postgres {

Result<std::unique_ptr<ParkedConflicts>> ParkedConflicts::connect(const ServerAddress &address)
{
    try {
        auto connection = std::make_unique<PgConnection>(address.connectionString());
        return std::unique_ptr<ParkedConflicts>(new ParkedConflicts(std::move(connection)));
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Connecting to the server"), QString::fromUtf8(address.connectionString()));
    }
}

ParkedConflicts::ParkedConflicts(std::unique_ptr<PgConnection> connection)
    : m_connection(std::move(connection))
{}

ParkedConflicts::~ParkedConflicts() = default;

Result<QList<ParkedConflict>> ParkedConflicts::open()
{
    try {
        const PgResult rows = m_connection->execute(
            "SELECT id, site, seq, incident_id, snapshot, national, (extract(epoch FROM parked_at) * 1000)::bigint "
            "FROM borderlog.parked_change WHERE reason = 'conflict' AND settled_as IS NULL ORDER BY id");
        QList<ParkedConflict> conflicts;
        for (int r = 0; r < rows.rows(); ++r) {
            conflicts << ParkedConflict{rows.integer(r, 0),
                                        rows.text(r, 1),
                                        rows.integer(r, 2),
                                        rows.text(r, 3),
                                        rows.bytes(r, 4),
                                        rows.bytes(r, 5),
                                        QDateTime::fromMSecsSinceEpoch(rows.integer(r, 6), Qt::UTC)};
        }
        return conflicts;
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Reading the parked conflicts"), m_connection->displayName());
    }
}

Result<void> ParkedConflicts::keepSiteVersion(qint64 id, const QString &reason)
{
    if (auto explained = AccessRules::reasonForEveryChange(reason); !explained) {
        return explained;
    }
    const QString action = tr("Keeping the site's version");
    try {
        const PgResult parked = m_connection->execute(
            "SELECT c.incident_id, c.snapshot, i.version, i.removed FROM borderlog.parked_change c "
            "JOIN borderlog.incident i ON i.id = c.incident_id::uuid "
            "WHERE c.id = $1::bigint AND c.reason = 'conflict' AND c.settled_as IS NULL",
            PgParameters().add(id));
        if (parked.rows() == 0) {
            return notOpen(id);
        }
        const QString incidentId = parked.text(0, 0);
        const QByteArray siteVersion = parked.bytes(0, 1);
        const bool removed = parked.boolean(0, 3);
        const auto kept = IncidentSnapshot::read(siteVersion);
        if (!kept) {
            return Failure::refused(tr("Conflict %1: the site's version is not an incident's as this program writes "
                                       "them; keep the national version.")
                                        .arg(id));
        }
        PgIncidentStore incidents(*m_connection);
        auto current = removed ? incidents.findRemoved(kept->incident.id) : incidents.find(kept->incident.id);
        if (!current) {
            return current.failure();
        }
        if (!*current) {
            return notOpen(id);
        }
        if (removed && kept->removed) {
            return Failure::refused(tr("Conflict %1: the national version and the site's are both removed; keep the "
                                       "national version.")
                                        .arg(id));
        }
        AuditEntry change;
        change.action = kept->removed ? AuditAction::Remove : removed ? AuditAction::Restore : AuditAction::Amend;
        change.incidentId = incidentId;
        change.before = IncidentSnapshot::of(**current, removed);
        change.after = siteVersion;
        change.reason = reason;
        return PgIncidentStore::sendChange(*m_connection, change, parked.integer(0, 2), action, id);
    } catch (const PgError &e) {
        return PgFailure::from(e, action, m_connection->displayName());
    }
}

Result<void> ParkedConflicts::keepNationalVersion(qint64 id, const QString &reason)
{
    if (auto explained = AccessRules::reasonForEveryChange(reason); !explained) {
        return explained;
    }
    try {
        const PgResult answer =
            m_connection->execute("SELECT borderlog.keep_national($1::bigint, $2)", PgParameters().add(id).add(reason));
        const QByteArray status = answer.rows() == 1 ? answer.bytes(0, 0) : QByteArray();
        if (status == "not_a_conflict") {
            return notOpen(id);
        }
        return PgRegister::changeAnswer(status, QString(), m_connection->displayName());
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Keeping the national version"), m_connection->displayName());
    }
}

Failure ParkedConflicts::notOpen(qint64 id) const
{
    return Failure::notFound(
        tr("The national register has no open conflict %1 ('server conflicts' lists them).").arg(id));
}

} // namespace borderlog::postgres
