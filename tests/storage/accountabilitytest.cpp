// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountname.h"
#include "sqlitedatabase.h"
#include "sqliteregister.h"
#include "sqliteschema.h"
#include "tallydelta.h"
#include "testdatabase.h"
#include "teststation.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>

#include <sqlite3.h>
#include <sys/stat.h>

#include <latch>
#include <thread>

using namespace borderlog;

using test::kindOf;
using test::passwordOf;
using test::Station;

namespace {

const QDate kDay = Station::kDay;
const QString kMedininkai = Station::kLocation;

qint64 firstProblemAt(IncidentLog &log)
{
    const auto verified = log.audit().verify();
    REQUIRE(verified.ok());
    REQUIRE_FALSE(verified->ok());
    for (const auto &p : verified->problems) {
        UNSCOPED_INFO(p.message.toStdString());
    }
    return verified->problems.first().sequence;
}

} // namespace

TEST_CASE("Without accounts the register works as before and the trail names the operating system user", "[audit]")
{
    test::TestDatabase db;
    auto recorded = db.log().incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 12));
    REQUIRE(recorded.ok());
    CHECK(recorded->recordedBy == QStringLiteral("officer.test"));
    CHECK_FALSE(*db.log().session().usesAccounts());
    const auto history = db.log().audit().incidentHistory(recorded->id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->first().user == QStringLiteral("officer.test"));
    CHECK(history->first().action == AuditAction::Add);
    CHECK(db.log().audit().verify()->ok());
}

TEST_CASE("The first account must be an admin, and from then on writes need a login", "[accounts]")
{
    test::TestDatabase db;
    test::noLoginDelay(db.log());
    const auto officerFirst =
        db.log().accounts().add(QStringLiteral("ona"), Role::Officer, QStringLiteral("ona-password"));
    CHECK(kindOf(officerFirst) == Failure::Kind::Invalid);
    CHECK(officerFirst.failure().fields.first().field == QStringLiteral("role"));
    const auto badName = db.log().accounts().add(QStringLiteral("chief admin"), Role::Admin, QStringLiteral("x"));
    REQUIRE_FALSE(badName.ok());
    CHECK(badName.failure().fields.size() == 2); // name and password, both named
    REQUIRE(db.log().accounts().add(QStringLiteral("chief"), Role::Admin, QStringLiteral("chief-password")).ok());
    CHECK(*db.log().session().usesAccounts());
    const auto anonymous = db.log().incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 3));
    CHECK(kindOf(anonymous) == Failure::Kind::Refused);
    CHECK(anonymous.message().contains(QStringLiteral("log in")));
    CHECK(kindOf(db.log().accounts().add(QStringLiteral("x"), Role::Admin, QStringLiteral("x-password")))
          == Failure::Kind::Refused);
}

TEST_CASE("Two programs creating the first account at once make one admin and refuse the other", "[accounts][writers]")
{
    test::TestDatabase db;
    auto other = db.reopen();
    // Both ask "no accounts yet?" before either writes: each then spends a tenth of a second or more on the
    // password's Argon2id hash, so the second question comes long before the first write.
    std::latch start(2);
    std::optional<Result<void>> first;
    std::optional<Result<void>> second;
    std::thread a([&] {
        start.arrive_and_wait();
        first = db.log().accounts().add(QStringLiteral("chief"), Role::Admin, QStringLiteral("chief-password"));
    });
    std::thread b([&] {
        start.arrive_and_wait();
        second = other->accounts().add(QStringLiteral("boss"), Role::Admin, QStringLiteral("boss-password"));
    });
    a.join();
    b.join();
    REQUIRE(first.has_value());
    REQUIRE(second.has_value());
    INFO(first->message().toStdString() << " / " << second->message().toStdString());
    CHECK(first->ok() != second->ok());
    const Result<void> &refused = first->ok() ? *second : *first;
    CHECK(kindOf(refused) == Failure::Kind::Refused);
    CHECK(refused.message().contains(QStringLiteral("log in as an admin")));
    CHECK(test::queryText(db.path(), "SELECT count(*) FROM account") == QStringLiteral("1"));
    CHECK(db.log().audit().verify()->ok());
}

TEST_CASE("Each role may do its own work and is refused the rest, through the core API", "[accounts][access]")
{
    Station station;
    IncidentLog &log = station.log();
    const Incident onas = station.record(QStringLiteral("ona"));

    SECTION("an officer cannot amend or remove another officer's incident")
    {
        station.as(QStringLiteral("jonas"));
        Incident changed = onas;
        changed.outcome = Outcome::TurnedBack;
        CHECK(kindOf(log.incidents().amend(changed, QStringLiteral("wrong outcome"))) == Failure::Kind::Refused);
        const auto removed = log.incidents().remove(onas.id, QStringLiteral("duplicate"));
        CHECK(kindOf(removed) == Failure::Kind::Refused);
        CHECK(removed.message().contains(QStringLiteral("recorded by ona")));
        CHECK(log.reads().find(onas.id)->has_value());
    }
    SECTION("an officer amends and removes their own, and cannot record in another's name")
    {
        station.as(QStringLiteral("ona"));
        Incident changed = onas;
        changed.nationalities = {{QStringLiteral("IQ"), 6}};
        changed.recordedBy = QStringLiteral("jonas");
        REQUIRE(log.incidents().amend(changed).ok());
        CHECK((*log.reads().find(onas.id))->recordedBy == QStringLiteral("ona"));
        Incident forged = test::draft(kDay, kMedininkai, QStringLiteral("SY"), 2);
        forged.recordedBy = QStringLiteral("jonas");
        CHECK(log.incidents().record(forged)->recordedBy == QStringLiteral("ona"));
        REQUIRE(log.incidents().remove(onas.id, QStringLiteral("entered twice")).ok());
        CHECK_FALSE(log.reads().find(onas.id)->has_value());
    }
    SECTION("a supervisor amends anyone's incident with a reason")
    {
        station.as(QStringLiteral("rasa"));
        Incident changed = onas;
        changed.outcome = Outcome::TurnedBack;
        CHECK(kindOf(log.incidents().amend(changed)) == Failure::Kind::Invalid);
        REQUIRE(log.incidents().amend(changed, QStringLiteral("shift report says turned back")).ok());
        const auto history = log.audit().incidentHistory(onas.id);
        REQUIRE(history->size() == 2);
        CHECK(history->last().user == QStringLiteral("rasa"));
        CHECK(history->last().reason == QStringLiteral("shift report says turned back"));
        REQUIRE(log.incidents().remove(onas.id, QStringLiteral("duplicate of another report")).ok());
    }
    SECTION("an admin manages accounts and locations but records nothing")
    {
        station.as(QStringLiteral("chief"));
        CHECK(kindOf(log.incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 1)))
              == Failure::Kind::Refused);
        REQUIRE(log.locations().add(QStringLiteral("Šalčininkai")).ok());
        CHECK(log.accounts().list()->size() == 4);
        CHECK(kindOf(log.accounts().setDisabled(QStringLiteral("chief"), true)) == Failure::Kind::Refused);
    }
    SECTION("officers and supervisors cannot manage accounts or locations; officers cannot read the trail")
    {
        for (const QString &name : {QStringLiteral("ona"), QStringLiteral("rasa")}) {
            station.as(name);
            CHECK(kindOf(log.accounts().add(QStringLiteral("eve"), Role::Admin, QStringLiteral("eve-password")))
                  == Failure::Kind::Refused);
            CHECK(kindOf(log.locations().add(QStringLiteral("Somewhere"))) == Failure::Kind::Refused);
            CHECK(kindOf(log.accounts().setDisabled(QStringLiteral("jonas"), true)) == Failure::Kind::Refused);
        }
        station.as(QStringLiteral("ona"));
        CHECK(kindOf(log.audit().forEach({}, [](const AuditEntry &) { return true; })) == Failure::Kind::Refused);
        CHECK(log.audit().incidentHistory(onas.id)->size() == 1); // an incident's own history is for everyone
        AuditFilter onlyOnas;
        onlyOnas.incidentId = onas.idText();
        CHECK(log.audit().forEach(onlyOnas, [](const AuditEntry &) { return true; }).ok());
        const auto unknown =
            log.incidents().record(test::draft(kDay, QStringLiteral("Nowhere"), QStringLiteral("IQ"), 1));
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.failure().fields.first().field == QStringLiteral("location"));
        station.as(QStringLiteral("rasa"));
        CHECK(log.audit().forEach({}, [](const AuditEntry &) { return true; }).ok());
    }
    CHECK(log.audit().verify()->ok());
    CHECK(test::aggregatesMatchRecount(station.db().path()));
}

TEST_CASE("Signing off a day locks its incidents and freezes its tallies until a supervisor reopens it", "[signoff]")
{
    Station station;
    IncidentLog &log = station.log();
    const Incident first = station.record(QStringLiteral("ona"), kDay, 12);
    const Incident other = station.record(QStringLiteral("ona"), kDay.addDays(1), 3);
    station.record(QStringLiteral("jonas"), kDay, 8);

    station.as(QStringLiteral("ona"));
    CHECK(kindOf(log.days().signOff(kDay)) == Failure::Kind::Refused);
    station.as(QStringLiteral("rasa"));
    CHECK(kindOf(log.days().signOff(QDate(2026, 11, 27))) == Failure::Kind::Invalid); // today has not ended
    QSignalSpy daysChanged(&log, &IncidentLog::daysChanged);
    const auto signedOff = log.days().signOff(kDay);
    REQUIRE(signedOff.ok());
    CHECK(daysChanged.count() == 1);
    CHECK(signedOff->incidents == 2);
    CHECK(signedOff->persons == 20);
    CHECK(signedOff->signedBy == QStringLiteral("rasa"));
    CHECK(signedOff->headHash == log.audit().head()->hash);
    CHECK(kindOf(log.days().signOff(kDay)) == Failure::Kind::Refused);
    const auto status = log.days().status(kDay);
    REQUIRE(status->has_value());
    CHECK(**status == *signedOff);

    Incident changed = first;
    changed.notes = QStringLiteral("late note");
    CHECK(kindOf(log.incidents().amend(changed, QStringLiteral("late note"))) == Failure::Kind::Refused);
    CHECK(kindOf(log.incidents().remove(first.id, QStringLiteral("duplicate"))) == Failure::Kind::Refused);
    Incident moved = other;
    moved.date = kDay; // moving an incident into a signed day is a change to that day
    CHECK(kindOf(log.incidents().amend(moved, QStringLiteral("wrong date"))) == Failure::Kind::Refused);
    station.as(QStringLiteral("ona"));
    CHECK(kindOf(log.incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 1)))
          == Failure::Kind::Refused);
    const auto imported =
        log.incidents().import(QList<Incident>{test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 1)});
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.message().contains(QStringLiteral("signed off")));
    CHECK(test::recountDay(station.db().path(), kDay).persons == 20);

    CHECK(kindOf(log.days().reopen(kDay, QStringLiteral("late report"))) == Failure::Kind::Refused);
    station.as(QStringLiteral("rasa"));
    CHECK(kindOf(log.days().reopen(kDay, QString())) == Failure::Kind::Invalid);
    REQUIRE(log.days().reopen(kDay, QStringLiteral("late report from the night shift")).ok());
    CHECK_FALSE(log.days().status(kDay)->has_value());
    REQUIRE(log.incidents().amend(changed, QStringLiteral("late note")).ok());
    CHECK(log.audit().verify()->ok());
}

TEST_CASE("The storage itself refuses new incidents on a signed day, should a sign-off slip in first", "[signoff]")
{
    QTemporaryDir dir;
    auto opened = sqlite::SqliteRegister::open(dir.filePath(QStringLiteral("race.sqlite")));
    REQUIRE(opened.ok());
    sqlite::SqliteRegister &repository = **opened;
    const ChangeStamp stamp{QStringLiteral("rasa"), QDateTime::currentDateTimeUtc(), QString()};
    REQUIRE(repository.signedDays().signOff(kDay, stamp).ok());
    Incident late = test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 3);
    late.id = QUuid::createUuid();
    late.recordedBy = QStringLiteral("ona");
    late.recordedAt = QDateTime::currentDateTimeUtc();
    const auto added = repository.incidents().add(late, stamp);
    CHECK(kindOf(added) == Failure::Kind::Refused);
    const QList<Incident> lateOnes{late};
    IncidentListSource source(lateOnes);
    CHECK(kindOf(repository.incidents().import(source, stamp, {})) == Failure::Kind::Refused);
    Incident elsewhere = late;
    elsewhere.date = kDay.addDays(1);
    REQUIRE(repository.incidents().add(elsewhere, stamp).ok());
    elsewhere.date = kDay;
    CHECK(kindOf(repository.incidents().update(elsewhere, stamp)) == Failure::Kind::Storage); // the trigger's refusal
    CHECK(*repository.queries().count({}) == 1);
}

TEST_CASE("Logins: wrong passwords are refused slowly and recorded, and disabled accounts cannot act", "[accounts]")
{
    Station station;
    IncidentLog &log = station.log();
    QList<std::chrono::milliseconds> waits;
    log.session().setLoginDelay([&](std::chrono::milliseconds wait) { waits << wait; });
    CHECK(kindOf(log.session().logIn(QStringLiteral("ona"), QStringLiteral("guess-1"))) == Failure::Kind::Refused);
    CHECK(kindOf(log.session().logIn(QStringLiteral("ona"), QStringLiteral("guess-2"))) == Failure::Kind::Refused);
    CHECK(kindOf(log.session().logIn(QStringLiteral("nobody"), QStringLiteral("guess-3"))) == Failure::Kind::Refused);
    CHECK(waits == QList<std::chrono::milliseconds>{std::chrono::seconds(1)}); // the second, after the first
    station.as(QStringLiteral("chief"));
    const auto accounts = log.accounts().list();
    const auto ona = std::find_if(accounts->cbegin(), accounts->cend(),
                                  [](const Account &a) { return a.name == QStringLiteral("ona"); });
    CHECK(ona->failedLogins == 2);
    qint64 failures = 0;
    AuditFilter onlyFailures;
    onlyFailures.action = AuditAction::LoginFailed;
    REQUIRE(log.audit().forEach(onlyFailures, [&](const AuditEntry &) { return ++failures; }).ok());
    CHECK(failures == 3);

    // Passwords never reach the file in clear; only Argon2id strings do.
    CHECK(test::queryText(station.db().path(), "SELECT password_hash FROM account WHERE name = 'ona'")
              .startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(test::readFile(station.db().path()).contains("ona-password"));
    CHECK_FALSE(test::readFile(station.db().path() + QStringLiteral("-wal")).contains("ona-password"));

    station.as(QStringLiteral("ona"));
    auto second = station.db().reopen();
    test::noLoginDelay(*second);
    REQUIRE(second->session().logIn(QStringLiteral("chief"), passwordOf(QStringLiteral("chief"))).ok());
    REQUIRE(second->accounts().setDisabled(QStringLiteral("ona"), true).ok());
    // Ona's open session cannot write any more, and she cannot log in again.
    CHECK(kindOf(log.incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 1)))
          == Failure::Kind::Refused);
    CHECK(kindOf(log.session().logIn(QStringLiteral("ona"), passwordOf(QStringLiteral("ona"))))
          == Failure::Kind::Refused);
    REQUIRE(second->accounts().setDisabled(QStringLiteral("ona"), false).ok());
    station.as(QStringLiteral("ona"));
}

TEST_CASE("Account names of mixed scripts or that look like an existing account are refused", "[accounts][names]")
{
    Station station;
    IncidentLog &log = station.log();
    station.as(QStringLiteral("chief"));
    REQUIRE(log.accounts().add(QStringLiteral("olga"), Role::Officer, QStringLiteral("olga-password")).ok());
    REQUIRE(log.accounts().add(QStringLiteral("open"), Role::Officer, QStringLiteral("open-password")).ok());

    const auto mixed = log.accounts().add(QStringLiteral("оlga"), Role::Supervisor, QStringLiteral("fake-password"));
    CHECK(kindOf(mixed) == Failure::Kind::Invalid); // a Cyrillic о among Latin letters
    CHECK(mixed.failure().fields.first().field == QStringLiteral("name"));
    CHECK(mixed.message().contains(QStringLiteral("one script")));
    const auto scriptG = log.accounts().add(QStringLiteral("olɡa"), Role::Supervisor, QStringLiteral("fake-password"));
    CHECK(kindOf(scriptG) == Failure::Kind::Refused); // all Latin, but it reads as olga
    CHECK(scriptG.message().contains(QStringLiteral("name: olɡa looks like the existing account olga")));
    CHECK(kindOf(log.accounts().add(QStringLiteral("ореп"), Role::Supervisor, QStringLiteral("fake-password")))
          == Failure::Kind::Refused); // all Cyrillic, and it reads as open
    CHECK(kindOf(log.accounts().add(QStringLiteral("OLGA"), Role::Supervisor, QStringLiteral("fake-password")))
          == Failure::Kind::Refused);
    REQUIRE(log.accounts().add(QStringLiteral("Иван"), Role::Officer, QStringLiteral("ivan-password")).ok());
    CHECK(log.accounts().list()->size() == 7);
    CHECK(log.audit().verify()->ok());
}

TEST_CASE("A login with a name outside the account names' character set is not recorded as typed", "[accounts][names]")
{
    Station station;
    IncidentLog &log = station.log();
    const QString forged = QStringLiteral("eve\n9  2026-11-27T12:00:00.000Z  chief  account_add\x1b[2J");
    const auto refused = log.session().logIn(forged, QStringLiteral("whatever-password"));
    CHECK(kindOf(refused) == Failure::Kind::Refused);
    CHECK(refused.message() == QStringLiteral("user or password: not accepted"));
    station.as(QStringLiteral("chief"));
    AuditFilter onlyFailures;
    onlyFailures.action = AuditAction::LoginFailed;
    QList<AuditEntry> failures;
    REQUIRE(log.audit()
                .forEach(onlyFailures,
                         [&](const AuditEntry &e) {
                             failures << e;
                             return true;
                         })
                .ok());
    REQUIRE(failures.size() == 1);
    CHECK(failures.first().user == AccountName::unknownAccount());
    CHECK(failures.first().after.isEmpty());
    CHECK_FALSE(test::readFile(station.db().path()).contains("account_add\x1b"));
    CHECK_FALSE(test::readFile(station.db().path() + QStringLiteral("-wal")).contains("account_add\x1b"));
    CHECK(log.audit().verify()->ok());
}

TEST_CASE("A name that is no account's is answered as slowly as a wrong password and is not kept", "[accounts]")
{
    Station station;
    IncidentLog &log = station.log();
    // What a wrong password and an unknown name cost, the fastest of three each: both check an Argon2id
    // string (a tenth of a second or more), so neither is answered in a fraction of the other's time.
    const auto fastest = [&](const QString &name, const QString &password) {
        qint64 best = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            CHECK(kindOf(log.session().logIn(name, password)) == Failure::Kind::Refused);
            best = std::min(best, timer.nsecsElapsed());
        }
        return best;
    };
    const qint64 wrongPassword = fastest(QStringLiteral("ona"), QStringLiteral("guess-password"));
    const qint64 unknownName = fastest(QStringLiteral("S3cret-Passw0rd"), QStringLiteral("S3cret-Passw0rd"));
    INFO("wrong password " << wrongPassword / 1000 << " us, unknown name " << unknownName / 1000 << " us");
    CHECK(unknownName * 2 > wrongPassword);

    // A password typed into the user field is not kept: the entry names no account.
    station.as(QStringLiteral("chief"));
    AuditFilter onlyFailures;
    onlyFailures.action = AuditAction::LoginFailed;
    QStringList users;
    REQUIRE(log.audit()
                .forEach(onlyFailures,
                         [&](const AuditEntry &e) {
                             users << e.user;
                             CHECK_FALSE(e.after.contains("S3cret"));
                             return true;
                         })
                .ok());
    CHECK(users
          == QStringList{"ona", "ona", "ona", AccountName::unknownAccount(), AccountName::unknownAccount(),
                         AccountName::unknownAccount()});
    CHECK_FALSE(test::readFile(station.db().path()).contains("S3cret-Passw0rd"));
    CHECK_FALSE(test::readFile(station.db().path() + QStringLiteral("-wal")).contains("S3cret-Passw0rd"));
}

TEST_CASE("A disabled account is answered the same whether the password is right or wrong", "[accounts]")
{
    Station station;
    IncidentLog &log = station.log();
    REQUIRE(log.accounts().setDisabled(QStringLiteral("ona"), true).ok());
    const auto right = log.session().logIn(QStringLiteral("ona"), passwordOf(QStringLiteral("ona")));
    const auto wrong = log.session().logIn(QStringLiteral("ona"), QStringLiteral("guess-password"));
    CHECK(kindOf(right) == Failure::Kind::Refused);
    CHECK(kindOf(wrong) == Failure::Kind::Refused);
    CHECK(right.message() == wrong.message());
    CHECK(right.message() == QStringLiteral("account ona is disabled; an admin can enable it"));
    // The right password cleared nothing: the count of failures would tell a guesser which guess was right.
    station.as(QStringLiteral("chief"));
    const auto accounts = log.accounts().list();
    const auto ona = std::find_if(accounts->cbegin(), accounts->cend(),
                                  [](const Account &a) { return a.name == QStringLiteral("ona"); });
    CHECK(ona->failedLogins == 2);
}

TEST_CASE("Each login attempt counts as failed before its password is checked and waits out the delay before it",
          "[accounts][delay]")
{
    using std::chrono::milliseconds;
    using std::chrono::seconds;
    Station station;
    IncidentLog &log = station.log();
    const QString path = station.db().path();
    const auto onasFailures = [&] {
        return test::queryText(path, "SELECT failed_logins FROM account WHERE name = 'ona'").toInt();
    };
    QList<milliseconds> waits;
    int countedWhileWaiting = -1;
    const auto watch = [&](IncidentLog &program) {
        program.session().setLoginDelay([&](milliseconds wait) {
            waits << wait;
            countedWhileWaiting = onasFailures();
        });
    };
    watch(log);
    CHECK(kindOf(log.session().logIn(QStringLiteral("ona"), QStringLiteral("guess-1"))) == Failure::Kind::Refused);
    CHECK(waits.isEmpty()); // the first attempt waits for nothing

    // Another program (another process: the count is in the file) with the right password waits too, and
    // while it waits its attempt counts as failed already: stopping it then gains nothing.
    auto second = station.db().reopen();
    second->session().setClock([] { return QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC); });
    watch(*second);
    REQUIRE(second->session().logIn(QStringLiteral("ona"), passwordOf(QStringLiteral("ona"))).ok());
    CHECK(waits == QList<milliseconds>{seconds(1)});
    CHECK(countedWhileWaiting == 2);
    CHECK(onasFailures() == 0);

    // An attempt stopped while it waits (its process killed) still counts, and moves the next one on.
    struct Stopped
    {};
    CHECK(kindOf(log.session().logIn(QStringLiteral("ona"), QStringLiteral("guess-2"))) == Failure::Kind::Refused);
    log.session().setLoginDelay([](milliseconds) { throw Stopped{}; });
    CHECK_THROWS_AS(log.session().logIn(QStringLiteral("ona"), QStringLiteral("guess-3")), Stopped);
    CHECK(onasFailures() == 2);
    waits.clear();
    watch(log);
    REQUIRE(log.session().logIn(QStringLiteral("ona"), passwordOf(QStringLiteral("ona"))).ok());
    CHECK(waits == QList<milliseconds>{seconds(1 + 2)}); // the stopped one was due at 1 s, this one 2 s later
}

TEST_CASE("Logins tried faster than their delays allow are refused unchecked beyond the longest delay",
          "[accounts][delay]")
{
    using std::chrono::milliseconds;
    Station station;
    IncidentLog &log = station.log();
    const QString path = station.db().path();
    QDateTime now(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    log.session().setClock([&] { return now; });
    QList<milliseconds> waits;
    log.session().setLoginDelay(
        [&](milliseconds wait) { waits << wait; }); // returns at once: attempts as if side by side
    for (int i = 0; i < 5; ++i) {
        CHECK(log.session().logIn(QStringLiteral("ona"), QStringLiteral("guess-password")).message()
              == QStringLiteral("user or password: not accepted"));
    }
    // Checked at 0, 1, 3, 7 and 15 s; the next would be checked at 31 s, more than the longest delay ahead.
    CHECK(waits.size() == 4);
    const auto queued = log.session().logIn(QStringLiteral("ona"), passwordOf(QStringLiteral("ona")));
    CHECK(kindOf(queued) == Failure::Kind::Refused); // even the right password: it is not checked
    CHECK(queued.message().contains(QStringLiteral("too many attempts at once, try again in 1 second")));
    CHECK(test::queryText(path, "SELECT failed_logins FROM account WHERE name = 'ona'") == QStringLiteral("5"));
    now = now.addSecs(2);
    waits.clear();
    REQUIRE(log.session().logIn(QStringLiteral("ona"), passwordOf(QStringLiteral("ona"))).ok());
    CHECK(waits == QList<milliseconds>{std::chrono::seconds(29)});

    // A last failure far ahead (the clock went back, or the file was edited) does not shut the account.
    test::execute(path, "UPDATE account SET failed_logins = 3, last_failed_at = '2026-11-28T12:00:00.000Z' "
                        "WHERE name = 'ona'");
    waits.clear();
    REQUIRE(log.session().logIn(QStringLiteral("ona"), passwordOf(QStringLiteral("ona"))).ok());
    CHECK(waits == QList<milliseconds>{std::chrono::seconds(4)});
}

TEST_CASE("A removed incident stays in the database and the trail, left out of lists and tallies", "[audit]")
{
    Station station;
    IncidentLog &log = station.log();
    const Incident kept = station.record(QStringLiteral("ona"), kDay, 4);
    const Incident gone = station.record(QStringLiteral("ona"), kDay, 7);
    REQUIRE(log.incidents().remove(gone.id, QStringLiteral("entered twice")).ok());
    CHECK(*log.reads().count({}) == 1);
    CHECK(log.reads().page({})->size() == 1);
    CHECK(test::queryText(station.db().path(), "SELECT count(*) FROM incident") == QStringLiteral("2"));
    const auto history = log.audit().incidentHistory(gone.id);
    REQUIRE(history->size() == 2);
    CHECK(history->last().action == AuditAction::Remove);
    CHECK(history->last().reason == QStringLiteral("entered twice"));
    CHECK(kindOf(log.incidents().remove(gone.id, QStringLiteral("again"))) == Failure::Kind::NotFound);
    CHECK(test::aggregatesMatchRecount(station.db().path()));
    CHECK(log.audit().verify()->ok());
    (void)kept;
}

TEST_CASE("audit verify catches rows and entries edited, inserted or deleted outside the program", "[audit][tamper]")
{
    test::TestDatabase db;
    IncidentLog &log = db.log();
    QList<Incident> batch;
    for (int i = 0; i < 20; ++i) {
        batch << test::draft(kDay.addDays(i % 3), kMedininkai, QStringLiteral("IQ"), 1 + i);
    }
    REQUIRE(log.incidents().import(batch).ok());                                                             // entry 1
    const Incident added = *log.incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("SY"), 9)); // 2
    Incident amended = added;
    amended.nationalities = {{QStringLiteral("SY"), 10}};
    REQUIRE(log.incidents().amend(amended).ok()); // 3
    REQUIRE(log.audit().verify()->ok());
    const QString path = db.path();

    SECTION("an amended row edited with the sqlite3 tool")
    {
        test::execute(path, QStringLiteral("UPDATE incident SET outcome = 'turned_back' WHERE uuid = '%1'")
                                .arg(added.idText())
                                .toUtf8()
                                .constData());
        CHECK(firstProblemAt(log) == 3);
    }
    SECTION("an imported row edited")
    {
        test::execute(path, "UPDATE incident SET time = '04:00' WHERE id = 5");
        CHECK(firstProblemAt(log) == 1);
    }
    SECTION("a nationality line edited")
    {
        test::execute(path, "UPDATE incident_nationality SET nationality = 'AF' WHERE incident_id = 2");
        CHECK(firstProblemAt(log) == 1);
    }
    SECTION("a row inserted")
    {
        test::execute(path,
                      "INSERT INTO incident (uuid, date, location_id, outcome, persons, recorded_by, recorded_at, "
                      "created_by_entry) VALUES ('4a1b2c3d-0000-4000-8000-00000000beef', '2021-08-02', 1, "
                      "'detained', 3, 'x', '2021-08-02T00:00:00Z', 1);"
                      "INSERT INTO incident_nationality (incident_id, nationality, persons) "
                      "VALUES (last_insert_rowid(), 'IQ', 3);");
        CHECK(firstProblemAt(log) == 1);
    }
    SECTION("a detail of schema 8 edited")
    {
        test::execute(path, "UPDATE incident SET injured = 1 WHERE id = 2");
        CHECK(firstProblemAt(log) == 1);
    }
    SECTION("a line's breakdown edited")
    {
        test::execute(path, "UPDATE incident_nationality SET women = 1 WHERE incident_id = 2");
        CHECK(firstProblemAt(log) == 1);
    }
    SECTION("a kind of force given where force_used says only that force was used")
    {
        test::execute(path, "UPDATE incident SET force_used = 1, force_type = 'firearm' WHERE id = 2");
        CHECK(firstProblemAt(log) == 1);
    }
    SECTION("a row deleted")
    {
        test::execute(path, "DROP TRIGGER incident_no_delete; DELETE FROM incident WHERE id = 7");
        CHECK(firstProblemAt(log) == 1);
    }
    SECTION("an entry edited")
    {
        test::execute(path, "DROP TRIGGER audit_entry_append_only_update; "
                            "UPDATE audit_entry SET user = 'someone else' WHERE seq = 2");
        CHECK(firstProblemAt(log) == 2);
    }
    SECTION("an entry deleted from the middle")
    {
        test::execute(path, "DROP TRIGGER audit_entry_append_only_delete; DELETE FROM audit_entry WHERE seq = 2");
        CHECK(firstProblemAt(log) <= 3);
    }
    SECTION("the last entry deleted and its change undone: caught by the head kept elsewhere")
    {
        const AuditHead pinned = *log.audit().head();
        const QByteArray rewrite =
            QStringLiteral("DROP TRIGGER audit_entry_append_only_delete; DELETE FROM audit_entry WHERE seq = 3;"
                           "UPDATE incident_nationality SET persons = 9 WHERE incident_id = (SELECT id FROM incident "
                           "WHERE uuid = '%1');"
                           "UPDATE incident SET persons = 9 WHERE uuid = '%1';")
                .arg(added.idText())
                .toUtf8();
        test::execute(path, rewrite.constData());
        CHECK_FALSE(log.audit().verify()->ok()); // the aggregates still count the undone change ...
        {
            sqlite::SqliteDatabase raw(path, sqlite::SqliteDatabase::Mode::ReadWriteExisting);
            sqlite::TallyDelta::rebuild(raw); // ... so a careful forger rebuilds them too
        }
        CHECK(log.audit().verify()->ok()); // a consistent rewrite of the end leaves no trace inside the file ...
        const auto verified = log.audit().verify(pinned);
        REQUIRE_FALSE(verified->ok()); // ... but not past a head printed at a sign-off or an export
        CHECK(verified->problems.first().sequence == 3);
    }
    SECTION("the trail's triggers stop a careless edit")
    {
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
        CHECK(sqlite3_exec(raw, "DELETE FROM audit_entry WHERE seq = 1", nullptr, nullptr, nullptr) != SQLITE_OK);
        CHECK(sqlite3_exec(raw, "UPDATE audit_entry SET reason = 'x'", nullptr, nullptr, nullptr) != SQLITE_OK);
        CHECK(sqlite3_exec(raw, "DELETE FROM incident WHERE id = 1", nullptr, nullptr, nullptr) != SQLITE_OK);
        sqlite3_close(raw);
        CHECK(log.audit().verify()->ok());
    }
}

TEST_CASE("Incidents recorded before the trail existed are taken over by one adopt entry", "[audit][schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    {
        sqlite::SqliteDatabase raw(path, sqlite::SqliteDatabase::Mode::ReadWriteCreate);
        sqlite::SqliteSchema::migrate(raw, 2);
    }
    test::execute(path, "INSERT INTO location VALUES (1, 'Varėna');"
                        "INSERT INTO incident VALUES (1, '4a1b2c3d-0000-4000-8000-000000000001', '2021-08-02', '', 1, "
                        "'detained', 12, 0, '', 'a', '2021-08-02T00:00:00Z');"
                        "INSERT INTO incident_nationality VALUES (1, 'IQ', 12);"
                        "INSERT INTO daily_tally VALUES ('2021-08-02', 1, 'detained', 1, 12);"
                        "INSERT INTO daily_nationality_tally VALUES ('2021-08-02', 1, 'IQ', 'detained', 1, 12);"
                        "INSERT INTO monthly_tally VALUES ('2021-08', 1, 'detained', 1, 12);"
                        "INSERT INTO monthly_nationality_tally VALUES ('2021-08', 1, 'IQ', 'detained', 1, 12);");
    {
        auto repository = sqlite::SqliteRegister::open(path);
        REQUIRE(repository.ok());
        IncidentLog log(std::move(repository).value());
        const auto verified = log.audit().verify();
        REQUIRE(verified->ok());
        CHECK(verified->entries == 1);
        CHECK(verified->incidents == 1);
        qint64 adopted = 0;
        REQUIRE(log.audit()
                    .forEach({},
                             [&](const AuditEntry &e) {
                                 adopted += e.action == AuditAction::Adopt ? 1 : 0;
                                 return true;
                             })
                    .ok());
        CHECK(adopted == 1);
    }
    test::execute(path, "UPDATE incident SET notes = 'changed' WHERE id = 1");
    auto repository = sqlite::SqliteRegister::open(path);
    IncidentLog log(std::move(repository).value());
    CHECK(firstProblemAt(log) == 1);
}

TEST_CASE("The database, its write-ahead log and its backups are readable by their owner only", "[privacy]")
{
    const mode_t previous = umask(0022); // a permissive umask: the files must be 0600 regardless
    {
        test::TestDatabase db;
        REQUIRE(db.log().incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 2)).ok());
        const QString backup = db.folder() + QStringLiteral("/backups/copy.sqlite");
        REQUIRE(db.log().upkeep().backUp(backup).ok());
        for (const QString &file : {db.path(), db.path() + QStringLiteral("-wal"), backup}) {
            INFO(file.toStdString());
            CHECK(
                QFileInfo(file).permissions()
                == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
        }
    }
    umask(previous);
}

TEST_CASE("A location typed in another case is filed under the register's spelling, and the trail still holds",
          "[accounts][locations]")
{
    test::TestDatabase db;
    IncidentLog &log = db.log();
    REQUIRE(log.incidents().record(test::draft(kDay, QStringLiteral("Varena"), QStringLiteral("IQ"), 1)).ok());
    REQUIRE(log.incidents().record(test::draft(kDay, QStringLiteral("Šalčininkai"), QStringLiteral("IQ"), 1)).ok());
    for (const QString &typed : {QStringLiteral("VARENA"), QStringLiteral("vArEnA"), QStringLiteral("ŠALČININKAI"),
                                 QStringLiteral("šalčininkai")}) {
        INFO(typed.toStdString());
        auto recorded = log.incidents().record(test::draft(kDay, typed, QStringLiteral("SY"), 2));
        INFO(recorded.message().toStdString());
        REQUIRE(recorded.ok());
        CHECK((recorded->location == QStringLiteral("Varena") || recorded->location == QStringLiteral("Šalčininkai")));
    }
    // The same through an import, with a new location spelt two ways in one file.
    REQUIRE(log.incidents()
                .import(QList<Incident>{test::draft(kDay, QStringLiteral("VARĖNA"), QStringLiteral("AF"), 1),
                                        test::draft(kDay, QStringLiteral("Varėna"), QStringLiteral("AF"), 1),
                                        test::draft(kDay, QStringLiteral("varena"), QStringLiteral("AF"), 1)})
                .ok());
    REQUIRE(log.locations().add(QStringLiteral("ŠALČININKAI")).ok());
    CHECK(*log.reads().locations()
          == QStringList{QStringLiteral("Varena"), QStringLiteral("VARĖNA"), QStringLiteral("Šalčininkai")});
    const auto verified = log.audit().verify();
    REQUIRE(verified.ok());
    INFO((verified->problems.isEmpty() ? std::string() : verified->problems.first().message.toStdString()));
    CHECK(verified->ok());
}

TEST_CASE("With accounts, an officer cannot create a location by typing a known one in capitals",
          "[accounts][locations]")
{
    Station station;
    REQUIRE(station.log().locations().add(QStringLiteral("Šalčininkai")).ok());
    station.as(QStringLiteral("ona"));
    auto recorded =
        station.log().incidents().record(test::draft(kDay, QStringLiteral("ŠALČININKAI"), QStringLiteral("IQ"), 3));
    REQUIRE(recorded.ok());
    CHECK(recorded->location == QStringLiteral("Šalčininkai"));
    CHECK(station.log().reads().locations()->size() == 2);
    CHECK_FALSE(
        station.log().incidents().record(test::draft(kDay, QStringLiteral("Nowhere"), QStringLiteral("IQ"), 3)).ok());
    CHECK(station.log().audit().verify()->ok());
}

TEST_CASE("An admin cannot add a location whose name would forge a listing", "[accounts][locations]")
{
    Station station;
    const auto before = station.log().reads().locations()->size();
    auto added = station.log().locations().add(QStringLiteral("Medininkai\nVarėna"));
    REQUIRE_FALSE(added.ok());
    CHECK(added.message().contains(QStringLiteral("location")));
    CHECK(added.message().contains(QStringLiteral("control characters")));
    CHECK(station.log().reads().locations()->size() == before);
}

TEST_CASE("An import's incidents belong to the importer, whatever recorded_by the file names", "[accounts][import]")
{
    Station station;
    Incident inOnasName = test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 4);
    inOnasName.recordedBy = QStringLiteral("ona");

    // An officer may not import incidents in another officer's name ...
    station.as(QStringLiteral("jonas"));
    auto refused = station.log().incidents().import(QList<Incident>{inOnasName});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("recorded_by")));

    // ... a supervisor may (a station's file merged at headquarters): the name stays as provenance, the
    // incident is the supervisor's to change, and ona cannot amend it as her own.
    station.as(QStringLiteral("rasa"));
    REQUIRE(station.log().incidents().import(QList<Incident>{inOnasName}).ok());
    Incident stored;
    REQUIRE(station.log()
                .reads()
                .forEachIncident({},
                                 [&](const Incident &i) {
                                     stored = i;
                                     return false;
                                 })
                .ok());
    CHECK(stored.recordedBy == QStringLiteral("ona"));
    station.as(QStringLiteral("ona"));
    Incident changed = stored;
    changed.notes = QStringLiteral("mine?");
    auto amended = station.log().incidents().amend(changed);
    REQUIRE_FALSE(amended.ok());
    CHECK(amended.message().contains(QStringLiteral("rasa")));
    station.as(QStringLiteral("rasa"));
    CHECK(station.log().incidents().amend(changed).ok());
    QList<AuditEntry> history = *station.log().audit().incidentHistory(stored.id);
    bool importedByRasa = false;
    REQUIRE(station.log()
                .audit()
                .forEach({},
                         [&](const AuditEntry &e) {
                             importedByRasa = importedByRasa
                                              || (e.action == AuditAction::Import && e.user == QStringLiteral("rasa"));
                             return true;
                         })
                .ok());
    CHECK(importedByRasa);
    CHECK(history.size() == 1);
}

TEST_CASE("audit verify catches account rows changed outside the program", "[accounts][audit]")
{
    Station station;
    const QString path = station.db().path();
    REQUIRE(station.log().audit().verify()->ok());
    const auto firstProblem = [&] {
        const auto verified = station.log().audit().verify();
        REQUIRE(verified.ok());
        REQUIRE_FALSE(verified->ok());
        return verified->problems.first().message;
    };
    SECTION("an officer made a supervisor")
    {
        test::execute(path, "UPDATE account SET role = 'supervisor' WHERE name = 'ona'");
        CHECK(firstProblem().contains(QStringLiteral("account ona is supervisor")));
    }
    SECTION("a disabled account enabled")
    {
        REQUIRE(station.log().accounts().setDisabled(QStringLiteral("jonas"), true).ok());
        REQUIRE(station.log().audit().verify()->ok());
        test::execute(path, "UPDATE account SET disabled = 0 WHERE name = 'jonas'");
        CHECK(firstProblem().contains(QStringLiteral("changed outside the program")));
    }
    SECTION("a password hash replaced with a known one")
    {
        test::execute(path, "UPDATE account SET password_hash = (SELECT password_hash FROM account WHERE name = "
                            "'ona') WHERE name = 'chief'");
        CHECK(firstProblem().contains(QStringLiteral("password of account chief")));
    }
    SECTION("an account inserted or deleted")
    {
        test::execute(path, "INSERT INTO account (name, role, password_hash, created_at, created_by) SELECT 'mallory', "
                            "'admin', password_hash, created_at, created_by FROM account WHERE name = 'ona'");
        CHECK(firstProblem().contains(QStringLiteral("account mallory was created by no entry")));
        test::execute(path, "DELETE FROM account WHERE name = 'mallory'; DELETE FROM account WHERE name = 'rasa'");
        CHECK(firstProblem().contains(QStringLiteral("account rasa of entry")));
    }
}
