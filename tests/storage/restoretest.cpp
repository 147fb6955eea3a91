// SPDX-License-Identifier: GPL-3.0-or-later
// Restoring a removed incident (IncidentCommands::restore): back in lists and tallies, audited, verified, and
// refused where removing it would be.
#include "changestamp.h"
#include "sqlitedatabase.h"
#include "sqliteregister.h"
#include "tallydelta.h"
#include "testdatabase.h"
#include "teststation.h"

#include <QSignalSpy>

using namespace borderlog;

using test::kindOf;
using test::passwordOf;
using test::Station;

namespace {

const QDate kDay = Station::kDay;
const QString kMedininkai = Station::kLocation;

QStringList actionsOf(const IncidentLog &log, const QUuid &id)
{
    QStringList actions;
    const auto history = log.audit().incidentHistory(id);
    REQUIRE(history.ok());
    for (const AuditEntry &e : *history) {
        actions << auditActionCode(e.action) + u':' + e.reason;
    }
    return actions;
}

QStringList problemsOf(const IncidentLog &log)
{
    const auto verified = log.audit().verify();
    REQUIRE(verified.ok());
    QStringList problems;
    for (const auto &p : verified->problems) {
        problems << QStringLiteral("%1: %2").arg(p.sequence).arg(p.message);
    }
    return problems;
}

} // namespace

TEST_CASE("A restored incident is back in lists and tallies as it was removed, with an entry of its own", "[restore]")
{
    test::TestDatabase db;
    IncidentLog &log = db.log();
    const Incident kept = *log.incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("SY"), 3));
    Incident incident = *log.incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 12));
    incident.nationalities << NationalityCount{QStringLiteral("AF"), 2};
    REQUIRE(log.incidents().amend(incident).ok());
    REQUIRE(log.incidents().remove(incident.id, QStringLiteral("entered twice")).ok());
    CHECK(*log.reads().count({}) == 1);
    CHECK(test::recountDay(db.path(), kDay).persons == 3);
    CHECK(log.audit().verify()->ok());

    QSignalSpy restoredSignal(&log.events(), &RegisterEvents::incidentRestored);
    QSignalSpy changed(&log, &IncidentLog::incidentsChanged);
    const auto restored = log.incidents().restore(incident.id, QStringLiteral("not a duplicate after all"));
    REQUIRE(restored.ok());
    CHECK(*restored == **log.reads().find(incident.id));
    CHECK(restored->nationalities.size() == 2);
    CHECK(restoredSignal.count() == 1);
    CHECK(changed.count() == 1);
    CHECK(*log.reads().count({}) == 2);
    const auto day = log.reads().tally({kDay, kDay}, TallyGrouping::Day);
    REQUIRE(day.ok());
    CHECK(day->total().incidents == 2);
    CHECK(day->total().persons == 17);
    CHECK(test::aggregatesMatchRecount(db.path()));
    CHECK(actionsOf(log, incident.id)
          == QStringList{QStringLiteral("add:"), QStringLiteral("amend:"), QStringLiteral("remove:entered twice"),
                         QStringLiteral("restore:not a duplicate after all")});
    const AuditEntry entry = log.audit().incidentHistory(incident.id)->last();
    CHECK(entry.user == QStringLiteral("officer.test"));
    CHECK(entry.before.contains("\"removed\":true"));
    CHECK(entry.after.contains("\"removed\":false"));
    CHECK(problemsOf(log).isEmpty());

    // Restored, it is an incident like any other: amended, removed and restored again, the trail still holds.
    incident.notes = QStringLiteral("seen by the night shift");
    REQUIRE(log.incidents().amend(incident).ok());
    REQUIRE(log.incidents().remove(incident.id, QStringLiteral("again")).ok());
    REQUIRE(log.incidents().restore(incident.id, QStringLiteral("and back")).ok());
    CHECK(log.reads().find(incident.id)->value().notes == incident.notes);
    CHECK(test::aggregatesMatchRecount(db.path()));
    CHECK(problemsOf(log).isEmpty());
    CHECK(db.reopen()->audit().verify()->ok());
    (void)kept;
}

TEST_CASE("Only a removed incident can be restored, and only with a reason", "[restore]")
{
    test::TestDatabase db;
    IncidentLog &log = db.log();
    const Incident live = *log.incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 4));
    const qint64 entries = log.audit().head()->sequence;
    CHECK(kindOf(log.incidents().restore(live.id, QStringLiteral("why not"))) == Failure::Kind::NotFound);
    CHECK(kindOf(log.incidents().restore(QUuid::createUuid(), QStringLiteral("why not"))) == Failure::Kind::NotFound);
    REQUIRE(log.incidents().remove(live.id, QStringLiteral("entered twice")).ok());
    const auto noReason = log.incidents().restore(live.id, QStringLiteral("  "));
    CHECK(kindOf(noReason) == Failure::Kind::Invalid);
    CHECK(noReason.failure().fields.first().field == QStringLiteral("reason"));
    CHECK(log.audit().head()->sequence == entries + 1); // the removal only
    CHECK(*log.reads().count({}) == 0);
}

TEST_CASE("Whoever may remove an incident may restore it, and nobody restores on a signed day", "[restore][access]")
{
    Station station;
    IncidentLog &log = station.log();
    const Incident onas = station.removedBy(QStringLiteral("ona"));
    const QString reason = QStringLiteral("removed by mistake");

    station.as(QStringLiteral("jonas"));
    const auto otherOfficer = log.incidents().restore(onas.id, reason);
    CHECK(kindOf(otherOfficer) == Failure::Kind::Refused);
    CHECK(otherOfficer.message().contains(QStringLiteral("may restore only incidents they recorded")));
    station.as(QStringLiteral("chief"));
    CHECK(kindOf(log.incidents().restore(onas.id, reason)) == Failure::Kind::Refused);
    station.as(QStringLiteral("ona"));
    REQUIRE(log.incidents().restore(onas.id, reason).ok());
    REQUIRE(log.incidents().remove(onas.id, QStringLiteral("entered twice after all")).ok());
    station.as(QStringLiteral("rasa"));
    REQUIRE(log.incidents().restore(onas.id, reason).ok()); // a supervisor's, with a reason
    REQUIRE(log.incidents().remove(onas.id, QStringLiteral("entered twice after all")).ok());

    REQUIRE(log.days().signOff(kDay).ok());
    const qint64 entries = log.audit().head()->sequence;
    station.as(QStringLiteral("ona"));
    const auto locked = log.incidents().restore(onas.id, reason);
    CHECK(kindOf(locked) == Failure::Kind::Refused);
    CHECK(locked.message().contains(QStringLiteral("signed off")));
    CHECK(log.audit().head()->sequence == entries);
    CHECK(*log.reads().count({}) == 0);
    CHECK(log.audit().verify()->ok());

    station.as(QStringLiteral("rasa"));
    REQUIRE(log.days().reopen(kDay, QStringLiteral("late report")).ok());
    station.as(QStringLiteral("ona"));
    REQUIRE(log.incidents().restore(onas.id, reason).ok());
    CHECK(log.audit().verify()->ok());
}

TEST_CASE("The store itself refuses a restore on a signed day, should a sign-off slip in first", "[restore][signoff]")
{
    test::TestDatabase db;
    const Incident incident = *db.log().incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 2));
    REQUIRE(db.log().incidents().remove(incident.id, QStringLiteral("entered twice")).ok());
    auto opened = sqlite::SqliteRegister::open(db.path());
    REQUIRE(opened.ok());
    sqlite::SqliteRegister &store = **opened;
    const ChangeStamp stamp{QStringLiteral("rasa"), QDateTime::currentDateTimeUtc(), QStringLiteral("late")};
    REQUIRE(store.signedDays().signOff(kDay, stamp).ok());
    CHECK(kindOf(store.incidents().restore(incident.id, stamp)) == Failure::Kind::Refused);
    CHECK(store.incidents().findRemoved(incident.id)->has_value());
    CHECK(test::queryText(db.path(), "SELECT removed FROM incident") == QStringLiteral("1"));
    CHECK(db.log().audit().verify()->ok());
}

TEST_CASE("A change that expects values the incident no longer has is refused unwritten", "[restore][conflict]")
{
    test::TestDatabase db;
    IncidentLog &log = db.log();
    const Incident seen = *log.incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 5));
    Incident theirs = seen;
    theirs.notes = QStringLiteral("another user's later change");
    REQUIRE(db.reopen()->incidents().amend(theirs).ok()); // another program, a moment later
    const qint64 entries = log.audit().head()->sequence;

    Incident mine = seen;
    mine.outcome = Outcome::TurnedBack;
    const auto amended = log.incidents().amend(mine, QStringLiteral("undone"), seen);
    CHECK(kindOf(amended) == Failure::Kind::Refused);
    CHECK(amended.message().contains(QStringLiteral("was changed by someone else since")));
    CHECK(kindOf(log.incidents().remove(seen.id, QStringLiteral("undone"), seen)) == Failure::Kind::Refused);
    CHECK(log.audit().head()->sequence == entries);
    CHECK(**log.reads().find(seen.id) == theirs);

    // The values as they are now are what a change may start from; nationality lines in any order.
    Incident reordered = theirs;
    reordered.nationalities = {{QStringLiteral("SY"), 1}, {QStringLiteral("IQ"), 5}};
    REQUIRE(log.incidents().amend(reordered, {}, theirs).ok());
    Incident stored = **log.reads().find(seen.id);
    std::reverse(stored.nationalities.begin(), stored.nationalities.end());
    REQUIRE(log.incidents().remove(seen.id, QStringLiteral("entered twice"), stored).ok());
    CHECK(kindOf(log.incidents().restore(seen.id, QStringLiteral("undone"), theirs)) == Failure::Kind::Refused);
    REQUIRE(log.incidents().restore(seen.id, QStringLiteral("undone"), reordered).ok());
    CHECK(log.audit().verify()->ok());
}

TEST_CASE("audit verify catches a restore forged with the sqlite3 tool", "[restore][audit][tamper]")
{
    test::TestDatabase db;
    IncidentLog &log = db.log();
    const Incident incident = *log.incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("IQ"), 9));
    REQUIRE(log.incidents().remove(incident.id, QStringLiteral("entered twice")).ok());
    const qint64 removal = log.audit().head()->sequence;
    REQUIRE(log.audit().verify()->ok());
    const QByteArray unremove =
        QStringLiteral("UPDATE incident SET removed = 0 WHERE uuid = '%1'").arg(incident.idText()).toUtf8();

    SECTION("the removed flag flipped")
    {
        test::execute(db.path(), unremove.constData());
        CHECK(log.reads().find(incident.id)->has_value()); // the program lists it again ...
        const QStringList problems = problemsOf(log);
        INFO(problems.join(u'\n').toStdString());
        REQUIRE(problems.size() == 2); // ... but its row is not what the trail left, nor are the tallies
        CHECK(
            problems.first().startsWith(QStringLiteral("%1: incident %2 differs").arg(removal).arg(incident.idText())));
        CHECK(problems.last().contains(QStringLiteral("tally")));
    }
    SECTION("the flag flipped and the tallies rebuilt to match")
    {
        test::execute(db.path(), unremove.constData());
        {
            sqlite::SqliteDatabase raw(db.path(), sqlite::SqliteDatabase::Mode::ReadWriteExisting);
            sqlite::TallyDelta::rebuild(raw);
        }
        const QStringList problems = problemsOf(log);
        INFO(problems.join(u'\n').toStdString());
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().startsWith(QStringLiteral("%1: ").arg(removal)));
    }
    SECTION("a restore undone by flipping the flag back")
    {
        REQUIRE(log.incidents().restore(incident.id, QStringLiteral("not a duplicate")).ok());
        test::execute(db.path(), QStringLiteral("UPDATE incident SET removed = 1 WHERE uuid = '%1'")
                                     .arg(incident.idText())
                                     .toUtf8()
                                     .constData());
        const QStringList problems = problemsOf(log);
        REQUIRE_FALSE(problems.isEmpty());
        CHECK(problems.first().startsWith(QStringLiteral("%1: ").arg(removal + 1)));
    }
}
