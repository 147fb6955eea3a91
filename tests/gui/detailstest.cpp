// SPDX-License-Identifier: GPL-3.0-or-later
// The form's Details section, as an officer uses it: closed it costs no keystroke, Ctrl+D opens it, a family
// group with its breakdown and a casualty is recorded from the keyboard, an amendment keeps what was recorded.
#include "applicationidentity.h"
#include "formwidgets.h"
#include "incidentdetailseditor.h"
#include "incidentform.h"
#include "incidenttablemodel.h"
#include "mainwindow.h"
#include "nationalitylineseditor.h"
#include "sqliteregister.h"
#include "testdatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace borderlog;

namespace {

int keys = 0;

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    ++keys;
}

void type(const char *text)
{
    for (const char *c = text; *c; ++c) {
        QTest::keyClick(QApplication::focusWidget(), *c);
        ++keys;
    }
}

// A register with the location Kabeliai, the last one used: a new incident starts at the nationality.
struct KabeliaiWindow
{
    KabeliaiWindow()
    {
        REQUIRE(db.log().locations().add(QStringLiteral("Kabeliai")).ok());
        ApplicationIdentity::settings()->setValue(QStringLiteral("form/lastLocation"), QStringLiteral("Kabeliai"));
        window = std::make_unique<MainWindow>(db.log(), sqlite::SqliteRegister::openForDesktop);
        test::showActive(*window);
    }

    test::TestDatabase db;
    std::unique_ptr<MainWindow> window;
};

Incident onlyIncident(MainWindow &window)
{
    REQUIRE(window.model()->rowCount() == 1);
    return window.model()->incidentAt(0);
}

} // namespace

TEST_CASE("Closed, the Details section costs the plain case nothing: nine keys at most, no mouse", "[gui][details]")
{
    KabeliaiWindow station;
    test::TestDatabase &db = station.db;
    MainWindow &window = *station.window;
    const test::FormWidgets form(window.form());
    auto *details = window.form()->detailsEditor();
    CHECK_FALSE(details->isOpen());
    // Tab from the notes passes the closed section's button, never its fields, on the way to Save.
    form.notesEdit->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == details->toggleButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("saveButton"));

    window.form()->focusFirstToFill();
    REQUIRE(QApplication::focusWidget() == form.nationalityLines->nationalityEdit(0));
    keys = 0;
    type("IQ");
    press(Qt::Key_Tab);
    type("12");
    press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(keys <= 9);
    const Incident saved = onlyIncident(window);
    CHECK(saved.location == QStringLiteral("Kabeliai"));
    CHECK(saved.date == db.log().session().today());
    CHECK(saved.nationalities == QList<NationalityCount>{{QStringLiteral("IQ"), 12}});
    CHECK(saved.outcome == Outcome::TurnedBack);
    CHECK(saved.details == IncidentDetails{});
}

TEST_CASE("A family group detected by a thermal camera with one injured is recorded from the keyboard",
          "[gui][details]")
{
    KabeliaiWindow station;
    MainWindow &window = *station.window;
    const test::FormWidgets form(window.form());
    auto *details = window.form()->detailsEditor();
    window.form()->focusFirstToFill();
    type("IQ");
    press(Qt::Key_Tab);
    type("6");
    press(Qt::Key_D, Qt::ControlModifier);
    REQUIRE(details->isOpen());
    // The cursor is in the first line's men: 2 men, 1 woman, 3 children.
    type("2");
    press(Qt::Key_Tab);
    type("1");
    press(Qt::Key_Tab);
    type("3");
    auto *detection = test::child<QComboBox>(details, QStringLiteral("detectionCombo"));
    detection->setFocus();
    detection->setCurrentIndex(detection->findData(int(Detection::ThermalCamera)));
    auto *injured = test::child<QSpinBox>(details, QStringLiteral("injuredSpin"));
    injured->setFocus();
    injured->selectAll();
    type("1");
    press(Qt::Key_Return, Qt::ControlModifier);
    INFO(window.form()->shownErrors().join(u'\n').toStdString());
    const Incident saved = onlyIncident(window);
    CHECK(saved.nationalities == QList<NationalityCount>{NationalityCount{QStringLiteral("IQ"), 6, 2, 1, 3, 0}});
    CHECK(saved.details.detection == Detection::ThermalCamera);
    CHECK(saved.details.injured == 1);
    // The next incident starts closed, with this station's last detection method and no counts.
    CHECK_FALSE(details->isOpen());
    CHECK(window.form()->draft().details.detection == Detection::ThermalCamera);
    CHECK(window.form()->draft().details.injured == 0);

    // An amendment shows and keeps every value recorded.
    window.form()->editIncident(saved);
    CHECK(details->isOpen());
    CHECK(window.form()->draft() == saved);
}

TEST_CASE("The Details section's rules are shown in the form and nothing is saved", "[gui][details]")
{
    test::TestDatabase db;
    REQUIRE(db.log().locations().add(QStringLiteral("Kabeliai")).ok());
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    test::showActive(window);
    const test::FormWidgets form(window.form());
    auto *details = window.form()->detailsEditor();
    form.locationCombo->setEditText(QStringLiteral("Kabeliai"));
    form.nationalityLines->nationalityEdit(0)->setText(QStringLiteral("IQ"));
    form.nationalityLines->personsSpin(0)->setValue(2);
    test::child<QSpinBox>(details, QStringLiteral("injuredSpin"))->setValue(3);
    test::child<QLineEdit>(details, QStringLiteral("relatedEdit"))->setText(QStringLiteral("not-an-id"));
    CHECK_FALSE(window.form()->save());
    CHECK(details->isOpen());
    CHECK(window.form()->shownErrors().join(u'\n').contains(QStringLiteral("related_to:")));
    test::child<QLineEdit>(details, QStringLiteral("relatedEdit"))->clear();
    CHECK_FALSE(window.form()->save());
    CHECK(window.form()->shownErrors().join(u'\n').contains(QStringLiteral("injured: must be at most")));
    CHECK(window.model()->rowCount() == 0);
    // Refusal reasons are offered for turned back only.
    auto *reasons = test::child<QListWidget>(details, QStringLiteral("refusalReasonsList"));
    CHECK(reasons->isEnabled());
    form.outcomeCombo->setCurrentIndex(form.outcomeCombo->findData(QStringLiteral("detained")));
    CHECK_FALSE(reasons->isEnabled());
}

TEST_CASE("A removed nationality line takes its breakdown with it and the others keep theirs", "[gui][details]")
{
    test::TestDatabase db;
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    test::showActive(window);
    const test::FormWidgets form(window.form());
    Incident mixed = test::draft(QDate(2021, 8, 3), QStringLiteral("Kabeliai"), QStringLiteral("IQ"), 6);
    mixed.nationalities = {NationalityCount{QStringLiteral("IQ"), 6, 2, 1, 3, 0},
                           NationalityCount{QStringLiteral("SY"), 2, 0, 0, 0, 2}};
    const auto recorded = db.log().incidents().record(mixed);
    REQUIRE(recorded.ok());
    window.form()->editIncident(*recorded);
    REQUIRE(window.form()->draft().nationalities == recorded->nationalities);
    auto *removeFirst = form.nationalityLines->findChildren<QToolButton *>().first();
    REQUIRE(removeFirst);
    removeFirst->click();
    QCoreApplication::processEvents();
    const QList<NationalityCount> left = window.form()->draft().nationalities;
    REQUIRE(left.size() == 1);
    CHECK(left.first() == NationalityCount{QStringLiteral("SY"), 2, 0, 0, 0, 2});
}
