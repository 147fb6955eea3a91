// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountabilityactions.h"
#include "applicationidentity.h"
#include "backuprotation.h"
#include "dailybackup.h"
#include "externalchangewatcher.h"
#include "incidentlog.h"
#include "logging.h"
#include "mainwindow.h"
#include "sqlitemaintenance.h"
#include "sqliteregister.h"
#include "sqliterestore.h"
#include "startupmeasurement.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

#include <spdlog/spdlog.h>

using namespace borderlog;

namespace {

// The database could not be opened: say why and let the officer pick another file (or quit).
std::unique_ptr<RegisterStore> recover(const QString &path, const QString &why)
{
    QString failedPath = path;
    QString message = why;
    for (;;) {
        spdlog::error("cannot open database: {}", message.toStdString());
        QMessageBox box(QMessageBox::Warning, QObject::tr("Border Incident Log"),
                        QObject::tr("The database could not be opened."));
        box.setInformativeText(message);
        QPushButton *other = box.addButton(QObject::tr("Open another file…"), QMessageBox::AcceptRole);
        const BackupRotation rotation(failedPath);
        QPushButton *restore = rotation.backups().isEmpty()
                                   ? nullptr
                                   : box.addButton(QObject::tr("Restore a backup…"), QMessageBox::ActionRole);
        QPushButton *fresh = box.addButton(QObject::tr("Create a new database…"), QMessageBox::ActionRole);
        box.addButton(QObject::tr("Quit"), QMessageBox::RejectRole);
        box.exec();
        QString next;
        if (restore && box.clickedButton() == restore) {
            const QString backup =
                QFileDialog::getOpenFileName(nullptr, QObject::tr("Restore a backup"), rotation.folder(),
                                             QObject::tr("Backups (*.sqlite);;All files (*)"));
            if (backup.isEmpty()) {
                continue;
            }
            auto restored = sqlite::SqliteMaintenance::restore(backup, failedPath);
            if (!restored) {
                message = restored.message();
                continue;
            }
            next = failedPath;
        } else if (box.clickedButton() == other) {
            next = QFileDialog::getOpenFileName(nullptr, QObject::tr("Open database"), failedPath);
        } else if (box.clickedButton() == fresh) {
            next = QFileDialog::getSaveFileName(nullptr, QObject::tr("New database"), failedPath);
        } else {
            return nullptr;
        }
        if (next.isEmpty()) {
            continue;
        }
        auto opened = sqlite::SqliteRegister::openForDesktop(next);
        if (opened) {
            return std::move(opened).value();
        }
        failedPath = next;
        message = opened.message();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    ApplicationIdentity::keepFilesPrivate();
    QApplication app(argc, argv);
    ApplicationIdentity::apply();
    QApplication::setApplicationDisplayName(QObject::tr("Border Incident Log"));
    Logging::toRotatingFile(ApplicationIdentity::logFolder());

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
                                                : QSettings()
                                                      .value(QStringLiteral("database/lastPath"),
                                                             ApplicationIdentity::defaultDatabasePath())
                                                      .toString();
    spdlog::info("borderlog {} starting", QCoreApplication::applicationVersion().toStdString());
    if (const auto interrupted = sqlite::SqliteRestore::takeInterruptedNotice(path)) {
        QMessageBox::warning(nullptr, QObject::tr("Border Incident Log"), *interrupted);
    }
    auto opened = sqlite::SqliteRegister::openForDesktop(path);
    std::unique_ptr<RegisterStore> repository = opened ? std::move(opened).value() : recover(path, opened.message());
    if (!repository) {
        return 1;
    }
    IncidentLog log(std::move(repository));
    // Rows written by borderlog-cli or another desktop app appear without a restart.
    ExternalChangeWatcher watcher(log);
    watcher.start(2000);
    MainWindow window(log, sqlite::SqliteRegister::openForDesktop);
    if (parser.isSet(measureOption)) {
        StartupMeasurement::watch(window, sinceStart);
    }
    // A database with accounts asks who is at the keyboard before anything is shown.
    if (!window.accountability()->ensureLoggedIn()) {
        return 0;
    }
    window.show();
    // One automatic backup a day, kept in the rotation beside the database.
    DailyBackup::startIfDue(log.databaseLocation());
    return app.exec();
}
