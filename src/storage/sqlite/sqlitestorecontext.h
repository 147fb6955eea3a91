// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "sqlitedatabase.h"
#include "sqliteerror.h"
#include "sqlitetransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace borderlog::sqlite {

class SqliteAuditTrail;

// Location ids by LocationNames::key, filled as names are used within one write transaction (another program
// may rename or merge locations between two): an import looks each location up once, not once per incident.
class LocationIds
{
public:
    explicit LocationIds(SqliteDatabase &db)
        : m_db(db)
    {}
    // The id of the location, created when new (then *created is set, when given).
    qint64 idOf(const QString &name, bool *created = nullptr);
    // Deletes a location that was just created for an incident that was not written after all.
    void dropCreated(const QString &name, qint64 id);
    // After a rollback: the transaction may have taken new locations with it.
    void forget() { m_ids.clear(); }

private:
    SqliteDatabase &m_db;
    QHash<QString, qint64> m_ids;
};

// What every SQLite store of one opened register shares: the connection, the audit trail it appends to,
// the location ids, and the one way a store's work becomes a transaction and SQLite's errors become a
// Failure that says what failed and why, with "Nothing was changed".
class StoreContext
{
    Q_DECLARE_TR_FUNCTIONS(StoreContext)

public:
    StoreContext(SqliteDatabase &db, SqliteAuditTrail &trail)
        : db(db)
        , trail(trail)
        , locationIds(db)
    {}

    SqliteDatabase &db;
    SqliteAuditTrail &trail;
    LocationIds locationIds;

    // Runs `work` in one write transaction: committed when it returns a value, rolled back when it returns a
    // failure or SQLite throws (then a failure naming `action`).
    template <typename T, typename Work>
    Result<T> write(const QString &action, Work &&work)
    {
        if (db.inTransaction()) {
            return ownWriteOpen(action);
        }
        try {
            SqliteTransaction transaction(db);
            locationIds.forget();
            Result<T> result = work();
            if (result) {
                transaction.commit();
            } else {
                locationIds.forget();
            }
            return result;
        } catch (const SqliteError &e) {
            locationIds.forget();
            return failure(e, action);
        }
    }

    // Runs a read; SQLite's errors become a failure naming `action`.
    template <typename T, typename Work>
    Result<T> read(const QString &action, Work &&work)
    {
        try {
            return work();
        } catch (const SqliteError &e) {
            return failure(e, action);
        }
    }

    // What an SQLite error means for a person, as "<action> failed: <why>. Nothing was changed."; a busy
    // database gives Failure::whileBusy (the desktop app queues the save).
    static Failure failure(const SqliteError &error, const QString &action);

private:
    // This program's own long write (an import, its progress window pumping events) is still open on the
    // connection: the same as another program's, this write can succeed once it ends.
    static Failure ownWriteOpen(const QString &action);
};

} // namespace borderlog::sqlite
