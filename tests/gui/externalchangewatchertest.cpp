// SPDX-License-Identifier: GPL-3.0-or-later
#include "externalchangewatcher.h"

#include "testdatabase.h"

#include <QSignalSpy>

using namespace borderlog;

TEST_CASE("Changes written by another program are noticed", "[writers]")
{
    test::TestDatabase db;
    auto other = db.reopen();
    ExternalChangeWatcher watcher(db.log());
    QSignalSpy changed(&db.log(), &IncidentLog::incidentsChanged);
    CHECK_FALSE(watcher.check());
    REQUIRE(other->incidents()
                .record(test::draft(QDate(2021, 8, 2), QStringLiteral("Varėna"), QStringLiteral("IQ"), 3))
                .ok());
    CHECK(watcher.check());
    CHECK(changed.count() == 1);
    // Its own writes are announced once, not again as an external change.
    REQUIRE(db.log()
                .incidents()
                .record(test::draft(QDate(2021, 8, 2), QStringLiteral("Varėna"), QStringLiteral("IQ"), 4))
                .ok());
    CHECK_FALSE(watcher.check());
    CHECK(changed.count() == 2);
}
