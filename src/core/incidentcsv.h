// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crosstally.h"
#include "incident.h"
#include "incidentline.h"
#include "incidentsource.h"
#include "tally.h"
#include "tallycomparison.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>

class QIODevice;

namespace borderlog {

class CsvWriter;

// The ministry's incidents CSV: one row per incident and nationality. See docs/data-dictionary.md.
namespace IncidentCsv {

// The columns written: all of them (the standard), or the eleven before schema 8 for the scripts that read
// only those (`export --columns v1`), byte for byte as then.
enum class Layout {
    Standard,
    V1
};

// incident_id,date,time,location,nationality,persons,outcome,force_used,notes,recorded_by,recorded_at,
// men,women,children,unaccompanied_minors,detection,direction,border_sector,count_estimated,injured,dead,
// missing,aid_given,force_type,refusal_reasons,facilitators,facilitator_nationalities,related_to
QStringList header(Layout layout = Layout::Standard);
void writeHeader(CsvWriter &writer, Layout layout = Layout::Standard);
void writeIncident(CsvWriter &writer, const Incident &incident, Layout layout = Layout::Standard);
// The same row from the database's own text (no parsing); gives the same bytes as writeIncident.
void writeLine(CsvWriter &writer, const IncidentLine &line, Layout layout = Layout::Standard);

// Reads an incidents CSV as a stream of incidents. Consecutive rows sharing an incident_id form one
// incident; rows without one are each an incident of their own. Columns may come in any order; date,
// location, nationality, persons and outcome are required. Every rule of IncidentRules is checked, with
// `now` (the border's local date and time) as the latest; an incident that breaks one is reported, not returned.
class Reader final : public IncidentSource
{
    Q_DECLARE_TR_FUNCTIONS(IncidentCsv)

public:
    Reader(QIODevice &device, const QString &fileName, const QDateTime &now);
    ~Reader() override;

    bool next(Incident &incident) override;
    QString where() const override;
    // "FILE:LINE: field: what is wrong", one per problem (the first kMaxProblems, then how many more).
    QStringList problems() const override;
    // The share of the file's bytes read so far (-1 for a pipe).
    double progress() const override;

    static constexpr int kMaxProblems = 1000;
    // Limits that keep a hostile or mistaken file from running for days: a larger register is imported
    // in parts.
    static constexpr qint64 kMaxRows = 50'000'000;
    static constexpr qint64 kMaxFileSize = 16LL * 1024 * 1024 * 1024;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

struct ReadResult
{
    QList<Incident> incidents;
    QStringList problems; // the file is usable only when empty
};

// Reads a whole incidents CSV held in memory (tests, the bundled sample).
ReadResult read(const QByteArray &content, const QString &fileName, const QDateTime &now);

} // namespace IncidentCsv

// The tally CSV: period (or nationality, or location), incidents, persons, then persons per outcome.
namespace TallyCsv {

QStringList header(TallyGrouping grouping);
void write(CsvWriter &writer, const Tally &tally);
// The tally's columns, then compared_with, compared_incidents, compared_persons, persons_change and
// persons_change_percent (empty when nothing was compared with).
void write(CsvWriter &writer, const TallyComparison &comparison);
// A cross-tab: the first and second dimension's columns, incidents, persons, and when neither dimension is the
// outcome the persons of each outcome.
void write(CsvWriter &writer, const CrossTally &cross);

} // namespace TallyCsv

} // namespace borderlog
