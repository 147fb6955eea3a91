// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"

#include <QCoreApplication>

namespace borderlog::sqlite {

class StoreContext;

// SyncLinkStore on SQLite: the one row of sync_link.
class SqliteSyncLinkStore final : public SyncLinkStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteSyncLinkStore)

public:
    explicit SqliteSyncLinkStore(StoreContext &context)
        : m_context(context)
    {}

    Result<std::optional<SyncLink>> find() override;
    Result<void> join(const SyncLink &link) override;
    Result<void> acknowledge(const AuditHead &head, const QDateTime &at) override;
    Result<void> passNational(qint64 sequence) override;

private:
    StoreContext &m_context;
};

} // namespace borderlog::sqlite
