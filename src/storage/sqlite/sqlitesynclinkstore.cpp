// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitesynclinkstore.h"

#include "sqlitestatement.h"
#include "sqlitestorecontext.h"

namespace borderlog::sqlite {

Result<std::optional<SyncLink>> SqliteSyncLinkStore::find()
{
    return m_context.read<std::optional<SyncLink>>(
        tr("Reading the link to the national register"), [&]() -> Result<std::optional<SyncLink>> {
            SqliteStatement select(m_context.db, "SELECT server_register, site, server, acknowledged_seq, "
                                                 "acknowledged_hash, acknowledged_at, pulled_seq FROM sync_link");
            if (!select.step()) {
                return std::optional<SyncLink>();
            }
            SyncLink link{select.text(0),
                          select.text(1),
                          select.text(2),
                          AuditHead{select.integer(3), select.text(4).toLatin1()},
                          {},
                          select.integer(6)};
            if (const QString at = select.text(5); !at.isEmpty()) {
                link.acknowledgedAt = AuditEntry::parseTime(at);
            }
            return std::optional<SyncLink>(link);
        });
}

Result<void> SqliteSyncLinkStore::join(const SyncLink &link)
{
    return m_context.write<void>(tr("Joining the national register"), [&]() -> Result<void> {
        SqliteStatement insert(m_context.db, "INSERT INTO sync_link (only_row, server_register, site, server) "
                                             "VALUES (1, ?1, ?2, ?3) ON CONFLICT DO NOTHING");
        insert.bind(1, link.serverRegister).bind(2, link.site).bind(3, link.server);
        insert.step();
        if (m_context.db.changes() == 0) {
            return Failure::refused(tr("This register has joined a national register already."));
        }
        return {};
    });
}

Result<void> SqliteSyncLinkStore::acknowledge(const AuditHead &head, const QDateTime &at)
{
    return m_context.write<void>(tr("Keeping the national register's acknowledgement"), [&]() -> Result<void> {
        SqliteStatement update(m_context.db, "UPDATE sync_link SET acknowledged_seq = ?1, acknowledged_hash = ?2, "
                                             "acknowledged_at = ?3 WHERE acknowledged_seq <= ?1");
        update.bind(1, head.sequence).bind(2, QString::fromLatin1(head.hash)).bind(3, AuditEntry::formatTime(at));
        update.step();
        return {};
    });
}

Result<void> SqliteSyncLinkStore::passNational(qint64 sequence)
{
    return m_context.write<void>(tr("Keeping the national register's entries taken"), [&]() -> Result<void> {
        m_context.db.cached("UPDATE sync_link SET pulled_seq = ?1 WHERE pulled_seq < ?1").bind(1, sequence).run();
        return {};
    });
}

} // namespace borderlog::sqlite
