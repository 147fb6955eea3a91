// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseswitcher.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QWidget;

namespace borderlog {

class IncidentLog;

// Every question, prompt and message box of the desktop app goes through here. A person answers them;
// a test answers them in advance (as KeePassXC's MessageBox::setNextAnswer does), so that no test waits
// on a modal window and no window class carries a hook of its own.
class Dialogs
{
    Q_DECLARE_TR_FUNCTIONS(Dialogs)

public:
    enum class Kind {
        Question,
        Choice,
        Text,
        Login,
        Password,
        FileToOpen,
        FileToSave,
        Information,
        Warning,
    };

    // What a dialog showed, kept for tests to read.
    struct Shown
    {
        Kind kind;
        QString title;
        QString text;
        QString details;
    };

    // An answer given before the dialog is shown.
    class Answer
    {
    public:
        static Answer cancel() { return Answer(); } // No, Cancel, or the window closed
        static Answer yes() { return Answer(true, {}, {}); }
        static Answer text(const QString &text) { return Answer(true, text, {}); } // typed, or a file name
        static Answer login(const QString &name, const QString &password) { return Answer(true, name, password); }
        // A password dialog's fields: the current password (empty for a reset), the new one and its repeat.
        static Answer passwords(const QString &current, const QString &fresh, const QString &repeat)
        {
            return Answer(true, current, fresh, repeat);
        }

        bool accepted() const { return m_accepted; }
        const QString &text() const { return m_text; }
        const QString &password() const { return m_password; }
        const QString &repeat() const { return m_repeat; }

    private:
        Answer() = default;
        Answer(bool accepted, QString text, QString password, QString repeat = {})
            : m_accepted(accepted)
            , m_text(std::move(text))
            , m_password(std::move(password))
            , m_repeat(std::move(repeat))
        {}

        bool m_accepted = false;
        QString m_text;
        QString m_password;
        QString m_repeat;
    };

    // A yes/no question, No by default; true for Yes.
    static bool confirm(QWidget *parent, const QString &title, const QString &question);
    // One of several choices (push buttons, the last one the escape); its index, nothing when the window was
    // closed. A scripted answer names the choice by its text; details are shown under the text.
    static std::optional<qsizetype> choose(QWidget *parent, const QString &title, const QString &text,
                                           const QString &details, const QStringList &choices);
    // One line of text (`initial` typed in already); nothing when cancelled.
    static std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                          const QString &initial = {});
    // One of `items` from a list (a scripted answer names it); nothing when cancelled.
    static std::optional<QString> chooseItem(QWidget *parent, const QString &title, const QString &label,
                                             const QStringList &items);
    // The login dialog of a register (the opener gives its check a connection of its own); true when
    // someone logged in to it.
    static bool logIn(IncidentLog &log, const DatabaseOpener &opener, QWidget *parent);
    // The password dialogs (PasswordDialog): a new password for the logged-in account, with its current one,
    // or an admin's reset of the account `name`'s; true when the new password was stored. A scripted run
    // records the dialog's last message as the shown text.
    static bool changePassword(IncidentLog &log, const DatabaseOpener &opener, QWidget *parent);
    static bool resetPassword(IncidentLog &log, const DatabaseOpener &opener, const QString &name, QWidget *parent);
    // A file to read or write; empty when cancelled.
    static QString fileToOpen(QWidget *parent, const QString &title, const QString &folder, const QString &filter);
    static QString fileToSave(QWidget *parent, const QString &title, const QString &folder, const QString &filter);
    static void inform(QWidget *parent, const QString &title, const QString &text);
    // A problem; details, when given, are shown in full on demand and their first lines under the text.
    static void warn(QWidget *parent, const QString &title, const QString &text, const QString &details = {});
    // Help > About (rich text).
    static void about(QWidget *parent, const QString &title, const QString &text);

    // Tests: answers come from the queue, in order, instead of from a person; an unanswered question is
    // cancelled, and message boxes are only recorded. What the program does with an answer is the same.
    static void setScripted(bool scripted);
    static void setNextAnswer(const Answer &answer);
    static qsizetype pendingAnswers();
    // Every dialog of the scripted run since the last clearShown(), oldest first.
    static QList<Shown> shown();
    static std::optional<Shown> lastShown();
    static qsizetype shownCount(Kind kind);
    static void clearShown();
};

} // namespace borderlog
