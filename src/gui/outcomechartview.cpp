// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcomechartview.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace borderlog {

OutcomeChartView::OutcomeChartView(QWidget *parent)
    : TallyChartView(parent)
    , m_series(new QStackedBarSeries)
    , m_categories(new QCategoryAxis)
{
    chart()->addSeries(m_series);
    chart()->addAxis(m_categories, Qt::AlignBottom);
    m_values = addPersonsAxis(Qt::AlignLeft);
    addOutcomeSets(*m_series);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_series->setBarWidth(0.85);
    m_categories->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_categories->setGridLineVisible(false);
    m_categories->setLabelsFont(labelsFont());
    connect(m_series, &QStackedBarSeries::hovered, this,
            [this](bool hovered, int index) { showTooltip(hovered, tooltipText(index)); });
}

void OutcomeChartView::sizeChanged(const QSize &oldSize)
{
    if (size().width() != oldSize.width()) {
        placePeriodLabels(*m_categories, m_tally);
    }
}

void OutcomeChartView::setTally(const Tally &tally)
{
    m_tally = tally;
    const auto &rows = tally.rows();
    setOutcomeValues(*m_series, rows);
    placePeriodLabels(*m_categories, m_tally);
    m_categories->setRange(-0.5, std::max<qreal>(0.5, qreal(rows.size()) - 0.5));
    showScale(*m_values, rows);
}

QString OutcomeChartView::tooltipText(int index) const
{
    if (index < 0 || index >= m_tally.rows().size()) {
        return {};
    }
    const TallyRow &row = m_tally.rows().at(index);
    return rowTooltip(periodHeading(m_tally.grouping(), row.key), row);
}

} // namespace borderlog
