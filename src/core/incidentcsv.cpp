#include "incidentcsv.h"

#include "csvreader.h"
#include "csvwriter.h"
#include "formulaguard.h"
#include "incidentrules.h"
#include "incidenttext.h"

#include <QCoreApplication>
#include <QHash>

namespace borderlog {

namespace IncidentCsv {

namespace {

enum Column {
    IncidentId,
    Date,
    Time,
    Location,
    Nationality,
    Persons,
    OutcomeColumn,
    ForceUsed,
    Notes,
    RecordedBy,
    RecordedAt,
    ColumnCount
};

QString tr(const char *text)
{
    return QCoreApplication::translate("IncidentCsv", text);
}

// Incident-level fields of one row, to check that rows of one incident agree.
QStringList incidentLevel(const QStringList &row)
{
    QStringList fields = row;
    fields.removeAt(Persons);
    fields.removeAt(Nationality);
    return fields;
}

} // namespace

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
    QList<NationalityCount> lines = incident.persons;
    std::sort(lines.begin(), lines.end(),
              [](const NationalityCount &a, const NationalityCount &b) { return a.nationality < b.nationality; });
    for (const auto &line : lines) {
        writer.writeRow({incident.idText(), IncidentText::formatDate(incident.date),
                         IncidentText::formatTime(incident.time), FormulaGuard::guard(incident.location),
                         line.nationality, QString::number(line.persons), outcomeCode(incident.outcome),
                         incident.forceUsed ? QStringLiteral("true") : QStringLiteral("false"),
                         FormulaGuard::guard(incident.notes), FormulaGuard::guard(incident.recordedBy),
                         IncidentText::formatTimestamp(incident.recordedAt)});
    }
}

ReadResult read(const QByteArray &content, const QString &fileName, const QDate &today)
{
    ReadResult result;
    auto problem = [&](int line, const QString &field, const QString &what) {
        result.problems << QStringLiteral("%1:%2: %3: %4").arg(fileName).arg(line).arg(field, what);
    };

    CsvReader reader(content);
    CsvReader::Record record;
    if (!reader.next(record)) {
        problem(1, QStringLiteral("header"),
                reader.error().isEmpty() ? tr("the file is empty; expected the header %1").arg(header().join(u','))
                                         : reader.error());
        return result;
    }
    // Where each known column is in this file.
    std::array<int, ColumnCount> position;
    position.fill(-1);
    const QStringList names = header();
    for (int i = 0; i < record.fields.size(); ++i) {
        const int known = int(names.indexOf(record.fields[i].trimmed().toLower()));
        if (known < 0) {
            problem(record.line, QStringLiteral("header"),
                    tr("unknown column '%1'; the columns are %2").arg(record.fields[i], names.join(u',')));
        } else if (position[known] >= 0) {
            problem(record.line, QStringLiteral("header"), tr("column '%1' appears twice").arg(names[known]));
        } else {
            position[known] = i;
        }
    }
    for (int required : {Date, Location, Nationality, Persons, OutcomeColumn}) {
        if (position[required] < 0) {
            problem(record.line, QStringLiteral("header"), tr("required column '%1' is missing").arg(names[required]));
        }
    }
    if (!result.problems.isEmpty()) {
        return result;
    }
    const qsizetype width = record.fields.size();

    QHash<QUuid, qsizetype> byId;         // incident_id -> index in result.incidents
    QHash<QUuid, QStringList> firstRowOf; // incident-level fields of the incident's first row
    QList<int> firstLineOf;
    while (reader.next(record)) {
        if (record.fields.size() == 1 && record.fields.first().isEmpty()) {
            continue; // blank line
        }
        const int line = record.line;
        if (record.fields.size() != width) {
            problem(line, QStringLiteral("row"),
                    tr("has %1 fields, the header has %2").arg(record.fields.size()).arg(width));
            continue;
        }
        QStringList row;
        for (int c = 0; c < ColumnCount; ++c) {
            row << (position[c] >= 0 ? record.fields[position[c]] : QString());
        }
        for (int c : {Location, Notes, RecordedBy}) {
            row[c] = FormulaGuard::unguard(row[c]);
        }
        const int problemsBefore = int(result.problems.size());
        auto take = [&](auto parsed) {
            if (!parsed) {
                for (const auto &e : parsed.failure().fields) {
                    problem(line, e.field, e.rule);
                }
            }
            return parsed;
        };

        QUuid id;
        if (!row[IncidentId].isEmpty()) {
            id = QUuid::fromString(row[IncidentId]);
            if (id.isNull()) {
                problem(line, QStringLiteral("incident_id"), tr("'%1' is not a UUID").arg(row[IncidentId]));
            }
        }
        const auto date = take(IncidentText::parseDate(row[Date]));
        const auto time = take(IncidentText::parseTime(row[Time]));
        const auto nationality = take(IncidentText::parseNationality(row[Nationality]));
        const auto persons = take(IncidentText::parsePersons(row[Persons]));
        const auto outcome = take(IncidentText::parseOutcome(row[OutcomeColumn]));
        const auto force = row[ForceUsed].isEmpty() ? Result<bool>(false)
                                                    : take(IncidentText::parseBool(row[ForceUsed], "force_used"));
        QDateTime recordedAt;
        if (!row[RecordedAt].isEmpty()) {
            recordedAt = QDateTime::fromString(row[RecordedAt], Qt::ISODate);
            if (!recordedAt.isValid() || recordedAt.timeSpec() != Qt::UTC) {
                problem(line, QStringLiteral("recorded_at"),
                        tr("'%1' is not an ISO 8601 UTC time such as 2021-08-03T14:05:00Z").arg(row[RecordedAt]));
            }
        }
        if (result.problems.size() > problemsBefore) {
            continue;
        }

        if (!id.isNull() && byId.contains(id)) {
            Incident &incident = result.incidents[byId.value(id)];
            if (incidentLevel(row) != firstRowOf.value(id)) {
                problem(line, QStringLiteral("incident_id"),
                        tr("rows of incident %1 disagree on date, time, location, outcome, force_used, notes or "
                           "recorded_by/recorded_at (first row on line %2)")
                            .arg(row[IncidentId])
                            .arg(firstLineOf[byId.value(id)]));
                continue;
            }
            incident.persons << NationalityCount{*nationality, *persons};
            continue;
        }
        Incident incident;
        incident.id = id;
        incident.date = *date;
        incident.time = *time;
        incident.location = row[Location];
        incident.persons << NationalityCount{*nationality, *persons};
        incident.outcome = *outcome;
        incident.forceUsed = *force;
        incident.notes = row[Notes];
        incident.recordedBy = row[RecordedBy];
        incident.recordedAt = recordedAt;
        if (!id.isNull()) {
            byId.insert(id, result.incidents.size());
            firstRowOf.insert(id, incidentLevel(row));
        }
        result.incidents << incident;
        firstLineOf << line;
    }
    if (!reader.error().isEmpty()) {
        problem(record.line, QStringLiteral("row"), reader.error());
    }
    // Rules that need the whole incident (group size, repeated nationality, dates, lengths).
    for (qsizetype i = 0; i < result.incidents.size(); ++i) {
        for (const auto &e : IncidentRules::check(result.incidents[i], today)) {
            if (e.field == QLatin1String(IncidentRules::kRecordedBy) && result.incidents[i].recordedBy.isEmpty()) {
                continue;
            }
            problem(firstLineOf[i], e.field, e.rule);
        }
    }
    if (!result.problems.isEmpty()) {
        result.incidents.clear();
    }
    return result;
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
