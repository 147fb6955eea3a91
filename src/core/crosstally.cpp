// SPDX-License-Identifier: GPL-3.0-or-later
#include "crosstally.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace borderlog {

namespace {

// A counted key under its dimension: a day or month folded into its week or quarter.
QString foldedKey(const TallyDimension &dimension, const QString &key)
{
    if (dimension.isOutcome() || dimension.countedAs() == dimension) {
        return key;
    }
    const QDate date = Tally::periodStart(dimension.countedAs().grouping(), key);
    return Tally::periodKey(dimension.grouping(), date);
}

// Where each key of a dimension comes in the order.
QHash<QString, qint64> ranks(const TallyDimension &dimension, const QList<CrossTallyRow> &rows, bool first)
{
    QMap<QString, qint64> persons;
    for (const CrossTallyRow &row : rows) {
        persons[first ? row.first : row.second] += row.counts.persons;
    }
    QStringList keys = persons.keys(); // in key order: periods in time
    if (dimension.isOutcome()) {
        std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            return outcomeIndex(outcomeFromText(a).value_or(Outcome::Other))
                   < outcomeIndex(outcomeFromText(b).value_or(Outcome::Other));
        });
    } else if (!isPeriod(dimension.grouping())) {
        std::stable_sort(keys.begin(), keys.end(),
                         [&persons](const QString &a, const QString &b) { return persons[a] > persons[b]; });
    }
    QHash<QString, qint64> rank;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        rank.insert(keys[i], i);
    }
    return rank;
}

} // namespace

std::optional<TallyDimension> TallyDimension::fromCode(const QString &code)
{
    if (code.trimmed().compare(QStringLiteral("outcome"), Qt::CaseInsensitive) == 0) {
        return outcome();
    }
    if (const auto grouping = tallyGroupingFromCode(code)) {
        return of(*grouping);
    }
    return std::nullopt;
}

QString TallyDimension::code() const
{
    return m_grouping ? tallyGroupingCode(*m_grouping) : QStringLiteral("outcome");
}

QString TallyDimension::column() const
{
    return m_grouping && isPeriod(*m_grouping) ? QStringLiteral("period") : code();
}

CrossTally::CrossTally(TallyDimension first, TallyDimension second, const QList<CrossTallyRow> &counted)
    : m_first(first)
    , m_second(second)
{
    QMap<std::pair<QString, QString>, TallyRow> pairs;
    for (const CrossTallyRow &row : counted) {
        pairs[{foldedKey(first, row.first), foldedKey(second, row.second)}] += row.counts;
    }
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        m_rows << CrossTallyRow{it.key().first, it.key().second, it.value()};
    }
    const QHash<QString, qint64> firstRank = ranks(first, m_rows, true);
    const QHash<QString, qint64> secondRank = ranks(second, m_rows, false);
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const CrossTallyRow &a, const CrossTallyRow &b) {
        const qint64 fa = firstRank.value(a.first);
        const qint64 fb = firstRank.value(b.first);
        return fa != fb ? fa < fb : secondRank.value(a.second) < secondRank.value(b.second);
    });
}

} // namespace borderlog
