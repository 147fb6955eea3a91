#include "tallydelta.h"

#include "sqlitedatabase.h"
#include "sqlitestatement.h"

namespace borderlog::sqlite {

void TallyDelta::add(const Incident &incident, qint64 locationId, int sign)
{
    const QString date = incident.date.toString(Qt::ISODate);
    const QString outcome = outcomeCode(incident.outcome);
    Counts &daily = m_daily[{date, locationId, outcome}];
    daily.incidents += sign;
    daily.persons += sign * incident.groupSize();
    for (const auto &line : incident.persons) {
        Counts &n = m_nationality[{date, locationId, line.nationality, outcome}];
        n.incidents += sign;
        n.persons += sign * line.persons;
    }
}

void TallyDelta::applyTo(SqliteDatabase &db) const
{
    SqliteStatement upsertDaily(db, R"sql(
        INSERT INTO daily_tally (date, location_id, outcome, incidents, persons) VALUES (?1, ?2, ?3, ?4, ?5)
        ON CONFLICT (date, location_id, outcome)
        DO UPDATE SET incidents = incidents + excluded.incidents, persons = persons + excluded.persons)sql");
    SqliteStatement pruneDaily(db, R"sql(
        DELETE FROM daily_tally WHERE date = ?1 AND location_id = ?2 AND outcome = ?3 AND incidents = 0)sql");
    for (const auto &[key, counts] : m_daily) {
        if (counts.incidents == 0 && counts.persons == 0) {
            continue;
        }
        const auto &[date, location, outcome] = key;
        upsertDaily.bind(1, date).bind(2, location).bind(3, outcome).bind(4, counts.incidents).bind(5, counts.persons);
        upsertDaily.run();
        if (counts.incidents < 0) {
            pruneDaily.bind(1, date).bind(2, location).bind(3, outcome);
            pruneDaily.run();
        }
    }

    SqliteStatement upsertNationality(db, R"sql(
        INSERT INTO daily_nationality_tally (date, location_id, nationality, outcome, incidents, persons)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        ON CONFLICT (date, location_id, nationality, outcome)
        DO UPDATE SET incidents = incidents + excluded.incidents, persons = persons + excluded.persons)sql");
    SqliteStatement pruneNationality(db, R"sql(
        DELETE FROM daily_nationality_tally
        WHERE date = ?1 AND location_id = ?2 AND nationality = ?3 AND outcome = ?4 AND incidents = 0)sql");
    for (const auto &[key, counts] : m_nationality) {
        if (counts.incidents == 0 && counts.persons == 0) {
            continue;
        }
        const auto &[date, location, nationality, outcome] = key;
        upsertNationality.bind(1, date).bind(2, location).bind(3, nationality).bind(4, outcome);
        upsertNationality.bind(5, counts.incidents).bind(6, counts.persons);
        upsertNationality.run();
        if (counts.incidents < 0) {
            pruneNationality.bind(1, date).bind(2, location).bind(3, nationality).bind(4, outcome);
            pruneNationality.run();
        }
    }
}

} // namespace borderlog::sqlite
