// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"
#include "sqlitedatabase.h"

#include <QCoreApplication>

#include <chrono>
#include <memory>

namespace borderlog::sqlite {

class SqliteAccountStore;
class SqliteAuditTrail;
class SqliteAuditTrailStore;
class SqliteIncidentQueries;
class SqliteIncidentStore;
class SqliteLocationStore;
class SqliteRegisterMaintenance;
class SqliteSignedDayStore;
class SqliteSyncLinkStore;
class SqliteTallyStore;
class StoreContext;

// The embedded default: a register in one SQLite file (WAL journal, synchronous=FULL, foreign keys on),
// its stores over one connection. Per-day tallies are kept in the same transaction as every write, so
// tallies never scan incidents.
class SqliteRegister final : public RegisterStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteRegister)

public:
    // Whether opening may create a database: only programs that write do (a read on a mistyped path must
    // fail, not report an empty register).
    enum class Creation {
        Allowed,
        Refused,
    };
    static constexpr auto kDefaultBusyTimeout = SqliteDatabase::kDefaultBusyTimeout;
    static constexpr auto kWriterBusyTimeout = SqliteDatabase::kWriterBusyTimeout;
    static constexpr auto kInteractiveBusyTimeout = SqliteDatabase::kInteractiveBusyTimeout;

    // Opens (or, when allowed, creates) the database at path and brings its schema up to date; safe when
    // several programs do it at once. Refuses, untouched, a file that is not a Border Incident Log database,
    // was written by a newer program, is empty when creating is refused, or is no regular file.
    static Result<std::unique_ptr<SqliteRegister>> open(const QString &path, Creation creation = Creation::Allowed,
                                                        std::chrono::milliseconds busyTimeout = kDefaultBusyTimeout);
    // The desktop app's: creation allowed, the interactive busy timeout. What it hands the window for
    // File > Open.
    static Result<std::unique_ptr<RegisterStore>> openForDesktop(const QString &path);
    // The same without creating one: the desktop app's start on any path but its default (a mistyped --db or a
    // database moved away since the last run is said, not replaced by an empty register).
    static Result<std::unique_ptr<RegisterStore>> openExistingForDesktop(const QString &path);
    ~SqliteRegister() override;

    // The file path.
    QString displayName() const override;
    // "SQLite" and the version of the SQLite library the program runs with.
    QString engine() const override;
    IncidentStore &incidents() override;
    IncidentQueries &queries() override;
    TallyStore &tallies() override;
    LocationStore &locations() override;
    SignedDayStore &signedDays() override;
    AccountStore &accounts() override;
    AuditTrailStore &auditTrail() override;
    SyncLinkStore &syncLink() override;
    RegisterMaintenance &maintenance() override;

    // The schema version of the file (PRAGMA user_version).
    int schemaVersion() const;
    // How many statements the register's connection has run (SqliteDatabase::statementsRun).
    qint64 statementsRun() const;

private:
    explicit SqliteRegister(std::unique_ptr<SqliteDatabase> db);
    // Opens the connection and brings the schema up to date; throws SqliteError.
    static Result<std::unique_ptr<SqliteDatabase>> connect(const QString &path, bool creating, Creation creation,
                                                           std::chrono::milliseconds busyTimeout);
    // Why a database file must be left as it is (another program's, a newer schema), or nothing.
    static Result<std::unique_ptr<RegisterStore>> openInteractive(const QString &path, Creation creation);
    static std::optional<Failure> refusal(SqliteDatabase &db, const QString &path);
    // What an SQLite error while opening means for a person.
    static Failure openFailure(int primaryCode, const QString &message, const QString &path);

    std::unique_ptr<SqliteDatabase> m_db;
    std::unique_ptr<SqliteAuditTrail> m_trail;
    std::unique_ptr<StoreContext> m_context;
    std::unique_ptr<SqliteTallyStore> m_tallies;
    std::unique_ptr<SqliteIncidentStore> m_incidents;
    std::unique_ptr<SqliteIncidentQueries> m_queries;
    std::unique_ptr<SqliteLocationStore> m_locations;
    std::unique_ptr<SqliteSignedDayStore> m_signedDays;
    std::unique_ptr<SqliteAccountStore> m_accounts;
    std::unique_ptr<SqliteAuditTrailStore> m_auditTrail;
    std::unique_ptr<SqliteSyncLinkStore> m_syncLink;
    std::unique_ptr<SqliteRegisterMaintenance> m_maintenance;
};

} // namespace borderlog::sqlite
