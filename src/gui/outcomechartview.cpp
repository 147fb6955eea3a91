#include "outcomechartview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QGraphicsLayout>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace borderlog {

namespace {

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
    }
    return Qt::gray;
}

} // namespace

OutcomeChartView::OutcomeChartView(QWidget *parent)
    : QChartView(parent)
    , m_series(new QStackedBarSeries)
    , m_categories(new QBarCategoryAxis)
    , m_values(new QValueAxis)
{
    auto *chart = new QChart;
    chart->addSeries(m_series);
    chart->addAxis(m_categories, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    m_values->setLabelFormat(QStringLiteral("%d"));
    m_values->setTitleText(tr("Persons"));
    for (Outcome outcome : kAllOutcomes) {
        auto *set = new QBarSet(outcomeLabel(outcome));
        set->setColor(outcomeColour(outcome));
        set->setBorderColor(outcomeColour(outcome));
        m_series->append(set);
    }
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_series->setBarWidth(0.85);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    connect(m_series, &QStackedBarSeries::hovered, this, &OutcomeChartView::showTooltip);
}

void OutcomeChartView::setTitle(const QString &title)
{
    chart()->setTitle(title);
}

QString OutcomeChartView::categoryLabel(const QString &key) const
{
    if (m_tally.grouping() == TallyGrouping::Day) {
        const QDate date = QDate::fromString(key, Qt::ISODate);
        return date.day() == 1 || m_tally.rows().size() <= 31 ? date.toString(QStringLiteral("d MMM"))
                                                              : date.toString(QStringLiteral("d"));
    }
    return key;
}

void OutcomeChartView::setTally(const Tally &tally)
{
    m_tally = tally;
    QStringList categories;
    qint64 highest = 0;
    for (const auto &row : tally.rows()) {
        // Category labels must be unique; day labels repeat across months, so pad with invisible spaces.
        QString label = categoryLabel(row.key);
        while (categories.contains(label)) {
            label += QChar(0x200B);
        }
        categories << label;
        highest = std::max(highest, row.persons);
    }
    const auto sets = m_series->barSets();
    for (Outcome outcome : kAllOutcomes) {
        QBarSet *set = sets.at(outcomeIndex(outcome));
        set->remove(0, set->count());
        QList<qreal> values;
        for (const auto &row : tally.rows()) {
            values << qreal(row.personsWith(outcome));
        }
        set->append(values);
    }
    m_categories->setCategories(categories);
    // Label at most about 15 categories so they stay readable on long ranges.
    m_categories->setLabelsAngle(categories.size() > 15 ? -90 : 0);
    m_values->setRange(0, highest > 0 ? highest * 1.1 : 10);
    m_values->applyNiceNumbers();
}

void OutcomeChartView::showTooltip(bool hovered, int index)
{
    if (!hovered || index < 0 || index >= m_tally.rows().size()) {
        QToolTip::hideText();
        return;
    }
    const TallyRow &row = m_tally.rows().at(index);
    const QLocale locale;
    QString text = QStringLiteral("<b>%1</b><br>").arg(row.key);
    text += tr("%1 incidents, %2 persons").arg(locale.toString(row.incidents), locale.toString(row.persons));
    for (Outcome outcome : kAllOutcomes) {
        if (row.personsWith(outcome) > 0) {
            text += QStringLiteral("<br>%1: %2").arg(outcomeLabel(outcome), locale.toString(row.personsWith(outcome)));
        }
    }
    QToolTip::showText(QCursor::pos(), text, this);
}

} // namespace borderlog
