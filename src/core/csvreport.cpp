// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreport.h"

#include "cryptography.h"
#include "csvreader.h"
#include "csvwriter.h"
#include "formulaguard.h"
#include "incidentcsv.h"
#include "incidentlog.h"
#include "incidenttext.h"
#include "outputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>

#include <algorithm>

namespace borderlog::CsvReport {

namespace {

Failure writeFailure(const QIODevice &device)
{
    return Failure::storage(
        QCoreApplication::translate("CsvReport", "could not write the CSV: %1").arg(device.errorString()));
}

} // namespace

Result<qint64> writeIncidents(const IncidentLog &log, const IncidentFilter &filter, QIODevice &device,
                              IncidentCsv::Layout layout)
{
    CsvWriter writer(device);
    IncidentCsv::writeHeader(writer, layout);
    auto written = log.reads().forEachIncidentLine(filter, [&writer, layout](const IncidentLine &line) {
        IncidentCsv::writeLine(writer, line, layout);
        return writer.ok();
    });
    if (!writer.finish()) {
        return writeFailure(device);
    }
    return written;
}

Result<qint64> writeTally(const IncidentLog &log, const IncidentFilter &filter, TallyGrouping grouping,
                          QIODevice &device, const TallyOptions &options)
{
    CsvWriter writer(device);
    qint64 rows = 0;
    if (options.second) {
        auto cross = log.reads().crossTally(filter, TallyDimension::of(grouping), *options.second);
        if (!cross) {
            return cross.failure();
        }
        TallyCsv::write(writer, *cross);
        rows = cross->rows().size();
    } else if (options.compare) {
        const auto reader = [&log](const IncidentFilter &f, TallyGrouping g) {
            return log.reads().tally(f, g, TallyContent::WithBreakdown);
        };
        auto compared = TallyComparison::read(reader, filter, grouping, *options.compare);
        if (!compared) {
            return compared.failure();
        }
        TallyCsv::write(writer, *compared);
        rows = compared->rows().size();
    } else {
        auto tally = log.reads().tally(filter, grouping, TallyContent::WithBreakdown);
        if (!tally) {
            return tally.failure();
        }
        TallyCsv::write(writer, options.cumulative ? tally->cumulative(*options.cumulative) : *tally);
        rows = tally->rows().size();
    }
    if (!writer.finish()) {
        return writeFailure(device);
    }
    return rows;
}

Result<qint64> writeAuditTrail(const IncidentLog &log, const AuditFilter &filter, QIODevice &device)
{
    CsvWriter writer(device);
    writer.writeRow({QStringLiteral("sequence"), QStringLiteral("at_utc"), QStringLiteral("user"),
                     QStringLiteral("action"), QStringLiteral("incident_id"), QStringLiteral("before"),
                     QStringLiteral("after"), QStringLiteral("reason"), QStringLiteral("previous_hash"),
                     QStringLiteral("hash")});
    auto written = log.audit().forEach(filter, [&writer](const AuditEntry &e) {
        writer.writeRow({QString::number(e.sequence), AuditEntry::formatTime(e.at), FormulaGuard::guard(e.user),
                         auditActionCode(e.action), e.incidentId, FormulaGuard::guard(QString::fromUtf8(e.before)),
                         FormulaGuard::guard(QString::fromUtf8(e.after)), FormulaGuard::guard(e.reason),
                         QString::fromLatin1(e.previousHash), QString::fromLatin1(e.hash)});
        return writer.ok();
    });
    if (!writer.finish()) {
        return writeFailure(device);
    }
    return written;
}

Result<QString> writeAbout(const IncidentLog &log, const QString &csvPath, const QString &what,
                           const IncidentFilter &filter, std::optional<qint64> incidents)
{
    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly)) {
        return Failure::storage(
            QCoreApplication::translate("CsvReport", "cannot read %1 back: %2").arg(csvPath, csv.errorString()));
    }
    // The plain SHA-256 of the bytes, as sha256sum prints it.
    const QByteArray hash = Cryptography::sha256HexOf(csv);
    csv.seek(0);
    CsvReader reader(csv);
    qint64 rows = -1; // the header is not a data row
    for (CsvReader::Record record; reader.next(record);) {
        ++rows;
    }
    rows = std::max<qint64>(rows, 0);
    auto head = log.audit().head();
    if (!head) {
        return head.failure();
    }
    const auto text = [](const QDate &d) { return d.isValid() ? IncidentText::formatDate(d) : QStringLiteral("-"); };
    QString about;
    about += QStringLiteral("Border Incident Log export\n");
    about += QStringLiteral("file: %1\n").arg(QFileInfo(csvPath).fileName());
    about += incidents ? QStringLiteral("contents: %1, %2 incidents in %3 rows\n").arg(what).arg(*incidents).arg(rows)
                       : QStringLiteral("contents: %1, %2 rows\n").arg(what).arg(rows);
    about += QStringLiteral("sha256: %1\n").arg(QString::fromLatin1(hash));
    about += QStringLiteral("exported at: %1\n").arg(AuditEntry::formatTime(QDateTime::currentDateTimeUtc()));
    about += QStringLiteral("exported by: %1\n").arg(log.session().actor().name);
    about += QStringLiteral("database: %1\n").arg(QFileInfo(log.databaseLocation()).fileName());
    about +=
        QStringLiteral("filter: from %1, to %2, location %3, nationality %4, outcome %5\n")
            .arg(text(filter.from), text(filter.to), filter.location.isEmpty() ? QStringLiteral("-") : filter.location,
                 filter.nationality.isEmpty() ? QStringLiteral("-") : filter.nationality,
                 filter.outcome ? outcomeCode(*filter.outcome) : QStringLiteral("-"));
    about += QStringLiteral("audit trail head: %1\n").arg(head->toString());
    about += QStringLiteral("\nKeep this file with the export. To check later that the register's history up to this "
                            "export is unchanged:\n  borderlog-cli audit verify --expect-head %1\n")
                 .arg(head->toString());
    const QString path = csvPath + QStringLiteral(".about.txt");
    OutputFile out(path);
    if (auto opened = out.open(); !opened) {
        return opened.failure();
    }
    const QByteArray bytes = about.toUtf8();
    if (out.device().write(bytes) != bytes.size()) {
        out.discard();
        return Failure::storage(
            QCoreApplication::translate("CsvReport", "cannot write %1: %2").arg(path, out.device().errorString()));
    }
    if (auto committed = out.commit(); !committed) {
        return committed.failure();
    }
    return path;
}

} // namespace borderlog::CsvReport
