// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "csvwriter.h"
#include "incidentcsv.h"
#include "incidentgenerator.h"
#include "incidentlog.h"
#include "report.h"
#include "sqliteregister.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace borderlog::bench {

Fixtures::Fixtures(QString folder)
    : m_folder(std::move(folder))
{
    QDir().mkpath(m_folder);
}

QString Fixtures::csvPath(qint64 size) const
{
    return QDir(m_folder).filePath(QStringLiteral("incidents-%1.csv").arg(size));
}

QString Fixtures::dbPath(qint64 size) const
{
    return QDir(m_folder).filePath(QStringLiteral("borderlog-%1.sqlite").arg(size));
}

QString Fixtures::scratch(const QString &name) const
{
    return QDir(m_folder).filePath(QStringLiteral("scratch-") + name);
}

void Fixtures::ensureCsv(qint64 size) const
{
    if (QFileInfo::exists(csvPath(size))) {
        return;
    }
    progress() << "generating " << size << " incidents ..." << Qt::endl;
    QSaveFile file(csvPath(size));
    if (!file.open(QIODevice::WriteOnly)) {
        die(file.errorString());
    }
    CsvWriter writer(file);
    IncidentCsv::writeHeader(writer);
    IncidentGenerator generator({1, QDate(2015, 1, 1), QDate(2024, 12, 31)});
    for (qint64 i = 0; i < size; ++i) {
        IncidentCsv::writeIncident(writer, generator.next());
    }
    if (!writer.finish() || !file.commit()) {
        die(file.errorString());
    }
}

void Fixtures::ensureDatabase(qint64 size) const
{
    ensureCsv(size);
    if (QFileInfo::exists(dbPath(size))) {
        return;
    }
    progress() << "building the database of " << size << " incidents ..." << Qt::endl;
    const QString part = dbPath(size) + QStringLiteral(".part");
    importInto(part, size);
    QFile::rename(part, dbPath(size));
}

double Fixtures::importInto(const QString &db, qint64 size) const
{
    removeDatabase(db);
    auto log = openLog(db);
    QFile csv(csvPath(size));
    if (!csv.open(QIODevice::ReadOnly)) {
        die(csv.errorString());
    }
    QElapsedTimer timer;
    timer.start();
    IncidentCsv::Reader reader(csv, csvPath(size), QDate(2025, 1, 1).endOfDay());
    const auto summary = log->incidents().import(reader);
    if (!summary || summary->added != size) {
        die(QStringLiteral("import failed: %1").arg(summary.message()));
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

void Fixtures::removeDatabase(const QString &db)
{
    QFile::remove(db);
    QFile::remove(db + QStringLiteral("-wal"));
    QFile::remove(db + QStringLiteral("-shm"));
}

std::unique_ptr<IncidentLog> openLog(const QString &path)
{
    auto repository = sqlite::SqliteRegister::open(path);
    if (!repository) {
        die(repository.message());
    }
    return std::make_unique<IncidentLog>(std::move(repository).value());
}

} // namespace borderlog::bench
