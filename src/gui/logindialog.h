// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseswitcher.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

#include <memory>

class QTimer;

namespace Ui {
class LoginDialog;
}

namespace borderlog {

class BackgroundTask;
class IncidentLog;

// Asks for a user name and password and logs in to the register; stays open, saying why, until a login
// succeeds or the person cancels. The password is checked on a thread of its own with a connection of its
// own (BackgroundTask): after failed logins the check waits out its delay there, while the dialog counts
// down and keeps what is typed. The password field is cleared as each attempt starts.
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
    void showCountdown();
    void conclude(const Result<Account> &account);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    IncidentLog &m_log;
    DatabaseOpener m_opener;
    QPointer<BackgroundTask> m_check;
    QTimer *m_countdown;
    QDateTime m_checkedAt;
};

} // namespace borderlog
