// SPDX-License-Identifier: GPL-3.0-or-later
// The window's sync with the national register: in the background, with what it did in the status bar.
#include "accountabilityactions.h"
#include "conflictsdialog.h"
#include "dialogs.h"
#include "externalchangewatcher.h"
#include "formwidgets.h"
#include "incidentform.h"
#include "incidentlog.h"
#include "incidenttablemodel.h"
#include "mainwindow.h"
#include "pgregister.h"
#include "pgregisterserver.h"
#include "registerserver.h"
#include "serveradministration.h"
#include "signalwait.h"
#include "sqliteregister.h"
#include "synccontroller.h"
#include "testdatabase.h"
#include "testserver.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace borderlog;

namespace {

const QString kSite = QStringLiteral("medininkai-1");
const QString kMedininkai = QStringLiteral("Medininkai");

void record(IncidentLog &log)
{
    REQUIRE(log.incidents().record(test::draft(QDate(2021, 8, 2), kMedininkai, QStringLiteral("IQ"), 7)).ok());
}

QString syncStatus(const MainWindow &window)
{
    const auto *label = window.findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
    REQUIRE(label != nullptr);
    return label->text();
}

void syncAndWait(MainWindow &window)
{
    test::argumentsAfter(window.sync(), &SyncController::syncEnded, [&] { window.sync()->syncAction()->trigger(); });
}

} // namespace

TEST_CASE("A joined register syncs from the window in the background, and the status bar says how it went",
          "[gui][sync]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    server.init();
    auto admin = postgres::ServerAdministration::connect(server.address());
    REQUIRE(admin.ok());
    REQUIRE((*admin)->addSite(kSite, kMedininkai).ok());
    test::TestDatabase db;
    record(db.log());

    SECTION("a register that has joined no site shows nothing of the national register, and may join")
    {
        MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop, postgres::PgRegisterServer::open);
        CHECK_FALSE(window.sync()->statusWidget()->isVisibleTo(&window));
        CHECK_FALSE(window.sync()->syncAction()->isEnabled());
        REQUIRE(window.sync()->joinAction()->isEnabled());
        const auto join = [&](const QString &site) {
            Dialogs::clearShown();
            Dialogs::setNextAnswer(Dialogs::Answer::text(QString::fromUtf8(server.connection())));
            Dialogs::setNextAnswer(Dialogs::Answer::text(site));
        };

        join(QStringLiteral("Medininkai 1"));
        window.sync()->joinAction()->trigger();
        CHECK(Dialogs::lastShown()->kind == Dialogs::Kind::Warning);
        CHECK(Dialogs::lastShown()->text.startsWith(QStringLiteral("site: must be")));
        CHECK_FALSE(db.log().sync().joined()->has_value());

        join(QStringLiteral("lavoriskes-1"));
        test::argumentsAfter(window.sync(), &SyncController::syncEnded,
                             [&] { window.sync()->joinAction()->trigger(); });
        CHECK(Dialogs::lastShown()->kind == Dialogs::Kind::Warning);
        CHECK(Dialogs::lastShown()->text.contains(QStringLiteral("server add-site")));
        CHECK_FALSE(db.log().sync().joined()->has_value());
        CHECK_FALSE(window.sync()->statusWidget()->isVisibleTo(&window));

        join(kSite);
        test::argumentsAfter(window.sync(), &SyncController::syncEnded,
                             [&] { window.sync()->joinAction()->trigger(); });
        CHECK(Dialogs::lastShown()->kind == Dialogs::Kind::Information);
        CHECK(Dialogs::lastShown()->text
              == QStringLiteral("This register is site medininkai-1 of the national register now; 1 entry(s) sent."));
        CHECK(db.log().sync().joined()->value().site == kSite);
        CHECK(window.sync()->statusWidget()->isVisibleTo(&window));
        CHECK(syncStatus(window).endsWith(QStringLiteral(", all sent")));
        CHECK_FALSE(window.sync()->joinAction()->isEnabled());
    }
    SECTION("joined: entries waiting, then sent, then waiting again after a save")
    {
        auto national = postgres::PgRegisterServer::open(QString::fromUtf8(server.connection()));
        REQUIRE(national.ok());
        REQUIRE(db.log().sync().push(**national, kSite).ok()); // as `borderlog-cli sync --site` joins it
        record(db.log());
        MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop, postgres::PgRegisterServer::open);
        CHECK(window.sync()->statusWidget()->isVisibleTo(&window));
        CHECK(syncStatus(window) == QStringLiteral("National register: site medininkai-1, 1 entry(s) waiting"));

        syncAndWait(window);
        CHECK(syncStatus(window).startsWith(QStringLiteral("National register: synced at ")));
        CHECK(syncStatus(window).endsWith(QStringLiteral(", all sent")));
        CHECK(server.queryText("SELECT head_seq FROM borderlog.site").toLongLong()
              == db.log().audit().head()->sequence);

        record(db.log());
        CHECK(syncStatus(window).endsWith(QStringLiteral(", 1 entry(s) waiting")));

        SECTION("the server out of reach: the saves go on, the status bar says what waits and why")
        {
            test::execute(db.path(), "UPDATE sync_link SET server = 'host=/nonexistent-folder port=5 dbname=x'");
            syncAndWait(window);
            CHECK(syncStatus(window).startsWith(QStringLiteral("National register: not reached at ")));
            CHECK(syncStatus(window).endsWith(QStringLiteral(", 1 entry(s) waiting")));
            const auto *label = window.findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
            CHECK(label->toolTip().contains(QStringLiteral("could not be reached")));
            record(db.log());
            CHECK(syncStatus(window).endsWith(QStringLiteral(", 2 entry(s) waiting")));
        }
        SECTION("refused by the server: the status bar says to ask headquarters")
        {
            test::execute(db.path(), "DROP TRIGGER audit_entry_append_only_update; "
                                     "UPDATE audit_entry SET user = 'forged' WHERE seq = 3");
            syncAndWait(window);
            CHECK(syncStatus(window).startsWith(QStringLiteral("National register: refused at ")));
            CHECK(syncStatus(window).endsWith(QStringLiteral("ask headquarters")));
            CHECK(server.queryText("SELECT kind FROM borderlog.alarm") == QStringLiteral("forged"));
        }
    }
}

TEST_CASE("Headquarters opens the national register in the window, and sees each station's sync as it lands",
          "[gui][sync][national]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    server.init();
    auto admin = postgres::ServerAdministration::connect(server.address());
    REQUIRE(admin.ok());
    REQUIRE((*admin)->addSite(kSite, kMedininkai).ok());
    test::TestDatabase station;
    record(station.log());
    {
        auto national = postgres::PgRegisterServer::open(QString::fromUtf8(server.connection()));
        REQUIRE(national.ok());
        REQUIRE(station.log().sync().push(**national, kSite).ok());
    }
    test::TestDatabase own;
    const auto opener = [](const QString &path) -> Result<std::unique_ptr<RegisterStore>> {
        return isServerAddress(path) ? postgres::PgRegister::open(path) : sqlite::SqliteRegister::openForDesktop(path);
    };
    MainWindow window(own.log(), opener, postgres::PgRegisterServer::open);
    auto *open = window.findChild<QAction *>(QStringLiteral("openNationalRegisterAction"));
    REQUIRE(open != nullptr);

    SECTION("an address that is no server's is refused, naming the rule, and the register stays")
    {
        Dialogs::clearShown();
        Dialogs::setNextAnswer(Dialogs::Answer::text(QStringLiteral("/home/ona/register.sqlite")));
        open->trigger();
        CHECK(Dialogs::lastShown()->kind == Dialogs::Kind::Warning);
        CHECK(Dialogs::lastShown()->text.startsWith(QStringLiteral("server: must start with postgresql://")));
        CHECK(own.log().databaseLocation() == own.path());
    }
    SECTION("opened, it shows every station's incidents; a new sync appears without a reload")
    {
        Dialogs::setNextAnswer(Dialogs::Answer::text(server.uri()));
        open->trigger();
        CHECK(own.log().databaseLocation() == server.uri());
        CHECK(window.windowTitle() == QStringLiteral("National register — Border Incident Log"));
        CHECK(window.model()->rowCount() == 1);
        // It takes changes only through the stations' syncs: no form, no import, no sign-off.
        CHECK_FALSE(window.form()->isEnabled());
        CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("importAction"))->isEnabled());
        CHECK_FALSE(window.sync()->joinAction()->isEnabled());
        CHECK_FALSE(window.accountability()->signOffAction()->isEnabled());

        ExternalChangeWatcher watcher(own.log());
        CHECK_FALSE(watcher.check());
        record(station.log());
        auto national = postgres::PgRegisterServer::open(QString::fromUtf8(server.connection()));
        REQUIRE(national.ok());
        REQUIRE(station.log().sync().push(**national, {}).ok());
        bool heard = false;
        for (int i = 0; i < 50 && !heard; ++i) {
            QTest::qWait(20);
            heard = watcher.check();
        }
        CHECK(heard);
        CHECK(window.model()->rowCount() == 2);
    }
    SECTION("headquarters amends a station's incident in the form, always with a reason; the station takes it")
    {
        Dialogs::setNextAnswer(Dialogs::Answer::text(server.uri()));
        open->trigger();
        REQUIRE(own.log().databaseLocation() == server.uri());
        auto *table = window.findChild<QTableView *>(QStringLiteral("incidentTable"));
        table->selectRow(0);
        window.findChild<QAction *>(QStringLiteral("amendAction"))->trigger();
        REQUIRE(window.form()->isEditing());
        CHECK(window.form()->isEnabled());
        const test::FormWidgets form(window.form());
        form.outcomeCombo->setCurrentIndex(form.outcomeCombo->findData(QStringLiteral("detained")));
        CHECK_FALSE(window.form()->save());
        CHECK(form.reasonError->isVisibleTo(window.form()));
        CHECK(form.reasonError->text().contains(QStringLiteral("national register")));
        QTest::keyClicks(form.reasonEdit, QStringLiteral("detained at the camp"));
        REQUIRE(window.form()->save());
        // Back to a new incident, which the national register does not take.
        CHECK_FALSE(window.form()->isEditing());
        CHECK_FALSE(window.form()->isEnabled());
        CHECK(server.queryText("SELECT reason FROM borderlog.server_entry") == QStringLiteral("detained at the camp"));

        auto national = postgres::PgRegisterServer::open(QString::fromUtf8(server.connection()));
        REQUIRE(national.ok());
        const auto report = station.log().sync().push(**national, {});
        REQUIRE(report.ok());
        CHECK(report->pulled == 1);
        CHECK(station.log().reads().count({.outcome = Outcome::Detained}).value_or(0) == 1);
    }
}

TEST_CASE("Headquarters settles a station's crossing change in the conflicts window, with a reason",
          "[gui][sync][conflict]")
{
    if (!test::serverAvailable()) {
        return;
    }
    const test::TestServer server;
    server.init();
    auto admin = postgres::ServerAdministration::connect(server.address());
    REQUIRE(admin.ok());
    REQUIRE((*admin)->addSite(kSite, kMedininkai).ok());
    test::TestDatabase station;
    record(station.log());
    auto link = postgres::PgRegisterServer::open(QString::fromUtf8(server.connection()));
    REQUIRE(link.ok());
    REQUIRE(station.log().sync().push(**link, kSite).ok());
    auto opened = postgres::PgRegister::open(server.uri());
    REQUIRE(opened.ok());
    IncidentLog national(std::move(opened).value());
    const Incident mine = station.log().reads().page({})->first();
    Incident atHeadquarters = national.reads().find(mine.id)->value_or(Incident());
    atHeadquarters.outcome = Outcome::AsylumRequest;
    REQUIRE(national.incidents().amend(atHeadquarters, QStringLiteral("asked at the camp")).ok());
    Incident atStation = mine;
    atStation.nationalities = {{QStringLiteral("IQ"), 9}};
    REQUIRE(station.log().incidents().amend(atStation, QStringLiteral("more found")).ok());
    REQUIRE(station.log().sync().push(**link, {}).ok());

    ConflictsDialog dialog(national);
    REQUIRE(dialog.conflictCount() == 1);
    auto *versions = dialog.findChild<QPlainTextEdit *>(QStringLiteral("conflictVersions"));
    CHECK(versions->toPlainText().contains(QStringLiteral("outcome: asylum_request →")));
    CHECK(versions->toPlainText().contains(QStringLiteral("→ IQ 9")));
    Dialogs::setNextAnswer(Dialogs::Answer::cancel());
    CHECK_FALSE(dialog.keepSiteVersion());
    CHECK(dialog.conflictCount() == 1);
    Dialogs::setNextAnswer(Dialogs::Answer::text(QStringLiteral("the station counted at the scene")));
    REQUIRE(dialog.keepSiteVersion());
    CHECK(dialog.conflictCount() == 0);
    CHECK(national.reads().find(mine.id)->value().groupSize() == 9);
    const auto report = station.log().sync().push(**link, {});
    REQUIRE(report.ok());
    CHECK(report->pulled == 1);
}
