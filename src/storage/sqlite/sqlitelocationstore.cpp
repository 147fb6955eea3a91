// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitelocationstore.h"

#include "auditpayload.h"
#include "sqliteaudittrail.h"
#include "sqlitestatement.h"
#include "sqlitestorecontext.h"

namespace borderlog::sqlite {

Result<QStringList> SqliteLocationStore::names()
{
    return m_context.read<QStringList>(tr("Reading the locations"), [&]() -> Result<QStringList> {
        SqliteStatement select(m_context.db, "SELECT name FROM location ORDER BY name");
        QStringList names;
        while (select.step()) {
            names << select.text(0);
        }
        return names;
    });
}

Result<void> SqliteLocationStore::add(const QString &name, const ChangeStamp &stamp)
{
    return m_context.write<void>(tr("Adding the location"), [&]() -> Result<void> {
        bool created = false;
        m_context.locationIds.idOf(name, &created);
        if (created) {
            m_context.trail.append(AuditPayload::locationAdded(stamp, name));
        }
        return {};
    });
}

} // namespace borderlog::sqlite
