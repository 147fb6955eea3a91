// SPDX-License-Identifier: GPL-3.0-or-later
#include "runningtotalchartview.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace borderlog {

RunningTotalChartView::RunningTotalChartView(QWidget *parent)
    : TallyChartView(parent)
    , m_categories(new QCategoryAxis)
    , m_values(new QValueAxis)
{
    chart()->addAxis(m_categories, Qt::AlignBottom);
    chart()->addAxis(m_values, Qt::AlignLeft);
    m_values->setLabelFormat(QStringLiteral("%d"));
    m_categories->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_categories->setGridLineVisible(false);
    m_categories->setLabelsFont(labelsFont());
    m_values->setLabelsFont(labelsFont());
    // Each area has its own upper and lower line (the outcomes below it), owned by it: no line is shared
    // between two areas, whatever order the chart deletes them in.
    for (Outcome outcome : kOutcomesListed) {
        auto *area = new QAreaSeries;
        auto *upper = new QLineSeries(area);
        auto *lower = new QLineSeries(area);
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        area->setName(outcomeLabel(outcome));
        area->setColor(outcomeColour(outcome));
        area->setPen(QPen(outcomeColour(outcome).darker(115), 1));
        chart()->addSeries(area);
        area->attachAxis(m_categories);
        area->attachAxis(m_values);
        connect(area, &QAreaSeries::hovered, this,
                [this](const QPointF &point, bool state) { showTooltip(state, tooltipText(qRound(point.x()))); });
        m_areas << area;
    }
}

void RunningTotalChartView::sizeChanged(const QSize &oldSize)
{
    if (size().width() != oldSize.width()) {
        placePeriodLabels(*m_categories, m_running);
    }
}

void RunningTotalChartView::setRunningTotal(const Tally &running)
{
    m_running = running;
    const auto &rows = running.rows();
    QList<qreal> below(rows.size(), 0.0);
    for (qsizetype o = 0; o < m_areas.size(); ++o) {
        const Outcome outcome = kOutcomesListed[size_t(o)];
        QList<QPointF> lower;
        QList<QPointF> upper;
        lower.reserve(rows.size());
        upper.reserve(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            lower << QPointF(qreal(i), below[i]);
            below[i] += qreal(rows[i].personsWith(outcome));
            upper << QPointF(qreal(i), below[i]);
        }
        m_areas[o]->lowerSeries()->replace(lower);
        m_areas[o]->upperSeries()->replace(upper);
    }
    const qint64 highest =
        rows.isEmpty() ? 0 : std::max_element(rows.cbegin(), rows.cend(), [](const auto &a, const auto &b) {
                                 return a.persons < b.persons;
                             })->persons;
    placePeriodLabels(*m_categories, m_running);
    setEmptyText(highest == 0 ? noIncidentsText() : QString());
    m_categories->setRange(0, std::max<qreal>(1, qreal(rows.size()) - 1));
    m_values->setRange(0, highest > 0 ? qreal(highest) * 1.1 : 10.0);
    m_values->applyNiceNumbers();
}

QString RunningTotalChartView::tooltipText(int index) const
{
    if (index < 0 || index >= m_running.rows().size()) {
        return {};
    }
    const TallyRow &row = m_running.rows().at(index);
    return rowTooltip(tr("Up to %1").arg(periodHeading(m_running.grouping(), row.key)), row);
}

} // namespace borderlog
