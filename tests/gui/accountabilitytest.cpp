// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountabilityactions.h"
#include "audittraildialog.h"
#include "audittrailmodel.h"
#include "dialogs.h"
#include "formwidgets.h"
#include "incidentform.h"
#include "incidenttablemodel.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "signalwait.h"
#include "sqliteregister.h"
#include "summarypanel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QTableView>
#include <QTest>

using namespace borderlog;

namespace {

const QDate kDay(2021, 8, 2);

QString passwordOf(const QString &name)
{
    return name + QStringLiteral("-password");
}

// Accounts chief (admin), ona and jonas (officers), rasa (supervisor); one incident of ona's on kDay.
Incident setUpStation(IncidentLog &log)
{
    test::noLoginDelay(log);
    REQUIRE(log.accounts().add(QStringLiteral("chief"), Role::Admin, passwordOf(QStringLiteral("chief"))).ok());
    REQUIRE(log.session().logIn(QStringLiteral("chief"), passwordOf(QStringLiteral("chief"))).ok());
    REQUIRE(log.accounts().add(QStringLiteral("ona"), Role::Officer, passwordOf(QStringLiteral("ona"))).ok());
    REQUIRE(log.accounts().add(QStringLiteral("jonas"), Role::Officer, passwordOf(QStringLiteral("jonas"))).ok());
    REQUIRE(log.accounts().add(QStringLiteral("rasa"), Role::Supervisor, passwordOf(QStringLiteral("rasa"))).ok());
    REQUIRE(log.locations().add(QStringLiteral("Medininkai")).ok());
    REQUIRE(log.session().logIn(QStringLiteral("ona"), passwordOf(QStringLiteral("ona"))).ok());
    auto recorded = log.incidents().record(test::draft(kDay, QStringLiteral("Medininkai"), QStringLiteral("IQ"), 12));
    REQUIRE(recorded.ok());
    return *recorded;
}

// The dialog's login with what is typed, waited for until the check has ended; whether it logged in.
bool checkLogIn(LoginDialog &dialog)
{
    const auto arguments =
        test::argumentsAfter(&dialog, &LoginDialog::checked, [&dialog] { REQUIRE(dialog.tryLogIn()); });
    return arguments.first().toBool();
}

// The trail window's verification, waited for until it has ended.
void verify(AuditTrailDialog &dialog)
{
    test::argumentsAfter(&dialog, &AuditTrailDialog::verified, [&dialog] { dialog.verify(); });
}

void logIn(IncidentLog &log, const QString &name)
{
    REQUIRE(log.session().logIn(name, passwordOf(name)).ok());
}

// The station's accounts and incidents, with nobody logged in.
IncidentLog &loggedOutStation(IncidentLog &log)
{
    setUpStation(log);
    log.session().logOut();
    return log;
}

// A station's database with nobody logged in, and its login dialog on screen.
struct LoginScreen
{
    LoginScreen()
        : dialog(loggedOutStation(db.log()), sqlite::SqliteRegister::openForDesktop)
    {
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    }

    test::TestDatabase db;
    LoginDialog dialog;
    QLineEdit *nameEdit = test::child<QLineEdit>(&dialog, QStringLiteral("nameEdit"));
    QLineEdit *passwordEdit = test::child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"));
    QLabel *messageLabel = test::child<QLabel>(&dialog, QStringLiteral("messageLabel"));
};

} // namespace

TEST_CASE("The login dialog refuses a wrong password, names no detail, and logs in with the right one",
          "[gui][accounts]")
{
    LoginScreen screen;
    LoginDialog &dialog = screen.dialog;
    test::TestDatabase &db = screen.db;
    QLineEdit *nameEdit = screen.nameEdit;
    QLineEdit *passwordEdit = screen.passwordEdit;
    QLabel *messageLabel = screen.messageLabel;
    nameEdit->setText(QStringLiteral("rasa"));
    QTest::keyClicks(passwordEdit, QStringLiteral("guess"));
    CHECK_FALSE(checkLogIn(dialog));
    CHECK(messageLabel->text().startsWith(QStringLiteral("user or password: not accepted")));
    CHECK(passwordEdit->text().isEmpty());
    CHECK(dialog.isVisible());
    QTest::keyClicks(passwordEdit, passwordOf(QStringLiteral("rasa")));
    CHECK(checkLogIn(dialog));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(db.log().session().actor().name == QStringLiteral("rasa"));
    CHECK(db.log().session().actor().is(Role::Supervisor));
}

TEST_CASE("After a failed login the dialog counts down the delay, keeps what is typed and takes no account",
          "[gui][accounts][threads]")
{
    LoginScreen screen;
    LoginDialog &dialog = screen.dialog;
    test::TestDatabase &db = screen.db;
    QLineEdit *nameEdit = screen.nameEdit;
    QLineEdit *passwordEdit = screen.passwordEdit;
    QLabel *messageLabel = screen.messageLabel;
    nameEdit->setText(QStringLiteral("rasa"));
    QTest::keyClicks(passwordEdit, QStringLiteral("guess"));
    CHECK_FALSE(checkLogIn(dialog));
    QTest::keyClicks(passwordEdit, QStringLiteral("another guess"));
    QSignalSpy checked(&dialog, &LoginDialog::checked);
    REQUIRE(dialog.tryLogIn());
    // The check waits on its own thread; the dialog says so and takes keystrokes meanwhile.
    REQUIRE(QTest::qWaitFor([&] { return messageLabel->text().contains(QStringLiteral("checked in")); }, 10000));
    QTest::keyClicks(passwordEdit, QStringLiteral("typed meanwhile"));
    REQUIRE(QTest::qWaitFor([&] { return !checked.isEmpty(); }, 10000));
    CHECK_FALSE(checked.first().first().toBool());
    CHECK(messageLabel->text().startsWith(QStringLiteral("user or password: not accepted")));
    CHECK(passwordEdit->text() == QStringLiteral("typed meanwhile"));
    CHECK_FALSE(db.log().session().actor().hasAccount());
    CHECK(dialog.isVisible());
}

// The station's database and its main window, shown.
// (One window per test case: each runs in a process of its own, like the other window tests.)
class StationWindow
{
public:
    StationWindow()
        : onas(setUpStation(db.log()))
        , window(db.log(), sqlite::SqliteRegister::openForDesktop)
        , actions(*window.accountability())
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }

    test::TestDatabase db;
    const Incident onas;
    MainWindow window;
    AccountabilityActions &actions;
};

TEST_CASE("An officer records but cannot sign off, read the trail or manage accounts", "[gui][accounts]")
{
    StationWindow station;
    MainWindow &window = station.window;
    AccountabilityActions &actions = station.actions;
    CHECK(actions.userLabel()->text() == QStringLiteral("Logged in as ona (Officer)"));
    CHECK(window.form()->isEnabled());
    CHECK_FALSE(actions.signOffAction()->isEnabled());
    CHECK_FALSE(actions.auditTrailAction()->isEnabled());
    CHECK_FALSE(actions.accountsAction()->isEnabled());
    CHECK(actions.historyAction()->isEnabled());
}

TEST_CASE("Another officer's removal through the window is refused and the incident stays", "[gui][accounts]")
{
    StationWindow station;
    test::TestDatabase &db = station.db;
    MainWindow &window = station.window;
    const Incident &onas = station.onas;
    logIn(db.log(), QStringLiteral("jonas"));
    Dialogs::setNextAnswer(Dialogs::Answer::text(QStringLiteral("dup"))); // the reason; the refusal follows
    test::child<QTableView>(&window, QStringLiteral("incidentTable"))->selectRow(0);
    test::child<QAction>(&window, QStringLiteral("removeAction"))->trigger();
    CHECK(db.log().reads().find(onas.id)->has_value());
    CHECK(window.model()->rowCount() == 1);
}

TEST_CASE("An admin manages accounts, and the incident form is closed to them", "[gui][accounts]")
{
    StationWindow station;
    test::TestDatabase &db = station.db;
    MainWindow &window = station.window;
    AccountabilityActions &actions = station.actions;
    logIn(db.log(), QStringLiteral("chief"));
    CHECK_FALSE(window.form()->isEnabled());
    CHECK(actions.accountsAction()->isEnabled());
    CHECK(actions.locationsAction()->isEnabled());
    CHECK_FALSE(actions.signOffAction()->isEnabled());
}

TEST_CASE("A supervisor signs off the day shown, the panel says so and the form refuses that day", "[gui][accounts]")
{
    StationWindow station;
    test::TestDatabase &db = station.db;
    MainWindow &window = station.window;
    AccountabilityActions &actions = station.actions;
    const Incident &onas = station.onas;
    logIn(db.log(), QStringLiteral("rasa"));
    CHECK(actions.signOffAction()->isEnabled());
    window.summary()->setDay(kDay);
    auto *dayStatusLabel = test::child<QLabel>(window.summary(), QStringLiteral("dayStatusLabel"));
    CHECK(dayStatusLabel->text().startsWith(QStringLiteral("Day open")));
    Dialogs::setNextAnswer(Dialogs::Answer::yes()); // the sign-off is confirmed
    REQUIRE(actions.signOffDay());
    CHECK(dayStatusLabel->text().contains(QStringLiteral("Signed off by rasa")));
    CHECK(dayStatusLabel->text().contains(QStringLiteral("1 incident(s), 12 person(s)")));

    logIn(db.log(), QStringLiteral("ona"));
    const test::FormWidgets form(window.form());
    window.form()->editIncident(onas);
    form.notesEdit->setPlainText(QStringLiteral("late note"));
    CHECK_FALSE(window.form()->save());
    CHECK(form.formMessage->text().contains(QStringLiteral("signed off")));
    CHECK((*db.log().reads().find(onas.id))->notes.isEmpty());

    logIn(db.log(), QStringLiteral("rasa"));
    Dialogs::setNextAnswer(Dialogs::Answer::cancel());
    CHECK_FALSE(actions.reopenDay()); // cancelled: nothing changes
    Dialogs::setNextAnswer(Dialogs::Answer::text(QStringLiteral("late report")));
    REQUIRE(actions.reopenDay());
    CHECK(dayStatusLabel->text().startsWith(QStringLiteral("Day open")));
}

TEST_CASE("Day actions say why they cannot be done before they ask anything", "[gui][accounts]")
{
    StationWindow station;
    logIn(station.db.log(), QStringLiteral("rasa"));
    Dialogs::clearShown();
    // Today has not ended: no confirmation is asked, the rule is said.
    station.window.summary()->setDay(station.db.log().session().today());
    CHECK_FALSE(station.actions.signOffDay());
    CHECK(Dialogs::shownCount(Dialogs::Kind::Question) == 0);
    REQUIRE(Dialogs::lastShown().has_value());
    CHECK(Dialogs::lastShown()->kind == Dialogs::Kind::Warning);
    CHECK(Dialogs::lastShown()->text.contains(QStringLiteral("has not ended yet")));
    // An open day: no reason is asked for.
    station.window.summary()->setDay(kDay);
    CHECK_FALSE(station.actions.reopenDay());
    CHECK(Dialogs::shownCount(Dialogs::Kind::Text) == 0);
    CHECK(Dialogs::lastShown()->text.contains(QStringLiteral("nothing to reopen")));
    // Signed off once, the second sign-off is refused before it asks.
    Dialogs::setNextAnswer(Dialogs::Answer::yes());
    REQUIRE(station.actions.signOffDay());
    Dialogs::clearShown();
    CHECK_FALSE(station.actions.signOffDay());
    CHECK(Dialogs::shownCount(Dialogs::Kind::Question) == 0);
    CHECK(Dialogs::lastShown()->text.contains(QStringLiteral("signed off already (by rasa)")));
}

TEST_CASE("A supervisor's amendment in the form needs a reason, shown next to the reason field", "[gui][accounts]")
{
    StationWindow station;
    test::TestDatabase &db = station.db;
    MainWindow &window = station.window;
    const Incident &onas = station.onas;
    logIn(db.log(), QStringLiteral("rasa"));
    const test::FormWidgets form(window.form());
    window.form()->editIncident(onas);
    CHECK(form.reasonEdit->isVisible());
    form.outcomeCombo->setCurrentIndex(form.outcomeCombo->findData(QStringLiteral("turned_back")));
    CHECK_FALSE(window.form()->save());
    CHECK(form.reasonError->isVisible());
    CHECK(form.reasonError->text().contains(QStringLiteral("needs a reason")));
    QTest::keyClicks(form.reasonEdit, QStringLiteral("shift report"));
    REQUIRE(window.form()->save());
    const auto history = db.log().audit().incidentHistory(onas.id);
    REQUIRE(history->size() == 2);
    CHECK(history->last().reason == QStringLiteral("shift report"));
}

TEST_CASE("The audit trail dialog lists, filters and verifies the trail, and the history dialog shows one incident",
          "[gui][audit]")
{
    test::TestDatabase db;
    const Incident onas = setUpStation(db.log());
    Incident changed = onas;
    changed.nationalities = {{QStringLiteral("IQ"), 13}};
    REQUIRE(db.log().incidents().amend(changed).ok());

    SECTION("the whole trail, for a supervisor")
    {
        logIn(db.log(), QStringLiteral("rasa"));
        AuditTrailDialog dialog(db.log(), sqlite::SqliteRegister::openForDesktop);
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
        QStringList actions;
        for (int row = 0; row < dialog.model()->rowCount(); ++row) {
            actions << auditActionCode(dialog.model()->entryAt(row).action);
        }
        CHECK(actions.join(u' ')
              == QStringLiteral("account_add account_add account_add account_add location_add add amend"));
        test::child<QLineEdit>(&dialog, QStringLiteral("userEdit"))->setText(QStringLiteral("ona"));
        dialog.reload();
        CHECK(dialog.model()->rowCount() == 2);
        CHECK(dialog.model()->data(dialog.model()->index(1, AuditTrailModel::ChangesColumn)).toString()
              == QStringLiteral("persons: IQ 12 → IQ 13"));
        verify(dialog);
        CHECK(test::child<QLabel>(&dialog, QStringLiteral("messageLabel"))
                  ->text()
                  .startsWith(QStringLiteral("The trail holds")));
        test::execute(db.path(), "UPDATE incident SET notes = 'edited behind the program''s back'");
        verify(dialog);
        CHECK(test::child<QLabel>(&dialog, QStringLiteral("messageLabel"))
                  ->text()
                  .contains(QStringLiteral("does not hold")));
    }
    SECTION("one incident's history, for the officer")
    {
        AuditTrailDialog dialog(db.log(), sqlite::SqliteRegister::openForDesktop, onas.id);
        CHECK(dialog.model()->rowCount() == 2);
        CHECK(dialog.model()->data(dialog.model()->index(0, AuditTrailModel::ActionColumn)).toString()
              == QStringLiteral("Recorded"));
        CHECK(dialog.model()->data(dialog.model()->index(1, AuditTrailModel::UserColumn)).toString()
              == QStringLiteral("ona"));
        CHECK_FALSE(test::child<QWidget>(&dialog, QStringLiteral("filterRow"))->isVisible());
    }
}

TEST_CASE("File > Open shows a database with accounts only after a login to it", "[gui][accounts]")
{
    test::TestDatabase plain;
    test::TestDatabase guarded;
    setUpStation(guarded.log());
    MainWindow window(plain.log(), sqlite::SqliteRegister::openForDesktop);
    Dialogs::clearShown();
    Dialogs::setNextAnswer(Dialogs::Answer::cancel()); // the first login is cancelled
    Dialogs::setNextAnswer(Dialogs::Answer::login(QStringLiteral("rasa"), passwordOf(QStringLiteral("rasa"))));
    CHECK_FALSE(window.openDatabase(guarded.path())); // the login was cancelled
    CHECK(plain.log().databaseLocation() == plain.path());
    CHECK(window.model()->rowCount() == 0);
    REQUIRE(window.openDatabase(guarded.path()));
    CHECK(Dialogs::shownCount(Dialogs::Kind::Login) == 2);
    CHECK(plain.log().databaseLocation() == guarded.path());
    CHECK(plain.log().session().actor().name == QStringLiteral("rasa"));
    CHECK(window.accountability()->userLabel()->text() == QStringLiteral("Logged in as rasa (Supervisor)"));
    CHECK(window.model()->rowCount() == 1);
}

TEST_CASE("The trail window shows stored names and reasons with control characters escaped", "[gui][audit]")
{
    AuditEntry forged;
    forged.sequence = 7;
    forged.at = QDateTime(kDay, QTime(10, 0), Qt::UTC);
    forged.user = QStringLiteral("eve\n8  rasa");
    forged.action = AuditAction::Reopen;
    forged.after = R"({"date":"2021-08-02","note":"a\u001b[2Jb"})";
    forged.reason = QStringLiteral("late\x1b[31m report\nsecond line");
    AuditTrailModel model;
    model.setEntries({forged});
    const auto shown = [&](int column) { return model.data(model.index(0, column)).toString(); };
    CHECK(shown(AuditTrailModel::UserColumn) == QStringLiteral("eve↵8  rasa"));
    CHECK(shown(AuditTrailModel::ReasonColumn) == QStringLiteral("late\\x1b[31m report↵second line"));
    CHECK(shown(AuditTrailModel::ChangesColumn).contains(QStringLiteral("a\\x1b[2Jb")));
    // The time as the incidents' times are, local with its zone (Lithuania's rule, written out so that no
    // time zone database is needed); the stored UTC time in its tooltip.
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "EET-2EEST,M3.5.0/3,M10.5.0/4");
    const auto restoreZone = qScopeGuard([&zone] { zone.isNull() ? qunsetenv("TZ") : qputenv("TZ", zone); });
    CHECK(shown(AuditTrailModel::TimeColumn) == QStringLiteral("2021-08-02 13:00:00 EEST"));
    CHECK(model.data(model.index(0, AuditTrailModel::TimeColumn), Qt::ToolTipRole).toString()
          == AuditEntry::formatTime(forged.at));
    for (int column = 0; column < AuditTrailModel::ColumnCount; ++column) {
        for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
            const QString text = model.data(model.index(0, column), role).toString();
            INFO(column << " " << role);
            CHECK_FALSE(text.contains(QChar(0x1b)));
        }
    }
}
