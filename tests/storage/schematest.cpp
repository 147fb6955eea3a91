// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentcsv.h"
#include "sqlitedatabase.h"
#include "sqliteregister.h"
#include "sqliteschema.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace borderlog;

using test::execute;

TEST_CASE("A new database is created with the latest schema and passes the check", "[schema]")
{
    test::TestDatabase db;
    const auto health = db.log().upkeep().checkHealth();
    REQUIRE(health.ok());
    CHECK(health->ok);
    CHECK(health->schemaVersion == sqlite::SqliteSchema::latestVersion());
    CHECK(health->problems.isEmpty());
}

TEST_CASE("A database of a newer schema is refused and left untouched", "[schema]")
{
    test::TestDatabase db;
    REQUIRE(db.log()
                .incidents()
                .record(test::draft(QDate(2021, 8, 2), QStringLiteral("Varėna"), QStringLiteral("IQ"), 1))
                .ok());
    execute(db.path(), "PRAGMA wal_checkpoint(TRUNCATE)"); // the copy below takes the main file only
    const QString path = db.folder() + QStringLiteral("/newer.sqlite");
    REQUIRE(QFile::copy(db.path(), path));
    execute(path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;");
    const QByteArray before = test::readFile(path);

    const auto opened = sqlite::SqliteRegister::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.failure().kind == Failure::Kind::Refused);
    CHECK(opened.message().contains(QStringLiteral("newer version")));
    CHECK(test::readFile(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("A file that is not a database is refused and left untouched", "[schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("incident_id,date\r\nthis is a CSV, not a database\r\n").repeated(100));
    file.close();
    const QByteArray before = test::readFile(path);
    const auto opened = sqlite::SqliteRegister::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.message().contains(QStringLiteral("not a database")));
    CHECK(test::readFile(path) == before);
}

TEST_CASE("Another program's SQLite database is refused and left untouched", "[schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    execute(path, "CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('x');");
    const QByteArray before = test::readFile(path);
    const auto opened = sqlite::SqliteRegister::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.message().contains(QStringLiteral("another program")));
    CHECK(test::readFile(path) == before);
}

TEST_CASE("The desktop app opens a path other than its default only when a database is there", "[schema]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("mistyped/borderlog.sqlite"));
    auto refused = sqlite::SqliteRegister::openExistingForDesktop(missing);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("there is no database at")));
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("mistyped"))));
    REQUIRE(sqlite::SqliteRegister::openForDesktop(missing).ok()); // its first start on the default path creates one
    CHECK(sqlite::SqliteRegister::openExistingForDesktop(missing).ok());
}

TEST_CASE("The database uses WAL, full sync and foreign keys, and its folder is created", "[schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deep/er/borderlog.sqlite"));
    const auto opened = sqlite::SqliteRegister::open(path);
    REQUIRE(opened.ok());
    CHECK((*opened)->schemaVersion() == sqlite::SqliteSchema::latestVersion());
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    CHECK(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)))
          == QStringLiteral("wal"));
    sqlite3_finalize(statement);
    sqlite3_close(db);
}

TEST_CASE("Upgrading a version 1 database fills the monthly tallies from the daily ones", "[schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        sqlite::SqliteDatabase db(path, sqlite::SqliteDatabase::Mode::ReadWriteCreate);
        sqlite::SqliteSchema::migrate(db, 1);
        CHECK(db.queryInt("PRAGMA user_version") == 1);
    }
    execute(path, "INSERT INTO location VALUES (1, 'Varėna');"
                  "INSERT INTO incident VALUES (1, '4a1b2c3d-0000-4000-8000-000000000001', '2021-08-02', '', 1, "
                  "'detained', 12, 0, '', 'a', '2021-08-02T00:00:00Z');"
                  "INSERT INTO incident_nationality VALUES (1, 'IQ', 12);"
                  "INSERT INTO daily_tally VALUES ('2021-08-02', 1, 'detained', 1, 12);"
                  "INSERT INTO daily_nationality_tally VALUES ('2021-08-02', 1, 'IQ', 'detained', 1, 12);");
    auto opened = sqlite::SqliteRegister::open(path);
    REQUIRE(opened.ok());
    CHECK((*opened)->schemaVersion() == sqlite::SqliteSchema::latestVersion());
    CHECK(test::aggregatesMatchRecount(path));
    const auto years = (*opened)->tallies().tally({}, TallyGrouping::Year, TallyContent::Counts);
    REQUIRE(years.ok());
    REQUIRE(years->size() == 1);
    CHECK(years->first().persons == 12);
}

TEST_CASE("A truncated database is refused and left untouched", "[schema][damaged]")
{
    test::TestDatabase db;
    QList<Incident> many;
    for (int i = 0; i < 2000; ++i) {
        many << test::draft(QDate(2021, 8, 1).addDays(i % 30), QStringLiteral("Varėna"), QStringLiteral("IQ"),
                            1 + i % 7);
    }
    REQUIRE(db.log().incidents().import(many).ok());
    const QString path = db.folder() + QStringLiteral("/truncated.sqlite");
    REQUIRE(db.log().upkeep().backUp(path).ok());
    QFile file(path);
    REQUIRE(file.resize(file.size() / 2));
    const QByteArray before = test::readFile(path);
    const auto opened = sqlite::SqliteRegister::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.message().contains(QStringLiteral("is damaged")));
    CHECK(opened.message().contains(QStringLiteral("Restore it from a backup")));
    CHECK(test::readFile(path) == before);
}

TEST_CASE("Damaged pages are reported by the check and by reads, in plain words", "[schema][damaged]")
{
    test::TestDatabase db;
    QList<Incident> many;
    for (int i = 0; i < 3000; ++i) {
        many << test::draft(QDate(2021, 8, 1).addDays(i % 30), QStringLiteral("Varėna"), QStringLiteral("IQ"),
                            1 + i % 7);
    }
    REQUIRE(db.log().incidents().import(many).ok());
    const QString path = db.folder() + QStringLiteral("/damaged.sqlite");
    REQUIRE(db.log().upkeep().backUp(path).ok());
    test::damagePages(path);
    auto opened = sqlite::SqliteRegister::open(path);
    REQUIRE(opened.ok()); // the header is intact; the damage shows when pages are read
    const auto health = (*opened)->maintenance().checkHealth();
    REQUIRE(health.ok());
    CHECK_FALSE(health->ok);
    CHECK_FALSE(health->problems.isEmpty());
    IncidentPageRequest all;
    all.limit = 5000;
    const auto page = (*opened)->queries().page(all);
    if (!page.ok()) {
        CHECK(page.message().contains(QStringLiteral("damaged")));
    }
}

TEST_CASE("An in-memory database is opened without creating a file of that name", "[schema]")
{
    QTemporaryDir folder;
    const QString before = QDir::currentPath();
    REQUIRE(QDir::setCurrent(folder.path()));
    {
        auto memory = sqlite::SqliteRegister::open(QStringLiteral(":memory:"));
        REQUIRE(memory.ok());
        CHECK((*memory)
                  ->incidents()
                  .add(test::draft(QDate(2021, 8, 2), QStringLiteral("Varėna"), QStringLiteral("IQ"), 1),
                       ChangeStamp{QStringLiteral("officer"), QDateTime::currentDateTimeUtc(), {}})
                  .ok());
        auto uri = sqlite::SqliteRegister::open(QStringLiteral("file:scratch?mode=memory"));
        CHECK(uri.ok());
    }
    CHECK(QDir(folder.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    QDir::setCurrent(before);
}

TEST_CASE("The incident table's indexes are listed as a database of the latest schema holds them", "[schema]")
{
    test::TestDatabase db;
    QStringList names;
    QStringList listed;
    for (const auto &index : sqlite::SqliteSchema::incidentIndexes()) {
        names << index.name;
        listed << index.name + u'|' + index.sql;
    }
    CHECK(names.join(u',') == QStringLiteral("incident_by_date,incident_by_location"));
    CHECK(listed.join(u'\n')
          == test::queryText(db.path(), "SELECT group_concat(name || '|' || sql, char(10)) FROM (SELECT name, sql "
                                        "FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'incident' AND sql "
                                        "IS NOT NULL ORDER BY name)"));
}

TEST_CASE("Upgrading the sample from schema 3 keeps every incident, tally and audit entry", "[schema][details]")
{
    test::TestDatabase db;
    const auto read = IncidentCsv::read(test::readFile(QStringLiteral(BORDERLOG_SAMPLE_CSV)),
                                        QStringLiteral("sample.csv"), QDate(2026, 1, 1).startOfDay());
    REQUIRE(read.problems.isEmpty());
    REQUIRE(db.log().incidents().import(read.incidents).ok());
    const auto before = db.log().reads().tally({}, TallyGrouping::Month);
    REQUIRE(before.ok());
    const auto head = db.log().audit().head();
    REQUIRE(head.ok());
    test::downgradeToSchema3(db.path());
    REQUIRE(test::queryText(db.path(), "PRAGMA user_version") == QStringLiteral("3"));

    const auto upgraded = db.reopen();
    CHECK(test::queryText(db.path(), "PRAGMA user_version") == QString::number(sqlite::SqliteSchema::latestVersion()));
    CHECK(test::queryText(db.path(), "SELECT count(*) FROM incident WHERE detection = '' AND direction = 'entry' "
                                     "AND force_type = '' AND injured = 0")
          == QString::number(read.incidents.size()));
    const auto after = upgraded->reads().tally({}, TallyGrouping::Month);
    REQUIRE(after.ok());
    CHECK(after->rows() == before->rows());
    CHECK(test::aggregatesMatchRecount(db.path()));
    CHECK(upgraded->audit().head()->toString() == head->toString());
    const auto verified = upgraded->audit().verify();
    REQUIRE(verified.ok());
    CHECK(verified->ok());
    // The outcomes of schema 7 are accepted by the upgraded table.
    const Incident leaving =
        test::draft(QDate(2021, 8, 4), QStringLiteral("Druskininkai"), QStringLiteral("IQ"), 3, Outcome::OrderToLeave);
    CHECK(upgraded->incidents().record(leaving).ok());
}
