// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "csvwriter.h"
#include "incidentcsv.h"
#include "incidentgenerator.h"
#include "sqliteregister.h"

#include <QFile>

#include <sqlite3.h>

namespace borderlog::test {

TestDatabase::TestDatabase()
    : m_path(m_dir.filePath(QStringLiteral("test.sqlite")))
{
    REQUIRE(m_dir.isValid());
    m_log = reopen();
}

std::unique_ptr<IncidentLog> TestDatabase::reopen() const
{
    auto repository = sqlite::SqliteRegister::open(m_path);
    REQUIRE(repository.ok());
    auto log = std::make_unique<IncidentLog>(std::move(repository).value());
    log->session().setRecorder(QStringLiteral("officer.test"));
    return log;
}

LocationRecord placed(const QString &name, const QString &district, const QString &station)
{
    LocationRecord location;
    location.name = name;
    location.district = district;
    location.station = station;
    return location;
}

Incident draft(const QDate &date, const QString &location, const QString &nationality, int persons, Outcome outcome)
{
    Incident incident;
    incident.date = date;
    incident.time = QTime(3, 15);
    incident.location = location;
    incident.nationalities = {{nationality, persons}};
    incident.outcome = outcome;
    return incident;
}

namespace {

QString queryRows(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK);
    QString rows;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(statement); ++c) {
            rows += QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, c))) + u'|';
        }
        rows += u'\n';
    }
    sqlite3_finalize(statement);
    return rows;
}

struct Connection
{
    explicit Connection(const QString &path) { REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK); }
    ~Connection() { sqlite3_close(db); }
    sqlite3 *db = nullptr;
};

} // namespace

Recount recountDay(const QString &dbPath, const QDate &date)
{
    Connection c(dbPath);
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(
                c.db, "SELECT count(*), coalesce(sum(persons), 0) FROM incident WHERE date = ?1 AND removed = 0", -1,
                &statement, nullptr)
            == SQLITE_OK);
    const QByteArray day = date.toString(Qt::ISODate).toUtf8();
    sqlite3_bind_text(statement, 1, day.constData(), -1, SQLITE_TRANSIENT);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    Recount r{sqlite3_column_int64(statement, 0), sqlite3_column_int64(statement, 1)};
    sqlite3_finalize(statement);
    return r;
}

bool aggregatesMatchRecount(const QString &dbPath, QString *difference)
{
    Connection c(dbPath);
    // The breakdown's sums beside incidents and persons (schema 8); an incident's breakdown is its lines' sum.
    const QString daily =
        queryRows(c.db, "SELECT date, location_id, outcome, incidents, persons, men, women, children, "
                        "unaccompanied FROM daily_tally ORDER BY 1, 2, 3");
    const QString dailyRecount = queryRows(
        c.db, "SELECT date, location_id, outcome, count(*), sum(persons), sum(m), sum(w), sum(c), sum(u) FROM incident "
              "JOIN (SELECT incident_id, sum(men) AS m, sum(women) AS w, sum(children) AS c, sum(unaccompanied) AS u "
              "FROM incident_nationality GROUP BY incident_id) b ON b.incident_id = incident.id "
              "WHERE removed = 0 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3");
    const QString byNationality =
        queryRows(c.db, "SELECT date, location_id, nationality, outcome, incidents, persons, men, women, children, "
                        "unaccompanied FROM daily_nationality_tally ORDER BY 1, 2, 3, 4");
    const QString byNationalityRecount =
        queryRows(c.db, "SELECT i.date, i.location_id, n.nationality, i.outcome, count(*), sum(n.persons), sum(n.men), "
                        "sum(n.women), sum(n.children), sum(n.unaccompanied) "
                        "FROM incident i JOIN incident_nationality n ON n.incident_id = i.id "
                        "WHERE i.removed = 0 GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4");
    const QString monthly = queryRows(c.db, "SELECT month, location_id, outcome, incidents, persons, men, women, "
                                            "children, unaccompanied FROM monthly_tally ORDER BY 1, 2, 3");
    const QString monthlyRecount = queryRows(
        c.db, "SELECT substr(date, 1, 7), location_id, outcome, count(*), sum(persons), sum(m), sum(w), sum(c), sum(u) "
              "FROM incident JOIN (SELECT incident_id, sum(men) AS m, sum(women) AS w, sum(children) AS c, "
              "sum(unaccompanied) AS u FROM incident_nationality GROUP BY incident_id) b "
              "ON b.incident_id = incident.id WHERE removed = 0 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3");
    const QString monthlyNationality =
        queryRows(c.db, "SELECT month, location_id, nationality, outcome, incidents, persons, men, women, children, "
                        "unaccompanied FROM monthly_nationality_tally ORDER BY 1, 2, 3, 4");
    const QString monthlyNationalityRecount =
        queryRows(c.db, "SELECT substr(i.date, 1, 7), i.location_id, n.nationality, i.outcome, count(*), "
                        "sum(n.persons), sum(n.men), sum(n.women), sum(n.children), sum(n.unaccompanied) "
                        "FROM incident i JOIN incident_nationality n ON n.incident_id = i.id "
                        "WHERE i.removed = 0 GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4");
    const QString lineSums =
        queryRows(c.db, "SELECT count(*) FROM incident i WHERE persons <> "
                        "(SELECT sum(persons) FROM incident_nationality WHERE incident_id = i.id)");
    if (difference) {
        *difference = QStringLiteral("daily:\n%1\nrecount:\n%2\nby nationality:\n%3\nrecount:\n%4\nbad sums: %5")
                          .arg(daily, dailyRecount, byNationality, byNationalityRecount, lineSums)
                      + QStringLiteral("\nmonthly:\n%1\nrecount:\n%2").arg(monthly, monthlyRecount);
    }
    return daily == dailyRecount && byNationality == byNationalityRecount && monthly == monthlyRecount
           && monthlyNationality == monthlyNationalityRecount && lineSums == QLatin1String("0|\n");
}

void damagePages(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    for (qint64 offset = size / 3; offset < size - 4096; offset += size / 8) {
        file.seek(offset);
        file.write(QByteArray(1024, '\x5A'));
    }
}

QStringList fieldsOf(const QList<FieldError> &errors)
{
    QStringList fields;
    for (const auto &e : errors) {
        fields << e.field;
    }
    return fields;
}

void execute(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

void downgradeToSchema6(const QString &path)
{
    QByteArray sql = "DROP TABLE sync_link; DROP TRIGGER incident_signed_day_update;";
    // The breakdown's last column first: its check names the other three.
    for (const char *column : {"unaccompanied", "children", "women", "men"}) {
        for (const char *table : {"incident_nationality", "daily_tally", "daily_nationality_tally", "monthly_tally",
                                  "monthly_nationality_tally"}) {
            sql += QByteArray("ALTER TABLE ") + table + " DROP COLUMN " + column + ";";
        }
    }
    for (const char *column :
         {"detection", "direction", "border_sector", "count_estimated", "injured", "dead", "missing", "aid_given",
          "force_type", "refusal_reasons", "facilitators", "facilitator_nationalities", "related_to"}) {
        sql += QByteArray("ALTER TABLE incident DROP COLUMN ") + column + ";";
    }
    sql += "CREATE TRIGGER incident_signed_day_update BEFORE UPDATE OF uuid, date, time, outcome, persons, "
           "force_used, notes, recorded_by, recorded_at, removed, created_by_entry ON incident "
           "WHEN EXISTS (SELECT 1 FROM signed_day WHERE date IN (OLD.date, NEW.date)) "
           "BEGIN SELECT RAISE(ABORT, 'the day is signed off'); END;";
    execute(path, sql.constData());
    const int version = queryText(path, "PRAGMA schema_version").toInt();
    sql = "PRAGMA writable_schema = ON;"
          "UPDATE sqlite_schema SET sql = replace(sql, ', ''admitted_humanitarian'', ''order_to_leave''))', '))') "
          "WHERE type = 'table' AND name = 'incident';"
          "PRAGMA schema_version = "
          + QByteArray::number(version + 1) + ";PRAGMA writable_schema = OFF; PRAGMA user_version = 6;";
    execute(path, sql.constData());
}

void downgradeToSchema3(const QString &path)
{
    downgradeToSchema6(path);
    execute(path, "DROP TRIGGER location_merged_into_update; ALTER TABLE location DROP COLUMN merged_into;"
                  "DROP TRIGGER incident_signed_day_update;"
                  "CREATE TRIGGER incident_signed_day_update BEFORE UPDATE ON incident "
                  "WHEN EXISTS (SELECT 1 FROM signed_day WHERE date IN (OLD.date, NEW.date)) "
                  "BEGIN SELECT RAISE(ABORT, 'the day is signed off'); END;");
    execute(path, "DROP TRIGGER location_station_insert; DROP TRIGGER location_station_update;"
                  "DROP TRIGGER station_in_use_delete; DROP INDEX location_by_station;"
                  "ALTER TABLE location DROP COLUMN station_id; ALTER TABLE location DROP COLUMN code;"
                  "ALTER TABLE location DROP COLUMN latitude; ALTER TABLE location DROP COLUMN longitude;"
                  "ALTER TABLE location DROP COLUMN retired; DROP TABLE station; DROP TABLE district;"
                  "ALTER TABLE account DROP COLUMN last_failed_at; PRAGMA user_version = 3;");
}

QString queryText(const QString &path, const char *sql)
{
    Connection c(path);
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(c.db, sql, -1, &statement, nullptr) == SQLITE_OK);
    QString text;
    if (sqlite3_step(statement) == SQLITE_ROW) {
        text = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    return text;
}

void noLoginDelay(IncidentLog &log)
{
    log.session().setLoginDelay([](std::chrono::milliseconds) {});
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QList<Incident> generatedIncidents(int count, quint64 seed, const QDate &from, const QDate &to)
{
    IncidentGenerator generator({seed, from, to});
    QList<Incident> incidents;
    incidents.reserve(count);
    for (int i = 0; i < count; ++i) {
        incidents << generator.next();
    }
    return incidents;
}

void writeGeneratedCsv(const QString &path, int count, quint64 seed)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    CsvWriter writer(file);
    IncidentCsv::writeHeader(writer);
    for (const Incident &incident : generatedIncidents(count, seed)) {
        IncidentCsv::writeIncident(writer, incident);
    }
    REQUIRE(writer.finish());
}

} // namespace borderlog::test
