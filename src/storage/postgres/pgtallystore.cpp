// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgtallystore.h"

#include "locationhierarchy.h"
#include "pgconnection.h"
#include "pgerror.h"
#include "pgfailure.h"
#include "pgfiltersql.h"
#include "pgregister.h"

#include <QMap>

#include <algorithm>

namespace borderlog::postgres {

namespace {

// A dimension's key over a tally table t whose period column is `period`.
QString keyOf(const TallyDimension &dimension, const QString &period)
{
    if (dimension.isOutcome()) {
        return QStringLiteral("t.outcome");
    }
    switch (dimension.grouping()) {
    case TallyGrouping::Day:
    case TallyGrouping::Week: // IncidentReads counts weeks in days and quarters in months (Tally::countedAs)
        return QStringLiteral("to_char(%1, 'YYYY-MM-DD')").arg(period);
    case TallyGrouping::Month:
    case TallyGrouping::Quarter:
        return QStringLiteral("to_char(%1, 'YYYY-MM')").arg(period);
    case TallyGrouping::Year:
        return QStringLiteral("to_char(%1, 'YYYY')").arg(period);
    case TallyGrouping::Nationality:
        return QStringLiteral("t.nationality");
    case TallyGrouping::Location:
        return QStringLiteral("t.location");
    case TallyGrouping::Station:
        return QStringLiteral("t.station");
    case TallyGrouping::District:
        break;
    }
    // Every station in the one district the national register knows (PgFilterSql).
    return QStringLiteral("'%1'::text").arg(LocationHierarchy::unassigned());
}

} // namespace

void PgTallyStore::readPiece(const IncidentFilter &filter, const QList<TallyDimension> &dimensions,
                             const TallyPiece &piece, TallyContent content,
                             const std::function<void(const Counted &)> &visit)
{
    const bool byNationality = !filter.nationality.isEmpty()
                               || std::any_of(dimensions.cbegin(), dimensions.cend(), [](const TallyDimension &d) {
                                      return !d.isOutcome() && d.grouping() == TallyGrouping::Nationality;
                                  });
    const QString period = piece.monthly ? QStringLiteral("t.month") : QStringLiteral("t.day");
    IncidentFilter bounded = filter;
    bounded.from = piece.from;
    bounded.to = piece.to;
    const PgFilterSql where = PgFilterSql::tallies(bounded, byNationality, period);
    QStringList keys;
    for (const TallyDimension &dimension : dimensions) {
        keys << keyOf(dimension, period);
    }
    const bool breakdown = content == TallyContent::WithBreakdown;
    const int n = int(keys.size());
    const QString sql =
        QStringLiteral("SELECT %1, t.outcome, sum(t.incidents), sum(t.persons)%2 FROM borderlog.%3 t%4 GROUP BY %5")
            .arg(keys.join(QStringLiteral(", ")),
                 breakdown ? QStringLiteral(", sum(t.men), sum(t.women), sum(t.children), sum(t.unaccompanied)")
                           : QString(),
                 piece.monthly ? QStringLiteral("month_tally") : QStringLiteral("day_tally"), where.where(),
                 QStringList(keys).join(QStringLiteral(", ")) + QStringLiteral(", t.outcome"));
    const PgResult rows = m_connection.execute(sql.toUtf8().constData(), where.parameters());
    Counted counted;
    for (int r = 0; r < rows.rows(); ++r) {
        counted.keys.clear();
        for (int k = 0; k < n; ++k) {
            counted.keys << rows.text(r, k);
        }
        counted.outcome = outcomeFromText(rows.text(r, n)).value_or(Outcome::Other);
        counted.counts = TallyRow{};
        counted.counts.incidents = rows.integer(r, n + 1);
        counted.counts.persons = rows.integer(r, n + 2);
        if (breakdown) {
            counted.counts.breakdown = GroupBreakdown{rows.integer(r, n + 3), rows.integer(r, n + 4),
                                                      rows.integer(r, n + 5), rows.integer(r, n + 6)};
        }
        visit(counted);
    }
}

Result<QList<TallyRow>> PgTallyStore::tally(const IncidentFilter &filter, TallyGrouping grouping, TallyContent content)
{
    try {
        QMap<QString, TallyRow> rows;
        for (const TallyPiece &piece : Tally::pieces(filter.from, filter.to, grouping == TallyGrouping::Day)) {
            readPiece(filter, {TallyDimension::of(grouping)}, piece, content, [&rows](const Counted &counted) {
                TallyRow &row = rows[counted.keys[0]];
                row.key = counted.keys[0];
                row.add(counted.outcome, counted.counts.incidents, counted.counts.persons, counted.counts.breakdown);
            });
        }
        return rows.values();
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Counting the tally"), m_connection.displayName());
    }
}

Result<QList<CrossTallyRow>> PgTallyStore::crossTally(const IncidentFilter &filter, const TallyDimension &first,
                                                      const TallyDimension &second)
{
    try {
        const auto isDay = [](const TallyDimension &d) { return !d.isOutcome() && d.grouping() == TallyGrouping::Day; };
        const bool daily = isDay(first) || isDay(second);
        QMap<std::pair<QString, QString>, TallyRow> pairs;
        for (const TallyPiece &piece : Tally::pieces(filter.from, filter.to, daily)) {
            readPiece(filter, {first, second}, piece, TallyContent::Counts, [&pairs](const Counted &counted) {
                pairs[{counted.keys[0], counted.keys[1]}].add(counted.outcome, counted.counts.incidents,
                                                              counted.counts.persons, counted.counts.breakdown);
            });
        }
        QList<CrossTallyRow> rows;
        for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
            rows << CrossTallyRow{it.key().first, it.key().second, it.value()};
        }
        return rows;
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Counting the cross-tab"), m_connection.displayName());
    }
}

Result<QList<std::pair<QDate, qint64>>> PgTallyStore::dailyCounts(const IncidentFilter &filter)
{
    using Counts = QList<std::pair<QDate, qint64>>;
    try {
        const PgFilterSql where = PgFilterSql::tallies(filter, !filter.nationality.isEmpty(), QStringLiteral("t.day"));
        const QString sql = QStringLiteral("SELECT to_char(t.day, 'YYYY-MM-DD'), sum(t.incidents) FROM "
                                           "borderlog.day_tally t%1 GROUP BY t.day ORDER BY t.day")
                                .arg(where.where());
        const PgResult rows = m_connection.execute(sql.toUtf8().constData(), where.parameters());
        Counts counts;
        counts.reserve(rows.rows());
        for (int r = 0; r < rows.rows(); ++r) {
            counts << std::pair{QDate::fromString(rows.text(r, 0), Qt::ISODate), rows.integer(r, 1)};
        }
        return counts;
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Counting incidents per day"), m_connection.displayName());
    }
}

Result<std::pair<QDate, QDate>> PgTallyStore::dateSpan()
{
    using Span = std::pair<QDate, QDate>;
    try {
        const PgResult span = m_connection.execute(
            "SELECT to_char(min(day), 'YYYY-MM-DD'), to_char(max(day), 'YYYY-MM-DD') FROM borderlog.day_tally "
            "WHERE nationality = ''");
        return Span{QDate::fromString(span.text(0, 0), Qt::ISODate), QDate::fromString(span.text(0, 1), Qt::ISODate)};
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Reading the date range"), m_connection.displayName());
    }
}

Result<qint64> PgTallyStore::rebuild(const ChangeStamp &)
{
    return PgRegister::readOnly();
}

} // namespace borderlog::postgres
