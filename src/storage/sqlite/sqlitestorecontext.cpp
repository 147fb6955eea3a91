// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestorecontext.h"

#include "locationnames.h"
#include "sqlitestatement.h"

#include <sqlite3.h>

namespace borderlog::sqlite {

qint64 LocationIds::idOf(const QString &name, bool *created)
{
    const QString key = LocationNames::key(name);
    if (const auto it = m_ids.constFind(key); it != m_ids.cend()) {
        return it.value();
    }
    m_db.cached("INSERT INTO location (name) VALUES (?1) ON CONFLICT (name) DO NOTHING").bind(1, name).run();
    if (created) {
        *created = m_db.changes() > 0;
    }
    // A location merged into another stands for it (the names an incident is filed under are resolved
    // before, LocationNames::of; this keeps a row from ever landing on an alias).
    SqliteStatement &select = m_db.cached("SELECT coalesce(merged_into, id) FROM location WHERE name = ?1");
    select.bind(1, name);
    select.step();
    const qint64 id = select.integer(0);
    select.reset();
    m_ids.insert(key, id);
    return id;
}

void LocationIds::dropCreated(const QString &name, qint64 id)
{
    m_db.cached("DELETE FROM location WHERE id = ?1").bind(1, id).run();
    m_ids.remove(LocationNames::key(name));
}

Failure StoreContext::failure(const SqliteError &error, const QString &action)
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

Failure StoreContext::ownWriteOpen(const QString &action)
{
    return Failure::whileBusy(
        tr("%1 failed: the database is busy with an import; try again in a moment. Nothing was changed.").arg(action));
}

} // namespace borderlog::sqlite
