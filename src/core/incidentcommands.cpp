// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentcommands.h"

#include "accessrules.h"
#include "importcheck.h"
#include "incidentrules.h"
#include "incidentsnapshot.h"
#include "locationnames.h"
#include "registerevents.h"
#include "session.h"

#include <QSet>

#include <spdlog/spdlog.h>

namespace borderlog {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

} // namespace

IncidentCommands::IncidentCommands(RegisterHandle &handle, Session &session, RegisterEvents &events)
    : m_handle(handle)
    , m_session(session)
    , m_events(events)
{}

Incident IncidentCommands::completed(Incident incident, const QString &recorder, const QDateTime &now)
{
    if (incident.id.isNull()) {
        incident.id = QUuid::createUuid();
    }
    if (incident.recordedBy.trimmed().isEmpty()) {
        incident.recordedBy = recorder;
    }
    if (!incident.recordedAt.isValid()) {
        // Whole seconds: what is stored and exported is what is read back.
        incident.recordedAt =
            QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()), Qt::UTC);
    }
    return incident;
}

Result<bool> IncidentCommands::isSigned(const QDate &date) const
{
    auto day = m_handle.store().signedDays().find(date);
    if (!day) {
        return day.failure();
    }
    return day->has_value();
}

Result<Incident> IncidentCommands::stored(const QUuid &id) const
{
    auto found = m_handle.store().incidents().find(id);
    if (!found) {
        return found.failure();
    }
    if (!*found) {
        return Failure::notFound(tr("incident_id: %1 is not in the database").arg(id.toString(QUuid::WithoutBraces)));
    }
    return **found;
}

Result<Incident> IncidentCommands::storedRemoved(const QUuid &id) const
{
    auto found = m_handle.store().incidents().findRemoved(id);
    if (!found) {
        return found.failure();
    }
    if (!*found) {
        return Failure::notFound(
            tr("incident_id: %1 is not a removed incident of the database").arg(id.toString(QUuid::WithoutBraces)));
    }
    return **found;
}

Result<void> IncidentCommands::unchangedSince(const Incident &stored, const std::optional<Incident> &expected)
{
    // Compared as the audit trail keeps them (nationality lines in code order, without the owner).
    if (!expected || IncidentSnapshot::of(stored) == IncidentSnapshot::of(*expected)) {
        return {};
    }
    return Failure::refused(tr("incident_id: %1 was changed by someone else since (another user or program); it is "
                               "left as they left it")
                                .arg(stored.idText()));
}

Result<QString> IncidentCommands::knownLocation(const Actor &actor, const QString &location, bool *isNew) const
{
    auto tree = m_handle.store().locations().hierarchy();
    if (!tree) {
        return tree.failure();
    }
    LocationNames known = LocationNames::of(*tree);
    if (actor.hasAccount() && !known.contains(location)) {
        return Failure::invalid(QList<FieldError>{
            {QString::fromLatin1(IncidentRules::kLocation), IncidentRules::unknownLocationRule(location)}});
    }
    // Without accounts a new location is added with its first incident, as always.
    *isNew = !known.contains(location);
    return known.canonical(location);
}

Result<void> IncidentCommands::reasonWhereNeeded(const QString &reason) const
{
    if (!m_handle.store().changesNeedReason()) {
        return {};
    }
    return AccessRules::reasonForEveryChange(reason);
}

Result<Incident> IncidentCommands::checked(const Actor &actor, Incident incident, bool *newLocation) const
{
    if (auto errors = IncidentRules::check(incident, m_session.localNow()); !errors.isEmpty()) {
        return Failure::invalid(errors);
    }
    auto location = knownLocation(actor, incident.location, newLocation);
    if (!location) {
        return location.failure();
    }
    incident.location = *location; // filed, and recorded in the trail, under the spelling the register has
    return incident;
}

Result<Incident> IncidentCommands::record(Incident draft)
{
    auto by = m_session.authorize(AccessRules::mayRecord);
    if (!by) {
        return by.failure();
    }
    draft.id = QUuid();
    draft.recordedAt = QDateTime();
    if (by->hasAccount()) {
        draft.recordedBy = by->name; // an account records in its own name only
    }
    bool newLocation = false;
    auto incident = checked(*by, completed(std::move(draft), m_session.actor().name, m_session.now()), &newLocation);
    if (!incident) {
        return incident;
    }
    // A signed-off day is refused by the store inside the save's own transaction (a sign-off cannot slip in
    // between a check and the write); asking first would cost every save a read of its own.
    if (auto added = m_handle.store().incidents().add(*incident, m_session.stamp(*by)); !added) {
        spdlog::error("add incident failed: {}", utf8(added.message()));
        return added.failure();
    }
    spdlog::info("add incident {}", utf8(incident->idText()));
    emit m_events.incidentRecorded(*incident);
    if (newLocation) {
        emit m_events.locationsChanged();
    }
    return incident;
}

Result<Incident> IncidentCommands::amend(const Incident &changed, const QString &reason,
                                         const std::optional<Incident> &expected)
{
    if (changed.id.isNull()) {
        return Failure::invalid(tr("incident_id: an incident must be recorded before it can be amended"));
    }
    auto by = m_session.authorize([](const Actor &) { return Result<void>(); });
    if (!by) {
        return by.failure();
    }
    auto before = stored(changed.id);
    if (!before) {
        return before.failure();
    }
    if (auto unchanged = unchangedSince(*before, expected); !unchanged) {
        return unchanged.failure();
    }
    Incident incident = changed;
    if (by->hasAccount()) {
        // Who recorded it and when stay as they were; the trail says who changed it.
        incident.recordedBy = before->recordedBy;
        incident.recordedAt = before->recordedAt;
    }
    auto signedBefore = isSigned(before->date);
    auto signedAfter = isSigned(incident.date);
    if (!signedBefore || !signedAfter) {
        return (!signedBefore ? signedBefore : signedAfter).failure();
    }
    Incident lockedDay = *before;
    if (!*signedBefore && *signedAfter) {
        lockedDay.date = incident.date;
    }
    if (auto allowed = AccessRules::mayAmend(*by, lockedDay, *signedBefore || *signedAfter, reason); !allowed) {
        return allowed.failure();
    }
    if (auto explained = reasonWhereNeeded(reason); !explained) {
        return explained.failure();
    }
    bool newLocation = false;
    auto filed = checked(*by, incident, &newLocation);
    if (!filed) {
        return filed;
    }
    if (auto updated = m_handle.store().incidents().update(*filed, m_session.stamp(*by, reason)); !updated) {
        spdlog::error("update incident {} failed: {}", utf8(filed->idText()), utf8(updated.message()));
        return updated.failure();
    }
    spdlog::info("update incident {}", utf8(filed->idText()));
    emit m_events.incidentAmended(*before, *filed);
    if (newLocation) {
        emit m_events.locationsChanged();
    }
    return filed;
}

Result<void> IncidentCommands::remove(const QUuid &id, const QString &reason, const std::optional<Incident> &expected)
{
    auto by = m_session.authorize([](const Actor &) { return Result<void>(); });
    if (!by) {
        return by.failure();
    }
    auto before = stored(id);
    if (!before) {
        return before.failure();
    }
    if (auto unchanged = unchangedSince(*before, expected); !unchanged) {
        return unchanged;
    }
    auto locked = isSigned(before->date);
    if (!locked) {
        return locked.failure();
    }
    if (auto allowed = AccessRules::mayRemove(*by, *before, *locked, reason); !allowed) {
        return allowed;
    }
    if (auto explained = reasonWhereNeeded(reason); !explained) {
        return explained;
    }
    const std::string idText = utf8(before->idText());
    if (auto removed = m_handle.store().incidents().remove(id, m_session.stamp(*by, reason)); !removed) {
        spdlog::error("remove incident {} failed: {}", idText, utf8(removed.message()));
        return removed;
    }
    spdlog::info("remove incident {}", idText);
    emit m_events.incidentRemoved(*before);
    return {};
}

Result<Incident> IncidentCommands::restore(const QUuid &id, const QString &reason,
                                           const std::optional<Incident> &expected)
{
    auto by = m_session.authorize([](const Actor &) { return Result<void>(); });
    if (!by) {
        return by.failure();
    }
    auto incident = storedRemoved(id);
    if (!incident) {
        return incident;
    }
    if (auto unchanged = unchangedSince(*incident, expected); !unchanged) {
        return unchanged.failure();
    }
    auto locked = isSigned(incident->date);
    if (!locked) {
        return locked.failure();
    }
    if (auto allowed = AccessRules::mayRestoreIncident(*by, *incident, *locked, reason); !allowed) {
        return allowed.failure();
    }
    if (auto explained = reasonWhereNeeded(reason); !explained) {
        return explained.failure();
    }
    const std::string idText = utf8(incident->idText());
    if (auto restored = m_handle.store().incidents().restore(id, m_session.stamp(*by, reason)); !restored) {
        spdlog::error("restore incident {} failed: {}", idText, utf8(restored.message()));
        return restored.failure();
    }
    spdlog::info("restore incident {}", idText);
    emit m_events.incidentRestored(*incident);
    return incident;
}

Result<ImportSummary> IncidentCommands::import(IncidentSource &source, const ImportProgress &progress)
{
    auto by = m_session.authorize(AccessRules::mayRecord);
    if (!by) {
        return by.failure();
    }
    RegisterStore &store = m_handle.store();
    auto signedDays = store.signedDays().between(QDate(), QDate());
    auto tree = store.locations().hierarchy();
    if (!signedDays || !tree) {
        return !signedDays ? signedDays.failure() : tree.failure();
    }
    ImportCheck::Register state{m_session.localNow(), {}, nullptr};
    for (const auto &day : *signedDays) {
        state.signedDays.insert(day.date);
    }
    const LocationNames known = LocationNames::of(*tree);
    if (by->hasAccount()) {
        state.known = &known;
    }
    LocationNames spellings = LocationNames::of(*tree);
    // The completion runs on the import's reader thread: it gets values, never the session.
    ImportCheck checkedSource(source, *by, std::move(state), spellings,
                              [recorder = by->name, now = m_session.now()](Incident incident) {
                                  return completed(std::move(incident), recorder, now);
                              });
    auto summary = store.incidents().import(checkedSource, m_session.stamp(*by), progress);
    if (!summary) {
        spdlog::error("import failed: {}", utf8(summary.message().section(u'\n', 0, 0)));
        return summary;
    }
    spdlog::info("import: {} incidents added, {} skipped", summary->added, summary->skipped);
    if (summary->added > 0) {
        emit m_events.incidentsReloaded();
        emit m_events.locationsChanged();
    }
    return summary;
}

Result<ImportSummary> IncidentCommands::import(const QList<Incident> &incidents)
{
    IncidentListSource source(incidents);
    return import(source);
}

} // namespace borderlog
