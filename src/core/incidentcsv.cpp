// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentcsv.h"

#include "csvwriter.h"
#include "formulaguard.h"
#include "incidentcsvcolumns.h"
#include "incidentrules.h"
#include "incidenttext.h"

#include <algorithm>

namespace borderlog {

namespace IncidentCsv {

QStringList header(Layout layout)
{
    QStringList names{QStringLiteral("incident_id"), QStringLiteral("date"),        QStringLiteral("time"),
                      QStringLiteral("location"),    QStringLiteral("nationality"), QStringLiteral("persons"),
                      QStringLiteral("outcome"),     QStringLiteral("force_used"),  QStringLiteral("notes"),
                      QStringLiteral("recorded_by"), QStringLiteral("recorded_at")};
    if (layout == Layout::V1) {
        return names;
    }
    for (const char *field :
         {IncidentRules::kMen, IncidentRules::kWomen, IncidentRules::kChildren, IncidentRules::kUnaccompanied,
          IncidentRules::kDetection, IncidentRules::kDirection, IncidentRules::kBorderSector,
          IncidentRules::kCountEstimated, IncidentRules::kInjured, IncidentRules::kDead, IncidentRules::kMissing,
          IncidentRules::kAidGiven, IncidentRules::kForceType, IncidentRules::kRefusalReasons,
          IncidentRules::kFacilitators, IncidentRules::kFacilitatorNationalities, IncidentRules::kRelatedTo}) {
        names << QLatin1String(field);
    }
    return names;
}

void writeHeader(CsvWriter &writer, Layout layout)
{
    writer.writeRow(header(layout));
}

namespace {

QString flag(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// The incident's own columns of schema 8, from DetectionColumn on.
QStringList detailFields(const IncidentDetails &d)
{
    return {Choices::code(d.detection),
            Choices::code(d.direction),
            Choices::code(d.borderSector),
            flag(d.countEstimated),
            QString::number(d.injured),
            QString::number(d.dead),
            QString::number(d.missing),
            Choices::code(d.aidGiven),
            Choices::code(d.force),
            RefusalReasons::format(d.refusalReasons),
            QString::number(d.facilitators),
            d.facilitatorNationalities.join(u' '),
            d.relatedTo.isNull() ? QString() : d.relatedTo.toString(QUuid::WithoutBraces)};
}

} // namespace

void writeIncident(CsvWriter &writer, const Incident &incident, Layout layout)
{
    QList<NationalityCount> lines = incident.nationalities;
    std::sort(lines.begin(), lines.end(),
              [](const NationalityCount &a, const NationalityCount &b) { return a.nationality < b.nationality; });
    // The incident's own fields once; only the line's columns change from row to row.
    QStringList row{incident.idText(),
                    IncidentText::formatDate(incident.date),
                    IncidentText::formatTime(incident.time),
                    FormulaGuard::guard(incident.location),
                    QString(),
                    QString(),
                    outcomeCode(incident.outcome),
                    flag(incident.forceUsed()),
                    FormulaGuard::guard(incident.notes),
                    FormulaGuard::guard(incident.recordedBy),
                    IncidentText::formatTimestamp(incident.recordedAt)};
    const bool standard = layout == Layout::Standard;
    if (standard) {
        row << QString() << QString() << QString() << QString() << detailFields(incident.details);
    }
    for (const auto &line : lines) {
        row[Nationality] = line.nationality;
        row[Persons] = QString::number(line.persons);
        if (standard) {
            row[Men] = QString::number(line.men);
            row[Women] = QString::number(line.women);
            row[Children] = QString::number(line.children);
            row[UnaccompaniedMinors] = QString::number(line.unaccompanied);
        }
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

void writeLine(CsvWriter &writer, const IncidentLine &line, Layout layout)
{
    QByteArray location;
    QByteArray notes;
    QByteArray recordedBy;
    const QByteArrayView forceUsed = line.forceUsed ? QByteArrayView("true") : QByteArrayView("false");
    if (layout == Layout::V1) {
        writer.writeRow({line.incidentId, line.date, line.time, guarded(line.location, location), line.nationality,
                         line.persons, line.outcome, forceUsed, guarded(line.notes, notes),
                         guarded(line.recordedBy, recordedBy), line.recordedAt});
        return;
    }
    // Stored empty: no kind recorded beyond what force_used says.
    const QByteArrayView forceType = !line.forceType.isEmpty()
                                         ? line.forceType
                                         : (line.forceUsed ? QByteArrayView("unspecified") : QByteArrayView("none"));
    const QByteArray refusalReasons =
        line.refusalReasons.isEmpty()
            ? QByteArray()
            : RefusalReasons::format(QString::fromLatin1(line.refusalReasons.data(), line.refusalReasons.size()))
                  .toLatin1();
    writer.writeRow({line.incidentId,
                     line.date,
                     line.time,
                     guarded(line.location, location),
                     line.nationality,
                     line.persons,
                     line.outcome,
                     forceUsed,
                     guarded(line.notes, notes),
                     guarded(line.recordedBy, recordedBy),
                     line.recordedAt,
                     line.men,
                     line.women,
                     line.children,
                     line.unaccompanied,
                     line.detection,
                     line.direction,
                     line.borderSector,
                     line.countEstimated ? QByteArrayView("true") : QByteArrayView("false"),
                     line.injured,
                     line.dead,
                     line.missing,
                     line.aidGiven,
                     forceType,
                     refusalReasons,
                     line.facilitators,
                     line.facilitatorNationalities,
                     line.relatedTo});
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
    // Schema 8: the persons' breakdown, after the outcomes.
    columns << QLatin1String(IncidentRules::kMen) << QLatin1String(IncidentRules::kWomen)
            << QLatin1String(IncidentRules::kChildren) << QLatin1String(IncidentRules::kUnaccompanied);
    return columns;
}

namespace {

QStringList fieldsOf(const TallyRow &row)
{
    QStringList fields{FormulaGuard::guard(row.key), QString::number(row.incidents), QString::number(row.persons)};
    for (Outcome o : kAllOutcomes) {
        fields << QString::number(row.personsWith(o));
    }
    fields << QString::number(row.breakdown.men) << QString::number(row.breakdown.women)
           << QString::number(row.breakdown.children) << QString::number(row.breakdown.unaccompanied);
    return fields;
}

} // namespace

void write(CsvWriter &writer, const Tally &tally)
{
    writer.writeRow(header(tally.grouping()));
    for (const auto &row : tally.rows()) {
        writer.writeRow(fieldsOf(row));
    }
}

void write(CsvWriter &writer, const TallyComparison &comparison)
{
    writer.writeRow(header(comparison.grouping())
                    << QStringLiteral("compared_with") << QStringLiteral("compared_incidents")
                    << QStringLiteral("compared_persons") << QStringLiteral("persons_change")
                    << QStringLiteral("persons_change_percent"));
    for (const TallyComparison::Row &row : comparison.rows()) {
        writer.writeRow(fieldsOf(row.row)
                        << FormulaGuard::guard(row.comparedWith) << QString::number(row.compared.incidents)
                        << QString::number(row.compared.persons)
                        << QString::number(row.row.persons - row.compared.persons)
                        << TallyComparison::percentChange(row.row.persons, row.compared.persons));
    }
}

void write(CsvWriter &writer, const CrossTally &cross)
{
    const bool perOutcome = !cross.first().isOutcome() && !cross.second().isOutcome();
    // Two periods (--by month,day) are named by their codes, not both "period".
    const bool twoPeriods = cross.first().column() == cross.second().column();
    QStringList columns{twoPeriods ? cross.first().code() : cross.first().column(),
                        twoPeriods ? cross.second().code() : cross.second().column(), QStringLiteral("incidents"),
                        QStringLiteral("persons")};
    if (perOutcome) {
        for (Outcome o : kAllOutcomes) {
            columns << outcomeCode(o);
        }
    }
    writer.writeRow(columns);
    for (const CrossTallyRow &row : cross.rows()) {
        QStringList fields{FormulaGuard::guard(row.first), FormulaGuard::guard(row.second),
                           QString::number(row.counts.incidents), QString::number(row.counts.persons)};
        if (perOutcome) {
            for (Outcome o : kAllOutcomes) {
                fields << QString::number(row.counts.personsWith(o));
            }
        }
        writer.writeRow(fields);
    }
}

} // namespace TallyCsv

} // namespace borderlog
