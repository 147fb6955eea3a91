// SPDX-License-Identifier: GPL-3.0-or-later
// The summary's second chart: every year, the running total since a chosen date, the season, and persons per
// frontier district, station and nationality over the range; each fed from the core's tallies, with the exact
// numbers in its tooltips, read again after a save it shows, kept as a preference and saved as a picture.
#include "applicationidentity.h"
#include "dailyreport.h"
#include "dailyreportdialog.h"
#include "locationhierarchy.h"
#include "outcomechartview.h"
#include "rankedchartview.h"
#include "runningtotalchartview.h"
#include "seasonchartview.h"
#include "summarypanel.h"
#include "testdatabase.h"

#include <QAction>
#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QDateEdit>
#include <QLineSeries>
#include <QScopeGuard>
#include <QSettings>
#include <QStackedBarSeries>
#include <QTest>
#include <QToolTip>

#include <catch2/catch.hpp>

using namespace borderlog;
using test::placed;

namespace {

const QDate kShownDay(2021, 8, 4);

// Two districts with a station each: Vilnius (Medininkai) and Varėna (Druskininkai); a July 2020, the
// Julys and Augusts of 2021 around the seed article's days.
void fill(IncidentLog &log)
{
    const QString vilnius = QStringLiteral("Vilniaus pasienio rinktinė");
    const QString varena = QStringLiteral("Varėnos pasienio rinktinė");
    REQUIRE(log.locations().addDistrict(DistrictRecord{vilnius, {}, false}).ok());
    REQUIRE(log.locations().addDistrict(DistrictRecord{varena, {}, false}).ok());
    REQUIRE(log.locations().addStation(StationRecord{vilnius, QStringLiteral("Medininkų užkarda"), {}, false}).ok());
    REQUIRE(log.locations().addStation(StationRecord{varena, QStringLiteral("Druskininkų užkarda"), {}, false}).ok());
    REQUIRE(
        log.locations().add(placed(QStringLiteral("Medininkai"), vilnius, QStringLiteral("Medininkų užkarda"))).ok());
    REQUIRE(log.locations()
                .add(placed(QStringLiteral("Druskininkai"), varena, QStringLiteral("Druskininkų užkarda")))
                .ok());
    const auto record = [&log](const QDate &day, const char *location, const char *nationality, int persons,
                               Outcome outcome) {
        REQUIRE(log.incidents()
                    .record(test::draft(day, QString::fromUtf8(location), QString::fromLatin1(nationality), persons,
                                        outcome))
                    .ok());
    };
    record(QDate(2020, 7, 10), "Druskininkai", "AF", 5, Outcome::Detained);
    record(QDate(2021, 7, 15), "Medininkai", "IQ", 10, Outcome::Detained);
    record(QDate(2021, 8, 2), "Medininkai", "IQ", 287, Outcome::Detained);
    record(QDate(2021, 8, 3), "Druskininkai", "SY", 180, Outcome::TurnedBack);
    record(QDate(2021, 8, 4), "Druskininkai", "CM", 3, Outcome::Prevented);
}

QStringList keysOf(const QList<TallyRow> &rows)
{
    QStringList keys;
    for (const TallyRow &row : rows) {
        keys << row.key;
    }
    return keys;
}

} // namespace

TEST_CASE("The summary's second chart shows each kind from the core's tallies", "[gui][charts][summary]")
{
    test::TestDatabase db;
    fill(db.log());
    DailyReportDialog::setSinceSetting(QDate(2021, 8, 1));
    const auto resetSince = qScopeGuard([] { DailyReportDialog::setSinceSetting(DailyReport::defaultSince()); });
    SummaryPanel panel(db.log());
    panel.resize(420, 700);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    auto *range = panel.findChild<QComboBox *>(QStringLiteral("rangeCombo"));
    range->setCurrentIndex(range->findData(30));
    panel.setDay(kShownDay);
    auto *since = panel.findChild<QDateEdit *>(QStringLiteral("sinceEdit"));

    SECTION("every year")
    {
        panel.showSecondChart(SummaryPanel::SecondChart::Yearly);
        CHECK(panel.secondChartView() == panel.yearlyChart());
        CHECK(keysOf(panel.yearlyChart()->tally().rows()) == QStringList{"2020", "2021"});
        CHECK(panel.yearlyChart()->tally().rows().last().persons == 480);
        CHECK_FALSE(since->isVisibleTo(&panel)); // the since-date is the running total's only
    }
    SECTION("the running total since the chosen date, to the day shown")
    {
        panel.showSecondChart(SummaryPanel::SecondChart::RunningTotal);
        auto *chart = qobject_cast<RunningTotalChartView *>(panel.secondChartView());
        REQUIRE(chart != nullptr);
        CHECK(since->isVisibleTo(&panel));
        CHECK(since->date() == QDate(2021, 8, 1));
        const auto &rows = chart->runningTotal().rows();
        CHECK(keysOf(rows) == QStringList{"2021-08-01", "2021-08-02", "2021-08-03", "2021-08-04"});
        CHECK(rows[0].persons == 0);
        CHECK(rows[1].persons == 287);
        CHECK(rows[3].persons == 470);
        CHECK(rows[3].personsWith(Outcome::TurnedBack) == 180);
        // The areas stack: the top of the last one is every person so far.
        REQUIRE(chart->areas().size() == qsizetype(kOutcomesListed.size()));
        const auto *top = chart->areas().last()->upperSeries();
        CHECK(top->at(top->count() - 1).y() == 470.0);
        CHECK(chart->tooltipText(3).contains(QStringLiteral("470")));
        CHECK(chart->tooltipText(3).contains(QStringLiteral("2021")));
        // A save within the running total is in it at once.
        REQUIRE(db.log()
                    .incidents()
                    .record(test::draft(QDate(2021, 8, 3), QStringLiteral("Medininkai"), QStringLiteral("IQ"), 20))
                    .ok());
        CHECK(chart->runningTotal().rows().last().persons == 490);

        // The since-date is read once it rests (typing passes through other dates), and kept for the report.
        const auto lastPersons = [chart] { return chart->runningTotal().rows().last().persons; };
        since->setDate(QDate(2021, 7, 1));
        CHECK(lastPersons() == 490);
        REQUIRE(QTest::qWaitFor([&] { return lastPersons() == 500; }, 3000)); // July's 10 persons too
        CHECK(DailyReportDialog::sinceSetting() == QDate(2021, 7, 1));
        // Over more than a year, a point a month; the last is still the total up to the day shown, and its
        // tooltip says so.
        since->setDate(QDate(2020, 7, 1));
        REQUIRE(QTest::qWaitFor([&] { return chart->runningTotal().grouping() == TallyGrouping::Month; }, 3000));
        CHECK(chart->runningTotal().rows().first().key == QStringLiteral("2020-07"));
        CHECK(chart->runningTotal().rows().last().key == QStringLiteral("2021-08"));
        CHECK(lastPersons() == 505);
        const int lastMonth = int(chart->runningTotal().rows().size()) - 1;
        CHECK(chart->tooltipText(lastMonth).contains(QLocale().toString(kShownDay, QLocale::LongFormat)));
        CHECK(chart->tooltipText(0).contains(QLocale().toString(QDate(2020, 7, 31), QLocale::LongFormat)));
        since->setDate(QDate(2020, 7, 11)); // the day after July 2020's group: not counted
        REQUIRE(QTest::qWaitFor([&] { return lastPersons() == 500; }, 3000));
        // One day: drawn as wide as a bar.
        since->setDate(kShownDay);
        REQUIRE(QTest::qWaitFor([&] { return chart->runningTotal().rows().size() == 1; }, 3000));
        const auto *oneDay = chart->areas().last()->upperSeries();
        REQUIRE(oneDay->count() == 2);
        CHECK(oneDay->at(0).x() < oneDay->at(1).x());
        CHECK(oneDay->at(1).y() == 3.0);
        // Changed in the daily report dialog: the chart follows.
        DailyReportDialog::setSinceSetting(QDate(2021, 8, 3));
        panel.followSinceSetting();
        CHECK(since->date() == QDate(2021, 8, 3));
        CHECK(lastPersons() == 203); // 180 turned back and the 20 saved above on 3 August, 3 on the 4th
        // A since-date after the day shown says so instead of drawing nothing.
        since->setDate(kShownDay.addDays(1));
        REQUIRE(QTest::qWaitFor([&] { return !chart->emptyText().isEmpty(); }, 3000));
        CHECK(chart->emptyText().contains(QStringLiteral("after the day shown")));
    }
    SECTION("the season: each month of each year, the register's first year onwards")
    {
        panel.showSecondChart(SummaryPanel::SecondChart::Season);
        auto *chart = qobject_cast<SeasonChartView *>(panel.secondChartView());
        REQUIRE(chart != nullptr);
        CHECK(chart->season().years() == QList<int>{2020, 2021});
        CHECK(chart->season().at(2020, 7).persons == 5);
        CHECK(chart->season().at(2021, 7).persons == 10);
        CHECK(chart->season().at(2021, 8).persons == 470);
        REQUIRE(chart->series()->barSets().size() == 2);
        CHECK(chart->series()->barSets().at(1)->label() == QStringLiteral("2021"));
        CHECK(chart->series()->barSets().at(1)->at(7) == 470.0); // August
        CHECK(chart->tooltipText(2021, 8).contains(QStringLiteral("470")));
        CHECK(chart->tooltipText(2021, 8).contains(QStringLiteral("August")));
        CHECK(chart->tooltipText(2019, 8).isEmpty());
        // An incident years before the register's first moves the years shown, up to five.
        REQUIRE(db.log()
                    .incidents()
                    .record(test::draft(QDate(2015, 3, 1), QStringLiteral("Medininkai"), QStringLiteral("IQ"), 1))
                    .ok());
        CHECK(chart->season().years() == QList<int>{2017, 2018, 2019, 2020, 2021});
    }
    SECTION("persons per frontier district and station over the range, most first")
    {
        panel.showSecondChart(SummaryPanel::SecondChart::Districts);
        auto *districts = qobject_cast<RankedChartView *>(panel.secondChartView());
        REQUIRE(districts != nullptr);
        CHECK(
            keysOf(districts->shown().top)
            == QStringList{QStringLiteral("Vilniaus pasienio rinktinė"), QStringLiteral("Varėnos pasienio rinktinė")});
        CHECK(districts->shown().top[0].persons == 297);
        CHECK(districts->shown().top[1].persons == 183);
        CHECK(districts->shown().restCount == 0);
        CHECK(districts->tooltipText(1).contains(QStringLiteral("183")));

        panel.showSecondChart(SummaryPanel::SecondChart::Stations);
        auto *stations = qobject_cast<RankedChartView *>(panel.secondChartView());
        REQUIRE(stations != nullptr);
        CHECK(keysOf(stations->shown().top)
              == QStringList{QStringLiteral("Medininkų užkarda"), QStringLiteral("Druskininkų užkarda")});

        // A save within the range is in the chart at once.
        REQUIRE(db.log()
                    .incidents()
                    .record(test::draft(kShownDay, QStringLiteral("Druskininkai"), QStringLiteral("IQ"), 200,
                                        Outcome::TurnedBack))
                    .ok());
        CHECK(keysOf(stations->shown().top)
              == QStringList{QStringLiteral("Druskininkų užkarda"), QStringLiteral("Medininkų užkarda")});
        CHECK(stations->shown().top[0].persons == 383);
    }
    SECTION("the top nationalities over the range, by their names")
    {
        panel.showSecondChart(SummaryPanel::SecondChart::Nationalities);
        auto *chart = qobject_cast<RankedChartView *>(panel.secondChartView());
        REQUIRE(chart != nullptr);
        CHECK(keysOf(chart->shown().top) == QStringList{"IQ", "SY", "CM"});
        CHECK(chart->axisLabels().first().startsWith(QStringLiteral("Iraq")));
        CHECK(chart->tooltipText(0).contains(QStringLiteral("297")));
    }
}

TEST_CASE("The second chart chosen is kept, and every chart can be saved as a picture", "[gui][charts][summary]")
{
    test::TestDatabase db;
    fill(db.log());
    {
        SummaryPanel panel(db.log());
        panel.showSecondChart(SummaryPanel::SecondChart::Season);
    }
    SummaryPanel again(db.log());
    CHECK(again.secondChart() == SummaryPanel::SecondChart::Season);
    for (auto *view : again.findChildren<TallyChartView *>()) {
        INFO(view->objectName().toStdString());
        CHECK(view->findChild<QAction *>(QStringLiteral("saveChartPngAction")) != nullptr);
        CHECK(view->findChild<QAction *>(QStringLiteral("saveChartSvgAction")) != nullptr);
    }
    again.showSecondChart(SummaryPanel::SecondChart::Yearly);
}

TEST_CASE("A ranked chart shows as many bars as fit, sums the rest and keeps every name apart", "[gui][charts][ranked]")
{
    QList<TallyRow> rows;
    for (int i = 0; i < 12; ++i) {
        TallyRow row;
        // Long names alike in their first words: shortened on the axis, in full in the tooltip.
        row.key = QStringLiteral("Pasienio užkarda su labai ilgu pavadinimu numeris %1").arg(i + 1);
        row.incidents = 1;
        row.persons = 100 - i;
        row.personsByOutcome[outcomeIndex(Outcome::TurnedBack)] = row.persons;
        rows << row;
    }
    const Tally tally(TallyGrouping::Station, rows, {}, {});
    RankedChartView view;
    view.resize(380, 200);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setTally(tally, {}, QStringLiteral("Other stations"));
    const RankedRows &shown = view.shown();
    REQUIRE(shown.restCount > 0);
    CHECK(shown.top.size() + shown.restCount == 12);
    qint64 sum = shown.rest.persons;
    for (const TallyRow &row : shown.top) {
        sum += row.persons;
    }
    CHECK(sum == tally.total().persons);
    const QStringList labels = view.axisLabels();
    CHECK(labels.size() == shown.top.size() + 1);
    CHECK(labels.last() == QStringLiteral("Other stations"));
    CHECK(QSet<QString>(labels.cbegin(), labels.cend()).size() == labels.size());
    CHECK(labels.first() != rows.first().key); // shortened to fit
    CHECK(view.tooltipText(0).contains(rows.first().key));
    CHECK(view.tooltipText(int(labels.size()) - 1).contains(QString::number(shown.rest.persons)));

    // Taller: more bars, the same total.
    const qsizetype before = shown.top.size();
    view.resize(380, 600);
    QCoreApplication::processEvents();
    CHECK(view.shown().top.size() > before);
    CHECK(view.shown().top.size() + view.shown().restCount == 12);

    // Nothing to show: it says so.
    view.setTally(Tally(TallyGrouping::Station, {}, {}, {}), {}, QStringLiteral("Other stations"));
    CHECK_FALSE(view.emptyText().isEmpty());
}

TEST_CASE("Resting the pointer on a bar shows its exact numbers", "[gui][charts][tooltip]")
{
    OutcomeChartView view;
    TallyRow day;
    day.key = QStringLiteral("2021-08-02");
    day.incidents = 9;
    day.persons = 287;
    day.personsByOutcome[outcomeIndex(Outcome::Detained)] = 287;
    view.setTally(Tally(TallyGrouping::Day, {day}, QDate(2021, 8, 2), QDate(2021, 8, 2)));
    view.resize(400, 250);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const QPointF onBar = view.chart()->mapToPosition(QPointF(0, 140), view.series());
    const QPoint at = view.mapFromScene(view.chart()->mapToScene(onBar));
    QTest::mouseMove(view.viewport(), at - QPoint(30, 0));
    QTest::mouseMove(view.viewport(), at);
    CHECK(QTest::qWaitFor([] { return QToolTip::isVisible(); }, 2000));
    CHECK(QToolTip::text().contains(QStringLiteral("287")));
    QToolTip::hideText();
}

TEST_CASE("Resting the pointer on a ranked chart's top bar shows the top row, the bottom bar the rest",
          "[gui][charts][tooltip]")
{
    QList<TallyRow> rows;
    for (const auto &[key, persons] : {std::pair{"IQ", 287}, std::pair{"SY", 180}, std::pair{"AF", 40},
                                       std::pair{"CM", 30}, std::pair{"IR", 20}, std::pair{"TJ", 10}}) {
        TallyRow row;
        row.key = QString::fromLatin1(key);
        row.incidents = 1;
        row.persons = persons;
        row.personsByOutcome[outcomeIndex(Outcome::Detained)] = persons;
        rows << row;
    }
    RankedChartView view;
    view.resize(400, 200);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setTally(Tally(TallyGrouping::Nationality, rows, {}, {}), {}, QStringLiteral("Other nationalities"));
    REQUIRE(view.shown().restCount > 0);
    const auto bars = view.chart()->series();
    REQUIRE(bars.size() == 1);
    const auto hoverAt = [&](qreal category, qreal persons) {
        const QPointF inChart = view.chart()->mapToPosition(QPointF(persons, category), bars.first());
        const QPoint at = view.mapFromScene(view.chart()->mapToScene(inChart));
        QTest::mouseMove(view.viewport(), at + QPoint(0, 40));
        QTest::mouseMove(view.viewport(), at);
        return QTest::qWaitFor([] { return QToolTip::isVisible(); }, 2000) ? QToolTip::text() : QString();
    };
    // Qt counts horizontal bars from the bottom: the top one is the most persons'.
    const qreal top = qreal(view.shown().top.size()); // the rest is bar 0, at the bottom
    CHECK(hoverAt(top, 100).contains(QStringLiteral("287")));
    QToolTip::hideText();
    const QString rest = hoverAt(0, 5);
    CHECK(rest.contains(QStringLiteral("Other nationalities")));
    CHECK(rest.contains(QString::number(view.shown().rest.persons)));
    CHECK_FALSE(rest.contains(QStringLiteral("incident"))); // a mixed group's incidents do not add up
    QToolTip::hideText();
}
