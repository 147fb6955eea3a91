// SPDX-License-Identifier: GPL-3.0-or-later
#include "daycomparison.h"

#include <algorithm>
#include <initializer_list>

namespace borderlog {

namespace {

qint64 personsOf(const Tally &tally, const QString &key)
{
    for (const auto &row : tally.rows()) {
        if (row.key == key) {
            return row.persons;
        }
    }
    return 0;
}

ComparedSection compare(const Tally &onDay, const Tally &onDayBefore, std::optional<int> limit)
{
    ComparedSection section;
    const qsizetype kept = limit ? std::min<qsizetype>(std::max(*limit, 0), onDay.rows().size()) : onDay.rows().size();
    for (qsizetype i = 0; i < kept; ++i) {
        const TallyRow &row = onDay.rows().at(i);
        section.lines << ComparedCount{row.key, row.persons, personsOf(onDayBefore, row.key)};
    }
    if (kept == onDay.rows().size()) {
        return section;
    }
    // The rest of the day before is what it had outside the lines kept, whichever keys those were.
    ComparedCount rest{QString(), onDay.total().persons, onDayBefore.total().persons};
    for (const auto &line : section.lines) {
        rest.onDay -= line.onDay;
        rest.onDayBefore -= line.onDayBefore;
    }
    section.rest = rest;
    return section;
}

IncidentFilter between(IncidentFilter filter, const QDate &from, const QDate &to)
{
    filter.from = from;
    filter.to = to;
    return filter;
}

} // namespace

Result<DayComparison> DayComparison::read(const TallyReader &tally, const IncidentFilter &base, const QDate &day,
                                          Limits limits)
{
    const QDate before = day.addDays(-1);
    auto byDay = tally(between(base, before, day), TallyGrouping::Day);
    auto nationalities = tally(between(base, day, day), TallyGrouping::Nationality);
    auto nationalitiesBefore = tally(between(base, before, before), TallyGrouping::Nationality);
    auto locations = tally(between(base, day, day), TallyGrouping::Location);
    auto locationsBefore = tally(between(base, before, before), TallyGrouping::Location);
    for (const auto *read : {&nationalities, &nationalitiesBefore, &locations, &locationsBefore}) {
        if (!*read) {
            return read->failure();
        }
    }
    if (!byDay) {
        return byDay.failure();
    }
    auto comparison =
        fromTallies(day, *byDay, *nationalities, *nationalitiesBefore, *locations, *locationsBefore, limits);
    if (!comparison) {
        return comparison;
    }
    const std::pair<TallyGrouping, ComparedSection DayComparison::*> levels[] = {
        {TallyGrouping::District, &DayComparison::m_districts}, {TallyGrouping::Station, &DayComparison::m_stations}};
    for (const auto &[grouping, section] : levels) {
        auto onDay = tally(between(base, day, day), grouping);
        auto onDayBefore = tally(between(base, before, before), grouping);
        if (!onDay || !onDayBefore) {
            return !onDay ? onDay.failure() : onDayBefore.failure();
        }
        (comparison.value().*section) = compare(*onDay, *onDayBefore, std::nullopt);
    }
    return comparison;
}

Result<DayComparison> DayComparison::fromTallies(const QDate &day, const Tally &byDay, const Tally &nationalities,
                                                 const Tally &nationalitiesBefore, const Tally &locations,
                                                 const Tally &locationsBefore, Limits limits)
{
    if (byDay.rows().size() != 2) {
        return Failure::storage(tr("The day's tally is incomplete."));
    }
    DayComparison comparison;
    comparison.m_day = day;
    comparison.m_onDayBefore = byDay.rows().at(0);
    comparison.m_onDay = byDay.rows().at(1);
    comparison.m_nationalities = compare(nationalities, nationalitiesBefore, limits.nationalities);
    comparison.m_locations = compare(locations, locationsBefore, limits.locations);
    return comparison;
}

ComparedCount DayComparison::incidents() const
{
    return {QString(), m_onDay.incidents, m_onDayBefore.incidents};
}

ComparedCount DayComparison::persons() const
{
    return {QString(), m_onDay.persons, m_onDayBefore.persons};
}

ComparedCount DayComparison::persons(Outcome outcome) const
{
    return {outcomeCode(outcome), m_onDay.personsWith(outcome), m_onDayBefore.personsWith(outcome)};
}

} // namespace borderlog
