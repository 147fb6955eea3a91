// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitetallystore.h"

#include "auditpayload.h"
#include "incidenttext.h"
#include "sqliteaudittrail.h"
#include "sqliteincidentrows.h"
#include "sqlitestatement.h"
#include "sqlitestorecontext.h"
#include "tallydelta.h"

#include <algorithm>

namespace borderlog::sqlite {

namespace {

// The grouping key over a tally table (alias t), and the join it needs.
std::pair<QString, QString> keyOf(TallyGrouping grouping, bool monthly)
{
    const QString period = monthly ? QStringLiteral("t.month") : QStringLiteral("t.date");
    switch (grouping) {
    case TallyGrouping::Day:
    case TallyGrouping::Week: // IncidentReads counts weeks in days and quarters in months (Tally::countedAs)
        return {period, {}};
    case TallyGrouping::Quarter:
    case TallyGrouping::Month:
        return {monthly ? period : QStringLiteral("substr(t.date, 1, 7)"), {}};
    case TallyGrouping::Year:
        return {QStringLiteral("substr(%1, 1, 4)").arg(period), {}};
    case TallyGrouping::Nationality:
        return {QStringLiteral("t.nationality"), {}};
    case TallyGrouping::Location:
        return {QStringLiteral("l.name"), QStringLiteral(" JOIN location l ON l.id = t.location_id")};
    // Stations and districts roll up from the location-keyed aggregates by join (a few dozen rows each).
    case TallyGrouping::Station:
        return {QStringLiteral("s.name"), QStringLiteral(" JOIN location l ON l.id = t.location_id"
                                                         " JOIN station s ON s.id = l.station_id")};
    case TallyGrouping::District:
        return {QStringLiteral("d.name"), QStringLiteral(" JOIN location l ON l.id = t.location_id"
                                                         " JOIN station s ON s.id = l.station_id"
                                                         " JOIN district d ON d.id = s.district_id")};
    }
    return {period, {}};
}

// A dimension's key over a tally table: the outcome's is its stored code.
std::pair<QString, QString> keyOf(const TallyDimension &dimension, bool monthly)
{
    return dimension.isOutcome() ? std::pair{QStringLiteral("t.outcome"), QString()}
                                 : keyOf(dimension.grouping(), monthly);
}

} // namespace

SqliteTallyStore::PieceQuery SqliteTallyStore::pieceQuery(const IncidentFilter &filter,
                                                          const QList<TallyDimension> &dimensions, const Piece &piece,
                                                          TallyContent content)
{
    PieceQuery query;
    query.byNationality = !filter.nationality.isEmpty()
                          || std::any_of(dimensions.cbegin(), dimensions.cend(), [](const TallyDimension &d) {
                                 return !d.isOutcome() && d.grouping() == TallyGrouping::Nationality;
                             });
    const QString period = piece.monthly ? QStringLiteral("t.month") : QStringLiteral("t.date");
    QStringList keys;
    QStringList groups;
    QString join; // the joins nest (location, station, district): the longest has every other
    for (const TallyDimension &dimension : dimensions) {
        if (dimension.isOutcome()) {
            query.keyColumns << -1; // grouped by already: selected once, not twice
            continue;
        }
        const auto [key, needs] = keyOf(dimension, piece.monthly);
        query.keyColumns << int(keys.size());
        groups << QStringLiteral("k%1").arg(keys.size());
        keys << QStringLiteral("%1 AS %2").arg(key, groups.last());
        join = needs.size() > join.size() ? needs : join;
    }
    groups << QStringLiteral("t.outcome");
    // The period bounds are this piece's own; the other conditions come from the filter.
    query.rest = filter;
    query.rest.from = QDate();
    query.rest.to = QDate();
    QStringList conditions = FilterSql::tallyConditions(query.rest, query.byNationality);
    if (!piece.from.isEmpty()) {
        conditions.prepend(period + QStringLiteral(" >= ?"));
    }
    if (!piece.to.isEmpty()) {
        conditions.insert(piece.from.isEmpty() ? 0 : 1, period + QStringLiteral(" <= ?"));
    }
    const QString table = QStringLiteral("%1_%2tally")
                              .arg(piece.monthly ? QStringLiteral("monthly") : QStringLiteral("daily"),
                                   query.byNationality ? QStringLiteral("nationality_") : QString());
    query.breakdown = content == TallyContent::WithBreakdown;
    query.keys = int(keys.size());
    keys << QStringLiteral("t.outcome");
    query.sql = QStringLiteral("SELECT %1, sum(t.incidents), sum(t.persons)%5 FROM %2 t%3%4 GROUP BY %6")
                    .arg(keys.join(QStringLiteral(", ")), table, join, FilterSql::where(conditions),
                         query.breakdown ? QStringLiteral(", sum(t.men), sum(t.women), sum(t.children), "
                                                          "sum(t.unaccompanied)")
                                         : QString(),
                         groups.join(QStringLiteral(", ")));
    return query;
}

void SqliteTallyStore::readPiece(const IncidentFilter &filter, const QList<TallyDimension> &dimensions,
                                 const Piece &piece, TallyContent content,
                                 const std::function<void(const Counted &)> &visit)
{
    const PieceQuery query = pieceQuery(filter, dimensions, piece, content);
    SqliteStatement select(m_context.db, query.sql.toUtf8().constData());
    int index = 1;
    if (!piece.from.isEmpty()) {
        select.bind(index++, piece.from);
    }
    if (!piece.to.isEmpty()) {
        select.bind(index++, piece.to);
    }
    FilterSql::bind(select, index, query.rest, query.byNationality);
    const int n = query.keys;
    Counted counted;
    while (select.step()) {
        counted.keys.clear();
        for (const int column : query.keyColumns) {
            counted.keys << select.text(column < 0 ? n : column);
        }
        counted.outcome = outcomeFromText(select.text(n)).value_or(Outcome::Other);
        counted.incidents = select.integer(n + 1);
        counted.persons = select.integer(n + 2);
        counted.breakdown = query.breakdown ? GroupBreakdown{select.integer(n + 3), select.integer(n + 4),
                                                             select.integer(n + 5), select.integer(n + 6)}
                                            : GroupBreakdown{};
        visit(counted);
    }
}

void SqliteTallyStore::Counted::addTo(TallyRow &row) const
{
    row.add(outcome, incidents, persons, breakdown);
}

QList<SqliteTallyStore::Piece> SqliteTallyStore::piecesOf(const IncidentFilter &filter, TallyGrouping grouping)
{
    const auto day = [](const QDate &d) { return d.isValid() ? IncidentText::formatDate(d) : QString(); };
    const auto month = [](const QDate &d) { return d.isValid() ? d.toString(QStringLiteral("yyyy-MM")) : QString(); };
    QList<Piece> pieces;
    for (const TallyPiece &piece : Tally::pieces(filter.from, filter.to, grouping == TallyGrouping::Day)) {
        pieces << (piece.monthly ? Piece{true, month(piece.from), month(piece.to)}
                                 : Piece{false, day(piece.from), day(piece.to)});
    }
    return pieces;
}

Result<QList<TallyRow>> SqliteTallyStore::tally(const IncidentFilter &filter, TallyGrouping grouping,
                                                TallyContent content)
{
    return m_context.read<QList<TallyRow>>(tr("Counting the tally"), [&]() -> Result<QList<TallyRow>> {
        QMap<QString, TallyRow> rows;
        for (const Piece &piece : piecesOf(filter, grouping)) {
            readPiece(filter, {TallyDimension::of(grouping)}, piece, content, [&rows](const Counted &counted) {
                TallyRow &row = rows[counted.keys[0]];
                row.key = counted.keys[0];
                counted.addTo(row);
            });
        }
        return rows.values();
    });
}

Result<QList<CrossTallyRow>> SqliteTallyStore::crossTally(const IncidentFilter &filter, const TallyDimension &first,
                                                          const TallyDimension &second)
{
    return m_context.read<QList<CrossTallyRow>>(tr("Counting the cross-tab"), [&]() -> Result<QList<CrossTallyRow>> {
        // Days from the daily aggregates whenever a dimension is the day; else whole months from the monthly ones.
        const auto isDay = [](const TallyDimension &d) { return !d.isOutcome() && d.grouping() == TallyGrouping::Day; };
        const bool daily = isDay(first) || isDay(second);
        QMap<std::pair<QString, QString>, TallyRow> pairs;
        for (const Piece &piece : piecesOf(filter, daily ? TallyGrouping::Day : TallyGrouping::Month)) {
            readPiece(filter, {first, second}, piece, TallyContent::Counts, [&pairs](const Counted &counted) {
                counted.addTo(pairs[{counted.keys[0], counted.keys[1]}]);
            });
        }
        QList<CrossTallyRow> rows;
        for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
            rows << CrossTallyRow{it.key().first, it.key().second, it.value()};
        }
        return rows;
    });
}

Result<QList<std::pair<QDate, qint64>>> SqliteTallyStore::dailyCounts(const IncidentFilter &filter)
{
    using Counts = QList<std::pair<QDate, qint64>>;
    return m_context.read<Counts>(tr("Counting incidents per day"), [&]() -> Result<Counts> {
        const bool byNationality = !filter.nationality.isEmpty();
        const QString sql =
            QStringLiteral("SELECT t.date, sum(t.incidents) FROM %1 t%2 GROUP BY t.date ORDER BY t.date")
                .arg(byNationality ? QStringLiteral("daily_nationality_tally") : QStringLiteral("daily_tally"),
                     FilterSql::where(FilterSql::tallyConditions(filter, byNationality)));
        SqliteStatement select(m_context.db, sql.toUtf8().constData());
        int index = 1;
        FilterSql::bind(select, index, filter, byNationality);
        Counts counts;
        while (select.step()) {
            counts << std::pair{IncidentText::parseDate(select.text(0)).value_or(QDate()), select.integer(1)};
        }
        return counts;
    });
}

Result<std::pair<QDate, QDate>> SqliteTallyStore::dateSpan()
{
    using Span = std::pair<QDate, QDate>;
    return m_context.read<Span>(tr("Reading the date range"), [&]() -> Result<Span> {
        // Two subqueries: SQLite answers a lone min() or max() from the index, but not both in one query.
        SqliteStatement select(m_context.db,
                               "SELECT (SELECT min(date) FROM daily_tally), (SELECT max(date) FROM daily_tally)");
        select.step();
        return Span{QDate::fromString(select.text(0), Qt::ISODate), QDate::fromString(select.text(1), Qt::ISODate)};
    });
}

Result<qint64> SqliteTallyStore::rebuild(const ChangeStamp &stamp)
{
    return m_context.write<qint64>(tr("Rebuilding the tallies"), [&]() -> Result<qint64> {
        const qint64 changed = TallyDelta::rebuild(m_context.db);
        m_context.trail.append(AuditPayload::talliesRebuilt(stamp, changed));
        return changed;
    });
}

} // namespace borderlog::sqlite
