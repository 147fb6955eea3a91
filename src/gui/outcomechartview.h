// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tallychartview.h"

class QCategoryAxis;
class QStackedBarSeries;
class QValueAxis;

namespace borderlog {

// Stacked bars of persons per outcome for each period of a tally, with the exact numbers in tooltips.
class OutcomeChartView : public TallyChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeChartView)

public:
    explicit OutcomeChartView(QWidget *parent = nullptr);

    void setTally(const Tally &tally);
    const Tally &tally() const { return m_tally; }
    QStackedBarSeries *series() const { return m_series; }
    // The bar's numbers, as its tooltip shows them; for tests.
    QString tooltipText(int index) const;

protected:
    void sizeChanged(const QSize &oldSize) override;

private:
    QStackedBarSeries *m_series;
    QCategoryAxis *m_categories;
    QValueAxis *m_values = nullptr;
    Tally m_tally;
};

} // namespace borderlog
