// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteincidenttable.h"

#include "sqliteincidentrows.h"
#include "sqlitestatement.h"
#include "sqlitestorecontext.h"
#include "tallydelta.h"

namespace borderlog::sqlite {

std::optional<qint64> IncidentTable::rowIdOf(const QUuid &id, Removed removed)
{
    SqliteStatement &select =
        m_context.db.cached("SELECT id FROM incident WHERE uuid = ?1 AND removed BETWEEN ?2 AND ?3");
    select.bind(1, IncidentRows::uuidText(id))
        .bind(2, qint64(removed == Removed::Only ? 1 : 0))
        .bind(3, qint64(removed == Removed::Excluded ? 0 : 1));
    std::optional<qint64> rowId;
    if (select.step()) {
        rowId = select.integer(0);
    }
    select.reset();
    return rowId;
}

bool IncidentTable::relatedExists(const Incident &incident)
{
    const QUuid &related = incident.details.relatedTo;
    return related.isNull() || rowIdOf(related, Removed::Included).has_value();
}

std::optional<Incident> IncidentTable::read(qint64 rowId)
{
    static const QByteArray sql =
        QStringLiteral(
            "SELECT %1, CASE WHEN a.action IN ('add', 'import') THEN a.user ELSE '' END "
            "FROM incident i JOIN location l ON l.id = i.location_id "
            "LEFT JOIN audit_entry a ON a.seq = i.created_by_entry AND i.created_by_entry > 0 WHERE i.id = ?1")
            .arg(QLatin1String(IncidentRows::kColumns))
            .toUtf8();
    SqliteStatement &select = m_context.db.cached(sql.constData());
    select.bind(1, rowId);
    if (!select.step()) {
        select.reset();
        return std::nullopt;
    }
    QList<Incident> one{IncidentRows::incidentFromRow(select)};
    one.first().owner = select.text(IncidentRows::kLineColumn);
    select.reset();
    IncidentRows::loadNationalities(m_context.db, one, {rowId});
    return one.first();
}

bool IncidentTable::insert(const Incident &incident, TallyDelta &delta, qint64 createdBy)
{
    bool locationCreated = false;
    const qint64 location = m_context.locationIds.idOf(incident.location, &locationCreated);
    static const QByteArray sql =
        QStringLiteral("INSERT INTO incident (uuid, %1, created_by_entry) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                       "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24) "
                       "ON CONFLICT (uuid) DO NOTHING")
            .arg(QLatin1String(IncidentRows::kWrittenColumns))
            .toUtf8();
    SqliteStatement &insert = m_context.db.cached(sql.constData());
    insert.bind(1, IncidentRows::uuidText(incident.id));
    IncidentRows::bindValues(insert, incident, location);
    insert.bind(24, createdBy);
    insert.run();
    if (m_context.db.changes() == 0) {
        if (locationCreated) {
            // A skipped incident changes nothing: not even the location list, when its location was new.
            m_context.locationIds.dropCreated(incident.location, location);
        }
        return false;
    }
    writeNationalities(m_context.db.lastInsertRowId(), incident);
    delta.add(incident, location, +1);
    return true;
}

void IncidentTable::overwrite(qint64 rowId, const Incident &before, const Incident &incident, TallyDelta &delta)
{
    delta.add(before, m_context.locationIds.idOf(before.location), -1);
    const qint64 location = m_context.locationIds.idOf(incident.location);
    SqliteStatement &update = m_context.db.cached(R"sql(
        UPDATE incident SET date = ?2, time = ?3, location_id = ?4, outcome = ?5, persons = ?6, force_used = ?7,
                            notes = ?8, recorded_by = ?9, recorded_at = ?10, detection = ?11, direction = ?12,
                            border_sector = ?13, count_estimated = ?14, injured = ?15, dead = ?16, missing = ?17,
                            aid_given = ?18, force_type = ?19, refusal_reasons = ?20, facilitators = ?21,
                            facilitator_nationalities = ?22, related_to = ?23
        WHERE id = ?1)sql");
    update.bind(1, rowId);
    IncidentRows::bindValues(update, incident, location);
    update.run();
    m_context.db.cached("DELETE FROM incident_nationality WHERE incident_id = ?1").bind(1, rowId).run();
    writeNationalities(rowId, incident);
    delta.add(incident, location, +1);
}

void IncidentTable::markRemoved(qint64 rowId, const Incident &before, TallyDelta &delta)
{
    delta.add(before, m_context.locationIds.idOf(before.location), -1);
    m_context.db.cached("UPDATE incident SET removed = 1 WHERE id = ?1").bind(1, rowId).run();
}

void IncidentTable::markRestored(qint64 rowId, const Incident &incident, TallyDelta &delta)
{
    m_context.db.cached("UPDATE incident SET removed = 0 WHERE id = ?1").bind(1, rowId).run();
    delta.add(incident, m_context.locationIds.idOf(incident.location), +1);
}

void IncidentTable::writeNationalities(qint64 rowId, const Incident &incident)
{
    SqliteStatement &line = m_context.db.cached(
        "INSERT INTO incident_nationality (incident_id, nationality, persons, men, women, children, "
        "unaccompanied) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (const auto &n : incident.nationalities) {
        line.bind(1, rowId)
            .bind(2, n.nationality)
            .bind(3, qint64(n.persons))
            .bind(4, qint64(n.men))
            .bind(5, qint64(n.women))
            .bind(6, qint64(n.children))
            .bind(7, qint64(n.unaccompanied));
        line.run();
    }
}

} // namespace borderlog::sqlite
