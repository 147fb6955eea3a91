// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>

namespace borderlog::postgres {

class PgError;

// What a PostgreSQL error means for a person: the one place where PgError becomes a Failure.
class PgFailure
{
    Q_DECLARE_TR_FUNCTIONS(PgFailure)

public:
    // `action` says what was being done ("Sending the audit trail"), `server` where.
    static Failure from(const PgError &error, const QString &action, const QString &server);
};

} // namespace borderlog::postgres
