// SPDX-License-Identifier: GPL-3.0-or-later
#include "seasontally.h"

#include <algorithm>
#include <optional>

namespace borderlog {

SeasonTally SeasonTally::of(const Tally &months)
{
    SeasonTally season;
    if (months.grouping() != TallyGrouping::Month) {
        return season;
    }
    QList<QDate> starts;
    for (const TallyRow &row : months.rows()) {
        starts << Tally::periodStart(TallyGrouping::Month, row.key);
    }
    std::optional<int> firstYear;
    int last = 0;
    for (const QDate &start : starts) {
        if (start.isValid()) {
            firstYear = std::min(firstYear.value_or(start.year()), start.year());
            last = std::max(last, start.year());
        }
    }
    if (!firstYear) {
        return season;
    }
    const int first = *firstYear;
    for (int year = first; year <= last; ++year) {
        season.m_years << year;
        std::array<TallyRow, 12> each{};
        for (int m = 1; m <= 12; ++m) {
            each[size_t(m - 1)].key = Tally::periodKey(TallyGrouping::Month, QDate(year, m, 1));
        }
        season.m_months << each;
    }
    for (qsizetype i = 0; i < starts.size(); ++i) {
        if (starts[i].isValid()) {
            // Summing keeps the month's own key (TallyRow::operator+= adds the counts only).
            season.m_months[starts[i].year() - first][size_t(starts[i].month() - 1)] += months.rows()[i];
        }
    }
    return season;
}

const TallyRow &SeasonTally::at(int year, int month) const
{
    static const TallyRow none;
    const auto index = m_years.indexOf(year);
    if (index < 0 || month < 1 || month > 12) {
        return none;
    }
    return m_months[index][size_t(month - 1)];
}

qint64 SeasonTally::highestPersons() const
{
    qint64 highest = 0;
    for (const auto &year : m_months) {
        for (const TallyRow &month : year) {
            highest = std::max(highest, month.persons);
        }
    }
    return highest;
}

} // namespace borderlog
