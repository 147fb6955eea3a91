// SPDX-License-Identifier: GPL-3.0-or-later
// Changing one's own password and an admin's reset: the rules, the counting of wrong current passwords,
// the audit entries and their verification.
#include "auditpayload.h"
#include "cryptography.h"
#include "sqliteregister.h"
#include "testdatabase.h"

#include <chrono>

using namespace borderlog;

namespace {

const QString kChief = QStringLiteral("chief");
const QString kOna = QStringLiteral("ona");
const QString kJonas = QStringLiteral("jonas");
const QString kRasa = QStringLiteral("rasa");
const QString kNewPassword = QStringLiteral("a brand new passphrase");

QString passwordOf(const QString &name)
{
    return name + QStringLiteral("-password");
}

// Accounts chief (admin), ona and jonas (officers), rasa (supervisor), on a pinned clock.
class Accounts
{
public:
    Accounts()
    {
        log().session().setClock([this] { return m_now; });
        test::noLoginDelay(log());
        REQUIRE(log().accounts().add(kChief, Role::Admin, passwordOf(kChief)).ok());
        as(kChief);
        for (const auto &[name, role] :
             {std::pair{kOna, Role::Officer}, std::pair{kJonas, Role::Officer}, std::pair{kRasa, Role::Supervisor}}) {
            REQUIRE(log().accounts().add(name, role, passwordOf(name)).ok());
        }
    }

    IncidentLog &log() { return m_db.log(); }
    QString path() const { return m_db.path(); }
    void as(const QString &name) { REQUIRE(log().session().logIn(name, passwordOf(name)).ok()); }
    bool logsInWith(const QString &name, const QString &password) { return log().session().logIn(name, password).ok(); }
    int failedLogins(const QString &name) const
    {
        return test::queryText(
                   path(),
                   QStringLiteral("SELECT failed_logins FROM account WHERE name = '%1'").arg(name).toUtf8().constData())
            .toInt();
    }
    QByteArray storedHash(const QString &name) const
    {
        return test::queryText(
                   path(),
                   QStringLiteral("SELECT password_hash FROM account WHERE name = '%1'").arg(name).toUtf8().constData())
            .toLatin1();
    }
    // The trail's entries of one action, oldest first, read by the admin in a program of their own (the
    // test's session stays as it is).
    QList<AuditEntry> entries(AuditAction action)
    {
        auto admin = m_db.reopen();
        test::noLoginDelay(*admin);
        REQUIRE(admin->session().logIn(kChief, passwordOf(kChief)).ok());
        AuditFilter filter;
        filter.action = action;
        QList<AuditEntry> found;
        const auto read = admin->audit().forEach(filter, [&](const AuditEntry &e) {
            found << e;
            return true;
        });
        REQUIRE(read.ok());
        return found;
    }
    void later(int seconds) { m_now = m_now.addSecs(seconds); }

private:
    test::TestDatabase m_db;
    QDateTime m_now{QDate(2026, 11, 27), QTime(12, 0), Qt::UTC};
};

bool trailHolds(IncidentLog &log)
{
    const auto verified = log.audit().verify();
    REQUIRE(verified.ok());
    for (const auto &p : verified->problems) {
        UNSCOPED_INFO(p.message.toStdString());
    }
    return verified->ok();
}

} // namespace

TEST_CASE("An account changes its own password with the current one, and the old one no longer logs in",
          "[accounts][password]")
{
    Accounts station;
    IncidentLog &log = station.log();
    station.as(kOna);
    REQUIRE(log.accounts().changeOwnPassword(passwordOf(kOna), kNewPassword).ok());
    CHECK_FALSE(station.logsInWith(kOna, passwordOf(kOna)));
    CHECK(station.logsInWith(kOna, kNewPassword));
    CHECK(station.failedLogins(kOna) == 0);

    // One password_change entry, by ona about ona, holding the new hash's digest and neither it nor the password.
    const auto changes = station.entries(AuditAction::PasswordChange);
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().user == kOna);
    const AuditPayload::AccountValues values = AuditPayload::account(changes.first());
    CHECK(values.name == kOna);
    CHECK(values.role == QStringLiteral("officer"));
    CHECK(values.passwordDigest == Cryptography::sha256Hex(station.storedHash(kOna)));
    CHECK_FALSE(changes.first().after.contains(station.storedHash(kOna)));
    CHECK_FALSE(changes.first().after.contains(kNewPassword.toUtf8()));
    CHECK(station.entries(AuditAction::PasswordReset).isEmpty());
    CHECK(trailHolds(log));

    // The new password is nowhere in the file or its write-ahead log.
    CHECK_FALSE(test::readFile(station.path()).contains(kNewPassword.toUtf8()));
    CHECK_FALSE(test::readFile(station.path() + QStringLiteral("-wal")).contains(kNewPassword.toUtf8()));
}

TEST_CASE("A wrong current password is refused and counted as a failed login, after the same delay",
          "[accounts][password][delay]")
{
    Accounts station;
    IncidentLog &log = station.log();
    station.as(kOna);
    QList<std::chrono::milliseconds> waits;
    log.session().setLoginDelay([&](std::chrono::milliseconds wait) { waits << wait; });
    const QByteArray before = station.storedHash(kOna);

    // The new password's rule is asked first and costs no attempt.
    const auto tooShort = log.accounts().changeOwnPassword(passwordOf(kOna), QStringLiteral("short"));
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.failure().kind == Failure::Kind::Invalid);
    CHECK(tooShort.message() == QStringLiteral("new password: must be 8 to 256 characters"));
    CHECK(station.failedLogins(kOna) == 0);

    const auto wrong = log.accounts().changeOwnPassword(QStringLiteral("a guess of ona's"), kNewPassword);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.failure().kind == Failure::Kind::Refused);
    CHECK(wrong.message() == QStringLiteral("current password: not accepted"));
    CHECK(station.failedLogins(kOna) == 1);
    const auto failures = station.entries(AuditAction::LoginFailed);
    REQUIRE(failures.size() == 1);
    CHECK(AuditPayload::account(failures.first()).name == kOna);
    CHECK(waits.isEmpty()); // the first failure costs nothing

    // The next check waits as the next login would: a change cannot guess faster than a login.
    CHECK_FALSE(log.accounts().changeOwnPassword(QStringLiteral("another guess"), kNewPassword).ok());
    CHECK(waits == QList<std::chrono::milliseconds>{std::chrono::seconds(1)});
    CHECK(station.failedLogins(kOna) == 2);
    // Logins and changes count in one row: a login now waits the delay of two failures after the second.
    CHECK_FALSE(station.logsInWith(kOna, QStringLiteral("a third guess")));
    CHECK(waits.last() == std::chrono::seconds(1 + 2));
    CHECK(station.storedHash(kOna) == before);
    CHECK(station.entries(AuditAction::PasswordChange).isEmpty());

    // The right one, once the delay is over, clears the count; the same password again is no change.
    station.later(10);
    station.as(kOna);
    const auto same = log.accounts().changeOwnPassword(passwordOf(kOna), passwordOf(kOna));
    REQUIRE_FALSE(same.ok());
    CHECK(same.message() == QStringLiteral("new password: must differ from the current one"));
    REQUIRE(log.accounts().changeOwnPassword(passwordOf(kOna), kNewPassword).ok());
    CHECK(station.failedLogins(kOna) == 0);
    CHECK(trailHolds(log));
}

TEST_CASE("An admin resets another account's password, not their own, and officers and supervisors cannot",
          "[accounts][password][access]")
{
    Accounts station;
    IncidentLog &log = station.log();
    const auto refusal = [&](const QString &by, const QString &whose) {
        station.as(by);
        const auto reset = log.accounts().resetPassword(whose, kNewPassword);
        REQUIRE_FALSE(reset.ok());
        CHECK(reset.failure().kind == Failure::Kind::Refused);
        return reset.message();
    };
    CHECK(refusal(kOna, kJonas).startsWith(QStringLiteral("only an admin may reset another account's password")));
    CHECK(refusal(kRasa, kOna).startsWith(QStringLiteral("only an admin may reset another account's password")));
    CHECK(refusal(kChief, kChief).contains(QStringLiteral("with the current one")));
    const auto nobody = log.accounts().resetPassword(QStringLiteral("nobody"), kNewPassword);
    CHECK(nobody.message() == QStringLiteral("name: there is no account named nobody"));
    const auto tooShort = log.accounts().resetPassword(kOna, QStringLiteral("short"));
    CHECK(tooShort.message() == QStringLiteral("password: must be 8 to 256 characters"));
    CHECK(station.entries(AuditAction::PasswordReset).isEmpty());

    // Ona has forgotten hers and tried: the reset clears her failures, and she logs in with the new one.
    CHECK_FALSE(station.logsInWith(kOna, QStringLiteral("what was it again")));
    CHECK_FALSE(station.logsInWith(kOna, QStringLiteral("surely this one")));
    station.as(kChief);
    REQUIRE(log.accounts().setDisabled(kJonas, true).ok());
    REQUIRE(log.accounts().resetPassword(kOna, kNewPassword).ok());
    REQUIRE(log.accounts().resetPassword(kJonas, kNewPassword).ok());
    CHECK(station.failedLogins(kOna) == 0);
    const auto resets = station.entries(AuditAction::PasswordReset);
    REQUIRE(resets.size() == 2);
    CHECK(resets.first().user == kChief);
    CHECK(AuditPayload::account(resets.first()).name == kOna);
    CHECK(AuditPayload::account(resets.last()).disabled); // a reset does not enable a disabled account
    CHECK(station.logsInWith(kOna, kNewPassword));
    CHECK_FALSE(station.logsInWith(kOna, passwordOf(kOna)));
    CHECK_FALSE(station.logsInWith(kJonas, kNewPassword));
    CHECK(trailHolds(log));
}

TEST_CASE("Without accounts there is no password to change or reset, and the refusal says so", "[accounts][password]")
{
    test::TestDatabase db;
    const auto change = db.log().accounts().changeOwnPassword(passwordOf(kOna), kNewPassword);
    REQUIRE_FALSE(change.ok());
    CHECK(change.message().startsWith(
        QStringLiteral("this database has no accounts, so there is no password to change")));
    const auto reset = db.log().accounts().resetPassword(kOna, kNewPassword);
    REQUIRE_FALSE(reset.ok());
    CHECK(
        reset.message().startsWith(QStringLiteral("this database has no accounts, so there is no password to reset")));
    CHECK(db.log().audit().head()->sequence == 0);
}

TEST_CASE("A password change is refused when another program changed the password since the check",
          "[accounts][password][writers]")
{
    Accounts station;
    auto other = sqlite::SqliteRegister::open(station.path());
    REQUIRE(other.ok());
    const QByteArray stale = station.storedHash(kOna);
    station.as(kOna);
    REQUIRE(station.log().accounts().changeOwnPassword(passwordOf(kOna), kNewPassword).ok());
    const auto late = (*other)->accounts().changePassword(
        PasswordChange{kOna, stale, stale}, ChangeStamp{kOna, QDateTime::currentDateTimeUtc(), QString()});
    REQUIRE_FALSE(late.ok());
    CHECK(late.message().contains(QStringLiteral("was changed by another program meanwhile")));
    CHECK(station.logsInWith(kOna, kNewPassword));
    CHECK(trailHolds(station.log()));
}

TEST_CASE("audit verify follows changed and reset passwords and catches a hash put back outside the program",
          "[accounts][password][audit][tamper]")
{
    Accounts station;
    IncidentLog &log = station.log();
    const QByteArray onasFirst = station.storedHash(kOna);
    station.as(kOna);
    REQUIRE(log.accounts().changeOwnPassword(passwordOf(kOna), kNewPassword).ok());
    station.as(kChief);
    REQUIRE(log.accounts().resetPassword(kRasa, kNewPassword).ok());
    REQUIRE(trailHolds(log));

    // Ona's old hash, whose password someone knows, put back with the sqlite3 tool.
    test::execute(station.path(), QStringLiteral("UPDATE account SET password_hash = '%1' WHERE name = 'ona'")
                                      .arg(QString::fromLatin1(onasFirst))
                                      .toUtf8()
                                      .constData());
    const auto verified = log.audit().verify();
    REQUIRE(verified.ok());
    REQUIRE(verified->problems.size() == 1);
    const qint64 change = station.entries(AuditAction::PasswordChange).first().sequence;
    CHECK(verified->problems.first().sequence == change);
    CHECK(verified->problems.first().message
          == QStringLiteral("the password of account ona is not the one entry %1 recorded: it was replaced outside "
                            "the program")
                 .arg(change));
}
