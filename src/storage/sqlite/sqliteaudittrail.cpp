// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteaudittrail.h"

#include "incidenttext.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"

#include <QStringList>

namespace borderlog::sqlite {

SqliteAuditTrail::SqliteAuditTrail(SqliteDatabase &db)
    : m_db(db)
{}

AuditHead SqliteAuditTrail::head()
{
    SqliteStatement &select = m_db.cached("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1");
    AuditHead head;
    if (select.step()) {
        head.sequence = select.integer(0);
        head.hash = select.text(1).toLatin1();
    }
    select.reset();
    return head;
}

AuditEntry SqliteAuditTrail::append(AuditEntry entry)
{
    const AuditHead previous = head();
    entry.sequence = previous.sequence + 1;
    entry.seal(previous.hash);
    m_db.cached(R"sql(
        INSERT INTO audit_entry (seq, at, user, action, incident_id, before, after, reason, previous_hash, hash)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10))sql")
        .bind(1, entry.sequence)
        .bind(2, AuditEntry::formatTime(entry.at))
        .bind(3, entry.user)
        .bind(4, auditActionCode(entry.action))
        .bind(5, entry.incidentId)
        .bind(6, QString::fromUtf8(entry.before))
        .bind(7, QString::fromUtf8(entry.after))
        .bind(8, entry.reason)
        .bind(9, QString::fromLatin1(entry.previousHash))
        .bind(10, QString::fromLatin1(entry.hash))
        .run();
    return entry;
}

AuditEntry SqliteAuditTrail::entryFromRow(const SqliteStatement &row)
{
    AuditEntry entry;
    entry.sequence = row.integer(0);
    entry.at = AuditEntry::parseTime(row.text(1));
    entry.user = row.text(2);
    entry.action = auditActionFromText(row.text(3)).value_or(AuditAction::Add);
    entry.incidentId = row.text(4);
    entry.before = row.text(5).toUtf8();
    entry.after = row.text(6).toUtf8();
    entry.reason = row.text(7);
    entry.previousHash = row.text(8).toLatin1();
    entry.hash = row.text(9).toLatin1();
    return entry;
}

qint64 SqliteAuditTrail::forEach(const AuditFilter &filter, const std::function<bool(const AuditEntry &)> &visit)
{
    QStringList conditions;
    if (!filter.incidentId.isEmpty()) {
        conditions << QStringLiteral("incident_id = ?");
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("at < ?");
    }
    if (!filter.user.isEmpty()) {
        conditions << QStringLiteral("user = ? COLLATE NOCASE");
    }
    if (filter.action) {
        conditions << QStringLiteral("action = ?");
    }
    if (filter.fromSequence > 0) {
        conditions << QStringLiteral("seq >= ?");
    }
    const QString sql =
        QStringLiteral("SELECT seq, at, user, action, incident_id, before, after, reason, "
                       "previous_hash, hash FROM audit_entry%1 ORDER BY seq")
            .arg(conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(u" AND "));
    SqliteStatement select(m_db, sql.toUtf8().constData());
    int index = 1;
    if (!filter.incidentId.isEmpty()) {
        select.bind(index++, filter.incidentId);
    }
    if (filter.from.isValid()) {
        select.bind(index++, IncidentText::formatDate(filter.from));
    }
    if (filter.to.isValid()) {
        select.bind(index++, IncidentText::formatDate(filter.to.addDays(1)));
    }
    if (!filter.user.isEmpty()) {
        select.bind(index++, filter.user);
    }
    if (filter.action) {
        select.bind(index++, auditActionCode(*filter.action));
    }
    if (filter.fromSequence > 0) {
        select.bind(index++, filter.fromSequence);
    }
    qint64 visited = 0;
    while (select.step()) {
        ++visited;
        if (!visit(entryFromRow(select))) {
            break;
        }
    }
    return visited;
}

} // namespace borderlog::sqlite
