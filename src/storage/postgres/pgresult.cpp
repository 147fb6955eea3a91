// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgresult.h"

#include "pgerror.h"

#include <libpq-fe.h>

#include <utility>

namespace borderlog::postgres {

PgResult::PgResult(pg_result *result)
    : m_result(result)
{}

PgResult::~PgResult()
{
    PQclear(m_result);
}

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int PgResult::rows() const
{
    return PQntuples(m_result);
}

int PgResult::columns() const
{
    return PQnfields(m_result);
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QByteArray PgResult::bytes(int row, int column) const
{
    return {PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column)};
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::integer(int row, int column) const
{
    bool ok = false;
    const qint64 value = bytes(row, column).toLongLong(&ok);
    if (!ok) {
        // Not a lost link: the server answered what this program does not expect (SQLSTATE internal_error).
        throw PgError(
            "XX000",
            QStringLiteral("column %1 is not a whole number").arg(QString::fromUtf8(PQfname(m_result, column))));
    }
    return value;
}

bool PgResult::boolean(int row, int column) const
{
    return bytes(row, column) == "t";
}

qint64 PgResult::affectedRows() const
{
    return QByteArray(PQcmdTuples(m_result)).toLongLong();
}

} // namespace borderlog::postgres
