// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"
#include "tally.h"

#include <unordered_map>
#include <utility>
#include <vector>

namespace borderlog {
class TallyRecount;
}

namespace borderlog::sqlite {

class SqliteDatabase;
struct TallyTable;

// Changes to the per-day and per-month tally tables caused by writes in one transaction, added up in
// memory and applied together, so an import touches each tally row once per flush, not once per incident.
class TallyDelta
{
public:
    // sign +1 when the incident is added, -1 when it is removed (an update is both).
    void add(const Incident &incident, qint64 locationId, int sign);
    // Writes the changes (inside the caller's transaction) and starts empty again.
    void flush(SqliteDatabase &db);
    // How many tally rows the pending changes touch; an import flushes when this grows large.
    size_t size() const { return m_daily.size() + m_nationality.size(); }

    // Hands every stored row of the four tally tables to a recount (inside the caller's read transaction).
    static void readStored(SqliteDatabase &db, TallyRecount &recount);
    // Rebuilds the four tally tables from the incidents that are not removed (inside the caller's write
    // transaction); returns how many rows changed, appeared or went.
    static qint64 rebuild(SqliteDatabase &db);
    // A location merged into another: its rows are added to the other's and removed.
    static void moveLocation(SqliteDatabase &db, qint64 from, qint64 into);

private:
    struct Counts
    {
        qint64 incidents = 0;
        qint64 persons = 0;
        GroupBreakdown breakdown;
    };
    // One 64-bit number per tally row: Julian day (22 bits), location id (23 bits), outcome (3 bits)
    // and the nationality's two letters (16 bits, 0 in the daily table). Hashing numbers instead of
    // strings keeps this off an import's profile.
    struct Key
    {
        qint64 day;
        qint64 location;
        int outcome;
        quint16 nationality;
    };
    using Rows = std::unordered_map<quint64, Counts>;
    static quint64 pack(const Key &key);
    static Key unpack(quint64 packed);
    // The rows with a change, in key order.
    static std::vector<std::pair<quint64, Counts>> sorted(const Rows &rows);
    // The same changes keyed by the first day of their month.
    static Rows byMonth(const Rows &rows);
    static void write(SqliteDatabase &db, const TallyTable &table, const Rows &rows);
    Rows m_daily;
    Rows m_nationality;
};

} // namespace borderlog::sqlite
