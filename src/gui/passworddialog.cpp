// SPDX-License-Identifier: GPL-3.0-or-later
#include "passworddialog.h"
#include "ui_passworddialog.h"

#include "backgroundtask.h"
#include "delaycountdown.h"
#include "incidentlog.h"

#include <QDialogButtonBox>
#include <QPushButton>

#include <thread>

namespace borderlog {

PasswordDialog::PasswordDialog(IncidentLog &log, DatabaseOpener opener, Purpose purpose, const QString &account,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PasswordDialog>())
    , m_log(log)
    , m_opener(std::move(opener))
    , m_purpose(purpose)
    , m_account(purpose == Purpose::Reset ? account : log.session().actor().name)
    , m_checkWait(new DelayCountdown(this))
{
    m_ui->setupUi(this);
    const bool own = purpose == Purpose::OwnChange;
    setWindowTitle(own ? tr("Change my password") : tr("Reset password"));
    m_ui->accountLabel->setText(
        own ? tr("A new password for %1. Your current password confirms it is you.").arg(m_account)
            : tr("A new password for %1, who logs in with it from now on. Tell it to "
                 "them in person; they can change it then.")
                  .arg(m_account));
    m_ui->currentLabel->setVisible(own);
    m_ui->currentEdit->setVisible(own);
    m_ui->messageLabel->setVisible(false);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(own ? tr("&Change password") : tr("&Reset password"));
    (own ? m_ui->currentEdit : m_ui->freshEdit)->setFocus();
    connect(m_checkWait, &DelayCountdown::ticked, this, [this](int seconds) {
        showMessage(
            tr("Failed logins before this one: the current password is checked in %n second(s)", nullptr, seconds));
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::tryChange);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PasswordDialog::~PasswordDialog() = default;

void PasswordDialog::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

bool PasswordDialog::tryChange()
{
    if (m_task) {
        return false; // one change at a time
    }
    const QString fresh = m_ui->freshEdit->text();
    if (fresh != m_ui->repeatEdit->text()) {
        showMessage(tr("new password: the two new passwords differ"));
        m_ui->repeatEdit->clear();
        m_ui->repeatEdit->setFocus();
        return false;
    }
    const QString current = m_ui->currentEdit->text();
    m_ui->currentEdit->clear();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    showMessage(QString());
    // On the worker's thread, over its own register, acting as the window's user: the check of the current
    // password waits out the delay of failed logins there, and both Argon2id steps stay off the window.
    BackgroundTask::Work<Result<void>> work = [purpose = m_purpose, account = m_account, current,
                                               fresh](IncidentLog &log, BackgroundTask &task) {
        if (task.ranOnOwnConnection()) {
            log.session().setLoginDelay([&task](std::chrono::milliseconds wait) {
                task.reportWait(wait);
                std::this_thread::sleep_for(wait);
            });
        }
        return purpose == Purpose::OwnChange ? log.accounts().changeOwnPassword(current, fresh)
                                             : log.accounts().resetPassword(account, fresh);
    };
    m_task = BackgroundTask::run<Result<void>>(m_log, m_opener, this, std::move(work),
                                               [this](const Result<void> &stored) { conclude(stored); });
    connect(m_task, &BackgroundTask::waiting, m_checkWait, &DelayCountdown::start);
    return true;
}

void PasswordDialog::conclude(const Result<void> &stored)
{
    m_checkWait->stop();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (!stored) {
        showMessage(stored.message());
        (m_purpose == Purpose::OwnChange ? m_ui->currentEdit : m_ui->freshEdit)->setFocus();
        emit changed(false);
        return;
    }
    m_ui->freshEdit->clear();
    m_ui->repeatEdit->clear();
    accept();
    emit changed(true);
}

} // namespace borderlog
