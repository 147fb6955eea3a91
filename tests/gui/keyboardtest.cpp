// SPDX-License-Identifier: GPL-3.0-or-later
// The keyboard, as an officer at 3 a.m. uses it: one Tab order without a trap, F6 between the areas, one
// mnemonic per letter in each window and each menu (in English and in Lithuanian), dates typed as text.
#include "accountsdialog.h"
#include "applicationidentity.h"
#include "audittraildialog.h"
#include "exportdialog.h"
#include "formwidgets.h"
#include "incidentform.h"
#include "incidenttablemodel.h"
#include "locationsdialog.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "nationalitylineseditor.h"
#include "preferencesdialog.h"
#include "qtstandardtexts.h"
#include "sqliteregister.h"
#include "testdatabase.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace borderlog;

namespace {

// What a person would call the widget with the focus: its object name, or its parent's for an unnamed one.
QString focusName()
{
    QWidget *w = QApplication::focusWidget();
    while (w && w->objectName().isEmpty()) {
        w = w->parentWidget();
    }
    return w ? w->objectName() : QStringLiteral("(none)");
}

// The widgets Tab (or Shift+Tab) visits from `start` until it is back there, one press per widget: a press
// that leaves the focus where it was (a date edit tabbing through its own sections) is listed as "(stayed)".
QStringList tabCycle(QWidget *start, Qt::Key key, int limit = 120)
{
    start->setFocus(Qt::TabFocusReason);
    QStringList visited{focusName()};
    for (int i = 0; i < limit; ++i) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, key, key == Qt::Key_Backtab ? Qt::ShiftModifier : Qt::NoModifier);
        QWidget *now = QApplication::focusWidget();
        if (now == start) {
            return visited;
        }
        visited << (now == before ? QStringLiteral("(stayed)") : focusName());
    }
    visited << QStringLiteral("(no way back)");
    return visited;
}

// The mnemonics (Alt+letter) a window offers at once, each with who offers it: labels with a buddy,
// buttons, group boxes and the menu bar's menus, visible ones only.
QMultiMap<QString, QString> mnemonics(QWidget *root)
{
    QMultiMap<QString, QString> owners;
    auto add = [&](const QString &text, const QString &owner) {
        if (const QKeySequence key = QKeySequence::mnemonic(text); !key.isEmpty()) {
            owners.insert(key.toString(), owner + QStringLiteral(" '") + text + u'\'');
        }
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(root)) {
            add(label->text(), label->objectName());
        }
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(root)) {
            add(button->text(), button->objectName());
        }
    }
    for (QGroupBox *box : root->findChildren<QGroupBox *>()) {
        if (box->isVisibleTo(root)) {
            add(box->title(), box->objectName());
        }
    }
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        for (QAction *menu : window->menuBar()->actions()) {
            add(menu->text(), QStringLiteral("menu"));
        }
    }
    return owners;
}

QStringList clashes(const QMultiMap<QString, QString> &owners)
{
    QStringList found;
    for (const QString &key : owners.uniqueKeys()) {
        if (owners.count(key) > 1) {
            found << key + QStringLiteral(": ") + QStringList(owners.values(key)).join(QStringLiteral(", "));
        }
    }
    return found;
}

// Within each menu of the window, one item per letter.
QStringList menuClashes(QMainWindow &window)
{
    QStringList found;
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
        QMultiMap<QString, QString> owners;
        for (QAction *action : menu->actions()) {
            if (const QKeySequence key = QKeySequence::mnemonic(action->text());
                !key.isEmpty() && action->isVisible()) {
                owners.insert(key.toString(), action->text());
            }
        }
        for (const QString &clash : clashes(owners)) {
            found << menu->title() + QStringLiteral(" › ") + clash;
        }
    }
    return found;
}

void checkEveryWindow(test::TestDatabase &db)
{
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    CHECK(clashes(mnemonics(&window)) == QStringList());
    CHECK(menuClashes(window) == QStringList());
    // While amending, the reason field and its label are shown too.
    REQUIRE(window.form()->save() == false); // nothing typed: refused, nothing saved
    Incident incident;
    incident.date = db.log().session().today();
    incident.location = QStringLiteral("Varėna");
    incident.nationalities = {{QStringLiteral("IQ"), 3}};
    incident.outcome = Outcome::TurnedBack;
    const auto recorded = db.log().incidents().record(incident);
    REQUIRE(recorded.ok());
    window.form()->editIncident(*recorded);
    CHECK(clashes(mnemonics(&window)) == QStringList());

    ExportDialog exportDialog(db.log(), sqlite::SqliteRegister::openForDesktop, {});
    CHECK(clashes(mnemonics(&exportDialog)) == QStringList());
    AccountsDialog accounts(db.log(), sqlite::SqliteRegister::openForDesktop);
    CHECK(clashes(mnemonics(&accounts)) == QStringList());
    LoginDialog login(db.log(), sqlite::SqliteRegister::openForDesktop);
    CHECK(clashes(mnemonics(&login)) == QStringList());
    AuditTrailDialog trail(db.log(), sqlite::SqliteRegister::openForDesktop);
    CHECK(clashes(mnemonics(&trail)) == QStringList());
    PreferencesDialog preferences(*db.log().locations().hierarchy());
    CHECK(clashes(mnemonics(&preferences)) == QStringList());
    LocationsDialog locations(db.log());
    CHECK(clashes(mnemonics(&locations)) == QStringList());
}

} // namespace

TEST_CASE("Tab goes through the form in the order of its fields, on to the log and the summary, and back",
          "[gui][keyboard]")
{
    test::TestDatabase db;
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    window.resize(1366, 768);
    test::showActive(window);
    const test::FormWidgets form(window.form());

    const QStringList forward = tabCycle(form.dateEdit, Qt::Key_Tab);
    INFO(forward.join(QStringLiteral(" → ")).toStdString());
    CHECK_FALSE(forward.contains(QStringLiteral("(no way back)")));
    CHECK_FALSE(forward.contains(QStringLiteral("(stayed)")));
    // The form's fields in their order, then the filter bar, the log and the summary.
    const QStringList expected{QStringLiteral("dateEdit"),
                               QStringLiteral("timeKnownCheck"),
                               QStringLiteral("timeEdit"),
                               QStringLiteral("locationCombo"),
                               QStringLiteral("nationalityEdit"),
                               QStringLiteral("personsSpin"),
                               QStringLiteral("addNationalityButton"),
                               QStringLiteral("outcomeCombo"),
                               QStringLiteral("forceUsedCheck"),
                               QStringLiteral("notesEdit"),
                               QStringLiteral("saveButton"),
                               QStringLiteral("dateRangeCheck"),
                               QStringLiteral("incidentTable"),
                               QStringLiteral("dayEdit"),
                               QStringLiteral("rangeCombo"),
                               QStringLiteral("dailyChart"),
                               QStringLiteral("chartCombo"),
                               QStringLiteral("yearlyChart")};
    qsizetype at = 0;
    for (const QString &name : expected) {
        const qsizetype found = forward.indexOf(name, at);
        INFO(name.toStdString());
        CHECK(found >= at);
        at = std::max(at, found);
    }
    // Backwards too, without a trap.
    const QStringList backward = tabCycle(form.dateEdit, Qt::Key_Backtab);
    INFO(backward.join(QStringLiteral(" ← ")).toStdString());
    CHECK_FALSE(backward.contains(QStringLiteral("(no way back)")));
    CHECK_FALSE(backward.contains(QStringLiteral("(stayed)")));
}

TEST_CASE("F6 and Ctrl+Tab move between the form, the log and the summary", "[gui][keyboard]")
{
    test::TestDatabase db;
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    test::showActive(window);
    const test::FormWidgets form(window.form());
    auto *table = window.findChild<QTableView *>(QStringLiteral("incidentTable"));
    auto *summary = window.findChild<QWidget *>(QStringLiteral("summaryHolder"));
    form.notesEdit->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    CHECK(QApplication::focusWidget() == table);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    CHECK(summary->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    CHECK(window.form()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    CHECK(summary->isAncestorOf(QApplication::focusWidget()));
    // From the notes, where Tab moves on too, Ctrl+Tab leaves the form.
    form.notesEdit->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == table);

    // A hidden area is skipped, and the last one shown cannot be hidden.
    auto *summaryToggle = window.findChild<QAction *>(QStringLiteral("summaryHolderToggle"));
    auto *formToggle = window.findChild<QAction *>(QStringLiteral("formHolderToggle"));
    auto *logToggle = window.findChild<QAction *>(QStringLiteral("logHolderToggle"));
    REQUIRE(summaryToggle);
    summaryToggle->setChecked(false);
    CHECK_FALSE(summary->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    CHECK(window.form()->isAncestorOf(QApplication::focusWidget()));
    formToggle->setChecked(false);
    CHECK_FALSE(logToggle->isEnabled());
    formToggle->setChecked(true);
    summaryToggle->setChecked(true);
    CHECK(logToggle->isEnabled());
}

TEST_CASE("The window opens with the cursor where typing starts, and the plain case takes five keys", "[gui][keyboard]")
{
    test::TestDatabase db;
    REQUIRE(db.log().locations().add(QStringLiteral("Medininkai")).ok());
    ApplicationIdentity::settings()->remove(QStringLiteral("form/lastLocation")); // a first start
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    test::showActive(window);
    const test::FormWidgets form(window.form());
    // The first start: today and now are filled in, the location is not: the cursor is there.
    CHECK(QApplication::focusWidget() == form.locationCombo);
    form.locationCombo->setEditText(QStringLiteral("Medininkai"));
    form.nationalityLines->nationalityEdit(0)->setText(QStringLiteral("IQ"));
    REQUIRE(window.form()->save());
    REQUIRE(window.model()->rowCount() == 1);

    // The next group at the same place: nationality, Tab, count, Ctrl+Return. Five keys, no mouse.
    CHECK(QApplication::focusWidget() == form.nationalityLines->nationalityEdit(0));
    int keys = 0;
    const auto press = [&keys](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
        ++keys;
    };
    press(Qt::Key_S);
    press(Qt::Key_Y);
    press(Qt::Key_Tab);
    press(Qt::Key_3);
    press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(keys == 5);
    REQUIRE(window.model()->rowCount() == 2);
    // Both are of this minute: the new one is the one that is not the first.
    const int row = window.model()->incidentAt(0).nationalities.first().nationality == u"IQ" ? 1 : 0;
    const Incident saved = window.model()->incidentAt(row);
    CHECK(saved.date == db.log().session().today());
    CHECK(saved.location == QStringLiteral("Medininkai"));
    INFO("saved: " << saved.nationalities.first().nationality.toStdString() << " "
                   << saved.nationalities.first().persons << " of " << saved.nationalities.size());
    CHECK(saved.nationalities == QList<NationalityCount>{{QStringLiteral("SY"), 3}});
    CHECK(saved.outcome == Outcome::TurnedBack);

    // To the log with F6: a row is selected at once, and F2 opens it for amendment.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    REQUIRE(QApplication::focusWidget() == test::child<QTableView>(&window, QStringLiteral("incidentTable")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
    CHECK(window.form()->isEditing());
}

TEST_CASE("Alt+N adds a nationality line and puts the cursor in it", "[gui][keyboard]")
{
    test::TestDatabase db;
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    test::showActive(window);
    const test::FormWidgets form(window.form());
    form.nationalityLines->nationalityEdit(0)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    // A mnemonic clicks its button as a mouse click would look (animated, a moment later).
    REQUIRE(QTest::qWaitFor([&] { return form.nationalityLines->lines().size() == 2; }, 2000));
    CHECK(QApplication::focusWidget() == form.nationalityLines->nationalityEdit(1));
}

TEST_CASE("A date is typed as text: select all and type 2021-08-01", "[gui][keyboard]")
{
    test::TestDatabase db;
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    test::showActive(window);
    const test::FormWidgets form(window.form());
    form.dateEdit->setFocus();
    QTest::keyClick(form.dateEdit, Qt::Key_A, Qt::ControlModifier);
    const auto *line = form.dateEdit->findChild<QLineEdit *>();
    INFO(("selected: " + line->selectedText()).toStdString());
    QTest::keyClicks(form.dateEdit, QStringLiteral("2021"));
    INFO(("after year: " + form.dateEdit->text()).toStdString());
    QTest::keyClicks(form.dateEdit, QStringLiteral("-08-01"));
    INFO(form.dateEdit->text().toStdString());
    CHECK(form.dateEdit->date() == QDate(2021, 8, 1));
}

TEST_CASE("Every window has one mnemonic per letter, in English and in Lithuanian", "[gui][keyboard][language]")
{
    {
        test::TestDatabase db;
        checkEveryWindow(db);
    }
    QTranslator lithuanian;
    REQUIRE(lithuanian.load(QStringLiteral(":/borderlog/translations/borderlog_lt.qm")));
    QCoreApplication::installTranslator(&lithuanian);
    {
        test::TestDatabase db;
        checkEveryWindow(db);
    }
    // Qt's own buttons too: Debian's qt_lt lacks Qt 6's texts, the app's translation has them.
    for (const QString &text : QtStandardTexts::buttonTexts()) {
        INFO(text.toStdString());
        CHECK(QCoreApplication::translate("QPlatformTheme", text.toUtf8().constData()) != text);
    }
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Atsisakyti"));
    QCoreApplication::removeTranslator(&lithuanian);
}
