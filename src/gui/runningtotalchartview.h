// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tallychartview.h"

#include <QDate>

class QAreaSeries;
class QCategoryAxis;
class QValueAxis;

namespace borderlog {

// A running total since a chosen date: each outcome's persons summed up to each period, as stacked areas
// whose top is all persons so far; the exact numbers of a period in its tooltip.
class RunningTotalChartView : public TallyChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunningTotalChartView)

public:
    explicit RunningTotalChartView(QWidget *parent = nullptr);

    // The rows of Tally::cumulative: each the sum of its period and those before it, up to `upTo` (the last
    // day the last period counts, which a month's key does not say).
    void setRunningTotal(const Tally &running, const QDate &upTo);
    const Tally &runningTotal() const { return m_running; }
    // The areas, one per outcome in kOutcomesListed's order; for tests.
    const QList<QAreaSeries *> &areas() const { return m_areas; }
    // The numbers up to a period (its index), as its tooltip shows them.
    QString tooltipText(int index) const;

protected:
    void sizeChanged(const QSize &oldSize) override;

private:
    QList<QAreaSeries *> m_areas;
    QCategoryAxis *m_categories;
    QValueAxis *m_values = nullptr;
    Tally m_running;
    QDate m_upTo;
};

} // namespace borderlog
