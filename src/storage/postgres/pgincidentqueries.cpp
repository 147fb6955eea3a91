// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgincidentqueries.h"

#include "incidenttext.h"
#include "pgconnection.h"
#include "pgerror.h"
#include "pgfailure.h"
#include "pgfiltersql.h"
#include "pgincidentrows.h"
#include "pgtransaction.h"

#include <QMap>

namespace borderlog::postgres {

namespace {

// The log's order, as the index incident_by_date keeps it.
const QString kKey = QStringLiteral("i.day, i.\"time\" COLLATE \"C\", i.id");

QString orderBy(bool descending)
{
    return descending ? QStringLiteral("i.day DESC, i.\"time\" COLLATE \"C\" DESC, i.id DESC") : kKey;
}

} // namespace

Result<QList<Incident>> PgIncidentQueries::page(const IncidentPageRequest &request)
{
    try {
        PgTransaction snapshot(m_connection, PgTransaction::Kind::Snapshot);
        if (!request.day) {
            return readPage(request);
        }
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
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Reading incidents"), m_connection.displayName());
    }
}

std::optional<Incident> PgIncidentQueries::keyBefore(const IncidentPageRequest &request)
{
    IncidentFilter sameDay = request.filter;
    sameDay.from = *request.day;
    sameDay.to = *request.day;
    PgFilterSql where = PgFilterSql::incidents(sameDay);
    const QString offset = where.placeholder(qint64(request.skipInDay - 1));
    const QString sql = QStringLiteral("SELECT to_char(i.day, 'YYYY-MM-DD'), i.\"time\", i.id::text FROM "
                                       "borderlog.incident i%1 ORDER BY %2 LIMIT 1 OFFSET %3")
                            .arg(where.where(), orderBy(request.descending), offset);
    const PgResult key = m_connection.execute(sql.toUtf8().constData(), where.parameters());
    if (key.rows() == 0) {
        return std::nullopt;
    }
    Incident before;
    before.date = QDate::fromString(key.text(0, 0), Qt::ISODate);
    before.time = IncidentText::parseTime(key.text(0, 1)).value_or(QTime());
    before.id = QUuid::fromString(key.text(0, 2));
    return before;
}

QList<Incident> PgIncidentQueries::readPage(const IncidentPageRequest &request)
{
    PgFilterSql where = PgFilterSql::incidents(request.filter);
    if (request.after) {
        const QString day = where.placeholder(IncidentText::formatDate(request.after->date).toUtf8());
        const QString time = where.placeholder(IncidentText::formatTime(request.after->time).toUtf8());
        const QString id = where.placeholder(request.after->idText().toUtf8());
        where.add(QStringLiteral("(%1) %2 (%3::date, %4 COLLATE \"C\", %5::uuid)")
                      .arg(kKey, request.descending ? QStringLiteral("<") : QStringLiteral(">"), day, time, id));
    }
    const QString limit = where.placeholder(qint64(request.limit));
    const QString sql =
        QStringLiteral("SELECT %1 FROM borderlog.incident i%2 ORDER BY %3 LIMIT %4")
            .arg(QLatin1String(PgIncidentRows::kColumns), where.where(), orderBy(request.descending), limit);
    const PgResult rows = m_connection.execute(sql.toUtf8().constData(), where.parameters());
    QList<Incident> incidents;
    incidents.reserve(rows.rows());
    for (int r = 0; r < rows.rows(); ++r) {
        incidents << PgIncidentRows::incidentFrom(rows, r);
    }
    PgIncidentRows::loadNationalities(m_connection, incidents);
    return incidents;
}

Result<qint64> PgIncidentQueries::count(const IncidentFilter &filter)
{
    return m_tallies.incidents(filter);
}

Result<QList<std::pair<ForceType, qint64>>> PgIncidentQueries::forceCounts(const IncidentFilter &filter)
{
    using Counts = QList<std::pair<ForceType, qint64>>;
    try {
        PgFilterSql where = PgFilterSql::incidents(filter);
        where.add(QStringLiteral("i.force_used"));
        const QString sql = QStringLiteral("SELECT i.force_type, count(*) FROM borderlog.incident i%1 "
                                           "GROUP BY i.force_type ORDER BY i.force_type")
                                .arg(where.where());
        const PgResult rows = m_connection.execute(sql.toUtf8().constData(), where.parameters());
        QMap<ForceType, qint64> byKind;
        for (int r = 0; r < rows.rows(); ++r) {
            byKind[Choices::fromCode<ForceType>(rows.bytes(r, 0)).value_or(ForceType::Unspecified)] +=
                rows.integer(r, 1);
        }
        Counts counts;
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
            counts << std::pair{it.key(), it.value()};
        }
        return counts;
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Counting the force used"), m_connection.displayName());
    }
}

void PgIncidentQueries::throughCursor(const QString &sql, const PgParameters &parameters,
                                      const std::function<bool(const PgResult &)> &visit)
{
    PgTransaction snapshot(m_connection, PgTransaction::Kind::Snapshot);
    m_connection.execute((QStringLiteral("DECLARE incidents NO SCROLL CURSOR FOR ") + sql).toUtf8().constData(),
                         parameters);
    const QByteArray fetch = "FETCH " + QByteArray::number(kFetchSize) + " FROM incidents";
    for (;;) {
        const PgResult piece = m_connection.execute(fetch.constData());
        if (piece.rows() == 0 || !visit(piece)) {
            break;
        }
    }
    m_connection.execute("CLOSE incidents");
    snapshot.commit();
}

Result<qint64> PgIncidentQueries::forEachIncident(const IncidentFilter &filter,
                                                  const std::function<bool(const Incident &)> &visit)
{
    try {
        const PgFilterSql where = PgFilterSql::incidents(filter);
        const QString sql = QStringLiteral("SELECT %1 FROM borderlog.incident i JOIN borderlog.incident_line n ON "
                                           "n.incident = i.id%2 ORDER BY %3, n.nationality COLLATE \"C\"")
                                .arg(QLatin1String(PgIncidentRows::lineColumns()), where.where(), kKey);
        qint64 visited = 0;
        bool more = true;
        std::optional<Incident> current;
        const auto hand = [&]() {
            if (current) {
                ++visited;
                more = visit(*current);
                current.reset();
            }
        };
        throughCursor(sql, where.parameters(), [&](const PgResult &rows) {
            for (int r = 0; r < rows.rows() && more; ++r) {
                if (!current || current->idText() != rows.text(r, 0)) {
                    hand();
                    if (!more) {
                        break;
                    }
                    current = PgIncidentRows::incidentFrom(rows, r);
                }
                current->nationalities << PgIncidentRows::nationalityFrom(rows, r, PgIncidentRows::kColumnCount);
            }
            return more;
        });
        if (more) {
            hand();
        }
        return visited;
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Reading incidents"), m_connection.displayName());
    }
}

Result<qint64> PgIncidentQueries::forEachIncidentLine(const IncidentFilter &filter,
                                                      const std::function<bool(const IncidentLine &)> &visit)
{
    try {
        const PgFilterSql where = PgFilterSql::incidents(filter);
        const QString sql = QStringLiteral("SELECT %1 FROM borderlog.incident i JOIN borderlog.incident_line n ON "
                                           "n.incident = i.id%2 ORDER BY %3, n.nationality COLLATE \"C\"")
                                .arg(QLatin1String(PgIncidentRows::lineColumns()), where.where(), kKey);
        qint64 incidents = 0;
        QByteArray previous;
        IncidentLine line;
        PgIncidentRows::LineStorage storage;
        throughCursor(sql, where.parameters(), [&](const PgResult &rows) {
            for (int r = 0; r < rows.rows(); ++r) {
                PgIncidentRows::lineFrom(rows, r, line, storage);
                if (line.incidentId != previous) {
                    ++incidents;
                    previous = line.incidentId.toByteArray();
                }
                if (!visit(line)) {
                    return false;
                }
            }
            return true;
        });
        return incidents;
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Reading incidents"), m_connection.displayName());
    }
}

} // namespace borderlog::postgres
