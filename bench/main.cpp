// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark suite: measures this program's operations against baselines measured in the same run
// (the sqlite3 shell on the raw rows, a bare sqlite3 C API loop) and prints a table with medians.
// Databases and CSV files are built once in the data folder and reused.

#include "fixtures.h"
#include "measurements.h"
#include "report.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>

using namespace borderlog::bench;

namespace {

struct Options
{
    QString data;
    QStringList sizes;
    qint64 importSize = 0;
    qint64 nationalSize = 0;
    int runs = 1;
    QString report;
    QStringList only; // empty: all

    bool wanted(const char *name) const { return only.isEmpty() || only.contains(QLatin1String(name)); }
};

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Border Incident Log benchmark suite"));
    parser.addHelpOption();
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("Folder for the generated files."),
                                        QStringLiteral("DIR"), QStringLiteral("bench-data"));
    const QCommandLineOption sizesOption(QStringLiteral("sizes"),
                                         QStringLiteral("Database sizes in incidents, comma-separated."),
                                         QStringLiteral("N,N"), QStringLiteral("10000000"));
    const QCommandLineOption importOption(QStringLiteral("import-size"),
                                          QStringLiteral("Rows of the import and export measurement."),
                                          QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption exportOnlyOption(QStringLiteral("export-only"),
                                              QStringLiteral("Of the import and export measurement, only the export."));
    const QCommandLineOption nationalOption(QStringLiteral("national-size"),
                                            QStringLiteral("Incidents of the national register's reads."),
                                            QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per measurement."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption reportOption(QStringLiteral("report"), QStringLiteral("Also write the table to FILE."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral(
            "Run only these measurements (comma-separated: import, export, tallies, paging, save, app, sync, push, "
            "national)."),
        QStringLiteral("NAMES"));
    parser.addOptions({dataOption, sizesOption, importOption, nationalOption, exportOnlyOption, runsOption,
                       reportOption, onlyOption});
    parser.process(app);
    Options options{parser.value(dataOption),
                    parser.value(sizesOption).split(u',', Qt::SkipEmptyParts),
                    parser.value(importOption).toLongLong(),
                    parser.value(nationalOption).toLongLong(),
                    std::max(1, parser.value(runsOption).toInt()),
                    parser.isSet(reportOption) ? parser.value(reportOption) : QString(),
                    parser.value(onlyOption).split(u',', Qt::SkipEmptyParts)};
    if (parser.isSet(exportOnlyOption)) {
        options.only << QStringLiteral("export") << QStringLiteral("tallies") << QStringLiteral("paging")
                     << QStringLiteral("save") << QStringLiteral("app") << QStringLiteral("sync")
                     << QStringLiteral("push") << QStringLiteral("national");
    }
    return options;
}

void measureDatabase(const Bench &bench, const Options &options, qint64 size)
{
    progress() << "database of " << size << " incidents" << Qt::endl;
    bench.fixtures.ensureDatabase(size);
    if (options.wanted("tallies")) {
        measureTallies(bench, size);
    }
    if (options.wanted("paging")) {
        measureLogTable(bench, size);
    }
    if (options.wanted("save")) {
        measureSave(bench, size);
        measureSaveReference(bench, size);
    }
    if (options.wanted("app")) {
        measureDesktopApp(bench, size);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app);
    const Fixtures fixtures(options.data);
    Report report;
    const Bench bench{fixtures, report, options.runs};
    if (options.importSize > 0) {
        progress() << "import and export, " << options.importSize << " incidents" << Qt::endl;
        fixtures.ensureDatabase(options.importSize);
        if (options.wanted("import")) {
            measureImport(bench, options.importSize);
        }
        if (options.wanted("export")) {
            measureExport(bench, options.importSize);
        }
    }
    for (const QString &text : options.sizes) {
        measureDatabase(bench, options, text.toLongLong());
    }
    if (options.wanted("sync")) {
        measureSitesPushing(bench);
        measureSyncOverLongLink(bench);
    }
    if (options.wanted("push") && options.importSize > 0) {
        measureInitialPush(bench, options.importSize);
    }
    if (options.wanted("national") && options.nationalSize > 0) {
        measureNationalRegister(bench, options.nationalSize);
    }
    const QString table = report.table();
    progress() << '\n' << table;
    if (!options.report.isEmpty()) {
        QSaveFile file(options.report);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(table.toUtf8());
            file.commit();
        }
    }
    return 0;
}
