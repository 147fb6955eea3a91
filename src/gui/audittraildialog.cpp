// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittraildialog.h"
#include "ui_audittraildialog.h"

#include "audittrailmodel.h"
#include "backgroundtask.h"
#include "csvreport.h"
#include "datetyping.h"
#include "dialogs.h"
#include "displaytext.h"
#include "incidentlog.h"
#include "outputfile.h"

#include <QHeaderView>

namespace borderlog {

AuditTrailDialog::AuditTrailDialog(IncidentLog &log, DatabaseOpener opener, std::optional<QUuid> incident,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuditTrailDialog>())
    , m_log(log)
    , m_opener(std::move(opener))
    , m_incident(incident)
    , m_model(new AuditTrailModel(this))
{
    m_ui->setupUi(this);
    DateTyping::install(m_ui->fromEdit);
    DateTyping::install(m_ui->toEdit);
    m_ui->entryTable->setModel(m_model);
    m_ui->entryTable->verticalHeader()->setVisible(false);
    m_ui->entryTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->entryTable->setColumnWidth(AuditTrailModel::SequenceColumn, 50);
    m_ui->entryTable->setColumnWidth(AuditTrailModel::TimeColumn, 170);
    m_ui->entryTable->setColumnWidth(AuditTrailModel::ActionColumn, 120);
    m_ui->entryTable->setColumnWidth(AuditTrailModel::IncidentColumn, 80);
    m_ui->entryTable->setColumnWidth(AuditTrailModel::ChangesColumn, 420);
    m_ui->messageLabel->setVisible(false);

    const QDate today = log.session().today();
    m_ui->fromEdit->setDate(today.addDays(-30));
    m_ui->toEdit->setDate(today);
    m_ui->fromEdit->setEnabled(false);
    m_ui->toEdit->setEnabled(false);
    m_ui->actionCombo->addItem(tr("Any"));
    for (int a = int(AuditAction::Adopt); a <= int(AuditAction::NationalChange); ++a) {
        m_ui->actionCombo->addItem(AuditTrailModel::actionName(AuditAction(a)), a);
    }
    if (m_incident) {
        setWindowTitle(tr("History of incident %1").arg(m_incident->toString(QUuid::WithoutBraces).left(8)));
        m_ui->filterRow->setVisible(false);
        m_ui->verifyButton->setVisible(false);
        m_ui->exportButton->setVisible(false);
        m_ui->entryTable->setColumnHidden(AuditTrailModel::IncidentColumn, true);
    }
    connect(m_ui->datesCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->fromEdit->setEnabled(on);
        m_ui->toEdit->setEnabled(on);
        reload();
    });
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, &AuditTrailDialog::reload);
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, &AuditTrailDialog::reload);
    connect(m_ui->userEdit, &QLineEdit::editingFinished, this, &AuditTrailDialog::reload);
    connect(m_ui->incidentEdit, &QLineEdit::editingFinished, this, &AuditTrailDialog::reload);
    connect(m_ui->actionCombo, &QComboBox::currentIndexChanged, this, &AuditTrailDialog::reload);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &AuditTrailDialog::verify);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AuditTrailDialog::exportCsv);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    reload();
}

AuditTrailDialog::~AuditTrailDialog() = default;

AuditFilter AuditTrailDialog::filter() const
{
    AuditFilter f;
    if (m_ui->datesCheck->isChecked()) {
        f.from = m_ui->fromEdit->date();
        f.to = m_ui->toEdit->date();
    }
    f.user = m_ui->userEdit->text().trimmed();
    f.incidentId = m_ui->incidentEdit->text().trimmed();
    if (const QVariant a = m_ui->actionCombo->currentData(); a.isValid()) {
        f.action = AuditAction(a.toInt());
    }
    return f;
}

void AuditTrailDialog::showMessage(const QString &text, bool problem)
{
    m_ui->messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void AuditTrailDialog::reload()
{
    QList<AuditEntry> entries;
    if (m_incident) {
        auto history = m_log.audit().incidentHistory(*m_incident);
        if (!history) {
            showMessage(history.message(), true);
            return;
        }
        entries = *history;
    } else {
        auto listed = m_log.audit().forEach(filter(), [&entries](const AuditEntry &e) {
            entries << e;
            return true;
        });
        if (!listed) {
            showMessage(listed.message(), true);
            return;
        }
    }
    m_model->setEntries(std::move(entries));
}

void AuditTrailDialog::verify()
{
    // The replay reads the whole register: it runs beside the window, which keeps painting. Closing the
    // dialog meanwhile leaves the check to finish on its own; its result is then dropped.
    m_ui->verifyButton->setEnabled(false);
    showMessage(tr("Verifying the trail …"), false);
    BackgroundTask::run<Result<AuditVerification>>(
        m_log, m_opener, this, [](IncidentLog &log, BackgroundTask &) { return log.audit().verify(); },
        [this](const Result<AuditVerification> &verified) {
            m_ui->verifyButton->setEnabled(true);
            showVerification(verified);
            emit this->verified();
        });
}

void AuditTrailDialog::showVerification(const Result<AuditVerification> &verified)
{
    if (!verified) {
        showMessage(verified.message(), true);
        return;
    }
    if (verified->ok()) {
        showMessage(tr("The trail holds: %1 entries and %2 incidents checked. Head: %3")
                        .arg(verified->entries)
                        .arg(verified->incidents)
                        .arg(verified->head.toString()),
                    false);
        return;
    }
    QStringList lines;
    for (const auto &p : verified->problems) {
        lines << DisplayText::escaped(p.message); // one line each, whatever the file held
    }
    showMessage(tr("The trail does not hold. First entry that does not match: %1\n%2")
                    .arg(verified->problems.first().sequence)
                    .arg(lines.mid(0, 10).join(u'\n')),
                true);
}

void AuditTrailDialog::exportCsv()
{
    const QString path = Dialogs::fileToSave(this, tr("Export the audit trail"), QStringLiteral("audit-trail.csv"),
                                             tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    OutputFile file(path);
    if (auto opened = file.open(); !opened) {
        showMessage(tr("file: %1").arg(opened.message()), true);
        return;
    }
    const auto written = CsvReport::writeAuditTrail(m_log, filter(), file.device());
    if (!written) {
        const Failure failure = file.writeError().value_or(written.failure());
        file.discard();
        showMessage(failure.message, true);
        return;
    }
    if (auto committed = file.commit(); !committed) {
        showMessage(tr("file: %1").arg(committed.message()), true);
        return;
    }
    showMessage(tr("Exported %n entry(s) to %1", nullptr, int(*written)).arg(path), false);
}

} // namespace borderlog
