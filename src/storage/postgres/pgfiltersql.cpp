// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgfiltersql.h"

#include "incidenttext.h"
#include "locationhierarchy.h"
#include "outcome.h"

namespace borderlog::postgres {

QString PgFilterSql::placeholder(const QByteArray &value)
{
    m_parameters.add(value);
    return QStringLiteral("$%1").arg(m_parameters.size());
}

QString PgFilterSql::placeholder(qint64 value)
{
    return placeholder(QByteArray::number(value));
}

PgFilterSql PgFilterSql::incidents(const IncidentFilter &filter)
{
    PgFilterSql sql;
    sql.add(QStringLiteral("NOT i.removed"));
    if (filter.from.isValid()) {
        sql.add(
            QStringLiteral("i.day >= %1::date").arg(sql.placeholder(IncidentText::formatDate(filter.from).toUtf8())));
    }
    if (filter.to.isValid()) {
        sql.add(QStringLiteral("i.day <= %1::date").arg(sql.placeholder(IncidentText::formatDate(filter.to).toUtf8())));
    }
    if (!filter.location.isEmpty()) {
        sql.add(QStringLiteral("i.location = %1").arg(sql.placeholder(filter.location.toUtf8())));
    }
    if (!filter.district.isEmpty() && filter.district != LocationHierarchy::unassigned()) {
        sql.add(QStringLiteral("false"));
    }
    if (!filter.station.isEmpty()) {
        sql.add(QStringLiteral("i.station = %1").arg(sql.placeholder(filter.station.toUtf8())));
    }
    if (!filter.nationality.isEmpty()) {
        sql.add(QStringLiteral("EXISTS (SELECT 1 FROM borderlog.incident_line n WHERE n.incident = i.id AND "
                               "n.nationality = %1)")
                    .arg(sql.placeholder(filter.nationality.toUtf8())));
    }
    if (filter.outcome) {
        sql.add(QStringLiteral("i.outcome = %1").arg(sql.placeholder(outcomeCode(*filter.outcome).toUtf8())));
    }
    return sql;
}

PgFilterSql PgFilterSql::tallies(const IncidentFilter &filter, bool byNationality, const QString &period)
{
    PgFilterSql sql;
    if (filter.from.isValid()) {
        sql.add(QStringLiteral("%1 >= %2::date")
                    .arg(period, sql.placeholder(IncidentText::formatDate(filter.from).toUtf8())));
    }
    if (filter.to.isValid()) {
        sql.add(QStringLiteral("%1 <= %2::date")
                    .arg(period, sql.placeholder(IncidentText::formatDate(filter.to).toUtf8())));
    }
    if (!filter.location.isEmpty()) {
        sql.add(QStringLiteral("t.location = %1").arg(sql.placeholder(filter.location.toUtf8())));
    }
    if (!filter.district.isEmpty() && filter.district != LocationHierarchy::unassigned()) {
        sql.add(QStringLiteral("false"));
    }
    if (!filter.station.isEmpty()) {
        sql.add(QStringLiteral("t.station = %1").arg(sql.placeholder(filter.station.toUtf8())));
    }
    if (byNationality) {
        sql.add(filter.nationality.isEmpty()
                    ? QStringLiteral("t.nationality <> ''")
                    : QStringLiteral("t.nationality = %1").arg(sql.placeholder(filter.nationality.toUtf8())));
    } else {
        sql.add(QStringLiteral("t.nationality = ''"));
    }
    if (filter.outcome) {
        sql.add(QStringLiteral("t.outcome = %1").arg(sql.placeholder(outcomeCode(*filter.outcome).toUtf8())));
    }
    return sql;
}

QString PgFilterSql::where() const
{
    return m_conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + m_conditions.join(QStringLiteral(" AND "));
}

} // namespace borderlog::postgres
