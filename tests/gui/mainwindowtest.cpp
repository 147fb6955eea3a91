// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "applicationidentity.h"
#include "cryptography.h"
#include "dialogs.h"
#include "exportdialog.h"
#include "failingdisk.h"
#include "formwidgets.h"
#include "importcontroller.h"
#include "incidentcsv.h"
#include "incidentform.h"
#include "incidenttablemodel.h"
#include "nationalitylineseditor.h"
#include "outcomechartview.h"
#include "preferencesdialog.h"
#include "signalwait.h"
#include "sqliteregister.h"
#include "summarypanel.h"
#include "testdatabase.h"
#include "translations.h"

#include <QAction>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sqlite3.h>

using namespace borderlog;

namespace {

// The bar set a person reads as the outcome's: the one the legend names with its label.
QBarSet *barSetOf(OutcomeChartView *chart, Outcome outcome)
{
    for (QBarSet *set : chart->series()->barSets()) {
        if (set->label() == outcomeLabel(outcome)) {
            return set;
        }
    }
    FAIL("no bar set for " << outcomeLabel(outcome).toStdString());
    return nullptr;
}

qreal lastBar(OutcomeChartView *chart, Outcome outcome)
{
    QBarSet *set = barSetOf(chart, outcome);
    return set->at(set->count() - 1);
}

// Types as an officer does: into the widget that has focus.
void type(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClicks(widget, text);
}

// File > Import CSV, waited for until it has ended; whether the file was imported.
bool importCsv(MainWindow &window, const QString &path)
{
    return test::argumentsAfter(window.importer(), &ImportController::finished, [&] { window.importCsv(path); })
        .first()
        .toBool();
}

} // namespace

TEST_CASE("An incident entered from the keyboard appears in the table and the day's chart", "[gui][form]")
{
    test::TestDatabase db;
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const test::FormWidgets form(window.form());
    CHECK(window.windowTitle()
          == QStringLiteral("%1 — Border Incident Log").arg(QFileInfo(db.log().databaseLocation()).fileName()));

    form.locationCombo->lineEdit()->clear(); // the form remembers the last location of earlier tests
    type(form.locationCombo->lineEdit(), QStringLiteral("Medininkai checkpoint"));
    // The register has no locations yet: the first save asks before adding one.
    Dialogs::setNextAnswer(Dialogs::Answer::text(QStringLiteral("Add “Medininkai checkpoint” as a new location")));
    QLineEdit *nationality = form.nationalityLines->nationalityEdit(0);
    type(nationality, QStringLiteral("IRQ"));
    QSpinBox *persons = form.nationalityLines->personsSpin(0);
    persons->selectAll();
    type(persons, QStringLiteral("170"));
    form.nationalityLines->addLine();
    type(form.nationalityLines->nationalityEdit(1), QStringLiteral("Syria"));
    form.nationalityLines->personsSpin(1)->selectAll();
    type(form.nationalityLines->personsSpin(1), QStringLiteral("10"));
    form.outcomeCombo->setFocus();
    form.outcomeCombo->setCurrentIndex(form.outcomeCombo->findData(QStringLiteral("turned_back")));
    type(form.notesEdit, QStringLiteral("Directed back; no force used."));
    CHECK(form.groupSizeLabel->text().contains(QStringLiteral("180")));

    QTest::keyClick(form.notesEdit, Qt::Key_Return, Qt::ControlModifier);

    INFO(window.form()->shownErrors().join(u'\n').toStdString());
    REQUIRE(window.model()->rowCount() == 1);
    const Incident saved = window.model()->incidentAt(0);
    CHECK(saved.location == QStringLiteral("Medininkai checkpoint"));
    CHECK(saved.nationalities == QList<NationalityCount>{{QStringLiteral("IQ"), 170}, {QStringLiteral("SY"), 10}});
    CHECK(saved.outcome == Outcome::TurnedBack);
    CHECK(saved.notes == QStringLiteral("Directed back; no force used."));

    // The summary shows the saved day; its chart's last bar is that day.
    CHECK(window.summary()->day() == saved.date);
    CHECK(lastBar(window.summary()->dailyChart(), Outcome::TurnedBack) == 180.0);
    CHECK(window.summary()->dailyChart()->tally().rows().last().persons == 180);

    // Date and location stay for the next group; the rest is cleared.
    CHECK(form.dateEdit->date() == saved.date);
    CHECK(form.locationCombo->currentText() == QStringLiteral("Medininkai checkpoint"));
    CHECK(form.nationalityLines->lineCount() == 1);
    CHECK(form.nationalityLines->nationalityEdit(0)->text().isEmpty());
    CHECK(form.notesEdit->toPlainText().isEmpty());

    // A second save adds to the chart without a restart.
    type(form.nationalityLines->nationalityEdit(0), QStringLiteral("afghanistan"));
    form.outcomeCombo->setCurrentIndex(form.outcomeCombo->findData(QStringLiteral("detained")));
    QTest::keyClick(form.nationalityLines->nationalityEdit(0), Qt::Key_Return, Qt::ControlModifier);
    CHECK(window.model()->rowCount() == 2);
    CHECK(lastBar(window.summary()->dailyChart(), Outcome::Detained) == 1.0);
}

TEST_CASE("Broken rules show next to their fields and nothing is saved or lost", "[gui][form]")
{
    test::TestDatabase db;
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    const test::FormWidgets form(window.form());
    form.locationCombo->setEditText(QString());
    form.nationalityLines->nationalityEdit(0)->setText(QStringLiteral("ira"));
    form.notesEdit->setPlainText(QStringLiteral("kept"));
    CHECK_FALSE(window.form()->save());
    CHECK(form.nationalityError->isVisibleTo(window.form()));
    CHECK(form.nationalityError->text().contains(QStringLiteral("could mean")));

    form.nationalityLines->nationalityEdit(0)->setText(QStringLiteral("Iraq (IQ, IRQ)"));
    CHECK_FALSE(window.form()->save());
    CHECK(form.locationError->isVisibleTo(window.form()));
    CHECK(form.locationError->text().contains(QStringLiteral("is required")));
    CHECK(form.notesEdit->toPlainText() == QStringLiteral("kept"));
    CHECK(window.model()->rowCount() == 0);
    CHECK(*db.log().reads().count({}) == 0);
}

TEST_CASE("An incident is amended in the same form and removed after confirmation", "[gui][form]")
{
    test::TestDatabase db;
    const auto recorded = db.log().incidents().record(
        test::draft(QDate(2021, 8, 2), QStringLiteral("Druskininkai"), QStringLiteral("IQ"), 280));
    REQUIRE(recorded.ok());
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    Dialogs::setNextAnswer(Dialogs::Answer::cancel());                          // the first removal
    Dialogs::setNextAnswer(Dialogs::Answer::text(QStringLiteral("duplicate"))); // the second one
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto *table = test::child<QTableView>(&window, QStringLiteral("incidentTable"));
    auto *removeAction = test::child<QAction>(&window, QStringLiteral("removeAction"));
    table->selectRow(0);
    test::child<QAction>(&window, QStringLiteral("amendAction"))->trigger();
    REQUIRE(window.form()->isEditing());
    const test::FormWidgets form(window.form());
    CHECK(form.nationalityLines->nationalityEdit(0)->text() == QStringLiteral("Iraq (IQ)"));
    form.nationalityLines->personsSpin(0)->setValue(287);
    REQUIRE(window.form()->save());
    CHECK_FALSE(window.form()->isEditing());
    CHECK(window.model()->rowCount() == 1);
    CHECK((*db.log().reads().find(recorded->id))->groupSize() == 287);

    table->selectRow(0);
    removeAction->trigger(); // declined
    CHECK(window.model()->rowCount() == 1);
    table->selectRow(0);
    removeAction->trigger(); // confirmed
    CHECK(window.model()->rowCount() == 0);
    CHECK(*db.log().reads().count({}) == 0);
}

TEST_CASE("The export dialog writes the ministry's CSV", "[gui][export]")
{
    test::TestDatabase db;
    REQUIRE(db.log()
                .incidents()
                .record(test::draft(QDate(2021, 8, 3), QStringLiteral("Medininkai"), QStringLiteral("IQ"), 180,
                                    Outcome::TurnedBack))
                .ok());
    for (const char *kind : {"", "month", "week", "district"}) {
        ExportDialog dialog(db.log(), sqlite::SqliteRegister::openForDesktop, {});
        auto *kindCombo = test::child<QComboBox>(&dialog, QStringLiteral("kindCombo"));
        kindCombo->setCurrentIndex(kindCombo->findData(QString::fromLatin1(kind)));
        const QString path = db.folder() + QStringLiteral("/export-%1.csv").arg(QString::fromLatin1(kind));
        test::child<QLineEdit>(&dialog, QStringLiteral("fileEdit"))->setText(path);
        test::argumentsAfter(&dialog, &QDialog::finished, [&dialog] { dialog.accept(); });
        REQUIRE(dialog.result() == QDialog::Accepted);
        const QByteArray csv = test::readFile(path);
        if (QByteArray(kind).isEmpty()) {
            CHECK(csv.startsWith("incident_id,date,time,location,nationality,persons,outcome"));
            CHECK(csv.contains(",2021-08-03,03:15,Medininkai,IQ,180,turned_back,false,"));
        } else if (QByteArray(kind) == "month") {
            CHECK(csv
                  == "period,incidents,persons,turned_back,detained,asylum_request,prevented,absconded,other,"
                     "admitted_humanitarian,order_to_leave,men,women,children,unaccompanied_minors\r\n"
                     "2021-08,1,180,180,0,0,0,0,0,0,0,0,0,0,0\r\n");
        } else if (QByteArray(kind) == "week") {
            CHECK(csv.endsWith("\r\n2021-W31,1,180,180,0,0,0,0,0,0,0,0,0,0,0\r\n"));
        } else {
            CHECK(csv.startsWith("district,incidents,persons,"));
            CHECK(csv.contains("\r\nUnassigned,1,180,180,"));
        }
        // Its documentation beside it pins the audit trail's head at the moment of the export.
        const QByteArray about = test::readFile(path + QStringLiteral(".about.txt"));
        CHECK(about.contains("audit trail head: " + db.log().audit().head()->toString().toUtf8()));
        CHECK(about.contains("sha256: " + Cryptography::sha256Hex(csv)));
    }

    // For Excel: the same bytes after UTF-8's byte-order mark; the choice is remembered, and our own import
    // reads such a file back.
    {
        ExportDialog dialog(db.log(), sqlite::SqliteRegister::openForDesktop, {});
        test::child<QComboBox>(&dialog, QStringLiteral("kindCombo"))->setCurrentIndex(0);
        test::child<QCheckBox>(&dialog, QStringLiteral("excelCheck"))->setChecked(true);
        const QString path = db.folder() + QStringLiteral("/export-excel.csv");
        test::child<QLineEdit>(&dialog, QStringLiteral("fileEdit"))->setText(path);
        test::argumentsAfter(&dialog, &QDialog::finished, [&dialog] { dialog.accept(); });
        REQUIRE(dialog.result() == QDialog::Accepted);
        const QByteArray csv = test::readFile(path);
        CHECK(csv == "\xEF\xBB\xBF" + test::readFile(db.folder() + QStringLiteral("/export-.csv")));
        CHECK(IncidentCsv::read(csv, path, QDateTime::currentDateTime()).incidents.size() == 1);
    }
    ExportDialog again(db.log(), sqlite::SqliteRegister::openForDesktop, {});
    auto *excel = test::child<QCheckBox>(&again, QStringLiteral("excelCheck"));
    CHECK(excel->isChecked());
    excel->setChecked(false);
    ApplicationIdentity::settings()->setValue(QStringLiteral("export/forExcel"), false);
}

TEST_CASE("The sample database opens from the Help menu with Frontex's totals", "[gui][sample]")
{
    test::TestDatabase db;
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    const auto lastPath = [] {
        return ApplicationIdentity::settings()->value(QStringLiteral("database/lastPath")).toString();
    };
    const QString remembered = lastPath();
    REQUIRE(window.openSampleDatabase());
    const QString samplePath = db.log().databaseLocation();
    CHECK(samplePath.endsWith(QStringLiteral("borderlog-sample.sqlite")));
    // Shown as what it is, and never the database of the next start.
    CHECK(window.windowTitle() == QStringLiteral("Sample data — Border Incident Log"));
    CHECK(window.findChild<QLabel *>(QStringLiteral("sampleBanner"))->isVisibleTo(&window));
    CHECK(lastPath() == remembered);
    const auto years =
        db.log().reads().tally({.from = QDate(2021, 1, 1), .to = QDate(2021, 12, 31)}, TallyGrouping::Year);
    CHECK(years->rows().first().persons == 8075);
    CHECK(window.summary()->yearlyChart()->tally().rows().size() == 17); // 2009 to 2025
    // Under the Border Guard Service's frontier districts and stations, every incident placed.
    const auto districts =
        db.log().reads().tally({.from = QDate(2021, 1, 1), .to = QDate(2021, 12, 31)}, TallyGrouping::District);
    REQUIRE(districts.ok());
    QStringList names;
    for (const auto &row : districts->rows()) {
        names << row.key;
    }
    names.sort();
    CHECK(names
          == QStringList{QStringLiteral("Ignalinos pasienio rinktinė"), QStringLiteral("Varėnos pasienio rinktinė"),
                         QStringLiteral("Vilniaus pasienio rinktinė")});
    CHECK(districts->total().persons == 8075);
    const auto medininkai =
        db.log().reads().tally({.station = QStringLiteral("Medininkų užkarda")}, TallyGrouping::Year);
    REQUIRE(medininkai.ok());
    CHECK(medininkai->total().incidents > 0);
    CHECK(window.model()->rowCount() > 0);

    // A throwaway copy: opening the sample again starts afresh, and another database removes the copy.
    REQUIRE(window.openSampleDatabase());
    CHECK(db.log().databaseLocation() != samplePath);
    CHECK_FALSE(QFileInfo::exists(samplePath));
    const QString secondSample = db.log().databaseLocation();
    const QTemporaryDir otherFolder;
    const QString other = otherFolder.filePath(QStringLiteral("other.sqlite"));
    REQUIRE(window.openDatabase(other));
    CHECK_FALSE(QFileInfo::exists(secondSample));
    CHECK_FALSE(window.findChild<QLabel *>(QStringLiteral("sampleBanner"))->isVisibleTo(&window));
    CHECK(lastPath() == other);
    ApplicationIdentity::settings()->setValue(QStringLiteral("database/lastPath"), remembered);
}

TEST_CASE("Each outcome's persons are drawn in the bar set labelled with that outcome", "[gui][charts][outcome]")
{
    test::TestDatabase db;
    const QDate day(2021, 8, 5);
    int persons = 1;
    for (Outcome outcome : kAllOutcomes) {
        REQUIRE(db.log()
                    .incidents()
                    .record(test::draft(day, QStringLiteral("Medininkai"), QStringLiteral("IQ"), persons++, outcome))
                    .ok());
    }
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    window.summary()->setDay(day);
    persons = 1;
    for (Outcome outcome : kAllOutcomes) {
        INFO(outcomeCode(outcome).toStdString());
        CHECK(lastBar(window.summary()->dailyChart(), outcome) == persons++);
    }
}

TEST_CASE("When the disk is full the form says so and keeps everything typed", "[gui][form][reliability]")
{
    test::FailingDisk::install();
    test::TestDatabase db;
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    const test::FormWidgets form(window.form());
    form.locationCombo->setEditText(QStringLiteral("Varėna"));
    form.nationalityLines->nationalityEdit(0)->setText(QStringLiteral("IRQ"));
    form.nationalityLines->personsSpin(0)->setValue(14);
    form.notesEdit->setPlainText(QStringLiteral("Found near the fence at dawn."));

    test::FailingDisk::fail(test::FailingDisk::Fault::Full);
    Dialogs::setNextAnswer(Dialogs::Answer::text(QStringLiteral("Add “Varėna” as a new location")));
    const bool saved = window.form()->save();
    test::FailingDisk::fail(test::FailingDisk::Fault::None);
    CHECK_FALSE(saved);
    CHECK(form.formMessage->isVisibleTo(window.form()));
    CHECK(form.formMessage->text().contains(QStringLiteral("the disk is full")));
    CHECK(form.locationCombo->currentText() == QStringLiteral("Varėna"));
    CHECK(form.nationalityLines->nationalityEdit(0)->text() == QStringLiteral("IRQ"));
    CHECK(form.nationalityLines->personsSpin(0)->value() == 14);
    CHECK(form.notesEdit->toPlainText() == QStringLiteral("Found near the fence at dawn."));
    CHECK(window.model()->rowCount() == 0);

    // Space is back: the same form saves.
    REQUIRE(window.form()->save());
    CHECK(window.model()->rowCount() == 1);
    CHECK(window.model()->incidentAt(0).notes == QStringLiteral("Found near the fence at dawn."));
}

TEST_CASE("File > Import CSV can be cancelled while it runs, and then nothing is written", "[gui][import]")
{
    test::TestDatabase db;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("headquarters.csv"));
    test::writeGeneratedCsv(path, 5000, 20210805);
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    // The officer presses Cancel in the progress window as soon as it takes events.
    QTimer::singleShot(0, &window, [&window] {
        auto *progress = window.findChild<QProgressDialog *>();
        REQUIRE(progress != nullptr);
        progress->findChild<QPushButton *>()->click();
    });
    CHECK_FALSE(importCsv(window, path));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled; nothing was written")));
    CHECK(db.log().reads().count({}).value() == 0);
    CHECK(QGuiApplication::overrideCursor() == nullptr);

    REQUIRE(importCsv(window, path)); // not cancelled: the whole file
    CHECK(db.log().reads().count({}).value() == 5000);
}

TEST_CASE("File > Import CSV adds a good file whole and a bad file not at all", "[gui][import]")
{
    test::TestDatabase db;
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    CHECK_FALSE(importCsv(window, QStringLiteral(BORDERLOG_TEST_DATA "/incidents-bad.csv")));
    REQUIRE(Dialogs::lastShown().has_value()); // a warning with the reasons in its details
    CHECK(Dialogs::lastShown()->kind == Dialogs::Kind::Warning);
    CHECK(Dialogs::lastShown()->details.contains(QStringLiteral("incidents-bad.csv:3: date:")));
    CHECK(window.model()->rowCount() == 0);
    REQUIRE(importCsv(window, QStringLiteral(BORDERLOG_TEST_DATA "/incidents-good.csv")));
    CHECK(window.statusBar()->currentMessage()
          == QStringLiteral("Imported incidents-good.csv: 4 incident(s) added, 0 skipped (already in the database)"));
    CHECK(window.model()->rowCount() == 4);
    CHECK(QGuiApplication::overrideCursor() == nullptr); // the busy cursor is gone after either outcome
}

TEST_CASE("A save while another program imports is kept and saved once the database is free",
          "[gui][form][reliability]")
{
    test::TestDatabase db;
    // The desktop app's own connection: it waits briefly for another program's write, then queues the save.
    auto repository = sqlite::SqliteRegister::openForDesktop(db.path());
    REQUIRE(repository.ok());
    IncidentLog log(std::move(repository).value());
    MainWindow window(log, sqlite::SqliteRegister::openForDesktop);
    const test::FormWidgets form(window.form());
    form.locationCombo->setEditText(QStringLiteral("Varėna"));
    form.nationalityLines->nationalityEdit(0)->setText(QStringLiteral("IRQ"));
    form.nationalityLines->personsSpin(0)->setValue(9);
    form.notesEdit->setPlainText(QStringLiteral("Saved while an import ran."));

    sqlite3 *importer = nullptr; // holds the write lock, as a large import does
    REQUIRE(sqlite3_open(db.path().toUtf8().constData(), &importer) == SQLITE_OK);
    REQUIRE(sqlite3_exec(importer, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    Dialogs::setNextAnswer(Dialogs::Answer::text(QStringLiteral("Add “Varėna” as a new location")));
    CHECK_FALSE(window.form()->save());
    CHECK(form.formMessage->text().contains(QStringLiteral("saved as soon as the database is free")));
    CHECK(form.notesEdit->toPlainText() == QStringLiteral("Saved while an import ran."));
    QTest::qWait(3500); // a retry while the import still runs keeps it waiting
    CHECK(window.model()->rowCount() == 0);
    // Closing the window now would lose the waiting incident: the app asks, and No keeps the window open.
    window.show();
    Dialogs::clearShown();
    Dialogs::setNextAnswer(Dialogs::Answer::cancel());
    CHECK_FALSE(window.close());
    CHECK(window.isVisible());
    REQUIRE(Dialogs::lastShown().has_value());
    CHECK(Dialogs::lastShown()->kind == Dialogs::Kind::Question);
    CHECK(Dialogs::lastShown()->text.contains(QStringLiteral("waiting to be saved")));
    sqlite3_exec(importer, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(importer);

    CHECK(QTest::qWaitFor([&] { return window.model()->rowCount() == 1; }, 10000));
    CHECK(*log.reads().count({}) == 1);
    CHECK(form.notesEdit->toPlainText().isEmpty()); // saved: the form is ready for the next group
}

TEST_CASE("A half-filled form is never discarded without asking", "[gui][form]")
{
    test::TestDatabase db;
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const test::FormWidgets form(window.form());
    auto *newIncident = window.findChild<QAction *>(QStringLiteral("newIncidentAction"));
    auto *openSample = window.findChild<QAction *>(QStringLiteral("openSampleAction"));
    REQUIRE(newIncident);
    REQUIRE(openSample);

    // An empty form goes without a question.
    Dialogs::clearShown();
    newIncident->trigger();
    CHECK(Dialogs::shownCount(Dialogs::Kind::Question) == 0);

    form.locationCombo->setEditText(QStringLiteral("Varėna"));
    form.nationalityLines->nationalityEdit(0)->setText(QStringLiteral("IRQ"));
    form.notesEdit->setPlainText(QStringLiteral("Seen at the fence."));
    REQUIRE(window.form()->hasUnsavedInput());
    const QString database = db.log().databaseLocation();
    for (QAction *action : {newIncident, openSample}) {
        Dialogs::setNextAnswer(Dialogs::Answer::cancel());
        action->trigger();
        CHECK(form.nationalityLines->nationalityEdit(0)->text() == QStringLiteral("IRQ"));
        CHECK(db.log().databaseLocation() == database);
    }
    Dialogs::setNextAnswer(Dialogs::Answer::cancel());
    CHECK_FALSE(window.close());
    CHECK(Dialogs::shownCount(Dialogs::Kind::Question) == 3);
    CHECK(Dialogs::lastShown()->text.contains(QStringLiteral("not saved")));
    Dialogs::setNextAnswer(Dialogs::Answer::yes());
    newIncident->trigger();
    CHECK(form.nationalityLines->nationalityEdit(0)->text().isEmpty());
    CHECK(form.notesEdit->toPlainText().isEmpty());

    // An amendment with a change asks too; leaving it returns to a new incident of today.
    form.nationalityLines->nationalityEdit(0)->setText(QStringLiteral("IRQ"));
    form.dateEdit->setDate(db.log().session().today().addDays(-3));
    Dialogs::setNextAnswer(Dialogs::Answer::text(QStringLiteral("Add “Varėna” as a new location")));
    REQUIRE(window.form()->save());
    window.form()->editIncident(db.log().reads().page({}).value().first());
    CHECK_FALSE(window.form()->hasUnsavedInput());
    form.notesEdit->setPlainText(QStringLiteral("Amended."));
    Dialogs::setNextAnswer(Dialogs::Answer::cancel());
    newIncident->trigger();
    CHECK(window.form()->isEditing());
    Dialogs::setNextAnswer(Dialogs::Answer::yes());
    newIncident->trigger();
    CHECK_FALSE(window.form()->isEditing());
    CHECK(form.dateEdit->date() == db.log().session().today());
}

TEST_CASE("The language chosen in Preferences is kept for the next start", "[gui][language]")
{
    const QString before = PreferencesDialog::language();
    {
        PreferencesDialog dialog;
        auto *combo = test::child<QComboBox>(&dialog, QStringLiteral("languageCombo"));
        // The system's, then each language named in itself.
        REQUIRE(combo->count() == 3);
        CHECK(combo->itemText(1) == QStringLiteral("lietuvių"));
        CHECK(combo->itemText(2).endsWith(QStringLiteral("English")));
        combo->setCurrentIndex(1);
        dialog.accept();
    }
    CHECK(PreferencesDialog::language() == QStringLiteral("lt"));
    CHECK(Translations::localeFor(PreferencesDialog::language()).language() == QLocale::Lithuanian);
    {
        PreferencesDialog dialog;
        CHECK(test::child<QComboBox>(&dialog, QStringLiteral("languageCombo"))->currentIndex() == 1);
        dialog.reject(); // cancelled: nothing changes
    }
    CHECK(PreferencesDialog::language() == QStringLiteral("lt"));
    // A value from elsewhere that is no language of the app means the system's.
    ApplicationIdentity::settings()->setValue(QStringLiteral("interface/language"), QStringLiteral("xx"));
    CHECK(PreferencesDialog::language().isEmpty());
    CHECK(Translations::localeFor(QStringLiteral("xx")) == QLocale::system());
    ApplicationIdentity::settings()->setValue(QStringLiteral("interface/language"), before);
}

TEST_CASE("A location not in the list is completed or confirmed, never added by accident", "[gui][form]")
{
    test::TestDatabase db;
    REQUIRE(db.log().locations().add(QStringLiteral("Medininkai checkpoint")).ok());
    REQUIRE(db.log().locations().add(QStringLiteral("Medukštė")).ok());
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    const test::FormWidgets form(window.form());
    auto fill = [&](const QString &location) {
        form.locationCombo->setEditText(location);
        form.nationalityLines->nationalityEdit(0)->setText(QStringLiteral("IRQ"));
    };

    // A half-typed name: the known ones it begins, or back to the field; nothing saved meanwhile.
    fill(QStringLiteral("Med"));
    Dialogs::clearShown();
    Dialogs::setNextAnswer(Dialogs::Answer::cancel());
    CHECK_FALSE(window.form()->save());
    REQUIRE(Dialogs::lastShown().has_value());
    CHECK(Dialogs::lastShown()->kind == Dialogs::Kind::Choice);
    CHECK(Dialogs::lastShown()->text.contains(QStringLiteral("“Med” is not one of the register's locations")));
    CHECK(*db.log().reads().count({}) == 0);
    CHECK(form.locationCombo->lineEdit()->selectedText()
          == QStringLiteral("Med")); // back in the field, ready to retype

    Dialogs::setNextAnswer(Dialogs::Answer::text(QStringLiteral("Use “Medininkai checkpoint”")));
    REQUIRE(window.form()->save());
    CHECK(db.log().reads().page({}).value().first().location == QStringLiteral("Medininkai checkpoint"));
    CHECK(db.log().reads().locations().value().size() == 2);

    // A new name, confirmed: added with its incident, and asked once even when the save is tried again.
    fill(QStringLiteral("Šalčininkai"));
    Dialogs::setNextAnswer(Dialogs::Answer::text(QStringLiteral("Add “Šalčininkai” as a new location")));
    REQUIRE(window.form()->save());
    CHECK(db.log().reads().locations().value().contains(QStringLiteral("Šalčininkai")));
    // A known name, in another case, goes without a question.
    fill(QStringLiteral("medukštė"));
    Dialogs::clearShown();
    REQUIRE(window.form()->save());
    CHECK(Dialogs::shownCount(Dialogs::Kind::Choice) == 0);
    CHECK(*db.log().reads().count({}) == 3);
}

TEST_CASE("Under a nationality filter the log shows that nationality's share, and the total it counts", "[gui][filter]")
{
    test::TestDatabase db;
    Incident mixed;
    mixed.date = db.log().session().today();
    mixed.location = QStringLiteral("Varėna");
    mixed.nationalities = {{QStringLiteral("IQ"), 2}, {QStringLiteral("SY"), 5}};
    mixed.outcome = Outcome::Detained;
    REQUIRE(db.log().incidents().record(mixed).ok());
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    auto *shown = test::child<QLabel>(&window, QStringLiteral("shownTotalsLabel"));
    CHECK_FALSE(shown->isVisibleTo(&window));
    const QModelIndex persons = window.model()->index(0, IncidentTableModel::PersonsColumn);
    CHECK(persons.data().toInt() == 7);

    auto *nationality = test::child<QLineEdit>(test::child<QWidget>(&window, QStringLiteral("filterBar")),
                                               QStringLiteral("nationalityEdit"));
    nationality->setText(QStringLiteral("IQ"));
    emit nationality->editingFinished();
    REQUIRE(window.model()->filter().nationality == QStringLiteral("IQ"));
    CHECK(window.model()->index(0, IncidentTableModel::PersonsColumn).data().toString()
          == QStringLiteral("IQ: 2 of 7"));
    CHECK(shown->isVisibleTo(&window));
    CHECK(shown->text().contains(QStringLiteral("1 incident(s), 2 person(s)")));
    CHECK(shown->text().contains(QStringLiteral("persons of Iraq (IQ) only")));
}

TEST_CASE("Charts say what to do when empty, show the year across a new year, and keep a bar's numbers", "[gui][chart]")
{
    OutcomeChartView chart;
    chart.setTally(Tally(TallyGrouping::Day, {}, QDate(2021, 12, 1), QDate(2021, 12, 7)));
    CHECK(chart.emptyText().contains(QStringLiteral("Record one in the form")));

    TallyRow day;
    day.key = QStringLiteral("2022-01-01");
    day.incidents = 1;
    day.persons = 12;
    day.personsByOutcome[outcomeIndex(Outcome::TurnedBack)] = 12;
    chart.setTally(Tally(TallyGrouping::Day, {day}, QDate(2021, 12, 29), QDate(2022, 1, 3)));
    CHECK(chart.emptyText().isEmpty());
    const auto axes = chart.chart()->axes(Qt::Horizontal);
    REQUIRE(axes.size() == 1);
    const QStringList labels = qobject_cast<QCategoryAxis *>(axes.first())->categoriesLabels();
    INFO(labels.join(QStringLiteral(" | ")).toStdString());
    // The first day with its year, the first of the new year with its own; the others short.
    CHECK(labels.first().contains(QStringLiteral("2021")));
    CHECK(std::count_if(labels.cbegin(), labels.cend(), [](const QString &l) { return l.contains(u"2022"); }) == 1);
    CHECK(std::count_if(labels.cbegin(), labels.cend(), [](const QString &l) { return l.contains(u"202"); }) == 2);
    CHECK(chart.tooltipText(3).contains(QStringLiteral("12 person(s)")));
    CHECK(chart.tooltipText(3).contains(QStringLiteral("2022")));

    // Within one year no label carries it.
    chart.setTally(Tally(TallyGrouping::Day, {}, QDate(2021, 8, 1), QDate(2021, 8, 7)));
    const QStringList august =
        qobject_cast<QCategoryAxis *>(chart.chart()->axes(Qt::Horizontal).first())->categoriesLabels();
    CHECK(std::none_of(august.cbegin(), august.cend(), [](const QString &l) { return l.contains(u"2021"); }));

    // As many day labels as fit side by side in full: fewer in a narrow chart, at most six in a wide one.
    const auto labelCount = [&chart] {
        return qobject_cast<QCategoryAxis *>(chart.chart()->axes(Qt::Horizontal).first())->categoriesLabels().size();
    };
    chart.setTally(Tally(TallyGrouping::Day, {}, QDate(2021, 7, 3), QDate(2021, 8, 1)));
    chart.show(); // a hidden widget gets its resize events when shown
    REQUIRE(QTest::qWaitForWindowExposed(&chart));
    chart.resize(1000, 300);
    CHECK(labelCount() == 6);
    chart.resize(260, 300);
    const QFontMetrics metrics(
        qobject_cast<QCategoryAxis *>(chart.chart()->axes(Qt::Horizontal).first())->labelsFont());
    CHECK(labelCount() < 6);
    CHECK(labelCount() >= 2);
    CHECK(labelCount() * metrics.horizontalAdvance(QStringLiteral("30 Jul")) < 260);
}

TEST_CASE("An empty log says what to do", "[gui][empty]")
{
    test::TestDatabase db;
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    auto *empty = test::child<QLabel>(&window, QStringLiteral("emptyLogLabel"));
    CHECK(empty->isVisibleTo(&window));
    CHECK(empty->text().contains(QStringLiteral("Record the first one in the form")));
    CHECK_FALSE(window.summary()->dailyChart()->emptyText().isEmpty());
    Incident incident;
    incident.date = db.log().session().today();
    incident.location = QStringLiteral("Varėna");
    incident.nationalities = {{QStringLiteral("IQ"), 3}};
    REQUIRE(db.log().incidents().record(incident).ok());
    CHECK(QTest::qWaitFor([&] { return !empty->isVisibleTo(&window); }, 3000));
    CHECK(window.summary()->dailyChart()->emptyText().isEmpty());
}
