// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tally.h"

#include <QChartView>

class QAbstractBarSeries;
class QCategoryAxis;
class QLabel;
class QTimer;
class QValueAxis;

namespace borderlog {

// What the summary's charts have in common: a chart without animation or margins, small axis labels and no
// axis titles (each chart's title says what it counts: a small chart at 1366×768 has no room for both), a line
// that says why a chart is empty instead of bare axes, tooltips that stay while the pointer rests on a bar,
// and one colour per outcome, the same in every chart. The charts only display: their numbers come from the
// core's tallies.
class TallyChartView : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TallyChartView)

public:
    explicit TallyChartView(QWidget *parent = nullptr);

    // As tall as its minimum: a panel of charts asks for no more than the screen has, and its layout shares
    // out what is left (QGraphicsView would ask for its whole scene).
    QSize sizeHint() const override;
    void setTitle(const QString &title);
    // What an empty chart says instead of showing bare axes, or nothing.
    QString emptyText() const;
    void setEmptyText(const QString &text);

    // The outcomes' colours and names, for one legend above the charts (Qt's own legend cuts long names).
    static QColor outcomeColour(Outcome outcome);
    static QString legendHtml();
    // "No incidents in this period yet…": what a chart without any person says.
    static QString noIncidentsText();

protected:
    // Room the value axis and the chart's margins take from the view's width (pixels, about).
    static constexpr int kValueAxisWidth = 70;

    QFont labelsFont() const;
    // The persons' axis, whole numbers in the small font, added to the chart at `alignment`.
    QValueAxis *addPersonsAxis(Qt::Alignment alignment);
    // The persons' axis up to a little above `highest`, in round steps; a chart without persons says so
    // instead (noIncidentsText).
    void showScale(QValueAxis &axis, qint64 highest);
    // The same for bars or points of `rows`: up to the most persons of any of them.
    void showScale(QValueAxis &axis, const QList<TallyRow> &rows);
    // Shows `text` at the pointer while it rests there (a minute at most); hides it a moment after the pointer
    // left, so that moving from one part of a bar to the next keeps it.
    void showTooltip(bool hovered, const QString &text);
    void resizeEvent(QResizeEvent *event) override;
    // After the view's size changed: labels placed again to fit it.
    virtual void sizeChanged(const QSize &oldSize) { Q_UNUSED(oldSize) }

    // One bar set per outcome (in kOutcomesListed's order, the legend's), in the outcome's colour.
    static void addOutcomeSets(QAbstractBarSeries &series);
    // Each outcome's persons of `rows`, one bar per row, into the sets addOutcomeSets made.
    static void setOutcomeValues(QAbstractBarSeries &series, const QList<TallyRow> &rows);
    // A tooltip's lines: the heading, incidents and persons (persons only when `withIncidents` is false) and
    // the persons of each outcome there are.
    static QString rowTooltip(const QString &heading, const TallyRow &row, bool withIncidents = true);

    // A period's label on an axis: "3 Aug" for a day (with the year when `withYear`), the key otherwise.
    static QString periodLabel(TallyGrouping grouping, const QString &key, bool withYear);
    // A period's tooltip heading: the day as the locale writes it, with its year; other periods as their keys.
    static QString periodHeading(TallyGrouping grouping, const QString &key);
    // Labels for the rows of a period tally on a category axis that has them at 0, 1, 2, …: a label on every
    // few rows, as many as fit side by side in full (at most 6 days or 12 other periods), with the year on
    // the first and where the range crosses into another year.
    void placePeriodLabels(QCategoryAxis &axis, const Tally &tally) const;

private:
    QLabel *m_empty;
    QTimer *m_hideTooltip;
};

} // namespace borderlog
