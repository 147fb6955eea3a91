// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgresult.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

struct pg_conn;

namespace borderlog::postgres {

// The values of a statement's $1, $2, … in libpq's text format; a missing value is SQL NULL. Values are
// always bound, never pasted into the statement's text.
class PgParameters
{
public:
    PgParameters() = default;
    PgParameters(std::initializer_list<QByteArray> values);

    PgParameters &add(const QByteArray &value);
    PgParameters &add(const QString &value);
    PgParameters &add(qint64 value);
    PgParameters &addNull();

    int size() const { return int(m_values.size()); }
    const std::optional<QByteArray> &at(int index) const { return m_values.at(index); }

private:
    QList<std::optional<QByteArray>> m_values;
};

// One connection to a PostgreSQL server (libpq), closed on destruction. Every call throws PgError when the
// server refuses it or the link fails. The connection speaks UTF-8, names itself "borderlog" to the
// server, and gives up connecting after 10 seconds unless the connection string says otherwise. Used from
// one thread at a time.
class PgConnection
{
public:
    // `connection` is a libpq connection string: key=value pairs or a postgresql:// URI.
    explicit PgConnection(const QByteArray &connection);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // One statement with its parameters bound; returns its rows.
    PgResult execute(const char *sql, const PgParameters &parameters = {});
    // Several statements in one text, without parameters (a migration's script).
    void executeScript(const QByteArray &sql);

    // The server's version as a number (150004 for 15.4).
    int serverVersion() const;
    // Where the connection goes, as shown to a person: database, host or socket folder, port and user; never
    // the password.
    QString displayName() const;
    // The notifications (NOTIFY) that arrived for the channels this connection listens to, read from its
    // socket without a query; how many.
    int takeNotifications();

    pg_conn *handle() const { return m_connection; }

private:
    PgResult checked(pg_result *result) const;

    pg_conn *m_connection = nullptr;
};

} // namespace borderlog::postgres
