// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

struct pg_result;

namespace borderlog::postgres {

// The rows a statement returned, owned (PQclear on destruction). Values are read in libpq's text format.
class PgResult
{
public:
    explicit PgResult(pg_result *result);
    ~PgResult();
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    QString text(int row, int column) const;
    // The value as a whole number; throws PgError when it is not one.
    qint64 integer(int row, int column) const;
    bool boolean(int row, int column) const;
    // How many rows an INSERT, UPDATE or DELETE touched.
    qint64 affectedRows() const;

private:
    pg_result *m_result = nullptr;
};

} // namespace borderlog::postgres
