// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteincidentstore.h"

#include "auditpayload.h"
#include "incidentrules.h"
#include "incidentsnapshot.h"
#include "sqliteaudittrail.h"
#include "sqliteimport.h"
#include "sqliteincidentrows.h"
#include "sqlitestatement.h"
#include "sqlitestorecontext.h"
#include "tallydelta.h"

namespace borderlog::sqlite {

SqliteIncidentStore::SqliteIncidentStore(StoreContext &context)
    : m_context(context)
    , m_table(context)
{}

bool SqliteIncidentStore::isSigned(const QDate &date)
{
    SqliteStatement &select = m_context.db.cached("SELECT 1 FROM signed_day WHERE date = ?1");
    select.bind(1, date.toString(Qt::ISODate));
    const bool found = select.step();
    select.reset();
    return found;
}

Result<void> SqliteIncidentStore::add(const Incident &incident, const ChangeStamp &stamp)
{
    return m_context.write<void>(tr("Saving the incident"), [&]() -> Result<void> {
        // Inside the save's own transaction: a sign-off cannot slip in between a check and the write.
        if (isSigned(incident.date)) {
            return Failure::refused(IncidentRules::signedDayRule(incident.date));
        }
        if (!m_table.relatedExists(incident)) {
            return Failure::invalid(QList<FieldError>{{QLatin1String(IncidentRules::kRelatedTo),
                                                       IncidentRules::unknownRelatedRule(incident.details.relatedTo)}});
        }
        TallyDelta delta;
        if (!m_table.insert(incident, delta, m_context.trail.nextSequence())) {
            return Failure::refused(tr("incident_id: %1 is already in the database").arg(incident.idText()));
        }
        delta.flush(m_context.db);
        m_context.trail.append(AuditPayload::added(stamp, incident));
        return {};
    });
}

Result<void> SqliteIncidentStore::update(const Incident &incident, const ChangeStamp &stamp)
{
    return m_context.write<void>(tr("Saving the changed incident"), [&]() -> Result<void> {
        const auto rowId = m_table.rowIdOf(incident.id);
        if (!rowId) {
            return Failure::notFound(tr("incident_id: %1 is not in the database").arg(incident.idText()));
        }
        if (!m_table.relatedExists(incident)) {
            return Failure::invalid(QList<FieldError>{{QLatin1String(IncidentRules::kRelatedTo),
                                                       IncidentRules::unknownRelatedRule(incident.details.relatedTo)}});
        }
        const std::optional<Incident> before = m_table.read(*rowId);
        TallyDelta delta;
        m_table.overwrite(*rowId, *before, incident, delta);
        delta.flush(m_context.db);
        m_context.trail.append(AuditPayload::amended(stamp, *before, incident));
        return {};
    });
}

Result<void> SqliteIncidentStore::remove(const QUuid &id, const ChangeStamp &stamp)
{
    return m_context.write<void>(tr("Removing the incident"), [&]() -> Result<void> {
        const auto rowId = m_table.rowIdOf(id);
        if (!rowId) {
            return Failure::notFound(tr("incident_id: %1 is not in the database").arg(IncidentRows::uuidText(id)));
        }
        const std::optional<Incident> before = m_table.read(*rowId);
        TallyDelta delta;
        m_table.markRemoved(*rowId, *before, delta);
        delta.flush(m_context.db);
        m_context.trail.append(AuditPayload::removed(stamp, *before));
        return {};
    });
}

Result<void> SqliteIncidentStore::restore(const QUuid &id, const ChangeStamp &stamp)
{
    return m_context.write<void>(tr("Restoring the incident"), [&]() -> Result<void> {
        const auto rowId = m_table.rowIdOf(id, IncidentTable::Removed::Only);
        if (!rowId) {
            return Failure::notFound(
                tr("incident_id: %1 is not a removed incident of the database").arg(IncidentRows::uuidText(id)));
        }
        const std::optional<Incident> incident = m_table.read(*rowId);
        // Inside the write, as for a new incident: a sign-off committed a moment ago holds.
        if (isSigned(incident->date)) {
            return Failure::refused(IncidentRules::signedDayRule(incident->date));
        }
        TallyDelta delta;
        m_table.markRestored(*rowId, *incident, delta);
        delta.flush(m_context.db);
        m_context.trail.append(AuditPayload::restored(stamp, *incident));
        return {};
    });
}

Result<void> SqliteIncidentStore::takeNational(const AuditEntry &national, const Incident &incident, bool removed)
{
    return m_context.write<void>(tr("Taking headquarters' change into the register"), [&]() -> Result<void> {
        SqliteStatement link(m_context.db, "SELECT pulled_seq FROM sync_link");
        if (!link.step()) {
            return Failure::refused(tr("This register has not joined a national register."));
        }
        if (link.integer(0) >= national.sequence) {
            return {}; // another sync took it a moment ago
        }
        const auto rowId = m_table.rowIdOf(incident.id, IncidentTable::Removed::Included);
        if (!rowId) {
            return Failure::notFound(tr("incident_id: %1 is not in the database").arg(incident.idText()));
        }
        const bool wasRemoved = m_table.rowIdOf(incident.id, IncidentTable::Removed::Only).has_value();
        const std::optional<Incident> before = m_table.read(*rowId);
        for (const QDate &day : {before->date, incident.date}) {
            if (isSigned(day)) {
                return Failure::refused(IncidentRules::signedDayRule(day));
            }
        }
        if (!m_table.relatedExists(incident)) {
            return Failure::invalid(QList<FieldError>{{QLatin1String(IncidentRules::kRelatedTo),
                                                       IncidentRules::unknownRelatedRule(incident.details.relatedTo)}});
        }
        becomes(*rowId, *before, wasRemoved, incident, removed);
        m_context.trail.append(AuditPayload::takenFromNational(national, IncidentSnapshot::of(*before, wasRemoved)));
        m_context.db.cached("UPDATE sync_link SET pulled_seq = ?1").bind(1, national.sequence).run();
        return {};
    });
}

void SqliteIncidentStore::becomes(qint64 rowId, const Incident &before, bool wasRemoved, const Incident &after,
                                  bool removed)
{
    TallyDelta delta;
    if (wasRemoved && removed) {
        TallyDelta uncounted; // neither the values before nor those after are in the tallies
        m_table.overwrite(rowId, before, after, uncounted);
    } else if (wasRemoved) {
        m_table.markRestored(rowId, before, delta);
        m_table.overwrite(rowId, before, after, delta);
    } else {
        m_table.overwrite(rowId, before, after, delta);
        if (removed) {
            m_table.markRemoved(rowId, after, delta);
        }
    }
    delta.flush(m_context.db);
}

Result<std::optional<Incident>> SqliteIncidentStore::find(const QUuid &id)
{
    return findRow(id, IncidentTable::Removed::Excluded);
}

Result<std::optional<Incident>> SqliteIncidentStore::findRemoved(const QUuid &id)
{
    return findRow(id, IncidentTable::Removed::Only);
}

Result<std::optional<Incident>> SqliteIncidentStore::findRow(const QUuid &id, IncidentTable::Removed removed)
{
    return m_context.read<std::optional<Incident>>(tr("Reading the incident"),
                                                   [&]() -> Result<std::optional<Incident>> {
                                                       const auto rowId = m_table.rowIdOf(id, removed);
                                                       return rowId ? m_table.read(*rowId) : std::optional<Incident>();
                                                   });
}

Result<ImportSummary> SqliteIncidentStore::import(IncidentSource &source, const ChangeStamp &stamp,
                                                  const ImportProgress &progress)
{
    return m_context.write<ImportSummary>(tr("Importing the incidents"), [&]() -> Result<ImportSummary> {
        return SqliteImport(m_context, m_table).run(source, stamp, progress);
    });
}

} // namespace borderlog::sqlite
