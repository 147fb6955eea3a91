// SPDX-License-Identifier: GPL-3.0-or-later
#include "logindialog.h"
#include "ui_logindialog.h"

#include "applicationidentity.h"
#include "backgroundtask.h"
#include "delaycountdown.h"
#include "incidentlog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>

#include <thread>

namespace borderlog {

namespace {

const auto kLastUserKey = QStringLiteral("login/lastUser");

// What a check hands back from the worker: the account logged in, or why not and, then, how long the next
// attempt's check would wait.
struct LoginAttempt
{
    LoginAttempt(Failure failure)
        : account(std::move(failure))
    {}
    LoginAttempt(Result<Account> result, qint64 wait)
        : account(std::move(result))
        , nextWait(wait)
    {}

    Result<Account> account;
    qint64 nextWait = 0;
};

} // namespace

LoginDialog::LoginDialog(IncidentLog &log, DatabaseOpener opener, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_log(log)
    , m_opener(std::move(opener))
    , m_checkWait(new DelayCountdown(this))
    , m_nextWait(new DelayCountdown(this))
{
    m_ui->setupUi(this);
    m_ui->databaseLabel->setText(tr("The database %1 uses accounts. Log in to record and review incidents.")
                                     .arg(QFileInfo(log.databaseLocation()).fileName()));
    m_ui->messageLabel->setVisible(false);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));
    m_ui->nameEdit->setText(ApplicationIdentity::settings()->value(kLastUserKey).toString());
    (m_ui->nameEdit->text().isEmpty() ? m_ui->nameEdit : m_ui->passwordEdit)->setFocus();
    connect(m_checkWait, &DelayCountdown::ticked, this, [this](int seconds) {
        showMessage(tr("Failed logins before this one: the password is checked in %n second(s)", nullptr, seconds));
    });
    connect(m_nextWait, &DelayCountdown::ticked, this, [this](int seconds) {
        showMessage(m_refusal + u'\n'
                    + tr("Try again in %n second(s); an attempt made sooner waits until then.", nullptr, seconds));
    });
    connect(m_nextWait, &DelayCountdown::ended, this, [this] { showMessage(m_refusal); });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogIn);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

bool LoginDialog::tryLogIn()
{
    if (m_check) {
        return false; // one check at a time
    }
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty()) {
        showMessage(tr("user: type your user name"));
        m_ui->nameEdit->setFocus();
        return false;
    }
    const QString password = m_ui->passwordEdit->text();
    m_ui->passwordEdit->clear();
    m_nextWait->stop();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false); // a failed login is answered slowly on purpose
    // Runs on the worker's thread, over its own register. The delay after failed logins is waited out there
    // (Session::logIn counts the attempt, committed, before it waits): closing the dialog does not hurry it.
    BackgroundTask::Work<LoginAttempt> work = [name, password](IncidentLog &log, BackgroundTask &task) {
        if (task.ranOnOwnConnection()) {
            log.session().setLoginDelay([&task](std::chrono::milliseconds wait) {
                task.reportWait(wait);
                std::this_thread::sleep_for(wait);
            });
        }
        const auto actor = log.session().logIn(name, password);
        if (!actor) {
            const QDateTime due = log.session().nextCheckDue();
            return LoginAttempt(actor.failure(), due.isValid() ? log.session().now().msecsTo(due) : 0);
        }
        return LoginAttempt(Result<Account>(*log.session().account()), 0);
    };
    m_check =
        BackgroundTask::run<LoginAttempt>(m_log, m_opener, this, std::move(work), [this](const LoginAttempt &attempt) {
            conclude(attempt.account, attempt.nextWait);
        });
    connect(m_check, &BackgroundTask::waiting, m_checkWait, &DelayCountdown::start);
    return true;
}

void LoginDialog::conclude(const Result<Account> &account, qint64 nextWait)
{
    m_checkWait->stop();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (!account) {
        m_refusal = account.message();
        showMessage(m_refusal);
        m_nextWait->start(nextWait);
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
