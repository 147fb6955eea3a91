// SPDX-License-Identifier: GPL-3.0-or-later
#include "dailyreportpage.h"

#include "auditentry.h"
#include "incidenttext.h"
#include "nationalitycatalog.h"
#include "outcome.h"

#include <QBuffer>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <functional>

namespace borderlog {

namespace {

const QString kChartResource = QStringLiteral("report://week-chart.png");
// The chart's size on the page, in the document's pixels (a page is about 680 wide).
constexpr int kChartWidth = 560;
constexpr int kChartHeight = 105;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QStringList &cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString html = header ? QStringLiteral("<tr bgcolor=\"#e4e8ee\">") : QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i) {
        html += QStringLiteral("<%1 align=\"%2\">%3</%1>")
                    .arg(tag, i == 0 ? QStringLiteral("left") : QStringLiteral("right"), cells[i]);
    }
    return html + QStringLiteral("</tr>");
}

QString table(const QString &rows)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\" border=\"0\">%1</table>")
        .arg(rows);
}

QString heading(const QString &text)
{
    return QStringLiteral(
               "<p style=\"font-size: 9.5pt; font-weight: bold; margin-top: 7px; margin-bottom: 2px;\">%1</p>")
        .arg(escaped(text));
}

// The outcomes a report lists, with "not let in" (prevented + turned back) first: the order of the Border
// Guard's bulletins.
constexpr std::array<Outcome, 8> kReportOutcomes = {
    Outcome::TurnedBack,           Outcome::Prevented,    Outcome::Detained,  Outcome::AsylumRequest,
    Outcome::AdmittedHumanitarian, Outcome::OrderToLeave, Outcome::Absconded, Outcome::Other};

} // namespace

DailyReportPage::DailyReportPage(DailyReport report, QString printedBy, QDateTime printedAt)
    : m_report(std::move(report))
    , m_printedBy(std::move(printedBy))
    , m_printedAt(std::move(printedAt))
{}

QString DailyReportPage::number(qint64 value) const
{
    return QLocale().toString(value);
}

QString DailyReportPage::change(qint64 now, qint64 before) const
{
    const qint64 d = now - before;
    return d > 0 ? QStringLiteral("+") + number(d) : number(d);
}

QString DailyReportPage::title() const
{
    return tr("Daily report of %1").arg(IncidentText::formatDate(m_report.request().day));
}

QString DailyReportPage::headerHtml() const
{
    const QLocale locale;
    const QDate day = m_report.request().day;
    QString html =
        QStringLiteral("<h2 style=\"margin-bottom: 0px;\">%1</h2>")
            .arg(escaped(tr("Daily report: %1, 00:00–24:00").arg(locale.toString(day, QLocale::LongFormat))));
    const QString scope = m_report.scopeName().isEmpty() ? tr("all frontier districts") : m_report.scopeName();
    html += QStringLiteral("<p style=\"margin-top: 2px;\">%1</p>")
                .arg(escaped(tr("%1 · register %2 · covers %3")
                                 .arg(QStringLiteral("Border Incident Log"), m_report.registerName(), scope)));
    if (const auto &signOff = m_report.signOff()) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(escaped(tr("Signed off by %1 at %2 UTC (audit entry %3).")
                                     .arg(signOff->signedBy,
                                          signOff->signedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                     .arg(signOff->auditSequence)));
    } else {
        html += QStringLiteral("<p style=\"color: #b00000;\"><b>%1</b></p>")
                    .arg(escaped(tr("NOT SIGNED OFF — figures may still change")));
    }
    return html;
}

QString DailyReportPage::dayTableHtml() const
{
    const TallyRow &day = m_report.onDay();
    const TallyRow &before = m_report.onDayBefore();
    QString rows = row({tr("Outcome"), tr("Persons"), tr("Incidents"), tr("Day before"), tr("Change")}, true);
    rows +=
        row({QStringLiteral("<b>%1</b>").arg(escaped(tr("Not let in*"))),
             QStringLiteral("<b>%1</b>").arg(number(DailyReport::notLetIn(day))), QString(),
             number(DailyReport::notLetIn(before)), change(DailyReport::notLetIn(day), DailyReport::notLetIn(before))});
    for (const Outcome outcome : kReportOutcomes) {
        rows +=
            row({escaped(outcomeLabel(outcome)), number(day.personsWith(outcome)), number(day.incidentsWith(outcome)),
                 number(before.personsWith(outcome)), change(day.personsWith(outcome), before.personsWith(outcome))});
    }
    rows += row({QStringLiteral("<b>%1</b>").arg(escaped(tr("All persons"))),
                 QStringLiteral("<b>%1</b>").arg(number(day.persons)), number(day.incidents), number(before.persons),
                 change(day.persons, before.persons)});
    return heading(tr("The day")) + table(rows);
}

QString DailyReportPage::weekHtml(const QString &chartSource) const
{
    const QLocale locale;
    QStringList days{QString()};
    QStringList persons{escaped(tr("Persons"))};
    QStringList notLetIn{escaped(tr("Not let in*"))};
    QStringList incidents{escaped(tr("Incidents"))};
    for (const TallyRow &day : m_report.days()) {
        const QDate date = QDate::fromString(day.key, Qt::ISODate);
        days << escaped(locale.toString(date, QStringLiteral("ddd MM-dd")));
        persons << number(day.persons);
        notLetIn << number(DailyReport::notLetIn(day));
        incidents << number(day.incidents);
    }
    return heading(tr("The day and the six days before"))
           + table(row(days, true) + row(persons) + row(notLetIn) + row(incidents))
           + QStringLiteral("<p align=\"center\" style=\"margin-top: 4px;\"><img src=\"%1\" width=\"%2\" "
                            "height=\"%3\"></p>")
                 .arg(chartSource.toHtmlEscaped())
                 .arg(kChartWidth)
                 .arg(kChartHeight);
}

QString DailyReportPage::placesHtml() const
{
    if (m_report.places().isEmpty()) {
        return {};
    }
    QString rows = row({tr("Frontier district › station"), tr("Incidents"), tr("Persons"), tr("Not let in"),
                        escaped(outcomeLabel(Outcome::Detained))},
                       true);
    for (const DailyReport::PlaceLine &place : m_report.places()) {
        const QString name = place.station.isEmpty()
                                 ? QStringLiteral("<b>%1</b>").arg(escaped(place.district))
                                 : QStringLiteral("&nbsp;&nbsp;&nbsp;%1").arg(escaped(place.station));
        rows += row({name, number(place.counts.incidents), number(place.counts.persons),
                     number(DailyReport::notLetIn(place.counts)), number(place.counts.personsWith(Outcome::Detained))});
    }
    return heading(tr("By frontier district and station")) + table(rows);
}

QString DailyReportPage::nationalitiesHtml() const
{
    QString rows = row({tr("Nationality"), tr("Persons")}, true);
    for (const TallyRow &line : m_report.topNationalities()) {
        rows += row({escaped(NationalityCatalog::instance().displayName(line.key)), number(line.persons)});
    }
    if (m_report.otherNationalities().persons > 0) {
        rows += row({escaped(tr("Other nationalities")), number(m_report.otherNationalities().persons)});
    }
    return heading(tr("Nationalities")) + table(rows);
}

QString DailyReportPage::forceHtml() const
{
    const DailyReport::ForceCounts &force = m_report.force();
    QString text = tr("Force used in %n incident(s) of the day.", nullptr, int(force.incidents));
    QStringList kinds;
    for (const auto &[kind, incidents] : force.byKind) {
        kinds << QStringLiteral("%1: %2").arg(Choices::label(kind), number(incidents));
    }
    if (!kinds.isEmpty()) {
        text += QStringLiteral(" ") + kinds.join(QStringLiteral("; ")) + QStringLiteral(".");
    }
    return heading(tr("Force used")) + QStringLiteral("<p>%1</p>").arg(escaped(text));
}

QString DailyReportPage::totalsHtml() const
{
    const QLocale locale;
    // The columns: the day, since the start of the year, and since the chosen date when the day is after it.
    QList<const TallyRow *> columns{&m_report.onDay(), &m_report.yearToDate()};
    QStringList heads{QString(), tr("The day"),
                      escaped(tr("Since %1").arg(locale.toString(m_report.yearStart(), QLocale::ShortFormat)))};
    if (m_report.hasSinceTotal()) {
        columns << &m_report.sinceDate();
        heads << escaped(tr("Since %1").arg(locale.toString(m_report.request().since, QLocale::ShortFormat)));
    }
    const auto line = [&](const QString &label, const std::function<qint64(const TallyRow &)> &value) {
        QStringList cells{escaped(label)};
        for (const TallyRow *column : columns) {
            cells << number(value(*column));
        }
        return row(cells);
    };
    QString rows = row(heads, true) + line(tr("Not let in*"), &DailyReport::notLetIn);
    for (const Outcome outcome : {Outcome::Detained, Outcome::AsylumRequest, Outcome::AdmittedHumanitarian}) {
        rows += line(outcomeLabel(outcome), [outcome](const TallyRow &r) { return r.personsWith(outcome); });
    }
    rows += line(tr("All persons"), [](const TallyRow &r) { return r.persons; });
    rows += line(tr("Incidents"), [](const TallyRow &r) { return r.incidents; });
    return heading(tr("Running totals")) + table(rows);
}

QString DailyReportPage::verificationHtml() const
{
    const DailyReport &r = m_report;
    QString notes = escaped(tr("* Not let in: persons prevented from crossing plus persons turned back."));
    if (r.unsignedDaysCovered() > 0) {
        notes += QStringLiteral("<br>")
                 + escaped(tr("%n day(s) these figures cover had incidents and are not signed off: their figures may "
                              "still change.",
                              nullptr, int(r.unsignedDaysCovered())));
    }
    // The scope as the shell takes it back: single quotes, a quote inside written '\''.
    const auto quoted = [](const QString &text) {
        return u'\'' + QString(text).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
    };
    QString scope;
    if (!r.request().district.isEmpty()) {
        scope += QStringLiteral(" --district ") + quoted(r.request().district);
    }
    if (!r.request().station.isEmpty()) {
        scope += QStringLiteral(" --station ") + quoted(r.request().station);
    }
    if (r.request().since != DailyReport::defaultSince()) {
        scope += QStringLiteral(" --since ") + IncidentText::formatDate(r.request().since);
    }
    const QString command = QStringLiteral("borderlog-cli report verify --day %1%2 --digest %3 --expect-head %4")
                                .arg(IncidentText::formatDate(r.request().day), scope,
                                     QString::fromLatin1(r.dayDigest()), r.head().toString());
    return QStringLiteral("<p style=\"font-size: 7pt;\">%1</p>").arg(notes)
           + QStringLiteral("<p style=\"font-size: 7pt;\">%1<br><tt>%2</tt><br>%3<br><tt>%4</tt><br>%5<br><tt>%6</tt>"
                            "<br>%7<br><tt>%8</tt><br>%9</p>")
                 .arg(escaped(tr("Audit trail head when printed:")), escaped(r.head().toString()),
                      escaped(tr("Digest of the day's figures (holds for as long as the day stays signed):")),
                      QString::fromLatin1(r.dayDigest()), escaped(tr("Digest of all figures:")),
                      QString::fromLatin1(r.digest()), escaped(tr("To check this report against the register:")),
                      escaped(command),
                      escaped(
                          tr("Printed by %1 at %2.")
                              .arg(m_printedBy, QLocale().toString(m_printedAt.toLocalTime(), QLocale::ShortFormat))));
}

QString DailyReportPage::html(const QString &chartSource) const
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                          "<body style=\"font-size: 8pt;\">")
               .arg(escaped(title()))
           + headerHtml() + dayTableHtml() + weekHtml(chartSource)
           + QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"58%\" "
                            "valign=\"top\">%1</td><td width=\"4%\"></td><td width=\"38%\" valign=\"top\">%2%3</td>"
                            "</tr></table>")
                 .arg(placesHtml(), nationalitiesHtml(), forceHtml())
           + totalsHtml() + verificationHtml() + QStringLiteral("</body></html>");
}

QString DailyReportPage::standaloneHtml() const
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    chart().save(&buffer, "PNG");
    return html(QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()));
}

QImage DailyReportPage::chart() const
{
    // Drawn at four times the size the page shows it, so that it prints sharp.
    constexpr int kScale = 4;
    QImage image(kChartWidth * kScale, kChartHeight * kScale, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(kScale, kScale);
    const QList<TallyRow> &days = m_report.days();
    qint64 most = 1;
    for (const TallyRow &d : days) {
        most = std::max(most, d.persons);
    }
    QFont font = painter.font();
    font.setPixelSize(9);
    painter.setFont(font);
    const int count = int(std::max<qsizetype>(1, days.size()));
    const double slot = (kChartWidth - 10.0) / count;
    const double top = 14;
    const double bottom = kChartHeight - 16;
    for (int i = 0; i < days.size(); ++i) {
        const TallyRow &d = days[i];
        const double height = (bottom - top) * double(d.persons) / double(most);
        const QRectF bar(5 + i * slot + slot * 0.15, bottom - height, slot * 0.7, height);
        painter.fillRect(bar, i == days.size() - 1 ? QColor(0x1f, 0x4e, 0x79) : QColor(0x8e, 0xa9, 0xc8));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(bar.left() - 10, bar.top() - 12, bar.width() + 20, 11), Qt::AlignCenter,
                         number(d.persons));
        painter.drawText(QRectF(5 + i * slot, bottom + 2, slot, 12), Qt::AlignCenter, d.key.mid(5));
    }
    painter.setPen(QColor(0x66, 0x66, 0x66));
    painter.drawLine(QPointF(5, bottom), QPointF(kChartWidth - 5, bottom));
    return image;
}

std::unique_ptr<QTextDocument> DailyReportPage::document() const
{
    auto document = std::make_unique<QTextDocument>();
    document->setDocumentMargin(0);
    // No ligatures: the PDF's text must read back letter for letter ("signed off", not "signed o\uFB00"), for a
    // search, a copy into a message and a check by a program.
    QFont font = document->defaultFont();
    font.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(font);
    document->addResource(QTextDocument::ImageResource, QUrl(kChartResource), chart());
    document->setHtml(html(kChartResource));
    document->setMetaInformation(QTextDocument::DocumentTitle, title());
    return document;
}

void DailyReportPage::print(QPagedPaintDevice &device) const
{
    // Laid out for the device's page as it is set (A4 for a PDF; what the print dialog chose for a printer), in
    // the document's own pixels (96 per inch, which QTextDocument::print scales to the device): a paginated
    // document gets no margins or page numbers of QTextDocument's own.
    constexpr int kDocumentDpi = 96;
    auto page = document();
    page->setPageSize(device.pageLayout().paintRectPixels(kDocumentDpi).size());
    page->print(&device);
}

bool DailyReportPage::writePdf(QIODevice &device) const
{
    QPdfWriter writer(&device);
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("Border Incident Log"));
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    print(writer);
    return device.isWritable();
}

} // namespace borderlog
