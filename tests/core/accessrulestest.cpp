// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessrules.h"

#include "auditentry.h"
#include "catchqt.h"
#include "incidentlog.h"
#include "incidentsnapshot.h"
#include "passwordhash.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace borderlog;

namespace {

Incident recordedBy(const QString &name)
{
    Incident incident;
    incident.id = QUuid::createUuid();
    incident.date = QDate(2021, 8, 2);
    incident.recordedBy = name;
    return incident;
}

const Actor kOna{QStringLiteral("ona"), Role::Officer};
const Actor kJonas{QStringLiteral("jonas"), Role::Officer};
const Actor kRasa{QStringLiteral("rasa"), Role::Supervisor};
const Actor kChief{QStringLiteral("chief"), Role::Admin};
const Actor kNoAccounts{QStringLiteral("station-pc"), std::nullopt};

} // namespace

TEST_CASE("An officer changes only their own incidents of an open day", "[access]")
{
    const Incident own = recordedBy(QStringLiteral("ona"));
    const Incident others = recordedBy(QStringLiteral("jonas"));
    CHECK(AccessRules::mayRecord(kOna).ok());
    CHECK(AccessRules::mayAmend(kOna, own, false, {}).ok());
    const auto refused = AccessRules::mayAmend(kOna, others, false, QStringLiteral("typo"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.failure().kind == Failure::Kind::Refused);
    CHECK(refused.message().contains(QStringLiteral("only incidents they recorded")));
    CHECK_FALSE(AccessRules::mayRemove(kOna, others, false, QStringLiteral("duplicate")).ok());
    CHECK(AccessRules::mayRemove(kOna, own, false, QStringLiteral("duplicate")).ok());
    const auto locked = AccessRules::mayAmend(kOna, own, true, {});
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.message().contains(QStringLiteral("signed off")));
    CHECK_FALSE(AccessRules::maySignOff(kOna).ok());
    CHECK_FALSE(AccessRules::mayReadAuditTrail(kOna).ok());
    CHECK_FALSE(AccessRules::mayManageAccounts(kOna).ok());
    CHECK_FALSE(AccessRules::mayManageLocations(kOna).ok());
}

TEST_CASE("A supervisor changes anyone's incident of an open day, giving a reason", "[access]")
{
    const Incident others = recordedBy(QStringLiteral("jonas"));
    const auto noReason = AccessRules::mayAmend(kRasa, others, false, {});
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.failure().kind == Failure::Kind::Invalid);
    CHECK(noReason.failure().fields.first().field == QStringLiteral("reason"));
    CHECK(AccessRules::mayAmend(kRasa, others, false, QStringLiteral("group size confirmed")).ok());
    CHECK_FALSE(AccessRules::mayAmend(kRasa, others, true, QStringLiteral("late report")).ok());
    CHECK(AccessRules::maySignOff(kRasa).ok());
    CHECK_FALSE(AccessRules::mayReopen(kRasa, QStringLiteral("  ")).ok());
    CHECK(AccessRules::mayReopen(kRasa, QStringLiteral("late report from Medininkai")).ok());
    CHECK(AccessRules::mayReadAuditTrail(kRasa).ok());
    CHECK_FALSE(AccessRules::mayManageAccounts(kRasa).ok());
}

TEST_CASE("An admin manages accounts and locations but records no incidents", "[access]")
{
    CHECK(AccessRules::mayManageAccounts(kChief).ok());
    CHECK(AccessRules::mayManageLocations(kChief).ok());
    CHECK(AccessRules::mayReadAuditTrail(kChief).ok());
    CHECK_FALSE(AccessRules::mayRecord(kChief).ok());
    CHECK_FALSE(AccessRules::mayAmend(kChief, recordedBy(QStringLiteral("ona")), false, QStringLiteral("x")).ok());
    CHECK_FALSE(AccessRules::maySignOff(kChief).ok());
}

TEST_CASE("Anyone logged in changes their own password, and only an admin resets another's, never their own",
          "[access][password]")
{
    for (const Actor &actor : {kOna, kRasa, kChief}) {
        CHECK(AccessRules::mayChangeOwnPassword(actor).ok());
    }
    CHECK(AccessRules::mayResetPassword(kChief, QStringLiteral("ona")).ok());
    for (const Actor &actor : {kOna, kRasa}) {
        const auto refused = AccessRules::mayResetPassword(actor, QStringLiteral("jonas"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().startsWith(QStringLiteral("only an admin may reset another account's password")));
    }
    CHECK_FALSE(AccessRules::mayResetPassword(kChief, QStringLiteral(" CHIEF ")).ok());
    // Without accounts there are no passwords: both say so.
    CHECK(AccessRules::mayChangeOwnPassword(kNoAccounts).message().contains(QStringLiteral("no accounts")));
    CHECK(AccessRules::mayResetPassword(kNoAccounts, QStringLiteral("ona"))
              .message()
              .contains(QStringLiteral("no accounts")));
    // The new password's rule names the field it was typed into.
    CHECK(PasswordHash::check(QStringLiteral("short"), QStringLiteral("new password")).first().toString()
          == QStringLiteral("new password: must be 8 to 256 characters"));
}

TEST_CASE("Without accounts everything is allowed as before, and removal still needs a reason", "[access]")
{
    const Incident others = recordedBy(QStringLiteral("someone"));
    CHECK(AccessRules::mayRecord(kNoAccounts).ok());
    CHECK(AccessRules::mayAmend(kNoAccounts, others, false, {}).ok());
    CHECK(AccessRules::maySignOff(kNoAccounts).ok());
    CHECK_FALSE(AccessRules::mayRemove(kNoAccounts, others, false, {}).ok());
    CHECK(AccessRules::mayRemove(kNoAccounts, others, false, QStringLiteral("entered twice")).ok());
    CHECK_FALSE(AccessRules::mayManageAccounts(kNoAccounts).ok());
}

TEST_CASE("Reasons and passwords are measured in characters, not UTF-16 units", "[access][password]")
{
    const QString smile = QString::fromUtf8("\xF0\x9F\x98\x80"); // U+1F600, two UTF-16 units
    const Incident others = recordedBy(QStringLiteral("jonas"));
    CHECK(AccessRules::mayAmend(kRasa, others, false, smile.repeated(AccessRules::kMaxReasonLength)).ok());
    CHECK_FALSE(AccessRules::mayAmend(kRasa, others, false, smile.repeated(AccessRules::kMaxReasonLength + 1)).ok());
    CHECK(AccessRules::mayRemove(kNoAccounts, others, false, smile.repeated(AccessRules::kMaxReasonLength)).ok());
    CHECK(AccessRules::mayReopen(kRasa, smile.repeated(AccessRules::kMaxReasonLength)).ok());
    CHECK(AccessRules::mayAmend(kOna, recordedBy(QStringLiteral("ona")), false,
                                smile.repeated(AccessRules::kMaxReasonLength))
              .ok());
    CHECK(PasswordHash::check(smile.repeated(PasswordHash::kMaxLength)).isEmpty());
    CHECK_FALSE(PasswordHash::check(smile.repeated(PasswordHash::kMinLength - 1)).isEmpty());
}

TEST_CASE("A reason may break lines but holds no control characters, wherever it is given", "[access]")
{
    const Incident own = recordedBy(QStringLiteral("ona"));
    const Incident others = recordedBy(QStringLiteral("jonas"));
    const QString escape = QStringLiteral("entered twice\x1b[2J");
    const auto refusedReason = [](const Result<void> &result) {
        REQUIRE_FALSE(result.ok());
        CHECK(result.failure().kind == Failure::Kind::Invalid);
        REQUIRE(result.failure().fields.size() == 1);
        CHECK(result.failure().fields.first().field == QStringLiteral("reason"));
        CHECK(result.failure().fields.first().rule.contains(QStringLiteral("control characters")));
    };
    refusedReason(AccessRules::mayRemove(kOna, own, false, escape));
    refusedReason(AccessRules::mayAmend(kOna, own, false, escape)); // a reason nobody asked for is kept too
    refusedReason(AccessRules::mayAmend(kRasa, others, false, QStringLiteral("shift\treport")));
    refusedReason(AccessRules::mayReopen(kRasa, QStringLiteral("late\rreport from the night shift")));
    refusedReason(AccessRules::mayReopen(kNoAccounts, QStringLiteral("late \u009b31m report")));
    refusedReason(AccessRules::mayRemove(kNoAccounts, own, false, QStringLiteral("duplicate\u202e")));
    CHECK(AccessRules::mayReopen(kRasa, QStringLiteral("late report\nfrom the night shift")).ok());
    CHECK(AccessRules::mayRemove(kOna, own, false, QStringLiteral("entered twice\n")).ok());
}

TEST_CASE("Passwords are kept as Argon2id strings and checked against them", "[access][password]")
{
    CHECK(PasswordHash::check(QStringLiteral("short")).first().field == QStringLiteral("password"));
    CHECK(PasswordHash::check(QStringLiteral("long enough")).isEmpty());
    const auto hash = PasswordHash::hash(QStringLiteral("Vilnius-2021"));
    REQUIRE(hash.ok());
    CHECK(hash->startsWith("$argon2id$"));
    CHECK_FALSE(hash->contains("Vilnius-2021"));
    CHECK(PasswordHash::matches(*hash, QStringLiteral("Vilnius-2021")));
    CHECK_FALSE(PasswordHash::matches(*hash, QStringLiteral("vilnius-2021")));
    CHECK_FALSE(PasswordHash::matches(QByteArray(), QStringLiteral("Vilnius-2021")));
    // The same password twice gives two different strings (a new salt each time).
    CHECK(*PasswordHash::hash(QStringLiteral("Vilnius-2021")) != *hash);
    // The string unknown names are checked against costs what a real one costs: the same algorithm and limits.
    const auto parameters = [](const QByteArray &s) { return QString::fromLatin1(s).section(u'$', 0, 3); };
    CHECK(parameters(PasswordHash::dummy()) == parameters(*hash));
    CHECK_FALSE(PasswordHash::matches(PasswordHash::dummy(), QStringLiteral("Vilnius-2021")));
}

TEST_CASE("An audit entry's hash covers every field and the entry before it", "[audit]")
{
    AuditEntry entry;
    entry.sequence = 1;
    entry.at = QDateTime(QDate(2021, 8, 2), QTime(3, 10), Qt::UTC);
    entry.user = QStringLiteral("ona");
    entry.action = AuditAction::Add;
    entry.incidentId = QStringLiteral("4a1b2c3d-0000-4000-8000-000000000001");
    entry.after = "{\"persons\":12}";
    entry.seal(AuditEntry::genesisHash());
    CHECK(entry.hash.size() == 64);
    CHECK(entry.computeHash() == entry.hash);
    const auto changed = [&](auto change) {
        AuditEntry copy = entry;
        change(copy);
        return copy.computeHash() != entry.hash;
    };
    CHECK(changed([](AuditEntry &e) { e.sequence = 2; }));
    CHECK(changed([](AuditEntry &e) { e.at = e.at.addSecs(1); }));
    CHECK(changed([](AuditEntry &e) { e.user = QStringLiteral("jonas"); }));
    CHECK(changed([](AuditEntry &e) { e.action = AuditAction::Amend; }));
    CHECK(changed([](AuditEntry &e) { e.after = "{\"persons\":13}"; }));
    CHECK(changed([](AuditEntry &e) { e.reason = QStringLiteral("x"); }));
    CHECK(changed([](AuditEntry &e) { e.previousHash = QByteArray(64, '1'); }));
    // Fields cannot run into each other: moving text from one to the next changes the hash.
    CHECK(changed([](AuditEntry &e) {
        e.user = QStringLiteral("on");
        e.incidentId = QStringLiteral("a") + e.incidentId;
    }));
}

TEST_CASE("An incident's snapshot is canonical and its differences read as a person would", "[audit]")
{
    Incident incident = recordedBy(QStringLiteral("ona"));
    incident.location = QStringLiteral("Medininkai");
    incident.nationalities = {{QStringLiteral("SY"), 2}, {QStringLiteral("IQ"), 5}};
    Incident reordered = incident;
    reordered.nationalities = {{QStringLiteral("IQ"), 5}, {QStringLiteral("SY"), 2}};
    CHECK(IncidentSnapshot::of(incident) == IncidentSnapshot::of(reordered));
    CHECK(IncidentSnapshot::of(incident) != IncidentSnapshot::of(incident, true));
    Incident changed = incident;
    changed.outcome = Outcome::TurnedBack;
    const QStringList lines =
        IncidentSnapshot::differences(IncidentSnapshot::of(incident), IncidentSnapshot::of(changed));
    REQUIRE(lines.size() == 1);
    CHECK(lines.first() == QStringLiteral("outcome: other → turned_back"));
}

TEST_CASE("An incident's snapshot is the same text QJsonDocument writes, for any notes", "[audit]")
{
    Incident incident = recordedBy(QStringLiteral("Ona Petraitytė"));
    incident.time = QTime(23, 5);
    incident.location = QStringLiteral("Šalčininkai \"south\" \\ gate");
    incident.nationalities = {{QStringLiteral("SY"), 2}, {QStringLiteral("IQ"), 280}};
    incident.setForceUsed(true);
    incident.recordedAt = QDateTime(QDate(2021, 8, 3), QTime(1, 2, 3), Qt::UTC);
    for (const QString &notes : {QString(), QStringLiteral("plain"), QStringLiteral("line\nbreak\ttab\r\b\f"),
                                 QString(QChar(0x01)), QStringLiteral("Ąžuolas, Гродна, 北京, 🚶"),
                                 QStringLiteral("=SUM(A1)"), QStringLiteral("quote \" slash / \\")}) {
        incident.notes = notes;
        for (const bool removed : {false, true}) {
            const QByteArray text = IncidentSnapshot::of(incident, removed);
            const QJsonDocument parsed = QJsonDocument::fromJson(text);
            REQUIRE(parsed.isObject());
            CHECK(parsed.toJson(QJsonDocument::Compact) == text);
            CHECK(parsed.object().value(u"notes").toString() == notes);
        }
    }
}

TEST_CASE("Failed logins in a row are answered ever more slowly, up to half a minute", "[access][password]")
{
    using std::chrono::seconds;
    CHECK(Session::loginDelayFor(1) == seconds(1));
    CHECK(Session::loginDelayFor(2) == seconds(2));
    CHECK(Session::loginDelayFor(3) == seconds(4));
    CHECK(Session::loginDelayFor(5) == seconds(16));
    CHECK(Session::loginDelayFor(6) == seconds(30));
    CHECK(Session::loginDelayFor(1000) == seconds(30));
    CHECK(Session::loginDelayFor(0) == seconds(0));
}

TEST_CASE("A login is checked once the delay after the last failure is over", "[access][password]")
{
    const QDateTime now(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    CHECK(Session::loginDueTime(0, QDateTime(), now) == now);
    CHECK(Session::loginDueTime(0, now.addSecs(-1), now) == now);
    CHECK(Session::loginDueTime(2, QDateTime(), now) == now); // failures from before the time was kept
    CHECK(Session::loginDueTime(1, now, now) == now.addSecs(1));
    CHECK(Session::loginDueTime(3, now.addSecs(-1), now) == now.addSecs(3));
    CHECK(Session::loginDueTime(3, now.addSecs(-60), now) == now);
    CHECK(Session::loginDueTime(6, now.addSecs(20), now) == now.addSecs(50));   // queued: refused by logIn
    CHECK(Session::loginDueTime(6, now.addSecs(3600), now) == now.addSecs(30)); // the clock went back
}
