// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseswitcher.h"

#include "accountabilityactions.h"
#include "applicationidentity.h"
#include "csvreader.h"
#include "dialogs.h"
#include "incidentcsv.h"
#include "incidentlog.h"
#include "registerserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWidget>

#include <utility>

namespace borderlog {

namespace {

const auto kDatabaseKey = QStringLiteral("database/lastPath");

} // namespace

DatabaseSwitcher::DatabaseSwitcher(IncidentLog &log, DatabaseOpener opener, AccountabilityActions &accountability,
                                   QWidget *window)
    : QObject(window)
    , m_log(log)
    , m_opener(std::move(opener))
    , m_accountability(accountability)
    , m_window(window)
{}

DatabaseSwitcher::~DatabaseSwitcher() = default;

void DatabaseSwitcher::choose(bool create)
{
    const QString folder = QFileInfo(m_log.databaseLocation()).absolutePath();
    const QString filter = tr("Border Incident Log databases (*.sqlite *.db);;All files (*)");
    QString path = create ? Dialogs::fileToSave(m_window, tr("New database"), folder, filter)
                          : Dialogs::fileToOpen(m_window, tr("Open database"), folder, filter);
    if (path.isEmpty()) {
        return;
    }
    if (create && QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".sqlite");
    }
    if (create && QFileInfo::exists(path)) {
        Dialogs::warn(m_window, tr("New database"),
                      tr("%1 already exists. Choose File > Open database to open it, or another name.").arg(path));
        return;
    }
    open(path);
}

void DatabaseSwitcher::chooseServer()
{
    const auto address =
        Dialogs::askText(m_window, tr("Open the national register"),
                         tr("The national register's server, as postgresql://USER@HOST/DATABASE?sslmode=verify-full "
                            "(the password stays in ~/.pgpass):"),
                         QStringLiteral("postgresql://"));
    if (!address || address->trimmed().isEmpty() || address->trimmed() == QLatin1String("postgresql://")) {
        return;
    }
    if (!isServerAddress(address->trimmed())) {
        Dialogs::warn(m_window, tr("Open the national register"),
                      tr("server: must start with postgresql:// (for example "
                         "postgresql://analyst@hq.example/borderlog?sslmode=verify-full)"));
        return;
    }
    open(address->trimmed());
}

bool DatabaseSwitcher::open(const QString &path)
{
    return open(path, nullptr);
}

bool DatabaseSwitcher::open(const QString &path, std::unique_ptr<QTemporaryDir> sampleFolder)
{
    const bool sample = sampleFolder != nullptr;
    auto repository = m_opener(path);
    if (!repository) {
        Dialogs::warn(m_window, tr("Open database"), repository.message());
        return false;
    }
    // A database with accounts is shown only to someone who logged in to it.
    IncidentLog opened(std::move(repository).value());
    opened.session().setRecorder(m_log.session().recorder());
    if (!m_accountability.logInTo(opened)) {
        emit message(tr("%1 was not opened: it needs a login").arg(QDir::toNativeSeparators(path)), 8000);
        return false;
    }
    // The sample's folder goes once its database is closed: after the switch.
    std::unique_ptr<QTemporaryDir> previousSample = std::exchange(m_sampleFolder, std::move(sampleFolder));
    m_log.switchTo(opened.release());
    previousSample.reset();
    if (!sample) {
        ApplicationIdentity::settings()->setValue(kDatabaseKey, path);
        emit message(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 8000);
    }
    return true;
}

QString DatabaseSwitcher::sampleResource()
{
    return QStringLiteral(":/borderlog/sample/eastern-borders-sample.csv");
}

bool DatabaseSwitcher::openSample()
{
    auto folder = std::make_unique<QTemporaryDir>();
    if (!folder->isValid()) {
        Dialogs::warn(m_window, tr("Sample database"),
                      tr("No folder for the sample's copy could be made: %1").arg(folder->errorString()));
        return false;
    }
    const QString path = folder->filePath(QStringLiteral("borderlog-sample.sqlite"));
    return open(path, std::move(folder)) && buildSample();
}

namespace {

// The sample's frontier districts, stations and border sections (resources/sample/frontier-hierarchy.csv:
// district, district_code, station, location), added before its incidents so that they file under them.
Result<void> addSampleHierarchy(IncidentLog &log)
{
    QFile file(QStringLiteral(":/borderlog/sample/frontier-hierarchy.csv"));
    if (!file.open(QIODevice::ReadOnly)) {
        return Failure::storage(DatabaseSwitcher::tr("The bundled sample data is missing."));
    }
    CsvReader csv(file.readAll());
    CsvReader::Record record;
    csv.next(record); // the header
    QSet<QString> districts;
    QSet<QString> stations;
    while (csv.next(record)) {
        if (record.fields.size() != 4) {
            continue;
        }
        const QString &district = record.fields[0];
        const QString &station = record.fields[2];
        Result<void> added;
        if (!districts.contains(district)) {
            districts.insert(district);
            added = log.locations().addDistrict(DistrictRecord{district, record.fields[1], false});
        }
        if (added && !stations.contains(district + u'\n' + station)) {
            stations.insert(district + u'\n' + station);
            added = log.locations().addStation(StationRecord{district, station, QString(), false});
        }
        if (added) {
            LocationRecord location;
            location.name = record.fields[3];
            location.district = district;
            location.station = station;
            added = log.locations().add(location);
        }
        if (!added) {
            return added;
        }
    }
    return {};
}

} // namespace

bool DatabaseSwitcher::buildSample()
{
    if (const auto places = addSampleHierarchy(m_log); !places) {
        Dialogs::warn(m_window, tr("Sample database"), places.message());
        return false;
    }
    QFile sample(sampleResource());
    if (!sample.open(QIODevice::ReadOnly)) {
        Dialogs::warn(m_window, tr("Sample database"), tr("The bundled sample data is missing."));
        return false;
    }
    // The sample's last date is in the past, so the import never meets the "not in the future" rule.
    IncidentCsv::Reader reader(sample, sampleResource(), m_log.session().localNow());
    const auto imported = m_log.incidents().import(reader);
    if (!imported) {
        Dialogs::warn(m_window, tr("Sample database"), imported.message());
        return false;
    }
    emit sampleBuilt();
    emit message(tr("Sample database: %n incident(s) built from Frontex's public Eastern Borders Route figures (see "
                    "Help > About)",
                    nullptr, int(imported->added)),
                 15000);
    return true;
}

} // namespace borderlog
