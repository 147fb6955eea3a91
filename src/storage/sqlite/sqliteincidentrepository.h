#pragma once

#include "incidentrepository.h"

#include <QHash>
#include <QMap>

#include <chrono>
#include <memory>

namespace borderlog::sqlite {

class SqliteAuditTrail;
class SqliteDatabase;
class SqliteError;
class TallyDelta;

// The embedded default: incidents in one SQLite file (WAL journal, synchronous=FULL, foreign keys on).
// Per-day tallies are kept in the same transaction as every write, so tallies never scan incidents.
class SqliteIncidentRepository final : public IncidentRepository
{
public:
    // Whether opening may create a database: only programs that write do (a read on a mistyped path must
    // fail, not report an empty register).
    enum class Creation {
        Allowed,
        Refused,
    };
    // Opens (or, when allowed, creates) the database at path and brings its schema up to date; safe when
    // several programs do it at once. Refuses, untouched, a file that is not a Border Incident Log database,
    // was written by a newer program, is empty when creating is refused, or is no regular file.
    // How long a write waits for another program's write to end before it fails as busy. Ten seconds by
    // default; borderlog-cli's writes wait as long as an import may take (kWriterBusyTimeout); the desktop app
    // waits briefly, so that its window never freezes, and queues a save that finds the database busy.
    static constexpr std::chrono::milliseconds kDefaultBusyTimeout{10000};
    static constexpr std::chrono::milliseconds kWriterBusyTimeout{3600000};
    static constexpr std::chrono::milliseconds kInteractiveBusyTimeout{1000};
    static Result<std::unique_ptr<SqliteIncidentRepository>>
    open(const QString &path, Creation creation = Creation::Allowed,
         std::chrono::milliseconds busyTimeout = kDefaultBusyTimeout);
    // The desktop app's: creation allowed, the interactive busy timeout. What it hands the window for
    // File > Open.
    static Result<std::unique_ptr<IncidentRepository>> openRepository(const QString &path);
    ~SqliteIncidentRepository() override;

    QString location() const override;

    Result<void> add(const Incident &incident, const ChangeStamp &stamp) override;
    Result<void> update(const Incident &incident, const ChangeStamp &stamp) override;
    Result<void> remove(const QUuid &id, const ChangeStamp &stamp) override;
    Result<std::optional<Incident>> find(const QUuid &id) override;
    Result<ImportSummary> import(IncidentSource &source, const ChangeStamp &stamp,
                                 const ImportProgress &progress) override;

    Result<QList<Incident>> page(const IncidentPageRequest &request) override;
    Result<qint64> count(const IncidentFilter &filter) override;
    Result<qint64> forEachIncident(const IncidentFilter &filter,
                                   const std::function<bool(const Incident &)> &visit) override;
    Result<qint64> forEachIncidentLine(const IncidentFilter &filter,
                                       const std::function<bool(const IncidentLine &)> &visit) override;
    Result<QList<TallyRow>> tally(const IncidentFilter &filter, TallyGrouping grouping) override;
    Result<QList<std::pair<QDate, qint64>>> dailyCounts(const IncidentFilter &filter) override;
    Result<std::pair<QDate, QDate>> dateSpan() override;

    Result<QStringList> locations() override;
    Result<void> addLocation(const QString &name, const ChangeStamp &stamp) override;

    Result<std::optional<DaySignOff>> signedDay(const QDate &date) override;
    Result<QList<DaySignOff>> signedDays(const QDate &from, const QDate &to) override;
    Result<DaySignOff> signOffDay(const QDate &date, const ChangeStamp &stamp) override;
    Result<void> reopenDay(const QDate &date, const ChangeStamp &stamp) override;

    Result<QList<Account>> accounts() override;
    Result<std::optional<StoredAccount>> findAccount(const QString &name) override;
    Result<void> addAccount(const Account &account, const QByteArray &passwordHash, const ChangeStamp &stamp,
                            AccountAddition addition) override;
    Result<void> setAccountDisabled(const QString &name, bool disabled, const ChangeStamp &stamp) override;
    Result<std::optional<QDateTime>> countLoginAttempt(const QString &name, const LoginSchedule &schedule) override;
    Result<void> recordLogin(const QString &name, bool succeeded, const ChangeStamp &stamp) override;

    Result<AuditHead> auditHead() override;
    Result<qint64> forEachAuditEntry(const AuditFilter &filter,
                                     const std::function<bool(const AuditEntry &)> &visit) override;
    Result<void> replayAudit(AuditVerifier &verifier) override;

    Result<DatabaseHealth> checkHealth() override;
    Result<qint64> rebuildTallies(const ChangeStamp &stamp) override;
    Result<void> backUp(const QString &target) override;
    Result<qint64> externalChangeCounter() override;

    // A checked copy of the database at databasePath, through a connection of its own, so that it can run
    // on another thread while the program works on.
    static Result<void> backUpFile(const QString &databasePath, const QString &target);

    // Whether there is no database at path that any program could open: missing, empty, not an SQLite file or
    // damaged (not merely busy, read-only or newer).
    static bool cannotBeOpenedAtAll(const QString &path);

    // Checks the database at path without changing it (read-only): schema version, integrity, incidents.
    static Result<DatabaseHealth> inspect(const QString &path);

    // Replaces the database at databasePath with a copy of the backup, after checking the backup
    // (SqliteRestore). The current file is kept aside as <name>.before-restore-<time>.sqlite; refused while
    // another program has the database open. Returns the path the current file was kept under (empty when
    // there was none).
    static Result<QString> restore(const QString &backupPath, const QString &databasePath);

    // The schema version of the file (PRAGMA user_version).
    int schemaVersion() const;

private:
    explicit SqliteIncidentRepository(std::unique_ptr<SqliteDatabase> db);

    // Takes the incidents recorded before the audit trail existed into it with one "adopt" entry.
    void adoptIncidentsBeforeTrail();
    // The id of the location, created when new (then *created is set, when given).
    qint64 locationId(const QString &name, bool *created = nullptr);
    enum class Removed {
        Excluded,
        Included
    };
    std::optional<qint64> rowIdOf(const QUuid &id, Removed removed = Removed::Excluded);
    // Inserts the incident unless its incident_id is present; returns whether it was inserted.
    // `createdBy` is the sequence number of the audit entry that records it.
    bool insertIncident(const Incident &incident, TallyDelta &delta, qint64 createdBy);
    void writeNationalities(qint64 rowId, const Incident &incident);
    std::optional<DaySignOff> readSignedDay(const QDate &date);
    AuditEntry entry(const ChangeStamp &stamp, AuditAction action) const;
    std::optional<Incident> readIncident(qint64 rowId);
    void loadNationalities(QList<Incident> &incidents, const QList<qint64> &rowIds);
    QList<Incident> readPage(const IncidentPageRequest &request);
    // The incident just before position skipInDay of the request's day, in the request's order.
    std::optional<Incident> keyBefore(const IncidentPageRequest &request);
    // Adds the tally rows of one period piece, read from the daily or the monthly tallies.
    void addTallyPiece(QMap<QString, TallyRow> &rows, const IncidentFilter &filter, TallyGrouping grouping,
                       bool monthly, const QString &from, const QString &to);
    Failure failure(const SqliteError &error, const QString &action) const;
    // Runs `write` in one write transaction: committed when it returns a value, rolled back when it
    // returns a failure or SQLite throws (then a failure naming `action`).
    template <typename T, typename Write>
    Result<T> inWriteTransaction(const QString &action, Write &&write);

    std::unique_ptr<SqliteDatabase> m_db;
    std::unique_ptr<SqliteAuditTrail> m_trail;
    QHash<QString, qint64> m_locationIds; // LocationNames::key -> id, filled as names are used
};

} // namespace borderlog::sqlite
