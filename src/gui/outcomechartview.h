// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tally.h"

#include <QChartView>

class QCategoryAxis;
class QLabel;
class QTimer;
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
    // The outcomes' colours and names, for one legend under the charts (Qt's own legend cuts long names).
    static QString legendHtml();
    // What an empty chart says instead of showing bare axes ("record one in the form…"), or nothing.
    QString emptyText() const;
    // The bar's numbers, as its tooltip shows them; for tests.
    QString tooltipText(int index) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showTooltip(bool hovered, int index);
    void placeCategoryLabels();
    // A day's label: "3 Aug", with the year where the range crosses into another one ("1 Jan 2022").
    QString categoryLabel(const QString &key, bool withYear) const;

    QStackedBarSeries *m_series;
    QCategoryAxis *m_categories;
    QValueAxis *m_values;
    QLabel *m_empty;
    QTimer *m_hideTooltip; // moving from one outcome's part of a bar to another's keeps the tooltip
    Tally m_tally;
};

} // namespace borderlog
