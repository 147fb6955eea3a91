// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcomechartview.h"

#include "incidenttext.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QStackedBarSeries>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <memory>

namespace borderlog {

namespace {

// Room the value axis, its title and the chart's margins take from the view's width (pixels, about).
constexpr int kValueAxisWidth = 100;

// One colour per outcome, the same in every chart; distinguishable for the common colour blindnesses.
QColor outcomeColour(Outcome outcome)
{
    switch (outcome) {
    case Outcome::TurnedBack:
        return QColor(0x00, 0x72, 0xB2);
    case Outcome::Detained:
        return QColor(0xD5, 0x5E, 0x00);
    case Outcome::AsylumRequest:
        return QColor(0x00, 0x9E, 0x73);
    case Outcome::Prevented:
        return QColor(0x56, 0xB4, 0xE9);
    case Outcome::Absconded:
        return QColor(0xCC, 0x79, 0xA7);
    case Outcome::Other:
        return QColor(0x99, 0x99, 0x99);
    case Outcome::AdmittedHumanitarian:
        return QColor(0xF0, 0xE4, 0x42);
    case Outcome::OrderToLeave:
        return QColor(0x00, 0x3F, 0x5C);
    }
    return Qt::gray;
}

} // namespace

OutcomeChartView::OutcomeChartView(QWidget *parent)
    : QChartView(parent)
    , m_series(new QStackedBarSeries)
    , m_categories(new QCategoryAxis)
    , m_values(new QValueAxis)
    , m_empty(new QLabel(this))
    , m_hideTooltip(new QTimer(this))
{
    auto *chart = new QChart;
    chart->addSeries(m_series);
    chart->addAxis(m_categories, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    m_values->setLabelFormat(QStringLiteral("%d"));
    m_values->setTitleText(tr("Persons"));
    for (Outcome outcome : kOutcomesListed) {
        auto *set = new QBarSet(outcomeLabel(outcome));
        set->setColor(outcomeColour(outcome));
        set->setBorderColor(outcomeColour(outcome));
        m_series->append(set);
    }
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_series->setBarWidth(0.85);
    m_categories->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_categories->setGridLineVisible(false);
    chart->legend()->setVisible(false); // legendHtml() under the charts names the outcomes in full
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    m_categories->setLabelsFont(small);
    m_values->setLabelsFont(small);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    // QChartView starts with an empty chart of its own and only releases it when given another.
    std::unique_ptr<QChart> emptyChart(this->chart());
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(170);
    connect(m_series, &QStackedBarSeries::hovered, this, &OutcomeChartView::showTooltip);
    m_hideTooltip->setSingleShot(true);
    m_hideTooltip->setInterval(200);
    connect(m_hideTooltip, &QTimer::timeout, this, [] { QToolTip::hideText(); });
    m_empty->setObjectName(QStringLiteral("emptyChartLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_empty->setVisible(false);
}

QString OutcomeChartView::legendHtml()
{
    QStringList items;
    for (Outcome outcome : kOutcomesListed) {
        items << QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2")
                     .arg(outcomeColour(outcome).name(),
                          outcomeLabel(outcome).toHtmlEscaped().replace(QStringLiteral(" "), QStringLiteral("&nbsp;")));
    }
    return items.join(QStringLiteral(" &nbsp; "));
}

QString OutcomeChartView::emptyText() const
{
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
}

void OutcomeChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_empty->setGeometry(rect().adjusted(24, 24, -24, -48));
    if (event->size().width() != event->oldSize().width()) {
        placeCategoryLabels();
    }
}

void OutcomeChartView::setTitle(const QString &title)
{
    chart()->setTitle(title);
}

QString OutcomeChartView::categoryLabel(const QString &key, bool withYear) const
{
    if (m_tally.grouping() == TallyGrouping::Day) {
        const QDate date = QDate::fromString(key, Qt::ISODate);
        return QLocale().toString(date, withYear ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM"));
    }
    return key;
}

void OutcomeChartView::setTally(const Tally &tally)
{
    m_tally = tally;
    const auto &rows = tally.rows();
    qint64 highest = 0;
    for (const auto &row : rows) {
        highest = std::max(highest, row.persons);
    }
    // The bar sets were made in the order of kOutcomesListed, the order the legend shows.
    const auto sets = m_series->barSets();
    for (qsizetype i = 0; i < qsizetype(kOutcomesListed.size()); ++i) {
        const Outcome outcome = kOutcomesListed[size_t(i)];
        QBarSet *set = sets.at(i);
        set->remove(0, set->count());
        QList<qreal> values;
        for (const auto &row : rows) {
            values << qreal(row.personsWith(outcome));
        }
        set->append(values);
    }
    placeCategoryLabels();
    m_empty->setText(rows.isEmpty() || highest == 0
                         ? tr("No incidents in this period yet. Record one in the form, or import a CSV (File › "
                              "Import CSV…).")
                         : QString());
    m_empty->setVisible(!m_empty->text().isEmpty());
    m_categories->setRange(-0.5, std::max<qreal>(0.5, qreal(rows.size()) - 0.5));
    m_values->setRange(0, highest > 0 ? qreal(highest) * 1.1 : 10.0);
    m_values->applyNiceNumbers();
}

void OutcomeChartView::placeCategoryLabels()
{
    // Bars stand at 0, 1, 2, ...; a label on every step-th bar, as many as fit side by side in the chart's
    // width in full (at most 6 days or 12 months and years).
    for (const QString &label : m_categories->categoriesLabels()) {
        m_categories->remove(label);
    }
    const auto &rows = m_tally.rows();
    if (rows.isEmpty()) {
        return;
    }
    const bool crossesYear = rows.first().key.left(4) != rows.last().key.left(4);
    const QFontMetrics metrics(m_categories->labelsFont());
    int widest = 0;
    for (const auto &row : rows) {
        widest = std::max(widest, metrics.horizontalAdvance(categoryLabel(row.key, crossesYear)));
    }
    const int room = std::max(1, (width() - kValueAxisWidth) / (widest + metrics.averageCharWidth() * 3));
    const qsizetype most = std::min<qsizetype>(room, m_tally.grouping() == TallyGrouping::Day ? 6 : 12);
    const qsizetype step = std::max<qsizetype>(1, (rows.size() + most - 1) / most);
    // The year where the range crosses into another: on the first label and on the first of each new year.
    QString labelledYear;
    for (qsizetype i = 0; i < rows.size(); i += step) {
        const QString year = rows[i].key.left(4);
        m_categories->append(categoryLabel(rows[i].key, crossesYear && year != labelledYear), qreal(i));
        labelledYear = year;
    }
}

void OutcomeChartView::showTooltip(bool hovered, int index)
{
    if (!hovered || index < 0 || index >= m_tally.rows().size()) {
        m_hideTooltip->start();
        return;
    }
    m_hideTooltip->stop();
    // Shown while the pointer rests on the bar (a minute at most), not for Qt's default second or two.
    QToolTip::showText(QCursor::pos(), tooltipText(index), this, {}, 60000);
}

QString OutcomeChartView::tooltipText(int index) const
{
    if (index < 0 || index >= m_tally.rows().size()) {
        return {};
    }
    const TallyRow &row = m_tally.rows().at(index);
    const QLocale locale;
    // The day as the locale writes it, with its year ("3 Aug 2021"); months and years as their keys.
    const QDate day = m_tally.grouping() == TallyGrouping::Day ? QDate::fromString(row.key, Qt::ISODate) : QDate();
    QString text = QStringLiteral("<b>%1</b><br>")
                       .arg(day.isValid() ? QLocale().toString(day, QLocale::LongFormat) : row.key.toHtmlEscaped());
    text += IncidentText::incidentsAndPersons(row.incidents, row.persons);
    for (Outcome outcome : kOutcomesListed) {
        if (row.personsWith(outcome) > 0) {
            text += QStringLiteral("<br>%1: %2").arg(outcomeLabel(outcome), locale.toString(row.personsWith(outcome)));
        }
    }
    return text;
}

} // namespace borderlog
