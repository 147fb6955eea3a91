// SPDX-License-Identifier: GPL-3.0-or-later
// IncidentCsv::Reader: an incidents CSV read row by row into incidents, every problem reported by line.
#include "csvreader.h"
#include "formulaguard.h"
#include "incidentcsv.h"
#include "incidentcsvcolumns.h"
#include "incidentrules.h"
#include "incidenttext.h"

#include <QBuffer>
#include <QCoreApplication>

#include <array>
#include <optional>

namespace borderlog::IncidentCsv {

namespace {

// Incident-level fields of one row, to check that rows of one incident agree.
QStringList incidentLevel(const QStringList &row)
{
    QStringList fields = row;
    for (int lineColumn : {UnaccompaniedMinors, Children, Women, Men, Persons, Nationality}) {
        fields.removeAt(lineColumn);
    }
    return fields;
}

} // namespace

struct Reader::Private
{
    Q_DECLARE_TR_FUNCTIONS(IncidentCsv)

public:
    Private(QIODevice &source, const QString &name, const QDateTime &clock)
        : device(source)
        , csv(source)
        , fileName(name)
        , now(clock)
    {
        position.fill(-1);
    }

    void problem(int line, const QString &field, const QString &what)
    {
        ++problemCount;
        if (problems.size() < kMaxProblems) {
            problems << QStringLiteral("%1:%2: %3: %4").arg(fileName).arg(line).arg(field, what);
        }
    }

    bool readHeader();
    // The reader's problem, under the column it is in when the reader names one.
    void csvProblem();
    // The record's fields in the standard column order, formula guards taken off; false when it has too
    // many or too few.
    bool fieldsOf(const CsvReader::Record &record, QStringList &row);
    // Parses one record into `row` (columns in the standard order); false when it has problems.
    bool parse(const CsvReader::Record &record, Incident &incident, QStringList &row);
    // The columns of schema 8 into the parsed row's incident (its one line's breakdown and its details).
    void parseDetails(const QStringList &row, int line, Incident &incident);
    // The parsed value; reports the rules a value breaks.
    template <typename T>
    std::optional<T> taken(Result<T> parsed, int line)
    {
        if (!parsed) {
            for (const auto &e : parsed.failure().fields) {
                problem(line, e.field, e.rule);
            }
            return std::nullopt;
        }
        return std::move(*parsed);
    }
    // Hands out a complete incident if it obeys every rule; reports the rules it breaks otherwise.
    bool accept(Incident candidate, int line, Incident &incident);
    // At the end of the rows (or at a reader's problem): hands out the pending incident if it is accepted.
    bool finishAtEnd(Incident &incident);
    // Whether a row belongs to the pending incident (and was added to it, or reported as disagreeing).
    bool continuesPending(const Incident &parsed, const QStringList &row, int line);

    QIODevice &device;
    CsvReader csv;
    QString fileName;
    qint64 rows = 0;
    QDateTime now;
    std::array<int, ColumnCount> position;
    qsizetype width = 0;
    bool started = false;
    bool headerOk = false;
    QStringList problems;
    qint64 problemCount = 0;
    std::optional<Incident> pending;
    QStringList pendingRow; // incident-level fields of the pending incident's first row
    int pendingLine = 0;
    int lastLine = 0;
};

bool Reader::Private::readHeader()
{
    if (device.size() > kMaxFileSize) {
        problem(1, QStringLiteral("file"),
                tr("the file is larger than %1 GiB; import it in parts").arg(kMaxFileSize >> 30));
        return false;
    }
    CsvReader::Record record;
    if (!csv.next(record)) {
        if (csv.error().isEmpty()) {
            problem(1, QStringLiteral("header"),
                    tr("the file is empty; expected the header %1").arg(header().join(u',')));
        } else {
            problem(csv.errorLine(), QStringLiteral("header"), csv.error());
        }
        return false;
    }
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
    width = record.fields.size();
    return problemCount == 0;
}

void Reader::Private::csvProblem()
{
    QString field = QStringLiteral("row");
    for (int c = 0; c < ColumnCount; ++c) {
        if (csv.errorField() >= 0 && position[c] == csv.errorField()) {
            field = header()[c];
        }
    }
    problem(csv.errorLine(), field, csv.error());
}

bool Reader::Private::fieldsOf(const CsvReader::Record &record, QStringList &row)
{
    if (record.fields.size() != width) {
        problem(record.line, QStringLiteral("row"),
                tr("has %1 fields, the header has %2").arg(record.fields.size()).arg(width));
        return false;
    }
    row.clear();
    for (int c = 0; c < ColumnCount; ++c) {
        row << (position[c] >= 0 ? record.fields[position[c]] : QString());
    }
    for (int c : {Location, Notes, RecordedBy}) {
        row[c] = FormulaGuard::unguard(row[c]);
    }
    return true;
}

bool Reader::Private::parse(const CsvReader::Record &record, Incident &incident, QStringList &row)
{
    if (!fieldsOf(record, row)) {
        return false;
    }
    const int line = record.line;
    const qint64 problemsBefore = problemCount;
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
        if (const auto parsed = take(IncidentText::parseIncidentId(row[IncidentId]))) {
            id = *parsed;
            // Written as exported, so that rows of one incident agree whatever case their ids are in.
            row[IncidentId] = id.toString(QUuid::WithoutBraces);
        }
    }
    const auto date = take(IncidentText::parseDate(row[Date]));
    const auto time = take(IncidentText::parseTime(row[Time]));
    const auto nationality = take(IncidentText::parseNationality(row[Nationality]));
    const auto persons = take(IncidentText::parsePersons(row[Persons]));
    const auto outcome = take(IncidentText::parseOutcome(row[OutcomeColumn]));
    const auto force =
        row[ForceUsed].isEmpty() ? Result<bool>(false) : take(IncidentText::parseBool(row[ForceUsed], "force_used"));
    QDateTime recordedAt;
    if (!row[RecordedAt].isEmpty()) {
        recordedAt = IncidentText::parseTimestamp(row[RecordedAt]);
        if (!recordedAt.isValid()) {
            problem(line, QStringLiteral("recorded_at"),
                    tr("'%1' is not an ISO 8601 UTC time such as 2021-08-03T14:05:00Z").arg(row[RecordedAt]));
        }
    }
    if (problemCount > problemsBefore) {
        return false;
    }
    incident = Incident();
    incident.id = id;
    incident.date = *date;
    incident.time = *time;
    incident.location = row[Location];
    incident.nationalities << NationalityCount{*nationality, *persons};
    incident.outcome = *outcome;
    incident.setForceUsed(*force);
    incident.notes = row[Notes];
    incident.recordedBy = row[RecordedBy];
    incident.recordedAt = recordedAt;
    parseDetails(row, line, incident);
    return problemCount == problemsBefore;
}

void Reader::Private::parseDetails(const QStringList &row, int line, Incident &incident)
{
    NationalityCount &group = incident.nationalities.first();
    const std::pair<int, int *> breakdown[] = {{Men, &group.men},
                                               {Women, &group.women},
                                               {Children, &group.children},
                                               {UnaccompaniedMinors, &group.unaccompanied}};
    const QStringList names = header();
    auto count = [&](int column, int max, int &into) {
        if (const auto value = taken(IncidentText::parseCount(row[column], qPrintable(names[column]), max), line)) {
            into = *value;
        }
    };
    for (const auto &[column, into] : breakdown) {
        count(column, IncidentRules::kMaxGroupSize, *into);
    }
    IncidentDetails &d = incident.details;
    auto choice = [&](int column, auto &into) {
        using E = std::remove_reference_t<decltype(into)>;
        if (const auto value = taken(IncidentText::parseChoice<E>(row[column], qPrintable(names[column])), line)) {
            into = *value;
        }
    };
    choice(DetectionColumn, d.detection);
    choice(DirectionColumn, d.direction);
    choice(BorderSectorColumn, d.borderSector);
    choice(AidGivenColumn, d.aidGiven);
    if (!row[CountEstimated].isEmpty()) {
        d.countEstimated =
            taken(IncidentText::parseBool(row[CountEstimated], IncidentRules::kCountEstimated), line).value_or(false);
    }
    count(Injured, IncidentRules::kMaxGroupSize, d.injured);
    count(Dead, IncidentRules::kMaxGroupSize, d.dead);
    count(Missing, IncidentRules::kMaxGroupSize, d.missing);
    count(Facilitators, IncidentRules::kMaxFacilitators, d.facilitators);
    if (!row[ForceTypeColumn].isEmpty()) {
        ForceType force = d.force;
        choice(ForceTypeColumn, force);
        if (!row[ForceUsed].isEmpty() && (force != ForceType::None) != incident.forceUsed()) {
            problem(line, QLatin1String(IncidentRules::kForceType),
                    tr("'%1' contradicts force_used '%2'").arg(row[ForceTypeColumn], row[ForceUsed]));
        }
        d.force = force;
    }
    d.refusalReasons = taken(IncidentText::parseRefusalReasons(row[RefusalReasonsColumn]), line).value_or(QString());
    d.facilitatorNationalities = taken(IncidentText::parseNationalityList(row[FacilitatorNationalities],
                                                                          IncidentRules::kFacilitatorNationalities),
                                       line)
                                     .value_or(QStringList());
    d.relatedTo = taken(IncidentText::parseRelatedTo(row[RelatedTo]), line).value_or(QUuid());
}

bool Reader::Private::accept(Incident candidate, int line, Incident &incident)
{
    bool ok = true;
    for (const auto &e : IncidentRules::check(candidate, now)) {
        if (e.field == QLatin1String(IncidentRules::kRecordedBy) && candidate.recordedBy.isEmpty()) {
            continue; // filled in when imported
        }
        problem(line, e.field, e.rule);
        ok = false;
    }
    if (ok) {
        incident = std::move(candidate);
        lastLine = line;
    }
    return ok;
}

Reader::Reader(QIODevice &device, const QString &fileName, const QDateTime &now)
    : d(std::make_unique<Private>(device, fileName, now))
{}

Reader::~Reader() = default;

bool Reader::next(Incident &incident)
{
    if (!d->started) {
        d->started = true;
        d->headerOk = d->readHeader();
    }
    if (!d->headerOk) {
        return false;
    }
    CsvReader::Record record;
    Incident parsed;
    QStringList row;
    while (d->csv.next(record)) {
        if (record.fields.size() == 1 && record.fields.first().isEmpty()) {
            continue; // blank line
        }
        if (++d->rows > kMaxRows) {
            d->problem(record.line, QStringLiteral("file"),
                       tr("the file has more than %1 rows; import it in parts").arg(kMaxRows));
            d->pending.reset();
            return false;
        }
        if (!d->parse(record, parsed, row) || d->continuesPending(parsed, row, record.line)) {
            continue;
        }
        // A new incident begins: the pending one is complete.
        std::optional<Incident> finished = std::move(d->pending);
        const int finishedLine = d->pendingLine;
        d->pending = std::move(parsed);
        d->pendingRow = incidentLevel(row);
        d->pendingLine = record.line;
        if (finished && d->accept(std::move(*finished), finishedLine, incident)) {
            return true;
        }
    }
    return d->finishAtEnd(incident);
}

bool Reader::Private::finishAtEnd(Incident &incident)
{
    if (!csv.error().isEmpty()) {
        csvProblem();
        pending.reset();
        return false;
    }
    if (!pending) {
        return false;
    }
    Incident last = std::move(*pending);
    pending.reset();
    return accept(std::move(last), pendingLine, incident);
}

bool Reader::Private::continuesPending(const Incident &parsed, const QStringList &row, int line)
{
    if (!pending || parsed.id.isNull() || pending->id != parsed.id) {
        return false;
    }
    if (incidentLevel(row) != pendingRow) {
        problem(line, QStringLiteral("incident_id"),
                tr("rows of incident %1 disagree on a field of the incident (date, time, location, outcome, notes, "
                   "recorded_by/recorded_at or a detail such as detection; only nationality, persons and their "
                   "breakdown change from row to row; first row on line %2)")
                    .arg(row[IncidentId])
                    .arg(pendingLine));
    } else {
        pending->nationalities << parsed.nationalities;
    }
    return true;
}

double Reader::progress() const
{
    if (d->device.isSequential()) {
        return -1;
    }
    const qint64 size = d->device.size();
    return size <= 0 ? 1.0 : std::clamp(double(d->device.pos()) / double(size), 0.0, 1.0);
}

QString Reader::where() const
{
    return QStringLiteral("%1:%2").arg(d->fileName).arg(d->lastLine);
}

QStringList Reader::problems() const
{
    QStringList all = d->problems;
    if (d->problemCount > d->problems.size()) {
        all << tr("%1: and %2 more problems").arg(d->fileName).arg(d->problemCount - d->problems.size());
    }
    return all;
}

ReadResult read(const QByteArray &content, const QString &fileName, const QDateTime &now)
{
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    Reader reader(buffer, fileName, now);
    ReadResult result;
    Incident incident;
    while (reader.next(incident)) {
        result.incidents << incident;
    }
    result.problems = reader.problems();
    if (!result.problems.isEmpty()) {
        result.incidents.clear();
    }
    return result;
}

} // namespace borderlog::IncidentCsv
