// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseswitcher.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class AccountsDialog;
}

namespace borderlog {

class IncidentLog;

// An admin's list of accounts: add one with a role and password, disable or enable one, reset one's password. The first
// account of a database without accounts (an admin) is created here too, which switches the database to logins.
class AccountsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    // The opener gives a password reset a connection of its own (PasswordDialog).
    AccountsDialog(IncidentLog &log, DatabaseOpener opener, QWidget *parent = nullptr);
    ~AccountsDialog() override;

public slots:
    void reload();
    bool addAccount();
    // The selected account's new password, typed twice (the password dialog); true when it was stored.
    bool resetSelectedPassword();

private:
    void setSelectedDisabled(bool disabled);
    void updateButtons();
    // The selected account's name, or nothing (then it says to select one).
    std::optional<QString> selectedName();
    void showMessage(const QString &text, bool problem);

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    IncidentLog &m_log;
    DatabaseOpener m_opener;
};

} // namespace borderlog
