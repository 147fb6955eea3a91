// SPDX-License-Identifier: GPL-3.0-or-later
#include "tallycomparison.h"

#include "incidenttext.h"

#include <QHash>

namespace borderlog {

namespace {

// The last day of the period `date` is in.
QDate periodEnd(const QDate &date, TallyGrouping grouping)
{
    switch (grouping) {
    case TallyGrouping::Week:
        return date.addDays(7 - date.dayOfWeek());
    case TallyGrouping::Month:
        return QDate(date.year(), date.month(), date.daysInMonth());
    case TallyGrouping::Quarter: {
        const QDate first(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
        return first.addMonths(3).addDays(-1);
    }
    case TallyGrouping::Year:
        return QDate(date.year(), 12, 31);
    default:
        return date;
    }
}

} // namespace

QString TallyComparison::code(Against against)
{
    return against == Against::PreviousYear ? QStringLiteral("previous-year") : QStringLiteral("previous-period");
}

std::optional<TallyComparison::Against> TallyComparison::fromCode(const QString &code)
{
    for (const Against a : {Against::PreviousYear, Against::PreviousPeriod}) {
        if (code.trimmed().compare(TallyComparison::code(a), Qt::CaseInsensitive) == 0) {
            return a;
        }
    }
    return std::nullopt;
}

QDate TallyComparison::shifted(const QDate &date, TallyGrouping grouping, Against against, qint64 rangeDays)
{
    if (!isPeriod(grouping)) {
        return against == Against::PreviousYear ? date.addYears(-1) : date.addDays(-rangeDays);
    }
    if (grouping == TallyGrouping::Day) {
        return against == Against::PreviousYear ? date.addYears(-1) : date.addDays(-1);
    }
    if (grouping == TallyGrouping::Week) {
        if (against == Against::PreviousPeriod) {
            return date.addDays(-7);
        }
        // The same ISO week number a year earlier, the same weekday; week 53 of a year after one without a
        // week 53 is compared with week 52.
        int year = 0;
        const int week = date.weekNumber(&year);
        const auto monday = [](int y, int w) {
            return Tally::periodStart(TallyGrouping::Week,
                                      QStringLiteral("%1-W%2").arg(y, 4, 10, QChar(u'0')).arg(w, 2, 10, QChar(u'0')));
        };
        QDate start = monday(year - 1, week);
        if (!start.isValid()) {
            start = monday(year - 1, 52);
        }
        return start.addDays(date.dayOfWeek() - 1);
    }
    const int months = against == Against::PreviousYear     ? 12
                       : grouping == TallyGrouping::Month   ? 1
                       : grouping == TallyGrouping::Quarter ? 3
                                                            : 12;
    const QDate moved = date.addMonths(-months);
    // The last day of a period stays the last day of the period it moves to (31 August → 31 July).
    return date == periodEnd(date, grouping) ? periodEnd(moved, grouping) : moved;
}

QString TallyComparison::percentChange(qint64 now, qint64 before)
{
    if (before == 0) {
        return {};
    }
    return QString::number(100.0 * double(now - before) / double(before), 'f', 1);
}

Result<TallyComparison> TallyComparison::read(const TallyReader &tally, const IncidentFilter &filter,
                                              TallyGrouping grouping, Against against)
{
    if (!isPeriod(grouping) && (!filter.from.isValid() || !filter.to.isValid())) {
        return Failure::invalid(QList<FieldError>{
            {QStringLiteral("compare"), tr("a tally by %1 is compared over a range of days: give its first and last "
                                           "date (from, to)")
                                            .arg(tallyGroupingCode(grouping))}});
    }
    auto now = tally(filter, grouping);
    if (!now) {
        return now.failure();
    }
    TallyComparison comparison;
    comparison.m_grouping = grouping;
    comparison.m_against = against;
    if (now->rows().isEmpty()) {
        return comparison;
    }
    const QDate from = filter.from.isValid() ? filter.from : Tally::periodStart(grouping, now->rows().first().key);
    const QDate to =
        filter.to.isValid() ? filter.to : periodEnd(Tally::periodStart(grouping, now->rows().last().key), grouping);
    const qint64 rangeDays = from.daysTo(to) + 1;
    IncidentFilter earlier = filter;
    earlier.from = shifted(from, grouping, against, rangeDays);
    earlier.to = shifted(to, grouping, against, rangeDays);
    auto before = tally(earlier, grouping);
    if (!before) {
        return before.failure();
    }
    QHash<QString, TallyRow> byKey;
    for (const TallyRow &row : before->rows()) {
        byKey.insert(row.key, row);
    }
    const QString range =
        IncidentText::formatDate(earlier.from) + QStringLiteral("..") + IncidentText::formatDate(earlier.to);
    for (const TallyRow &row : now->rows()) {
        Row compared{row, range, {}};
        if (isPeriod(grouping)) {
            const QDate start = std::max(from, Tally::periodStart(grouping, row.key));
            compared.comparedWith = Tally::periodKey(grouping, shifted(start, grouping, against, rangeDays));
        }
        const QString key = isPeriod(grouping) ? compared.comparedWith : row.key;
        compared.compared = byKey.value(key);
        compared.compared.key = key;
        comparison.m_rows << compared;
    }
    return comparison;
}

} // namespace borderlog
