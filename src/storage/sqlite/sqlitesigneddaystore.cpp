// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitesigneddaystore.h"

#include "auditpayload.h"
#include "incidenttext.h"
#include "sqliteaudittrail.h"
#include "sqlitestatement.h"
#include "sqlitestorecontext.h"

namespace borderlog::sqlite {

DaySignOff SqliteSignedDayStore::signOffFromRow(const SqliteStatement &row)
{
    return DaySignOff{QDate::fromString(row.text(0), Qt::ISODate),
                      row.text(1),
                      AuditEntry::parseTime(row.text(2)),
                      row.integer(3),
                      row.integer(4),
                      row.integer(5),
                      row.text(6).toLatin1()};
}

std::optional<DaySignOff> SqliteSignedDayStore::read(const QDate &date)
{
    SqliteStatement &select = m_context.db.cached(
        "SELECT date, signed_by, signed_at, incidents, persons, audit_seq, head_hash FROM signed_day WHERE date = ?1");
    select.bind(1, IncidentText::formatDate(date));
    std::optional<DaySignOff> day;
    if (select.step()) {
        day = signOffFromRow(select);
    }
    select.reset();
    return day;
}

Result<std::optional<DaySignOff>> SqliteSignedDayStore::find(const QDate &date)
{
    return m_context.read<std::optional<DaySignOff>>(tr("Reading the day's sign-off"),
                                                     [&]() -> Result<std::optional<DaySignOff>> { return read(date); });
}

Result<QList<DaySignOff>> SqliteSignedDayStore::between(const QDate &from, const QDate &to)
{
    return m_context.read<QList<DaySignOff>>(
        tr("Reading the signed days"), [&]() -> Result<QList<DaySignOff>> { return read(m_context.db, from, to); });
}

QList<DaySignOff> SqliteSignedDayStore::read(SqliteDatabase &db, const QDate &from, const QDate &to)
{
    SqliteStatement select(db, "SELECT date, signed_by, signed_at, incidents, persons, audit_seq, head_hash "
                               "FROM signed_day WHERE date >= ?1 AND date <= ?2 ORDER BY date");
    select.bind(1, from.isValid() ? IncidentText::formatDate(from) : QStringLiteral("0000"));
    select.bind(2, to.isValid() ? IncidentText::formatDate(to) : QStringLiteral("9999"));
    QList<DaySignOff> days;
    while (select.step()) {
        days << signOffFromRow(select);
    }
    return days;
}

Result<DaySignOff> SqliteSignedDayStore::signOff(const QDate &date, const ChangeStamp &stamp)
{
    return m_context.write<DaySignOff>(tr("Signing off the day"), [&]() -> Result<DaySignOff> {
        if (const auto signedAlready = read(date)) {
            return Failure::refused(tr("day %1 is signed off already (by %2)")
                                        .arg(IncidentText::formatDate(date), signedAlready->signedBy));
        }
        SqliteStatement &totals = m_context.db.cached(
            "SELECT coalesce(sum(incidents), 0), coalesce(sum(persons), 0) FROM daily_tally WHERE date = ?1");
        totals.bind(1, IncidentText::formatDate(date));
        totals.step();
        DaySignOff day;
        day.date = date;
        day.incidents = totals.integer(0);
        day.persons = totals.integer(1);
        totals.reset();
        const AuditEntry signOff = m_context.trail.append(AuditPayload::signedOff(stamp, day));
        day.signedBy = signOff.user;
        day.signedAt = signOff.at;
        day.auditSequence = signOff.sequence;
        day.headHash = signOff.hash;
        m_context.db
            .cached("INSERT INTO signed_day (date, signed_by, signed_at, incidents, persons, audit_seq, head_hash) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
            .bind(1, IncidentText::formatDate(date))
            .bind(2, day.signedBy)
            .bind(3, AuditEntry::formatTime(day.signedAt))
            .bind(4, day.incidents)
            .bind(5, day.persons)
            .bind(6, day.auditSequence)
            .bind(7, QString::fromLatin1(day.headHash))
            .run();
        return day;
    });
}

Result<void> SqliteSignedDayStore::reopen(const QDate &date, const ChangeStamp &stamp)
{
    return m_context.write<void>(tr("Reopening the day"), [&]() -> Result<void> {
        const auto day = read(date);
        if (!day) {
            return Failure::notFound(tr("day %1 is not signed off").arg(IncidentText::formatDate(date)));
        }
        m_context.db.cached("DELETE FROM signed_day WHERE date = ?1").bind(1, IncidentText::formatDate(date)).run();
        m_context.trail.append(AuditPayload::reopened(stamp, *day));
        return {};
    });
}

} // namespace borderlog::sqlite
