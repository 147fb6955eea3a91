// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tallychartview.h"

#include <functional>

class QBarCategoryAxis;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace borderlog {

// Persons per frontier district, station or nationality over a range: a horizontal bar per key, most
// persons on top, stacked by outcome, as many as fit the view's height with the rest summed in one last bar
// ("Other"); a name too long for the axis is shortened there and in full in the bar's tooltip.
class RankedChartView : public TallyChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RankedChartView)

public:
    using Labeller = std::function<QString(const QString &key)>;
    explicit RankedChartView(QWidget *parent = nullptr);

    // A tally by district, station or nationality; `labelOf` names a key for a person, `restLabel` names the
    // rest ("Other nationalities").
    void setTally(const Tally &tally, const Labeller &labelOf, const QString &restLabel);
    const Tally &tally() const { return m_tally; }
    // The bars shown (top down) and the rest, as the view's height lets them.
    const RankedRows &shown() const { return m_shown; }
    // The names on the axis, top down; for tests.
    QStringList axisLabels() const;
    // A bar's numbers (0 the top bar; the last the rest when there is one), as its tooltip shows them.
    QString tooltipText(int index) const;

protected:
    void sizeChanged(const QSize &oldSize) override;

private:
    // How many bars fit the view's height, the rest's among them.
    qsizetype barsThatFit() const;
    void showBars();
    qsizetype barCount() const;
    QString label(qsizetype index) const;

    QHorizontalStackedBarSeries *m_series;
    QBarCategoryAxis *m_names;
    QValueAxis *m_values = nullptr;
    Tally m_tally;
    Labeller m_labelOf;
    QString m_restLabel;
    RankedRows m_shown;
};

} // namespace borderlog
