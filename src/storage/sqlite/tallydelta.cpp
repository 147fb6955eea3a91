// SPDX-License-Identifier: GPL-3.0-or-later
#include "tallydelta.h"

#include "incidenttext.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"
#include "tallyrecount.h"

#include <algorithm>
#include <array>

namespace borderlog::sqlite {

namespace {

quint16 packCode(const QString &alpha2)
{
    return quint16((alpha2.at(0).unicode() << 8) | alpha2.at(1).unicode());
}

} // namespace

// Three bits hold an outcome's index: a ninth outcome needs a wider key.
static_assert(kAllOutcomes.size() <= 8, "the packed tally key holds 8 outcomes");

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
    daily.persons += qint64(sign) * incident.groupSize();
    for (const auto &line : incident.nationalities) {
        Counts &n = m_nationality[pack({day, locationId, outcome, packCode(line.nationality)})];
        n.incidents += sign;
        n.persons += qint64(sign) * line.persons;
        if (line.hasBreakdown()) {
            n.breakdown += GroupBreakdown::of(line, sign);
            daily.breakdown += GroupBreakdown::of(line, sign);
        }
    }
}

// One of the four tally tables, which share one shape; names are the program's own constants.
struct TallyTable
{
    const char *name;
    const char *period; // the key's first column: a date or a month
    bool byNationality;
};

namespace {

constexpr std::array<TallyTable, 4> kTallyTables{{
    {"daily_tally", "date", false},
    {"daily_nationality_tally", "date", true},
    {"monthly_tally", "month", false},
    {"monthly_nationality_tally", "month", true},
}};
constexpr const TallyTable &kDailyTable = kTallyTables[0];
constexpr const TallyTable &kDailyNationalityTable = kTallyTables[1];
constexpr const TallyTable &kMonthlyTable = kTallyTables[2];
constexpr const TallyTable &kMonthlyNationalityTable = kTallyTables[3];

// The statements that add to a row (creating it) and remove a row that fell to zero.
struct TallyStatements
{
    QByteArray upsert;
    QByteArray prune;
};

QString nationalityColumn(const TallyTable &table)
{
    return table.byNationality ? QStringLiteral("nationality, ") : QString();
}

// The table's key: period, location, nationality (in the nationality tables) and outcome.
QString keyColumnsOf(const TallyTable &table)
{
    return QStringLiteral("%1, location_id, %2outcome").arg(QLatin1String(table.period), nationalityColumn(table));
}

// The counted columns of every tally table.
constexpr auto kCountColumns = "incidents, persons, men, women, children, unaccompanied";

// How an insert of an existing key adds to the row (%2: the key's columns).
constexpr auto kAddToRow = "ON CONFLICT (%2) DO UPDATE SET incidents = incidents + excluded.incidents, "
                           "persons = persons + excluded.persons, men = men + excluded.men, "
                           "women = women + excluded.women, children = children + excluded.children, "
                           "unaccompanied = unaccompanied + excluded.unaccompanied";

TallyStatements statementsFor(const TallyTable &table)
{
    const QString keyColumns = keyColumnsOf(table);
    const QString values = table.byNationality ? QStringLiteral("?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10")
                                               : QStringLiteral("?1, ?2, ?4, ?5, ?6, ?7, ?8, ?9, ?10");
    const QString key = table.byNationality ? QStringLiteral("?1, ?2, ?3, ?4") : QStringLiteral("?1, ?2, ?4");
    return {(QStringLiteral("INSERT INTO %1 (%2, %4) VALUES (%3) ") + QLatin1String(kAddToRow))
                .arg(QLatin1String(table.name), keyColumns, values, QLatin1String(kCountColumns))
                .toUtf8(),
            QStringLiteral("DELETE FROM %1 WHERE (%2) = (%3) AND incidents = 0")
                .arg(QLatin1String(table.name), keyColumns, key)
                .toUtf8()};
}

// Adds the rows of location ?1 to those of location ?2 (the key's other columns alike).
QByteArray moveStatement(const TallyTable &table)
{
    return (QStringLiteral("INSERT INTO %1 (%2, %5) SELECT %3, ?2, %4outcome, %5 "
                           "FROM %1 WHERE location_id = ?1 ORDER BY %3, %4outcome ")
            + QLatin1String(kAddToRow))
        .arg(QLatin1String(table.name), keyColumnsOf(table), QLatin1String(table.period), nationalityColumn(table),
             QLatin1String(kCountColumns))
        .toUtf8();
}

const TallyStatements &statements(const TallyTable &table)
{
    static const std::array<TallyStatements, kTallyTables.size()> all = [] {
        std::array<TallyStatements, kTallyTables.size()> built;
        for (size_t i = 0; i < kTallyTables.size(); ++i) {
            built[i] = statementsFor(kTallyTables[i]);
        }
        return built;
    }();
    return all[size_t(&table - kTallyTables.data())];
}

const std::array<QByteArray, kAllOutcomes.size()> &outcomeCodes()
{
    static const std::array<QByteArray, kAllOutcomes.size()> codes = [] {
        std::array<QByteArray, kAllOutcomes.size()> utf8;
        for (size_t i = 0; i < kAllOutcomes.size(); ++i) {
            utf8[i] = outcomeCode(kAllOutcomes[i]).toUtf8();
        }
        return utf8;
    }();
    return codes;
}

} // namespace

std::vector<std::pair<quint64, TallyDelta::Counts>> TallyDelta::sorted(const Rows &rows)
{
    std::vector<std::pair<quint64, Counts>> list;
    list.reserve(rows.size());
    for (const auto &row : rows) {
        if (row.second.incidents != 0 || row.second.persons != 0 || row.second.breakdown != GroupBreakdown{}) {
            list.emplace_back(row);
        }
    }
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return list;
}

TallyDelta::Rows TallyDelta::byMonth(const Rows &rows)
{
    Rows months;
    for (const auto &[packed, counts] : rows) {
        Key key = unpack(packed);
        const QDate day = QDate::fromJulianDay(key.day);
        key.day = QDate(day.year(), day.month(), 1).toJulianDay();
        Counts &month = months[pack(key)];
        month.incidents += counts.incidents;
        month.persons += counts.persons;
        month.breakdown += counts.breakdown;
    }
    return months;
}

// Rows are written in key order (period first), so a period's text is made once, and the B-tree is
// walked forward instead of at random.
void TallyDelta::write(SqliteDatabase &db, const TallyTable &table, const Rows &rows)
{
    const TallyStatements &sql = statements(table);
    SqliteStatement &upsert = db.cached(sql.upsert.constData());
    SqliteStatement &prune = db.cached(sql.prune.constData());
    const bool byMonth = QByteArrayView(table.period) == "month";
    qint64 periodDay = -1;
    QByteArray period;
    for (const auto &[packed, counts] : sorted(rows)) {
        const Key key = unpack(packed);
        if (key.day != periodDay) {
            periodDay = key.day;
            period = IncidentText::formatDate(QDate::fromJulianDay(key.day)).toUtf8();
            if (byMonth) {
                period.truncate(7);
            }
        }
        const char nationality[2] = {char(key.nationality >> 8), char(key.nationality & 0xff)};
        const auto bindKey = [&](SqliteStatement &statement) -> SqliteStatement & {
            statement.bindUtf8(1, period).bind(2, key.location).bindUtf8(4, outcomeCodes()[size_t(key.outcome)]);
            if (table.byNationality) {
                statement.bindUtf8(3, QByteArrayView(nationality, 2));
            }
            return statement;
        };
        bindKey(upsert)
            .bind(5, counts.incidents)
            .bind(6, counts.persons)
            .bind(7, counts.breakdown.men)
            .bind(8, counts.breakdown.women)
            .bind(9, counts.breakdown.children)
            .bind(10, counts.breakdown.unaccompanied)
            .run();
        if (counts.incidents < 0) {
            bindKey(prune).run();
        }
    }
}

void TallyDelta::readStored(SqliteDatabase &db, TallyRecount &recount)
{
    constexpr std::array tables{TallyRecount::Table::Daily, TallyRecount::Table::DailyNationality,
                                TallyRecount::Table::Monthly, TallyRecount::Table::MonthlyNationality};
    for (size_t i = 0; i < kTallyTables.size(); ++i) {
        const TallyTable &table = kTallyTables[i];
        const QByteArray sql = QStringLiteral("SELECT t.%1, coalesce(l.name, ''), %2, t.outcome, t.incidents, "
                                              "t.persons, t.men, t.women, t.children, t.unaccompanied "
                                              "FROM %3 t LEFT JOIN location l ON l.id = t.location_id")
                                   .arg(QLatin1String(table.period),
                                        table.byNationality ? QStringLiteral("t.nationality") : QStringLiteral("''"),
                                        QLatin1String(table.name))
                                   .toUtf8();
        SqliteStatement rows(db, sql.constData());
        while (rows.step()) {
            recount.addStoredRow(tables[i], rows.text(0), rows.text(1), rows.text(2), rows.text(3), rows.integer(4),
                                 rows.integer(5),
                                 GroupBreakdown{rows.integer(6), rows.integer(7), rows.integer(8), rows.integer(9)});
        }
    }
}

qint64 TallyDelta::rebuild(SqliteDatabase &db)
{
    // Persons are the sum of the nationality lines, as everywhere the program counts them.
    struct Rebuilt
    {
        const char *table;
        const char *key;
        const char *insert;
    };
    constexpr std::array<Rebuilt, 4> kRebuilt{{
        {"daily_tally", "date, location_id, outcome",
         "INSERT INTO daily_tally (date, location_id, outcome, incidents, persons, men, women, children, "
         "unaccompanied) SELECT i.date, i.location_id, i.outcome, count(*), sum(coalesce(s.persons, 0)), "
         "sum(coalesce(s.men, 0)), sum(coalesce(s.women, 0)), sum(coalesce(s.children, 0)), "
         "sum(coalesce(s.unaccompanied, 0)) FROM incident i "
         "LEFT JOIN (SELECT incident_id, sum(persons) AS persons, sum(men) AS men, sum(women) AS women, "
         "sum(children) AS children, sum(unaccompanied) AS unaccompanied FROM incident_nationality "
         "GROUP BY incident_id) s ON s.incident_id = i.id WHERE i.removed = 0 GROUP BY 1, 2, 3"},
        {"daily_nationality_tally", "date, location_id, nationality, outcome",
         "INSERT INTO daily_nationality_tally (date, location_id, nationality, outcome, incidents, persons, men, "
         "women, children, unaccompanied) SELECT i.date, i.location_id, n.nationality, i.outcome, count(*), "
         "sum(n.persons), sum(n.men), sum(n.women), sum(n.children), sum(n.unaccompanied) FROM incident i "
         "JOIN incident_nationality n ON n.incident_id = i.id WHERE i.removed = 0 GROUP BY 1, 2, 3, 4"},
        {"monthly_tally", "month, location_id, outcome",
         "INSERT INTO monthly_tally (month, location_id, outcome, incidents, persons, men, women, children, "
         "unaccompanied) SELECT substr(date, 1, 7), location_id, outcome, sum(incidents), sum(persons), sum(men), "
         "sum(women), sum(children), sum(unaccompanied) FROM daily_tally GROUP BY 1, 2, 3"},
        {"monthly_nationality_tally", "month, location_id, nationality, outcome",
         "INSERT INTO monthly_nationality_tally (month, location_id, nationality, outcome, incidents, persons, men, "
         "women, children, unaccompanied) SELECT substr(date, 1, 7), location_id, nationality, outcome, "
         "sum(incidents), sum(persons), sum(men), sum(women), sum(children), sum(unaccompanied) "
         "FROM daily_nationality_tally GROUP BY 1, 2, 3, 4"},
    }};
    qint64 changed = 0;
    for (const auto &[name, key, insert] : kRebuilt) {
        const QString table = QString::fromLatin1(name);
        db.execute(QStringLiteral("CREATE TEMP TABLE stored_tally AS SELECT * FROM %1; DELETE FROM %1;")
                       .arg(table)
                       .toUtf8()
                       .constData());
        db.execute(insert);
        // A row counts once whether it changed, appeared or went: the keys of the rows on either side only.
        changed += db.queryInt(QStringLiteral("SELECT count(*) FROM (SELECT %2 FROM (SELECT * FROM stored_tally "
                                              "EXCEPT SELECT * FROM %1) UNION SELECT %2 FROM (SELECT * FROM %1 "
                                              "EXCEPT SELECT * FROM stored_tally))")
                                   .arg(table, QLatin1String(key))
                                   .toUtf8()
                                   .constData());
        db.execute("DROP TABLE temp.stored_tally");
    }
    return changed;
}

void TallyDelta::flush(SqliteDatabase &db)
{
    write(db, kDailyTable, m_daily);
    write(db, kDailyNationalityTable, m_nationality);
    write(db, kMonthlyTable, byMonth(m_daily));
    write(db, kMonthlyNationalityTable, byMonth(m_nationality));
    m_daily.clear();
    m_nationality.clear();
}

void TallyDelta::moveLocation(SqliteDatabase &db, qint64 from, qint64 into)
{
    for (const TallyTable &table : kTallyTables) {
        SqliteStatement move(db, moveStatement(table).constData());
        move.bind(1, from).bind(2, into).run();
        SqliteStatement drop(db, QStringLiteral("DELETE FROM %1 WHERE location_id = ?1")
                                     .arg(QLatin1String(table.name))
                                     .toUtf8()
                                     .constData());
        drop.bind(1, from).run();
    }
}

} // namespace borderlog::sqlite
