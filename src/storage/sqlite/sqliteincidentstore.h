// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"
#include "sqliteincidenttable.h"

#include <QCoreApplication>

namespace borderlog::sqlite {

class StoreContext;

// IncidentStore on SQLite: each write with its aggregates (TallyDelta) and its audit entry in one
// transaction.
class SqliteIncidentStore final : public IncidentStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteIncidentStore)

public:
    explicit SqliteIncidentStore(StoreContext &context);

    Result<void> add(const Incident &incident, const ChangeStamp &stamp) override;
    Result<void> update(const Incident &incident, const ChangeStamp &stamp) override;
    Result<void> remove(const QUuid &id, const ChangeStamp &stamp) override;
    Result<void> restore(const QUuid &id, const ChangeStamp &stamp) override;
    Result<std::optional<Incident>> find(const QUuid &id) override;
    Result<std::optional<Incident>> findRemoved(const QUuid &id) override;
    Result<ImportSummary> import(IncidentSource &source, const ChangeStamp &stamp,
                                 const ImportProgress &progress) override;
    Result<void> takeNational(const AuditEntry &national, const Incident &incident, bool removed) override;

private:
    bool isSigned(const QDate &date);
    // The values a row takes, removed or not, with the tally changes that go with it.
    void becomes(qint64 rowId, const Incident &before, bool wasRemoved, const Incident &after, bool removed);
    Result<std::optional<Incident>> findRow(const QUuid &id, IncidentTable::Removed removed);

    StoreContext &m_context;
    IncidentTable m_table;
};

} // namespace borderlog::sqlite
