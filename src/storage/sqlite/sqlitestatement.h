// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

struct sqlite3_stmt;

namespace borderlog::sqlite {

class SqliteDatabase;

// One prepared statement (RAII). Parameters are always bound, never spliced into the SQL text.
class SqliteStatement
{
public:
    SqliteStatement(SqliteDatabase &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Parameters are 1-based, as in SQLite. Text is bound as text, also when empty.
    SqliteStatement &bind(int index, const QString &text);
    // Text given as UTF-8 bytes (copied): no conversion on hot paths that already hold UTF-8.
    SqliteStatement &bindUtf8(int index, QByteArrayView utf8);
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    // A real number, or NULL when there is none.
    SqliteStatement &bind(int index, std::optional<double> value);

    // Advances to the next row: true while there is one, false when done. Throws SqliteError.
    bool step();
    // step() for statements without rows.
    void run();
    // Ready to run again with new parameters.
    void reset();

    QString text(int column) const;
    // The column's UTF-8 bytes, valid until the next step or reset.
    QByteArrayView bytes(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    std::optional<double> real(int column) const;

private:
    SqliteDatabase &m_db;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace borderlog::sqlite
