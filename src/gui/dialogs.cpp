// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs.h"

#include "logindialog.h"
#include "passworddialog.h"

#include <QEventLoop>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace borderlog {

namespace {

struct Script
{
    bool scripted = false;
    QList<Dialogs::Answer> answers;
    QList<Dialogs::Shown> shown;
};

Script &script()
{
    static Script instance;
    return instance;
}

// In a scripted run: records what is shown and gives the answer queued for it (cancel when none is).
std::optional<Dialogs::Answer> scriptedAnswer(Dialogs::Kind kind, const QString &title, const QString &text,
                                              const QString &details = {})
{
    Script &s = script();
    if (!s.scripted) {
        return std::nullopt;
    }
    s.shown.append({kind, title, text, details});
    return s.answers.isEmpty() ? Dialogs::Answer::cancel() : s.answers.takeFirst();
}

QString scriptedFile(const Dialogs::Answer &answer)
{
    return answer.accepted() ? answer.text() : QString();
}

} // namespace

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &question)
{
    if (const auto answer = scriptedAnswer(Kind::Question, title, question)) {
        return answer->accepted();
    }
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
}

std::optional<qsizetype> Dialogs::choose(QWidget *parent, const QString &title, const QString &text,
                                         const QString &details, const QStringList &choices)
{
    if (const auto answer = scriptedAnswer(Kind::Choice, title, text, details)) {
        const qsizetype index = choices.indexOf(answer->text());
        return answer->accepted() && index >= 0 ? std::optional<qsizetype>(index) : std::nullopt;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setInformativeText(details);
    QList<QAbstractButton *> buttons;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const bool last = i == choices.size() - 1;
        buttons << box.addButton(choices[i], i == 0 ? QMessageBox::AcceptRole
                                             : last ? QMessageBox::RejectRole
                                                    : QMessageBox::ActionRole);
    }
    box.exec();
    const qsizetype index = buttons.indexOf(box.clickedButton());
    return index >= 0 ? std::optional<qsizetype>(index) : std::nullopt;
}

std::optional<QString> Dialogs::askText(QWidget *parent, const QString &title, const QString &label,
                                        const QString &initial)
{
    if (const auto answer = scriptedAnswer(Kind::Text, title, label)) {
        return answer->accepted() ? std::optional<QString>(answer->text()) : std::nullopt;
    }
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

std::optional<QString> Dialogs::chooseItem(QWidget *parent, const QString &title, const QString &label,
                                           const QStringList &items)
{
    if (const auto answer = scriptedAnswer(Kind::Choice, title, label)) {
        return answer->accepted() && items.contains(answer->text()) ? std::optional<QString>(answer->text())
                                                                    : std::nullopt;
    }
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    return ok ? std::optional<QString>(item) : std::nullopt;
}

bool Dialogs::logIn(IncidentLog &log, const DatabaseOpener &opener, QWidget *parent)
{
    LoginDialog dialog(log, opener, parent);
    const auto answer = scriptedAnswer(Kind::Login, dialog.windowTitle(), QString());
    if (!answer) {
        return dialog.exec() == QDialog::Accepted;
    }
    if (!answer->accepted()) {
        return false;
    }
    // Typed into the same dialog a person sees, so the login takes the same way.
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(answer->text());
    dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(answer->password());
    // The check runs beside the event loop; a scripted answer waits for it as a person would.
    bool loggedIn = false;
    QEventLoop checking;
    QObject::connect(&dialog, &LoginDialog::checked, &checking, [&](bool ok) {
        loggedIn = ok;
        checking.quit();
    });
    if (!dialog.tryLogIn()) {
        return false;
    }
    checking.exec();
    return loggedIn;
}

namespace {

// A password dialog answered by a script: typed into the same fields a person sees, waited for as a person
// would; what it said at the end is recorded as the shown text.
bool scriptedPasswords(PasswordDialog &dialog, const Dialogs::Answer &answer)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("currentEdit"))->setText(answer.text());
    dialog.findChild<QLineEdit *>(QStringLiteral("freshEdit"))->setText(answer.password());
    dialog.findChild<QLineEdit *>(QStringLiteral("repeatEdit"))->setText(answer.repeat());
    bool stored = false;
    QEventLoop changing;
    QObject::connect(&dialog, &PasswordDialog::changed, &changing, [&](bool ok) {
        stored = ok;
        changing.quit();
    });
    if (dialog.tryChange()) {
        changing.exec();
    }
    script().shown.last().text = dialog.findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
    return stored;
}

bool passwordDialog(PasswordDialog &dialog)
{
    const auto answer = scriptedAnswer(Dialogs::Kind::Password, dialog.windowTitle(), QString());
    if (!answer) {
        return dialog.exec() == QDialog::Accepted;
    }
    return answer->accepted() && scriptedPasswords(dialog, *answer);
}

} // namespace

bool Dialogs::changePassword(IncidentLog &log, const DatabaseOpener &opener, QWidget *parent)
{
    PasswordDialog dialog(log, opener, PasswordDialog::Purpose::OwnChange, QString(), parent);
    return passwordDialog(dialog);
}

bool Dialogs::resetPassword(IncidentLog &log, const DatabaseOpener &opener, const QString &name, QWidget *parent)
{
    PasswordDialog dialog(log, opener, PasswordDialog::Purpose::Reset, name, parent);
    return passwordDialog(dialog);
}

QString Dialogs::fileToOpen(QWidget *parent, const QString &title, const QString &folder, const QString &filter)
{
    if (const auto answer = scriptedAnswer(Kind::FileToOpen, title, folder)) {
        return scriptedFile(*answer);
    }
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

QString Dialogs::fileToSave(QWidget *parent, const QString &title, const QString &folder, const QString &filter)
{
    if (const auto answer = scriptedAnswer(Kind::FileToSave, title, folder)) {
        return scriptedFile(*answer);
    }
    return QFileDialog::getSaveFileName(parent, title, folder, filter);
}

void Dialogs::inform(QWidget *parent, const QString &title, const QString &text)
{
    if (!scriptedAnswer(Kind::Information, title, text)) {
        QMessageBox::information(parent, title, text);
    }
}

void Dialogs::warn(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    if (scriptedAnswer(Kind::Warning, title, text, details)) {
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    if (!details.isEmpty()) {
        box.setDetailedText(details);
        box.setInformativeText(details.section(u'\n', 0, 4));
    }
    box.exec();
}

void Dialogs::about(QWidget *parent, const QString &title, const QString &text)
{
    if (!scriptedAnswer(Kind::Information, title, text)) {
        QMessageBox::about(parent, title, text);
    }
}

void Dialogs::setScripted(bool scripted)
{
    script().scripted = scripted;
}

void Dialogs::setNextAnswer(const Answer &answer)
{
    script().answers.append(answer);
}

qsizetype Dialogs::pendingAnswers()
{
    return script().answers.size();
}

QList<Dialogs::Shown> Dialogs::shown()
{
    return script().shown;
}

std::optional<Dialogs::Shown> Dialogs::lastShown()
{
    const auto &shown = script().shown;
    return shown.isEmpty() ? std::nullopt : std::optional<Shown>(shown.last());
}

qsizetype Dialogs::shownCount(Kind kind)
{
    const auto &shown = script().shown;
    return std::count_if(shown.cbegin(), shown.cend(), [kind](const Shown &s) { return s.kind == kind; });
}

void Dialogs::clearShown()
{
    script().shown.clear();
}

} // namespace borderlog
