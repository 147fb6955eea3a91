// SPDX-License-Identifier: GPL-3.0-or-later
#include "dailyreportdialog.h"

#include "applicationidentity.h"
#include "dailyreportcheck.h"
#include "dailyreportpage.h"
#include "dialogs.h"
#include "incidentlog.h"
#include "incidenttext.h"
#include "outputfile.h"
#include "session.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace borderlog {

namespace {

const QString kSinceKey = QStringLiteral("report/since");

} // namespace

QDate DailyReportDialog::sinceSetting()
{
    const QDate stored = QDate::fromString(ApplicationIdentity::settings()->value(kSinceKey).toString(), Qt::ISODate);
    return stored.isValid() ? stored : DailyReport::defaultSince();
}

void DailyReportDialog::setSinceSetting(const QDate &since)
{
    ApplicationIdentity::settings()->setValue(kSinceKey, IncidentText::formatDate(since));
}

DailyReportDialog::DailyReportDialog(IncidentLog &log, const QDate &day, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
    , m_day(new QDateEdit(day.isValid() ? day : log.session().today().addDays(-1), this))
    , m_since(new QDateEdit(sinceSetting(), this))
    , m_message(new QLabel(this))
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_pdf(new QPushButton(tr("Save as PD&F…"), this))
    , m_csv(new QPushButton(tr("Save CS&V form…"), this))
{
    setWindowTitle(tr("Daily report"));
    setObjectName(QStringLiteral("dailyReportDialog"));
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_printer->setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    for (auto *edit : {m_day, m_since}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
    }
    m_day->setObjectName(QStringLiteral("reportDayEdit"));
    m_since->setObjectName(QStringLiteral("reportSinceEdit"));
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("reportMessage"));

    auto *choices = new QFormLayout;
    choices->addRow(tr("&Day:"), m_day);
    choices->addRow(tr("Running total &since:"), m_since);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (auto *button : {m_print, m_pdf, m_csv}) {
        buttons->addButton(button, QDialogButtonBox::ActionRole);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_message);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &DailyReportDialog::print);
    connect(m_pdf, &QPushButton::clicked, this, [this] { chooseAndSave(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { chooseAndSave(false); });
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (m_page) {
            m_page->print(*printer);
        }
    });
    connect(m_day, &QDateEdit::dateChanged, this, &DailyReportDialog::compile);
    connect(m_since, &QDateEdit::dateChanged, this, [this](const QDate &since) {
        setSinceSetting(since);
        compile();
    });
    compile();
    resize(900, 700);
}

DailyReportDialog::~DailyReportDialog()
{
    delete m_preview; // it paints on m_printer, which goes before the dialog's children
}

void DailyReportDialog::showProblem(const QString &text)
{
    m_message->setStyleSheet(text.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    m_message->setText(text);
}

void DailyReportDialog::compile()
{
    const DailyReport::Request request{.day = m_day->date(), .since = m_since->date()};
    auto report = DailyReport::compile(m_log, request);
    if (!report) {
        m_page.reset();
        const auto &fields = report.failure().fields;
        showProblem(fields.isEmpty() ? report.failure().message : fields.first().toString());
    } else {
        m_page = std::make_unique<DailyReportPage>(*report, m_log.session().actor().name, m_log.session().now());
        showProblem({});
    }
    for (auto *button : {m_print, m_pdf, m_csv}) {
        button->setEnabled(m_page != nullptr);
    }
    m_preview->updatePreview();
}

void DailyReportDialog::print()
{
    if (!m_page) {
        return;
    }
    QPrintDialog dialog(m_printer.get(), this);
    dialog.setWindowTitle(tr("Print the daily report"));
    if (dialog.exec() == QDialog::Accepted) {
        m_page->print(*m_printer);
    }
}

QString DailyReportDialog::suggestedPath(const QString &suffix) const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(
        QStringLiteral("daily-report-%1.%2").arg(IncidentText::formatDate(m_day->date()), suffix));
}

void DailyReportDialog::chooseAndSave(bool pdf)
{
    const QString path =
        pdf ? Dialogs::fileToSave(this, tr("Save the daily report as PDF"), suggestedPath(QStringLiteral("pdf")),
                                  tr("PDF files (*.pdf);;All files (*)"))
            : Dialogs::fileToSave(this, tr("Save the daily report's CSV form"), suggestedPath(QStringLiteral("csv")),
                                  tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty() && (pdf ? savePdf(path) : saveCsv(path))) {
        m_message->setStyleSheet(QString());
        m_message->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    }
}

bool DailyReportDialog::savePdf(const QString &path)
{
    if (!m_page) {
        return false;
    }
    OutputFile file(path);
    Result<void> written = file.open();
    if (written) {
        m_page->writePdf(file.device());
        if (const auto error = file.writeError()) {
            written = *error;
        }
    }
    if (written) {
        written = file.commit();
    } else {
        file.discard();
    }
    if (!written) {
        showProblem(written.failure().message);
    }
    return written.ok();
}

bool DailyReportDialog::saveCsv(const QString &path)
{
    if (!m_page) {
        return false;
    }
    OutputFile file(path);
    Result<void> written = file.open();
    if (written) {
        auto rows = DailyReportCsv::write(m_page->report(), file.device());
        written = rows ? file.commit() : Result<void>(rows.failure());
        if (!rows) {
            file.discard();
        }
    }
    if (!written) {
        showProblem(written.failure().message);
    }
    return written.ok();
}

} // namespace borderlog
