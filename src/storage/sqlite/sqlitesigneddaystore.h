// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"

#include <QCoreApplication>

namespace borderlog::sqlite {

class SqliteDatabase;
class SqliteStatement;
class StoreContext;

// SignedDayStore on SQLite: the signed_day table, whose rows the schema's triggers guard (no incident of a
// signed day changes, whoever writes).
class SqliteSignedDayStore final : public SignedDayStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteSignedDayStore)

public:
    explicit SqliteSignedDayStore(StoreContext &context)
        : m_context(context)
    {}

    Result<std::optional<DaySignOff>> find(const QDate &date) override;
    Result<QList<DaySignOff>> between(const QDate &from, const QDate &to) override;
    Result<DaySignOff> signOff(const QDate &date, const ChangeStamp &stamp) override;
    Result<void> reopen(const QDate &date, const ChangeStamp &stamp) override;

    // The signed days from `from` to `to` (null dates leave the range open), in date order; throws
    // SqliteError. For the audit trail's replay, inside its snapshot.
    static QList<DaySignOff> read(SqliteDatabase &db, const QDate &from, const QDate &to);

private:
    static DaySignOff signOffFromRow(const SqliteStatement &row);
    std::optional<DaySignOff> read(const QDate &date);

    StoreContext &m_context;
};

} // namespace borderlog::sqlite
