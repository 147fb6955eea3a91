#include "csvreport.h"

#include "csvwriter.h"
#include "incidentcsv.h"
#include "incidentlog.h"

#include <QCoreApplication>
#include <QIODevice>

namespace borderlog::CsvReport {

namespace {

Failure writeFailure(const QIODevice &device)
{
    return Failure::storage(
        QCoreApplication::translate("CsvReport", "could not write the CSV: %1").arg(device.errorString()));
}

} // namespace

Result<qint64> writeIncidents(const IncidentLog &log, const IncidentFilter &filter, QIODevice &device)
{
    CsvWriter writer(device);
    IncidentCsv::writeHeader(writer);
    auto written = log.forEachIncident(filter, [&writer](const Incident &incident) {
        IncidentCsv::writeIncident(writer, incident);
        return writer.ok();
    });
    if (!writer.ok()) {
        return writeFailure(device);
    }
    return written;
}

Result<qint64> writeTally(const IncidentLog &log, const IncidentFilter &filter, TallyGrouping grouping,
                          QIODevice &device)
{
    auto tally = log.tally(filter, grouping);
    if (!tally) {
        return tally.failure();
    }
    CsvWriter writer(device);
    TallyCsv::write(writer, *tally);
    if (!writer.ok()) {
        return writeFailure(device);
    }
    return qint64(tally->rows().size());
}

} // namespace borderlog::CsvReport
