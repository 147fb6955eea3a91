// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tally.h"

#include <QChartView>

class QCategoryAxis;
class QStackedBarSeries;
class QValueAxis;

namespace borderlog {

// Stacked bars of persons per outcome for each period of a tally, with the exact numbers in tooltips.
// Only displays: the numbers come from the core's Tally.
class OutcomeChartView : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeChartView)

public:
    explicit OutcomeChartView(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setTally(const Tally &tally);
    const Tally &tally() const { return m_tally; }
    QStackedBarSeries *series() const { return m_series; }

private:
    void showTooltip(bool hovered, int index);
    QString categoryLabel(const QString &key) const;

    QStackedBarSeries *m_series;
    QCategoryAxis *m_categories;
    QValueAxis *m_values;
    Tally m_tally;
};

} // namespace borderlog
