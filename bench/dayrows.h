// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"

#include <QDate>
#include <QList>

#include <algorithm>
#include <utility>

namespace borderlog::bench {

// The table's first row of each day, newest day first, as the table shows them.
struct DayRows
{
    QList<std::pair<QDate, qint64>> counts; // newest first
    QList<qint64> firstRow;
    qint64 total = 0;

    explicit DayRows(QList<std::pair<QDate, qint64>> perDay)
        : counts(std::move(perDay))
    {
        std::reverse(counts.begin(), counts.end());
        for (const auto &c : counts) {
            firstRow << total;
            total += c.second;
        }
    }

    // The request of the page of 200 rows that starts at `row`.
    IncidentPageRequest pageAt(qint64 row) const
    {
        const qsizetype day = (std::upper_bound(firstRow.cbegin(), firstRow.cend(), row) - firstRow.cbegin()) - 1;
        IncidentPageRequest request;
        request.descending = true;
        request.day = counts[day].first;
        request.skipInDay = int(row - firstRow[day]);
        request.limit = 200;
        return request;
    }
};

} // namespace borderlog::bench
