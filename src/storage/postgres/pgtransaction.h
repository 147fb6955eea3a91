// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace borderlog::postgres {

class PgConnection;

// BEGIN … COMMIT. A write runs at READ COMMITTED, the level at which a row lock or an advisory lock taken
// inside the transaction sees what was committed before it was granted; a snapshot is REPEATABLE READ READ
// ONLY, one consistent view for many queries. ROLLBACK on destruction unless commit() was called (a lost link
// rolls back on the server by itself).
class PgTransaction
{
public:
    enum class Kind {
        Write,
        Snapshot,
    };

    explicit PgTransaction(PgConnection &connection, Kind kind = Kind::Write);
    ~PgTransaction();
    PgTransaction(const PgTransaction &) = delete;
    PgTransaction &operator=(const PgTransaction &) = delete;

    void commit();

private:
    PgConnection &m_connection;
    bool m_done = false;
};

} // namespace borderlog::postgres
