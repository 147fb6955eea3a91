// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsdialog.h"
#include "ui_accountsdialog.h"

#include "accessrules.h"
#include "auditentry.h"
#include "dialogs.h"
#include "incidentlog.h"

#include <QDialogButtonBox>
#include <QHeaderView>

namespace borderlog {

AccountsDialog::AccountsDialog(IncidentLog &log, DatabaseOpener opener, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountsDialog>())
    , m_log(log)
    , m_opener(std::move(opener))
{
    m_ui->setupUi(this);
    m_ui->accountTable->setColumnCount(4);
    m_ui->accountTable->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("State"), tr("Created")});
    m_ui->accountTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->accountTable->verticalHeader()->setVisible(false);
    for (const Role role : {Role::Officer, Role::Supervisor, Role::Admin}) {
        m_ui->roleCombo->addItem(roleName(role), int(role));
    }
    m_ui->messageLabel->setVisible(false);
    connect(m_ui->addButton, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_ui->disableButton, &QPushButton::clicked, this, [this] { setSelectedDisabled(true); });
    connect(m_ui->enableButton, &QPushButton::clicked, this, [this] { setSelectedDisabled(false); });
    connect(m_ui->resetPasswordButton, &QPushButton::clicked, this, &AccountsDialog::resetSelectedPassword);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->accountTable, &QTableWidget::itemSelectionChanged, this, &AccountsDialog::updateButtons);
    reload();
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::showMessage(const QString &text, bool problem)
{
    m_ui->messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void AccountsDialog::reload()
{
    const auto uses = m_log.session().usesAccounts();
    const bool first = uses && !*uses;
    m_ui->newAccountBox->setTitle(first ? tr("First account (an admin; from then on everyone logs in)")
                                        : tr("New account"));
    if (first) {
        m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(int(Role::Admin)));
    }
    m_ui->roleCombo->setEnabled(!first);
    auto accounts = m_log.accounts().list();
    if (!accounts) {
        showMessage(accounts.message(), true);
        return;
    }
    m_ui->accountTable->setRowCount(int(accounts->size()));
    for (int row = 0; row < accounts->size(); ++row) {
        const Account &a = (*accounts)[row];
        const QStringList cells{a.name, roleName(a.role), a.disabled ? tr("disabled") : tr("enabled"),
                                tr("%1 by %2").arg(AuditEntry::formatTime(a.createdAt).left(10), a.createdBy)};
        for (int c = 0; c < cells.size(); ++c) {
            m_ui->accountTable->setItem(row, c, new QTableWidgetItem(cells[c]));
        }
        m_ui->accountTable->item(row, 0)->setData(Qt::UserRole, a.disabled);
    }
    updateButtons();
}

void AccountsDialog::updateButtons()
{
    // What can be done to the selected account: nothing without one, and only the opposite of its state.
    const auto selected = m_ui->accountTable->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.first()->row();
    const bool disabled = row >= 0 && m_ui->accountTable->item(row, 0)->data(Qt::UserRole).toBool();
    m_ui->disableButton->setEnabled(row >= 0 && !disabled);
    m_ui->enableButton->setEnabled(row >= 0 && disabled);
    m_ui->resetPasswordButton->setEnabled(row >= 0);
}

bool AccountsDialog::addAccount()
{
    if (m_ui->passwordEdit->text() != m_ui->repeatEdit->text()) {
        showMessage(tr("password: the two passwords differ"), true);
        return false;
    }
    const QString name = m_ui->nameEdit->text().trimmed();
    const auto added =
        m_log.accounts().add(name, Role(m_ui->roleCombo->currentData().toInt()), m_ui->passwordEdit->text());
    m_ui->passwordEdit->clear();
    m_ui->repeatEdit->clear();
    if (!added) {
        showMessage(added.message(), true);
        return false;
    }
    m_ui->nameEdit->clear();
    showMessage(tr("Account %1 added.").arg(name), false);
    reload();
    return true;
}

std::optional<QString> AccountsDialog::selectedName()
{
    const auto selected = m_ui->accountTable->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.first()->row();
    if (row < 0) {
        showMessage(tr("Select an account first."), true);
        return std::nullopt;
    }
    return m_ui->accountTable->item(row, 0)->text();
}

void AccountsDialog::setSelectedDisabled(bool disabled)
{
    const auto name = selectedName();
    if (!name) {
        return;
    }
    if (auto changed = m_log.accounts().setDisabled(*name, disabled); !changed) {
        showMessage(changed.message(), true);
        return;
    }
    showMessage(disabled ? tr("Account %1 disabled; its history stays.").arg(*name)
                         : tr("Account %1 enabled.").arg(*name),
                false);
    reload();
}

bool AccountsDialog::resetSelectedPassword()
{
    const auto name = selectedName();
    if (!name) {
        return false;
    }
    // Said before the dialog asks for a password it would refuse (one's own, or not an admin).
    if (auto allowed = AccessRules::mayResetPassword(m_log.session().actor(), *name); !allowed) {
        showMessage(allowed.message(), true);
        return false;
    }
    if (!Dialogs::resetPassword(m_log, m_opener, *name, this)) {
        return false;
    }
    showMessage(tr("Password of %1 reset; %1 logs in with the new one.").arg(*name), false);
    reload();
    return true;
}

} // namespace borderlog
