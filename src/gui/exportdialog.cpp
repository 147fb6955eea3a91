// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"
#include "ui_exportdialog.h"

#include "csvreport.h"
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

} // namespace

ExportDialog::ExportDialog(IncidentLog &log, const IncidentFilter &logFilter, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_log(log)
    , m_logFilter(logFilter)
{
    m_ui->setupUi(this);
    m_ui->kindCombo->addItem(tr("Incidents (one row per incident and nationality)"), QString());
    for (TallyGrouping g : {TallyGrouping::Day, TallyGrouping::Month, TallyGrouping::Year, TallyGrouping::Nationality,
                            TallyGrouping::Location}) {
        m_ui->kindCombo->addItem(tr("Tally by %1").arg(tallyGroupingCode(g)), tallyGroupingCode(g));
    }
    QSettings settings;
    m_ui->kindCombo->setCurrentIndex(std::max(0, m_ui->kindCombo->findData(settings.value(kKindKey).toString())));

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
    const QString folder =
        QSettings().value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
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

void ExportDialog::accept()
{
    const QString path = m_ui->fileEdit->text().trimmed();
    auto fail = [this](const QString &message) {
        m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_ui->messageLabel->setText(message);
    };
    if (path.isEmpty()) {
        fail(tr("file: choose where to write the CSV"));
        return;
    }
    const IncidentFilter f = filter();
    if (f.from.isValid() && f.from > f.to) {
        fail(tr("dates: the first date must not be after the last"));
        return;
    }
    OutputFile file(path);
    if (auto opened = file.open(); !opened) {
        fail(tr("file: %1").arg(opened.message()));
        return;
    }
    const auto g = grouping();
    const Result<qint64> written =
        g ? CsvReport::writeTally(m_log, f, *g, file.device()) : CsvReport::writeIncidents(m_log, f, file.device());
    if (!written) {
        const Failure failure = file.writeError().value_or(written.failure());
        file.discard();
        fail(failure.message);
        return;
    }
    if (auto committed = file.commit(); !committed) {
        fail(tr("file: %1").arg(committed.message()));
        return;
    }
    // The export's documentation beside it, with the audit trail's head at this moment.
    if (auto about = CsvReport::writeAbout(m_log, path, g ? tr("tally") : tr("incidents"), f, *written); !about) {
        fail(about.message());
        return;
    }
    QSettings settings;
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    settings.setValue(kKindKey, m_ui->kindCombo->currentData());
    m_summary = g ? tr("Exported %n tally row(s) to %1", nullptr, int(*written)).arg(path)
                  : tr("Exported %n incident(s) to %1", nullptr, int(*written)).arg(path);
    QDialog::accept();
}

} // namespace borderlog
