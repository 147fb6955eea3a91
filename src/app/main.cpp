// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountabilityactions.h"
#include "applicationidentity.h"
#include "dailybackup.h"
#include "externalchangewatcher.h"
#include "incidentlog.h"
#include "logging.h"
#include "mainwindow.h"
#include "pgregister.h"
#include "pgregisterserver.h"
#include "preferencesdialog.h"
#include "registerserver.h"
#include "sqlitemaintenance.h"
#include "sqliteregister.h"
#include "sqliterestore.h"
#include "startupmeasurement.h"
#include "startuprecovery.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

#include <spdlog/spdlog.h>

using namespace borderlog;

namespace {

// What the command line asks for: the database to open and whether to measure the start.
struct StartOptions
{
    QString databasePath;
    bool measureStartup = false;
};

StartOptions parseCommandLine(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Border Incident Log: record, tally, chart and export attempted "
                                                 "border crossings."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QObject::tr("Database file (default: %1).").arg(ApplicationIdentity::defaultDatabasePath()),
        QStringLiteral("PATH"));
    parser.addOption(dbOption);
    const QCommandLineOption measureOption(
        QStringLiteral("measure-startup"),
        QObject::tr("Print the time to the first painted window, the charts' refresh time and the peak memory, "
                    "then quit (used by the benchmark suite)."));
    parser.addOption(measureOption);
    parser.process(app);
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption)
                                                : ApplicationIdentity::settings()
                                                      ->value(QStringLiteral("database/lastPath"),
                                                              ApplicationIdentity::defaultDatabasePath())
                                                      .toString();
    return {path, parser.isSet(measureOption)};
}

// The window's icon (the PNG sizes drawn from resources/icons/borderlog.svg at build time) and the desktop entry
// the window belongs to: a desktop shows the entry's name and icon for it and groups its windows.
void showAsDesktopEntry()
{
    QIcon icon;
    QDirIterator sizes(QStringLiteral(":/borderlog/icons"), {QStringLiteral("*.png")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (sizes.hasNext()) {
        icon.addFile(sizes.next());
    }
    QApplication::setWindowIcon(icon);
    QGuiApplication::setDesktopFileName(QStringLiteral(BORDERLOG_APP_ID));
}

// A register file, or the national register on its server (a postgresql:// address).
Result<std::unique_ptr<RegisterStore>> openRegister(const QString &path)
{
    return isServerAddress(path) ? postgres::PgRegister::open(path) : sqlite::SqliteRegister::openForDesktop(path);
}

// The register to start on: the one at path, or what the officer chooses when it cannot be opened. The national
// register out of reach, the desktop's own register opens instead (it records whether or not a server answers).
std::unique_ptr<RegisterStore> openAtStart(const QString &path)
{
    if (isServerAddress(path)) {
        auto national = postgres::PgRegister::open(path);
        if (national) {
            return std::move(national).value();
        }
        QMessageBox::warning(nullptr, QObject::tr("Border Incident Log"),
                             QObject::tr("%1\n\nThis desktop's own register opens instead.").arg(national.message()));
        return openAtStart(ApplicationIdentity::defaultDatabasePath());
    }
    if (const auto interrupted = sqlite::SqliteRestore::takeInterruptedNotice(path)) {
        QMessageBox::warning(nullptr, QObject::tr("Border Incident Log"), *interrupted);
    }
    // Only the first start on the default path creates a register; any other path must hold one already.
    auto opened = path == ApplicationIdentity::defaultDatabasePath()
                      ? sqlite::SqliteRegister::openForDesktop(path)
                      : sqlite::SqliteRegister::openExistingForDesktop(path);
    if (opened) {
        return std::move(opened).value();
    }
    return StartupRecovery(sqlite::SqliteRegister::openExistingForDesktop, sqlite::SqliteRegister::openForDesktop,
                           {sqlite::SqliteMaintenance::restoreAuthority, sqlite::SqliteMaintenance::restore})
        .recover(path, opened.message());
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    ApplicationIdentity::keepFilesPrivate();
    QApplication app(argc, argv);
    ApplicationIdentity::apply();
    // The language chosen in Preferences, else the system's.
    Translations::install(app, Translations::localeFor(PreferencesDialog::language()));
    QApplication::setApplicationDisplayName(QObject::tr("Border Incident Log"));
    showAsDesktopEntry();
    Logging::toRotatingFile(ApplicationIdentity::logFolder());
    const StartOptions options = parseCommandLine(app);
    spdlog::info("borderlog {} starting", QCoreApplication::applicationVersion().toStdString());
    std::unique_ptr<RegisterStore> repository = openAtStart(options.databasePath);
    if (!repository) {
        return 1;
    }
    IncidentLog log(std::move(repository));
    // Rows written by borderlog-cli or another desktop app appear without a restart.
    ExternalChangeWatcher watcher(log);
    watcher.start(2000);
    MainWindow window(log, openRegister, postgres::PgRegisterServer::open);
    if (options.measureStartup) {
        StartupMeasurement::watch(window, sinceStart);
    }
    // A database with accounts asks who is at the keyboard before anything is shown.
    if (!window.accountability()->ensureLoggedIn()) {
        return 0;
    }
    window.show();
    // One automatic backup a day, kept in the rotation beside the database (the national register's server keeps
    // its own backups).
    if (!isServerAddress(log.databaseLocation())) {
        DailyBackup::startIfDue(log.databaseLocation());
    }
    return app.exec();
}
