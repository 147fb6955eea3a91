// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentfilter.h"
#include "result.h"
#include "tally.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace borderlog {

// A tally beside the same tally of an earlier time: "this July against last July", a week against the week
// before. Each row's own days are shifted, so that a period the range cuts short is compared with as many
// days, never with a whole period.
class TallyComparison
{
    Q_DECLARE_TR_FUNCTIONS(TallyComparison)

public:
    enum class Against {
        PreviousYear,   // the same days a year earlier (weeks: the same ISO week number and weekdays)
        PreviousPeriod, // periods: the period before each row; other groupings: the range of as many days before
    };
    static QString code(Against against); // "previous-year", "previous-period"
    static std::optional<Against> fromCode(const QString &code);

    struct Row
    {
        TallyRow row;
        QString comparedWith; // the compared period's key, or "FROM..TO" for other groupings
        TallyRow compared;
    };

    using TallyReader = std::function<Result<Tally>(const IncidentFilter &filter, TallyGrouping grouping)>;
    // Reads the tally and the one it is compared with (two tallies). A grouping that is not a period needs a
    // range (the filter's from and to), named as the field when missing.
    static Result<TallyComparison> read(const TallyReader &tally, const IncidentFilter &filter, TallyGrouping grouping,
                                        Against against);

    TallyGrouping grouping() const { return m_grouping; }
    Against against() const { return m_against; }
    const QList<Row> &rows() const { return m_rows; }

    // The change in persons, in percent of the compared persons with one decimal ("12.5", "-3.0"); empty when
    // nothing was compared with.
    static QString percentChange(qint64 now, qint64 before);
    // The date `date` is compared with.
    static QDate shifted(const QDate &date, TallyGrouping grouping, Against against, qint64 rangeDays);

private:
    TallyGrouping m_grouping = TallyGrouping::Day;
    Against m_against = Against::PreviousYear;
    QList<Row> m_rows;
};

} // namespace borderlog
