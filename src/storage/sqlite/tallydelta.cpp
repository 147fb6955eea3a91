#include "tallydelta.h"

#include "incidenttext.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"

#include <map>
#include <tuple>

namespace borderlog::sqlite {

namespace {

quint16 packCode(const QString &alpha2)
{
    return quint16((alpha2.at(0).unicode() << 8) | alpha2.at(1).unicode());
}

QString unpackCode(quint16 code)
{
    const QChar letters[2] = {QChar(char16_t(code >> 8)), QChar(char16_t(code & 0xff))};
    return QString(letters, 2);
}

QString dayText(qint64 julianDay)
{
    return IncidentText::formatDate(QDate::fromJulianDay(julianDay));
}

QString monthText(qint64 julianDay)
{
    return QDate::fromJulianDay(julianDay).toString(QStringLiteral("yyyy-MM"));
}

} // namespace

quint64 TallyDelta::pack(const Key &key)
{
    return (quint64(key.day) << 42) | (quint64(key.location) << 19) | (quint64(key.outcome) << 16) | key.nationality;
}

TallyDelta::Key TallyDelta::unpack(quint64 packed)
{
    return {qint64(packed >> 42), qint64((packed >> 19) & ((1u << 23) - 1)), int((packed >> 16) & 7),
            quint16(packed & 0xffff)};
}

void TallyDelta::add(const Incident &incident, qint64 locationId, int sign)
{
    const qint64 day = incident.date.toJulianDay();
    const int outcome = outcomeIndex(incident.outcome);
    Counts &daily = m_daily[pack({day, locationId, outcome, 0})];
    daily.incidents += sign;
    daily.persons += sign * incident.groupSize();
    for (const auto &line : incident.persons) {
        Counts &n = m_nationality[pack({day, locationId, outcome, packCode(line.nationality)})];
        n.incidents += sign;
        n.persons += sign * line.persons;
    }
}

void TallyDelta::flush(SqliteDatabase &db)
{
    writeDaily(db);
    writeMonthly(db);
    m_daily.clear();
    m_nationality.clear();
}

void TallyDelta::writeMonthly(SqliteDatabase &db) const
{
    // The same changes, added up per month.
    std::map<std::tuple<QString, qint64, int>, Counts> monthly;
    for (const auto &[packed, counts] : m_daily) {
        const Key key = unpack(packed);
        Counts &m = monthly[{monthText(key.day), key.location, key.outcome}];
        m.incidents += counts.incidents;
        m.persons += counts.persons;
    }
    std::map<std::tuple<QString, qint64, quint16, int>, Counts> monthlyNationality;
    for (const auto &[packed, counts] : m_nationality) {
        const Key key = unpack(packed);
        Counts &m = monthlyNationality[{monthText(key.day), key.location, key.nationality, key.outcome}];
        m.incidents += counts.incidents;
        m.persons += counts.persons;
    }
    SqliteStatement &upsert = db.cached(R"sql(
        INSERT INTO monthly_tally (month, location_id, outcome, incidents, persons) VALUES (?1, ?2, ?3, ?4, ?5)
        ON CONFLICT (month, location_id, outcome)
        DO UPDATE SET incidents = incidents + excluded.incidents, persons = persons + excluded.persons)sql");
    SqliteStatement &prune = db.cached(R"sql(
        DELETE FROM monthly_tally WHERE month = ?1 AND location_id = ?2 AND outcome = ?3 AND incidents = 0)sql");
    for (const auto &[key, counts] : monthly) {
        if (counts.incidents == 0 && counts.persons == 0) {
            continue;
        }
        const auto &[month, location, outcome] = key;
        const QString code = outcomeCode(kAllOutcomes[size_t(outcome)]);
        upsert.bind(1, month).bind(2, location).bind(3, code).bind(4, counts.incidents).bind(5, counts.persons);
        upsert.run();
        if (counts.incidents < 0) {
            prune.bind(1, month).bind(2, location).bind(3, code);
            prune.run();
        }
    }
    SqliteStatement &upsertNationality = db.cached(R"sql(
        INSERT INTO monthly_nationality_tally (month, location_id, nationality, outcome, incidents, persons)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        ON CONFLICT (month, location_id, nationality, outcome)
        DO UPDATE SET incidents = incidents + excluded.incidents, persons = persons + excluded.persons)sql");
    SqliteStatement &pruneNationality = db.cached(R"sql(
        DELETE FROM monthly_nationality_tally
        WHERE month = ?1 AND location_id = ?2 AND nationality = ?3 AND outcome = ?4 AND incidents = 0)sql");
    for (const auto &[key, counts] : monthlyNationality) {
        if (counts.incidents == 0 && counts.persons == 0) {
            continue;
        }
        const auto &[month, location, nationality, outcome] = key;
        const QString code = outcomeCode(kAllOutcomes[size_t(outcome)]);
        const QString alpha2 = unpackCode(nationality);
        upsertNationality.bind(1, month).bind(2, location).bind(3, alpha2).bind(4, code);
        upsertNationality.bind(5, counts.incidents).bind(6, counts.persons);
        upsertNationality.run();
        if (counts.incidents < 0) {
            pruneNationality.bind(1, month).bind(2, location).bind(3, alpha2).bind(4, code);
            pruneNationality.run();
        }
    }
}

void TallyDelta::writeDaily(SqliteDatabase &db) const
{
    SqliteStatement &upsertDaily = db.cached(R"sql(
        INSERT INTO daily_tally (date, location_id, outcome, incidents, persons) VALUES (?1, ?2, ?3, ?4, ?5)
        ON CONFLICT (date, location_id, outcome)
        DO UPDATE SET incidents = incidents + excluded.incidents, persons = persons + excluded.persons)sql");
    SqliteStatement &pruneDaily = db.cached(R"sql(
        DELETE FROM daily_tally WHERE date = ?1 AND location_id = ?2 AND outcome = ?3 AND incidents = 0)sql");
    for (const auto &[packed, counts] : m_daily) {
        if (counts.incidents == 0 && counts.persons == 0) {
            continue;
        }
        const Key key = unpack(packed);
        const qint64 location = key.location;
        const QString date = dayText(key.day);
        const QString code = outcomeCode(kAllOutcomes[size_t(key.outcome)]);
        upsertDaily.bind(1, date).bind(2, location).bind(3, code).bind(4, counts.incidents).bind(5, counts.persons);
        upsertDaily.run();
        if (counts.incidents < 0) {
            pruneDaily.bind(1, date).bind(2, location).bind(3, code);
            pruneDaily.run();
        }
    }

    SqliteStatement &upsertNationality = db.cached(R"sql(
        INSERT INTO daily_nationality_tally (date, location_id, nationality, outcome, incidents, persons)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        ON CONFLICT (date, location_id, nationality, outcome)
        DO UPDATE SET incidents = incidents + excluded.incidents, persons = persons + excluded.persons)sql");
    SqliteStatement &pruneNationality = db.cached(R"sql(
        DELETE FROM daily_nationality_tally
        WHERE date = ?1 AND location_id = ?2 AND nationality = ?3 AND outcome = ?4 AND incidents = 0)sql");
    for (const auto &[packed, counts] : m_nationality) {
        if (counts.incidents == 0 && counts.persons == 0) {
            continue;
        }
        const Key key = unpack(packed);
        const qint64 location = key.location;
        const QString date = dayText(key.day);
        const QString code = outcomeCode(kAllOutcomes[size_t(key.outcome)]);
        const QString alpha2 = unpackCode(key.nationality);
        upsertNationality.bind(1, date).bind(2, location).bind(3, alpha2).bind(4, code);
        upsertNationality.bind(5, counts.incidents).bind(6, counts.persons);
        upsertNationality.run();
        if (counts.incidents < 0) {
            pruneNationality.bind(1, date).bind(2, location).bind(3, alpha2).bind(4, code);
            pruneNationality.run();
        }
    }
}

} // namespace borderlog::sqlite
