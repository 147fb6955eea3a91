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
    : m_own(std::move(connection))
    , m_connection(m_own.get())
{}

ParkedConflicts::ParkedConflicts(PgConnection &connection)
    : m_connection(&connection)
{}

ParkedConflicts::~ParkedConflicts() = default;

Result<QList<NationalConflict>> ParkedConflicts::open()
{
    try {
        const PgResult rows = m_connection->execute(
            "SELECT id, reason = 'not_taken', site, seq, incident_id, snapshot, national, detail, "
            "(extract(epoch FROM parked_at) * 1000)::bigint FROM borderlog.parked_change "
            "WHERE reason IN ('conflict', 'not_taken') AND settled_as IS NULL ORDER BY id");
        QList<NationalConflict> conflicts;
        for (int r = 0; r < rows.rows(); ++r) {
            conflicts << NationalConflict{rows.integer(r, 0),
                                          rows.boolean(r, 1) ? NationalConflict::Kind::NotTaken
                                                             : NationalConflict::Kind::Conflict,
                                          rows.text(r, 2),
                                          rows.integer(r, 3),
                                          rows.text(r, 4),
                                          rows.bytes(r, 5),
                                          rows.bytes(r, 6),
                                          rows.text(r, 7),
                                          QDateTime::fromMSecsSinceEpoch(rows.integer(r, 8), Qt::UTC)};
        }
        return conflicts;
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Reading the parked conflicts"), m_connection->displayName());
    }
}

Result<ParkedConflicts::Parked> ParkedConflicts::parked(qint64 id)
{
    const PgResult row = m_connection->execute(
        "SELECT c.reason = 'not_taken', c.snapshot, i.version, i.removed FROM borderlog.parked_change c "
        "JOIN borderlog.incident i ON i.id = c.incident_id::uuid "
        "WHERE c.id = $1::bigint AND c.reason IN ('conflict', 'not_taken') AND c.settled_as IS NULL",
        PgParameters().add(id));
    if (row.rows() == 0) {
        return notOpen(id);
    }
    const auto kept = IncidentSnapshot::read(row.bytes(0, 1));
    if (!kept) {
        return Failure::refused(tr("Conflict %1: the site's version is not an incident's as this program writes "
                                   "them; keep the national version.")
                                    .arg(id));
    }
    PgIncidentStore incidents(*m_connection);
    const bool removed = row.boolean(0, 3);
    auto current = removed ? incidents.findRemoved(kept->incident.id) : incidents.find(kept->incident.id);
    if (!current) {
        return current.failure();
    }
    if (!*current) {
        return notOpen(id);
    }
    return Parked{row.boolean(0, 0), row.bytes(0, 1), kept->removed, **current, removed, row.integer(0, 2)};
}

Result<void> ParkedConflicts::keepSiteVersion(qint64 id, const QString &reason)
{
    if (auto explained = AccessRules::reasonForEveryChange(reason); !explained) {
        return explained;
    }
    const QString action = tr("Keeping the site's version");
    try {
        auto found = parked(id);
        if (!found) {
            return found.failure();
        }
        if (found->notTaken) {
            return Failure::refused(tr("Conflict %1 is a change of headquarters' the site did not take: the national "
                                       "register does not know the site's version. Keep the national version to "
                                       "send it again.")
                                        .arg(id));
        }
        if (found->removed && found->siteRemoved) {
            return Failure::refused(tr("Conflict %1: the national version and the site's are both removed; keep the "
                                       "national version.")
                                        .arg(id));
        }
        AuditEntry change;
        change.action = found->siteRemoved ? AuditAction::Remove
                        : found->removed   ? AuditAction::Restore
                                           : AuditAction::Amend;
        change.incidentId = found->current.idText();
        change.before = IncidentSnapshot::of(found->current, found->removed);
        change.after = found->siteVersion;
        change.reason = reason;
        return PgIncidentStore::sendChange(*m_connection, change, found->version, action, id);
    } catch (const PgError &e) {
        return PgFailure::from(e, action, m_connection->displayName());
    }
}

Result<void> ParkedConflicts::keepNationalVersion(qint64 id, const QString &reason)
{
    if (auto explained = AccessRules::reasonForEveryChange(reason); !explained) {
        return explained;
    }
    const QString action = tr("Keeping the national version");
    try {
        auto found = parked(id);
        if (!found) {
            return found.failure();
        }
        if (found->notTaken && !found->removed) {
            // Sent again as it stands: the site takes it once it can. (A removed incident cannot be sent again as
            // a change of the same values: the conflict is settled without sending.) A conflict of the site's on the
            // same incident is settled first: sent again, the national version would go over the site's change.
            const PgResult crossing = m_connection->execute(
                "SELECT min(c.id) FROM borderlog.parked_change c WHERE c.incident_id = $1 AND c.reason = 'conflict' "
                "AND c.settled_as IS NULL",
                PgParameters().add(found->current.idText()));
            if (!crossing.isNull(0, 0)) {
                return Failure::refused(tr("Conflict %1 on the same incident waits for a decision: settle it first.")
                                            .arg(crossing.integer(0, 0)));
            }
            AuditEntry again;
            again.action = AuditAction::Amend;
            again.incidentId = found->current.idText();
            again.before = IncidentSnapshot::of(found->current);
            again.after = again.before;
            again.reason = reason;
            return PgIncidentStore::sendChange(*m_connection, again, found->version, action, id);
        }
        const PgResult answer =
            m_connection->execute("SELECT borderlog.keep_national($1::bigint, $2)", PgParameters().add(id).add(reason));
        const QByteArray status = answer.rows() == 1 ? answer.bytes(0, 0) : QByteArray();
        if (status == "not_a_conflict") {
            return notOpen(id);
        }
        return PgRegister::changeAnswer(status, QString(), m_connection->displayName());
    } catch (const PgError &e) {
        return PgFailure::from(e, action, m_connection->displayName());
    }
}

Failure ParkedConflicts::notOpen(qint64 id) const
{
    return Failure::notFound(
        tr("The national register has no open conflict %1 ('server conflicts' lists them).").arg(id));
}

} // namespace borderlog::postgres
