// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include <QSignalSpy>

using namespace borderlog;

TEST_CASE("Writes announce a change, failed writes do not", "[log]")
{
    test::TestDatabase db;
    QSignalSpy changed(&db.log(), &IncidentLog::incidentsChanged);
    REQUIRE(db.log()
                .incidents()
                .record(test::draft(QDate(2021, 8, 2), QStringLiteral("Varėna"), QStringLiteral("IQ"), 3))
                .ok());
    CHECK(changed.count() == 1);
    REQUIRE_FALSE(db.log()
                      .incidents()
                      .record(test::draft(QDate(1989, 1, 1), QStringLiteral("Varėna"), QStringLiteral("IQ"), 3))
                      .ok());
    CHECK(changed.count() == 1);
}

TEST_CASE("The program sets incident_id and recorded_at, a draft cannot choose them", "[log]")
{
    test::TestDatabase db;
    db.log().session().setClock([] { return QDateTime(QDate(2021, 8, 3), QTime(12, 30, 15, 250), Qt::UTC); });
    Incident d = test::draft(QDate(2021, 8, 3), QStringLiteral("Varėna"), QStringLiteral("IQ"), 3);
    d.id = QUuid::fromString(QStringLiteral("4a1b2c3d-0000-4000-8000-000000000001"));
    d.recordedAt = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    d.recordedBy = QStringLiteral("officer.b");
    const auto recorded = db.log().incidents().record(d);
    REQUIRE(recorded.ok());
    CHECK(recorded->id != d.id);
    CHECK(recorded->recordedAt == QDateTime(QDate(2021, 8, 3), QTime(12, 30, 15), Qt::UTC));
    CHECK(recorded->recordedBy == QStringLiteral("officer.b"));
    // "Today" follows the clock: the next day is in the future.
    const auto tomorrow =
        db.log().incidents().record(test::draft(QDate(2021, 8, 5), QStringLiteral("Varėna"), QStringLiteral("IQ"), 3));
    REQUIRE_FALSE(tomorrow.ok());
    CHECK(tomorrow.message().contains(QStringLiteral("date: must not be in the future")));
}
