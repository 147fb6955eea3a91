// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"
#include "ui_exportdialog.h"

#include "applicationidentity.h"
#include "backgroundtask.h"
#include "csvreport.h"
#include "datetyping.h"
#include "dialogs.h"
#include "incidentlog.h"
#include "outputfile.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace borderlog {

namespace {

const auto kFolderKey = QStringLiteral("export/folder");
const auto kKindKey = QStringLiteral("export/kind");
const auto kExcelKey = QStringLiteral("export/forExcel");

// What a CSV writer writes to, until the export is cancelled: then every write fails and the writer stops.
class CancellableDevice final : public QIODevice
{
public:
    CancellableDevice(QIODevice &target, const BackgroundTask &task)
        : m_target(target)
        , m_task(task)
    {
        QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_task.isCancelled()) {
            return -1;
        }
        const qint64 written = m_target.write(data, size);
        if (written < 0) {
            setErrorString(m_target.errorString());
        }
        return written;
    }

private:
    QIODevice &m_target;
    const BackgroundTask &m_task;
};

// The export itself, on the worker's thread over its own register: the CSV, then its documentation.
// UTF-8's byte-order mark: Excel reads a CSV that starts with it as UTF-8 (without it, as the system's
// code page). Only when asked: the CSV contract's bytes stay plain UTF-8.
constexpr char kByteOrderMark[] = "\xEF\xBB\xBF";

Result<qint64> writeExport(const IncidentLog &log, const BackgroundTask &task, const QString &path,
                           const IncidentFilter &f, std::optional<TallyGrouping> g, const QString &what, bool forExcel)
{
    auto inFile = [](const Failure &failure) {
        Failure named = failure;
        named.message = ExportDialog::tr("file: %1").arg(failure.message);
        return named;
    };
    OutputFile file(path);
    if (auto opened = file.open(); !opened) {
        return inFile(opened.failure());
    }
    CancellableDevice device(file.device(), task);
    if (forExcel && device.write(kByteOrderMark, 3) != 3) {
        file.discard();
        return inFile(Failure::storage(device.errorString()));
    }
    Result<qint64> written = g ? CsvReport::writeTally(log, f, *g, device) : CsvReport::writeIncidents(log, f, device);
    if (task.isCancelled()) {
        file.discard();
        return Failure::refused(ExportDialog::tr("the export was cancelled; nothing was written"));
    }
    if (!written) {
        const Failure failure = file.writeError().value_or(written.failure());
        file.discard();
        return failure;
    }
    if (auto committed = file.commit(); !committed) {
        return inFile(committed.failure());
    }
    // The export's documentation beside it, with the audit trail's head at this moment.
    if (auto about = CsvReport::writeAbout(log, path, what, f, g ? std::nullopt : std::optional<qint64>(*written));
        !about) {
        return about.failure();
    }
    return written;
}

} // namespace

ExportDialog::ExportDialog(IncidentLog &log, DatabaseOpener opener, const IncidentFilter &logFilter, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_log(log)
    , m_opener(std::move(opener))
    , m_logFilter(logFilter)
{
    m_ui->setupUi(this);
    DateTyping::install(m_ui->fromEdit);
    DateTyping::install(m_ui->toEdit);
    m_ui->kindCombo->addItem(tr("Incidents (one row per incident and nationality)"), QString());
    const std::pair<TallyGrouping, QString> tallies[] = {
        {TallyGrouping::Day, tr("Tally by day")},
        {TallyGrouping::Week, tr("Tally by week (ISO 8601)")},
        {TallyGrouping::Month, tr("Tally by month")},
        {TallyGrouping::Quarter, tr("Tally by quarter")},
        {TallyGrouping::Year, tr("Tally by year")},
        {TallyGrouping::Nationality, tr("Tally by nationality")},
        {TallyGrouping::Location, tr("Tally by location")},
        {TallyGrouping::Station, tr("Tally by frontier station")},
        {TallyGrouping::District, tr("Tally by frontier district")},
    };
    for (const auto &[g, name] : tallies) {
        m_ui->kindCombo->addItem(name, tallyGroupingCode(g));
    }
    const auto settings = ApplicationIdentity::settings();
    m_ui->kindCombo->setCurrentIndex(std::max(0, m_ui->kindCombo->findData(settings->value(kKindKey).toString())));
    m_ui->excelCheck->setChecked(settings->value(kExcelKey, false).toBool());

    QDate from = logFilter.from;
    QDate to = logFilter.to;
    if (!from.isValid() || !to.isValid()) {
        const auto span = log.reads().dateSpan();
        from = span && span->first.isValid() ? span->first : log.session().today();
        to = span && span->second.isValid() ? span->second : log.session().today();
    }
    m_ui->fromEdit->setDate(from);
    m_ui->toEdit->setDate(to);
    m_ui->useFilterCheck->setEnabled(!logFilter.location.isEmpty() || !logFilter.nationality.isEmpty()
                                     || logFilter.outcome.has_value());
    m_ui->useFilterCheck->setChecked(m_ui->useFilterCheck->isEnabled());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    connect(m_ui->dateRangeCheck, &QCheckBox::toggled, m_ui->fromEdit, &QWidget::setEnabled);
    connect(m_ui->dateRangeCheck, &QCheckBox::toggled, m_ui->toEdit, &QWidget::setEnabled);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::suggestFileName);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    suggestFileName();
}

ExportDialog::~ExportDialog() = default;

std::optional<TallyGrouping> ExportDialog::grouping() const
{
    return tallyGroupingFromCode(m_ui->kindCombo->currentData().toString());
}

IncidentFilter ExportDialog::filter() const
{
    IncidentFilter filter = m_ui->useFilterCheck->isChecked() ? m_logFilter : IncidentFilter();
    filter.from = m_ui->dateRangeCheck->isChecked() ? m_ui->fromEdit->date() : QDate();
    filter.to = m_ui->dateRangeCheck->isChecked() ? m_ui->toEdit->date() : QDate();
    return filter;
}

void ExportDialog::suggestFileName()
{
    const QString folder = ApplicationIdentity::settings()
                               ->value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const auto g = grouping();
    const QString name =
        g ? QStringLiteral("borderlog-tally-by-%1-%2.csv")
                .arg(tallyGroupingCode(*g), m_log.session().today().toString(Qt::ISODate))
          : QStringLiteral("borderlog-incidents-%1.csv").arg(m_log.session().today().toString(Qt::ISODate));
    const QString current = m_ui->fileEdit->text();
    const QString base = current.isEmpty() ? folder : QFileInfo(current).absolutePath();
    m_ui->fileEdit->setText(QDir(base).filePath(name));
}

void ExportDialog::browse()
{
    const QString path =
        Dialogs::fileToSave(this, tr("Export CSV"), m_ui->fileEdit->text(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) {
        m_ui->fileEdit->setText(path);
    }
}

void ExportDialog::fail(const QString &message)
{
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->messageLabel->setText(message);
}

void ExportDialog::accept()
{
    if (m_task) {
        return; // already exporting
    }
    const QString path = m_ui->fileEdit->text().trimmed();
    if (path.isEmpty()) {
        fail(tr("file: choose where to write the CSV"));
        return;
    }
    const IncidentFilter f = filter();
    if (f.from.isValid() && f.from > f.to) {
        fail(tr("dates: the first date must not be after the last"));
        return;
    }
    const auto g = grouping();
    const QString what =
        g ? QStringLiteral("tally") : QStringLiteral("incidents"); // the .about.txt is English, as its CSV
    m_ui->messageLabel->setStyleSheet(QString());
    m_ui->messageLabel->setText(tr("Exporting …"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    // Runs on the worker's thread: only values and the worker's own register.
    const bool forExcel = m_ui->excelCheck->isChecked();
    BackgroundTask::Work<Result<qint64>> work = [path, f, g, what, forExcel](IncidentLog &log, BackgroundTask &task) {
        return writeExport(log, task, path, f, g, what, forExcel);
    };
    m_task = BackgroundTask::run<Result<qint64>>(m_log, m_opener, this, std::move(work),
                                                 [this, path](const Result<qint64> &written) {
                                                     m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
                                                     conclude(written, path);
                                                 });
}

void ExportDialog::conclude(const Result<qint64> &written, const QString &path)
{
    if (!written) {
        fail(written.message());
        return;
    }
    const auto settings = ApplicationIdentity::settings();
    settings->setValue(kFolderKey, QFileInfo(path).absolutePath());
    settings->setValue(kKindKey, m_ui->kindCombo->currentData());
    settings->setValue(kExcelKey, m_ui->excelCheck->isChecked());
    m_summary = grouping() ? tr("Exported %n tally row(s) to %1", nullptr, int(*written)).arg(path)
                           : tr("Exported %n incident(s) to %1", nullptr, int(*written)).arg(path);
    QDialog::accept();
}

void ExportDialog::reject()
{
    if (m_task) {
        m_task->cancel(); // the file it was writing is discarded; the result no longer comes here
    }
    QDialog::reject();
}

} // namespace borderlog
