// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include "sqlitedatabase.h"
#include "sqliteerror.h"

#include <sqlite3.h>

namespace borderlog::sqlite {

SqliteStatement::SqliteStatement(SqliteDatabase &db, const char *sql)
    : m_db(db)
{
    m_db.check(sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr), sql);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement &SqliteStatement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    m_db.check(sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT),
               "bind text");
    return *this;
}

SqliteStatement &SqliteStatement::bindUtf8(int index, QByteArrayView utf8)
{
    // An empty view may have no data pointer, which SQLite would bind as NULL.
    const char *data = utf8.isEmpty() ? "" : utf8.data();
    m_db.check(sqlite3_bind_text(m_statement, index, data, int(utf8.size()), SQLITE_TRANSIENT), "bind text");
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    m_db.check(sqlite3_bind_int64(m_statement, index, value), "bind integer");
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, std::optional<double> value)
{
    m_db.check(value ? sqlite3_bind_double(m_statement, index, *value) : sqlite3_bind_null(m_statement, index),
               "bind real");
    return *this;
}

bool SqliteStatement::step()
{
    if (sqlite3_stmt_busy(m_statement) == 0) {
        m_db.noteStatementRun(); // the first step of a run
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    const int code = sqlite3_extended_errcode(m_db.handle());
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db.handle()));
    sqlite3_reset(m_statement);
    throw SqliteError(code, message);
}

void SqliteStatement::run()
{
    while (step()) {
    }
    reset();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArrayView SqliteStatement::bytes(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

std::optional<double> SqliteStatement::real(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return sqlite3_column_double(m_statement, column);
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace borderlog::sqlite
