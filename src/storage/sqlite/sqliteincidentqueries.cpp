// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteincidentqueries.h"

#include "incidenttext.h"
#include "sqliteincidentrows.h"
#include "sqlitepragmas.h"
#include "sqlitestatement.h"
#include "sqlitestorecontext.h"

#include <QHash>

namespace borderlog::sqlite {

namespace {

// Pages are ordered by date, time and incident_id (unique), the columns of the index incident_by_date.
const QStringList &orderColumns()
{
    static const QStringList columns{QStringLiteral("i.date"), QStringLiteral("i.time"), QStringLiteral("i.uuid")};
    return columns;
}

QString orderBy(bool descending)
{
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    return orderColumns().join(direction + QStringLiteral(", ")) + direction;
}

// The keyset values of an incident, matching orderColumns().
void bindKey(SqliteStatement &statement, int &index, const Incident &incident)
{
    statement.bind(index++, IncidentText::formatDate(incident.date));
    statement.bind(index++, IncidentText::formatTime(incident.time));
    statement.bind(index++, IncidentRows::uuidText(incident.id));
}

} // namespace

Result<QList<Incident>> SqliteIncidentQueries::page(const IncidentPageRequest &request)
{
    return m_context.read<QList<Incident>>(tr("Reading incidents"), [&]() -> Result<QList<Incident>> {
        SqliteTransaction snapshot(m_context.db, SqliteTransaction::Kind::Read);
        if (!request.day) {
            return readPage(request);
        }
        // From the skipInDay-th incident of the day on, by keyset: the incident just before it is found in
        // the date index alone (it holds only incidents that are not removed), so a jump deep into a busy
        // day reads index entries, not the rows it skips.
        IncidentPageRequest keyset = request;
        keyset.day.reset();
        keyset.skipInDay = 0;
        if (request.skipInDay > 0) {
            keyset.after = keyBefore(request);
            if (!keyset.after) {
                return QList<Incident>();
            }
        } else if (request.descending) {
            keyset.filter.to = *request.day;
        } else {
            keyset.filter.from = *request.day;
        }
        return readPage(keyset);
    });
}

std::optional<Incident> SqliteIncidentQueries::keyBefore(const IncidentPageRequest &request)
{
    IncidentFilter sameDay = request.filter;
    sameDay.from = *request.day;
    sameDay.to = *request.day;
    const QString sql = QStringLiteral("SELECT i.date, i.time, i.uuid FROM incident i%1 ORDER BY %2 LIMIT 1 OFFSET ?")
                            .arg(FilterSql::where(FilterSql::incidentConditions(sameDay)), orderBy(request.descending));
    SqliteStatement select(m_context.db, sql.toUtf8().constData());
    int index = 1;
    FilterSql::bind(select, index, sameDay);
    select.bind(index, qint64(request.skipInDay - 1));
    if (!select.step()) {
        return std::nullopt;
    }
    Incident key;
    key.date = IncidentText::parseDate(select.text(0)).value_or(QDate());
    key.time = IncidentText::parseTime(select.text(1)).value_or(QTime());
    key.id = QUuid::fromString(select.text(2));
    return key;
}

QList<Incident> SqliteIncidentQueries::readPage(const IncidentPageRequest &request)
{
    QStringList conditions = FilterSql::incidentConditions(request.filter);
    if (request.after) {
        conditions << QStringLiteral("(%1) %2 (?, ?, ?)")
                          .arg(orderColumns().join(u','),
                               request.descending ? QStringLiteral("<") : QStringLiteral(">"));
    }
    const QString sql =
        QStringLiteral("SELECT %1 FROM incident i JOIN location l ON l.id = i.location_id%2 "
                       "ORDER BY %3 LIMIT ?")
            .arg(QLatin1String(IncidentRows::kColumns), FilterSql::where(conditions), orderBy(request.descending));
    SqliteStatement select(m_context.db, sql.toUtf8().constData());
    int index = 1;
    FilterSql::bind(select, index, request.filter);
    if (request.after) {
        bindKey(select, index, *request.after);
    }
    select.bind(index, qint64(request.limit));
    QList<Incident> incidents;
    QList<qint64> rowIds;
    while (select.step()) {
        rowIds << select.integer(0);
        incidents << IncidentRows::incidentFromRow(select);
    }
    IncidentRows::loadNationalities(m_context.db, incidents, rowIds);
    return incidents;
}

Result<qint64> SqliteIncidentQueries::count(const IncidentFilter &filter)
{
    return m_tallies.incidents(filter);
}

Result<QList<std::pair<ForceType, qint64>>> SqliteIncidentQueries::forceCounts(const IncidentFilter &filter)
{
    using Counts = QList<std::pair<ForceType, qint64>>;
    return m_context.read<Counts>(tr("Counting the force used"), [&]() -> Result<Counts> {
        // Over the date index, the incident rows alone: no nationality line, no location joined.
        QStringList conditions = FilterSql::incidentConditions(filter);
        conditions << QStringLiteral("i.force_used = 1");
        const QString sql = QStringLiteral("SELECT i.force_type, count(*) FROM incident i%1 GROUP BY i.force_type")
                                .arg(FilterSql::where(conditions));
        SqliteStatement select(m_context.db, sql.toUtf8().constData());
        int index = 1;
        FilterSql::bind(select, index, filter);
        QMap<ForceType, qint64> byKind;
        while (select.step()) {
            // '' is "what force_used says": used, of no kind recorded (as IncidentRows reads it).
            const QByteArrayView kind = select.bytes(0);
            const ForceType force = kind.isEmpty()
                                        ? ForceType::Unspecified
                                        : Choices::fromCode<ForceType>(kind).value_or(ForceType::Unspecified);
            byKind[force] += select.integer(1);
        }
        Counts counts;
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
            counts << std::pair{it.key(), it.value()};
        }
        return counts;
    });
}

Result<qint64> SqliteIncidentQueries::forEachIncident(const IncidentFilter &filter,
                                                      const std::function<bool(const Incident &)> &visit)
{
    return m_context.read<qint64>(tr("Reading incidents"), [&]() -> Result<qint64> {
        // One snapshot and one statement for the whole run: no lock taken per page.
        const ScopedPragma mapped = ScopedPragma::memoryMappedReads(m_context.db);
        SqliteTransaction snapshot(m_context.db, SqliteTransaction::Kind::Read);
        const QString sql =
            QStringLiteral("SELECT %1, %3 FROM incident i "
                           "JOIN location l ON l.id = i.location_id "
                           "JOIN incident_nationality n ON n.incident_id = i.id%2 "
                           "ORDER BY i.date, i.time, i.uuid, n.nationality")
                .arg(QLatin1String(IncidentRows::kColumns), FilterSql::where(FilterSql::incidentConditions(filter)),
                     QLatin1String(IncidentRows::kLineColumns));
        SqliteStatement select(m_context.db, sql.toUtf8().constData());
        int index = 1;
        FilterSql::bind(select, index, filter);
        IncidentRows::Joined rows(select);
        qint64 visited = 0;
        Incident incident;
        while (rows.next(incident)) {
            ++visited;
            if (!visit(incident)) {
                break;
            }
        }
        return visited;
    });
}

Result<qint64> SqliteIncidentQueries::forEachIncidentLine(const IncidentFilter &filter,
                                                          const std::function<bool(const IncidentLine &)> &visit)
{
    return m_context.read<qint64>(tr("Reading incidents"), [&]() -> Result<qint64> {
        const ScopedPragma mapped = ScopedPragma::memoryMappedReads(m_context.db);
        SqliteTransaction snapshot(m_context.db, SqliteTransaction::Kind::Read);
        // Location names from memory (a few dozen) instead of a join per row.
        QHash<qint64, QByteArray> locationNames;
        SqliteStatement names(m_context.db, "SELECT id, name FROM location");
        while (names.step()) {
            locationNames.insert(names.integer(0), names.bytes(1).toByteArray());
        }
        // Without a date range, reading the table in its own order and sorting is more than twice as fast as
        // following the date index (which reads the rows in random order); with one, the index narrows.
        const bool wholeHistory = !filter.from.isValid() && !filter.to.isValid();
        const QString sql = QStringLiteral("SELECT %3 FROM incident i%1 JOIN incident_nationality n ON n.incident_id = "
                                           "i.id%2 ORDER BY i.date, i.time, i.uuid, n.nationality")
                                .arg(wholeHistory ? QStringLiteral(" NOT INDEXED") : QString(),
                                     FilterSql::where(FilterSql::incidentConditions(filter)),
                                     QLatin1String(IncidentRows::kExportColumns));
        SqliteStatement select(m_context.db, sql.toUtf8().constData());
        int index = 1;
        FilterSql::bind(select, index, filter);
        qint64 incidents = 0;
        QByteArray previousId;
        IncidentLine line;
        while (select.step()) {
            line.incidentId = select.bytes(0);
            if (line.incidentId != previousId) {
                ++incidents;
                previousId = line.incidentId.toByteArray();
            }
            IncidentRows::readLine(select, line);
            line.location = locationNames.value(select.integer(IncidentRows::kExportLocationColumn));
            if (!visit(line)) {
                break;
            }
        }
        return incidents;
    });
}

} // namespace borderlog::sqlite
