// SPDX-License-Identifier: GPL-3.0-or-later
#include "tally.h"

#include <QHash>

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
    }
    return {};
}

std::optional<TallyGrouping> tallyGroupingFromCode(const QString &code)
{
    for (auto g : {TallyGrouping::Day, TallyGrouping::Month, TallyGrouping::Year, TallyGrouping::Nationality,
                   TallyGrouping::Location, TallyGrouping::Station, TallyGrouping::District}) {
        if (tallyGroupingCode(g) == code.trimmed().toLower()) {
            return g;
        }
    }
    return std::nullopt;
}

bool isPeriod(TallyGrouping grouping)
{
    return grouping == TallyGrouping::Day || grouping == TallyGrouping::Month || grouping == TallyGrouping::Year;
}

TallyRow &TallyRow::operator+=(const TallyRow &other)
{
    incidents += other.incidents;
    persons += other.persons;
    for (size_t i = 0; i < personsByOutcome.size(); ++i) {
        personsByOutcome[i] += other.personsByOutcome[i];
    }
    breakdown += other.breakdown;
    return *this;
}

QString Tally::periodKey(TallyGrouping grouping, const QDate &date)
{
    switch (grouping) {
    case TallyGrouping::Month:
        return date.toString(QStringLiteral("yyyy-MM"));
    case TallyGrouping::Year:
        return date.toString(QStringLiteral("yyyy"));
    default:
        return date.toString(Qt::ISODate);
    }
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
    QDate cursor = from;
    if (grouping == TallyGrouping::Month) {
        cursor = QDate(from.year(), from.month(), 1);
    } else if (grouping == TallyGrouping::Year) {
        cursor = QDate(from.year(), 1, 1);
    }
    while (cursor <= to) {
        const QString key = periodKey(grouping, cursor);
        TallyRow row = byKey.value(key);
        row.key = key;
        m_rows << row;
        cursor = grouping == TallyGrouping::Day     ? cursor.addDays(1)
                 : grouping == TallyGrouping::Month ? cursor.addMonths(1)
                                                    : cursor.addYears(1);
    }
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
