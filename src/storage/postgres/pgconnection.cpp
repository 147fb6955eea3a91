// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgconnection.h"

#include "pgerror.h"

#include <libpq-fe.h>
#include <spdlog/spdlog.h>

#include <vector>

namespace borderlog::postgres {

namespace {

// The server's notices (a NOTICE from a migration, a WARNING) go to the log rather than to standard error.
void logNotice(void *, const char *message)
{
    spdlog::info("server: {}", QByteArray(message).trimmed().toStdString());
}

QString errorText(const pg_conn *connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}

} // namespace

PgParameters::PgParameters(std::initializer_list<QByteArray> values)
{
    for (const QByteArray &value : values) {
        add(value);
    }
}

PgParameters &PgParameters::add(const QByteArray &value)
{
    m_values.append(value);
    return *this;
}

PgParameters &PgParameters::add(const QString &value)
{
    return add(value.toUtf8());
}

PgParameters &PgParameters::add(qint64 value)
{
    return add(QByteArray::number(value));
}

PgParameters &PgParameters::addNull()
{
    m_values.append(std::nullopt);
    return *this;
}

PgConnection::PgConnection(const QByteArray &connection)
{
    // Keywords are read in order and a later one wins: the defaults come before the user's connection string
    // (expanded from "dbname"), the encoding after it. TCP keepalives and a user timeout make a link that
    // went silent (a radio or mobile link cut half-way) fail within a minute or two instead of hanging.
    const char *keywords[] = {
        "connect_timeout",  "application_name", "keepalives", "keepalives_idle", "keepalives_interval",
        "keepalives_count", "tcp_user_timeout", "dbname",     "client_encoding", nullptr};
    const char *values[] = {"10", "borderlog", "1", "30", "10", "3", "60000", connection.constData(), "UTF8", nullptr};
    m_connection = PQconnectdbParams(keywords, values, 1);
    if (m_connection == nullptr) {
        throw PgError({}, QStringLiteral("out of memory"));
    }
    if (PQstatus(m_connection) != CONNECTION_OK) {
        const QString message = errorText(m_connection);
        // A server that asked for a password it did not get was reached: that is a login's failure.
        const QByteArray state = PQconnectionNeedsPassword(m_connection) != 0 ? "28P01" : QByteArray();
        PQfinish(m_connection);
        m_connection = nullptr;
        throw PgError(state, message);
    }
    PQsetNoticeProcessor(m_connection, logNotice, nullptr);
}

PgConnection::~PgConnection()
{
    PQfinish(m_connection);
}

PgResult PgConnection::execute(const char *sql, const PgParameters &parameters)
{
    std::vector<const char *> values;
    std::vector<int> lengths;
    values.reserve(size_t(parameters.size()));
    lengths.reserve(size_t(parameters.size()));
    for (int i = 0; i < parameters.size(); ++i) {
        const auto &value = parameters.at(i);
        values.push_back(value ? value->constData() : nullptr);
        lengths.push_back(value ? int(value->size()) : 0);
    }
    return checked(
        PQexecParams(m_connection, sql, parameters.size(), nullptr, values.data(), lengths.data(), nullptr, 0));
}

void PgConnection::executeScript(const QByteArray &sql)
{
    checked(PQexec(m_connection, sql.constData()));
}

PgResult PgConnection::checked(pg_result *result) const
{
    PgResult owned(result);
    const ExecStatusType status = result == nullptr ? PGRES_FATAL_ERROR : PQresultStatus(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        return owned;
    }
    QByteArray state = result == nullptr ? QByteArray() : QByteArray(PQresultErrorField(result, PG_DIAG_SQLSTATE));
    QString message = result == nullptr ? errorText(m_connection)
                                        : QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
    if (message.isEmpty()) {
        message = errorText(m_connection);
    }
    if (PQstatus(m_connection) == CONNECTION_BAD && state.isEmpty()) {
        state = "08006"; // connection_failure: the link went while the statement was under way
    }
    throw PgError(state, message);
}

int PgConnection::serverVersion() const
{
    return PQserverVersion(m_connection);
}

QString PgConnection::displayName() const
{
    const QString host = QString::fromUtf8(PQhost(m_connection));
    return QStringLiteral("%1 on %2:%3 as %4")
        .arg(QString::fromUtf8(PQdb(m_connection)), host, QString::fromUtf8(PQport(m_connection)),
             QString::fromUtf8(PQuser(m_connection)));
}

int PgConnection::takeNotifications()
{
    if (PQconsumeInput(m_connection) == 0) {
        throw PgError({}, QString::fromUtf8(PQerrorMessage(m_connection)).trimmed());
    }
    int count = 0;
    while (PGnotify *notification = PQnotifies(m_connection)) {
        ++count;
        PQfreemem(notification);
    }
    return count;
}

} // namespace borderlog::postgres
