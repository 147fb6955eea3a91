// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditentry.h"
#include "daysignoff.h"
#include "incident.h"
#include "locationhistory.h"
#include "tallyrecount.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>

namespace borderlog {

class ImportDigest;

// One thing `audit verify` found wrong.
struct AuditProblem
{
    qint64 sequence = 0; // the entry that does not match (0 when no entry can be named)
    QString incidentId;
    QString message;
};

struct AuditVerification
{
    qint64 entries = 0;
    qint64 incidents = 0;
    AuditHead head;
    QList<AuditProblem> problems; // in the order of the trail, the first first

    bool ok() const { return problems.isEmpty(); }
};

// Recomputes the hash chain of the audit trail and checks the incidents' rows against it.
// Fed in three passes: every entry in sequence order, then every incident row (removed ones too) in the
// order they were inserted, then the signed days. Memory grows with the incidents changed after they were
// created, not with all incidents.
//
// What it proves: each entry's hash covers its content and the entry before it; every incident's row equals
// the values of the last entry that touched it; the incidents created by one entry (an add, an import) are
// exactly those it recorded (count and SHA-256 over their values at creation); signed days match their
// sign-off entries; the aggregate tables equal a recount of the incidents. docs/security.md says what it
// cannot prove.
class AuditVerifier
{
public:
    AuditVerifier();
    ~AuditVerifier();

    void addEntry(const AuditEntry &entry);
    void addIncident(const Incident &incident, bool removed, qint64 createdBy);
    void addSignedDay(const DaySignOff &signedDay);
    // Every account row: name, role and disabled must be what its last entry left, the password hash what
    // the last entry that set it recorded (its account_add, password_change or password_reset; an
    // account_add written before that digest existed does not say).
    void addAccount(const QString &name, const QString &role, bool disabled, const QByteArray &passwordHash);
    // Every district, station and location row: each must be what its last entry left (a location no entry of
    // its own changed: where every location started). Fed after the incidents.
    void addDistrict(const DistrictRecord &row);
    void addStation(const StationRecord &row);
    void addLocation(const LocationRecord &row);
    // Last: every stored aggregate row, recounted from the incidents fed before (TallyRecount).
    TallyRecount &tallies() { return m_tallies; }
    // Optionally: a head kept elsewhere (printed at a sign-off or with an export) must still be in the trail.
    void expectHead(const AuditHead &pinned) { m_pinned = pinned; }
    // Optionally, before the first entry: every incident created by an import or an adoption whose entry is
    // `from` or later, handed over with that entry's sequence number and its snapshot as it was created (what
    // the entry's digest pins), in the digest's order. What a site stages on the national register before it
    // offers such an entry. Keeps the snapshot of each such incident changed since, until its row is fed.
    using CreationVisitor = std::function<void(qint64 creator, const QByteArray &snapshot)>;
    void collectCreations(qint64 from, CreationVisitor visit);

    AuditVerification finish();

private:
    struct IncidentTrail
    {
        QByteArray creationHash; // the values when created, as recorded by the trail
        QByteArray currentHash;  // the values after the last entry that touched it
        qint64 lastSequence = 0;
        bool seen = false;
        LocationHistory::Id location = 0; // where the last entry filed it
        // Created by an import and changed later: its values when first changed, and where it was created, for
        // the import's digest under the location's name at the import (the trail kept no snapshot then).
        QByteArray creationSnapshot;
        LocationHistory::Id creationLocation = 0;
    };
    struct Creation
    {
        qint64 expectedCount = 0;
        QByteArray expectedDigest;
        std::unique_ptr<ImportDigest> digest;
        qint64 count = 0;
    };
    struct DayTotals
    {
        qint64 incidents = 0;
        qint64 persons = 0;
    };
    void problem(qint64 sequence, const QString &incidentId, const QString &message);
    // Whether the entry follows the one before it in sequence and hash, and matches its own hash.
    void checkChain(const AuditEntry &entry);
    // An amendment, removal or restore: it must start from the values the incident's previous entry left
    // (a restore from those its removal left, the removed flag included).
    void followChange(const AuditEntry &entry);
    // An add, import or adopt: the incidents it must have created.
    void followCreation(const AuditEntry &entry);
    // A district, station or location entry (LocationHistory), and a merge's incidents.
    void followPlace(const AuditEntry &entry);
    // A location merge: the incidents it moved go with it.
    void followMerge(const AuditEntry &entry);
    // The piece of the snapshot as it was recorded under the location's name just after entry `sequence`.
    QByteArray pieceAt(const QByteArray &snapshot, LocationHistory::Id location, qint64 sequence) const;
    QByteArray snapshotAt(const QByteArray &snapshot, LocationHistory::Id location, qint64 sequence) const;
    // Whether the row stands where the trail filed it; the row's piece under the name the trail recorded.
    void checkCurrent(const Incident &incident, bool removed, const IncidentTrail &trail,
                      LocationHistory::Id rowLocation);
    // The snapshot of an incident no entry changed, as its creator recorded it.
    QByteArray creationSnapshot(const Incident &incident, bool removed, qint64 creator,
                                LocationHistory::Id rowLocation);
    // An account entry: the account's values as the trail has them now.
    void followAccount(const AuditEntry &entry);
    // The parts of finish(), in the order their problems are reported: incidents and accounts the trail
    // knows but the rows lack, and the creation digests; the signed days; the aggregates and a pinned head.
    void checkRowsAgainstTrail();
    void checkSignedDays();
    void checkTalliesAndPinnedHead();
    struct AccountTrail
    {
        QString name;
        QString role;
        bool disabled = false;
        QByteArray passwordDigest;   // empty when the creating entry did not record it
        qint64 passwordSequence = 0; // the entry that set the password
        qint64 lastSequence = 0;
        bool seen = false;
    };
    QHash<QString, AccountTrail> m_accounts; // by case-folded name

    AuditVerification m_result;
    std::optional<AuditHead> m_pinned;
    QByteArray m_pinnedFound;
    qint64 m_adoptSequence = 0;
    QHash<QString, IncidentTrail> m_incidents;
    LocationHistory m_places;
    // Incidents a merge moved that no entry of their own follows: where they were created.
    QHash<QString, LocationHistory::Id> m_movedFrom;
    std::map<qint64, Creation> m_creations;
    struct Collection
    {
        qint64 from = 0;
        CreationVisitor visit;
        QSet<qint64> creators; // the imports and adoptions from `from` on
    };
    std::optional<Collection> m_collection;
    QMap<QDate, DaySignOff> m_signedInTrail; // sign-offs without a later reopen
    QMap<QDate, DayTotals> m_dayTotals;      // counted from the rows, for the signed days
    QList<DaySignOff> m_signedRows;
    TallyRecount m_tallies;
};

} // namespace borderlog
