#pragma once

#include "incidentfilter.h"
#include "result.h"
#include "tally.h"

class QIODevice;

namespace borderlog {

class IncidentLog;

// Exports for the ministry, shared by the desktop app's Export dialog and `borderlog-cli`.
namespace CsvReport {

// Writes the incidents CSV of all incidents the filter selects, reading the database page by page.
// Returns the number of incidents written.
Result<qint64> writeIncidents(const IncidentLog &log, const IncidentFilter &filter, QIODevice &device);

// Writes the tally CSV. Returns the number of rows written.
Result<qint64> writeTally(const IncidentLog &log, const IncidentFilter &filter, TallyGrouping grouping,
                          QIODevice &device);

} // namespace CsvReport

} // namespace borderlog
