#pragma once

namespace borderlog::sqlite {

class SqliteDatabase;

// BEGIN IMMEDIATE on construction (takes the write lock at once, so a busy database is waited for
// up front rather than failing half-way); ROLLBACK on destruction unless commit() was called.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDatabase &db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    void commit();

private:
    SqliteDatabase &m_db;
    bool m_done = false;
};

} // namespace borderlog::sqlite
