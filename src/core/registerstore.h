// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "auditentry.h"
#include "changestamp.h"
#include "crosstally.h"
#include "daysignoff.h"
#include "incident.h"
#include "incidentfilter.h"
#include "incidentline.h"
#include "incidentsource.h"
#include "locationhierarchy.h"
#include "registerserver.h"
#include "result.h"
#include "tally.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace borderlog {

class AuditVerifier;

// Where the register is kept: one focused interface per thing it stores, gathered by RegisterStore. All SQL
// lives behind these interfaces; the SQLite implementation (storage/sqlite) is the embedded default, a
// server implementation slots in beside it. The register's rules are not here: the use cases check them
// and build every audit entry (AuditPayload); a store keeps what it is handed.
// Every method is one transaction: it happens whole or not at all. Every write appends its audit entry,
// sealed onto the chain, in the same transaction. A store's object is used from one thread at a time.

// ---- Incidents: the writes and the lookup of one incident.
struct ImportSummary
{
    qint64 added = 0;
    qint64 skipped = 0; // already in the database (same incident_id)
    // Of the skipped, those whose values differ from the stored incident: the file is not a copy of what the
    // register holds (the stored incident is kept; the file's version is not imported).
    qint64 conflicts = 0;
    QStringList firstConflicts; // their incident_ids, at most five
};

class IncidentStore
{
public:
    virtual ~IncidentStore() = default;
    // Refused when the incident's day is signed off (checked inside the write).
    virtual Result<void> add(const Incident &incident, const ChangeStamp &stamp) = 0;
    virtual Result<void> update(const Incident &incident, const ChangeStamp &stamp) = 0;
    // Marks the incident removed: it stays in the database and the trail, left out of lists and tallies.
    virtual Result<void> remove(const QUuid &id, const ChangeStamp &stamp) = 0;
    // Takes a removed incident back into lists and tallies, with the values it was removed with. Refused when
    // its day is signed off (checked inside the write), not found when it is not removed.
    virtual Result<void> restore(const QUuid &id, const ChangeStamp &stamp) = 0;
    // Finds an incident that is not removed.
    virtual Result<std::optional<Incident>> find(const QUuid &id) = 0;
    // Finds an incident that is removed.
    virtual Result<std::optional<Incident>> findRemoved(const QUuid &id) = 0;
    // Adds every incident of the source whose id is not in the database yet, in one transaction. When the
    // source reports problems (by the time it ends), nothing is written and the result is a failure.
    // `progress` (may be empty) is called as the source is read; when it returns false, nothing is written
    // and the result is a refusal.
    virtual Result<ImportSummary> import(IncidentSource &source, const ChangeStamp &stamp,
                                         const ImportProgress &progress) = 0;
    // Takes a change headquarters made on the national register (an entry of its chain, `national`) into this
    // register, in one transaction: the incident becomes `incident` (removed or not, as its snapshot says),
    // the trail keeps AuditPayload::takenFromNational, and the register's link keeps `national` as the last
    // entry pulled. Not found when the incident is not here; refused when a day it was or becomes is signed off
    // here; nothing is done when the link has taken this entry already (another sync at the same time).
    virtual Result<void> takeNational(const AuditEntry &national, const Incident &incident, bool removed) = 0;
};

// ---- Incidents: lists and exports.
// One page of a list in date, time, incident_id order: read `limit` incidents after `after` (the last
// incident of the previous page).
struct IncidentPageRequest
{
    IncidentFilter filter;
    bool descending = false;
    std::optional<Incident> after;
    // Instead of `after`: start with the incident at position `skipInDay` (0-based, in this order) of
    // `day`. With TallyStore::dailyCounts() it gives random access by row number.
    std::optional<QDate> day;
    int skipInDay = 0;
    int limit = 500;
};

class IncidentQueries
{
public:
    virtual ~IncidentQueries() = default;
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
    // How many of the incidents the filter selects used force, by the kind recorded (ForceType::Unspecified
    // where no kind was), kinds without any left out: the daily report's, counted without reading the
    // incidents whole.
    virtual Result<QList<std::pair<ForceType, qint64>>> forceCounts(const IncidentFilter &filter) = 0;
};

// ---- Tallies: the aggregates kept with every write.
class TallyStore
{
public:
    virtual ~TallyStore() = default;
    // Counted rows of a tally; periods without incidents are left out (Tally fills them in).
    virtual Result<QList<TallyRow>> tally(const IncidentFilter &filter, TallyGrouping grouping,
                                          TallyContent content) = 0;
    // Counted pairs of a cross-tab of two dimensions (as IncidentReads::crossTally asks: weeks as days,
    // quarters as months); pairs without incidents are left out.
    virtual Result<QList<CrossTallyRow>> crossTally(const IncidentFilter &filter, const TallyDimension &first,
                                                    const TallyDimension &second) = 0;
    // How many incidents the filter selects on each day that has any, in date order.
    virtual Result<QList<std::pair<QDate, qint64>>> dailyCounts(const IncidentFilter &filter) = 0;
    // The first and last date with an incident (null dates when empty).
    virtual Result<std::pair<QDate, QDate>> dateSpan() = 0;
    // Rebuilds every aggregate from the incidents in one transaction, with an audit entry; returns how many
    // aggregate rows changed.
    virtual Result<qint64> rebuild(const ChangeStamp &stamp) = 0;

    // How many incidents the filter selects, from the yearly tally: an incident is counted once per period, and
    // once in the row of each of its nationalities, so with or without a nationality filter the sum counts
    // incidents exactly. What every store's IncidentQueries::count answers.
    Result<qint64> incidents(const IncidentFilter &filter)
    {
        auto years = tally(filter, TallyGrouping::Year, TallyContent::Counts);
        if (!years) {
            return years.failure();
        }
        qint64 counted = 0;
        for (const TallyRow &row : *years) {
            counted += row.incidents;
        }
        return counted;
    }
};

// ---- Locations.
class LocationStore
{
public:
    virtual ~LocationStore() = default;
    // The locations' names in the stored order, merged ones left out.
    virtual Result<QStringList> names() = 0;
    virtual Result<LocationHierarchy> hierarchy() = 0;
    // Adds the location (into its station, which must exist) unless a location of the same key
    // (LocationNames) exists; audited when added.
    virtual Result<void> add(const LocationRecord &location, const ChangeStamp &stamp) = 0;
    // Sets the values of location `name` (a new name, another station, retired, code, coordinates); refused
    // when it does not exist or was merged. Every change writes one audit entry with the values before and after.
    virtual Result<void> change(const QString &name, const LocationRecord &after, const ChangeStamp &stamp) = 0;
    // Moves every incident of `from` (removed ones too) and its aggregates to `into`; `from` stays as an alias.
    virtual Result<void> merge(const QString &from, const QString &into, const ChangeStamp &stamp) = 0;
    virtual Result<void> addDistrict(const DistrictRecord &district, const ChangeStamp &stamp) = 0;
    virtual Result<void> changeDistrict(const QString &name, const DistrictRecord &after, const ChangeStamp &stamp) = 0;
    virtual Result<void> addStation(const StationRecord &station, const ChangeStamp &stamp) = 0;
    // The station's district stays; `after.district` is ignored.
    virtual Result<void> changeStation(const QString &district, const QString &name, const StationRecord &after,
                                       const ChangeStamp &stamp) = 0;
};

// ---- Signed days. A signed day's incidents cannot be added, changed or removed until it is reopened.
class SignedDayStore
{
public:
    virtual ~SignedDayStore() = default;
    virtual Result<std::optional<DaySignOff>> find(const QDate &date) = 0;
    // Null dates leave the range open.
    virtual Result<QList<DaySignOff>> between(const QDate &from, const QDate &to) = 0;
    // Freezes the day's tallies as they are; refused when it is signed already.
    virtual Result<DaySignOff> signOff(const QDate &date, const ChangeStamp &stamp) = 0;
    virtual Result<void> reopen(const QDate &date, const ChangeStamp &stamp) = 0;
};

// ---- Accounts. With none, the database is used without logging in.
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

// A new password for an account. Changed by the account itself, `checkedHash` is the stored hash its
// current password was checked against; reset by an admin, it is empty.
struct PasswordChange
{
    QString name;
    QByteArray newHash;
    QByteArray checkedHash;

    bool isReset() const { return checkedHash.isEmpty(); }
};

class AccountStore
{
public:
    virtual ~AccountStore() = default;
    virtual Result<QList<Account>> all() = 0;
    virtual Result<std::optional<StoredAccount>> find(const QString &name) = 0;
    // Refused, inside its write, when an account of the same name or of the same look
    // (AccountName::skeleton) exists, and for AccountAddition::First (made without a login) when any
    // account exists: of two programs creating the first account at once, one is refused.
    virtual Result<void> add(const Account &account, const QByteArray &passwordHash, const ChangeStamp &stamp,
                             AccountAddition addition) = 0;
    virtual Result<void> setDisabled(const QString &name, bool disabled, const ChangeStamp &stamp) = 0;
    // Stores the new hash, clears the failed logins and appends the password_change or password_reset
    // entry, in one write. A change whose checked hash is no longer the stored one (another program changed
    // the password since the check) is refused.
    virtual Result<void> changePassword(const PasswordChange &change, const ChangeStamp &stamp) = 0;
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
};

// ---- The audit trail.
class AuditTrailStore
{
public:
    virtual ~AuditTrailStore() = default;
    virtual Result<AuditHead> head() = 0;
    virtual Result<qint64> forEach(const AuditFilter &filter, const std::function<bool(const AuditEntry &)> &visit) = 0;
    // Feeds the verifier every entry, every incident row (removed ones too), the aggregates, the accounts
    // and the signed days, from one consistent snapshot, in the order AuditVerifier expects.
    virtual Result<void> replay(AuditVerifier &verifier) = 0;
};

// ---- The link to the national register (SiteSync): which site of which national register this register is, and
// the last of its audit entries the server acknowledged. Not audited itself: it records no change to the
// register's data, and the server holds the authoritative copy.
class SyncLinkStore
{
public:
    virtual ~SyncLinkStore() = default;
    virtual Result<std::optional<SyncLink>> find() = 0;
    // Moves the last national entry pulled past `sequence`, an entry not taken (SiteSync::take says why).
    virtual Result<void> passNational(qint64 sequence) = 0;
    // Joins the register to a site of a national register; refused when it has joined one already (a
    // second program joining at the same time included).
    virtual Result<void> join(const SyncLink &link) = 0;
    // Keeps the server's acknowledgement of the trail up to `head`, when it is newer than the kept one.
    virtual Result<void> acknowledge(const AuditHead &head, const QDateTime &at) = 0;
};

// ---- The national register's conflicts (only the national register has them).
// What waits for a supervisor at headquarters: a site's change to one of its incidents that met a newer national
// version (a change headquarters made that the site had not taken yet), stored in the site's trail and not applied;
// or a change of headquarters' the site did not take (an incident it does not hold, a day it signed off, values its
// rules refuse), so that the site and the national register differ on that incident.
struct NationalConflict
{
    enum class Kind {
        Conflict,
        NotTaken,
    };
    qint64 id = 0;
    Kind kind = Kind::Conflict;
    QString site;
    qint64 sequence = 0; // the site's entry (Conflict) or headquarters' entry (NotTaken)
    QString incidentId;
    QByteArray siteVersion;     // the incident as the site's change left it (a snapshot)
    QByteArray nationalVersion; // the national version it met
    QString detail;             // NotTaken: why the site did not take it, in the site's words
    QDateTime parkedAt;         // UTC
};

// Settling them, by a headquarters login, each with a reason: keeping the site's version is a change of
// headquarters' (sealed onto the national register's chain, pulled by the site); keeping the national version
// changes no incident, and for a change the site did not take sends the incident as it stands again (a change of
// headquarters' with the same values before and after, which the site takes once it can). Either way the conflict
// keeps who settled it, when and why.
class ConflictStore
{
public:
    virtual ~ConflictStore() = default;
    // The conflicts not settled yet, oldest first.
    virtual Result<QList<NationalConflict>> open() = 0;
    virtual Result<void> keepSiteVersion(qint64 id, const QString &reason) = 0;
    virtual Result<void> keepNationalVersion(qint64 id, const QString &reason) = 0;
};

// ---- Looking after the database itself.
struct DatabaseHealth
{
    bool ok = false;
    int schemaVersion = 0;
    qint64 incidents = 0;
    QStringList problems; // what the integrity check reported
};

class RegisterMaintenance
{
public:
    virtual ~RegisterMaintenance() = default;
    virtual Result<DatabaseHealth> checkHealth() = 0;
    // A number that changes whenever another connection or program has committed a change since the
    // last call (SQLite's PRAGMA data_version); the register's own writes do not change it.
    virtual Result<qint64> externalChangeCounter() = 0;
    // Writes a consistent, checked copy of the whole database to `target` while it stays in use.
    virtual Result<void> backUp(const QString &target) = 0;
};

// One opened register: its stores, over one connection (used from one thread at a time).
class RegisterStore
{
public:
    virtual ~RegisterStore() = default;
    // The database as shown to a person (a file path, a server and database name).
    virtual QString displayName() const = 0;
    // The database engine it runs on and that engine's version, as shown in Help > About ("SQLite 3.40.1").
    virtual QString engine() const = 0;
    // Whether it takes new incidents and changes to its own administration (the national register takes its
    // incidents only through the stations' syncs): the window offers no form and no import where it does not.
    virtual bool acceptsChanges() const { return true; }
    // Whether it takes amendments, removals and restores of its incidents (the national register does, from
    // headquarters, though it takes no new incidents).
    virtual bool acceptsAmendments() const { return acceptsChanges(); }
    // Whether every change to an incident needs a reason, whoever makes it (the national register: headquarters'
    // changes to a station's incidents).
    virtual bool changesNeedReason() const { return false; }

    virtual IncidentStore &incidents() = 0;
    virtual IncidentQueries &queries() = 0;
    virtual TallyStore &tallies() = 0;
    virtual LocationStore &locations() = 0;
    virtual SignedDayStore &signedDays() = 0;
    virtual AccountStore &accounts() = 0;
    virtual AuditTrailStore &auditTrail() = 0;
    virtual SyncLinkStore &syncLink() = 0;
    virtual RegisterMaintenance &maintenance() = 0;
    // The conflicts of the national register; nothing for a register that has none (a station's).
    virtual ConflictStore *conflicts() { return nullptr; }
};

} // namespace borderlog
