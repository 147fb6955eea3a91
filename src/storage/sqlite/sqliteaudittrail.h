// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditentry.h"

#include <functional>

namespace borderlog::sqlite {

class SqliteDatabase;
class SqliteStatement;

// The audit_entry table: appends entries sealed onto the hash chain, inside the caller's write transaction,
// and reads them back. The only code that writes the table.
class SqliteAuditTrail
{
public:
    explicit SqliteAuditTrail(SqliteDatabase &db);

    AuditHead head();
    // The sequence number the next appended entry gets (inside a write transaction it stays so).
    qint64 nextSequence() { return head().sequence + 1; }
    // Numbers, seals and writes the entry; returns it as written.
    AuditEntry append(AuditEntry entry);

    qint64 forEach(const AuditFilter &filter, const std::function<bool(const AuditEntry &)> &visit);

private:
    static AuditEntry entryFromRow(const SqliteStatement &row);

    SqliteDatabase &m_db;
};

} // namespace borderlog::sqlite
