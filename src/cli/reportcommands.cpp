// SPDX-License-Identifier: GPL-3.0-or-later
// borderlog-cli's report: the daily report as PDF, HTML or CSV, and its verification against the register.
#include "command.h"
#include "commandcontext.h"
#include "commandoptions.h"
#include "dailyreportcheck.h"
#include "dailyreportpage.h"
#include "incidentlog.h"
#include "incidenttext.h"
#include "session.h"
#include "terminal.h"

#include <QFile>
#include <QFileInfo>

namespace borderlog {

using namespace CommandOptions;
using Terminal::printOut;
using Terminal::tr;

namespace {

// Reads --day, --since, --district and --station; false when one is wrong (said why).
bool readRequest(const CommandContext &context, DailyReport::Request &request)
{
    if (!context.isSet(kDay)) {
        context.usageError(tr("day: is required (--day YYYY-MM-DD)"));
        return false;
    }
    for (const auto &[option, date] : {std::pair{&kDay, &request.day}, std::pair{&kSince, &request.since}}) {
        if (!context.isSet(*option)) {
            continue;
        }
        auto parsed = IncidentText::parseDate(context.value(*option));
        if (!parsed) {
            context.usageError(
                QStringLiteral("%1: %2").arg(option->names().constFirst(), parsed.failure().fields.value(0).rule));
            return false;
        }
        *date = *parsed;
    }
    request.district = context.value(kDistrict).trimmed();
    request.station = context.value(kStation).trimmed();
    if (const auto problem = DailyReport::problemOf(request)) {
        context.usageError(problem->toString());
        return false;
    }
    return true;
}

std::optional<QString> formatOf(const CommandContext &context)
{
    QString format = context.value(kFormat).trimmed().toLower();
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(context.value(kOutput)).suffix().toLower();
        format = suffix == u"htm" ? QStringLiteral("html") : suffix;
    }
    if (format.isEmpty() || (!context.isSet(kFormat) && format != u"pdf" && format != u"html")) {
        format = QStringLiteral("csv");
    }
    if (format != u"pdf" && format != u"html" && format != u"csv") {
        context.usageError(tr("format: '%1' is not one of pdf, html, csv").arg(context.value(kFormat)));
        return std::nullopt;
    }
    return format;
}

int printReport(CommandContext &context)
{
    DailyReport::Request request;
    if (!readRequest(context, request)) {
        return CommandContext::BadInput;
    }
    const auto format = formatOf(context);
    if (!format) {
        return CommandContext::BadInput;
    }
    if (const int opened = context.openDatabase(CommandContext::Access::Read); opened != CommandContext::Success) {
        return opened;
    }
    auto report = DailyReport::compile(context.log(), request);
    if (!report) {
        return context.fail(report.failure());
    }
    const DailyReportPage page(*report, context.log().session().actor().name, context.log().session().now());
    return context.writeOutput([&](QIODevice &device) -> Result<qint64> {
        if (*format == u"csv") {
            return DailyReportCsv::write(*report, device);
        }
        const QByteArray bytes = *format == u"html" ? page.standaloneHtml().toUtf8() : QByteArray();
        if (*format == u"html" ? device.write(bytes) != bytes.size() : !page.writePdf(device)) {
            return Failure::storage(tr("Cannot write the report: %1").arg(device.errorString()));
        }
        return qint64(1);
    });
}

// Reads what the printed report says: its CSV form (a file argument), or --day and --digest as typed from
// the page.
std::optional<PrintedReport> readPrinted(CommandContext &context)
{
    PrintedReport printed;
    if (!context.argument(1).isEmpty()) {
        QFile file(context.argument(1));
        if (!file.open(QIODevice::ReadOnly)) {
            context.runtimeFailure(tr("Cannot read %1: %2").arg(context.argument(1), file.errorString()));
            return std::nullopt;
        }
        auto read = DailyReportCsv::read(file);
        if (!read) {
            context.fail(read.failure());
            return std::nullopt;
        }
        return *read;
    }
    if (!readRequest(context, printed.request)) {
        return std::nullopt;
    }
    printed.digest = context.value(kDigest).trimmed().toLatin1().toLower();
    if (printed.digest.size() != 64) {
        context.usageError(tr("digest: must be the 64 hexadecimal digits printed on the report (or give the "
                              "report's CSV form: report verify FILE)"));
        return std::nullopt;
    }
    if (context.isSet(kExpectHead)) {
        printed.head = AuditHead::parse(context.value(kExpectHead));
        if (!printed.head) {
            context.usageError(tr("expect-head: must be SEQ:HASH as printed on the report"));
            return std::nullopt;
        }
    }
    return printed;
}

int verifyReport(CommandContext &context)
{
    const auto printed = readPrinted(context);
    if (!printed) {
        return CommandContext::BadInput;
    }
    if (const int opened = context.openDatabase(CommandContext::Access::Read); opened != CommandContext::Success) {
        return opened;
    }
    auto check = DailyReportCheck::run(context.log(), *printed);
    if (!check) {
        return context.fail(check.failure());
    }
    // A report scripts read: the same words in every language, as audit verify's.
    printOut(check->describe().join(u'\n') + u'\n');
    return check->verdict() == DailyReportCheck::Verdict::Changed ? CommandContext::RuntimeFailure
                                                                  : CommandContext::Success;
}

int report(CommandContext &context)
{
    const QString action = context.argument(0);
    if (action.isEmpty()) {
        return printReport(context);
    }
    if (action == u"verify") {
        return verifyReport(context);
    }
    return context.usageError(tr("report: use 'report --day DATE [-o FILE]' or 'report verify FILE' or "
                                 "'report verify --day DATE --digest HEX'"));
}

} // namespace

std::vector<Command> Commands::reports()
{
    return {
        {QStringLiteral("report"),
         QT_TRANSLATE_NOOP("CommandHelp", "The daily report: report --day DATE [--format pdf|html|csv] -o FILE | "
                                          "report verify FILE.csv | report verify --day DATE --digest HEX."),
         {kDay, kSince, kDistrict, kStation, kFormat, kDigest, kExpectHead, kOutput},
         {{QStringLiteral("ACTION"), QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "verify, or nothing to print.")),
           QStringLiteral("[verify]")},
          {QStringLiteral("FILE"),
           QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "The report's CSV form, to verify.")),
           QStringLiteral("[FILE]")}},
         report},
    };
}

} // namespace borderlog
