// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seasontally.h"
#include "tallychartview.h"

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

namespace borderlog {

// The season: January to December along the axis, for each month a bar per year side by side (this July
// beside the Julys before it), the latest year darkest; the exact numbers of a month of a year in its tooltip.
class SeasonChartView : public TallyChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeasonChartView)

public:
    explicit SeasonChartView(QWidget *parent = nullptr);

    void setSeason(const SeasonTally &season);
    const SeasonTally &season() const { return m_season; }
    QBarSeries *series() const { return m_series; }
    // A month's (1 to 12) numbers in a year, as its tooltip shows them.
    QString tooltipText(int year, int month) const;

protected:
    void sizeChanged(const QSize &oldSize) override;

private:
    // The months' short names ("Jul") where twelve of them fit side by side, their numbers (7) where not.
    void placeMonthLabels();

    QBarSeries *m_series;
    QBarCategoryAxis *m_months;
    QValueAxis *m_values = nullptr;
    SeasonTally m_season;
};

} // namespace borderlog
