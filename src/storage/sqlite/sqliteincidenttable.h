// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"

#include <optional>

namespace borderlog::sqlite {

class StoreContext;
class TallyDelta;

// The rows of one incident (incident and incident_nationality): the row-level reads and writes the
// incident store and the import share.
class IncidentTable
{
public:
    explicit IncidentTable(StoreContext &context)
        : m_context(context)
    {}

    enum class Removed {
        Excluded,
        Included,
        Only
    };
    std::optional<qint64> rowIdOf(const QUuid &id, Removed removed = Removed::Excluded);
    // Whether the incident names no related incident, or one the table holds (removed ones too).
    bool relatedExists(const Incident &incident);
    // With its owner (the user of the entry that created the row: an add's recorder, an import's importer).
    std::optional<Incident> read(qint64 rowId);
    // Inserts the incident unless its incident_id is present; returns whether it was inserted (a location
    // created for it is taken back when not). `createdBy` is the sequence number of the entry that records it.
    bool insert(const Incident &incident, TallyDelta &delta, qint64 createdBy);
    // Overwrites the row in place (it keeps its position, which the digests of imports rely on).
    void overwrite(qint64 rowId, const Incident &before, const Incident &incident, TallyDelta &delta);
    void markRemoved(qint64 rowId, const Incident &before, TallyDelta &delta);
    // Takes a removed row back into the tallies (`incident`: its values, as read).
    void markRestored(qint64 rowId, const Incident &incident, TallyDelta &delta);

private:
    void writeNationalities(qint64 rowId, const Incident &incident);

    StoreContext &m_context;
};

} // namespace borderlog::sqlite
