// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditentry.h"
#include "crosstally.h"
#include "incidentcsv.h"
#include "incidentfilter.h"
#include "result.h"
#include "tally.h"
#include "tallycomparison.h"

#include <optional>

class QIODevice;

namespace borderlog {

class IncidentLog;

// Exports for the ministry, shared by the desktop app's Export dialog and `borderlog-cli`.
namespace CsvReport {

// Writes the incidents CSV of all incidents the filter selects, reading the database page by page.
// Returns the number of incidents written.
// `layout` V1 writes the eleven columns before schema 8, as scripts written for them expect.
Result<qint64> writeIncidents(const IncidentLog &log, const IncidentFilter &filter, QIODevice &device,
                              IncidentCsv::Layout layout = IncidentCsv::Layout::Standard);

// What a tally CSV holds beyond the counts of one grouping (docs/data-dictionary.md has each layout). At most
// one of them: a running total, a comparison, or a second dimension.
struct TallyOptions
{
    std::optional<Tally::Restart> cumulative = {};        // running totals (a period grouping)
    std::optional<TallyComparison::Against> compare = {}; // the same tally of an earlier time beside it
    std::optional<TallyDimension> second = {};            // a cross-tab of the grouping and this
};

// Writes the tally CSV. Returns the number of rows written.
Result<qint64> writeTally(const IncidentLog &log, const IncidentFilter &filter, TallyGrouping grouping,
                          QIODevice &device, const TallyOptions &options = {});

// Writes the audit trail CSV (columns sequence, at_utc, user, action, incident_id, before, after, reason,
// previous_hash, hash). Returns the number of entries written.
Result<qint64> writeAuditTrail(const IncidentLog &log, const AuditFilter &filter, QIODevice &device);

// The export's documentation, written beside it as <file>.about.txt: what was exported, when and by whom,
// the file's SHA-256, and the audit trail's head at that moment, so that a copy kept elsewhere pins the
// history (`borderlog-cli audit verify --expect-head`). Its data rows are counted in the file itself;
// `incidents`, when given (an incidents export, where a mixed group has a row per nationality), is said
// beside them. Returns the path written.
Result<QString> writeAbout(const IncidentLog &log, const QString &csvPath, const QString &what,
                           const IncidentFilter &filter, std::optional<qint64> incidents = std::nullopt);

} // namespace CsvReport

} // namespace borderlog
