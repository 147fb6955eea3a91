// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "auditentry.h"
#include "changestamp.h"
#include "daysignoff.h"
#include "locationhierarchy.h"

#include <QByteArray>
#include <QString>

namespace borderlog {

struct Incident;

// Every audit entry the register writes, built here and only here: its action, who, when, why, and the
// values it keeps (the payload) in the one byte form the hash chain seals. A storage finds the facts inside
// its write transaction (the incident before a change, the import's digest, the day's totals) and hands
// them to these functions; it appends what they return and adds nothing of its own. The verifier reads the
// payloads back with the parsers below, so that writing and reading cannot drift apart.
namespace AuditPayload {

// Entries on one incident: the snapshot (IncidentSnapshot) before and after.
AuditEntry added(const ChangeStamp &stamp, const Incident &incident);
AuditEntry amended(const ChangeStamp &stamp, const Incident &before, const Incident &after);
AuditEntry removed(const ChangeStamp &stamp, const Incident &before);
// A removed incident back as it was: "before" is its removal's "after", "after" its values live again.
AuditEntry restored(const ChangeStamp &stamp, const Incident &incident);

// A change of the national register's own chain (headquarters') on one of this register's incidents, taken into
// this register: who, when and why as the national entry says, the values the incident had here before, and
// the national entry's "after" byte for byte (the national register knows its own entry by it).
AuditEntry takenFromNational(const AuditEntry &national, const QByteArray &before);
// Incidents created in bulk: how many, pinned by an ImportDigest. An import also says how many of the file's
// incidents were in the register already.
AuditEntry imported(const ChangeStamp &stamp, qint64 added, qint64 skipped, const QByteArray &digest);
// Incidents found in a database from before the audit trail, taken over as they were.
AuditEntry adopted(qint64 incidents, const QByteArray &digest);

AuditEntry signedOff(const ChangeStamp &stamp, const DaySignOff &day);
AuditEntry reopened(const ChangeStamp &stamp, const DaySignOff &day);

// An account's values; an added account's with the SHA-256 of its password hash (the salted hash itself
// stays out of the trail), so that `audit verify` notices a hash replaced outside the program.
AuditEntry accountAdded(const ChangeStamp &stamp, const Account &account, const QByteArray &passwordHash);
// Disabled or enabled again (the role as stored).
AuditEntry accountChanged(const ChangeStamp &stamp, const QString &name, const QString &role, bool wasDisabled,
                          bool disabled);
// A new password: the account's values as stored, with the SHA-256 of the new password hash, as an added
// account's. `reset`: set by an admin (password_reset), else by the account itself (password_change); the
// stamp's user says who. Neither the password nor its hash is in the entry.
AuditEntry passwordChanged(const ChangeStamp &stamp, const QString &name, const QString &role, bool disabled,
                           const QByteArray &passwordHash, bool reset);

// The frontier hierarchy: a place's values after it was added, before and after a change. A merge keeps the
// merged location's values before, and after them the location it went into and the ids of the incidents it
// moved there, so that `audit verify` can follow each of them.
AuditEntry locationAdded(const ChangeStamp &stamp, const LocationRecord &location);
AuditEntry locationChanged(const ChangeStamp &stamp, const LocationRecord &before, const LocationRecord &after);
AuditEntry locationMerged(const ChangeStamp &stamp, const LocationRecord &from, const QString &into,
                          const QStringList &incidentIds);
AuditEntry districtAdded(const ChangeStamp &stamp, const DistrictRecord &district);
AuditEntry districtChanged(const ChangeStamp &stamp, const DistrictRecord &before, const DistrictRecord &after);
AuditEntry stationAdded(const ChangeStamp &stamp, const StationRecord &station);
AuditEntry stationChanged(const ChangeStamp &stamp, const StationRecord &before, const StationRecord &after);
// `name` is empty for a name that is no account's (the text typed is not kept).
AuditEntry loginFailed(const ChangeStamp &stamp, const QString &name);
AuditEntry talliesRebuilt(const ChangeStamp &stamp, qint64 rowsChanged);

// What the verifier reads back.
struct Creation
{
    qint64 incidents = 0;
    QByteArray digest;
};
// Of an adopt or import entry.
Creation creation(const AuditEntry &entry);
// The incidents an add entry stands for: its one snapshot, as ImportDigest pins it.
Creation addition(const AuditEntry &entry);

struct AccountValues
{
    QString name;
    QString role;
    bool disabled = false;
    QByteArray passwordDigest; // in account_add entries written since the digest is kept, password_change
                               // and password_reset entries
};
AccountValues account(const AuditEntry &entry);

// A place's values as an entry keeps them (an entry's `before` or `after`). A location_add written before the
// hierarchy existed names only the location: it stood in the Unassigned station.
LocationRecord location(const QByteArray &json);
DistrictRecord district(const QByteArray &json);
StationRecord station(const QByteArray &json);
struct Merge
{
    QString into;
    QStringList incidentIds;
};
Merge merge(const AuditEntry &entry);

// The day a sign-off entry signed (with its totals, who and when from the entry) or a reopen entry reopened.
DaySignOff signOff(const AuditEntry &entry);
QDate reopenedDay(const AuditEntry &entry);

// The entry's values as one line for a person: the changes of an amendment ("outcome: turned_back →
// detained"), else the values kept ("date: 2021-08-03; location: Medininkai; …"). What `audit list` and
// the trail window show (each escapes it for its display).
QString describe(const AuditEntry &entry);

} // namespace AuditPayload

} // namespace borderlog
