#pragma once

#include "account.h"
#include "auditentry.h"
#include "daysignoff.h"
#include "incident.h"
#include "incidentfilter.h"
#include "incidentline.h"
#include "incidentsource.h"
#include "result.h"
#include "tally.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace borderlog {

// One page of a list in date, time, incident_id order: read `limit` incidents after `after` (the last
// incident of the previous page).
struct IncidentPageRequest
{
    IncidentFilter filter;
    bool descending = false;
    std::optional<Incident> after;
    // Instead of `after`: start with the incident at position `skipInDay` (0-based, in this order) of
    // `day`. With dailyCounts() it gives random access by row number.
    std::optional<QDate> day;
    int skipInDay = 0;
    int limit = 500;
};

// Who makes a change, when and why: what the audit entry written with the change records.
struct ChangeStamp
{
    QString user;
    QDateTime at; // UTC
    QString reason;
};

// Whether an account is the first one, made without a login, or added by a logged-in admin.
enum class AccountAddition {
    First,
    ByAdmin,
};

// An account as kept, with its Argon2id password string.
struct StoredAccount
{
    Account account;
    QByteArray passwordHash;
};

class AuditVerifier;

struct ImportSummary
{
    qint64 added = 0;
    qint64 skipped = 0; // already in the database (same incident_id)
    // Of the skipped, those whose values differ from the stored incident: the file is not a copy of what the
    // register holds (the stored incident is kept; the file's version is not imported).
    qint64 conflicts = 0;
    QStringList firstConflicts; // their incident_ids, at most five
};

struct DatabaseHealth
{
    bool ok = false;
    int schemaVersion = 0;
    qint64 incidents = 0;
    QStringList problems; // what the integrity check reported
};

// Where incidents are kept. All SQL lives behind this interface; the SQLite implementation is the
// embedded default, a server implementation can slot in beside it.
// Every method is one transaction: it happens whole or not at all.
class IncidentRepository
{
public:
    virtual ~IncidentRepository() = default;

    // The database's location as shown to a person (a file path).
    virtual QString location() const = 0;

    // The writes. Each writes its audit entry (sealed onto the chain) in the same transaction.
    virtual Result<void> add(const Incident &incident, const ChangeStamp &stamp) = 0;
    virtual Result<void> update(const Incident &incident, const ChangeStamp &stamp) = 0;
    // Marks the incident removed: it stays in the database and the trail, left out of lists and tallies.
    virtual Result<void> remove(const QUuid &id, const ChangeStamp &stamp) = 0;
    // Finds an incident that is not removed.
    virtual Result<std::optional<Incident>> find(const QUuid &id) = 0;

    // Adds every incident of the source whose id is not in the database yet, in one transaction. When the
    // source reports problems (by the time it ends), nothing is written and the result is a failure.
    // `progress` (may be empty) is called as the source is read; when it returns false, nothing is written
    // and the result is a refusal.
    virtual Result<ImportSummary> import(IncidentSource &source, const ChangeStamp &stamp,
                                         const ImportProgress &progress) = 0;

    virtual Result<QList<Incident>> page(const IncidentPageRequest &request) = 0;
    virtual Result<qint64> count(const IncidentFilter &filter) = 0;
    // Hands every incident the filter selects to `visit`, in date, time, incident_id order, from one
    // consistent snapshot of the database; stops early when `visit` returns false. Returns how many
    // incidents were visited. For exports of any size.
    virtual Result<qint64> forEachIncident(const IncidentFilter &filter,
                                           const std::function<bool(const Incident &)> &visit) = 0;

    // The same incidents as CSV rows (one per nationality line), as stored, in the same order: what an
    // export writes. Returns how many incidents were visited.
    virtual Result<qint64> forEachIncidentLine(const IncidentFilter &filter,
                                               const std::function<bool(const IncidentLine &)> &visit) = 0;

    // Counted rows of a tally; periods without incidents are left out (Tally fills them in).
    virtual Result<QList<TallyRow>> tally(const IncidentFilter &filter, TallyGrouping grouping) = 0;
    // How many incidents the filter selects on each day that has any, in date order.
    virtual Result<QList<std::pair<QDate, qint64>>> dailyCounts(const IncidentFilter &filter) = 0;
    // The first and last date with an incident (null dates when empty).
    virtual Result<std::pair<QDate, QDate>> dateSpan() = 0;

    virtual Result<QStringList> locations() = 0;
    virtual Result<void> addLocation(const QString &name, const ChangeStamp &stamp) = 0;

    // Signed days. A signed day's incidents cannot be added, changed or removed until it is reopened.
    virtual Result<std::optional<DaySignOff>> signedDay(const QDate &date) = 0;
    virtual Result<QList<DaySignOff>> signedDays(const QDate &from, const QDate &to) = 0;
    // Freezes the day's tallies as they are; refused when it is signed already.
    virtual Result<DaySignOff> signOffDay(const QDate &date, const ChangeStamp &stamp) = 0;
    virtual Result<void> reopenDay(const QDate &date, const ChangeStamp &stamp) = 0;

    // Accounts. With none, the database is used without logging in.
    virtual Result<QList<Account>> accounts() = 0;
    virtual Result<std::optional<StoredAccount>> findAccount(const QString &name) = 0;
    // Refused, inside its write, when an account of the same name or of the same look
    // (AccountName::skeleton) exists, and for AccountAddition::First (made without a login) when any
    // account exists: of two programs creating the first account at once, one is refused.
    virtual Result<void> addAccount(const Account &account, const QByteArray &passwordHash, const ChangeStamp &stamp,
                                    AccountAddition addition) = 0;
    virtual Result<void> setAccountDisabled(const QString &name, bool disabled, const ChangeStamp &stamp) = 0;
    // Counts a login attempt on the account as failed before its password is checked, in a write of its
    // own, so that an attempt stopped before its answer or run beside others counts all the same. Reads
    // the account's failures in a row and when the last one was checked, asks `schedule` when this attempt
    // may be checked and, when it answers, stores that time as the last failure's with one failure more.
    // Returns the time, or nothing when `schedule` refused (then nothing is written).
    using LoginSchedule = std::function<std::optional<QDateTime>(int failures, const QDateTime &lastFailure)>;
    virtual Result<std::optional<QDateTime>> countLoginAttempt(const QString &name, const LoginSchedule &schedule) = 0;
    // After the check: a right password clears the count (with the attempt counted before it); a wrong one
    // writes the trail's login_failed entry (the count has it already). `name` is empty for a login with a
    // name that is no account's: then only the entry is written, with no name in it.
    virtual Result<void> recordLogin(const QString &name, bool succeeded, const ChangeStamp &stamp) = 0;

    // The audit trail.
    virtual Result<AuditHead> auditHead() = 0;
    virtual Result<qint64> forEachAuditEntry(const AuditFilter &filter,
                                             const std::function<bool(const AuditEntry &)> &visit) = 0;
    // Feeds the verifier every entry, every incident row (removed ones too) and the signed days, from one
    // consistent snapshot, in the order AuditVerifier expects.
    virtual Result<void> replayAudit(AuditVerifier &verifier) = 0;

    virtual Result<DatabaseHealth> checkHealth() = 0;
    // Rebuilds every aggregate from the incidents in one transaction, with an audit entry; returns how many
    // aggregate rows changed.
    virtual Result<qint64> rebuildTallies(const ChangeStamp &stamp) = 0;

    // A number that changes whenever another connection or program has committed a change since the
    // last call (SQLite's PRAGMA data_version); the register's own writes do not change it.
    virtual Result<qint64> externalChangeCounter() = 0;

    // Writes a consistent, checked copy of the whole database to `target` while it stays in use.
    virtual Result<void> backUp(const QString &target) = 0;
};

} // namespace borderlog
