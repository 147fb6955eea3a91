// SPDX-License-Identifier: GPL-3.0-or-later
#include "runningtotalchartview.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace borderlog {

RunningTotalChartView::RunningTotalChartView(QWidget *parent)
    : TallyChartView(parent)
    , m_categories(new QCategoryAxis)
{
    chart()->addAxis(m_categories, Qt::AlignBottom);
    m_values = addPersonsAxis(Qt::AlignLeft);
    m_categories->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_categories->setGridLineVisible(false);
    m_categories->setLabelsFont(labelsFont());
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

void RunningTotalChartView::setRunningTotal(const Tally &running, const QDate &upTo)
{
    m_running = running;
    m_upTo = upTo;
    const auto &rows = running.rows();
    // A single period is drawn as wide as a bar, not as a line of no width.
    const bool single = rows.size() == 1;
    QList<qreal> below(rows.size(), 0.0);
    for (qsizetype o = 0; o < m_areas.size(); ++o) {
        const Outcome outcome = kOutcomesListed[size_t(o)];
        QList<QPointF> lower;
        QList<QPointF> upper;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const qreal before = below[i];
            below[i] += qreal(rows[i].personsWith(outcome));
            for (const qreal x : single ? QList<qreal>{-0.4, 0.4} : QList<qreal>{qreal(i)}) {
                lower << QPointF(x, before);
                upper << QPointF(x, below[i]);
            }
        }
        m_areas[o]->lowerSeries()->replace(lower);
        m_areas[o]->upperSeries()->replace(upper);
    }
    placePeriodLabels(*m_categories, m_running);
    if (single) {
        m_categories->setRange(-0.5, 0.5);
    } else {
        m_categories->setRange(0, std::max<qreal>(1, qreal(rows.size()) - 1));
    }
    showScale(*m_values, rows);
}

QString RunningTotalChartView::tooltipText(int index) const
{
    if (index < 0 || index >= m_running.rows().size()) {
        return {};
    }
    const TallyRow &row = m_running.rows().at(index);
    // The last day a point counts: a day's own, a longer period's last (the day shown for the last period).
    QDate last = QDate::fromString(row.key, Qt::ISODate);
    if (m_running.grouping() != TallyGrouping::Day) {
        const QDate next = index + 1 < m_running.rows().size()
                               ? Tally::periodStart(m_running.grouping(), m_running.rows().at(index + 1).key)
                               : QDate();
        last = next.isValid() ? next.addDays(-1) : m_upTo;
    }
    if (m_upTo.isValid() && last.isValid()) {
        last = std::min(last, m_upTo);
    }
    const QString heading = last.isValid() ? QLocale().toString(last, QLocale::LongFormat) : row.key;
    //: A running total's tooltip heading: %1 the last day it counts, included.
    return rowTooltip(tr("Up to and including %1").arg(heading), row);
}

} // namespace borderlog
