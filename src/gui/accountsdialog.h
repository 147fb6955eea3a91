// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AccountsDialog;
}

namespace borderlog {

class IncidentLog;

// An admin's list of accounts: add one with a role and password, disable or enable one. The first account
// of a database without accounts (an admin) is created here too, which switches the database to logins.
class AccountsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    explicit AccountsDialog(IncidentLog &log, QWidget *parent = nullptr);
    ~AccountsDialog() override;

public slots:
    void reload();
    bool addAccount();

private:
    void setSelectedDisabled(bool disabled);
    void showMessage(const QString &text, bool problem);

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    IncidentLog &m_log;
};

} // namespace borderlog
