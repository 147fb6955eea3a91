// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditverifier.h"

#include "auditpayload.h"
#include "cryptography.h"
#include "importdigest.h"
#include "incidentsnapshot.h"
#include "incidenttext.h"

#include <QCoreApplication>

#include <algorithm>

namespace borderlog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("borderlog::AuditVerifier", text);
}

} // namespace

AuditVerifier::AuditVerifier() = default;
AuditVerifier::~AuditVerifier() = default;

void AuditVerifier::problem(qint64 sequence, const QString &incidentId, const QString &message)
{
    m_result.problems << AuditProblem{sequence, incidentId, message};
}

void AuditVerifier::addEntry(const AuditEntry &entry)
{
    checkChain(entry);
    ++m_result.entries;
    m_result.head = AuditHead{entry.sequence, entry.hash};
    if (m_pinned && m_pinned->sequence == entry.sequence) {
        m_pinnedFound = entry.hash;
    }

    switch (entry.action) {
    case AuditAction::Adopt:
    case AuditAction::Import:
    case AuditAction::Add:
        followCreation(entry);
        break;
    case AuditAction::Amend:
    case AuditAction::Remove:
    case AuditAction::Restore:
    case AuditAction::NationalChange:
        followChange(entry);
        break;
    case AuditAction::SignOff: {
        const DaySignOff day = AuditPayload::signOff(entry);
        m_signedInTrail.insert(day.date, day);
        m_dayTotals.insert(day.date, DayTotals{});
        break;
    }
    case AuditAction::AccountAdd:
    case AuditAction::AccountDisable:
    case AuditAction::AccountEnable:
    case AuditAction::PasswordChange:
    case AuditAction::PasswordReset:
        followAccount(entry);
        break;
    case AuditAction::Reopen:
        m_signedInTrail.remove(AuditPayload::reopenedDay(entry));
        break;
    case AuditAction::LocationAdd:
    case AuditAction::LocationChange:
    case AuditAction::LocationMerge:
    case AuditAction::DistrictAdd:
    case AuditAction::DistrictChange:
    case AuditAction::StationAdd:
    case AuditAction::StationChange:
        followPlace(entry);
        break;
    default:
        break;
    }
}

void AuditVerifier::followCreation(const AuditEntry &entry)
{
    if (entry.action == AuditAction::Add) {
        const QByteArray hash = ImportDigest::pieceOfSnapshot(entry.after);
        const AuditPayload::Creation created = AuditPayload::addition(entry);
        Creation &creation = m_creations[entry.sequence];
        creation.expectedCount = created.incidents;
        creation.expectedDigest = created.digest;
        m_incidents[entry.incidentId] = IncidentTrail{
            hash, hash, entry.sequence, false, m_places.resolve(IncidentSnapshot::locationOf(entry.after)), {}, 0};
        return;
    }
    if (entry.action == AuditAction::Adopt) {
        m_adoptSequence = entry.sequence;
    }
    if (m_collection && entry.sequence >= m_collection->from) {
        m_collection->creators.insert(entry.sequence);
    }
    const AuditPayload::Creation created = AuditPayload::creation(entry);
    Creation &creation = m_creations[entry.sequence];
    creation.expectedCount = created.incidents;
    creation.expectedDigest = created.digest;
}

void AuditVerifier::checkChain(const AuditEntry &entry)
{
    const qint64 expected = m_result.head.sequence + 1;
    if (entry.sequence != expected) {
        problem(entry.sequence, entry.incidentId,
                tr("entry %1 follows entry %2: an entry was deleted or inserted outside the program")
                    .arg(entry.sequence)
                    .arg(m_result.head.sequence));
    } else if (entry.previousHash != m_result.head.hash) {
        problem(entry.sequence, entry.incidentId,
                tr("entry %1 does not continue the chain (its previous hash is not the hash of entry %2): entries "
                   "were changed, deleted or inserted outside the program")
                    .arg(entry.sequence)
                    .arg(m_result.head.sequence));
    } else if (entry.computeHash() != entry.hash) {
        problem(entry.sequence, entry.incidentId,
                tr("entry %1 (%2) was edited outside the program: its content does not match its hash")
                    .arg(entry.sequence)
                    .arg(auditActionCode(entry.action)));
    }
}

void AuditVerifier::followChange(const AuditEntry &entry)
{
    const QByteArray before = ImportDigest::pieceOfSnapshot(entry.before);
    const LocationHistory::Id beforeLocation = m_places.resolve(IncidentSnapshot::locationOf(entry.before));
    IncidentTrail &trail = m_incidents[entry.incidentId];
    if (trail.currentHash.isEmpty()) {
        trail.creationHash = before; // created by an import: its values then are this entry's "before"
        if (m_places.renamedOrMerged() || m_collection) {
            // … under the name its location had at the import, known once its row says which import (and the
            // snapshot itself, when the import's incidents are collected).
            trail.creationSnapshot = entry.before;
            const auto moved = m_movedFrom.constFind(entry.incidentId);
            trail.creationLocation = moved != m_movedFrom.cend() ? moved.value() : beforeLocation;
        }
    } else if (m_places.target(trail.location) != beforeLocation
               || trail.currentHash != pieceAt(entry.before, trail.location, trail.lastSequence)) {
        problem(entry.sequence, entry.incidentId,
                tr("entry %1 starts from values of incident %2 that differ from those entry %3 left")
                    .arg(entry.sequence)
                    .arg(entry.incidentId)
                    .arg(trail.lastSequence));
    }
    trail.currentHash = ImportDigest::pieceOfSnapshot(entry.after);
    trail.location = m_places.resolve(IncidentSnapshot::locationOf(entry.after));
    trail.lastSequence = entry.sequence;
}

void AuditVerifier::followPlace(const AuditEntry &entry)
{
    if (const auto wrong = m_places.follow(entry)) {
        problem(entry.sequence, QString(), *wrong);
    }
    if (entry.action == AuditAction::LocationMerge) {
        followMerge(entry);
    }
}

void AuditVerifier::followMerge(const AuditEntry &entry)
{
    // The incidents an entry of their own follows go with their location (LocationHistory::target).
    const LocationHistory::Id from = m_places.resolve(AuditPayload::location(entry.before).name);
    for (const QString &id : AuditPayload::merge(entry).incidentIds) {
        if (!m_incidents.contains(id) && !m_movedFrom.contains(id)) {
            m_movedFrom.insert(id, from);
        }
    }
}

QByteArray AuditVerifier::snapshotAt(const QByteArray &snapshot, LocationHistory::Id location, qint64 sequence) const
{
    if (!m_places.renamedOrMerged()) {
        return snapshot;
    }
    const QString name = m_places.nameAt(location, sequence);
    return IncidentSnapshot::locationOf(snapshot) == name ? snapshot : IncidentSnapshot::relocated(snapshot, name);
}

QByteArray AuditVerifier::pieceAt(const QByteArray &snapshot, LocationHistory::Id location, qint64 sequence) const
{
    return ImportDigest::pieceOfSnapshot(snapshotAt(snapshot, location, sequence));
}

void AuditVerifier::collectCreations(qint64 from, CreationVisitor visit)
{
    m_collection = Collection{from, std::move(visit), {}};
}

namespace {

QByteArray snapshotUnder(const Incident &incident, bool removed, const QString &location)
{
    if (incident.location == location) {
        return IncidentSnapshot::of(incident, removed);
    }
    Incident renamed = incident;
    renamed.location = location;
    return IncidentSnapshot::of(renamed, removed);
}

QByteArray pieceUnder(const Incident &incident, bool removed, const QString &location)
{
    return ImportDigest::pieceOfSnapshot(snapshotUnder(incident, removed, location));
}

} // namespace

void AuditVerifier::checkCurrent(const Incident &incident, bool removed, const IncidentTrail &trail,
                                 LocationHistory::Id rowLocation)
{
    if (m_places.target(trail.location) != rowLocation
        || pieceUnder(incident, removed, m_places.nameAt(trail.location, trail.lastSequence)) != trail.currentHash) {
        problem(trail.lastSequence, incident.idText(),
                tr("incident %1 differs from the values entry %2 recorded: its row was edited outside the "
                   "program")
                    .arg(incident.idText())
                    .arg(trail.lastSequence));
    }
}

QByteArray AuditVerifier::creationSnapshot(const Incident &incident, bool removed, qint64 creator,
                                           LocationHistory::Id rowLocation)
{
    LocationHistory::Id created = rowLocation;
    if (const auto moved = m_movedFrom.constFind(incident.idText()); moved != m_movedFrom.cend()) {
        created = moved.value();
    }
    if (m_places.target(created) != rowLocation) {
        problem(creator, incident.idText(),
                tr("incident %1 is filed under %2, where no entry of the audit trail put it: its row was edited "
                   "outside the program")
                    .arg(incident.idText(), incident.location));
    }
    return snapshotUnder(incident, removed, m_places.nameAt(created, creator));
}

void AuditVerifier::followAccount(const AuditEntry &entry)
{
    const AuditPayload::AccountValues values = AuditPayload::account(entry);
    AccountTrail &account = m_accounts[values.name.toCaseFolded()];
    account.name = values.name;
    account.role = values.role;
    account.disabled = values.disabled;
    // The entries that set a password record its digest; a disable or enable leaves it as it was.
    if (entry.action == AuditAction::AccountAdd || entry.action == AuditAction::PasswordChange
        || entry.action == AuditAction::PasswordReset) {
        account.passwordDigest = values.passwordDigest;
        account.passwordSequence = entry.sequence;
    }
    account.lastSequence = entry.sequence;
}

void AuditVerifier::addIncident(const Incident &incident, bool removed, qint64 createdBy)
{
    ++m_result.incidents;
    const QString id = incident.idText();
    const LocationHistory::Id rowLocation = m_places.resolve(incident.location);
    const qint64 creator = createdBy == 0 ? m_adoptSequence : createdBy;
    QByteArray creation;
    QByteArray snapshot;
    if (const auto it = m_incidents.find(id); it != m_incidents.end()) {
        it->seen = true;
        checkCurrent(incident, removed, *it, rowLocation);
        if (it->creationSnapshot.isEmpty()) {
            creation = it->creationHash;
        } else {
            snapshot = snapshotAt(it->creationSnapshot, it->creationLocation, creator);
        }
    } else {
        snapshot = creationSnapshot(incident, removed, creator, rowLocation);
    }
    if (creation.isEmpty()) {
        creation = ImportDigest::pieceOfSnapshot(snapshot);
        if (m_collection && m_collection->creators.contains(creator)) {
            m_collection->visit(creator, snapshot);
        }
    }
    const auto group = m_creations.find(creator);
    if (group == m_creations.end()) {
        problem(
            0, id,
            tr("incident %1 was created by no entry of the audit trail: it was inserted outside the program").arg(id));
    } else {
        if (!group->second.digest) {
            group->second.digest = std::make_unique<ImportDigest>();
        }
        group->second.digest->add(creation);
        ++group->second.count;
    }
    if (!removed) {
        m_tallies.addIncident(incident);
        if (const auto day = m_dayTotals.find(incident.date); day != m_dayTotals.end()) {
            day->incidents += 1;
            day->persons += incident.groupSize();
        }
    }
}

void AuditVerifier::addAccount(const QString &name, const QString &role, bool disabled, const QByteArray &passwordHash)
{
    const auto it = m_accounts.find(name.toCaseFolded());
    if (it == m_accounts.end()) {
        problem(
            0, QString(),
            tr("account %1 was created by no entry of the audit trail: it was inserted outside the program").arg(name));
        return;
    }
    it->seen = true;
    if (it->name != name || it->role != role || it->disabled != disabled) {
        problem(it->lastSequence, QString(),
                tr("account %1 is %2%3, but entry %4 left it %5%6: it was changed outside the program")
                    .arg(name, role, disabled ? tr(", disabled") : QString())
                    .arg(it->lastSequence)
                    .arg(it->role, it->disabled ? tr(", disabled") : QString()));
    } else if (!it->passwordDigest.isEmpty() && Cryptography::sha256Hex(passwordHash) != it->passwordDigest) {
        problem(it->passwordSequence, QString(),
                tr("the password of account %1 is not the one entry %2 recorded: it was replaced outside the "
                   "program")
                    .arg(name)
                    .arg(it->passwordSequence));
    }
}

void AuditVerifier::addDistrict(const DistrictRecord &row)
{
    if (const auto wrong = m_places.checkDistrict(row)) {
        problem(0, QString(), *wrong);
    }
}

void AuditVerifier::addStation(const StationRecord &row)
{
    if (const auto wrong = m_places.checkStation(row)) {
        problem(0, QString(), *wrong);
    }
}

void AuditVerifier::addLocation(const LocationRecord &row)
{
    if (const auto wrong = m_places.checkLocation(row)) {
        problem(0, QString(), *wrong);
    }
}

void AuditVerifier::addSignedDay(const DaySignOff &signedDay)
{
    m_signedRows << signedDay;
}

void AuditVerifier::checkRowsAgainstTrail()
{
    for (auto it = m_incidents.cbegin(); it != m_incidents.cend(); ++it) {
        if (!it->seen) {
            problem(it->lastSequence, it.key(),
                    tr("incident %1 of entry %2 is missing: its row was deleted outside the program")
                        .arg(it.key())
                        .arg(it->lastSequence));
        }
    }
    for (auto &[sequence, creation] : m_creations) {
        const QByteArray digest = creation.digest ? creation.digest->finish() : ImportDigest().finish();
        if (creation.count != creation.expectedCount) {
            problem(sequence, QString(),
                    tr("entry %1 created %2 incidents but %3 rows carry it: rows were deleted or inserted outside the "
                       "program")
                        .arg(sequence)
                        .arg(creation.expectedCount)
                        .arg(creation.count));
        } else if (digest != creation.expectedDigest) {
            problem(sequence, QString(),
                    tr("the incidents entry %1 created no longer have the values it recorded: rows were edited, "
                       "replaced or reordered outside the program")
                        .arg(sequence));
        }
    }
    for (const auto &account : m_accounts) {
        if (!account.seen) {
            problem(account.lastSequence, QString(),
                    tr("account %1 of entry %2 is missing: it was deleted outside the program")
                        .arg(account.name)
                        .arg(account.lastSequence));
        }
    }
}

void AuditVerifier::checkSignedDays()
{
    QMap<QDate, DaySignOff> rows;
    for (const auto &row : m_signedRows) {
        rows.insert(row.date, row);
    }
    for (const auto &day : m_signedInTrail) {
        const QString date = IncidentText::formatDate(day.date);
        const auto row = rows.constFind(day.date);
        if (row == rows.cend()) {
            problem(day.auditSequence, QString(),
                    tr("day %1 was signed off by entry %2 but is not marked signed: changed outside the program")
                        .arg(date)
                        .arg(day.auditSequence));
            continue;
        }
        if (row->incidents != day.incidents || row->persons != day.persons || row->auditSequence != day.auditSequence) {
            problem(
                day.auditSequence, QString(),
                tr("the frozen tallies of day %1 differ from its sign-off, entry %2").arg(date).arg(day.auditSequence));
        }
        const DayTotals counted = m_dayTotals.value(day.date);
        if (counted.incidents != day.incidents || counted.persons != day.persons) {
            problem(day.auditSequence, QString(),
                    tr("day %1 now has %2 incidents and %3 persons; entry %4 signed it off with %5 and %6")
                        .arg(date)
                        .arg(counted.incidents)
                        .arg(counted.persons)
                        .arg(day.auditSequence)
                        .arg(day.incidents)
                        .arg(day.persons));
        }
    }
    for (const auto &row : m_signedRows) {
        if (!m_signedInTrail.contains(row.date)) {
            problem(0, QString(),
                    tr("day %1 is marked signed without a sign-off in the audit trail: changed outside the program")
                        .arg(IncidentText::formatDate(row.date)));
        }
    }
}

void AuditVerifier::checkTalliesAndPinnedHead()
{
    const QStringList tallies = m_tallies.finish();
    if (!tallies.isEmpty()) {
        problem(0, QString(),
                m_tallies.differences() > 1
                    ? tr("%1 (%2 aggregate rows differ)").arg(tallies.first()).arg(m_tallies.differences())
                    : tallies.first());
    }
    if (m_pinned) {
        if (m_pinnedFound.isEmpty()) {
            problem(m_pinned->sequence, QString(),
                    tr("the pinned head %1 is not in the trail (it has %2 entries): entries were deleted")
                        .arg(m_pinned->toString())
                        .arg(m_result.entries));
        } else if (m_pinnedFound != m_pinned->hash) {
            problem(
                m_pinned->sequence, QString(),
                tr("entry %1 no longer has the pinned hash: the trail up to it was rewritten").arg(m_pinned->sequence));
        }
    }
}

AuditVerification AuditVerifier::finish()
{
    checkRowsAgainstTrail();
    checkSignedDays();
    checkTalliesAndPinnedHead();
    std::stable_sort(m_result.problems.begin(), m_result.problems.end(), [](const auto &a, const auto &b) {
        const qint64 x = a.sequence == 0 ? std::numeric_limits<qint64>::max() : a.sequence;
        const qint64 y = b.sequence == 0 ? std::numeric_limits<qint64>::max() : b.sequence;
        return x < y;
    });
    return std::move(m_result);
}

} // namespace borderlog
