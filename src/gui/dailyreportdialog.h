// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dailyreport.h"

#include <QDialog>

#include <memory>
#include <optional>

class QDateEdit;
class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;

namespace borderlog {

class DailyReportPage;
class IncidentLog;

// Day › Daily report…: the supervisor's page of a day, previewed as it prints, with Print (QPrintDialog),
// Save as PDF and Save CSV form (what `borderlog-cli report verify` reads). The since-date of the running
// total is a preference kept in the settings (report/since, default 3 August 2021).
class DailyReportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyReportDialog)

public:
    DailyReportDialog(IncidentLog &log, const QDate &day, QWidget *parent = nullptr);
    ~DailyReportDialog() override;

    // The page shown, once the register could be read.
    const DailyReportPage *page() const { return m_page.get(); }
    // Writes the PDF or the CSV form; false (and the reason shown) when it could not.
    bool savePdf(const QString &path);
    bool saveCsv(const QString &path);

    static QDate sinceSetting();
    static void setSinceSetting(const QDate &since);

private:
    void compile();
    void print();
    void chooseAndSave(bool pdf);
    void showProblem(const QString &text);
    QString suggestedPath(const QString &suffix) const;

    IncidentLog &m_log;
    QDateEdit *m_day;
    QDateEdit *m_since;
    QLabel *m_message;
    QPrintPreviewWidget *m_preview;
    std::unique_ptr<QPrinter> m_printer;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    std::unique_ptr<DailyReportPage> m_page;
};

} // namespace borderlog
