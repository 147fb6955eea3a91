// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace borderlog::postgres {

// Where the national register is, as a person gives it: a libpq connection string, key=value pairs
// ("host=hq.example port=5432 dbname=borderlog user=medininkai sslmode=verify-full") or a URI
// ("postgresql://medininkai@hq.example/borderlog?sslmode=verify-full"). The password never is part of it:
// it would show in the process list, the shell's history and the log. libpq finds it in ~/.pgpass (or the
// file PGPASSFILE names), or asks the server for a certificate login.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    // Checks the text with libpq's own parser; refuses what it cannot read and a password in it, naming the
    // field and the rule.
    static Result<ServerAddress> parse(const QString &text);

    const QByteArray &connectionString() const { return m_connection; }

private:
    explicit ServerAddress(QByteArray connection)
        : m_connection(std::move(connection))
    {}

    QByteArray m_connection;
};

} // namespace borderlog::postgres
