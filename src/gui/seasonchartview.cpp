// SPDX-License-Identifier: GPL-3.0-or-later
#include "seasonchartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetrics>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace borderlog {

namespace {

// The years from the earliest, lightest, to the latest, darkest: one hue that no outcome has (the outcomes'
// legend stays above the charts), so that no year reads as an outcome.
QColor yearColour(qsizetype index, qsizetype count)
{
    const QColor earliest(0xDA, 0xDA, 0xEB);
    const QColor latest(0x3F, 0x00, 0x7D);
    const qreal t = count > 1 ? qreal(index) / qreal(count - 1) : 1.0;
    const auto mix = [t](int a, int b) { return int(a + (b - a) * t); };
    return QColor(mix(earliest.red(), latest.red()), mix(earliest.green(), latest.green()),
                  mix(earliest.blue(), latest.blue()));
}

} // namespace

SeasonChartView::SeasonChartView(QWidget *parent)
    : TallyChartView(parent)
    , m_series(new QBarSeries)
    , m_months(new QBarCategoryAxis)
{
    chart()->addSeries(m_series);
    chart()->addAxis(m_months, Qt::AlignBottom);
    m_values = addPersonsAxis(Qt::AlignLeft);
    m_months->setGridLineVisible(false);
    m_months->setLabelsFont(labelsFont());
    placeMonthLabels();
    m_series->attachAxis(m_months);
    m_series->attachAxis(m_values);
    m_series->setBarWidth(0.9);
    // The years are short: Qt's legend names them in full, above the bars.
    chart()->legend()->setVisible(true);
    chart()->legend()->setAlignment(Qt::AlignTop);
    chart()->legend()->setFont(labelsFont());
    connect(m_series, &QBarSeries::hovered, this, [this](bool hovered, int index, QBarSet *set) {
        showTooltip(hovered, set ? tooltipText(set->label().toInt(), index + 1) : QString());
    });
}

void SeasonChartView::sizeChanged(const QSize &oldSize)
{
    if (size().width() != oldSize.width()) {
        placeMonthLabels();
    }
}

void SeasonChartView::placeMonthLabels()
{
    QStringList names;
    int widest = 0;
    const QFontMetrics metrics(m_months->labelsFont());
    for (int m = 1; m <= 12; ++m) {
        names << QLocale().standaloneMonthName(m, QLocale::ShortFormat);
        widest = std::max(widest, metrics.horizontalAdvance(names.last()));
    }
    if ((width() - kValueAxisWidth) / 12 < widest + metrics.averageCharWidth() * 2) {
        names.clear();
        for (int m = 1; m <= 12; ++m) {
            names << QLocale().toString(m);
        }
    }
    if (names != m_months->categories()) {
        m_months->clear();
        m_months->append(names);
    }
}

void SeasonChartView::setSeason(const SeasonTally &season)
{
    m_season = season;
    m_series->clear();
    const auto &years = season.years();
    for (qsizetype i = 0; i < years.size(); ++i) {
        auto *set = new QBarSet(QString::number(years[i]));
        set->setColor(yearColour(i, years.size()));
        set->setBorderColor(yearColour(i, years.size()));
        QList<qreal> values;
        for (int m = 1; m <= 12; ++m) {
            values << qreal(season.at(years[i], m).persons);
        }
        set->append(values);
        m_series->append(set);
    }
    showScale(*m_values, season.highestPersons());
}

QString SeasonChartView::tooltipText(int year, int month) const
{
    if (!m_season.years().contains(year) || month < 1 || month > 12) {
        return {};
    }
    //: A month of a year, as a heading: %1 the month's name (standalone, "July"), %2 the year.
    const QString heading = tr("%1 %2").arg(QLocale().standaloneMonthName(month), QString::number(year));
    return rowTooltip(heading, m_season.at(year, month));
}

} // namespace borderlog
