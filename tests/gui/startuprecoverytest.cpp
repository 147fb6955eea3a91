// SPDX-License-Identifier: GPL-3.0-or-later
#include "startuprecovery.h"

#include "backuprotation.h"
#include "dialogs.h"
#include "sqlitemaintenance.h"
#include "sqliteregister.h"
#include "testdatabase.h"

#include <QDir>
#include <QTemporaryDir>

using namespace borderlog;

namespace {

using Answer = Dialogs::Answer;

const QString kRestore = QStringLiteral("Restore a backup…");
const QString kQuit = QStringLiteral("Quit");

StartupRecovery recovery()
{
    return StartupRecovery(sqlite::SqliteRegister::openExistingForDesktop, sqlite::SqliteRegister::openForDesktop,
                           {sqlite::SqliteMaintenance::restoreAuthority, sqlite::SqliteMaintenance::restore});
}

// A register at path with chief (admin) and ona (officer) and one incident, backed up into its rotation; then
// the register itself is damaged, as a disk fault would leave it. The backup's path.
QString damagedRegisterWithBackup(const QString &path)
{
    const QString backup = BackupRotation(path).pathFor(QDateTime::currentDateTime());
    {
        auto opened = sqlite::SqliteRegister::open(path);
        REQUIRE(opened.ok());
        IncidentLog log(std::move(opened).value());
        test::noLoginDelay(log);
        REQUIRE(log.accounts().add(QStringLiteral("chief"), Role::Admin, QStringLiteral("chief-password")).ok());
        REQUIRE(log.session().logIn(QStringLiteral("chief"), QStringLiteral("chief-password")).ok());
        REQUIRE(log.accounts().add(QStringLiteral("ona"), Role::Officer, QStringLiteral("ona-password")).ok());
        REQUIRE(log.locations().add(QStringLiteral("Medininkai")).ok());
        REQUIRE(log.session().logIn(QStringLiteral("ona"), QStringLiteral("ona-password")).ok());
        REQUIRE(log.incidents()
                    .record(test::draft(QDate(2021, 8, 2), QStringLiteral("Medininkai"), QStringLiteral("IQ"), 12))
                    .ok());
        REQUIRE(QDir().mkpath(BackupRotation(path).folder()));
        REQUIRE(log.upkeep().backUp(backup).ok());
    }
    test::damagePages(path);
    REQUIRE(sqlite::SqliteMaintenance::cannotBeOpenedAtAll(path));
    return backup;
}

// The details of the last choice offered: the message the recovery showed after its attempt.
QString lastReason()
{
    const auto shown = Dialogs::shown();
    for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
        if (it->kind == Dialogs::Kind::Choice) {
            return it->details;
        }
    }
    return {};
}

} // namespace

TEST_CASE("A backup restored at the start needs an admin of the register whose accounts decide",
          "[gui][restore][security]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    const QString backup = damagedRegisterWithBackup(path);
    Dialogs::clearShown();

    SECTION("an officer of the backup is refused, and the damaged file is left as it is")
    {
        const QByteArray before = test::readFile(path);
        for (const Answer &answer :
             {Answer::text(kRestore), Answer::text(backup),
              Answer::login(QStringLiteral("ona"), QStringLiteral("ona-password")), Answer::text(kQuit)}) {
            Dialogs::setNextAnswer(answer);
        }
        CHECK(recovery().recover(path, QStringLiteral("damaged")) == nullptr);
        CHECK(lastReason().contains(QStringLiteral("only an admin may restore")));
        CHECK(test::readFile(path) == before);
    }
    SECTION("without a login nothing is restored")
    {
        for (const Answer &answer :
             {Answer::text(kRestore), Answer::text(backup), Answer::cancel(), Answer::text(kQuit)}) {
            Dialogs::setNextAnswer(answer);
        }
        CHECK(recovery().recover(path, QStringLiteral("damaged")) == nullptr);
        CHECK(lastReason().contains(QStringLiteral("needs an admin's login")));
        CHECK(sqlite::SqliteMaintenance::cannotBeOpenedAtAll(path));
    }
    SECTION("the backup's admin restores it, and the app opens the restored register")
    {
        for (const Answer &answer : {Answer::text(kRestore), Answer::text(backup),
                                     Answer::login(QStringLiteral("chief"), QStringLiteral("chief-password"))}) {
            Dialogs::setNextAnswer(answer);
        }
        auto store = recovery().recover(path, QStringLiteral("damaged"));
        REQUIRE(store != nullptr);
        IncidentLog log(std::move(store));
        CHECK(*log.reads().count({}) == 1);
        CHECK(Dialogs::pendingAnswers() == 0);
    }
}

TEST_CASE("A database that is only newer is not replaced by a backup at the start", "[gui][restore][security]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    const QString backup = damagedRegisterWithBackup(path);
    // A register written by a newer version: its accounts would decide, and this program cannot read them.
    REQUIRE(QFile::remove(path));
    REQUIRE(QFile::copy(backup, path));
    test::execute(path, "PRAGMA user_version = 999");
    const QByteArray before = test::readFile(path);
    Dialogs::clearShown();
    for (const Answer &answer : {Answer::text(kRestore), Answer::text(backup), Answer::text(kQuit)}) {
        Dialogs::setNextAnswer(answer);
    }
    CHECK(recovery().recover(path, QStringLiteral("newer")) == nullptr);
    CHECK(lastReason().contains(QStringLiteral("newer version")));
    CHECK(test::readFile(path) == before);
    CHECK(Dialogs::shownCount(Dialogs::Kind::Login) == 0);
}
