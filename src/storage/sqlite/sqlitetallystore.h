// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"

#include <QCoreApplication>
#include <QMap>

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
    // Adds the tally rows of one period piece, read from the daily or the monthly tallies.
    void addPiece(QMap<QString, TallyRow> &rows, const IncidentFilter &filter, TallyGrouping grouping,
                  const Piece &piece, TallyContent content);
    // The pieces a filter's date range is read in.
    static QList<Piece> piecesOf(const IncidentFilter &filter, TallyGrouping grouping);

    StoreContext &m_context;
};

} // namespace borderlog::sqlite
