#pragma once

#include "incident.h"
#include "tally.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace borderlog {

class CsvWriter;

// The ministry's incidents CSV: one row per incident and nationality. See docs/data-dictionary.md.
namespace IncidentCsv {

// incident_id,date,time,location,nationality,persons,outcome,force_used,notes,recorded_by,recorded_at
QStringList header();
void writeHeader(CsvWriter &writer);
void writeIncident(CsvWriter &writer, const Incident &incident);

struct ReadResult
{
    QList<Incident> incidents;
    // "FILE:LINE: field: what is wrong", one per problem; the file is usable only when empty.
    QStringList problems;
};

// Reads a whole incidents CSV. Rows sharing an incident_id form one incident; rows without one are each
// an incident of their own. Columns may come in any order; date, location, nationality, persons and
// outcome are required. Every rule of IncidentRules is checked, with `today` as the latest date.
ReadResult read(const QByteArray &content, const QString &fileName, const QDate &today);

} // namespace IncidentCsv

// The tally CSV: period (or nationality, or location), incidents, persons, then persons per outcome.
namespace TallyCsv {

QStringList header(TallyGrouping grouping);
void write(CsvWriter &writer, const Tally &tally);

} // namespace TallyCsv

} // namespace borderlog
