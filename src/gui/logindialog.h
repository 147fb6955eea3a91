// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseswitcher.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace borderlog {

class BackgroundTask;
class DelayCountdown;
class IncidentLog;

// Asks for a user name and password and logs in to the register; stays open, saying why, until a login
// succeeds or the person cancels. The cursor starts in the user field when it is empty, else in the password
// field. The password is checked on a thread of its own with a connection of its own (BackgroundTask). After
// a failed login the dialog counts down to the next attempt's check ("Try again in 3 seconds") and keeps
// taking keystrokes; an attempt made sooner is taken at once and its check waits until the delay is over
// (Session::logIn waits it out on the worker), while the dialog counts down that wait. The password field is
// cleared as each attempt starts.
class LoginDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    LoginDialog(IncidentLog &log, DatabaseOpener opener, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Starts the check of the typed name and password; checked() tells how it ended (the dialog is accepted
    // when logged in). False when no check started (no name typed, or a check is running).
    bool tryLogIn();

signals:
    void checked(bool loggedIn);

private:
    void showMessage(const QString &text);
    // `nextWait`: after a refusal, how long the next attempt's check waits (milliseconds).
    void conclude(const Result<Account> &account, qint64 nextWait);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    IncidentLog &m_log;
    DatabaseOpener m_opener;
    QPointer<BackgroundTask> m_check;
    DelayCountdown *m_checkWait; // a check waiting on the worker
    DelayCountdown *m_nextWait;  // after a refusal, until the next attempt is checked without a wait
    QString m_refusal;
};

} // namespace borderlog
