// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankedchartview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetrics>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace borderlog {

namespace {

// Room the chart's title and value axis take from the view's height (pixels, about).
constexpr int kTitleAndAxisHeight = 48;
constexpr qsizetype kFewestBars = 2;
constexpr qsizetype kMostBars = 20;

} // namespace

RankedChartView::RankedChartView(QWidget *parent)
    : TallyChartView(parent)
    , m_series(new QHorizontalStackedBarSeries)
    , m_names(new QBarCategoryAxis)
{
    chart()->addSeries(m_series);
    chart()->addAxis(m_names, Qt::AlignLeft);
    m_values = addPersonsAxis(Qt::AlignBottom);
    addOutcomeSets(*m_series);
    m_series->attachAxis(m_names);
    m_series->attachAxis(m_values);
    m_series->setBarWidth(0.8);
    m_names->setGridLineVisible(false);
    m_names->setLabelsFont(labelsFont());
    // Qt counts horizontal bars from the bottom; the view's index counts from the top.
    connect(m_series, &QHorizontalStackedBarSeries::hovered, this,
            [this](bool hovered, int index) { showTooltip(hovered, tooltipText(int(barCount()) - 1 - index)); });
}

void RankedChartView::setTally(const Tally &tally, const Labeller &labelOf, const QString &restLabel)
{
    m_tally = tally;
    m_labelOf = labelOf;
    m_restLabel = restLabel;
    showBars();
}

void RankedChartView::sizeChanged(const QSize &oldSize)
{
    Q_UNUSED(oldSize)
    showBars();
}

qsizetype RankedChartView::barsThatFit() const
{
    // Qt Charts shortens a name to "..." where the bars stand closer than about two lines of it.
    const int perBar = QFontMetrics(labelsFont()).height() * 3;
    return std::clamp<qsizetype>((height() - kTitleAndAxisHeight) / perBar, kFewestBars, kMostBars);
}

qsizetype RankedChartView::barCount() const
{
    return m_shown.top.size() + (m_shown.restCount > 0 ? 1 : 0);
}

QString RankedChartView::label(qsizetype index) const
{
    if (index < m_shown.top.size()) {
        return m_labelOf ? m_labelOf(m_shown.top[index].key) : m_shown.top[index].key;
    }
    return m_restLabel;
}

void RankedChartView::showBars()
{
    const qsizetype fit = barsThatFit();
    // All of them when they fit; otherwise one bar less than fits, and the rest in the last.
    m_shown = m_tally.ranked(m_tally.rows().size() <= fit ? fit : fit - 1);
    QList<TallyRow> bottomUp = m_shown.top;
    if (m_shown.restCount > 0) {
        bottomUp << m_shown.rest;
    }
    std::reverse(bottomUp.begin(), bottomUp.end());
    setOutcomeValues(*m_series, bottomUp);

    // Names shortened to a third of the width; the axis needs them distinct, so a name shortened to one
    // already there gets zero-width spaces after it (invisible).
    const QFontMetrics metrics(m_names->labelsFont());
    const int widest = std::max(60, width() / 3);
    QStringList names;
    for (qsizetype i = barCount() - 1; i >= 0; --i) {
        QString name = metrics.elidedText(label(i), Qt::ElideRight, widest);
        while (names.contains(name)) {
            name += QChar(0x200B);
        }
        names << name;
    }
    m_names->clear();
    m_names->append(names);
    showScale(*m_values, bottomUp);
}

QStringList RankedChartView::axisLabels() const
{
    QStringList topDown = m_names->categories();
    std::reverse(topDown.begin(), topDown.end());
    return topDown;
}

QString RankedChartView::tooltipText(int index) const
{
    if (index < 0 || index >= barCount()) {
        return {};
    }
    if (index < m_shown.top.size()) {
        return rowTooltip(label(index), m_shown.top[index]);
    }
    return rowTooltip(label(index), m_shown.rest, m_shown.restCountsIncidents);
}

} // namespace borderlog
