// SPDX-License-Identifier: GPL-3.0-or-later
// Edit > Undo and Redo: each step a change of its own in the audit trail, refused rather than overwrite
// someone else's later change; and the Edit menu's clipboard actions.
#include "dialogs.h"
#include "formwidgets.h"
#include "incidentform.h"
#include "incidenttablemodel.h"
#include "mainwindow.h"
#include "sqliteregister.h"
#include "testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QSet>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace borderlog;

namespace {

const QDate kDay(2021, 8, 2);

QString passwordOf(const QString &name)
{
    return name + QStringLiteral("-password");
}

// The incident's entries in the trail, each as "action:reason".
QStringList trailOf(IncidentLog &log, const QUuid &id)
{
    QStringList entries;
    const auto history = log.audit().incidentHistory(id);
    REQUIRE(history.ok());
    for (const AuditEntry &e : *history) {
        entries << auditActionCode(e.action) + u':' + e.reason;
    }
    return entries;
}

// The window on a database, shown and active (keys reach the shortcuts of the active window only).
struct Screen
{
    explicit Screen(IncidentLog &log)
        : window(log, sqlite::SqliteRegister::openForDesktop)
    {
        test::showActive(window);
        Dialogs::clearShown();
    }

    // Records through the form: `persons` of Iraq at Medininkai on kDay.
    Incident record(int persons)
    {
        const test::FormWidgets form(window.form());
        form.dateEdit->setDate(kDay);
        form.locationCombo->setEditText(QStringLiteral("Medininkai"));
        form.nationalityLines->nationalityEdit(0)->setText(QStringLiteral("IQ"));
        form.nationalityLines->personsSpin(0)->setValue(persons);
        INFO(window.form()->shownErrors().join(u'\n').toStdString());
        REQUIRE(window.form()->save());
        return window.model()->incidentAt(0);
    }

    // Amends the selected row through the form to `persons`.
    void amendTo(int persons)
    {
        table->selectRow(0);
        test::child<QAction>(&window, QStringLiteral("amendAction"))->trigger();
        REQUIRE(window.form()->isEditing());
        test::FormWidgets(window.form()).nationalityLines->personsSpin(0)->setValue(persons);
        REQUIRE(window.form()->save());
    }

    void removeSelected(const QString &reason)
    {
        table->selectRow(0);
        Dialogs::setNextAnswer(Dialogs::Answer::text(reason));
        test::child<QAction>(&window, QStringLiteral("removeAction"))->trigger();
    }

    // Ctrl+Z and Ctrl+Shift+Z as pressed in the log table (a text field undoes its own typing).
    void pressUndo()
    {
        table->setFocus();
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    }
    void pressRedo()
    {
        table->setFocus();
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    }

    MainWindow window;
    QTableView *table = test::child<QTableView>(&window, QStringLiteral("incidentTable"));
    QAction *undo = test::child<QAction>(&window, QStringLiteral("undoAction"));
    QAction *redo = test::child<QAction>(&window, QStringLiteral("redoAction"));
    QUndoStack *stack = window.findChild<QUndoStack *>();
};

int personsOf(IncidentLog &log, const QUuid &id)
{
    const auto found = log.reads().find(id);
    REQUIRE(found.ok());
    return found->has_value() ? (*found)->groupSize() : -1; // -1: not in the log (removed)
}

} // namespace

TEST_CASE("Record, amend and remove through the window are undone and redone, each step audited", "[gui][undo]")
{
    test::TestDatabase db;
    IncidentLog &log = db.log();
    REQUIRE(log.locations().add(QStringLiteral("Medininkai")).ok()); // a known location: the form does not ask
    Screen screen(log);
    REQUIRE(screen.stack != nullptr);
    CHECK_FALSE(screen.undo->isEnabled());

    const Incident recorded = screen.record(12);
    const QUuid id = recorded.id;
    CHECK(screen.undo->isEnabled());
    CHECK(screen.undo->text() == QStringLiteral("Undo Record incident"));
    QStringList expected{QStringLiteral("add:")};
    CHECK(trailOf(log, id) == expected);

    screen.pressUndo(); // the record: the incident is removed
    CHECK(personsOf(log, id) == -1);
    CHECK(screen.window.model()->rowCount() == 0);
    CHECK(screen.redo->text() == QStringLiteral("Redo Record incident"));
    CHECK(trailOf(log, id) == (expected << QStringLiteral("remove:undone")));
    screen.pressRedo(); // the same incident back, not a new one
    CHECK(**log.reads().find(id) == recorded);
    CHECK(test::queryText(db.path(), "SELECT count(*) FROM incident") == QStringLiteral("1"));
    CHECK(trailOf(log, id) == (expected << QStringLiteral("restore:redone")));

    screen.amendTo(15);
    CHECK(personsOf(log, id) == 15);
    CHECK(screen.undo->text() == QStringLiteral("Undo Amend incident"));
    CHECK(trailOf(log, id) == (expected << QStringLiteral("amend:")));
    screen.undo->trigger();
    CHECK(personsOf(log, id) == 12);
    CHECK(trailOf(log, id) == (expected << QStringLiteral("amend:undone")));
    screen.redo->trigger();
    CHECK(personsOf(log, id) == 15);
    CHECK(trailOf(log, id) == (expected << QStringLiteral("amend:redone")));

    screen.removeSelected(QStringLiteral("entered twice"));
    CHECK(personsOf(log, id) == -1);
    CHECK(screen.undo->text() == QStringLiteral("Undo Remove incident"));
    CHECK(trailOf(log, id) == (expected << QStringLiteral("remove:entered twice")));
    screen.pressUndo(); // the removal: restored as it was removed
    CHECK(personsOf(log, id) == 15);
    CHECK(screen.window.model()->rowCount() == 1);
    CHECK(trailOf(log, id) == (expected << QStringLiteral("restore:undone")));
    screen.pressRedo();
    CHECK(personsOf(log, id) == -1);
    CHECK(trailOf(log, id) == (expected << QStringLiteral("remove:redone")));
    CHECK(screen.window.statusBar()->currentMessage() == QStringLiteral("Redone: Remove incident"));

    // All the way back: restored, amended back, removed; every step one more entry.
    for (int i = 0; i < 3; ++i) {
        screen.pressUndo();
    }
    CHECK_FALSE(screen.undo->isEnabled());
    CHECK(personsOf(log, id) == -1);
    CHECK(trailOf(log, id)
          == (expected << QStringLiteral("restore:undone") << QStringLiteral("amend:undone")
                       << QStringLiteral("remove:undone")));
    CHECK(Dialogs::shownCount(Dialogs::Kind::Warning) == 0);
    CHECK(test::aggregatesMatchRecount(db.path()));
    CHECK(log.audit().verify()->ok());
}

TEST_CASE("An undo after another user's later amendment is refused and changes nothing", "[gui][undo][accounts]")
{
    test::TestDatabase db;
    IncidentLog &log = db.log();
    test::noLoginDelay(log);
    REQUIRE(log.accounts().add(QStringLiteral("chief"), Role::Admin, passwordOf(QStringLiteral("chief"))).ok());
    REQUIRE(log.session().logIn(QStringLiteral("chief"), passwordOf(QStringLiteral("chief"))).ok());
    REQUIRE(log.accounts().add(QStringLiteral("ona"), Role::Officer, passwordOf(QStringLiteral("ona"))).ok());
    REQUIRE(log.accounts().add(QStringLiteral("rasa"), Role::Supervisor, passwordOf(QStringLiteral("rasa"))).ok());
    REQUIRE(log.locations().add(QStringLiteral("Medininkai")).ok());
    REQUIRE(log.session().logIn(QStringLiteral("ona"), passwordOf(QStringLiteral("ona"))).ok());
    Screen screen(log);
    const QUuid id = screen.record(12).id;
    screen.amendTo(14);

    // The supervisor, at another desk, corrects the incident a moment later.
    const auto elsewhere = db.reopen();
    REQUIRE(elsewhere->session().logIn(QStringLiteral("rasa"), passwordOf(QStringLiteral("rasa"))).ok());
    Incident corrected = **elsewhere->reads().find(id);
    corrected.notes = QStringLiteral("two of them minors");
    REQUIRE(elsewhere->incidents().amend(corrected, QStringLiteral("shift report")).ok());
    const QStringList before = trailOf(log, id);
    REQUIRE(before.size() == 3);

    screen.pressUndo();
    REQUIRE(QTest::qWaitFor([] { return Dialogs::shownCount(Dialogs::Kind::Warning) == 1; }, 5000));
    const auto shown = *Dialogs::lastShown();
    CHECK(shown.title == QStringLiteral("Undo"));
    CHECK(shown.text.startsWith(QStringLiteral("“Amend incident” cannot be undone: ")));
    CHECK(shown.text.contains(QStringLiteral("was changed by someone else since")));
    CHECK(trailOf(log, id) == before);
    const Incident stored = **log.reads().find(id);
    CHECK(stored.groupSize() == 14);
    CHECK(stored.notes == corrected.notes);
    // The refused change left the stack; the record under it is still there, and refused the same way.
    CHECK(screen.stack->count() == 1);
    CHECK(screen.undo->text() == QStringLiteral("Undo Record incident"));
    CHECK_FALSE(screen.redo->isEnabled());
    screen.undo->trigger();
    REQUIRE(QTest::qWaitFor([] { return Dialogs::shownCount(Dialogs::Kind::Warning) == 2; }, 5000));
    CHECK(trailOf(log, id) == before);
    CHECK(screen.stack->count() == 0);
    CHECK(log.audit().verify()->ok());
}

TEST_CASE("The undo list empties when someone else logs in or another database is opened", "[gui][undo]")
{
    test::TestDatabase db;
    IncidentLog &log = db.log();
    REQUIRE(log.locations().add(QStringLiteral("Medininkai")).ok()); // a known location: the form does not ask
    Screen screen(log);
    screen.record(3);
    REQUIRE(screen.undo->isEnabled());

    test::TestDatabase other;
    REQUIRE(other.log().locations().add(QStringLiteral("Medininkai")).ok());
    REQUIRE(screen.window.openDatabase(other.path()));
    CHECK(screen.stack->count() == 0);
    CHECK_FALSE(screen.undo->isEnabled());

    screen.record(4);
    test::noLoginDelay(log);
    REQUIRE(log.accounts().add(QStringLiteral("chief"), Role::Admin, passwordOf(QStringLiteral("chief"))).ok());
    CHECK(screen.undo->isEnabled());
    REQUIRE(log.session().logIn(QStringLiteral("chief"), passwordOf(QStringLiteral("chief"))).ok());
    CHECK_FALSE(screen.undo->isEnabled());
}

TEST_CASE("The Edit menu sits after File with unique mnemonics, and its clipboard actions act on the focused field",
          "[gui][undo][menus]")
{
    test::TestDatabase db;
    Screen screen(db.log());
    MainWindow &window = screen.window;
    QStringList titles;
    QString mnemonics;
    for (QAction *menu : window.menuBar()->actions()) {
        titles << menu->text();
        mnemonics += menu->text().section(u'&', 1, 1).left(1).toLower();
    }
    CHECK(titles.mid(0, 3)
          == QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Incident")});
    CHECK(QSet<QChar>(mnemonics.cbegin(), mnemonics.cend()).size() == mnemonics.size());
    auto *edit = test::child<QMenu>(&window, QStringLiteral("editingMenu"));
    QStringList texts;
    for (QAction *action : edit->actions()) {
        if (!action->isSeparator()) {
            texts << action->text();
        }
    }
    CHECK(texts
          == QStringList{QStringLiteral("Undo"), QStringLiteral("Redo"), QStringLiteral("Cu&t"),
                         QStringLiteral("&Copy"), QStringLiteral("&Paste"), QStringLiteral("Select &All")});
    CHECK(screen.undo->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Z));
    CHECK(screen.redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));

    const test::FormWidgets form(window.form());
    auto *selectAll = test::child<QAction>(edit, QStringLiteral("selectAllAction"));
    auto *copy = test::child<QAction>(edit, QStringLiteral("copyAction"));
    auto *paste = test::child<QAction>(edit, QStringLiteral("pasteAction"));
    auto *cut = test::child<QAction>(edit, QStringLiteral("cutAction"));
    form.notesEdit->setFocus();
    QTest::keyClicks(form.notesEdit, QStringLiteral("Night shift"));
    REQUIRE(copy->isEnabled());
    selectAll->trigger();
    copy->trigger();
    form.locationCombo->setFocus();
    form.locationCombo->setEditText(QString());
    paste->trigger();
    CHECK(form.locationCombo->currentText() == QStringLiteral("Night shift"));
    selectAll->trigger();
    cut->trigger();
    CHECK(form.locationCombo->currentText().isEmpty());
    screen.table->setFocus(); // a table selects all rows, and has nothing to cut, copy or paste
    CHECK(selectAll->isEnabled());
    CHECK_FALSE(copy->isEnabled());
    CHECK_FALSE(paste->isEnabled());
}

TEST_CASE("Ctrl+Z in the form undoes the typing in a field first, and right after a save the save", "[gui][undo]")
{
    test::TestDatabase db;
    REQUIRE(db.log().locations().add(QStringLiteral("Medininkai")).ok());
    Screen screen(db.log());
    const Incident saved = screen.record(4);
    const test::FormWidgets form(screen.window.form());
    QLineEdit *nationality = form.nationalityLines->nationalityEdit(0);
    REQUIRE(QApplication::focusWidget() == nationality); // the form is ready for the next group

    // Something typed: Ctrl+Z takes the typing back and leaves the saved incident alone.
    QTest::keyClicks(nationality, QStringLiteral("SY"));
    QTest::keyClick(nationality, Qt::Key_Z, Qt::ControlModifier);
    CHECK(nationality->text().isEmpty());
    CHECK(personsOf(db.log(), saved.id) == 4);

    // Nothing left to take back in the field: the same key undoes the save. (Ctrl+Shift+Z in the field would
    // first redo its "SY"; from the log it redoes the save.)
    QTest::keyClick(nationality, Qt::Key_Z, Qt::ControlModifier);
    CHECK(personsOf(db.log(), saved.id) == -1);
    CHECK(nationality->text().isEmpty());
    screen.pressRedo();
    CHECK(personsOf(db.log(), saved.id) == 4);
}
