// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"

#include <QCoreApplication>

namespace borderlog::sqlite {

class StoreContext;

// IncidentQueries on SQLite: keyset pages over the date index, and whole-range reads from one snapshot.
class SqliteIncidentQueries final : public IncidentQueries
{
    Q_DECLARE_TR_FUNCTIONS(SqliteIncidentQueries)

public:
    // Counts come from the tallies.
    SqliteIncidentQueries(StoreContext &context, TallyStore &tallies)
        : m_context(context)
        , m_tallies(tallies)
    {}

    Result<QList<Incident>> page(const IncidentPageRequest &request) override;
    Result<qint64> count(const IncidentFilter &filter) override;
    Result<qint64> forEachIncident(const IncidentFilter &filter,
                                   const std::function<bool(const Incident &)> &visit) override;
    Result<qint64> forEachIncidentLine(const IncidentFilter &filter,
                                       const std::function<bool(const IncidentLine &)> &visit) override;
    Result<QList<std::pair<ForceType, qint64>>> forceCounts(const IncidentFilter &filter) override;

private:
    QList<Incident> readPage(const IncidentPageRequest &request);
    // The incident just before position skipInDay of the request's day, in the request's order.
    std::optional<Incident> keyBefore(const IncidentPageRequest &request);

    StoreContext &m_context;
    TallyStore &m_tallies;
};

} // namespace borderlog::sqlite
