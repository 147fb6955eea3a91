// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgtransaction.h"

#include "pgconnection.h"
#include "pgerror.h"

namespace borderlog::postgres {

PgTransaction::PgTransaction(PgConnection &connection, Kind kind)
    : m_connection(connection)
{
    m_connection.execute(kind == Kind::Write ? "BEGIN ISOLATION LEVEL READ COMMITTED"
                                             : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

PgTransaction::~PgTransaction()
{
    if (m_done) {
        return;
    }
    try {
        m_connection.execute("ROLLBACK");
    } catch (const PgError &) {
        // The link is gone: the server rolls the transaction back by itself.
    }
}

void PgTransaction::commit()
{
    m_connection.execute("COMMIT");
    m_done = true;
}

} // namespace borderlog::postgres
