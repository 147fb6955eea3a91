// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseswitcher.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class PasswordDialog;
}

namespace borderlog {

class BackgroundTask;
class DelayCountdown;
class IncidentLog;

// A new password, typed twice: the logged-in account's own, with its current password (File › Change my
// password…), or another account's, reset by an admin (Admin › Accounts…, Reset password…). Stays open, saying
// why, until the change is stored or the person cancels. The change runs on a thread of its own with a
// connection of its own (BackgroundTask): the current password is checked as a login's is, and after failed
// logins that check waits out its delay there while the dialog counts down and keeps what is typed. The
// current password's field is cleared as each attempt starts.
class PasswordDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordDialog)

public:
    enum class Purpose {
        OwnChange, // the logged-in account's, with the current password
        Reset,     // another account's, by an admin
    };

    // `account`: whose password is reset (Purpose::Reset); the logged-in account's for an own change.
    PasswordDialog(IncidentLog &log, DatabaseOpener opener, Purpose purpose, const QString &account,
                   QWidget *parent = nullptr);
    ~PasswordDialog() override;

    // Starts the change with what is typed; changed() tells how it ended (the dialog is accepted when the new
    // password is stored). False when nothing started (the two new passwords differ, or a change is running).
    bool tryChange();

signals:
    void changed(bool stored);

private:
    void showMessage(const QString &text);
    void conclude(const Result<void> &stored);

    std::unique_ptr<Ui::PasswordDialog> m_ui;
    IncidentLog &m_log;
    DatabaseOpener m_opener;
    Purpose m_purpose;
    QString m_account;
    QPointer<BackgroundTask> m_task;
    DelayCountdown *m_checkWait;
};

} // namespace borderlog
