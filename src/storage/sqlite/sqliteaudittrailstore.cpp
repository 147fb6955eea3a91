// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteaudittrailstore.h"

#include "auditpayload.h"
#include "auditverifier.h"
#include "importdigest.h"
#include "sqliteaudittrail.h"
#include "sqliteincidentrows.h"
#include "sqlitelocationstore.h"
#include "sqlitepragmas.h"
#include "sqlitesigneddaystore.h"
#include "sqlitestatement.h"
#include "sqlitestorecontext.h"
#include "tallydelta.h"

namespace borderlog::sqlite {

Result<AuditHead> SqliteAuditTrailStore::head()
{
    return m_context.read<AuditHead>(tr("Reading the audit trail"),
                                     [&]() -> Result<AuditHead> { return m_context.trail.head(); });
}

Result<qint64> SqliteAuditTrailStore::forEach(const AuditFilter &filter,
                                              const std::function<bool(const AuditEntry &)> &visit)
{
    return m_context.read<qint64>(tr("Reading the audit trail"), [&]() -> Result<qint64> {
        SqliteTransaction snapshot(m_context.db, SqliteTransaction::Kind::Read);
        return m_context.trail.forEach(filter, visit);
    });
}

Result<void> SqliteAuditTrailStore::replay(AuditVerifier &verifier)
{
    return m_context.read<void>(tr("Reading the audit trail"), [&]() -> Result<void> {
        SqliteDatabase &db = m_context.db;
        const ScopedPragma mapped = ScopedPragma::memoryMappedReads(db);
        SqliteTransaction snapshot(db, SqliteTransaction::Kind::Read);
        m_context.trail.forEach({}, [&](const AuditEntry &e) {
            verifier.addEntry(e);
            return true;
        });
        IncidentRows::forEachStored(db, [&](const Incident &incident, bool removed, qint64 createdBy) {
            verifier.addIncident(incident, removed, createdBy);
        });
        const LocationHierarchy places = SqliteLocationStore::read(db);
        for (const auto &district : places.districts) {
            verifier.addDistrict(district);
        }
        for (const auto &station : places.stations) {
            verifier.addStation(station);
        }
        for (const auto &location : places.locations) {
            verifier.addLocation(location);
        }
        TallyDelta::readStored(db, verifier.tallies());
        SqliteStatement accounts(db, "SELECT name, role, disabled, password_hash FROM account ORDER BY id");
        while (accounts.step()) {
            verifier.addAccount(accounts.text(0), accounts.text(1), accounts.integer(2) != 0,
                                accounts.text(3).toLatin1());
        }
        for (const DaySignOff &day : SqliteSignedDayStore::read(db, QDate(), QDate())) {
            verifier.addSignedDay(day);
        }
        return {};
    });
}

void SqliteAuditTrailStore::adoptIncidentsBeforeTrail()
{
    SqliteDatabase &db = m_context.db;
    // Looked at without a lock first: on every open but the first after the upgrade, nothing is to do.
    constexpr auto kNeeded = "SELECT NOT EXISTS (SELECT 1 FROM audit_entry) AND EXISTS (SELECT 1 FROM incident)";
    if (db.queryInt(kNeeded) == 0) {
        return;
    }
    SqliteTransaction transaction(db);
    if (db.queryInt(kNeeded) == 0) {
        return; // another program did it meanwhile
    }
    // Their values as they were found, in row order, pinned by one digest: a later change outside the
    // program to any of them shows in `audit verify`.
    const QByteArray sql = QByteArray("SELECT ") + IncidentRows::kColumns + ", " + IncidentRows::kLineColumns
                           + ", i.removed FROM incident i "
                             "JOIN location l ON l.id = i.location_id "
                             "JOIN incident_nationality n ON n.incident_id = i.id ORDER BY i.id, n.nationality";
    SqliteStatement select(db, sql.constData());
    bool removed = false;
    IncidentRows::Joined rows(select, [&](const SqliteStatement &row) {
        removed = row.integer(IncidentRows::kLineColumn + 6) != 0; // after the line's six columns
    });
    ImportDigest digest;
    Incident incident;
    while (rows.next(incident)) {
        digest.add(incident, removed);
    }
    const qint64 count = digest.incidents();
    m_context.trail.append(AuditPayload::adopted(count, digest.finish()));
    transaction.commit();
}

} // namespace borderlog::sqlite
