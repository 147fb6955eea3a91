// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"

namespace borderlog {

class RegisterHandle;

// What the register holds, for lists, exports, tallies and charts. Every role sees every incident, so reads
// need no authorization; each is one consistent read of the store.
class IncidentReads
{
public:
    explicit IncidentReads(RegisterHandle &handle)
        : m_handle(handle)
    {}

    Result<std::optional<Incident>> find(const QUuid &id) const;
    Result<QList<Incident>> page(const IncidentPageRequest &request) const;
    Result<qint64> count(const IncidentFilter &filter) const;
    Result<qint64> forEachIncident(const IncidentFilter &filter,
                                   const std::function<bool(const Incident &)> &visit) const;
    Result<qint64> forEachIncidentLine(const IncidentFilter &filter,
                                       const std::function<bool(const IncidentLine &)> &visit) const;
    Result<QList<std::pair<QDate, qint64>>> dailyCounts(const IncidentFilter &filter) const;
    Result<QList<std::pair<ForceType, qint64>>> forceCounts(const IncidentFilter &filter) const;
    // A continuous tally: with no dates in the filter, periods run from the first to the last incident.
    Result<Tally> tally(const IncidentFilter &filter, TallyGrouping grouping,
                        TallyContent content = TallyContent::Counts) const;
    // A cross-tab of two dimensions (district and outcome, station and month, ...) from the aggregates.
    Result<CrossTally> crossTally(const IncidentFilter &filter, const TallyDimension &first,
                                  const TallyDimension &second) const;
    Result<std::pair<QDate, QDate>> dateSpan() const;
    Result<QStringList> locations() const;

private:
    RegisterHandle &m_handle;
};

} // namespace borderlog
