// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitetransaction.h"

#include "sqlitedatabase.h"

#include <sqlite3.h>

namespace borderlog::sqlite {

SqliteTransaction::SqliteTransaction(SqliteDatabase &db, Kind kind)
    : m_db(db)
{
    m_db.execute(kind == Kind::Write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
}

SqliteTransaction::~SqliteTransaction()
{
    if (!m_done) {
        // Never throws: a failed rollback leaves SQLite to roll back when the connection closes.
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void SqliteTransaction::commit()
{
    m_db.execute("COMMIT");
    m_done = true;
}

} // namespace borderlog::sqlite
