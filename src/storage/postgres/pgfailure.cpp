// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgfailure.h"

#include "pgerror.h"

namespace borderlog::postgres {

Failure PgFailure::from(const PgError &error, const QString &action, const QString &server)
{
    if (error.connectionLost()) {
        return Failure::storage(tr("%1: the national register at %2 could not be reached; nothing more was "
                                   "changed, try again once it is reachable.\n%3")
                                    .arg(action, server, error.message()));
    }
    if (error.sqlState().startsWith("28")) {
        return Failure::refused(tr("%1: the national register at %2 did not accept the login: %3\nThe password "
                                   "comes from ~/.pgpass or the file PGPASSFILE names.")
                                    .arg(action, server, error.message()));
    }
    if (error.sqlState() == "42501") {
        return Failure::refused(tr("%1: the server refused it to this login (%2).").arg(action, error.message()));
    }
    return Failure::storage(tr("%1 failed on the national register at %2: %3 (SQLSTATE %4). Nothing was changed.")
                                .arg(action, server, error.message(), QString::fromLatin1(error.sqlState())));
}

} // namespace borderlog::postgres
