// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"

#include <QCoreApplication>

namespace borderlog {

class RegisterEvents;
class RegisterHandle;
class Session;

// Recording, amending, removing and importing incidents: every write validated (IncidentRules) and
// authorized (AccessRules) here, whoever asks (form, command line, import), then handed to the store as one
// transaction that writes its audit entry, logged, and announced (RegisterEvents).
class IncidentCommands
{
    Q_DECLARE_TR_FUNCTIONS(IncidentCommands)

public:
    IncidentCommands(RegisterHandle &handle, Session &session, RegisterEvents &events);

    Result<Incident> record(Incident draft);
    // A supervisor's change to another person's incident needs a reason; removing and restoring always do.
    // `expected`, when given, holds the values the caller last saw stored (Edit > Undo and Redo): when the
    // stored incident no longer has them, someone changed it since, and the change is refused unwritten
    // rather than overwrite theirs.
    Result<Incident> amend(const Incident &incident, const QString &reason = {},
                           const std::optional<Incident> &expected = {});
    Result<void> remove(const QUuid &id, const QString &reason, const std::optional<Incident> &expected = {});
    // Takes a removed incident back into lists and tallies with the values it was removed with; whoever may
    // remove it may restore it (AccessRules::mayRestoreIncident). Returns the incident as restored.
    Result<Incident> restore(const QUuid &id, const QString &reason, const std::optional<Incident> &expected = {});
    // Imports every incident of the source, all or nothing; incidents already present are skipped.
    // `progress`, when given, is told how far the import has come and may stop it.
    Result<ImportSummary> import(IncidentSource &source, const ImportProgress &progress = {});
    Result<ImportSummary> import(const QList<Incident> &incidents);

private:
    // Completes a new incident: its incident_id, recorded_by (`recorder`) and recorded_at (`now`) when missing.
    static Incident completed(Incident incident, const QString &recorder, const QDateTime &now);
    Result<bool> isSigned(const QDate &date) const;
    // The stored incident, or a failure naming its id.
    Result<Incident> stored(const QUuid &id) const;
    // The stored removed incident, or a failure naming its id.
    Result<Incident> storedRemoved(const QUuid &id) const;
    // Refused when `expected` is given and the stored incident differs from it.
    static Result<void> unchangedSince(const Incident &stored, const std::optional<Incident> &expected);
    // The register's spelling of a location (LocationNames); with accounts, an unknown one is refused.
    // *isNew tells whether the register has no such location yet (it is added with the incident).
    Result<QString> knownLocation(const Actor &actor, const QString &location, bool *isNew) const;
    // Checks the incident against the rules and files it under the register's spelling of its location.
    Result<Incident> checked(const Actor &actor, Incident incident, bool *newLocation) const;
    // Refused without a reason on a register where every change needs one (RegisterStore::changesNeedReason).
    Result<void> reasonWhereNeeded(const QString &reason) const;

    RegisterHandle &m_handle;
    Session &m_session;
    RegisterEvents &m_events;
};

} // namespace borderlog
