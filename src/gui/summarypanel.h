// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentfilter.h"
#include "tally.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <utility>

class QTimer;

namespace Ui {
class SummaryPanel;
}

namespace borderlog {

class DayComparison;
class IncidentLog;
class OutcomeChartView;
class RankedChartView;
class TallyChartView;

// The supervisor's view of a day: its numbers beside the previous day's (incidents, persons, per
// outcome, top nationalities, per location), the daily chart over a chosen range ending on that day, and a
// second chart of the supervisor's choice: every year, the running total since a chosen date, the season (the
// same month of each year), or persons per frontier district, station or nationality over the range. All
// numbers are the core's tallies, under the log's filter.
class SummaryPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryPanel)

public:
    explicit SummaryPanel(IncidentLog &log, QWidget *parent = nullptr);
    ~SummaryPanel() override;

    QDate day() const;
    void setDay(const QDate &day);
    void setFilter(const IncidentFilter &filter);
    // The second chart's choices, in the order the Chart list offers them.
    enum class SecondChart {
        Yearly,
        RunningTotal,
        Season,
        Districts,
        Stations,
        Nationalities
    };
    OutcomeChartView *dailyChart() const;
    OutcomeChartView *yearlyChart() const;
    SecondChart secondChart() const;
    void showSecondChart(SecondChart chart);
    TallyChartView *secondChartView() const;

public slots:
    void refresh();
    // After File > Open: the last day with incidents.
    void showLatestDay();
    // Whether the day shown is open or signed off (who, when).
    void refreshDayStatus();
    // After the since-date preference was changed elsewhere (the daily report dialog): the running total's.
    void followSinceSetting();

private:
    void setUpNumbersTable();
    void setUpSecondChart();
    // After a change to incidents of the `touched` days: the parts that show them.
    void refreshFor(const QList<QDate> &touched);
    IncidentFilter dailyChartFilter() const;
    bool refreshDailyChart();
    bool refreshSecondChart();
    // The days the second chart shows (invalid dates: every day).
    std::pair<QDate, QDate> secondChartSpan() const;
    bool showYearly();
    bool showRunningTotal();
    bool showSeason();
    // `title` has %1 for the range ("2021-08-01 to 2021-08-30").
    bool showRanked(RankedChartView &view, TallyGrouping grouping, const QString &title, const QString &restLabel);
    void refreshNumbers(const IncidentFilter &dayFilter);
    void showNumbers(const DayComparison &comparison);
    void showError(const QString &message);

    std::unique_ptr<Ui::SummaryPanel> m_ui;
    IncidentLog &m_log;
    IncidentFilter m_filter; // location, nationality and outcome of the log's filter; dates are ignored
    QTimer *m_sinceSettled;  // the since-date typed, read once it rests
};

} // namespace borderlog
