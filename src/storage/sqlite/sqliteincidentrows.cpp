// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteincidentrows.h"

#include "incidenttext.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"

#include <QHash>

namespace borderlog::sqlite {

namespace IncidentRows {

void readLine(const SqliteStatement &row, IncidentLine &line)
{
    line.incidentId = row.bytes(0);
    line.date = row.bytes(1);
    line.time = row.bytes(2);
    line.nationality = row.bytes(4);
    line.persons = row.bytes(5);
    line.outcome = row.bytes(6);
    line.forceUsed = row.integer(7) != 0;
    line.notes = row.bytes(8);
    line.recordedBy = row.bytes(9);
    line.recordedAt = row.bytes(10);
    line.men = row.bytes(11);
    line.women = row.bytes(12);
    line.children = row.bytes(13);
    line.unaccompanied = row.bytes(14);
    line.detection = row.bytes(15);
    line.direction = row.bytes(16);
    line.borderSector = row.bytes(17);
    line.countEstimated = row.integer(18) != 0;
    line.injured = row.bytes(19);
    line.dead = row.bytes(20);
    line.missing = row.bytes(21);
    line.aidGiven = row.bytes(22);
    line.forceType = row.bytes(23);
    line.refusalReasons = row.bytes(24);
    line.facilitators = row.bytes(25);
    line.facilitatorNationalities = row.bytes(26);
    line.relatedTo = row.bytes(27);
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

Incident incidentFromRow(const SqliteStatement &row)
{
    Incident incident;
    incident.id = QUuid::fromString(row.text(1));
    incident.date = IncidentText::parseDate(row.text(2)).value_or(QDate());
    incident.time = IncidentText::parseTime(row.text(3)).value_or(QTime());
    incident.location = row.text(4);
    incident.outcome = outcomeFromText(row.text(5)).value_or(Outcome::Other);
    incident.setForceUsed(row.integer(6) != 0);
    incident.notes = row.text(7);
    incident.recordedBy = row.text(8);
    incident.recordedAt = IncidentText::parseTimestamp(row.text(9));
    IncidentDetails &d = incident.details;
    // Exact codes from the row's bytes: audit verify reads every incident of the register through here.
    d.detection = Choices::fromCode<Detection>(row.bytes(10)).value_or(Detection::NotRecorded);
    d.direction = Choices::fromCode<Direction>(row.bytes(11)).value_or(Direction::Entry);
    d.borderSector = Choices::fromCode<BorderSector>(row.bytes(12)).value_or(BorderSector::NotRecorded);
    d.countEstimated = row.integer(13) != 0;
    d.injured = int(row.integer(14));
    d.dead = int(row.integer(15));
    d.missing = int(row.integer(16));
    d.aidGiven = Choices::fromCode<AidGiven>(row.bytes(17)).value_or(AidGiven::None);
    if (const QByteArrayView kind = row.bytes(18); !kind.isEmpty()) {
        d.force = Choices::fromCode<ForceType>(kind).value_or(ForceType::Unspecified);
    }
    d.refusalReasons = row.text(19);
    d.facilitators = int(row.integer(20));
    d.facilitatorNationalities = row.text(21).split(u' ', Qt::SkipEmptyParts);
    d.relatedTo = QUuid::fromString(row.text(22));
    return incident;
}

NationalityCount lineFromRow(const SqliteStatement &row, int column)
{
    return NationalityCount{row.text(column),
                            int(row.integer(column + 1)),
                            int(row.integer(column + 2)),
                            int(row.integer(column + 3)),
                            int(row.integer(column + 4)),
                            int(row.integer(column + 5))};
}

void bindValues(SqliteStatement &statement, const Incident &incident, qint64 locationId)
{
    statement.bind(2, IncidentText::formatDate(incident.date))
        .bind(3, IncidentText::formatTime(incident.time))
        .bind(4, locationId)
        .bind(5, outcomeCode(incident.outcome))
        .bind(6, qint64(incident.groupSize()))
        .bind(7, qint64(incident.forceUsed() ? 1 : 0))
        .bind(8, incident.notes)
        .bind(9, incident.recordedBy)
        .bind(10, IncidentText::formatTimestamp(incident.recordedAt));
    const IncidentDetails &d = incident.details;
    // A kind of force is stored only beyond what force_used says (none, or used of a kind not recorded).
    const bool kindKnown = d.force != ForceType::None && d.force != ForceType::Unspecified;
    statement.bind(11, Choices::code(d.detection))
        .bind(12, Choices::code(d.direction))
        .bind(13, Choices::code(d.borderSector))
        .bind(14, qint64(d.countEstimated ? 1 : 0))
        .bind(15, qint64(d.injured))
        .bind(16, qint64(d.dead))
        .bind(17, qint64(d.missing))
        .bind(18, Choices::code(d.aidGiven))
        .bind(19, kindKnown ? Choices::code(d.force) : QString())
        .bind(20, d.refusalReasons)
        .bind(21, qint64(d.facilitators))
        .bind(22, d.facilitatorNationalities.join(u' '))
        .bind(23, d.relatedTo.isNull() ? QString() : uuidText(d.relatedTo));
}

void loadNationalities(SqliteDatabase &db, QList<Incident> &incidents, const QList<qint64> &rowIds)
{
    if (rowIds.isEmpty()) {
        return;
    }
    // One query for the whole page: the row ids travel as one JSON array parameter.
    QHash<qint64, qsizetype> indexOf;
    QByteArray ids = "[";
    for (qsizetype i = 0; i < rowIds.size(); ++i) {
        indexOf.insert(rowIds[i], i);
        ids += (i ? "," : "") + QByteArray::number(rowIds[i]);
    }
    ids += ']';
    SqliteStatement &lines = db.cached("SELECT n.incident_id, n.nationality, n.persons, n.men, n.women, n.children, "
                                       "n.unaccompanied FROM incident_nationality n "
                                       "WHERE n.incident_id IN (SELECT value FROM json_each(?1)) "
                                       "ORDER BY n.incident_id, n.nationality");
    lines.bind(1, QString::fromLatin1(ids));
    while (lines.step()) {
        incidents[indexOf.value(lines.integer(0))].nationalities << lineFromRow(lines, 1);
    }
    lines.reset();
}

Joined::Joined(SqliteStatement &select, std::function<void(const SqliteStatement &)> firstRow)
    : m_select(select)
    , m_firstRow(std::move(firstRow))
{}

bool Joined::next(Incident &incident)
{
    if (!m_started) {
        m_started = true;
        m_onRow = m_select.step();
    }
    if (!m_onRow) {
        return false;
    }
    const qint64 rowId = m_select.integer(0);
    incident = incidentFromRow(m_select);
    if (m_firstRow) {
        m_firstRow(m_select);
    }
    do {
        if (!m_select.isNull(kLineColumn)) {
            incident.nationalities << lineFromRow(m_select, kLineColumn);
        }
        m_onRow = m_select.step();
    } while (m_onRow && m_select.integer(0) == rowId);
    return true;
}

void forEachStored(SqliteDatabase &db,
                   const std::function<void(const Incident &, bool removed, qint64 createdBy)> &visit)
{
    // A location's name is never NULL; coalesce() keeps a row whose location was deleted by hand.
    const QString sql = QStringLiteral("SELECT %1, %2, i.removed, i.created_by_entry "
                                       "FROM incident i LEFT JOIN location l ON l.id = i.location_id "
                                       "LEFT JOIN incident_nationality n ON n.incident_id = i.id "
                                       "ORDER BY i.id, n.nationality")
                            .arg(QString::fromLatin1(kColumns).replace(QStringLiteral("l.name"),
                                                                       QStringLiteral("coalesce(l.name, '')")),
                                 QLatin1String(kLineColumns));
    SqliteStatement select(db, sql.toUtf8().constData());
    bool removed = false;
    qint64 createdBy = 0;
    Joined rows(select, [&](const SqliteStatement &row) {
        removed = row.integer(kLineColumn + 6) != 0;
        createdBy = row.integer(kLineColumn + 7);
    });
    Incident incident;
    while (rows.next(incident)) {
        visit(incident, removed, createdBy);
    }
}

} // namespace IncidentRows

namespace FilterSql {

namespace {

// The district and station filters, bound in this order by bind().
void appendHierarchyConditions(QStringList &conditions, const IncidentFilter &filter, const QString &locationColumn)
{
    if (!filter.district.isEmpty()) {
        conditions << locationColumn
                          + QStringLiteral(" IN (SELECT l.id FROM location l JOIN station s ON s.id = l.station_id "
                                           "JOIN district d ON d.id = s.district_id WHERE d.name = ?)");
    }
    if (!filter.station.isEmpty()) {
        conditions << locationColumn
                          + QStringLiteral(" IN (SELECT l.id FROM location l JOIN station s ON s.id = l.station_id "
                                           "WHERE s.name = ?)");
    }
}

} // namespace

QStringList incidentConditions(const IncidentFilter &filter)
{
    QStringList conditions{QStringLiteral("i.removed = 0")};
    if (filter.from.isValid()) {
        conditions << QStringLiteral("i.date >= ?");
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("i.date <= ?");
    }
    if (!filter.location.isEmpty()) {
        conditions << QStringLiteral("i.location_id = (SELECT coalesce(merged_into, id) FROM location WHERE name = ?)");
    }
    appendHierarchyConditions(conditions, filter, QStringLiteral("i.location_id"));
    if (!filter.nationality.isEmpty()) {
        conditions << QStringLiteral(
            "EXISTS (SELECT 1 FROM incident_nationality n WHERE n.incident_id = i.id AND n.nationality = ?)");
    }
    if (filter.outcome) {
        conditions << QStringLiteral("i.outcome = ?");
    }
    return conditions;
}

QStringList tallyConditions(const IncidentFilter &filter, bool byNationality)
{
    QStringList conditions;
    if (filter.from.isValid()) {
        conditions << QStringLiteral("t.date >= ?");
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("t.date <= ?");
    }
    if (!filter.location.isEmpty()) {
        conditions << QStringLiteral("t.location_id = (SELECT coalesce(merged_into, id) FROM location WHERE name = ?)");
    }
    appendHierarchyConditions(conditions, filter, QStringLiteral("t.location_id"));
    if (byNationality && !filter.nationality.isEmpty()) {
        conditions << QStringLiteral("t.nationality = ?");
    }
    if (filter.outcome) {
        conditions << QStringLiteral("t.outcome = ?");
    }
    return conditions;
}

void bind(SqliteStatement &statement, int &index, const IncidentFilter &filter, bool withNationality)
{
    if (filter.from.isValid()) {
        statement.bind(index++, IncidentText::formatDate(filter.from));
    }
    if (filter.to.isValid()) {
        statement.bind(index++, IncidentText::formatDate(filter.to));
    }
    if (!filter.location.isEmpty()) {
        statement.bind(index++, filter.location);
    }
    if (!filter.district.isEmpty()) {
        statement.bind(index++, filter.district);
    }
    if (!filter.station.isEmpty()) {
        statement.bind(index++, filter.station);
    }
    if (withNationality && !filter.nationality.isEmpty()) {
        statement.bind(index++, filter.nationality);
    }
    if (filter.outcome) {
        statement.bind(index++, outcomeCode(*filter.outcome));
    }
}

QString where(const QStringList &conditions)
{
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace FilterSql

} // namespace borderlog::sqlite
