// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"

#include <QCoreApplication>

namespace borderlog::sqlite {

class StoreContext;

// AuditTrailStore on SQLite: reads the chain (SqliteAuditTrail appends to it) and replays the whole
// register to the verifier from one snapshot.
class SqliteAuditTrailStore final : public AuditTrailStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteAuditTrailStore)

public:
    explicit SqliteAuditTrailStore(StoreContext &context)
        : m_context(context)
    {}

    Result<AuditHead> head() override;
    Result<qint64> forEach(const AuditFilter &filter, const std::function<bool(const AuditEntry &)> &visit) override;
    Result<void> replay(AuditVerifier &verifier) override;

    // Takes the incidents recorded before the audit trail existed into it with one adopt entry (once, on
    // the first open after the upgrade that made the trail); throws SqliteError.
    void adoptIncidentsBeforeTrail();

private:
    StoreContext &m_context;
};

} // namespace borderlog::sqlite
