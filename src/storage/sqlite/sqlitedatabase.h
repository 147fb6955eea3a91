// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <chrono>
#include <map>
#include <memory>
#include <string>

struct sqlite3;

namespace borderlog::sqlite {

class SqliteStatement;

// One open SQLite connection (RAII; closed with sqlite3_close_v2).
class SqliteDatabase
{
public:
    enum class Mode {
        ReadWriteCreate,
        ReadWriteExisting,
        ReadWriteIfAllowed, // read-only, as SQLite does, when the file may not be written
        ReadOnly,
    };

    // How long a statement waits for another program's lock before it fails as busy. Ten seconds by
    // default; borderlog-cli's writes wait as long as an import may take (kWriterBusyTimeout); the desktop
    // app waits briefly, so that its window never freezes, and queues a save that finds the database busy.
    static constexpr std::chrono::milliseconds kDefaultBusyTimeout{10000};
    static constexpr std::chrono::milliseconds kWriterBusyTimeout{3600000};
    static constexpr std::chrono::milliseconds kInteractiveBusyTimeout{1000};

    // Throws SqliteError; a file that cannot be written is refused (SQLITE_READONLY) unless Mode::ReadOnly.
    // ":memory:" and "file:" URIs are opened as SQLite reads them, without creating a file of that name.
    SqliteDatabase(const QString &path, Mode mode, std::chrono::milliseconds busyTimeout = kDefaultBusyTimeout);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    // The version of the SQLite library the program runs with (sqlite3_libversion), e.g. "3.40.1".
    static QString libraryVersion();
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // Runs SQL without parameters and without results (schema, pragmas); throws SqliteError.
    void execute(const char *sql);
    // The first column of the first row of a query without parameters, as an integer.
    qint64 queryInt(const char *sql);

    // A prepared statement kept for the life of the connection, reset and ready for new parameters.
    // For the statements of hot paths (saving, importing, paging), prepared once instead of per call.
    SqliteStatement &cached(const char *sql);

    // Runs SQL whose failure changes nothing that matters (a connection setting); returns whether it ran.
    bool tryExecute(const char *sql) noexcept;
    // Whether a transaction is open on this connection.
    bool inTransaction() const;
    std::chrono::milliseconds busyTimeout() const { return m_busyTimeout; }
    // How many statements this connection has run (each run of a prepared statement counts once): what the
    // tests and the benchmarks count a change's re-queries with.
    qint64 statementsRun() const { return m_statementsRun; }
    void noteStatementRun() { ++m_statementsRun; }

    qint64 lastInsertRowId() const;
    int changes() const;
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    // Throws SqliteError for a result code that is not SQLITE_OK/ROW/DONE.
    void check(int resultCode, const char *what) const;

    static bool isInMemory(const QString &path);

private:
    static void createOwnerOnly(const QString &path);

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::chrono::milliseconds m_busyTimeout;
    qint64 m_statementsRun = 0;
    std::map<std::string, std::unique_ptr<SqliteStatement>> m_cache;
};

} // namespace borderlog::sqlite
