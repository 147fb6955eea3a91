// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"

#include <QCoreApplication>
#include <QMap>

#include <functional>

namespace borderlog::sqlite {

class StoreContext;

// TallyStore on SQLite: tallies read from the daily and monthly aggregate tables (never by scanning
// incidents); whole months come from the monthly ones.
class SqliteTallyStore final : public TallyStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteTallyStore)

public:
    explicit SqliteTallyStore(StoreContext &context)
        : m_context(context)
    {}

    Result<QList<TallyRow>> tally(const IncidentFilter &filter, TallyGrouping grouping, TallyContent content) override;
    Result<QList<CrossTallyRow>> crossTally(const IncidentFilter &filter, const TallyDimension &first,
                                            const TallyDimension &second) override;
    Result<QList<std::pair<QDate, qint64>>> dailyCounts(const IncidentFilter &filter) override;
    Result<std::pair<QDate, QDate>> dateSpan() override;
    Result<qint64> rebuild(const ChangeStamp &stamp) override;

private:
    // One piece of a period: the days or months from `from` to `to` (ISO text, empty for open).
    struct Piece
    {
        bool monthly = false;
        QString from;
        QString to;
    };
    // One counted row of an aggregate query: its keys (one per dimension), outcome and sums.
    struct Counted
    {
        QStringList keys;
        Outcome outcome = Outcome::Other;
        qint64 incidents = 0;
        qint64 persons = 0;
        GroupBreakdown breakdown;

        void addTo(TallyRow &row) const;
    };
    // The aggregate query of one piece: its SQL, the filter's conditions other than the dates (bound after the
    // piece's bounds), whether it reads the per-nationality tallies, and each dimension's key column (-1 for
    // the outcome, which every query groups by and selects after the keys).
    struct PieceQuery
    {
        QString sql;
        IncidentFilter rest;
        bool byNationality = false;
        QList<int> keyColumns;
        int keys = 0; // the key columns selected
        bool breakdown = false;
    };
    static PieceQuery pieceQuery(const IncidentFilter &filter, const QList<TallyDimension> &dimensions,
                                 const Piece &piece, TallyContent content);
    // Counts one period piece by the dimensions, from the daily or the monthly tallies.
    void readPiece(const IncidentFilter &filter, const QList<TallyDimension> &dimensions, const Piece &piece,
                   TallyContent content, const std::function<void(const Counted &)> &visit);
    // The pieces a filter's date range is read in.
    static QList<Piece> piecesOf(const IncidentFilter &filter, TallyGrouping grouping);

    StoreContext &m_context;
};

} // namespace borderlog::sqlite
