// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentcsv.h"

#include "csvwriter.h"
#include "formulaguard.h"
#include "incidentcsvcolumns.h"
#include "incidenttext.h"

#include <algorithm>

namespace borderlog {

namespace IncidentCsv {

QStringList header()
{
    return {QStringLiteral("incident_id"), QStringLiteral("date"),        QStringLiteral("time"),
            QStringLiteral("location"),    QStringLiteral("nationality"), QStringLiteral("persons"),
            QStringLiteral("outcome"),     QStringLiteral("force_used"),  QStringLiteral("notes"),
            QStringLiteral("recorded_by"), QStringLiteral("recorded_at")};
}

void writeHeader(CsvWriter &writer)
{
    writer.writeRow(header());
}

void writeIncident(CsvWriter &writer, const Incident &incident)
{
    QList<NationalityCount> lines = incident.nationalities;
    std::sort(lines.begin(), lines.end(),
              [](const NationalityCount &a, const NationalityCount &b) { return a.nationality < b.nationality; });
    // The incident's own fields once; only nationality and persons change from row to row.
    QStringList row{incident.idText(),
                    IncidentText::formatDate(incident.date),
                    IncidentText::formatTime(incident.time),
                    FormulaGuard::guard(incident.location),
                    QString(),
                    QString(),
                    outcomeCode(incident.outcome),
                    incident.forceUsed ? QStringLiteral("true") : QStringLiteral("false"),
                    FormulaGuard::guard(incident.notes),
                    FormulaGuard::guard(incident.recordedBy),
                    IncidentText::formatTimestamp(incident.recordedAt)};
    for (const auto &line : lines) {
        row[Nationality] = line.nationality;
        row[Persons] = QString::number(line.persons);
        writer.writeRow(row);
    }
}

namespace {

// The formula guard on UTF-8 text: only a cell starting with an apostrophe or a trigger character can
// need it, and those few go through FormulaGuard itself.
QByteArrayView guarded(QByteArrayView cell, QByteArray &storage)
{
    if (cell.isEmpty()) {
        return cell;
    }
    switch (cell.front()) {
    case '\'':
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        storage = FormulaGuard::guard(QString::fromUtf8(cell)).toUtf8();
        return storage;
    default:
        return cell;
    }
}

} // namespace

void writeLine(CsvWriter &writer, const IncidentLine &line)
{
    QByteArray location;
    QByteArray notes;
    QByteArray recordedBy;
    writer.writeRow({line.incidentId, line.date, line.time, guarded(line.location, location), line.nationality,
                     line.persons, line.outcome, line.forceUsed ? QByteArrayView("true") : QByteArrayView("false"),
                     guarded(line.notes, notes), guarded(line.recordedBy, recordedBy), line.recordedAt});
}

} // namespace IncidentCsv

namespace TallyCsv {

QStringList header(TallyGrouping grouping)
{
    QStringList columns{isPeriod(grouping) ? QStringLiteral("period") : tallyGroupingCode(grouping),
                        QStringLiteral("incidents"), QStringLiteral("persons")};
    for (Outcome o : kAllOutcomes) {
        columns << outcomeCode(o);
    }
    return columns;
}

void write(CsvWriter &writer, const Tally &tally)
{
    writer.writeRow(header(tally.grouping()));
    for (const auto &row : tally.rows()) {
        QStringList fields{FormulaGuard::guard(row.key), QString::number(row.incidents), QString::number(row.persons)};
        for (Outcome o : kAllOutcomes) {
            fields << QString::number(row.personsWith(o));
        }
        writer.writeRow(fields);
    }
}

} // namespace TallyCsv

} // namespace borderlog
