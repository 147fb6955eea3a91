// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuprotation.h"
#include "sqlitebackup.h"
#include "sqlitemaintenance.h"
#include "sqliteregister.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>

using namespace borderlog;

TEST_CASE("A backup is a checked copy that restores every incident", "[backup]")
{
    test::TestDatabase db;
    for (int i = 0; i < 20; ++i) {
        REQUIRE(db.log()
                    .incidents()
                    .record(test::draft(QDate(2021, 8, 1).addDays(i % 5), QStringLiteral("Varėna"),
                                        QStringLiteral("IQ"), 1 + i))
                    .ok());
    }
    const QString backup = db.folder() + QStringLiteral("/copy.sqlite");
    REQUIRE(db.log().upkeep().backUp(backup).ok());
    CHECK_FALSE(QFile::exists(backup + QStringLiteral(".part")));

    // Later work, then the backup is restored: the database is as it was at the backup.
    REQUIRE(db.log()
                .incidents()
                .record(test::draft(QDate(2021, 8, 9), QStringLiteral("Varėna"), QStringLiteral("SY"), 2))
                .ok());
    const QString path = db.path();
    db.log().switchTo(OpenedDatabase{
        sqlite::SqliteRegister::open(db.folder() + QStringLiteral("/other.sqlite")).value(), std::nullopt});
    const auto restored = sqlite::SqliteMaintenance::restore(backup, path);
    REQUIRE(restored.ok());
    CHECK(restored->contains(QStringLiteral(".before-restore-")));
    auto reopened = db.reopen();
    CHECK(*reopened->reads().count({}) == 20);
    CHECK(test::aggregatesMatchRecount(path));
    // The replaced database was kept, with the later incident in it.
    auto kept = sqlite::SqliteRegister::open(*restored);
    REQUIRE(kept.ok());
    CHECK(*(*kept)->queries().count({}) == 21);
}

TEST_CASE("A damaged backup is refused and nothing changes", "[backup]")
{
    test::TestDatabase db;
    REQUIRE(db.log()
                .incidents()
                .record(test::draft(QDate(2021, 8, 2), QStringLiteral("Varėna"), QStringLiteral("IQ"), 3))
                .ok());
    const QString backup = db.folder() + QStringLiteral("/copy.sqlite");
    REQUIRE(db.log().upkeep().backUp(backup).ok());
    // Damage the copy: overwrite pages in the middle of the file.
    QFile file(backup);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    file.seek(size / 2);
    file.write(QByteArray(int(std::min<qint64>(8192, size / 2)), '\xA5'));
    file.close();

    const auto restored = sqlite::SqliteMaintenance::restore(backup, db.path());
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.message().contains(QStringLiteral("cannot be restored")));
    CHECK(*db.log().reads().count({}) == 1);
    CHECK(QDir(db.folder()).entryList({QStringLiteral("*before-restore*")}).isEmpty());
}

TEST_CASE("The rotation names backups by time, makes one a day and keeps the newest", "[backup]")
{
    test::TestDatabase db;
    const BackupRotation rotation(db.path());
    CHECK(rotation.isDue(QDate(2021, 8, 3)));
    const QString first = rotation.pathFor(QDateTime(QDate(2021, 8, 3), QTime(6, 0)));
    CHECK(first.endsWith(QStringLiteral("/backups/test-20210803-060000.sqlite")));
    // Made on another connection while the register stays open.
    REQUIRE(sqlite::SqliteMaintenance::backUpFile(db.path(), first).ok());
    CHECK(sqlite::SqliteMaintenance::inspect(first)->ok);
    CHECK_FALSE(rotation.isDue(QDate(2021, 8, 3)));
    CHECK(rotation.isDue(QDate(2021, 8, 4)));

    for (int day = 0; day < BackupRotation::kKeep + 3; ++day) {
        QFile touch(rotation.pathFor(QDateTime(QDate(2021, 7, 1).addDays(day), QTime(6, 0))));
        REQUIRE(touch.open(QIODevice::WriteOnly));
    }
    CHECK(rotation.prune() == 4);
    CHECK(rotation.backups().size() == BackupRotation::kKeep);
    CHECK(rotation.backups().first() == first); // the newest stays
}

TEST_CASE("Names reserved for copies kept aside never collide, even within one millisecond", "[backup]")
{
    QTemporaryDir dir;
    const QString stem = dir.filePath(QStringLiteral("register.sqlite.before-restore"));
    QSet<QString> names;
    for (int i = 0; i < 50; ++i) {
        const QString name = sqlite::SqliteBackup::reserveUniquePath(stem, QStringLiteral(".sqlite"));
        CHECK(QFileInfo(name).isFile()); // reserved on disk, so another program cannot take it
        names.insert(name);
    }
    CHECK(names.size() == 50);
    // Fifty names in a loop share milliseconds: some carry the counter.
    CHECK(std::any_of(names.cbegin(), names.cend(), [](const QString &n) {
        return QRegularExpression(QStringLiteral("-\\d{3}-\\d+\\.sqlite$")).match(n).hasMatch();
    }));
}
