// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgincidentrows.h"

#include "incidentdetails.h"
#include "incidenttext.h"
#include "pgconnection.h"

#include <QHash>

namespace borderlog::postgres::PgIncidentRows {

const char *const kColumns =
    "i.id::text, to_char(i.day, 'YYYY-MM-DD'), i.\"time\", i.location, i.outcome, i.force_used, i.notes, "
    "i.recorded_by, i.recorded_at, i.detection, i.direction, i.border_sector, i.count_estimated, i.injured, i.dead, "
    "i.missing, i.aid_given, i.force_type, i.refusal_reasons, i.facilitators, i.facilitator_nationalities, "
    "i.related_to";
const QByteArray &lineColumns()
{
    static const QByteArray columns =
        QByteArray(kColumns) + ", n.nationality, n.persons, n.men, n.women, n.children, n.unaccompanied";
    return columns;
}

Incident incidentFrom(const PgResult &rows, int row)
{
    Incident incident;
    incident.id = QUuid::fromString(rows.text(row, 0));
    incident.date = QDate::fromString(rows.text(row, 1), Qt::ISODate);
    incident.time = IncidentText::parseTime(rows.text(row, 2)).value_or(QTime());
    incident.location = rows.text(row, 3);
    incident.outcome = outcomeFromText(rows.text(row, 4)).value_or(Outcome::Other);
    incident.setForceUsed(rows.boolean(row, 5));
    incident.notes = rows.text(row, 6);
    incident.recordedBy = rows.text(row, 7);
    incident.recordedAt = IncidentText::parseTimestamp(rows.text(row, 8));
    IncidentDetails &d = incident.details;
    d.detection = Choices::fromCode<Detection>(rows.bytes(row, 9)).value_or(Detection::NotRecorded);
    d.direction = Choices::fromCode<Direction>(rows.bytes(row, 10)).value_or(Direction::Entry);
    d.borderSector = Choices::fromCode<BorderSector>(rows.bytes(row, 11)).value_or(BorderSector::NotRecorded);
    d.countEstimated = rows.boolean(row, 12);
    d.injured = int(rows.integer(row, 13));
    d.dead = int(rows.integer(row, 14));
    d.missing = int(rows.integer(row, 15));
    d.aidGiven = Choices::fromCode<AidGiven>(rows.bytes(row, 16)).value_or(AidGiven::None);
    d.force = Choices::fromCode<ForceType>(rows.bytes(row, 17)).value_or(d.force);
    d.refusalReasons = rows.text(row, 18);
    d.facilitators = int(rows.integer(row, 19));
    d.facilitatorNationalities = rows.text(row, 20).split(u' ', Qt::SkipEmptyParts);
    d.relatedTo = QUuid::fromString(rows.text(row, 21));
    return incident;
}

NationalityCount nationalityFrom(const PgResult &rows, int row, int column)
{
    return NationalityCount{rows.text(row, column),
                            int(rows.integer(row, column + 1)),
                            int(rows.integer(row, column + 2)),
                            int(rows.integer(row, column + 3)),
                            int(rows.integer(row, column + 4)),
                            int(rows.integer(row, column + 5))};
}

void loadNationalities(PgConnection &connection, QList<Incident> &incidents)
{
    if (incidents.isEmpty()) {
        return;
    }
    QStringList ids;
    QHash<QString, Incident *> byId;
    for (Incident &incident : incidents) {
        incident.nationalities.clear();
        ids << incident.idText();
        byId.insert(ids.last(), &incident);
    }
    const PgResult lines = connection.execute(
        "SELECT n.incident::text, n.nationality, n.persons, n.men, n.women, n.children, n.unaccompanied "
        "FROM borderlog.incident_line n WHERE n.incident = ANY ($1::uuid[]) ORDER BY n.incident, n.nationality COLLATE "
        "\"C\"",
        PgParameters().add(QStringLiteral("{%1}").arg(ids.join(u','))));
    for (int r = 0; r < lines.rows(); ++r) {
        if (Incident *incident = byId.value(lines.text(r, 0))) {
            incident->nationalities << nationalityFrom(lines, r, 1);
        }
    }
}

void lineFrom(const PgResult &rows, int row, IncidentLine &line, LineStorage &storage)
{
    const auto view = [&](int column) -> QByteArrayView {
        storage.at(size_t(column)) = rows.bytes(row, column);
        return storage.at(size_t(column));
    };
    line.incidentId = view(0);
    line.date = view(1);
    line.time = view(2);
    line.location = view(3);
    line.outcome = view(4);
    line.forceUsed = rows.boolean(row, 5);
    line.notes = view(6);
    line.recordedBy = view(7);
    line.recordedAt = view(8);
    line.detection = view(9);
    line.direction = view(10);
    line.borderSector = view(11);
    line.countEstimated = rows.boolean(row, 12);
    line.injured = view(13);
    line.dead = view(14);
    line.missing = view(15);
    line.aidGiven = view(16);
    line.forceType = view(17);
    line.refusalReasons = view(18);
    line.facilitators = view(19);
    line.facilitatorNationalities = view(20);
    line.relatedTo = view(21);
    line.nationality = view(kColumnCount);
    line.persons = view(kColumnCount + 1);
    line.men = view(kColumnCount + 2);
    line.women = view(kColumnCount + 3);
    line.children = view(kColumnCount + 4);
    line.unaccompanied = view(kColumnCount + 5);
}

} // namespace borderlog::postgres::PgIncidentRows
