// SPDX-License-Identifier: GPL-3.0-or-later
// The login dialog's cursor and countdown, one's own password changed from the File menu, an admin's reset in
// the Accounts dialog.
#include "accountabilityactions.h"
#include "accountsdialog.h"
#include "applicationidentity.h"
#include "dialogs.h"
#include "formwidgets.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "passworddialog.h"
#include "signalwait.h"
#include "sqliteregister.h"
#include "testdatabase.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>

using namespace borderlog;

namespace {

const QString kLastUserKey = QStringLiteral("login/lastUser");
const QString kFresh = QStringLiteral("a fresh passphrase");

QString passwordOf(const QString &name)
{
    return name + QStringLiteral("-password");
}

// Accounts chief (admin) and ona (officer) on a database file, ona logged in.
void setUpAccounts(IncidentLog &log)
{
    test::noLoginDelay(log);
    REQUIRE(log.accounts().add(QStringLiteral("chief"), Role::Admin, passwordOf(QStringLiteral("chief"))).ok());
    REQUIRE(log.session().logIn(QStringLiteral("chief"), passwordOf(QStringLiteral("chief"))).ok());
    REQUIRE(log.accounts().add(QStringLiteral("ona"), Role::Officer, passwordOf(QStringLiteral("ona"))).ok());
    REQUIRE(log.session().logIn(QStringLiteral("ona"), passwordOf(QStringLiteral("ona"))).ok());
}

bool logsIn(IncidentLog &log, const QString &name, const QString &password)
{
    return log.session().logIn(name, password).ok();
}

// The last user name the login dialog remembers, set for one test and put back afterwards.
class LastUser
{
public:
    explicit LastUser(const QString &name)
        : m_before(ApplicationIdentity::settings()->value(kLastUserKey))
    {
        name.isEmpty() ? ApplicationIdentity::settings()->remove(kLastUserKey)
                       : ApplicationIdentity::settings()->setValue(kLastUserKey, name);
    }
    ~LastUser()
    {
        m_before.isValid() ? ApplicationIdentity::settings()->setValue(kLastUserKey, m_before)
                           : ApplicationIdentity::settings()->remove(kLastUserKey);
    }
    LastUser(const LastUser &) = delete;
    LastUser &operator=(const LastUser &) = delete;

private:
    QVariant m_before;
};

QString shownText()
{
    REQUIRE(Dialogs::lastShown().has_value());
    return Dialogs::lastShown()->text;
}

} // namespace

TEST_CASE("The login dialog starts in the user field when it is empty, else in the password field", "[gui][login]")
{
    test::TestDatabase db;
    setUpAccounts(db.log());
    db.log().session().logOut();
    for (const QString &remembered : {QString(), QStringLiteral("ona")}) {
        LastUser last(remembered);
        LoginDialog dialog(db.log(), sqlite::SqliteRegister::openForDesktop);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        const auto *nameEdit = test::child<QLineEdit>(&dialog, QStringLiteral("nameEdit"));
        const auto *passwordEdit = test::child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"));
        INFO(remembered.toStdString());
        CHECK(nameEdit->text() == remembered);
        CHECK(dialog.focusWidget() == (remembered.isEmpty() ? nameEdit : passwordEdit));
    }
}

TEST_CASE("After a failed login the dialog counts down to the next attempt and keeps taking keystrokes",
          "[gui][login][threads]")
{
    test::TestDatabase db;
    setUpAccounts(db.log());
    db.log().session().logOut();
    LastUser last(QStringLiteral("ona"));
    LoginDialog dialog(db.log(), sqlite::SqliteRegister::openForDesktop);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *passwordEdit = test::child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"));
    const auto *messageLabel = test::child<QLabel>(&dialog, QStringLiteral("messageLabel"));
    const QString refusal = QStringLiteral("user or password: not accepted");
    // Two failures: the second waits a second before its check, the next attempt two after that.
    for (const char *guess : {"a guess", "another guess"}) {
        QTest::keyClicks(passwordEdit, QString::fromLatin1(guess));
        const auto failed = test::argumentsAfter(&dialog, &LoginDialog::checked, [&] { REQUIRE(dialog.tryLogIn()); });
        CHECK_FALSE(failed.first().toBool());
    }
    // The refusal, and how long until the next attempt is checked without a wait (the C locale's words).
    CHECK(messageLabel->text().startsWith(refusal + QStringLiteral("\nTry again in ")));
    CHECK(messageLabel->text().endsWith(QStringLiteral(" second(s); an attempt made sooner waits until then.")));
    QTest::keyClicks(passwordEdit, passwordOf(QStringLiteral("ona")));
    CHECK(passwordEdit->text() == passwordOf(QStringLiteral("ona")));
    REQUIRE(QTest::qWaitFor([&] { return messageLabel->text() == refusal; }, 10000));
    const auto second = test::argumentsAfter(&dialog, &LoginDialog::checked, [&] { REQUIRE(dialog.tryLogIn()); });
    CHECK(second.first().toBool());
    CHECK(db.log().session().actor().name == QStringLiteral("ona"));
}

TEST_CASE("An officer changes their own password from the File menu, with the current one", "[gui][password]")
{
    test::TestDatabase db;
    setUpAccounts(db.log());
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    AccountabilityActions &actions = *window.accountability();
    REQUIRE(actions.changePasswordAction()->isEnabled());
    CHECK(actions.changePasswordAction()->text() == QStringLiteral("Change my &password…"));
    Dialogs::clearShown();

    Dialogs::setNextAnswer(Dialogs::Answer::passwords(passwordOf(QStringLiteral("ona")), kFresh, kFresh + u'x'));
    CHECK_FALSE(actions.changeOwnPassword());
    CHECK(shownText() == QStringLiteral("new password: the two new passwords differ"));
    Dialogs::setNextAnswer(Dialogs::Answer::passwords(QStringLiteral("not hers"), kFresh, kFresh));
    CHECK_FALSE(actions.changeOwnPassword());
    CHECK(shownText() == QStringLiteral("current password: not accepted"));
    Dialogs::setNextAnswer(Dialogs::Answer::passwords(passwordOf(QStringLiteral("ona")), kFresh, kFresh));
    REQUIRE(actions.changeOwnPassword());
    CHECK(Dialogs::lastShown()->kind == Dialogs::Kind::Password);
    CHECK(Dialogs::lastShown()->title == QStringLiteral("Change my password"));

    CHECK_FALSE(logsIn(db.log(), QStringLiteral("ona"), passwordOf(QStringLiteral("ona"))));
    CHECK(logsIn(db.log(), QStringLiteral("ona"), kFresh));
    CHECK(db.log().audit().verify()->ok());
}

TEST_CASE("Without accounts there is no password to change, and the action says so by being off", "[gui][password]")
{
    test::TestDatabase db;
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    CHECK_FALSE(window.accountability()->changePasswordAction()->isEnabled());
    Dialogs::clearShown();
    Dialogs::setNextAnswer(Dialogs::Answer::passwords(QString(), kFresh, kFresh));
    CHECK_FALSE(window.accountability()->changeOwnPassword());
    CHECK(shownText().startsWith(QStringLiteral("this database has no accounts, so there is no password to change")));
}

TEST_CASE("The password dialog counts down a check that waits after failed logins and keeps what is typed",
          "[gui][password][threads]")
{
    test::TestDatabase db;
    setUpAccounts(db.log());
    PasswordDialog dialog(db.log(), sqlite::SqliteRegister::openForDesktop, PasswordDialog::Purpose::OwnChange,
                          QString());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *currentEdit = test::child<QLineEdit>(&dialog, QStringLiteral("currentEdit"));
    CHECK(dialog.focusWidget() == currentEdit);
    test::child<QLineEdit>(&dialog, QStringLiteral("freshEdit"))->setText(kFresh);
    test::child<QLineEdit>(&dialog, QStringLiteral("repeatEdit"))->setText(kFresh);
    const auto *messageLabel = test::child<QLabel>(&dialog, QStringLiteral("messageLabel"));
    for (const char *guess : {"first guess", "second guess"}) {
        currentEdit->setText(QString::fromLatin1(guess));
        QSignalSpy changed(&dialog, &PasswordDialog::changed);
        REQUIRE(dialog.tryChange());
        CHECK(currentEdit->text().isEmpty());
        if (QByteArray(guess) == "second guess") {
            // The second check waits a second on its own thread; the dialog says so and takes keystrokes.
            REQUIRE(
                QTest::qWaitFor([&] { return messageLabel->text().contains(QStringLiteral("checked in")); }, 10000));
            QTest::keyClicks(currentEdit, QStringLiteral("typed meanwhile"));
        }
        REQUIRE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 10000));
        CHECK_FALSE(changed.first().first().toBool());
        CHECK(messageLabel->text() == QStringLiteral("current password: not accepted"));
    }
    CHECK(currentEdit->text() == QStringLiteral("typed meanwhile"));
    CHECK(dialog.isVisible());
    CHECK(logsIn(db.log(), QStringLiteral("ona"), passwordOf(QStringLiteral("ona"))));
}

TEST_CASE("An admin resets the selected account's password in the Accounts dialog, but not their own",
          "[gui][password][accounts]")
{
    test::TestDatabase db;
    setUpAccounts(db.log());
    REQUIRE(logsIn(db.log(), QStringLiteral("chief"), passwordOf(QStringLiteral("chief"))));
    AccountsDialog dialog(db.log(), sqlite::SqliteRegister::openForDesktop);
    auto *table = test::child<QTableWidget>(&dialog, QStringLiteral("accountTable"));
    const auto *messageLabel = test::child<QLabel>(&dialog, QStringLiteral("messageLabel"));
    const auto rowOf = [&](const QString &name) {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == name) {
                return row;
            }
        }
        FAIL("no row for " << name.toStdString());
        return -1;
    };
    Dialogs::clearShown();
    // Nothing selected: the buttons that act on an account are off.
    auto *disable = test::child<QPushButton>(&dialog, QStringLiteral("disableButton"));
    auto *enable = test::child<QPushButton>(&dialog, QStringLiteral("enableButton"));
    auto *reset = test::child<QPushButton>(&dialog, QStringLiteral("resetPasswordButton"));
    CHECK_FALSE(disable->isEnabled());
    CHECK_FALSE(enable->isEnabled());
    CHECK_FALSE(reset->isEnabled());
    CHECK_FALSE(dialog.resetSelectedPassword());
    CHECK(messageLabel->text() == QStringLiteral("Select an account first."));
    table->selectRow(rowOf(QStringLiteral("chief")));
    CHECK(disable->isEnabled()); // an enabled account can be disabled, not enabled again
    CHECK_FALSE(enable->isEnabled());
    CHECK(reset->isEnabled());
    CHECK_FALSE(dialog.resetSelectedPassword());
    CHECK(messageLabel->text().contains(QStringLiteral("not by a reset")));
    CHECK(Dialogs::shownCount(Dialogs::Kind::Password) == 0); // refused before a password is asked

    table->selectRow(rowOf(QStringLiteral("ona")));
    Dialogs::setNextAnswer(Dialogs::Answer::passwords(QString(), QStringLiteral("short"), QStringLiteral("short")));
    CHECK_FALSE(dialog.resetSelectedPassword());
    CHECK(shownText() == QStringLiteral("password: must be 8 to 256 characters"));
    Dialogs::setNextAnswer(Dialogs::Answer::passwords(QString(), kFresh, kFresh));
    REQUIRE(dialog.resetSelectedPassword());
    CHECK(Dialogs::lastShown()->title == QStringLiteral("Reset password"));
    CHECK(messageLabel->text() == QStringLiteral("Password of ona reset; ona logs in with the new one."));

    CHECK(logsIn(db.log(), QStringLiteral("ona"), kFresh));
    CHECK_FALSE(logsIn(db.log(), QStringLiteral("ona"), passwordOf(QStringLiteral("ona"))));
    CHECK(db.log().audit().verify()->ok());
}
