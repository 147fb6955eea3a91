// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentfilter.h"
#include "result.h"
#include "tally.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <functional>
#include <optional>

namespace borderlog {

// One line of a day compared with the day before: a nationality, a location, or the rest of them.
struct ComparedCount
{
    QString key; // an alpha-2 code or a location name; empty for the rest
    qint64 onDay = 0;
    qint64 onDayBefore = 0;

    qint64 difference() const { return onDay - onDayBefore; }
    bool operator==(const ComparedCount &) const = default;
};

// The lines of one grouping on the day, most persons first, cut after the top ones; what was cut is
// summed in rest.
struct ComparedSection
{
    QList<ComparedCount> lines;
    std::optional<ComparedCount> rest;
};

// The supervisor's numbers of a day beside the day before's: incidents, persons and persons per outcome,
// the top nationalities and the locations (in persons). Built from the core's tallies under one filter.
class DayComparison
{
    Q_DECLARE_TR_FUNCTIONS(DayComparison)

public:
    // Reads a tally (IncidentLog::tally, or a stand-in in tests).
    using TallyReader = std::function<Result<Tally>(const IncidentFilter &filter, TallyGrouping grouping)>;
    // How many lines each section keeps; the rest is summed. Unlimited when not set.
    struct Limits
    {
        std::optional<int> nationalities;
        std::optional<int> locations;
    };

    // The day under base's location, nationality and outcome (its dates are ignored), read with nine tallies.
    static Result<DayComparison> read(const TallyReader &tally, const IncidentFilter &base, const QDate &day,
                                      Limits limits);
    // The same from tallies already read: by day over the two days, and by nationality and by location on
    // each of them.
    static Result<DayComparison> fromTallies(const QDate &day, const Tally &byDay, const Tally &nationalities,
                                             const Tally &nationalitiesBefore, const Tally &locations,
                                             const Tally &locationsBefore, Limits limits);

    QDate day() const { return m_day; }
    QDate dayBefore() const { return m_day.addDays(-1); }
    const TallyRow &onDay() const { return m_onDay; }
    const TallyRow &onDayBefore() const { return m_onDayBefore; }
    ComparedCount incidents() const;
    ComparedCount persons() const;
    ComparedCount persons(Outcome outcome) const;
    const ComparedSection &nationalities() const { return m_nationalities; }
    const ComparedSection &locations() const { return m_locations; }
    // The frontier districts and stations of the two days (read() only; unlimited).
    const ComparedSection &districts() const { return m_districts; }
    const ComparedSection &stations() const { return m_stations; }

private:
    QDate m_day;
    TallyRow m_onDay;
    TallyRow m_onDayBefore;
    ComparedSection m_nationalities;
    ComparedSection m_locations;
    ComparedSection m_districts;
    ComparedSection m_stations;
};

} // namespace borderlog
