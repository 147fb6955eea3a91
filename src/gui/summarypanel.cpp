// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarypanel.h"
#include "ui_summarypanel.h"

#include "applicationidentity.h"
#include "chartexport.h"
#include "dailyreportdialog.h"
#include "datetyping.h"
#include "daycomparison.h"
#include "incidentlog.h"
#include "incidenttext.h"
#include "nationalitycatalog.h"
#include "outcomechartview.h"
#include "rankedchartview.h"
#include "runningtotalchartview.h"
#include "seasonchartview.h"
#include "seasontally.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <functional>

namespace borderlog {

namespace {

const auto kRangeKey = QStringLiteral("summary/dailyRangeDays");
const auto kSecondChartKey = QStringLiteral("summary/secondChart");
constexpr int kTopNationalities = 5;
// The second chart's least height (pixels): its title, axes and labels in full at 1366×768.
constexpr int kSecondChartHeight = 190;
// The longest running total drawn a point a day (a leap year's days); a longer one is drawn a point a month.
constexpr qint64 kRunningTotalDays = 366;
// How many years the season sets side by side, the day's year the last of them.
constexpr int kSeasonYears = 5;

// The second chart's choices, in the order the Chart list offers them: the list's words, the chart's page
// (ui/summarypanel.ui), and the word the settings keep it as (not an index, so that a choice added later does
// not move the others), which also names its saved pictures.
struct SecondChartChoice
{
    SummaryPanel::SecondChart chart;
    const char *label;
    const char *page;
    const char *code;
};
constexpr std::array kSecondCharts{
    SecondChartChoice{SummaryPanel::SecondChart::Yearly,
                      QT_TRANSLATE_NOOP("borderlog::SummaryPanel", "Persons per year"), "yearlyChart",
                      "persons-per-year"},
    SecondChartChoice{SummaryPanel::SecondChart::RunningTotal,
                      QT_TRANSLATE_NOOP("borderlog::SummaryPanel", "Running total"), "runningTotalChart",
                      "running-total"},
    SecondChartChoice{SummaryPanel::SecondChart::Season,
                      QT_TRANSLATE_NOOP("borderlog::SummaryPanel", "Season: each month by year"), "seasonChart",
                      "season"},
    SecondChartChoice{SummaryPanel::SecondChart::Districts,
                      QT_TRANSLATE_NOOP("borderlog::SummaryPanel", "Persons per frontier district"), "districtChart",
                      "persons-per-district"},
    SecondChartChoice{SummaryPanel::SecondChart::Stations,
                      QT_TRANSLATE_NOOP("borderlog::SummaryPanel", "Persons per frontier station"), "stationChart",
                      "persons-per-station"},
    SecondChartChoice{SummaryPanel::SecondChart::Nationalities,
                      QT_TRANSLATE_NOOP("borderlog::SummaryPanel", "Top nationalities"), "nationalityChart",
                      "top-nationalities"},
};
// How long the since-date rests before the chart is read again: typing "2021-08-03" passes through other
// dates on its way.
constexpr int kSinceSettleMs = 400;

} // namespace

SummaryPanel::SummaryPanel(IncidentLog &log, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SummaryPanel>())
    , m_log(log)
    , m_sinceSettled(new QTimer(this))
{
    m_ui->setupUi(this);
    ChartExport::addActions(*m_ui->dailyChart, QStringLiteral("persons-per-day"));
    DateTyping::install(m_ui->dayEdit);
    for (int days : {7, 30, 90, 365}) {
        m_ui->rangeCombo->addItem(tr("Last %n day(s)", nullptr, days), days);
    }
    m_ui->rangeCombo->setCurrentIndex(
        std::max(0, m_ui->rangeCombo->findData(ApplicationIdentity::settings()->value(kRangeKey, 30).toInt())));
    setUpNumbersTable();
    m_ui->yearlyChart->setTitle(tr("Persons per outcome, by year"));
    // One legend for both charts, above them (in sight without scrolling at 1366×768), wrapped to the panel's
    // width: outcome names in full.
    auto *legend = new QLabel(OutcomeChartView::legendHtml(), this);
    legend->setObjectName(QStringLiteral("chartLegend"));
    legend->setWordWrap(true);
    auto *panelLayout = qobject_cast<QVBoxLayout *>(layout());
    // The second chart's kinds need more room than the daily bars (a legend of years, names beside bars).
    panelLayout->setStretchFactor(m_ui->dailyChart, 2);
    panelLayout->setStretchFactor(m_ui->secondChart, 3);
    panelLayout->insertWidget(panelLayout->indexOf(m_ui->dailyChart), legend);
    m_ui->dayEdit->setMinimumDate(QDate(1990, 1, 1));

    connect(m_ui->dayEdit, &QDateEdit::dateChanged, this, &SummaryPanel::refresh);
    connect(m_ui->previousDayButton, &QToolButton::clicked, this, [this] { setDay(day().addDays(-1)); });
    connect(m_ui->nextDayButton, &QToolButton::clicked, this, [this] { setDay(day().addDays(1)); });
    connect(m_ui->rangeCombo, &QComboBox::currentIndexChanged, this, [this] {
        ApplicationIdentity::settings()->setValue(kRangeKey, m_ui->rangeCombo->currentData());
        refresh();
    });
    setUpSecondChart();
    // A save touches its day (and an amendment its old day): only the parts that show those days are read again.
    const RegisterEvents &events = m_log.events();
    connect(&events, &RegisterEvents::incidentRecorded, this, [this](const Incident &i) { refreshFor({i.date}); });
    connect(&events, &RegisterEvents::incidentRemoved, this, [this](const Incident &i) { refreshFor({i.date}); });
    connect(&events, &RegisterEvents::incidentRestored, this, [this](const Incident &i) { refreshFor({i.date}); });
    connect(&events, &RegisterEvents::incidentAmended, this, [this](const Incident &before, const Incident &after) {
        refreshFor({before.date, after.date});
    });
    connect(&events, &RegisterEvents::incidentsReloaded, this, &SummaryPanel::refresh);
    connect(&m_log, &IncidentLog::daysChanged, this, &SummaryPanel::refreshDayStatus);
    connect(&m_log, &IncidentLog::databaseReplaced, this, &SummaryPanel::showLatestDay);
    showLatestDay();
}

SummaryPanel::~SummaryPanel() = default;

void SummaryPanel::setUpNumbersTable()
{
    m_ui->numbersTable->setColumnCount(3);
    m_ui->numbersTable->verticalHeader()->setVisible(false);
    // One line per row, all rows alike; a long outcome's name is in full in its tooltip.
    m_ui->numbersTable->setWordWrap(false);
    m_ui->numbersTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->numbersTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->numbersTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->numbersTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->numbersTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
}

void SummaryPanel::setUpSecondChart()
{
    for (const SecondChartChoice &choice : kSecondCharts) {
        auto *page = m_ui->secondChart->findChild<TallyChartView *>(QString::fromLatin1(choice.page));
        Q_ASSERT(page != nullptr);
        m_ui->chartCombo->addItem(tr(choice.label), QString::fromLatin1(choice.code));
        page->setMinimumHeight(kSecondChartHeight);
        ChartExport::addActions(*page, QString::fromLatin1(choice.code));
    }
    m_ui->chartCombo->setCurrentIndex(
        std::max(0, m_ui->chartCombo->findData(ApplicationIdentity::settings()->value(kSecondChartKey).toString())));
    m_ui->secondChart->setCurrentWidget(secondChartView());
    m_ui->sinceEdit->setMinimumDate(QDate(1990, 1, 1));
    m_ui->sinceEdit->setDate(DailyReportDialog::sinceSetting());
    DateTyping::install(m_ui->sinceEdit);
    connect(m_ui->chartCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        ApplicationIdentity::settings()->setValue(kSecondChartKey, m_ui->chartCombo->itemData(index));
        m_ui->secondChart->setCurrentWidget(secondChartView());
        refreshSecondChart();
    });
    m_sinceSettled->setSingleShot(true);
    m_sinceSettled->setInterval(kSinceSettleMs);
    connect(m_ui->sinceEdit, &QDateEdit::dateChanged, m_sinceSettled, qOverload<>(&QTimer::start));
    connect(m_sinceSettled, &QTimer::timeout, this, [this] {
        DailyReportDialog::setSinceSetting(m_ui->sinceEdit->date());
        refreshSecondChart();
    });
}

void SummaryPanel::followSinceSetting()
{
    const QDate since = DailyReportDialog::sinceSetting();
    if (since != m_ui->sinceEdit->date()) {
        const QSignalBlocker blocker(m_ui->sinceEdit);
        m_sinceSettled->stop();
        m_ui->sinceEdit->setDate(since);
        refreshSecondChart();
    }
}

QDate SummaryPanel::day() const
{
    return m_ui->dayEdit->date();
}

void SummaryPanel::setDay(const QDate &day)
{
    if (day == this->day()) {
        refresh();
    }
    m_ui->dayEdit->setDate(day);
}

OutcomeChartView *SummaryPanel::dailyChart() const
{
    return m_ui->dailyChart;
}

OutcomeChartView *SummaryPanel::yearlyChart() const
{
    return m_ui->yearlyChart;
}

namespace {

const SecondChartChoice &choiceAt(int index)
{
    return kSecondCharts[size_t(std::clamp(index, 0, int(kSecondCharts.size()) - 1))];
}

} // namespace

SummaryPanel::SecondChart SummaryPanel::secondChart() const
{
    return choiceAt(m_ui->chartCombo->currentIndex()).chart;
}

void SummaryPanel::showSecondChart(SecondChart chart)
{
    const auto found = std::find_if(kSecondCharts.cbegin(), kSecondCharts.cend(),
                                    [chart](const SecondChartChoice &choice) { return choice.chart == chart; });
    m_ui->chartCombo->setCurrentIndex(int(found - kSecondCharts.cbegin()));
}

TallyChartView *SummaryPanel::secondChartView() const
{
    return m_ui->secondChart->findChild<TallyChartView *>(
        QString::fromLatin1(choiceAt(m_ui->chartCombo->currentIndex()).page));
}

void SummaryPanel::setFilter(const IncidentFilter &filter)
{
    IncidentFilter withoutDates = filter;
    withoutDates.from = QDate();
    withoutDates.to = QDate();
    if (withoutDates != m_filter) {
        m_filter = withoutDates;
        refresh();
    }
}

void SummaryPanel::showLatestDay()
{
    const auto span = m_log.reads().dateSpan();
    const QSignalBlocker blocker(m_ui->dayEdit);
    m_ui->dayEdit->setDate(span && span->second.isValid() ? span->second : m_log.session().today());
    refresh();
}

void SummaryPanel::refresh()
{
    if (refreshDailyChart() && refreshSecondChart()) {
        refreshNumbers(m_filter);
        refreshDayStatus();
    }
}

IncidentFilter SummaryPanel::dailyChartFilter() const
{
    IncidentFilter daily = m_filter;
    daily.to = day();
    daily.from = daily.to.addDays(1 - m_ui->rangeCombo->currentData().toInt());
    return daily;
}

void SummaryPanel::refreshFor(const QList<QDate> &touched)
{
    const IncidentFilter daily = dailyChartFilter();
    const auto any = [&](const auto &shows) { return std::any_of(touched.cbegin(), touched.cend(), shows); };
    if (any([&](const QDate &d) { return d >= daily.from && d <= daily.to; }) && !refreshDailyChart()) {
        return;
    }
    const auto span = secondChartSpan();
    const bool secondShows = any([&](const QDate &d) {
        return (!span.first.isValid() || d >= span.first) && (!span.second.isValid() || d <= span.second);
    });
    if (secondShows && !refreshSecondChart()) {
        return;
    }
    // The numbers compare the day with the day before; a save changes no sign-off.
    if (any([&](const QDate &d) { return d == day() || d == day().addDays(-1); })) {
        refreshNumbers(m_filter);
    }
}

bool SummaryPanel::refreshDailyChart()
{
    const IncidentFilter daily = dailyChartFilter();
    auto dailyTally = m_log.reads().tally(daily, TallyGrouping::Day);
    if (!dailyTally) {
        showError(dailyTally.message());
        return false;
    }
    m_ui->dailyChart->setTally(*dailyTally);
    m_ui->dailyChart->setTitle(
        tr("Persons per outcome, %1 to %2").arg(daily.from.toString(Qt::ISODate), daily.to.toString(Qt::ISODate)));
    return true;
}

std::pair<QDate, QDate> SummaryPanel::secondChartSpan() const
{
    switch (secondChart()) {
    case SecondChart::Yearly:
        return {};
    case SecondChart::RunningTotal:
        return {m_ui->sinceEdit->date(), day()};
    case SecondChart::Season:
        // Any day before: an incident before the register's first year moves the years the season shows.
        return {QDate(), day()};
    case SecondChart::Districts:
    case SecondChart::Stations:
    case SecondChart::Nationalities:
        break;
    }
    const IncidentFilter range = dailyChartFilter();
    return {range.from, range.to};
}

bool SummaryPanel::refreshSecondChart()
{
    m_ui->sinceLabel->setVisible(secondChart() == SecondChart::RunningTotal);
    m_ui->sinceEdit->setVisible(secondChart() == SecondChart::RunningTotal);
    switch (secondChart()) {
    case SecondChart::Yearly:
        return showYearly();
    case SecondChart::RunningTotal:
        return showRunningTotal();
    case SecondChart::Season:
        return showSeason();
    case SecondChart::Districts:
        return showRanked(*m_ui->districtChart, TallyGrouping::District, tr("Persons per frontier district, %1"),
                          tr("Other districts"));
    case SecondChart::Stations:
        return showRanked(*m_ui->stationChart, TallyGrouping::Station, tr("Persons per frontier station, %1"),
                          tr("Other stations"));
    case SecondChart::Nationalities:
        return showRanked(*m_ui->nationalityChart, TallyGrouping::Nationality, tr("Persons per nationality, %1"),
                          tr("Other nationalities"));
    }
    return showYearly();
}

bool SummaryPanel::showYearly()
{
    auto yearly = m_log.reads().tally(m_filter, TallyGrouping::Year);
    if (!yearly) {
        showError(yearly.message());
        return false;
    }
    m_ui->yearlyChart->setTally(*yearly);
    return true;
}

bool SummaryPanel::showRunningTotal()
{
    const auto [since, to] = secondChartSpan();
    auto *view = m_ui->runningTotalChart;
    view->setTitle(
        tr("Persons since %1, running total to %2").arg(since.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    if (since > to) {
        view->setRunningTotal(Tally(TallyGrouping::Day, {}, {}, {}), to);
        view->setEmptyText(tr("The running total starts on %1, after the day shown. Choose an earlier “since” "
                              "date.")
                               .arg(QLocale().toString(since, QLocale::LongFormat)));
        return true;
    }
    IncidentFilter filter = m_filter;
    filter.from = since;
    filter.to = to;
    // A point a day over a year at most; beyond, a point a month, read from the monthly aggregates (a tally
    // of four years' days costs four times a year's, over 20 ms at 10 million incidents; the months' edges
    // are still counted by the day, so the last point is the total up to the day shown).
    const TallyGrouping grouping = since.daysTo(to) < kRunningTotalDays ? TallyGrouping::Day : TallyGrouping::Month;
    auto periods = m_log.reads().tally(filter, grouping);
    if (!periods) {
        showError(periods.message());
        return false;
    }
    view->setRunningTotal(periods->cumulative(Tally::Restart::Never), to);
    return true;
}

bool SummaryPanel::showSeason()
{
    // Up to kSeasonYears years ending with the day's, none before the register's first.
    const auto span = m_log.reads().dateSpan();
    if (!span) {
        showError(span.message());
        return false;
    }
    const QDate to = day();
    int firstYear = to.year() - kSeasonYears + 1;
    if (span->first.isValid()) {
        firstYear = std::clamp(span->first.year(), firstYear, to.year());
    }
    const QDate from(firstYear, 1, 1);
    IncidentFilter filter = m_filter;
    filter.from = from;
    filter.to = to;
    auto months = m_log.reads().tally(filter, TallyGrouping::Month);
    if (!months) {
        showError(months.message());
        return false;
    }
    m_ui->seasonChart->setSeason(SeasonTally::of(*months));
    m_ui->seasonChart->setTitle(from.year() == to.year()
                                    ? tr("Persons per month, %1").arg(to.year())
                                    : tr("Persons per month, %1 to %2").arg(from.year()).arg(to.year()));
    return true;
}

bool SummaryPanel::showRanked(RankedChartView &view, TallyGrouping grouping, const QString &title,
                              const QString &restLabel)
{
    const IncidentFilter range = dailyChartFilter();
    auto tally = m_log.reads().tally(range, grouping);
    if (!tally) {
        showError(tally.message());
        return false;
    }
    const auto labelOf = grouping == TallyGrouping::Nationality ? RankedChartView::Labeller(
                             [](const QString &code) { return NationalityCatalog::instance().displayName(code); })
                                                                : RankedChartView::Labeller();
    view.setTally(*tally, labelOf, restLabel);
    view.setTitle(title.arg(tr("%1 to %2").arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate))));
    return true;
}

void SummaryPanel::refreshDayStatus()
{
    const auto status = m_log.days().status(day());
    if (!status) {
        showError(status.message());
        return;
    }
    if (!*status) {
        m_ui->dayStatusLabel->setStyleSheet(QString());
        m_ui->dayStatusLabel->setText(m_log.acceptsChanges()
                                          ? tr("Day open: incidents can be recorded and changed.")
                                          : tr("The stations' incidents as their syncs brought them; headquarters' "
                                               "changes need a reason."));
        return;
    }
    const DaySignOff &s = **status;
    m_ui->dayStatusLabel->setStyleSheet(QStringLiteral("color: #1b5e20; font-weight: bold;"));
    m_ui->dayStatusLabel->setText(tr("Signed off by %1 on %2 UTC: %3 (audit entry %4)")
                                      .arg(s.signedBy, s.signedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                           IncidentText::incidentsAndPersons(s.incidents, s.persons))
                                      .arg(s.auditSequence));
    m_ui->dayStatusLabel->setToolTip(tr("Audit trail head at the sign-off: %1").arg(QString::fromLatin1(s.headHash)));
}

void SummaryPanel::refreshNumbers(const IncidentFilter &base)
{
    const auto comparison = DayComparison::read(
        [this](const IncidentFilter &filter, TallyGrouping grouping) { return m_log.reads().tally(filter, grouping); },
        base, day(), {.nationalities = kTopNationalities, .locations = std::nullopt});
    if (!comparison) {
        showError(comparison.message());
        return;
    }
    showNumbers(*comparison);
}

namespace {

// A row of the numbers table: a heading (bold; a section's title spans the row) or a count of both days.
struct Line
{
    QString label;
    ComparedCount count;
    bool heading = false;
};

// A section's title and its lines, indented, each labelled by `labelOf` its key.
void appendSection(QList<Line> &lines, const QString &heading, const ComparedSection &section,
                   const std::function<QString(const QString &)> &labelOf)
{
    lines << Line{heading, {}, true};
    for (const auto &count : section.lines) {
        lines << Line{QStringLiteral("   %1").arg(labelOf(count.key)), count};
    }
}

} // namespace

void SummaryPanel::showNumbers(const DayComparison &comparison)
{
    QList<Line> lines{{tr("Incidents"), comparison.incidents(), true}, {tr("Persons"), comparison.persons(), true}};
    // The outcomes of the two days; one that neither had is left out, so that the table fits 1366×768.
    for (Outcome o : kOutcomesListed) {
        const ComparedCount persons = comparison.persons(o);
        if (persons.onDay != 0 || persons.onDayBefore != 0) {
            lines << Line{QStringLiteral("   %1").arg(outcomeLabel(o)), persons};
        }
    }
    const auto asIs = [](const QString &key) { return key; };
    if (!comparison.nationalities().lines.isEmpty()) {
        appendSection(lines, tr("Top nationalities (persons)"), comparison.nationalities(),
                      [](const QString &code) { return NationalityCatalog::instance().displayName(code); });
    }
    // A register of more than one frontier district or station, by district and station too.
    if (comparison.districts().lines.size() > 1) {
        appendSection(lines, tr("Frontier districts (persons)"), comparison.districts(), asIs);
    }
    if (comparison.stations().lines.size() > 1) {
        appendSection(lines, tr("Frontier stations (persons)"), comparison.stations(), asIs);
    }
    if (!comparison.locations().lines.isEmpty()) {
        appendSection(lines, tr("Locations (persons)"), comparison.locations(), asIs);
    }

    const QLocale locale;
    auto *table = m_ui->numbersTable;
    table->setHorizontalHeaderLabels({QString(), locale.toString(comparison.day(), QStringLiteral("ddd d MMM yyyy")),
                                      locale.toString(comparison.dayBefore(), QStringLiteral("ddd d MMM"))});
    table->clearSpans();
    table->setRowCount(int(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        const Line &line = lines[r];
        const bool sectionTitle = line.heading && r >= 2;
        auto *label = new QTableWidgetItem(line.label);
        QFont font = label->font();
        font.setBold(line.heading);
        label->setFont(font);
        table->setItem(r, 0, label);
        if (sectionTitle) { // a section's title across the row, in full
            table->setSpan(r, 0, 1, 3);
            continue;
        }
        for (int c : {1, 2}) {
            const qint64 value = c == 1 ? line.count.onDay : line.count.onDayBefore;
            auto *item = new QTableWidgetItem(locale.toString(value));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setFont(font);
            table->setItem(r, c, item);
        }
    }
    table->resizeRowsToContents();
}

void SummaryPanel::showError(const QString &message)
{
    m_ui->numbersTable->setRowCount(1);
    m_ui->numbersTable->setItem(0, 0, new QTableWidgetItem(message));
}

} // namespace borderlog
