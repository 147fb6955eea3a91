// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidenttablemodel.h"
#include "mainwindow.h"
#include "sqliteregister.h"
#include "summarypanel.h"
#include "testdatabase.h"

#include <QTest>

using namespace borderlog;

namespace {

// The register's statements while `change` runs and the window refreshes after it.
template <typename Change>
qint64 statementsFor(const sqlite::SqliteRegister &store, Change &&change)
{
    QCoreApplication::processEvents();
    const qint64 before = store.statementsRun();
    change();
    QCoreApplication::processEvents();
    return store.statementsRun() - before;
}

} // namespace

// A save announces what it touched (RegisterEvents), and each view re-reads only what that changes: the
// summary's day and its comparison are not re-read for an incident of another day, its sign-off state
// never for a save. The numbers are printed for docs/performance.md.
TEST_CASE("A save re-reads only what it touched", "[gui][refresh]")
{
    test::TestDatabase files;
    auto opened = sqlite::SqliteRegister::open(files.path());
    REQUIRE(opened.ok());
    const sqlite::SqliteRegister &store = **opened;
    IncidentLog log(std::move(opened).value());
    log.session().setRecorder(QStringLiteral("officer.test"));
    const QDate viewed(2021, 8, 3);
    REQUIRE(log.incidents().record(test::draft(viewed, QStringLiteral("Medininkai"), QStringLiteral("IQ"), 3)).ok());
    MainWindow window(log, sqlite::SqliteRegister::openForDesktop);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.summary()->setDay(viewed);

    const qint64 sameDay = statementsFor(store, [&] {
        REQUIRE(
            log.incidents().record(test::draft(viewed, QStringLiteral("Medininkai"), QStringLiteral("SY"), 2)).ok());
    });
    const qint64 otherDay = statementsFor(store, [&] {
        REQUIRE(log.incidents()
                    .record(test::draft(viewed.addDays(-40), QStringLiteral("Medininkai"), QStringLiteral("SY"), 2))
                    .ok());
    });
    // The log filtered to another location is not re-read for a save it does not show.
    IncidentFilter elsewhere;
    elsewhere.location = QStringLiteral("Varėna");
    window.model()->setFilter(elsewhere);
    const qint64 unfiltered = statementsFor(store, [&] {
        REQUIRE(
            log.incidents().record(test::draft(viewed, QStringLiteral("Medininkai"), QStringLiteral("SY"), 4)).ok());
    });
    window.model()->setFilter({});
    const qint64 shown = statementsFor(store, [&] {
        REQUIRE(
            log.incidents().record(test::draft(viewed, QStringLiteral("Medininkai"), QStringLiteral("SY"), 5)).ok());
    });
    WARN("statements per save: " << sameDay << " on the viewed day, " << otherDay << " on another day, " << shown
                                 << " again on the viewed day, " << unfiltered
                                 << " when the log is filtered to another location");
    CHECK(otherDay < sameDay);
    CHECK(unfiltered < shown);
    // The summary's comparison reads nine tallies (the districts and stations since schema 5's hierarchy).
    CHECK(sameDay <= 34);
}
