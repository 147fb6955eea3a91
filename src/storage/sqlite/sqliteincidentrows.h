// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"
#include "incidentfilter.h"
#include "incidentline.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace borderlog::sqlite {

class SqliteDatabase;
class SqliteStatement;

// How an incident is laid out in the incident table, written once for every store that reads or writes it.
namespace IncidentRows {

// The incident's columns in the order incidentFromRow() reads them (i: incident, l: location); column 0 is
// the row id.
inline constexpr auto kColumns = "i.id, i.uuid, i.date, i.time, l.name, i.outcome, i.force_used, i.notes, "
                                 "i.recorded_by, i.recorded_at, i.detection, i.direction, i.border_sector, "
                                 "i.count_estimated, i.injured, i.dead, i.missing, i.aid_given, i.force_type, "
                                 "i.refusal_reasons, i.facilitators, i.facilitator_nationalities, i.related_to";
// Where the nationality line's columns (kLineColumns) follow kColumns in a query joined with incident_nationality.
inline constexpr int kLineColumn = 23;
inline constexpr auto kLineColumns = "n.nationality, n.persons, n.men, n.women, n.children, n.unaccompanied";
// The columns an insert and an update write, bound by bindValues() as ?2 … ?23 in this order.
inline constexpr auto kWrittenColumns = "date, time, location_id, outcome, persons, force_used, notes, recorded_by, "
                                        "recorded_at, detection, direction, border_sector, count_estimated, "
                                        "injured, dead, missing, aid_given, force_type, refusal_reasons, "
                                        "facilitators, facilitator_nationalities, related_to";

// The columns of an export's row (IncidentLine) in the order readLine() reads them, the location as its id.
inline constexpr auto kExportColumns =
    "i.uuid, i.date, i.time, i.location_id, n.nationality, n.persons, i.outcome, i.force_used, i.notes, "
    "i.recorded_by, i.recorded_at, n.men, n.women, n.children, n.unaccompanied, i.detection, i.direction, "
    "i.border_sector, i.count_estimated, i.injured, i.dead, i.missing, i.aid_given, i.force_type, "
    "i.refusal_reasons, i.facilitators, i.facilitator_nationalities, i.related_to";
inline constexpr int kExportLocationColumn = 3;
// The row of kExportColumns as views into the statement's memory; the location is the caller's to name.
void readLine(const SqliteStatement &row, IncidentLine &line);

QString uuidText(const QUuid &id);
Incident incidentFromRow(const SqliteStatement &row);
// Binds the values an insert and an update write (kWrittenColumns), as ?2 … ?23.
void bindValues(SqliteStatement &statement, const Incident &incident, qint64 locationId);
// A nationality line from kLineColumns at `column`.
NationalityCount lineFromRow(const SqliteStatement &row, int column);
// Reads the nationality lines of the incidents (one query for all), in code order.
void loadNationalities(SqliteDatabase &db, QList<Incident> &incidents, const QList<qint64> &rowIds);

// The rows of a query joining incidents with their nationality lines (kColumns first, the line at
// kLineColumn, ordered so that an incident's rows follow each other), put back together: one incident with
// all its lines per call. A LEFT JOIN's incident without lines comes through with none.
class Joined
{
public:
    // `firstRow`, when given, reads further columns of each incident's first row.
    explicit Joined(SqliteStatement &select, std::function<void(const SqliteStatement &)> firstRow = {});
    bool next(Incident &incident);

private:
    SqliteStatement &m_select;
    std::function<void(const SqliteStatement &)> m_firstRow;
    bool m_started = false;
    bool m_onRow = false;
};

// Every incident row, removed ones too, in the order inserted, with whether it is removed and the entry
// that created it. What the audit verifier and the health check recount.
void forEachStored(SqliteDatabase &db,
                   const std::function<void(const Incident &, bool removed, qint64 createdBy)> &visit);

} // namespace IncidentRows

// The SQL of an IncidentFilter: WHERE conditions over the incident table (alias i) or a tally table
// (alias t), and the binding of their values in the same order.
namespace FilterSql {

QStringList incidentConditions(const IncidentFilter &filter);
QStringList tallyConditions(const IncidentFilter &filter, bool byNationality);
// Binds the filter's values in the order of incidentConditions()/tallyConditions(), from `index` on.
void bind(SqliteStatement &statement, int &index, const IncidentFilter &filter, bool withNationality = true);
QString where(const QStringList &conditions);

} // namespace FilterSql

} // namespace borderlog::sqlite
