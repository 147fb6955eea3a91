// SPDX-License-Identifier: GPL-3.0-or-later
#include "tallychartview.h"

#include "incidenttext.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <memory>

namespace borderlog {

TallyChartView::TallyChartView(QWidget *parent)
    : QChartView(parent)
    , m_empty(new QLabel(this))
    , m_hideTooltip(new QTimer(this))
{
    auto *chart = new QChart;
    chart->legend()->setVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    // QChartView starts with an empty chart of its own and only releases it when given another.
    std::unique_ptr<QChart> emptyChart(this->chart());
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(140);
    m_hideTooltip->setSingleShot(true);
    m_hideTooltip->setInterval(200);
    connect(m_hideTooltip, &QTimer::timeout, this, [] { QToolTip::hideText(); });
    m_empty->setObjectName(QStringLiteral("emptyChartLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_empty->setVisible(false);
}

QColor TallyChartView::outcomeColour(Outcome outcome)
{
    // Distinguishable for the common colour blindnesses (Okabe and Ito's palette).
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

QString TallyChartView::legendHtml()
{
    QStringList items;
    for (Outcome outcome : kOutcomesListed) {
        items << QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2")
                     .arg(outcomeColour(outcome).name(),
                          outcomeLabel(outcome).toHtmlEscaped().replace(QStringLiteral(" "), QStringLiteral("&nbsp;")));
    }
    return items.join(QStringLiteral(" &nbsp; "));
}

QString TallyChartView::noIncidentsText()
{
    return tr("No incidents in this period yet. Record one in the form, or import a CSV (File › Import CSV…).");
}

QSize TallyChartView::sizeHint() const
{
    return {QChartView::sizeHint().width(), minimumHeight()};
}

void TallyChartView::setTitle(const QString &title)
{
    chart()->setTitle(title);
}

QString TallyChartView::emptyText() const
{
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
}

QFont TallyChartView::labelsFont() const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    return small;
}

QValueAxis *TallyChartView::addPersonsAxis(Qt::Alignment alignment)
{
    auto *axis = new QValueAxis;
    chart()->addAxis(axis, alignment);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setLabelsFont(labelsFont());
    return axis;
}

void TallyChartView::showScale(QValueAxis &axis, qint64 highest)
{
    setEmptyText(highest == 0 ? noIncidentsText() : QString());
    axis.setRange(0, highest > 0 ? qreal(highest) * 1.1 : 10.0);
    axis.applyNiceNumbers();
}

void TallyChartView::showScale(QValueAxis &axis, const QList<TallyRow> &rows)
{
    qint64 highest = 0;
    for (const TallyRow &row : rows) {
        highest = std::max(highest, row.persons);
    }
    showScale(axis, highest);
}

void TallyChartView::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
}

void TallyChartView::showTooltip(bool hovered, const QString &text)
{
    if (!hovered || text.isEmpty()) {
        m_hideTooltip->start();
        return;
    }
    m_hideTooltip->stop();
    // Shown while the pointer rests on the bar (a minute at most), not for Qt's default second or two.
    QToolTip::showText(QCursor::pos(), text, this, {}, 60000);
}

void TallyChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_empty->setGeometry(rect().adjusted(24, 24, -24, -48));
    if (event->size() != event->oldSize()) {
        sizeChanged(event->oldSize());
    }
}

void TallyChartView::addOutcomeSets(QAbstractBarSeries &series)
{
    for (Outcome outcome : kOutcomesListed) {
        auto *set = new QBarSet(outcomeLabel(outcome));
        set->setColor(outcomeColour(outcome));
        set->setBorderColor(outcomeColour(outcome));
        series.append(set);
    }
}

void TallyChartView::setOutcomeValues(QAbstractBarSeries &series, const QList<TallyRow> &rows)
{
    // The bar sets were made in the order of kOutcomesListed.
    const auto sets = series.barSets();
    for (qsizetype i = 0; i < qsizetype(kOutcomesListed.size()) && i < sets.size(); ++i) {
        const Outcome outcome = kOutcomesListed[size_t(i)];
        QBarSet *set = sets.at(i);
        set->remove(0, set->count());
        QList<qreal> values;
        values.reserve(rows.size());
        for (const auto &row : rows) {
            values << qreal(row.personsWith(outcome));
        }
        set->append(values);
    }
}

QString TallyChartView::rowTooltip(const QString &heading, const TallyRow &row, bool withIncidents)
{
    const QLocale locale;
    QString text = QStringLiteral("<b>%1</b><br>").arg(heading.toHtmlEscaped());
    text += withIncidents ? IncidentText::incidentsAndPersons(row.incidents, row.persons)
                          : IncidentText::persons(row.persons);
    for (Outcome outcome : kOutcomesListed) {
        if (row.personsWith(outcome) > 0) {
            text += QStringLiteral("<br>%1: %2").arg(outcomeLabel(outcome), locale.toString(row.personsWith(outcome)));
        }
    }
    return text;
}

QString TallyChartView::periodLabel(TallyGrouping grouping, const QString &key, bool withYear)
{
    if (grouping == TallyGrouping::Day) {
        const QDate date = QDate::fromString(key, Qt::ISODate);
        return QLocale().toString(date, withYear ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM"));
    }
    return key;
}

QString TallyChartView::periodHeading(TallyGrouping grouping, const QString &key)
{
    const QDate day = grouping == TallyGrouping::Day ? QDate::fromString(key, Qt::ISODate) : QDate();
    return day.isValid() ? QLocale().toString(day, QLocale::LongFormat) : key;
}

void TallyChartView::placePeriodLabels(QCategoryAxis &axis, const Tally &tally) const
{
    for (const QString &label : axis.categoriesLabels()) {
        axis.remove(label);
    }
    const auto &rows = tally.rows();
    if (rows.isEmpty()) {
        return;
    }
    const bool crossesYear = rows.first().key.left(4) != rows.last().key.left(4);
    const QFontMetrics metrics(axis.labelsFont());
    int widest = 0;
    for (const auto &row : rows) {
        widest = std::max(widest, metrics.horizontalAdvance(periodLabel(tally.grouping(), row.key, crossesYear)));
    }
    const int room = std::max(1, (width() - kValueAxisWidth) / (widest + metrics.averageCharWidth() * 3));
    const qsizetype most = std::min<qsizetype>(room, tally.grouping() == TallyGrouping::Day ? 6 : 12);
    const qsizetype step = std::max<qsizetype>(1, (rows.size() + most - 1) / most);
    // The year where the range crosses into another: on the first label and on the first of each new year.
    QString labelledYear;
    for (qsizetype i = 0; i < rows.size(); i += step) {
        const QString year = rows[i].key.left(4);
        axis.append(periodLabel(tally.grouping(), rows[i].key, crossesYear && year != labelledYear), qreal(i));
        labelledYear = year;
    }
}

} // namespace borderlog
