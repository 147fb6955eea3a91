// SPDX-License-Identifier: GPL-3.0-or-later
#include "baselines.h"

#include "fixtures.h"
#include "incident.h"
#include "incidentlog.h"
#include "incidentsnapshot.h"
#include "incidenttext.h"
#include "outcome.h"
#include "report.h"
#include "sqliteschema.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>

namespace borderlog::bench::Baselines {

double shellQuery(const QString &db, const QString &sql)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {db});
    shell.write(QStringLiteral(".timer on\n%1\n").arg(sql).toUtf8());
    shell.closeWriteChannel();
    if (!shell.waitForFinished(-1) || shell.exitCode() != 0) {
        die(QStringLiteral("sqlite3 failed: %1").arg(QString::fromUtf8(shell.readAllStandardError())));
    }
    double total = 0;
    for (const QByteArray &line : shell.readAllStandardOutput().split('\n')) {
        if (line.startsWith("Run Time: real ")) {
            total += line.mid(15).split(' ').first().toDouble() * 1000.0;
        }
    }
    return total;
}

double commandTime(const QString &program, const QStringList &arguments, const QString &outputFile)
{
    QProcess process;
    if (!outputFile.isEmpty()) {
        process.setStandardOutputFile(outputFile);
    }
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        die(QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(process.readAllStandardError())));
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

QList<double> bareInserts(const QString &path, int runs)
{
    QFile::remove(path);
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db,
                 "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE bare (uuid, date, time, "
                 "location, nationality, persons, outcome, force_used, notes, recorded_by, recorded_at);",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO bare VALUES (?1, '2024-05-01', '02:10', 'Varėna', 'IQ', 12, 'detained', "
                       "0, '', 'officer.01', '2024-05-01T03:00:00Z')",
                       -1, &insert, nullptr);
    const QList<double> times = timeRuns(runs, [&] {
        const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_bind_text(insert, 1, id.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_step(insert);
        sqlite3_reset(insert);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    });
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return times;
}

namespace {

// `.import` into a temporary table, then incidents (one per incident_id, persons added up), nationality
// lines and the four tally tables by INSERT ... SELECT, the log's indexes built at the end, in one
// transaction. No validation, no audit entry. The indexes are the schema's own.
QString handWrittenImportScript(const QString &csv)
{
    QString drop;
    QString create;
    for (const auto &index : sqlite::SqliteSchema::incidentIndexes()) {
        drop += QStringLiteral("DROP INDEX %1;\n").arg(index.name);
        create += index.sql + QStringLiteral(";\n");
    }
    return QStringLiteral(R"sql(
PRAGMA cache_size = -1048576;
.import --csv --schema temp %1 raw
BEGIN;
INSERT INTO location (name) SELECT DISTINCT location FROM temp.raw;
%2INSERT INTO incident (uuid, date, time, location_id, outcome, persons, force_used, notes, recorded_by,
                      recorded_at, created_by_entry)
    SELECT r.incident_id, r.date, r.time, l.id, r.outcome, sum(r.persons), r.force_used = 'true', r.notes,
           r.recorded_by, r.recorded_at, 1
    FROM temp.raw r JOIN location l ON l.name = r.location GROUP BY r.incident_id ORDER BY min(r.rowid);
INSERT INTO incident_nationality (incident_id, nationality, persons)
    SELECT i.id, r.nationality, r.persons FROM temp.raw r JOIN incident i ON i.uuid = r.incident_id;
INSERT INTO daily_tally SELECT date, location_id, outcome, count(*), sum(persons) FROM incident GROUP BY 1, 2, 3;
INSERT INTO daily_nationality_tally
    SELECT i.date, i.location_id, n.nationality, i.outcome, count(*), sum(n.persons)
    FROM incident_nationality n JOIN incident i ON i.id = n.incident_id GROUP BY 1, 2, 3, 4;
INSERT INTO monthly_tally
    SELECT substr(date, 1, 7), location_id, outcome, sum(incidents), sum(persons) FROM daily_tally GROUP BY 1, 2, 3;
INSERT INTO monthly_nationality_tally
    SELECT substr(date, 1, 7), location_id, nationality, outcome, sum(incidents), sum(persons)
    FROM daily_nationality_tally GROUP BY 1, 2, 3, 4;
%3COMMIT;
)sql")
        .arg(csv, drop, create);
}

} // namespace

QList<double> handWrittenImports(const Fixtures &fixtures, qint64 size, int runs)
{
    const QString script = handWrittenImportScript(fixtures.csvPath(size));
    const QString db = fixtures.scratch(QStringLiteral("hand-written-import.sqlite"));
    QList<double> times;
    for (int i = 0; i < std::max(1, runs); ++i) {
        Fixtures::removeDatabase(db);
        openLog(db); // this program's schema, empty
        QProcess shell;
        QElapsedTimer timer;
        timer.start();
        shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), db});
        shell.write(script.toUtf8());
        shell.closeWriteChannel();
        if (!shell.waitForFinished(-1) || shell.exitCode() != 0) {
            die(QStringLiteral("sqlite3 failed: %1").arg(QString::fromUtf8(shell.readAllStandardError())));
        }
        times << double(timer.nsecsElapsed()) / 1e6;
        if (openLog(db)->reads().count({}).value_or(0) != size) {
            die(QStringLiteral("the hand-written import did not write %1 incidents").arg(size));
        }
    }
    return times;
}

namespace {

// In the order of HandWrittenSave::Statement.
constexpr std::array<const char *, 7> kSaveStatements = {
    "INSERT INTO incident (uuid, date, time, location_id, outcome, persons, force_used, notes, recorded_by, "
    "recorded_at, created_by_entry) VALUES (?1, ?2, ?3, (SELECT id FROM location WHERE name = ?4), ?5, ?6, 0, "
    "?7, 'officer.01', '2024-05-01T03:00:00Z', (SELECT coalesce(max(seq), 0) + 1 FROM audit_entry))",
    "INSERT INTO incident_nationality VALUES (last_insert_rowid(), ?1, ?2)",
    "INSERT INTO daily_tally VALUES (?1, (SELECT id FROM location WHERE name = ?2), ?3, 1, ?4) ON CONFLICT "
    "DO UPDATE SET incidents = incidents + 1, persons = persons + excluded.persons",
    "INSERT INTO daily_nationality_tally VALUES (?1, (SELECT id FROM location WHERE name = ?2), ?5, ?3, 1, ?4) "
    "ON CONFLICT DO UPDATE SET incidents = incidents + 1, persons = persons + excluded.persons",
    "INSERT INTO monthly_tally VALUES (substr(?1, 1, 7), (SELECT id FROM location WHERE name = ?2), ?3, 1, ?4) "
    "ON CONFLICT DO UPDATE SET incidents = incidents + 1, persons = persons + excluded.persons",
    "INSERT INTO monthly_nationality_tally VALUES (substr(?1, 1, 7), (SELECT id FROM location WHERE name = "
    "?2), ?5, ?3, 1, ?4) ON CONFLICT DO UPDATE SET incidents = incidents + 1, persons = persons + "
    "excluded.persons",
    "INSERT INTO audit_entry (seq, at, user, action, incident_id, after, previous_hash, hash) VALUES ("
    "(SELECT coalesce(max(seq), 0) + 1 FROM audit_entry), '2024-05-01T03:00:00.000Z', 'officer.01', 'add', "
    "?1, ?2, (SELECT hash FROM audit_entry ORDER BY seq DESC LIMIT 1), ?3)"};

} // namespace

HandWrittenSave::HandWrittenSave(const QString &path)
{
    static_assert(kSaveStatements.size() == StatementCount);
    sqlite3_open(path.toUtf8().constData(), &m_db);
    sqlite3_exec(m_db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON", nullptr,
                 nullptr, nullptr);
    for (size_t i = 0; i < kSaveStatements.size(); ++i) {
        if (sqlite3_prepare_v2(m_db, kSaveStatements[i], -1, &m_statements[i], nullptr) != SQLITE_OK) {
            die(QString::fromUtf8(sqlite3_errmsg(m_db)));
        }
    }
}

HandWrittenSave::~HandWrittenSave()
{
    for (sqlite3_stmt *statement : m_statements) {
        sqlite3_finalize(statement);
    }
    sqlite3_close(m_db);
}

void HandWrittenSave::save(Incident incident)
{
    incident.id = QUuid::createUuid();
    const QByteArray id = incident.idText().toUtf8();
    const QByteArray date = IncidentText::formatDate(incident.date).toUtf8();
    const QByteArray location = incident.location.toUtf8();
    const QByteArray outcome = outcomeCode(incident.outcome).toUtf8();
    sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    bindText(IncidentRow, 1, id);
    bindText(IncidentRow, 2, date);
    bindText(IncidentRow, 3, IncidentText::formatTime(incident.time).toUtf8());
    bindText(IncidentRow, 4, location);
    bindText(IncidentRow, 5, outcome);
    bindInt(IncidentRow, 6, incident.groupSize());
    bindText(IncidentRow, 7, incident.notes.toUtf8());
    run(IncidentRow);
    for (const Statement tally : {DailyTally, MonthlyTally}) {
        bindTally(tally, date, location, outcome, incident.groupSize());
        run(tally);
    }
    for (const auto &line : incident.nationalities) {
        const QByteArray nationality = line.nationality.toUtf8();
        bindText(NationalityLine, 1, nationality);
        bindInt(NationalityLine, 2, line.persons);
        // The tally tables are WITHOUT ROWID: last_insert_rowid() stays the incident's row.
        for (const Statement tally : {DailyNationalityTally, MonthlyNationalityTally}) {
            bindTally(tally, date, location, outcome, line.persons);
            bindText(tally, 5, nationality);
        }
        run(NationalityLine);
        run(DailyNationalityTally);
        run(MonthlyNationalityTally);
    }
    bindText(AuditEntry, 1, id);
    bindText(AuditEntry, 2, IncidentSnapshot::of(incident));
    static const QByteArray hash(64, 'a');
    bindText(AuditEntry, 3, hash);
    run(AuditEntry);
    sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
}

void HandWrittenSave::bindText(Statement statement, int index, const QByteArray &value)
{
    sqlite3_bind_text(m_statements[statement], index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
}

void HandWrittenSave::bindInt(Statement statement, int index, int value)
{
    sqlite3_bind_int(m_statements[statement], index, value);
}

void HandWrittenSave::bindTally(Statement statement, const QByteArray &date, const QByteArray &location,
                                const QByteArray &outcome, int persons)
{
    bindText(statement, 1, date);
    bindText(statement, 2, location);
    bindText(statement, 3, outcome);
    bindInt(statement, 4, persons);
}

void HandWrittenSave::run(Statement statement)
{
    if (sqlite3_step(m_statements[statement]) != SQLITE_DONE) {
        die(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    sqlite3_reset(m_statements[statement]);
}

} // namespace borderlog::bench::Baselines
