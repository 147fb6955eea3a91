// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tally.h"

#include <QList>
#include <QString>

#include <optional>

namespace borderlog {

// One dimension of a cross-tab: a tally grouping (a period, nationality, location, station, district) or the
// outcome.
class TallyDimension
{
public:
    static TallyDimension of(TallyGrouping grouping) { return TallyDimension(grouping); }
    static TallyDimension outcome() { return TallyDimension(std::nullopt); }
    // "district", "month", "outcome", ...
    static std::optional<TallyDimension> fromCode(const QString &code);
    QString code() const;
    // The CSV column its keys stand in: "period" for every period, as the tally CSV names it.
    QString column() const;

    bool isOutcome() const { return !m_grouping; }
    // The grouping; only when not the outcome.
    TallyGrouping grouping() const { return m_grouping.value_or(TallyGrouping::Day); }
    // The dimension the storage counts it in (weeks in days, quarters in months).
    TallyDimension countedAs() const { return m_grouping ? of(Tally::countedAs(*m_grouping)) : *this; }
    bool operator==(const TallyDimension &) const = default;

private:
    explicit TallyDimension(std::optional<TallyGrouping> grouping)
        : m_grouping(grouping)
    {}
    std::optional<TallyGrouping> m_grouping;
};

// The counts of one pair of keys: a district and an outcome, a station and a month, ...
struct CrossTallyRow
{
    QString first;
    QString second;
    TallyRow counts; // counts.key is empty
    bool operator==(const CrossTallyRow &) const = default;
};

// A tally of two dimensions, as the storage counted it: only the pairs that had incidents. Weeks and
// quarters are folded from the days and months they were counted in. Ordered by the first dimension, then
// the second: periods in time, outcomes in their codes' order, the others by their persons over the whole
// tally (most first), ties by key.
class CrossTally
{
public:
    CrossTally() = default;
    CrossTally(TallyDimension first, TallyDimension second, const QList<CrossTallyRow> &counted);

    const TallyDimension &first() const { return m_first; }
    const TallyDimension &second() const { return m_second; }
    const QList<CrossTallyRow> &rows() const { return m_rows; }

private:
    TallyDimension m_first = TallyDimension::outcome();
    TallyDimension m_second = TallyDimension::outcome();
    QList<CrossTallyRow> m_rows;
};

} // namespace borderlog
