// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentfilter.h"

#include <QDate>
#include <QWidget>

#include <memory>

namespace Ui {
class SummaryPanel;
}

namespace borderlog {

class DayComparison;
class IncidentLog;
class OutcomeChartView;

// The supervisor's view of a day: its numbers beside the previous day's (incidents, persons, per
// outcome, top nationalities, per location), the daily chart over a chosen range ending on that day
// and the yearly chart over all years. All numbers are the core's tallies, under the log's filter.
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
    OutcomeChartView *dailyChart() const;
    OutcomeChartView *yearlyChart() const;

public slots:
    void refresh();
    // After File > Open: the last day with incidents.
    void showLatestDay();
    // Whether the day shown is open or signed off (who, when).
    void refreshDayStatus();

private:
    // After a change to incidents of the `touched` days: the parts that show them.
    void refreshFor(const QList<QDate> &touched);
    IncidentFilter dailyChartFilter() const;
    bool refreshDailyChart();
    bool refreshYearlyChart();
    void refreshNumbers(const IncidentFilter &dayFilter);
    void showNumbers(const DayComparison &comparison);
    void showError(const QString &message);

    std::unique_ptr<Ui::SummaryPanel> m_ui;
    IncidentLog &m_log;
    IncidentFilter m_filter; // location, nationality and outcome of the log's filter; dates are ignored
};

} // namespace borderlog
