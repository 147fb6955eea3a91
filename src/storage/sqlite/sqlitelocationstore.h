// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"

#include <QCoreApplication>

namespace borderlog::sqlite {

class StoreContext;

// LocationStore on SQLite: the location table.
class SqliteLocationStore final : public LocationStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteLocationStore)

public:
    explicit SqliteLocationStore(StoreContext &context)
        : m_context(context)
    {}

    Result<QStringList> names() override;
    Result<void> add(const QString &name, const ChangeStamp &stamp) override;

private:
    StoreContext &m_context;
};

} // namespace borderlog::sqlite
