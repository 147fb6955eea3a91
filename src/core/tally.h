// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"
#include "incidentfilter.h"
#include "outcome.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace borderlog {

// What the rows of a tally stand for.
enum class TallyGrouping {
    Day,
    Month,
    Year,
    Nationality,
    Location,
    Station,  // the locations' frontier stations (a station's name; see IncidentFilter::district)
    District, // the stations' frontier districts
    Week,     // ISO 8601 weeks, Monday to Sunday ("2021-W31"), folded from the days
    Quarter,  // calendar quarters ("2021-Q3"), folded from the months
};

QString tallyGroupingCode(TallyGrouping grouping); // "day", "month", ...
std::optional<TallyGrouping> tallyGroupingFromCode(const QString &code);
bool isPeriod(TallyGrouping grouping);

// How many of the persons were men, women, children and unaccompanied minors, as the nationality lines
// recorded them (the rest is not known).
struct GroupBreakdown
{
    qint64 men = 0;
    qint64 women = 0;
    qint64 children = 0;
    qint64 unaccompanied = 0;

    static GroupBreakdown of(const NationalityCount &line, int sign = 1)
    {
        return {qint64(sign) * line.men, qint64(sign) * line.women, qint64(sign) * line.children,
                qint64(sign) * line.unaccompanied};
    }
    qint64 known() const { return men + women + children + unaccompanied; }
    GroupBreakdown &operator+=(const GroupBreakdown &other)
    {
        men += other.men;
        women += other.women;
        children += other.children;
        unaccompanied += other.unaccompanied;
        return *this;
    }
    bool operator==(const GroupBreakdown &) const = default;
};

// What a tally counts: incidents, persons and persons per outcome, and on request the persons' breakdown (the
// tally CSV has it; the charts and the summary do not read it, and its four sums cost a tally over a year of
// days about a third of its time).
enum class TallyContent {
    Counts,
    WithBreakdown
};

// The numbers of one period, nationality or location.
struct TallyRow
{
    QString key; // YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn, YYYY, an alpha-2 code, a location, station or district
    qint64 incidents = 0;
    qint64 persons = 0;
    std::array<qint64, kAllOutcomes.size()> personsByOutcome{};
    std::array<qint64, kAllOutcomes.size()> incidentsByOutcome{}; // the daily report's; the tally CSV has none
    GroupBreakdown breakdown;                                     // zero unless read with TallyContent::WithBreakdown

    qint64 personsWith(Outcome outcome) const { return personsByOutcome[outcomeIndex(outcome)]; }
    qint64 incidentsWith(Outcome outcome) const { return incidentsByOutcome[outcomeIndex(outcome)]; }
    TallyRow &operator+=(const TallyRow &other);
    // Adds one counted aggregate row of an outcome.
    void add(Outcome outcome, qint64 incidentsCounted, qint64 personsCounted, const GroupBreakdown &counted = {});
    bool operator==(const TallyRow &) const = default;
};

// A span of days a storage reads from its aggregates: days from the daily rows, or whole months from the monthly
// ones (then `from` and `to` are the first days of the first and last month). Null bounds are open.
struct TallyPiece
{
    bool monthly = false;
    QDate from;
    QDate to;
};

// The first rows of a tally that is not a period's (most persons first) and the others summed into one: a
// chart's top nationalities, districts or stations and "other".
struct RankedRows
{
    QList<TallyRow> top;
    // The rows after the top ones, summed; its key is empty. Its persons and persons per outcome add up; its
    // incidents do for locations, stations and districts but are left at zero for nationalities, since a
    // mixed group is an incident of each of its nationalities.
    TallyRow rest;
    bool restCountsIncidents = true; // false for nationalities
    qsizetype restCount = 0;         // how many rows the rest sums
};

// Rows of a tally as the repository counted them, made continuous: every day, month or year of the
// range appears, with zeros where nothing happened. Rows of other groupings are ordered by persons.
class Tally
{
public:
    Tally() = default;
    Tally(TallyGrouping grouping, const QList<TallyRow> &counted, const QDate &from, const QDate &to);

    TallyGrouping grouping() const { return m_grouping; }
    const QList<TallyRow> &rows() const { return m_rows; }
    TallyRow total() const;
    // The key of a date under this tally's grouping ("2021-08" for Month, "2021-W31" for Week).
    static QString periodKey(TallyGrouping grouping, const QDate &date);
    // The grouping the storage counts a period grouping in (weeks from days, quarters from months), and its
    // rows folded into the period's: what IncidentReads asks the aggregates for and makes of their answer.
    static TallyGrouping countedAs(TallyGrouping grouping);
    static QList<TallyRow> folded(TallyGrouping grouping, const QList<TallyRow> &counted);
    // How a storage reads the days from `from` to `to` (null: open) from its aggregates: `daily`, every day from
    // the daily rows; else the whole months from the monthly rows and the days before and after them from the
    // daily ones, so that a tally over years reads a few thousand rows at any size.
    static QList<TallyPiece> pieces(const QDate &from, const QDate &to, bool daily);
    // The first day of the period a key of this grouping names ("2021-W31" → 2021-08-02); invalid when the key
    // is not one.
    static QDate periodStart(TallyGrouping grouping, const QString &key);

    // When a running total starts again from zero: never, with each calendar year (year-to-date), or with
    // each month (month-to-date).
    enum class Restart {
        Never,
        Year,
        Month
    };
    // The running totals of a period tally: each row the sum of its own and the rows before it (since the
    // restart), from the aggregates the tally was read from. Rows of other groupings are left as they are.
    Tally cumulative(Restart restart) const;
    // The first `kept` rows as they are and the others summed into the rest; the rows of a period tally in
    // their order, the others by persons.
    RankedRows ranked(qsizetype kept) const;

private:
    TallyGrouping m_grouping = TallyGrouping::Day;
    QList<TallyRow> m_rows;
};

} // namespace borderlog
