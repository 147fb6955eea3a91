// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace borderlog::sqlite {

class SqliteDatabase;

// A write transaction begins IMMEDIATE (takes the write lock at once, so a busy database is waited for
// up front rather than failing half-way); a read transaction is a consistent snapshot for many queries.
// ROLLBACK on destruction unless commit() was called.
class SqliteTransaction
{
public:
    enum class Kind {
        Write,
        Read,
    };

    explicit SqliteTransaction(SqliteDatabase &db, Kind kind = Kind::Write);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    void commit();

private:
    SqliteDatabase &m_db;
    bool m_done = false;
};

} // namespace borderlog::sqlite
