// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"

#include <QCoreApplication>

namespace borderlog::postgres {

class PgConnection;
class PgParameters;
class PgResult;

// The national register's incidents in the log's order (day, time, id), from borderlog.incident; long reads go
// through a cursor in one snapshot, a few thousand rows at a time.
class PgIncidentQueries final : public IncidentQueries
{
    Q_DECLARE_TR_FUNCTIONS(PgIncidentQueries)

public:
    static constexpr int kFetchSize = 5000;

    PgIncidentQueries(PgConnection &connection, TallyStore &tallies)
        : m_connection(connection)
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
    std::optional<Incident> keyBefore(const IncidentPageRequest &request);
    // Runs the query through a cursor in one snapshot, handing each fetched piece to `visit` until it returns
    // false.
    void throughCursor(const QString &sql, const PgParameters &parameters,
                       const std::function<bool(const PgResult &)> &visit);

    PgConnection &m_connection;
    TallyStore &m_tallies;
};

} // namespace borderlog::postgres
