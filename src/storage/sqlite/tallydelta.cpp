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

namespace {

// A change to one row of a tally table: (period, location, nationality or "", outcome code) -> counts.
struct RowChange
{
    qint64 incidents = 0;
    qint64 persons = 0;
};
using RowChanges = std::map<std::tuple<QString, qint64, QString, QString>, RowChange>;

// Adds the changes to a tally table's rows and removes rows that fall to zero. The four tally tables
// share one shape; table and column names are the program's own constants.
void writeRows(SqliteDatabase &db, const char *table, const char *period, bool byNationality, const RowChanges &rows)
{
    const QString nationalityColumn = byNationality ? QStringLiteral("nationality, ") : QString();
    const QString keyColumns =
        QStringLiteral("%1, location_id, %2outcome").arg(QLatin1String(period), nationalityColumn);
    const QString upsertSql =
        QStringLiteral("INSERT INTO %1 (%2, incidents, persons) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                       "ON CONFLICT (%2) DO UPDATE SET incidents = incidents + excluded.incidents, "
                       "persons = persons + excluded.persons")
            .arg(QLatin1String(table), keyColumns);
    const QString pruneSql = QStringLiteral("DELETE FROM %1 WHERE (%2) = (?1, ?2, ?3, ?4) AND incidents = 0")
                                 .arg(QLatin1String(table), keyColumns);
    // Without a nationality column the statements take one parameter less: drop ?3 and renumber.
    const auto shaped = [byNationality](QString sql) {
        if (!byNationality) {
            sql.replace(QStringLiteral("?1, ?2, ?3, ?4, ?5, ?6"), QStringLiteral("?1, ?2, ?4, ?5, ?6"));
            sql.replace(QStringLiteral("(?1, ?2, ?3, ?4)"), QStringLiteral("(?1, ?2, ?4)"));
        }
        return sql.toUtf8();
    };
    SqliteStatement &upsert = db.cached(shaped(upsertSql).constData());
    SqliteStatement &prune = db.cached(shaped(pruneSql).constData());
    for (const auto &[key, change] : rows) {
        if (change.incidents == 0 && change.persons == 0) {
            continue;
        }
        // std::get, not a structured binding: clang 14 cannot capture those in a lambda.
        const auto bindKey = [&key = key, byNationality](SqliteStatement &statement) -> SqliteStatement & {
            statement.bind(1, std::get<0>(key)).bind(2, std::get<1>(key)).bind(4, std::get<3>(key));
            if (byNationality) {
                statement.bind(3, std::get<2>(key));
            }
            return statement;
        };
        bindKey(upsert).bind(5, change.incidents).bind(6, change.persons).run();
        if (change.incidents < 0) {
            bindKey(prune).run();
        }
    }
}

} // namespace

void TallyDelta::flush(SqliteDatabase &db)
{
    RowChanges daily, monthly, dailyNationality, monthlyNationality;
    const auto collect = [](RowChanges &rows, const QString &period, const Key &key, const QString &nationality,
                            const Counts &counts) {
        RowChange &row = rows[{period, key.location, nationality, outcomeCode(kAllOutcomes[size_t(key.outcome)])}];
        row.incidents += counts.incidents;
        row.persons += counts.persons;
    };
    for (const auto &[packed, counts] : m_daily) {
        const Key key = unpack(packed);
        collect(daily, dayText(key.day), key, QString(), counts);
        collect(monthly, monthText(key.day), key, QString(), counts);
    }
    for (const auto &[packed, counts] : m_nationality) {
        const Key key = unpack(packed);
        const QString alpha2 = unpackCode(key.nationality);
        collect(dailyNationality, dayText(key.day), key, alpha2, counts);
        collect(monthlyNationality, monthText(key.day), key, alpha2, counts);
    }
    writeRows(db, "daily_tally", "date", false, daily);
    writeRows(db, "daily_nationality_tally", "date", true, dailyNationality);
    writeRows(db, "monthly_tally", "month", false, monthly);
    writeRows(db, "monthly_nationality_tally", "month", true, monthlyNationality);
    m_daily.clear();
    m_nationality.clear();
}

} // namespace borderlog::sqlite
