// SPDX-License-Identifier: GPL-3.0-or-later
#include "failingdisk.h"
#include "testdatabase.h"

using namespace borderlog;
using test::FailingDisk::Fault;

namespace {

// Disarms the failing disk at the end of a test, whatever happens.
struct Armed
{
    explicit Armed(Fault fault)
    {
        test::FailingDisk::install();
        test::FailingDisk::fail(fault);
    }
    ~Armed() { test::FailingDisk::fail(Fault::None); }
};

} // namespace

TEST_CASE("A full disk fails the save with a plain message and leaves the database consistent", "[reliability][disk]")
{
    test::FailingDisk::install();
    test::TestDatabase db;
    REQUIRE(db.log()
                .incidents()
                .record(test::draft(QDate(2021, 8, 2), QStringLiteral("Varėna"), QStringLiteral("IQ"), 3))
                .ok());
    for (Fault fault : {Fault::Full, Fault::IoError}) {
        {
            Armed armed(fault);
            const auto saved = db.log().incidents().record(
                test::draft(QDate(2021, 8, 3), QStringLiteral("Medininkai"), QStringLiteral("SY"), 4));
            REQUIRE_FALSE(saved.ok());
            CHECK(saved.failure().kind == Failure::Kind::Storage);
            CHECK(saved.message().contains(fault == Fault::Full ? QStringLiteral("the disk is full")
                                                                : QStringLiteral("the disk reported an error")));
            CHECK(saved.message().contains(QStringLiteral("Nothing was changed")));
            const auto imported = db.log().incidents().import(
                QList<Incident>{test::draft(QDate(2021, 8, 4), QStringLiteral("Varėna"), QStringLiteral("AF"), 2)});
            CHECK_FALSE(imported.ok());
        }
        CHECK(test::FailingDisk::failedWrites() > 0);
        // Once space is back, the same connection works and nothing half-written is left.
        auto reopened = db.reopen();
        CHECK(*reopened->reads().count({}) == 1);
        CHECK(reopened->upkeep().checkHealth()->ok);
        CHECK(test::aggregatesMatchRecount(db.path()));
    }
    REQUIRE(db.log()
                .incidents()
                .record(test::draft(QDate(2021, 8, 3), QStringLiteral("Medininkai"), QStringLiteral("SY"), 4))
                .ok());
    CHECK(*db.reopen()->reads().count({}) == 2);
}
