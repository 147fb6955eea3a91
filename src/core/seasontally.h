// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tally.h"

#include <QList>

#include <array>

namespace borderlog {

// The same month of several years side by side (the season: this July against the Julys before it): each
// month's numbers in each year, from a tally by month.
class SeasonTally
{
public:
    SeasonTally() = default;
    // From a tally by month; the years are those its rows span, every month of them present (zero where the
    // tally had nothing). A tally of another grouping gives an empty season.
    static SeasonTally of(const Tally &months);

    const QList<int> &years() const { return m_years; }
    // The numbers of a month (1 to 12) of one of the years; a zero row for any other year or month.
    const TallyRow &at(int year, int month) const;
    // The most persons in any one month of any year (the chart's scale).
    qint64 highestPersons() const;

private:
    QList<int> m_years;
    QList<std::array<TallyRow, 12>> m_months; // m_months[i] are the months of m_years[i]
};

} // namespace borderlog
