// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dailyreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QString>

#include <memory>

class QIODevice;
class QPagedPaintDevice;
class QTextDocument;

namespace borderlog {

// The daily report as a page: HTML laid out by QTextDocument, with the week's bar chart drawn by QPainter,
// printed on any QPagedPaintDevice (a QPdfWriter for Save as PDF and `borderlog-cli report --format pdf`, a
// QPrinter for Print). In the language of the user interface; its figures are DailyReport's, so the page,
// the HTML and the CSV form say the same numbers.
class DailyReportPage
{
    Q_DECLARE_TR_FUNCTIONS(DailyReportPage)

public:
    // `printedBy` and `printedAt` go into the page's footer only (not into the figures).
    DailyReportPage(DailyReport report, QString printedBy, QDateTime printedAt);

    const DailyReport &report() const { return m_report; }
    // The page's HTML; the chart is the image `chartSource` names (a document resource, or a data: URL).
    QString html(const QString &chartSource) const;
    // The HTML with the chart inside it (a data: URL): one file a browser shows as it is.
    QString standaloneHtml() const;
    // The week's bars: persons per day, the day itself darker.
    QImage chart() const;
    // The page laid out for A4 (the chart as a resource).
    std::unique_ptr<QTextDocument> document() const;
    void print(QPagedPaintDevice &device) const;
    // A4 PDF, titled and with the application as its creator.
    bool writePdf(QIODevice &device) const;
    QString title() const;

private:
    QString headerHtml() const;
    QString dayTableHtml() const;
    QString weekHtml(const QString &chartSource) const;
    QString placesHtml() const;
    QString nationalitiesHtml() const;
    QString forceHtml() const;
    QString totalsHtml() const;
    QString verificationHtml() const;
    QString number(qint64 value) const;
    QString change(qint64 now, qint64 before) const;

    DailyReport m_report;
    QString m_printedBy;
    QDateTime m_printedAt;
};

} // namespace borderlog
