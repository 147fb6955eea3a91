// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"
#include "incidentlog.h"
#include "incidenttablemodel.h"
#include "mainwindow.h"
#include "signalwait.h"
#include "sqliteregister.h"
#include "testdatabase.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace borderlog;

namespace {

// Starts File > Import CSV and runs the event loop until it has ended; whether the file was imported.
bool importCsv(MainWindow &window, const QString &path)
{
    return test::argumentsAfter(window.importer(), &ImportController::finished, [&] { window.importCsv(path); })
        .first()
        .toBool();
}

} // namespace

TEST_CASE("An import runs beside the window: its events are handled meanwhile, and the table shows the result",
          "[gui][import][threads]")
{
    test::TestDatabase db;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("headquarters.csv"));
    test::writeGeneratedCsv(path, 20000, 20210806);
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    int ticksWhileImporting = 0;
    QTimer ticker;
    ticker.setInterval(0);
    QObject::connect(&ticker, &QTimer::timeout, &window, [&] {
        if (window.importer()->isImporting()) {
            ++ticksWhileImporting;
        }
    });
    ticker.start();
    REQUIRE(importCsv(window, path));
    CHECK(ticksWhileImporting > 0); // the GUI thread was not held by the import
    CHECK(db.log().reads().count({}).value() == 20000);
    CHECK(window.model()->rowCount() > 0); // the window's register announced the import
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Imported headquarters.csv: 20,000")));
    CHECK(window.findChild<QProgressDialog *>() == nullptr);
}

TEST_CASE("Cancel in the middle of an import stops it with nothing written", "[gui][import][threads]")
{
    test::TestDatabase db;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("headquarters.csv"));
    test::writeGeneratedCsv(path, 20000, 20210807);
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    // The officer presses Cancel once the progress window shows the import under way.
    QTimer watcher;
    watcher.setInterval(0);
    QObject::connect(&watcher, &QTimer::timeout, &window, [&] {
        auto *progress = window.findChild<QProgressDialog *>();
        if (progress && progress->value() > 0) {
            watcher.stop();
            progress->findChild<QPushButton *>()->click();
        }
    });
    watcher.start();
    CHECK_FALSE(importCsv(window, path));
    CHECK_FALSE(watcher.isActive()); // it was pressed while the import ran
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled; nothing was written")));
    CHECK(db.log().reads().count({}).value() == 0);
    CHECK(test::queryText(db.path(), "SELECT count(*) FROM audit_entry WHERE action = 'import'")
          == QStringLiteral("0"));
}

TEST_CASE("An in-memory database imports on the window's own connection", "[gui][import][threads]")
{
    auto store = sqlite::SqliteRegister::open(QStringLiteral(":memory:"));
    REQUIRE(store.ok());
    IncidentLog log(std::move(store).value());
    MainWindow window(log, sqlite::SqliteRegister::openForDesktop);
    REQUIRE(importCsv(window, QStringLiteral(BORDERLOG_TEST_DATA "/incidents-good.csv")));
    CHECK(log.reads().count({}).value() == 4);
    CHECK(window.model()->rowCount() == 4);
}
