#pragma once

#include "incident.h"

#include <map>
#include <tuple>

namespace borderlog::sqlite {

class SqliteDatabase;

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

private:
    void writeDaily(SqliteDatabase &db) const;
    void writeMonthly(SqliteDatabase &db) const;

    struct Counts
    {
        qint64 incidents = 0;
        qint64 persons = 0;
    };
    // Keys use numbers (Julian day, outcome index, the two letters of the code) for speed.
    using DailyKey = std::tuple<qint64, qint64, int>;                // day, location, outcome
    using NationalityKey = std::tuple<qint64, qint64, quint16, int>; // day, location, nationality, outcome
    std::map<DailyKey, Counts> m_daily;
    std::map<NationalityKey, Counts> m_nationality;
};

} // namespace borderlog::sqlite
