// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

#include <optional>

namespace borderlog::sqlite {

class IncidentTable;
class StoreContext;

// One import inside the caller's write transaction: every incident of the source that is not in the
// register yet is inserted, with the aggregates, and one audit entry pins them all (ImportDigest). Any
// problem of the source, a signed day, a cancel or an SQLite error leaves nothing written (the caller rolls
// back).
class SqliteImport
{
    Q_DECLARE_TR_FUNCTIONS(SqliteImport)

public:
    SqliteImport(StoreContext &context, IncidentTable &table)
        : m_context(context)
        , m_table(table)
    {}

    Result<ImportSummary> run(IncidentSource &input, const ChangeStamp &stamp, const ImportProgress &progress);

private:
    // Why the write stops at this incident, if it must: a signed day's.
    std::optional<Failure> refusal(const Incident &incident, const QSet<QDate> &locked, const QString &where);
    // An added incident whose related_to names no incident of the register, once every row is in.
    std::optional<Failure> danglingRelation(qint64 lastRowBefore);

    StoreContext &m_context;
    IncidentTable &m_table;
};

} // namespace borderlog::sqlite
