// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace borderlog {

class IncidentLog;

// Asks for a user name and password and logs in to the register; stays open, saying why, until a login
// succeeds or the person cancels. The password field is cleared after every attempt.
class LoginDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    explicit LoginDialog(IncidentLog &log, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Tries the typed name and password; true when logged in (the dialog is then accepted).
    bool tryLogIn();

private:
    std::unique_ptr<Ui::LoginDialog> m_ui;
    IncidentLog &m_log;
};

} // namespace borderlog
