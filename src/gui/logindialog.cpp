// SPDX-License-Identifier: GPL-3.0-or-later
#include "logindialog.h"
#include "ui_logindialog.h"

#include "applicationidentity.h"
#include "backgroundtask.h"
#include "incidentlog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

#include <thread>

namespace borderlog {

namespace {

const auto kLastUserKey = QStringLiteral("login/lastUser");

} // namespace

LoginDialog::LoginDialog(IncidentLog &log, DatabaseOpener opener, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_log(log)
    , m_opener(std::move(opener))
    , m_countdown(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->databaseLabel->setText(tr("The database %1 uses accounts. Log in to record and review incidents.")
                                     .arg(QFileInfo(log.databaseLocation()).fileName()));
    m_ui->messageLabel->setVisible(false);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));
    m_ui->nameEdit->setText(ApplicationIdentity::settings()->value(kLastUserKey).toString());
    (m_ui->nameEdit->text().isEmpty() ? m_ui->nameEdit : m_ui->passwordEdit)->setFocus();
    m_countdown->setInterval(250);
    connect(m_countdown, &QTimer::timeout, this, &LoginDialog::showCountdown);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogIn);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

LoginDialog::~LoginDialog() = default;

bool LoginDialog::tryLogIn()
{
    if (m_check) {
        return false; // one check at a time
    }
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty()) {
        m_ui->messageLabel->setText(tr("user: type your user name"));
        m_ui->messageLabel->setVisible(true);
        m_ui->nameEdit->setFocus();
        return false;
    }
    const QString password = m_ui->passwordEdit->text();
    m_ui->passwordEdit->clear();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false); // a failed login is answered slowly on purpose
    // Runs on the worker's thread, over its own register. The delay after failed logins is waited out there
    // (Session::logIn counts the attempt, committed, before it waits): closing the dialog does not hurry it.
    BackgroundTask::Work<Result<Account>> work = [name, password](IncidentLog &log, BackgroundTask &task) {
        if (task.ranOnOwnConnection()) {
            log.session().setLoginDelay([&task](std::chrono::milliseconds wait) {
                task.reportWait(wait);
                std::this_thread::sleep_for(wait);
            });
        }
        const auto actor = log.session().logIn(name, password);
        if (!actor) {
            return Result<Account>(actor.failure());
        }
        return Result<Account>(*log.session().account());
    };
    m_check = BackgroundTask::run<Result<Account>>(m_log, m_opener, this, std::move(work),
                                                   [this](const Result<Account> &account) { conclude(account); });
    connect(m_check, &BackgroundTask::waiting, this, [this](qint64 milliseconds) {
        m_checkedAt = QDateTime::currentDateTimeUtc().addMSecs(milliseconds);
        showCountdown();
        m_countdown->start();
    });
    return true;
}

void LoginDialog::showCountdown()
{
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_checkedAt);
    const int seconds = int((std::max<qint64>(left, 0) + 999) / 1000);
    m_ui->messageLabel->setText(
        tr("Failed logins before this one: the password is checked in %n second(s)", nullptr, seconds));
    m_ui->messageLabel->setVisible(true);
}

void LoginDialog::conclude(const Result<Account> &account)
{
    m_countdown->stop();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (!account) {
        m_ui->messageLabel->setText(account.message());
        m_ui->messageLabel->setVisible(true);
        m_ui->passwordEdit->setFocus();
        emit checked(false);
        return;
    }
    // Checked on the worker's connection: the window's register takes the account it logged in.
    m_log.session().setAccount(*account);
    ApplicationIdentity::settings()->setValue(kLastUserKey, account->name);
    accept();
    emit checked(true);
}

} // namespace borderlog
