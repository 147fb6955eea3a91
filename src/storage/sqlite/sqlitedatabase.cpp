// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitedatabase.h"

#include "sqliteerror.h"
#include "sqlitestatement.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace borderlog::sqlite {

SqliteDatabase::SqliteDatabase(const QString &path, Mode mode, std::chrono::milliseconds busyTimeout)
    : m_path(path)
    , m_busyTimeout(busyTimeout)
{
    int flags = SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX;
    const bool inMemory = isInMemory(path);
    if (inMemory) {
        flags |= SQLITE_OPEN_URI;
    }
    switch (mode) {
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        if (!inMemory) {
            createOwnerOnly(path);
        }
        break;
    case Mode::ReadWriteExisting:
    case Mode::ReadWriteIfAllowed:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw SqliteError(rc, message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, int(m_busyTimeout.count()));
    if ((mode == Mode::ReadWriteCreate || mode == Mode::ReadWriteExisting) && sqlite3_db_readonly(m_db, "main") == 1) {
        // SQLite opens a file it may not write read-only without a word, and the first read would then
        // leave a shared-memory file only this user can read, which blocks every later write.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw SqliteError(SQLITE_READONLY, QStringLiteral("the file is read-only"));
    }
}

bool SqliteDatabase::tryExecute(const char *sql) noexcept
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

bool SqliteDatabase::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

bool SqliteDatabase::isInMemory(const QString &path)
{
    return path == u":memory:" || path.startsWith(u"file:");
}

void SqliteDatabase::createOwnerOnly(const QString &path)
{
    // SQLite creates a new file with the process's umask and gives its -wal and -shm files the database
    // file's permissions. An empty file made here first, readable by its owner only, makes all three 0600,
    // whatever the umask. (SQLite treats an empty file as a new database.)
    const QByteArray native = path.toLocal8Bit();
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
    }
}

SqliteDatabase::~SqliteDatabase()
{
    m_cache.clear(); // statements are finalized before the connection closes
    sqlite3_close_v2(m_db);
}

QString SqliteDatabase::libraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

SqliteStatement &SqliteDatabase::cached(const char *sql)
{
    auto &slot = m_cache[sql];
    if (!slot) {
        slot = std::make_unique<SqliteStatement>(*this, sql);
    }
    slot->reset();
    return *slot;
}

void SqliteDatabase::check(int resultCode, const char *what) const
{
    if (resultCode == SQLITE_OK || resultCode == SQLITE_ROW || resultCode == SQLITE_DONE) {
        return;
    }
    throw SqliteError(sqlite3_extended_errcode(m_db),
                      QStringLiteral("%1: %2").arg(QString::fromUtf8(what), QString::fromUtf8(sqlite3_errmsg(m_db))));
}

void SqliteDatabase::execute(const char *sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errstr(rc));
        sqlite3_free(error);
        throw SqliteError(sqlite3_extended_errcode(m_db), message);
    }
}

qint64 SqliteDatabase::queryInt(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    check(sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr), sql);
    const int rc = sqlite3_step(statement);
    const qint64 value = rc == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : 0;
    sqlite3_finalize(statement);
    check(rc, sql);
    return value;
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace borderlog::sqlite
