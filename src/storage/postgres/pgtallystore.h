// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"

#include <QCoreApplication>

namespace borderlog::postgres {

class PgConnection;
class PgFilterSql;

// The national register's tallies, read from borderlog.day_tally and month_tally (whole months from the
// monthly rows, the days before and after them from the daily ones: Tally::pieces). The server keeps
// them with every applied entry; they cannot be rebuilt from here.
class PgTallyStore final : public TallyStore
{
    Q_DECLARE_TR_FUNCTIONS(PgTallyStore)

public:
    explicit PgTallyStore(PgConnection &connection)
        : m_connection(connection)
    {}

    Result<QList<TallyRow>> tally(const IncidentFilter &filter, TallyGrouping grouping, TallyContent content) override;
    Result<QList<CrossTallyRow>> crossTally(const IncidentFilter &filter, const TallyDimension &first,
                                            const TallyDimension &second) override;
    Result<QList<std::pair<QDate, qint64>>> dailyCounts(const IncidentFilter &filter) override;
    Result<std::pair<QDate, QDate>> dateSpan() override;
    Result<qint64> rebuild(const ChangeStamp &stamp) override;

private:
    struct Counted
    {
        QStringList keys;
        Outcome outcome = Outcome::Other;
        TallyRow counts;
    };
    // Counts one piece by the dimensions; throws PgError.
    void readPiece(const IncidentFilter &filter, const QList<TallyDimension> &dimensions, const TallyPiece &piece,
                   TallyContent content, const std::function<void(const Counted &)> &visit);

    PgConnection &m_connection;
};

} // namespace borderlog::postgres
