#include "sqliteincidentrepository.h"

#include "accountname.h"
#include "auditverifier.h"
#include "cryptography.h"
#include "databasefile.h"
#include "displaytext.h"
#include "incidentsnapshot.h"
#include "incidenttext.h"
#include "locationnames.h"
#include "readaheadsource.h"
#include "sqliteaudittrail.h"
#include "sqlitebackup.h"
#include "sqlitedatabase.h"
#include "sqliteerror.h"
#include "sqliterestore.h"
#include "sqliteschema.h"
#include "sqlitestatement.h"
#include "sqlitetransaction.h"
#include "tallydelta.h"
#include "tallyrecount.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <sqlite3.h>
#include <sys/statvfs.h>

#include <chrono>
#include <string>
#include <thread>

namespace borderlog::sqlite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SqliteIncidentRepository", text);
}

constexpr int kBusyTimeoutMs = 10000;
constexpr size_t kTallyRowsPerFlush = 1000000;
// An import tells how far it has come once per this many incidents (about fifty times a second).
constexpr qint64 kIncidentsPerProgress = 1024;
// 64 MiB of page cache for everyday work; 1 GiB while an import runs (negative sizes are KiB).
constexpr auto kPageCacheSize = "PRAGMA cache_size = -65536";
constexpr auto kImportCacheSize = "PRAGMA cache_size = -1048576";

// A connection setting changed for the length of one operation, then set back to the everyday value.
class ScopedPragma
{
public:
    ScopedPragma(SqliteDatabase &db, const char *during, const char *after)
        : m_db(db)
        , m_after(after)
    {
        sqlite3_exec(m_db.handle(), during, nullptr, nullptr, nullptr);
    }
    ~ScopedPragma() { sqlite3_exec(m_db.handle(), m_after, nullptr, nullptr, nullptr); }
    ScopedPragma(const ScopedPragma &) = delete;
    ScopedPragma &operator=(const ScopedPragma &) = delete;

private:
    SqliteDatabase &m_db;
    const char *m_after;
};

// Reads of the whole database (exports, audit verification) map the file into memory while they run: the
// pages are read in place instead of being copied through read() calls, which is a third of an export's
// time. Only for these reads: an I/O error on a mapped page cannot be reported as an error, and the
// everyday reads and all writes stay on ordinary file I/O. SQLite keeps the size within its compiled-in
// limit (2 GiB in Debian's build).
ScopedPragma memoryMappedReads(SqliteDatabase &db)
{
    return {db, "PRAGMA mmap_size = 2147418112", "PRAGMA mmap_size = 0"};
}

// 1 GiB of page cache for the length of an import, then back to the everyday size.
ScopedPragma largePageCache(SqliteDatabase &db)
{
    return {db, kImportCacheSize, kPageCacheSize};
}

// A large import into a table it outgrows builds the incident table's secondary indexes once at its end
// (CREATE INDEX sorts) instead of inserting every row into them in random order (an eighth of a
// million-row import's time, measured). Dropped and created inside the import's transaction: a failed
// import rolls back to the indexes as they were, and other connections never see the table without
// them. The unique incident_id index stays throughout (it finds repeated ids). Index definitions are
// read from the schema, so a later migration's indexes are kept as they are.
class DeferredIndexes
{
public:
    // Rows added after which the indexes are rebuilt rather than kept up to date: at least as many as
    // the table held before, so the rebuild sorts at most twice what the import inserts.
    static constexpr qint64 kMinimumRows = 50000;

    DeferredIndexes(SqliteDatabase &db, qint64 rowsBefore)
        : m_db(db)
        , m_threshold(std::max(kMinimumRows, rowsBefore))
    {}

    // Called as rows are added; drops the indexes once the import has grown past the threshold.
    void rowsAdded(qint64 added)
    {
        if (m_dropped || added < m_threshold) {
            return;
        }
        SqliteStatement indexes(m_db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                                      "tbl_name = 'incident' AND sql IS NOT NULL ORDER BY name");
        while (indexes.step()) {
            m_definitions << qMakePair(indexes.text(0), indexes.text(1));
        }
        for (const auto &definition : std::as_const(m_definitions)) {
            m_db.execute(QStringLiteral("DROP INDEX \"%1\"").arg(definition.first).toUtf8().constData());
        }
        m_dropped = true;
    }

    // Before the commit.
    void rebuild()
    {
        for (const auto &definition : std::as_const(m_definitions)) {
            m_db.execute(definition.second.toUtf8().constData());
        }
        m_definitions.clear();
        m_dropped = false;
    }

private:
    SqliteDatabase &m_db;
    qint64 m_threshold;
    bool m_dropped = false;
    QList<QPair<QString, QString>> m_definitions; // name, CREATE INDEX statement
};

// The values an audit entry keeps, as compact JSON.
QByteArray compactJson(const QJsonObject &values)
{
    return QJsonDocument(values).toJson(QJsonDocument::Compact);
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// Pages are ordered by date, time and incident_id (unique), the columns of the index incident_by_date.
const QStringList &orderColumns()
{
    static const QStringList columns{QStringLiteral("i.date"), QStringLiteral("i.time"), QStringLiteral("i.uuid")};
    return columns;
}

// The keyset values of an incident, matching orderColumns().
void bindKey(SqliteStatement &statement, int &index, const Incident &incident)
{
    statement.bind(index++, IncidentText::formatDate(incident.date));
    statement.bind(index++, IncidentText::formatTime(incident.time));
    statement.bind(index++, uuidText(incident.id));
}

// WHERE conditions over the incident table (alias i) for a filter; parameters bound by bindFilter.
QStringList incidentConditions(const IncidentFilter &filter)
{
    QStringList conditions{QStringLiteral("i.removed = 0")};
    if (filter.from.isValid()) {
        conditions << QStringLiteral("i.date >= ?");
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("i.date <= ?");
    }
    if (!filter.location.isEmpty()) {
        conditions << QStringLiteral("i.location_id = (SELECT id FROM location WHERE name = ?)");
    }
    if (!filter.nationality.isEmpty()) {
        conditions << QStringLiteral(
            "EXISTS (SELECT 1 FROM incident_nationality n WHERE n.incident_id = i.id AND n.nationality = ?)");
    }
    if (filter.outcome) {
        conditions << QStringLiteral("i.outcome = ?");
    }
    return conditions;
}

// The same filter over a tally table (alias t).
QStringList tallyConditions(const IncidentFilter &filter, bool byNationality)
{
    QStringList conditions;
    if (filter.from.isValid()) {
        conditions << QStringLiteral("t.date >= ?");
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("t.date <= ?");
    }
    if (!filter.location.isEmpty()) {
        conditions << QStringLiteral("t.location_id = (SELECT id FROM location WHERE name = ?)");
    }
    if (byNationality && !filter.nationality.isEmpty()) {
        conditions << QStringLiteral("t.nationality = ?");
    }
    if (filter.outcome) {
        conditions << QStringLiteral("t.outcome = ?");
    }
    return conditions;
}

// Binds the filter's values in the order of incidentConditions()/tallyConditions().
void bindFilter(SqliteStatement &statement, int &index, const IncidentFilter &filter, bool withNationality = true)
{
    if (filter.from.isValid()) {
        statement.bind(index++, IncidentText::formatDate(filter.from));
    }
    if (filter.to.isValid()) {
        statement.bind(index++, IncidentText::formatDate(filter.to));
    }
    if (!filter.location.isEmpty()) {
        statement.bind(index++, filter.location);
    }
    if (withNationality && !filter.nationality.isEmpty()) {
        statement.bind(index++, filter.nationality);
    }
    if (filter.outcome) {
        statement.bind(index++, outcomeCode(*filter.outcome));
    }
}

QString whereClause(const QStringList &conditions)
{
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

constexpr auto kIncidentColumns = "i.id, i.uuid, i.date, i.time, l.name, i.outcome, i.force_used, i.notes, "
                                  "i.recorded_by, i.recorded_at";

Incident incidentFromRow(const SqliteStatement &row)
{
    Incident incident;
    incident.id = QUuid::fromString(row.text(1));
    incident.date = IncidentText::parseDate(row.text(2)).value_or(QDate());
    const QString time = row.text(3);
    incident.time = IncidentText::parseTime(time).value_or(QTime());
    incident.location = row.text(4);
    incident.outcome = outcomeFromText(row.text(5)).value_or(Outcome::Other);
    incident.forceUsed = row.integer(6) != 0;
    incident.notes = row.text(7);
    incident.recordedBy = row.text(8);
    incident.recordedAt = IncidentText::parseTimestamp(row.text(9));
    return incident;
}

// Switching a database to WAL takes an exclusive lock without waiting for it (SQLite's busy handler is not
// asked), so a program doing it while another reads the new file fails at once with "database is
// locked". Retried for as long as any other wait on the database.
void switchToWal(SqliteDatabase &db, std::chrono::milliseconds busyTimeout)
{
    QElapsedTimer waited;
    waited.start();
    for (int pause = 1;; pause = std::min(pause * 2, 50)) {
        try {
            SqliteStatement mode(db, "PRAGMA journal_mode = WAL");
            mode.step();
            return;
        } catch (const SqliteError &e) {
            if ((e.primaryCode() != SQLITE_BUSY && e.primaryCode() != SQLITE_LOCKED)
                || waited.elapsed() > busyTimeout.count()) {
                throw;
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(pause));
    }
}

// Whether a skipped incident of an import is the one stored: the record's values, whoever recorded it and
// when (a file without recorded_at gets the import's time).
bool sameRecord(const Incident &stored, const Incident &read)
{
    // Nationality lines are stored in code order; a file may list them in any.
    auto lines = [](QList<NationalityCount> persons) {
        std::sort(persons.begin(), persons.end(),
                  [](const auto &a, const auto &b) { return a.nationality < b.nationality; });
        return persons;
    };
    return stored.date == read.date && stored.time == read.time
           && LocationNames::key(stored.location) == LocationNames::key(read.location)
           && lines(stored.persons) == lines(read.persons) && stored.outcome == read.outcome
           && stored.forceUsed == read.forceUsed && stored.notes == read.notes;
}

// Whether the file system holding path has no room left for an ordinary user.
bool diskIsFull(const QString &path)
{
    struct statvfs space = {};
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    return ::statvfs(folder.constData(), &space) == 0 && space.f_bavail == 0;
}

// Why a database file must be left as it is (another program's, a newer schema), or nothing.
std::optional<Failure> refusal(SqliteDatabase &db, const QString &path)
{
    const qint64 version = db.queryInt("PRAGMA user_version");
    const qint64 applicationId = db.queryInt("PRAGMA application_id");
    const qint64 objects = db.queryInt("SELECT count(*) FROM sqlite_schema");
    // Only a file without tables and without another program's marks is new: an empty database tagged by
    // another program (its application_id or user_version set) is that program's.
    const bool ours = applicationId == SqliteSchema::kApplicationId;
    const bool untouched = objects == 0 && applicationId == 0 && version == 0;
    if (!ours && !untouched) {
        return Failure::refused(tr("%1 is an SQLite database of another program, not a Border Incident Log "
                                   "database; it was not changed. Open another file or create a new one.")
                                    .arg(path));
    }
    if (version > SqliteSchema::latestVersion()) {
        return Failure::refused(tr("%1 was written by a newer version of Border Incident Log (schema %2; this "
                                   "program knows up to %3); it was not changed. Update the program to open it.")
                                    .arg(path)
                                    .arg(version)
                                    .arg(SqliteSchema::latestVersion()));
    }
    return std::nullopt;
}

// Every incident row, removed ones too, in the order inserted. An incident without nationality lines (only
// possible by a change outside the program) still comes through, with none.
void forEachStoredIncident(SqliteDatabase &db,
                           const std::function<void(const Incident &, bool removed, qint64 createdBy)> &visit)
{
    SqliteStatement select(db, "SELECT i.id, i.uuid, i.date, i.time, coalesce(l.name, ''), i.outcome, "
                               "i.force_used, i.notes, i.recorded_by, i.recorded_at, n.nationality, n.persons, "
                               "i.removed, i.created_by_entry "
                               "FROM incident i LEFT JOIN location l ON l.id = i.location_id "
                               "LEFT JOIN incident_nationality n ON n.incident_id = i.id "
                               "ORDER BY i.id, n.nationality");
    qint64 currentRow = -1;
    Incident incident;
    bool removed = false;
    qint64 createdBy = 0;
    while (select.step()) {
        if (select.integer(0) != currentRow) {
            if (currentRow >= 0) {
                visit(incident, removed, createdBy);
            }
            incident = incidentFromRow(select);
            removed = select.integer(12) != 0;
            createdBy = select.integer(13);
            currentRow = select.integer(0);
        }
        if (!select.isNull(10)) {
            incident.persons << NationalityCount{select.text(10), int(select.integer(11))};
        }
    }
    if (currentRow >= 0) {
        visit(incident, removed, createdBy);
    }
}

} // namespace

Result<std::unique_ptr<SqliteIncidentRepository>> SqliteIncidentRepository::open(const QString &path, Creation creation,
                                                                                 std::chrono::milliseconds busyTimeout)
{
    if (path.isEmpty()) {
        return Failure::invalid(tr("db: the database path is empty; give the path of a database file"));
    }
    const DatabaseFile file(path);
    switch (file.kind()) {
    case DatabaseFile::Kind::NotAFile:
        return Failure::invalid(tr("%1 is %2, not a database file; it was not changed").arg(path, file.kindName()));
    case DatabaseFile::Kind::Missing:
        if (creation == Creation::Refused) {
            return Failure::storage(tr("there is no database at %1; nothing was created (check the path)").arg(path));
        }
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            return Failure::storage(
                tr("cannot create the folder %1 for the database").arg(QFileInfo(path).absolutePath()));
        }
        break;
    case DatabaseFile::Kind::Empty:
        // An empty file is what a program creating a database makes first: only a writer takes it on.
        if (creation == Creation::Refused) {
            return Failure::storage(
                tr("%1 is an empty file (0 bytes), not a database; it was left untouched").arg(path));
        }
        break;
    case DatabaseFile::Kind::Regular:
        if (const QStringList stuck = file.mendCompanionFiles(); !stuck.isEmpty()) {
            return Failure::storage(tr("%1 cannot be written: it was left by a session that could only read. Make it "
                                       "writable, or remove it while no program has the database open")
                                        .arg(stuck.join(QStringLiteral(", "))));
        }
        break;
    case DatabaseFile::Kind::InMemory:
        break;
    }
    const bool creating = file.kind() == DatabaseFile::Kind::Missing;
    try {
        // A program that only reads may read a file it cannot write; one that writes is told at once.
        const auto mode = creating                        ? SqliteDatabase::Mode::ReadWriteCreate
                          : creation == Creation::Refused ? SqliteDatabase::Mode::ReadWriteIfAllowed
                                                          : SqliteDatabase::Mode::ReadWriteExisting;
        auto db = std::make_unique<SqliteDatabase>(path, mode);
        sqlite3_busy_timeout(db->handle(), int(busyTimeout.count()));
        // Look before changing anything: a foreign or newer file must be left exactly as it is.
        if (auto refused = refusal(*db, path)) {
            return *refused;
        }
        switchToWal(*db, busyTimeout);
        db->execute("PRAGMA synchronous = FULL");
        db->execute("PRAGMA foreign_keys = ON");
        db->execute(kPageCacheSize);
        const qint64 version = db->queryInt("PRAGMA user_version");
        if (version > 0 && version < SqliteSchema::latestVersion()) {
            // Before changing the schema, a copy of the database as it was, under a name no other copy has
            // (two programs upgrading at once each make one; the second then finds nothing to upgrade).
            const QString stem = QFileInfo(path).absoluteDir().filePath(
                QStringLiteral("backups/%1-schema-%2").arg(QFileInfo(path).completeBaseName()).arg(version));
            QDir().mkpath(QFileInfo(stem).absolutePath());
            SqliteBackup::copy(*db, SqliteBackup::reserveUniquePath(stem, QStringLiteral(".sqlite")));
        }
        if (version < SqliteSchema::latestVersion()) {
            // Under the write lock, looked at again: programs that open a new database at once wait here for
            // the one that creates the schema, then find it made.
            SqliteTransaction setup(*db);
            if (auto refused = refusal(*db, path)) {
                return *refused;
            }
            SqliteSchema::migrate(*db);
            setup.commit();
        }
        std::unique_ptr<SqliteIncidentRepository> repository(new SqliteIncidentRepository(std::move(db)));
        repository->adoptIncidentsBeforeTrail();
        return repository;
    } catch (const SqliteError &e) {
        switch (e.primaryCode()) {
        case SQLITE_NOTADB:
            return Failure::refused(tr("%1 is not a database file (or it is encrypted); it was not changed. Open "
                                       "another file.")
                                        .arg(path));
        case SQLITE_CORRUPT:
            return Failure::refused(
                tr("%1 is damaged (%2); it was not changed. Restore it from a backup.").arg(path, e.message()));
        case SQLITE_CANTOPEN:
        case SQLITE_READONLY:
        case SQLITE_PERM:
            return Failure::storage(tr("cannot open %1 for writing (%2). Check that the file and its folder are "
                                       "writable.")
                                        .arg(path, e.message()));
        default:
            // A full disk often shows as an I/O error (the -shm or -wal cannot grow): say what it is.
            if (e.primaryCode() == SQLITE_FULL || diskIsFull(path)) {
                return Failure::storage(
                    tr("cannot open %1: the disk is full; free some space and try again").arg(path));
            }
            return Failure::storage(tr("cannot open %1: %2").arg(path, e.message()));
        }
    }
}

Result<std::unique_ptr<IncidentRepository>> SqliteIncidentRepository::openRepository(const QString &path)
{
    auto opened = open(path, Creation::Allowed, kInteractiveBusyTimeout);
    if (!opened) {
        return opened.failure();
    }
    return std::unique_ptr<IncidentRepository>(std::move(opened).value());
}

SqliteIncidentRepository::SqliteIncidentRepository(std::unique_ptr<SqliteDatabase> db)
    : m_db(std::move(db))
    , m_trail(std::make_unique<SqliteAuditTrail>(*m_db))
{}

void SqliteIncidentRepository::adoptIncidentsBeforeTrail()
{
    // Looked at without a lock first: on every open but the first after the upgrade, nothing is to do.
    constexpr auto kNeeded = "SELECT NOT EXISTS (SELECT 1 FROM audit_entry) AND EXISTS (SELECT 1 FROM incident)";
    if (m_db->queryInt(kNeeded) == 0) {
        return;
    }
    SqliteTransaction transaction(*m_db);
    if (m_db->queryInt(kNeeded) == 0) {
        return; // another program did it meanwhile
    }
    // Their values as they were found, in row order, pinned by one digest: a later change outside the
    // program to any of them shows in `audit verify`.
    Cryptography::Sha256 digest;
    SqliteStatement select(*m_db, "SELECT i.id, i.uuid, i.date, i.time, l.name, i.outcome, i.force_used, i.notes, "
                                  "i.recorded_by, i.recorded_at, n.nationality, n.persons, i.removed "
                                  "FROM incident i JOIN location l ON l.id = i.location_id "
                                  "JOIN incident_nationality n ON n.incident_id = i.id ORDER BY i.id, n.nationality");
    qint64 currentRow = -1;
    Incident incident;
    bool removed = false;
    const auto finishOne = [&] {
        if (currentRow >= 0) {
            digest.addPiece(Cryptography::sha256Hex(IncidentSnapshot::of(incident, removed)));
        }
    };
    while (select.step()) {
        if (select.integer(0) != currentRow) {
            finishOne();
            incident = incidentFromRow(select);
            removed = select.integer(12) != 0;
            currentRow = select.integer(0);
        }
        incident.persons << NationalityCount{select.text(10), int(select.integer(11))};
    }
    finishOne();
    AuditEntry adopt;
    adopt.at = QDateTime::currentDateTimeUtc();
    adopt.user = QStringLiteral("borderlog");
    adopt.action = AuditAction::Adopt;
    adopt.reason = QStringLiteral("incidents recorded before the audit trail existed");
    const qint64 count = digest.pieces();
    adopt.after = compactJson(QJsonObject{{QStringLiteral("incidents"), count},
                                          {QStringLiteral("digest"), QString::fromLatin1(digest.finishHex())}});
    m_trail->append(adopt);
    transaction.commit();
}

AuditEntry SqliteIncidentRepository::entry(const ChangeStamp &stamp, AuditAction action) const
{
    AuditEntry e;
    e.at = stamp.at.isValid() ? stamp.at.toUTC() : QDateTime::currentDateTimeUtc();
    e.user = stamp.user;
    e.action = action;
    e.reason = stamp.reason;
    return e;
}

SqliteIncidentRepository::~SqliteIncidentRepository() = default;

QString SqliteIncidentRepository::location() const
{
    return m_db->path();
}

int SqliteIncidentRepository::schemaVersion() const
{
    return int(m_db->queryInt("PRAGMA user_version"));
}

Failure SqliteIncidentRepository::failure(const SqliteError &error, const QString &action) const
{
    QString why;
    switch (error.primaryCode()) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        why = tr("the database is busy with another program's write; try again in a moment");
        break;
    case SQLITE_FULL:
        why = tr("the disk is full; free some space and try again");
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        why = tr("the database file cannot be written (read-only or permission lost)");
        break;
    case SQLITE_IOERR:
        why = tr("the disk reported an error (%1)").arg(error.message());
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        why = tr("the database file is damaged; restore it from a backup");
        break;
    case SQLITE_CONSTRAINT:
        why = tr("the database refused the values (%1)").arg(error.message());
        break;
    default:
        why = error.message();
        break;
    }
    const QString message = tr("%1 failed: %2. Nothing was changed.").arg(action, why);
    const bool busy = error.primaryCode() == SQLITE_BUSY || error.primaryCode() == SQLITE_LOCKED;
    return busy ? Failure::whileBusy(message) : Failure::storage(message);
}

template <typename T, typename Write>
Result<T> SqliteIncidentRepository::inWriteTransaction(const QString &action, Write &&write)
{
    if (sqlite3_get_autocommit(m_db->handle()) == 0) {
        // This program's own long write (an import, its progress window pumping events) is still open on
        // the connection: the same as another program's, this write can succeed once it ends.
        return Failure::whileBusy(tr("%1 failed: the database is busy with an import; try again in a moment. "
                                     "Nothing was changed.")
                                      .arg(action));
    }
    try {
        SqliteTransaction transaction(*m_db);
        Result<T> result = write();
        if (result) {
            transaction.commit();
        } else {
            m_locationIds.clear(); // a rolled-back transaction may have taken a new location with it
        }
        return result;
    } catch (const SqliteError &e) {
        m_locationIds.clear();
        return failure(e, action);
    }
}

qint64 SqliteIncidentRepository::locationId(const QString &name, bool *created)
{
    const QString key = LocationNames::key(name);
    if (const auto it = m_locationIds.constFind(key); it != m_locationIds.cend()) {
        return it.value();
    }
    m_db->cached("INSERT INTO location (name) VALUES (?1) ON CONFLICT (name) DO NOTHING").bind(1, name).run();
    if (created) {
        *created = m_db->changes() > 0;
    }
    SqliteStatement &select = m_db->cached("SELECT id FROM location WHERE name = ?1");
    select.bind(1, name);
    select.step();
    const qint64 id = select.integer(0);
    select.reset();
    m_locationIds.insert(key, id);
    return id;
}

std::optional<qint64> SqliteIncidentRepository::rowIdOf(const QUuid &id, Removed removed)
{
    SqliteStatement &select = m_db->cached("SELECT id FROM incident WHERE uuid = ?1 AND removed <= ?2");
    select.bind(1, uuidText(id)).bind(2, qint64(removed == Removed::Included ? 1 : 0));
    std::optional<qint64> rowId;
    if (select.step()) {
        rowId = select.integer(0);
    }
    select.reset();
    return rowId;
}

bool SqliteIncidentRepository::insertIncident(const Incident &incident, TallyDelta &delta, qint64 createdBy)
{
    bool locationCreated = false;
    const qint64 location = locationId(incident.location, &locationCreated);
    SqliteStatement &insert = m_db->cached(R"sql(
        INSERT INTO incident (uuid, date, time, location_id, outcome, persons, force_used, notes, recorded_by,
                              recorded_at, created_by_entry)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (uuid) DO NOTHING)sql");
    insert.bind(1, uuidText(incident.id))
        .bind(2, IncidentText::formatDate(incident.date))
        .bind(3, IncidentText::formatTime(incident.time))
        .bind(4, location)
        .bind(5, outcomeCode(incident.outcome))
        .bind(6, qint64(incident.groupSize()))
        .bind(7, qint64(incident.forceUsed ? 1 : 0))
        .bind(8, incident.notes)
        .bind(9, incident.recordedBy)
        .bind(10, IncidentText::formatTimestamp(incident.recordedAt))
        .bind(11, createdBy);
    insert.run();
    if (m_db->changes() == 0) {
        if (locationCreated) {
            // A skipped incident changes nothing: not even the location list, when its location was new.
            m_db->cached("DELETE FROM location WHERE id = ?1").bind(1, location).run();
            m_locationIds.remove(LocationNames::key(incident.location));
        }
        return false;
    }
    writeNationalities(m_db->lastInsertRowId(), incident);
    delta.add(incident, location, +1);
    return true;
}

void SqliteIncidentRepository::writeNationalities(qint64 rowId, const Incident &incident)
{
    SqliteStatement &line =
        m_db->cached("INSERT INTO incident_nationality (incident_id, nationality, persons) VALUES (?1, ?2, ?3)");
    for (const auto &n : incident.persons) {
        line.bind(1, rowId).bind(2, n.nationality).bind(3, qint64(n.persons));
        line.run();
    }
}

Result<void> SqliteIncidentRepository::add(const Incident &incident, const ChangeStamp &stamp)
{
    return inWriteTransaction<void>(tr("Saving the incident"), [&]() -> Result<void> {
        if (readSignedDay(incident.date)) {
            return Failure::refused(tr("day %1 is signed off; a supervisor must reopen it before incidents are added")
                                        .arg(IncidentText::formatDate(incident.date)));
        }
        TallyDelta delta;
        if (!insertIncident(incident, delta, m_trail->nextSequence())) {
            return Failure::refused(tr("incident_id: %1 is already in the database").arg(incident.idText()));
        }
        delta.flush(*m_db);
        AuditEntry added = entry(stamp, AuditAction::Add);
        added.incidentId = incident.idText();
        added.after = IncidentSnapshot::of(incident);
        m_trail->append(added);
        return {};
    });
}

Result<void> SqliteIncidentRepository::update(const Incident &incident, const ChangeStamp &stamp)
{
    return inWriteTransaction<void>(tr("Saving the changed incident"), [&]() -> Result<void> {
        const auto rowId = rowIdOf(incident.id);
        if (!rowId) {
            return Failure::notFound(tr("incident_id: %1 is not in the database").arg(incident.idText()));
        }
        const std::optional<Incident> before = readIncident(*rowId);
        TallyDelta delta;
        delta.add(*before, locationId(before->location), -1);
        // In place: the row keeps its position, which the audit trail's digests of imports rely on.
        const qint64 location = locationId(incident.location);
        m_db->cached(R"sql(
            UPDATE incident SET date = ?2, time = ?3, location_id = ?4, outcome = ?5, persons = ?6, force_used = ?7,
                                notes = ?8, recorded_by = ?9, recorded_at = ?10
            WHERE id = ?1)sql")
            .bind(1, *rowId)
            .bind(2, IncidentText::formatDate(incident.date))
            .bind(3, IncidentText::formatTime(incident.time))
            .bind(4, location)
            .bind(5, outcomeCode(incident.outcome))
            .bind(6, qint64(incident.groupSize()))
            .bind(7, qint64(incident.forceUsed ? 1 : 0))
            .bind(8, incident.notes)
            .bind(9, incident.recordedBy)
            .bind(10, IncidentText::formatTimestamp(incident.recordedAt))
            .run();
        m_db->cached("DELETE FROM incident_nationality WHERE incident_id = ?1").bind(1, *rowId).run();
        writeNationalities(*rowId, incident);
        delta.add(incident, location, +1);
        delta.flush(*m_db);
        AuditEntry amended = entry(stamp, AuditAction::Amend);
        amended.incidentId = incident.idText();
        amended.before = IncidentSnapshot::of(*before);
        amended.after = IncidentSnapshot::of(incident);
        m_trail->append(amended);
        return {};
    });
}

Result<void> SqliteIncidentRepository::remove(const QUuid &id, const ChangeStamp &stamp)
{
    return inWriteTransaction<void>(tr("Removing the incident"), [&]() -> Result<void> {
        const auto rowId = rowIdOf(id);
        if (!rowId) {
            return Failure::notFound(tr("incident_id: %1 is not in the database").arg(uuidText(id)));
        }
        const std::optional<Incident> before = readIncident(*rowId);
        TallyDelta delta;
        delta.add(*before, locationId(before->location), -1);
        m_db->cached("UPDATE incident SET removed = 1 WHERE id = ?1").bind(1, *rowId).run();
        delta.flush(*m_db);
        AuditEntry removed = entry(stamp, AuditAction::Remove);
        removed.incidentId = before->idText();
        removed.before = IncidentSnapshot::of(*before);
        removed.after = IncidentSnapshot::of(*before, true);
        m_trail->append(removed);
        return {};
    });
}

std::optional<Incident> SqliteIncidentRepository::readIncident(qint64 rowId)
{
    // The owner is the user of the entry that created the row (an add's recorder, an import's importer).
    SqliteStatement &select = m_db->cached(
        "SELECT i.id, i.uuid, i.date, i.time, l.name, i.outcome, i.force_used, i.notes, i.recorded_by, "
        "i.recorded_at, CASE WHEN a.action IN ('add', 'import') THEN a.user ELSE '' END "
        "FROM incident i JOIN location l ON l.id = i.location_id "
        "LEFT JOIN audit_entry a ON a.seq = i.created_by_entry AND i.created_by_entry > 0 WHERE i.id = ?1");
    select.bind(1, rowId);
    if (!select.step()) {
        select.reset();
        return std::nullopt;
    }
    QList<Incident> one{incidentFromRow(select)};
    one.first().owner = select.text(10);
    select.reset();
    loadNationalities(one, {rowId});
    return one.first();
}

void SqliteIncidentRepository::loadNationalities(QList<Incident> &incidents, const QList<qint64> &rowIds)
{
    if (rowIds.isEmpty()) {
        return;
    }
    // One query for the whole page: the row ids travel as one JSON array parameter.
    QHash<qint64, qsizetype> indexOf;
    QByteArray ids = "[";
    for (qsizetype i = 0; i < rowIds.size(); ++i) {
        indexOf.insert(rowIds[i], i);
        ids += (i ? "," : "") + QByteArray::number(rowIds[i]);
    }
    ids += ']';
    SqliteStatement &lines = m_db->cached("SELECT incident_id, nationality, persons FROM incident_nationality "
                                          "WHERE incident_id IN (SELECT value FROM json_each(?1)) "
                                          "ORDER BY incident_id, nationality");
    lines.bind(1, QString::fromLatin1(ids));
    while (lines.step()) {
        incidents[indexOf.value(lines.integer(0))].persons << NationalityCount{lines.text(1), int(lines.integer(2))};
    }
    lines.reset();
}

Result<std::optional<Incident>> SqliteIncidentRepository::find(const QUuid &id)
{
    try {
        const auto rowId = rowIdOf(id);
        return rowId ? readIncident(*rowId) : std::optional<Incident>();
    } catch (const SqliteError &e) {
        return failure(e, tr("Reading the incident"));
    }
}

Result<ImportSummary> SqliteIncidentRepository::import(IncidentSource &input, const ChangeStamp &stamp,
                                                       const ImportProgress &progress)
{
    // A large import inserts into the indexes in random order (incident_id is random); with the index
    // pages in memory that costs no disk reads.
    try {
        const ScopedPragma largeCache = largePageCache(*m_db);
        SqliteTransaction transaction(*m_db);
        const qint64 lastRowBefore = m_db->queryInt("SELECT coalesce(max(id), 0) FROM incident");
        DeferredIndexes indexes(*m_db, lastRowBefore); // incidents are never deleted: max(id) is their count
        const qint64 sequence = m_trail->nextSequence();
        QSet<QDate> signedDays; // read inside the transaction: a sign-off cannot slip in meanwhile
        SqliteStatement signedDates(*m_db, "SELECT date FROM signed_day");
        while (signedDates.step()) {
            signedDays.insert(QDate::fromString(signedDates.text(0), Qt::ISODate));
        }
        Cryptography::Sha256 digest; // over the added incidents' values, in the order they were inserted
        ImportSummary summary;
        TallyDelta delta;
        Incident incident;
        // The file is read, checked and digested on a second core while this thread writes.
        ReadAheadSource source(
            input, [](const Incident &read) { return Cryptography::sha256Hex(IncidentSnapshot::of(read)); });
        qint64 read = 0;
        while (source.next(incident)) {
            if (progress && ++read % kIncidentsPerProgress == 0 && !progress(source.progress())) {
                m_locationIds.clear();
                return Failure::refused(tr("the import was cancelled; nothing was written"));
            }
            if (source.failed()) {
                continue; // keep reading, so that every problem of the file is reported
            }
            if (signedDays.contains(incident.date)) {
                m_locationIds.clear();
                return Failure::refused(tr("%1: date: day %2 is signed off; nothing was imported")
                                            .arg(source.where(), IncidentText::formatDate(incident.date)));
            }
            if (insertIncident(incident, delta, sequence)) {
                ++summary.added;
                indexes.rowsAdded(summary.added);
                digest.addPiece(source.prepared());
                if (delta.size() > kTallyRowsPerFlush) {
                    delta.flush(*m_db); // bounded memory on imports of any size
                }
                continue;
            }
            const auto existing = rowIdOf(incident.id, Removed::Included);
            if (existing && *existing > lastRowBefore) {
                m_locationIds.clear();
                return Failure::invalid(tr("%1: incident_id: %2 appears again after other incidents; the rows of one "
                                           "incident must follow each other. Nothing was imported.")
                                            .arg(source.where(), incident.idText()));
            }
            ++summary.skipped;
            if (existing && !sameRecord(*readIncident(*existing), incident)) {
                if (++summary.conflicts <= 5) {
                    summary.firstConflicts << incident.idText();
                }
            }
        }
        if (source.failed()) {
            m_locationIds.clear();
            return Failure::invalid(source.problems().join(u'\n'));
        }
        delta.flush(*m_db);
        indexes.rebuild();
        if (summary.added > 0) {
            AuditEntry imported = entry(stamp, AuditAction::Import);
            imported.after =
                compactJson(QJsonObject{{QStringLiteral("incidents"), summary.added},
                                        {QStringLiteral("skipped"), summary.skipped},
                                        {QStringLiteral("digest"), QString::fromLatin1(digest.finishHex())}});
            m_trail->append(imported);
        }
        transaction.commit();
        return summary;
    } catch (const SqliteError &e) {
        m_locationIds.clear();
        return failure(e, tr("Importing the incidents"));
    }
}

Result<QList<Incident>> SqliteIncidentRepository::page(const IncidentPageRequest &request)
{
    try {
        SqliteTransaction snapshot(*m_db, SqliteTransaction::Kind::Read);
        if (!request.day) {
            return readPage(request);
        }
        // From the skipInDay-th incident of the day on, by keyset: the incident just before it is found in
        // the date index alone (it holds only incidents that are not removed), so a jump deep into a busy
        // day reads index entries, not the rows it skips.
        IncidentPageRequest keyset = request;
        keyset.day.reset();
        keyset.skipInDay = 0;
        if (request.skipInDay > 0) {
            keyset.after = keyBefore(request);
            if (!keyset.after) {
                return QList<Incident>();
            }
        } else if (request.descending) {
            keyset.filter.to = *request.day;
        } else {
            keyset.filter.from = *request.day;
        }
        return readPage(keyset);
    } catch (const SqliteError &e) {
        return failure(e, tr("Reading incidents"));
    }
}

std::optional<Incident> SqliteIncidentRepository::keyBefore(const IncidentPageRequest &request)
{
    IncidentFilter sameDay = request.filter;
    sameDay.from = *request.day;
    sameDay.to = *request.day;
    const QString direction = request.descending ? QStringLiteral(" DESC") : QString();
    const QString sql = QStringLiteral("SELECT i.date, i.time, i.uuid FROM incident i%1 ORDER BY %2 LIMIT 1 OFFSET ?")
                            .arg(whereClause(incidentConditions(sameDay)),
                                 orderColumns().join(direction + QStringLiteral(", ")) + direction);
    SqliteStatement select(*m_db, sql.toUtf8().constData());
    int index = 1;
    bindFilter(select, index, sameDay);
    select.bind(index, qint64(request.skipInDay - 1));
    if (!select.step()) {
        return std::nullopt;
    }
    Incident key;
    key.date = IncidentText::parseDate(select.text(0)).value_or(QDate());
    key.time = IncidentText::parseTime(select.text(1)).value_or(QTime());
    key.id = QUuid::fromString(select.text(2));
    return key;
}

QList<Incident> SqliteIncidentRepository::readPage(const IncidentPageRequest &request)
{
    QStringList conditions = incidentConditions(request.filter);
    const QStringList &columns = orderColumns();
    const QString direction = request.descending ? QStringLiteral(" DESC") : QString();
    if (request.after) {
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            marks << QStringLiteral("?");
        }
        conditions << QStringLiteral("(%1) %2 (%3)")
                          .arg(columns.join(u','), request.descending ? QStringLiteral("<") : QStringLiteral(">"),
                               marks.join(u','));
    }
    const QString sql = QStringLiteral("SELECT %1 FROM incident i JOIN location l ON l.id = i.location_id%2 "
                                       "ORDER BY %3 LIMIT ?")
                            .arg(QLatin1String(kIncidentColumns), whereClause(conditions),
                                 columns.join(direction + QStringLiteral(", ")) + direction);
    SqliteStatement select(*m_db, sql.toUtf8().constData());
    int index = 1;
    bindFilter(select, index, request.filter);
    if (request.after) {
        bindKey(select, index, *request.after);
    }
    select.bind(index, qint64(request.limit));
    QList<Incident> incidents;
    QList<qint64> rowIds;
    while (select.step()) {
        rowIds << select.integer(0);
        incidents << incidentFromRow(select);
    }
    loadNationalities(incidents, rowIds);
    return incidents;
}

Result<qint64> SqliteIncidentRepository::count(const IncidentFilter &filter)
{
    // From the tallies: an incident is counted once per period, and once in the row of each of its
    // nationalities, so with or without a nationality filter the sum counts incidents exactly.
    auto years = tally(filter, TallyGrouping::Year);
    if (!years) {
        return years.failure();
    }
    qint64 incidents = 0;
    for (const auto &row : *years) {
        incidents += row.incidents;
    }
    return incidents;
}

Result<qint64> SqliteIncidentRepository::forEachIncident(const IncidentFilter &filter,
                                                         const std::function<bool(const Incident &)> &visit)
{
    try {
        // One snapshot and one statement for the whole run: no lock taken per page.
        const ScopedPragma mapped = memoryMappedReads(*m_db);
        SqliteTransaction snapshot(*m_db, SqliteTransaction::Kind::Read);
        const QString sql = QStringLiteral("SELECT %1, n.nationality, n.persons FROM incident i "
                                           "JOIN location l ON l.id = i.location_id "
                                           "JOIN incident_nationality n ON n.incident_id = i.id%2 "
                                           "ORDER BY i.date, i.time, i.uuid, n.nationality")
                                .arg(QLatin1String(kIncidentColumns), whereClause(incidentConditions(filter)));
        SqliteStatement select(*m_db, sql.toUtf8().constData());
        int index = 1;
        bindFilter(select, index, filter);
        qint64 visited = 0;
        qint64 currentRow = -1;
        Incident incident;
        while (select.step()) {
            const qint64 rowId = select.integer(0);
            if (rowId != currentRow) {
                if (currentRow >= 0) {
                    ++visited;
                    if (!visit(incident)) {
                        return visited;
                    }
                }
                incident = incidentFromRow(select);
                currentRow = rowId;
            }
            incident.persons << NationalityCount{select.text(10), int(select.integer(11))};
        }
        if (currentRow >= 0) {
            ++visited;
            visit(incident);
        }
        return visited;
    } catch (const SqliteError &e) {
        return failure(e, tr("Reading incidents"));
    }
}

Result<qint64> SqliteIncidentRepository::forEachIncidentLine(const IncidentFilter &filter,
                                                             const std::function<bool(const IncidentLine &)> &visit)
{
    try {
        const ScopedPragma mapped = memoryMappedReads(*m_db);
        SqliteTransaction snapshot(*m_db, SqliteTransaction::Kind::Read);
        // Location names from memory (a few dozen) instead of a join per row.
        QHash<qint64, QByteArray> locationNames;
        SqliteStatement names(*m_db, "SELECT id, name FROM location");
        while (names.step()) {
            locationNames.insert(names.integer(0), names.bytes(1).toByteArray());
        }
        // Without a date range, reading the table in its own order and sorting is more than twice as fast as
        // following the date index (which reads the rows in random order); with one, the index narrows.
        const bool wholeHistory = !filter.from.isValid() && !filter.to.isValid();
        const QString sql = QStringLiteral("SELECT i.uuid, i.date, i.time, i.location_id, n.nationality, n.persons, "
                                           "i.outcome, i.force_used, i.notes, i.recorded_by, i.recorded_at "
                                           "FROM incident i%1 JOIN incident_nationality n ON n.incident_id = i.id%2 "
                                           "ORDER BY i.date, i.time, i.uuid, n.nationality")
                                .arg(wholeHistory ? QStringLiteral(" NOT INDEXED") : QString(),
                                     whereClause(incidentConditions(filter)));
        SqliteStatement select(*m_db, sql.toUtf8().constData());
        int index = 1;
        bindFilter(select, index, filter);
        qint64 incidents = 0;
        QByteArray previousId;
        IncidentLine line;
        while (select.step()) {
            line.incidentId = select.bytes(0);
            if (line.incidentId != previousId) {
                ++incidents;
                previousId = line.incidentId.toByteArray();
            }
            line.date = select.bytes(1);
            line.time = select.bytes(2);
            line.location = locationNames.value(select.integer(3));
            line.nationality = select.bytes(4);
            line.persons = select.bytes(5);
            line.outcome = select.bytes(6);
            line.forceUsed = select.integer(7) != 0;
            line.notes = select.bytes(8);
            line.recordedBy = select.bytes(9);
            line.recordedAt = select.bytes(10);
            if (!visit(line)) {
                break;
            }
        }
        return incidents;
    } catch (const SqliteError &e) {
        return failure(e, tr("Reading incidents"));
    }
}

void SqliteIncidentRepository::addTallyPiece(QMap<QString, TallyRow> &rows, const IncidentFilter &filter,
                                             TallyGrouping grouping, bool monthly, const QString &from,
                                             const QString &to)
{
    const bool byNationality = !filter.nationality.isEmpty() || grouping == TallyGrouping::Nationality;
    const QString period = monthly ? QStringLiteral("t.month") : QStringLiteral("t.date");
    QString key;
    QString join;
    switch (grouping) {
    case TallyGrouping::Day:
        key = period;
        break;
    case TallyGrouping::Month:
        key = monthly ? period : QStringLiteral("substr(t.date, 1, 7)");
        break;
    case TallyGrouping::Year:
        key = QStringLiteral("substr(%1, 1, 4)").arg(period);
        break;
    case TallyGrouping::Nationality:
        key = QStringLiteral("t.nationality");
        break;
    case TallyGrouping::Location:
        key = QStringLiteral("l.name");
        join = QStringLiteral(" JOIN location l ON l.id = t.location_id");
        break;
    }
    // The period bounds are this piece's own; the other conditions come from the filter.
    IncidentFilter rest = filter;
    rest.from = QDate();
    rest.to = QDate();
    QStringList conditions = tallyConditions(rest, byNationality);
    if (!from.isEmpty()) {
        conditions.prepend(period + QStringLiteral(" >= ?"));
    }
    if (!to.isEmpty()) {
        conditions.insert(from.isEmpty() ? 0 : 1, period + QStringLiteral(" <= ?"));
    }
    const QString table = QStringLiteral("%1_%2tally")
                              .arg(monthly ? QStringLiteral("monthly") : QStringLiteral("daily"),
                                   byNationality ? QStringLiteral("nationality_") : QString());
    const QString sql = QStringLiteral("SELECT %1 AS k, t.outcome, sum(t.incidents), sum(t.persons) FROM %2 t%3%4 "
                                       "GROUP BY k, t.outcome")
                            .arg(key, table, join, whereClause(conditions));
    SqliteStatement select(*m_db, sql.toUtf8().constData());
    int index = 1;
    if (!from.isEmpty()) {
        select.bind(index++, from);
    }
    if (!to.isEmpty()) {
        select.bind(index++, to);
    }
    bindFilter(select, index, rest, byNationality);
    while (select.step()) {
        const QString k = select.text(0);
        TallyRow &row = rows[k];
        row.key = k;
        const Outcome outcome = outcomeFromText(select.text(1)).value_or(Outcome::Other);
        row.incidents += select.integer(2);
        row.persons += select.integer(3);
        row.personsByOutcome[outcomeIndex(outcome)] += select.integer(3);
    }
}

Result<QList<TallyRow>> SqliteIncidentRepository::tally(const IncidentFilter &filter, TallyGrouping grouping)
{
    try {
        QMap<QString, TallyRow> rows;
        const auto day = [](const QDate &d) { return IncidentText::formatDate(d); };
        const auto month = [](const QDate &d) { return d.toString(QStringLiteral("yyyy-MM")); };
        if (grouping == TallyGrouping::Day) {
            addTallyPiece(rows, filter, grouping, false, day(filter.from), day(filter.to));
        } else {
            // Whole months from the monthly tallies, the days before and after them from the daily ones.
            const QDate firstWhole = !filter.from.isValid() ? QDate()
                                     : filter.from.day() == 1
                                         ? filter.from
                                         : QDate(filter.from.year(), filter.from.month(), 1).addMonths(1);
            const QDate lastWhole = !filter.to.isValid() ? QDate()
                                    : filter.to.day() == filter.to.daysInMonth()
                                        ? filter.to
                                        : QDate(filter.to.year(), filter.to.month(), 1).addDays(-1);
            if (firstWhole.isValid() && lastWhole.isValid() && firstWhole > lastWhole) {
                addTallyPiece(rows, filter, grouping, false, day(filter.from), day(filter.to));
            } else {
                addTallyPiece(rows, filter, grouping, true, firstWhole.isValid() ? month(firstWhole) : QString(),
                              lastWhole.isValid() ? month(lastWhole) : QString());
                if (filter.from.isValid() && filter.from < firstWhole) {
                    addTallyPiece(rows, filter, grouping, false, day(filter.from), day(firstWhole.addDays(-1)));
                }
                if (filter.to.isValid() && lastWhole < filter.to) {
                    addTallyPiece(rows, filter, grouping, false, day(lastWhole.addDays(1)), day(filter.to));
                }
            }
        }
        return rows.values();
    } catch (const SqliteError &e) {
        return failure(e, tr("Counting the tally"));
    }
}

Result<QList<std::pair<QDate, qint64>>> SqliteIncidentRepository::dailyCounts(const IncidentFilter &filter)
{
    try {
        const bool byNationality = !filter.nationality.isEmpty();
        const QString sql =
            QStringLiteral("SELECT t.date, sum(t.incidents) FROM %1 t%2 GROUP BY t.date ORDER BY t.date")
                .arg(byNationality ? QStringLiteral("daily_nationality_tally") : QStringLiteral("daily_tally"),
                     whereClause(tallyConditions(filter, byNationality)));
        SqliteStatement select(*m_db, sql.toUtf8().constData());
        int index = 1;
        bindFilter(select, index, filter, byNationality);
        QList<std::pair<QDate, qint64>> counts;
        while (select.step()) {
            counts << std::pair{IncidentText::parseDate(select.text(0)).value_or(QDate()), select.integer(1)};
        }
        return counts;
    } catch (const SqliteError &e) {
        return failure(e, tr("Counting incidents per day"));
    }
}

Result<std::pair<QDate, QDate>> SqliteIncidentRepository::dateSpan()
{
    try {
        // Two subqueries: SQLite answers a lone min() or max() from the index, but not both in one query.
        SqliteStatement select(*m_db,
                               "SELECT (SELECT min(date) FROM daily_tally), (SELECT max(date) FROM daily_tally)");
        select.step();
        return std::pair{QDate::fromString(select.text(0), Qt::ISODate),
                         QDate::fromString(select.text(1), Qt::ISODate)};
    } catch (const SqliteError &e) {
        return failure(e, tr("Reading the date range"));
    }
}

Result<QStringList> SqliteIncidentRepository::locations()
{
    try {
        SqliteStatement select(*m_db, "SELECT name FROM location ORDER BY name");
        QStringList names;
        while (select.step()) {
            names << select.text(0);
        }
        return names;
    } catch (const SqliteError &e) {
        return failure(e, tr("Reading the locations"));
    }
}

Result<void> SqliteIncidentRepository::addLocation(const QString &name, const ChangeStamp &stamp)
{
    return inWriteTransaction<void>(tr("Adding the location"), [&]() -> Result<void> {
        const qint64 before = m_db->queryInt("SELECT count(*) FROM location");
        locationId(name);
        if (m_db->queryInt("SELECT count(*) FROM location") > before) {
            AuditEntry added = entry(stamp, AuditAction::LocationAdd);
            added.after = compactJson(QJsonObject{{QStringLiteral("location"), name}});
            m_trail->append(added);
        }
        return {};
    });
}

Result<qint64> SqliteIncidentRepository::externalChangeCounter()
{
    try {
        return m_db->queryInt("PRAGMA data_version");
    } catch (const SqliteError &e) {
        return failure(e, tr("Looking for changes"));
    }
}

Result<void> SqliteIncidentRepository::backUp(const QString &target)
{
    try {
        SqliteBackup::copy(*m_db, target);
        return {};
    } catch (const SqliteError &e) {
        return failure(e, tr("The backup to %1").arg(target));
    }
}

Result<void> SqliteIncidentRepository::backUpFile(const QString &databasePath, const QString &target)
{
    try {
        SqliteDatabase source(databasePath, SqliteDatabase::Mode::ReadOnly);
        sqlite3_busy_timeout(source.handle(), kBusyTimeoutMs);
        SqliteBackup::copy(source, target);
        return {};
    } catch (const SqliteError &e) {
        return Failure::storage(tr("The backup of %1 to %2 failed: %3").arg(databasePath, target, e.message()));
    }
}

bool SqliteIncidentRepository::cannotBeOpenedAtAll(const QString &path)
{
    const DatabaseFile file(path);
    if (file.kind() == DatabaseFile::Kind::Missing || file.kind() == DatabaseFile::Kind::Empty) {
        return true;
    }
    if (file.kind() != DatabaseFile::Kind::Regular) {
        return false;
    }
    try {
        SqliteDatabase db(path, SqliteDatabase::Mode::ReadOnly);
        sqlite3_busy_timeout(db.handle(), kBusyTimeoutMs);
        SqliteStatement check(db, "PRAGMA quick_check(1)");
        return !check.step() || check.text(0) != QLatin1String("ok");
    } catch (const SqliteError &e) {
        return e.primaryCode() == SQLITE_CORRUPT || e.primaryCode() == SQLITE_NOTADB;
    }
}

Result<DatabaseHealth> SqliteIncidentRepository::inspect(const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        return Failure::notFound(tr("%1 does not exist").arg(path));
    }
    DatabaseHealth health;
    try {
        SqliteDatabase db(path, SqliteDatabase::Mode::ReadOnly);
        sqlite3_busy_timeout(db.handle(), kBusyTimeoutMs);
        health.schemaVersion = int(db.queryInt("PRAGMA user_version"));
        if (db.queryInt("PRAGMA application_id") != SqliteSchema::kApplicationId) {
            return Failure::refused(tr("%1 is not a Border Incident Log database").arg(path));
        }
    } catch (const SqliteError &e) {
        return Failure::storage(tr("%1 cannot be read: %2").arg(path, e.message()));
    }
    health.problems = SqliteBackup::problems(path);
    try {
        SqliteDatabase db(path, SqliteDatabase::Mode::ReadOnly);
        sqlite3_busy_timeout(db.handle(), kBusyTimeoutMs);
        SqliteTransaction snapshot(db, SqliteTransaction::Kind::Read);
        health.incidents = db.queryInt("SELECT coalesce(sum(incidents), 0) FROM daily_tally");
        if (health.problems.isEmpty()) {
            // The aggregates are what tallies report: recounted from the incidents, as `audit verify` does.
            const ScopedPragma mapped = memoryMappedReads(db);
            TallyRecount recount;
            forEachStoredIncident(db, [&](const Incident &incident, bool removed, qint64) {
                if (!removed) {
                    recount.addIncident(incident);
                }
            });
            TallyDelta::readStored(db, recount);
            const QStringList differences = recount.finish();
            for (const QString &difference : differences) {
                health.problems << difference;
            }
            if (recount.differences() > differences.size()) {
                health.problems << tr("%1 aggregate rows differ in all").arg(recount.differences());
            }
        }
    } catch (const SqliteError &e) {
        health.incidents = -1; // the damage may sit in the tallies themselves; the problems say so
        if (health.problems.isEmpty()) {
            health.problems << e.message();
        }
    }
    health.ok = health.problems.isEmpty();
    return health;
}

Result<QString> SqliteIncidentRepository::restore(const QString &backupPath, const QString &databasePath)
{
    return SqliteRestore::restore(backupPath, databasePath);
}

Result<qint64> SqliteIncidentRepository::rebuildTallies(const ChangeStamp &stamp)
{
    return inWriteTransaction<qint64>(tr("Rebuilding the tallies"), [&]() -> Result<qint64> {
        const qint64 changed = TallyDelta::rebuild(*m_db);
        AuditEntry repaired = entry(stamp, AuditAction::TallyRepair);
        repaired.after = compactJson(QJsonObject{{QStringLiteral("rows_changed"), changed}});
        m_trail->append(repaired);
        return changed;
    });
}

Result<DatabaseHealth> SqliteIncidentRepository::checkHealth()
{
    try {
        DatabaseHealth health;
        health.schemaVersion = schemaVersion();
        SqliteStatement integrity(*m_db, "PRAGMA integrity_check");
        while (integrity.step()) {
            const QString line = integrity.text(0);
            if (line != QLatin1String("ok")) {
                health.problems << line;
            }
        }
        SqliteStatement foreignKeys(*m_db, "PRAGMA foreign_key_check");
        while (foreignKeys.step()) {
            health.problems << tr("row %1 of %2 refers to a missing %3")
                                   .arg(foreignKeys.integer(1))
                                   .arg(foreignKeys.text(0), foreignKeys.text(2));
        }
        health.ok = health.problems.isEmpty();
        return health;
    } catch (const SqliteError &e) {
        if (e.primaryCode() == SQLITE_CORRUPT || e.primaryCode() == SQLITE_NOTADB) {
            DatabaseHealth damaged;
            damaged.problems << tr("the database file is damaged (%1); restore it from a backup").arg(e.message());
            return damaged;
        }
        return failure(e, tr("Checking the database"));
    }
}

namespace {

DaySignOff signOffFromRow(const SqliteStatement &row)
{
    return DaySignOff{QDate::fromString(row.text(0), Qt::ISODate),
                      row.text(1),
                      AuditEntry::parseTime(row.text(2)),
                      row.integer(3),
                      row.integer(4),
                      row.integer(5),
                      row.text(6).toLatin1()};
}

} // namespace

std::optional<DaySignOff> SqliteIncidentRepository::readSignedDay(const QDate &date)
{
    SqliteStatement &select =
        m_db->cached("SELECT date, signed_by, signed_at, incidents, persons, audit_seq, head_hash "
                     "FROM signed_day WHERE date = ?1");
    select.bind(1, IncidentText::formatDate(date));
    std::optional<DaySignOff> day;
    if (select.step()) {
        day = signOffFromRow(select);
    }
    select.reset();
    return day;
}

Result<std::optional<DaySignOff>> SqliteIncidentRepository::signedDay(const QDate &date)
{
    try {
        return readSignedDay(date);
    } catch (const SqliteError &e) {
        return failure(e, tr("Reading the day's sign-off"));
    }
}

Result<QList<DaySignOff>> SqliteIncidentRepository::signedDays(const QDate &from, const QDate &to)
{
    try {
        SqliteStatement select(*m_db, "SELECT date, signed_by, signed_at, incidents, persons, audit_seq, head_hash "
                                      "FROM signed_day WHERE date >= ?1 AND date <= ?2 ORDER BY date");
        select.bind(1, from.isValid() ? IncidentText::formatDate(from) : QStringLiteral("0000"));
        select.bind(2, to.isValid() ? IncidentText::formatDate(to) : QStringLiteral("9999"));
        QList<DaySignOff> days;
        while (select.step()) {
            days << signOffFromRow(select);
        }
        return days;
    } catch (const SqliteError &e) {
        return failure(e, tr("Reading the signed days"));
    }
}

Result<DaySignOff> SqliteIncidentRepository::signOffDay(const QDate &date, const ChangeStamp &stamp)
{
    return inWriteTransaction<DaySignOff>(tr("Signing off the day"), [&]() -> Result<DaySignOff> {
        if (const auto signedAlready = readSignedDay(date)) {
            return Failure::refused(tr("day %1 is signed off already (by %2)")
                                        .arg(IncidentText::formatDate(date), signedAlready->signedBy));
        }
        SqliteStatement &totals = m_db->cached(
            "SELECT coalesce(sum(incidents), 0), coalesce(sum(persons), 0) FROM daily_tally WHERE date = ?1");
        totals.bind(1, IncidentText::formatDate(date));
        totals.step();
        DaySignOff day;
        day.date = date;
        day.incidents = totals.integer(0);
        day.persons = totals.integer(1);
        totals.reset();
        AuditEntry signOff = entry(stamp, AuditAction::SignOff);
        signOff.after = day.toJson();
        signOff = m_trail->append(signOff);
        day.signedBy = signOff.user;
        day.signedAt = signOff.at;
        day.auditSequence = signOff.sequence;
        day.headHash = signOff.hash;
        m_db->cached("INSERT INTO signed_day (date, signed_by, signed_at, incidents, persons, audit_seq, head_hash) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
            .bind(1, IncidentText::formatDate(date))
            .bind(2, day.signedBy)
            .bind(3, AuditEntry::formatTime(day.signedAt))
            .bind(4, day.incidents)
            .bind(5, day.persons)
            .bind(6, day.auditSequence)
            .bind(7, QString::fromLatin1(day.headHash))
            .run();
        return day;
    });
}

Result<void> SqliteIncidentRepository::reopenDay(const QDate &date, const ChangeStamp &stamp)
{
    return inWriteTransaction<void>(tr("Reopening the day"), [&]() -> Result<void> {
        const auto day = readSignedDay(date);
        if (!day) {
            return Failure::notFound(tr("day %1 is not signed off").arg(IncidentText::formatDate(date)));
        }
        m_db->cached("DELETE FROM signed_day WHERE date = ?1").bind(1, IncidentText::formatDate(date)).run();
        AuditEntry reopen = entry(stamp, AuditAction::Reopen);
        reopen.before = day->toJson();
        m_trail->append(reopen);
        return {};
    });
}

namespace {

// An account's values as its entries keep them; an added account's also with the SHA-256 of its password
// hash, so that `audit verify` notices a hash replaced outside the program (the hash itself, salted Argon2id,
// stays out of the trail).
QByteArray accountJson(const QString &name, const QString &role, bool disabled, const QByteArray &passwordHash = {})
{
    if (!passwordHash.isEmpty()) {
        return compactJson(QJsonObject{
            {QStringLiteral("name"), name},
            {QStringLiteral("role"), role},
            {QStringLiteral("disabled"), disabled},
            {QStringLiteral("password_sha256"), QString::fromLatin1(Cryptography::sha256Hex(passwordHash))}});
    }
    return compactJson(QJsonObject{
        {QStringLiteral("name"), name}, {QStringLiteral("role"), role}, {QStringLiteral("disabled"), disabled}});
}

Account accountFromRow(const SqliteStatement &row)
{
    Account account;
    account.name = row.text(0);
    account.role = roleFromText(row.text(1)).value_or(Role::Officer);
    account.disabled = row.integer(2) != 0;
    account.failedLogins = int(row.integer(3));
    account.createdAt = AuditEntry::parseTime(row.text(4));
    account.createdBy = row.text(5);
    return account;
}

} // namespace

Result<QList<Account>> SqliteIncidentRepository::accounts()
{
    try {
        // Asked before every write (is a login needed?): prepared once.
        SqliteStatement &select = m_db->cached("SELECT name, role, disabled, failed_logins, created_at, created_by "
                                               "FROM account ORDER BY name");
        QList<Account> all;
        while (select.step()) {
            all << accountFromRow(select);
        }
        select.reset();
        return all;
    } catch (const SqliteError &e) {
        return failure(e, tr("Reading the accounts"));
    }
}

Result<std::optional<StoredAccount>> SqliteIncidentRepository::findAccount(const QString &name)
{
    try {
        SqliteStatement select(*m_db, "SELECT name, role, disabled, failed_logins, created_at, created_by, "
                                      "password_hash FROM account WHERE name = ?1");
        select.bind(1, name);
        if (!select.step()) {
            return std::optional<StoredAccount>();
        }
        return std::optional<StoredAccount>(StoredAccount{accountFromRow(select), select.text(6).toLatin1()});
    } catch (const SqliteError &e) {
        return failure(e, tr("Reading the account"));
    }
}

Result<void> SqliteIncidentRepository::addAccount(const Account &account, const QByteArray &passwordHash,
                                                  const ChangeStamp &stamp, AccountAddition addition)
{
    return inWriteTransaction<void>(tr("Adding the account"), [&]() -> Result<void> {
        // The first account needs no login; asked here, under the write lock, so that two programs creating
        // it at once cannot both make an admin.
        if (addition == AccountAddition::First && m_db->queryInt("SELECT count(*) FROM account") > 0) {
            return Failure::refused(tr("name: the database has accounts now (another program has just created "
                                       "the first one); log in as an admin to add %1")
                                        .arg(account.name));
        }
        // Look-alikes are compared here, inside the write, so that two admins adding "olga" and its
        // Cyrillic twin at the same moment cannot both succeed.
        const QString look = AccountName::skeleton(account.name);
        SqliteStatement names(*m_db, "SELECT name FROM account");
        while (names.step()) {
            const QString existing = names.text(0);
            if (existing.compare(account.name, Qt::CaseInsensitive) == 0) {
                return Failure::refused(tr("name: an account named %1 exists already").arg(account.name));
            }
            if (AccountName::skeleton(existing) == look) {
                return Failure::refused(tr("name: %1 looks like the existing account %2; choose a name that cannot "
                                           "be taken for it")
                                            .arg(account.name, DisplayText::escaped(existing)));
            }
        }
        SqliteStatement &insert =
            m_db->cached("INSERT INTO account (name, role, password_hash, created_at, created_by) "
                         "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (name) DO NOTHING");
        insert.bind(1, account.name)
            .bind(2, roleCode(account.role))
            .bind(3, QString::fromLatin1(passwordHash))
            .bind(4, AuditEntry::formatTime(stamp.at))
            .bind(5, stamp.user)
            .run();
        if (m_db->changes() == 0) {
            return Failure::refused(tr("name: an account named %1 exists already").arg(account.name));
        }
        AuditEntry added = entry(stamp, AuditAction::AccountAdd);
        added.after = accountJson(account.name, roleCode(account.role), false, passwordHash);
        m_trail->append(added);
        return {};
    });
}

Result<void> SqliteIncidentRepository::setAccountDisabled(const QString &name, bool disabled, const ChangeStamp &stamp)
{
    return inWriteTransaction<void>(tr("Changing the account"), [&]() -> Result<void> {
        SqliteStatement select(*m_db, "SELECT name, role, disabled FROM account WHERE name = ?1");
        select.bind(1, name);
        if (!select.step()) {
            return Failure::notFound(tr("name: there is no account named %1").arg(name));
        }
        const QString storedName = select.text(0);
        const QString role = select.text(1);
        const bool wasDisabled = select.integer(2) != 0;
        if (wasDisabled == disabled) {
            return Failure::refused(disabled ? tr("account %1 is disabled already").arg(storedName)
                                             : tr("account %1 is not disabled").arg(storedName));
        }
        m_db->cached("UPDATE account SET disabled = ?2, failed_logins = 0 WHERE name = ?1")
            .bind(1, storedName)
            .bind(2, qint64(disabled ? 1 : 0))
            .run();
        AuditEntry changed = entry(stamp, disabled ? AuditAction::AccountDisable : AuditAction::AccountEnable);
        changed.before = accountJson(storedName, role, wasDisabled);
        changed.after = accountJson(storedName, role, disabled);
        m_trail->append(changed);
        return {};
    });
}

Result<std::optional<QDateTime>> SqliteIncidentRepository::countLoginAttempt(const QString &name,
                                                                             const LoginSchedule &schedule)
{
    // Write-locked from the read on (BEGIN IMMEDIATE): attempts of several programs at once take turns, and
    // each sees the time the one before it set.
    return inWriteTransaction<std::optional<QDateTime>>(
        tr("Recording the login"), [&]() -> Result<std::optional<QDateTime>> {
            SqliteStatement select(*m_db, "SELECT failed_logins, last_failed_at FROM account WHERE name = ?1");
            select.bind(1, name);
            if (!select.step()) {
                return Failure::notFound(tr("name: there is no account named %1").arg(name));
            }
            const int failures = int(select.integer(0));
            const QString last = select.text(1);
            const std::optional<QDateTime> due =
                schedule(failures, last.isEmpty() ? QDateTime() : AuditEntry::parseTime(last));
            if (!due) {
                return std::optional<QDateTime>();
            }
            m_db->cached("UPDATE account SET failed_logins = failed_logins + 1, last_failed_at = ?2 WHERE name = ?1")
                .bind(1, name)
                .bind(2, AuditEntry::formatTime(*due))
                .run();
            return due;
        });
}

Result<void> SqliteIncidentRepository::recordLogin(const QString &name, bool succeeded, const ChangeStamp &stamp)
{
    return inWriteTransaction<void>(tr("Recording the login"), [&]() -> Result<void> {
        if (succeeded) {
            m_db->cached("UPDATE account SET failed_logins = 0, last_failed_at = '' WHERE name = ?1")
                .bind(1, name)
                .run();
        } else {
            // The attempt was counted before its check (countLoginAttempt); here only the trail learns of it.
            AuditEntry failed = entry(stamp, AuditAction::LoginFailed);
            if (!name.isEmpty()) {
                failed.after = compactJson(QJsonObject{{QStringLiteral("name"), name}});
            }
            m_trail->append(failed);
        }
        return {};
    });
}

Result<AuditHead> SqliteIncidentRepository::auditHead()
{
    try {
        return m_trail->head();
    } catch (const SqliteError &e) {
        return failure(e, tr("Reading the audit trail"));
    }
}

Result<qint64> SqliteIncidentRepository::forEachAuditEntry(const AuditFilter &filter,
                                                           const std::function<bool(const AuditEntry &)> &visit)
{
    try {
        SqliteTransaction snapshot(*m_db, SqliteTransaction::Kind::Read);
        return m_trail->forEach(filter, visit);
    } catch (const SqliteError &e) {
        return failure(e, tr("Reading the audit trail"));
    }
}

Result<void> SqliteIncidentRepository::replayAudit(AuditVerifier &verifier)
{
    try {
        const ScopedPragma mapped = memoryMappedReads(*m_db);
        SqliteTransaction snapshot(*m_db, SqliteTransaction::Kind::Read);
        m_trail->forEach({}, [&](const AuditEntry &e) {
            verifier.addEntry(e);
            return true;
        });
        forEachStoredIncident(*m_db, [&](const Incident &incident, bool removed, qint64 createdBy) {
            verifier.addIncident(incident, removed, createdBy);
        });
        TallyDelta::readStored(*m_db, verifier.tallies());
        SqliteStatement accounts(*m_db, "SELECT name, role, disabled, password_hash FROM account ORDER BY id");
        while (accounts.step()) {
            verifier.addAccount(accounts.text(0), accounts.text(1), accounts.integer(2) != 0,
                                accounts.text(3).toLatin1());
        }
        SqliteStatement days(*m_db, "SELECT date, signed_by, signed_at, incidents, persons, audit_seq, head_hash "
                                    "FROM signed_day ORDER BY date");
        while (days.step()) {
            verifier.addSignedDay(signOffFromRow(days));
        }
        return {};
    } catch (const SqliteError &e) {
        return failure(e, tr("Reading the audit trail"));
    }
}

} // namespace borderlog::sqlite
