// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentreads.h"

#include "session.h"

namespace borderlog {

Result<std::optional<Incident>> IncidentReads::find(const QUuid &id) const
{
    return m_handle.store().incidents().find(id);
}

Result<QList<Incident>> IncidentReads::page(const IncidentPageRequest &request) const
{
    return m_handle.store().queries().page(request);
}

Result<qint64> IncidentReads::count(const IncidentFilter &filter) const
{
    return m_handle.store().queries().count(filter);
}

Result<qint64> IncidentReads::forEachIncident(const IncidentFilter &filter,
                                              const std::function<bool(const Incident &)> &visit) const
{
    return m_handle.store().queries().forEachIncident(filter, visit);
}

Result<qint64> IncidentReads::forEachIncidentLine(const IncidentFilter &filter,
                                                  const std::function<bool(const IncidentLine &)> &visit) const
{
    return m_handle.store().queries().forEachIncidentLine(filter, visit);
}

Result<QList<std::pair<ForceType, qint64>>> IncidentReads::forceCounts(const IncidentFilter &filter) const
{
    return m_handle.store().queries().forceCounts(filter);
}

Result<QList<std::pair<QDate, qint64>>> IncidentReads::dailyCounts(const IncidentFilter &filter) const
{
    return m_handle.store().tallies().dailyCounts(filter);
}

Result<Tally> IncidentReads::tally(const IncidentFilter &filter, TallyGrouping grouping, TallyContent content) const
{
    auto counted = m_handle.store().tallies().tally(filter, Tally::countedAs(grouping), content);
    if (!counted) {
        return counted.failure();
    }
    QDate from = filter.from;
    QDate to = filter.to;
    if (isPeriod(grouping) && (!from.isValid() || !to.isValid())) {
        auto span = dateSpan();
        if (!span) {
            return span.failure();
        }
        if (!from.isValid()) {
            from = span->first;
        }
        if (!to.isValid()) {
            to = span->second;
        }
    }
    return Tally(grouping, Tally::folded(grouping, *counted), from, to);
}

Result<CrossTally> IncidentReads::crossTally(const IncidentFilter &filter, const TallyDimension &first,
                                             const TallyDimension &second) const
{
    auto counted = m_handle.store().tallies().crossTally(filter, first.countedAs(), second.countedAs());
    if (!counted) {
        return counted.failure();
    }
    return CrossTally(first, second, *counted);
}

Result<std::pair<QDate, QDate>> IncidentReads::dateSpan() const
{
    return m_handle.store().tallies().dateSpan();
}

Result<QStringList> IncidentReads::locations() const
{
    return m_handle.store().locations().names();
}

} // namespace borderlog
