#pragma once

#include "incident.h"

#include <QString>

#include <map>
#include <tuple>

namespace borderlog::sqlite {

class SqliteDatabase;

// Changes to the per-day tally tables caused by writes in one transaction, added up in memory and
// applied at the end, so an import of a million rows touches each tally row once.
class TallyDelta
{
public:
    // sign +1 when the incident is added, -1 when it is removed (an update is both).
    void add(const Incident &incident, qint64 locationId, int sign);
    void applyTo(SqliteDatabase &db) const;

private:
    struct Counts
    {
        qint64 incidents = 0;
        qint64 persons = 0;
    };
    // (date, location_id, outcome)
    std::map<std::tuple<QString, qint64, QString>, Counts> m_daily;
    // (date, location_id, nationality, outcome)
    std::map<std::tuple<QString, qint64, QString, QString>, Counts> m_nationality;
};

} // namespace borderlog::sqlite
