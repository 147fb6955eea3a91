// SPDX-License-Identifier: GPL-3.0-or-later
#include "tally.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace borderlog {

QString tallyGroupingCode(TallyGrouping grouping)
{
    switch (grouping) {
    case TallyGrouping::Day:
        return QStringLiteral("day");
    case TallyGrouping::Month:
        return QStringLiteral("month");
    case TallyGrouping::Year:
        return QStringLiteral("year");
    case TallyGrouping::Nationality:
        return QStringLiteral("nationality");
    case TallyGrouping::Location:
        return QStringLiteral("location");
    case TallyGrouping::Station:
        return QStringLiteral("station");
    case TallyGrouping::District:
        return QStringLiteral("district");
    case TallyGrouping::Week:
        return QStringLiteral("week");
    case TallyGrouping::Quarter:
        return QStringLiteral("quarter");
    }
    return {};
}

std::optional<TallyGrouping> tallyGroupingFromCode(const QString &code)
{
    for (auto g :
         {TallyGrouping::Day, TallyGrouping::Week, TallyGrouping::Month, TallyGrouping::Quarter, TallyGrouping::Year,
          TallyGrouping::Nationality, TallyGrouping::Location, TallyGrouping::Station, TallyGrouping::District}) {
        if (tallyGroupingCode(g) == code.trimmed().toLower()) {
            return g;
        }
    }
    return std::nullopt;
}

bool isPeriod(TallyGrouping grouping)
{
    return grouping == TallyGrouping::Day || grouping == TallyGrouping::Week || grouping == TallyGrouping::Month
           || grouping == TallyGrouping::Quarter || grouping == TallyGrouping::Year;
}

TallyRow &TallyRow::operator+=(const TallyRow &other)
{
    incidents += other.incidents;
    persons += other.persons;
    for (size_t i = 0; i < personsByOutcome.size(); ++i) {
        personsByOutcome[i] += other.personsByOutcome[i];
        incidentsByOutcome[i] += other.incidentsByOutcome[i];
    }
    breakdown += other.breakdown;
    return *this;
}

void TallyRow::add(Outcome outcome, qint64 incidentsCounted, qint64 personsCounted, const GroupBreakdown &counted)
{
    incidents += incidentsCounted;
    persons += personsCounted;
    personsByOutcome[outcomeIndex(outcome)] += personsCounted;
    incidentsByOutcome[outcomeIndex(outcome)] += incidentsCounted;
    breakdown += counted;
}

QList<TallyPiece> Tally::pieces(const QDate &from, const QDate &to, bool daily)
{
    if (daily) {
        return {TallyPiece{false, from, to}};
    }
    const QDate firstWhole = !from.isValid()   ? QDate()
                             : from.day() == 1 ? from
                                               : QDate(from.year(), from.month(), 1).addMonths(1);
    const QDate lastWhole = !to.isValid()                  ? QDate()
                            : to.day() == to.daysInMonth() ? to
                                                           : QDate(to.year(), to.month(), 1).addDays(-1);
    if (firstWhole.isValid() && lastWhole.isValid() && firstWhole > lastWhole) {
        return {TallyPiece{false, from, to}};
    }
    QList<TallyPiece> pieces{
        TallyPiece{true, firstWhole, lastWhole.isValid() ? QDate(lastWhole.year(), lastWhole.month(), 1) : QDate()}};
    if (from.isValid() && from < firstWhole) {
        pieces << TallyPiece{false, from, firstWhole.addDays(-1)};
    }
    if (to.isValid() && lastWhole < to) {
        pieces << TallyPiece{false, lastWhole.addDays(1), to};
    }
    return pieces;
}

QString Tally::periodKey(TallyGrouping grouping, const QDate &date)
{
    switch (grouping) {
    case TallyGrouping::Month:
        return date.toString(QStringLiteral("yyyy-MM"));
    case TallyGrouping::Year:
        return date.toString(QStringLiteral("yyyy"));
    case TallyGrouping::Week: {
        int year = 0;
        const int week = date.weekNumber(&year); // ISO 8601: the week's year may differ from the date's
        return QStringLiteral("%1-W%2").arg(year, 4, 10, QChar(u'0')).arg(week, 2, 10, QChar(u'0'));
    }
    case TallyGrouping::Quarter:
        return QStringLiteral("%1-Q%2").arg(date.year(), 4, 10, QChar(u'0')).arg((date.month() + 2) / 3);
    default:
        return date.toString(Qt::ISODate);
    }
}

TallyGrouping Tally::countedAs(TallyGrouping grouping)
{
    switch (grouping) {
    case TallyGrouping::Week:
        return TallyGrouping::Day;
    case TallyGrouping::Quarter:
        return TallyGrouping::Month;
    default:
        return grouping;
    }
}

QList<TallyRow> Tally::folded(TallyGrouping grouping, const QList<TallyRow> &counted)
{
    if (countedAs(grouping) == grouping) {
        return counted;
    }
    QMap<QString, TallyRow> periods;
    for (const TallyRow &row : counted) {
        // A day's key, or a month's with its first day.
        const QDate date =
            QDate::fromString(row.key.size() == 7 ? row.key + QStringLiteral("-01") : row.key, Qt::ISODate);
        const QString key = periodKey(grouping, date);
        TallyRow &period = periods[key];
        period += row;
        period.key = key;
    }
    return periods.values();
}

Tally::Tally(TallyGrouping grouping, const QList<TallyRow> &counted, const QDate &from, const QDate &to)
    : m_grouping(grouping)
{
    if (!isPeriod(grouping)) {
        m_rows = counted;
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const TallyRow &a, const TallyRow &b) {
            return a.persons != b.persons ? a.persons > b.persons : a.key < b.key;
        });
        return;
    }
    QHash<QString, TallyRow> byKey;
    for (const auto &row : counted) {
        byKey.insert(row.key, row);
    }
    if (!from.isValid() || !to.isValid() || from > to) {
        m_rows = counted;
        std::sort(m_rows.begin(), m_rows.end(), [](const TallyRow &a, const TallyRow &b) { return a.key < b.key; });
        return;
    }
    // The first day of the period `from` is in, and one period on from a period's first day.
    QDate cursor = from;
    if (grouping == TallyGrouping::Week) {
        cursor = from.addDays(1 - from.dayOfWeek());
    } else if (grouping == TallyGrouping::Month) {
        cursor = QDate(from.year(), from.month(), 1);
    } else if (grouping == TallyGrouping::Quarter) {
        cursor = QDate(from.year(), (from.month() - 1) / 3 * 3 + 1, 1);
    } else if (grouping == TallyGrouping::Year) {
        cursor = QDate(from.year(), 1, 1);
    }
    const auto next = [grouping](const QDate &first) {
        switch (grouping) {
        case TallyGrouping::Week:
            return first.addDays(7);
        case TallyGrouping::Month:
            return first.addMonths(1);
        case TallyGrouping::Quarter:
            return first.addMonths(3);
        case TallyGrouping::Year:
            return first.addYears(1);
        default:
            return first.addDays(1);
        }
    };
    while (cursor <= to) {
        const QString key = periodKey(grouping, cursor);
        TallyRow row = byKey.value(key);
        row.key = key;
        m_rows << row;
        cursor = next(cursor);
    }
}

QDate Tally::periodStart(TallyGrouping grouping, const QString &key)
{
    const auto part = [&key](qsizetype from, qsizetype length) {
        bool ok = false;
        const int value = key.mid(from, length).toInt(&ok);
        return ok ? value : -1;
    };
    const int year = part(0, 4);
    switch (grouping) {
    case TallyGrouping::Day:
        return QDate::fromString(key, Qt::ISODate);
    case TallyGrouping::Month:
        return key.size() == 7 ? QDate(year, part(5, 2), 1) : QDate();
    case TallyGrouping::Year:
        return key.size() == 4 ? QDate(year, 1, 1) : QDate();
    case TallyGrouping::Quarter: {
        const int quarter = key.size() == 7 && key[5] == u'Q' ? part(6, 1) : -1;
        return quarter >= 1 && quarter <= 4 ? QDate(year, (quarter - 1) * 3 + 1, 1) : QDate();
    }
    case TallyGrouping::Week: {
        const int week = key.size() == 8 && key[5] == u'W' ? part(6, 2) : -1;
        // ISO 8601: week 1 is the week with 4 January in it.
        const QDate january4(year, 1, 4);
        const QDate monday = january4.addDays(1 - january4.dayOfWeek()).addDays(qint64(week - 1) * 7);
        return week >= 1 && periodKey(grouping, monday) == key ? monday : QDate();
    }
    default:
        return {};
    }
}

Tally Tally::cumulative(Restart restart) const
{
    Tally running = *this;
    if (!isPeriod(m_grouping)) {
        return running;
    }
    TallyRow sum;
    QDate previous;
    for (TallyRow &row : running.m_rows) {
        QDate start = periodStart(m_grouping, row.key);
        if (m_grouping == TallyGrouping::Week && start.isValid()) {
            // A week belongs to its ISO year (2025-W01 starts on 30 December 2024): it starts that year's total.
            start = QDate(row.key.left(4).toInt(), 1, 1);
        }
        const bool again = previous.isValid() && start.isValid()
                           && ((restart == Restart::Year && start.year() != previous.year())
                               || (restart == Restart::Month
                                   && (start.year() != previous.year() || start.month() != previous.month())));
        if (again) {
            sum = TallyRow{};
        }
        sum += row;
        const QString key = row.key;
        row = sum;
        row.key = key;
        previous = start;
    }
    return running;
}

RankedRows Tally::ranked(qsizetype kept) const
{
    RankedRows ranked;
    const qsizetype top = std::clamp<qsizetype>(kept, 0, m_rows.size());
    ranked.top = m_rows.first(top);
    for (qsizetype i = top; i < m_rows.size(); ++i) {
        ranked.rest += m_rows[i];
    }
    ranked.restCount = m_rows.size() - top;
    if (m_grouping == TallyGrouping::Nationality) {
        ranked.restCountsIncidents = false;
        ranked.rest.incidents = 0;
        ranked.rest.incidentsByOutcome = {};
    }
    return ranked;
}

TallyRow Tally::total() const
{
    TallyRow sum;
    for (const auto &row : m_rows) {
        sum += row;
    }
    return sum;
}

} // namespace borderlog
