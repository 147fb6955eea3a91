// SPDX-License-Identifier: GPL-3.0-or-later
#include "logindialog.h"
#include "ui_logindialog.h"

#include "incidentlog.h"

#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileInfo>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

namespace borderlog {

namespace {

const auto kLastUserKey = QStringLiteral("login/lastUser");

} // namespace

LoginDialog::LoginDialog(IncidentLog &log, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_log(log)
{
    m_ui->setupUi(this);
    // After failed logins the next one waits before its password is checked; the window keeps painting
    // meanwhile instead of freezing, and says why it waits.
    m_log.session().setLoginDelay([dialog = QPointer<LoginDialog>(this)](std::chrono::milliseconds wait) {
        if (dialog) {
            const int seconds = int((wait.count() + 999) / 1000);
            dialog->m_ui->messageLabel->setText(
                tr("Failed logins before this one: the password is checked in %n second(s)", nullptr, seconds));
            dialog->m_ui->messageLabel->setVisible(true);
        }
        QEventLoop loop;
        QTimer::singleShot(wait, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    });
    m_ui->databaseLabel->setText(tr("The database %1 uses accounts. Log in to record and review incidents.")
                                     .arg(QFileInfo(log.databaseLocation()).fileName()));
    m_ui->messageLabel->setVisible(false);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));
    m_ui->nameEdit->setText(QSettings().value(kLastUserKey).toString());
    (m_ui->nameEdit->text().isEmpty() ? m_ui->nameEdit : m_ui->passwordEdit)->setFocus();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogIn);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

LoginDialog::~LoginDialog() = default;

bool LoginDialog::tryLogIn()
{
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty()) {
        m_ui->messageLabel->setText(tr("user: type your user name"));
        m_ui->messageLabel->setVisible(true);
        m_ui->nameEdit->setFocus();
        return false;
    }
    setEnabled(false); // a failed login is answered slowly on purpose
    const auto actor = m_log.session().logIn(name, m_ui->passwordEdit->text());
    setEnabled(true);
    m_ui->passwordEdit->clear();
    if (!actor) {
        m_ui->messageLabel->setText(actor.message());
        m_ui->messageLabel->setVisible(true);
        m_ui->passwordEdit->setFocus();
        return false;
    }
    QSettings().setValue(kLastUserKey, actor->name);
    accept();
    return true;
}

} // namespace borderlog
