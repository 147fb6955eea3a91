// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace borderlog {
class IncidentLog;
}

namespace borderlog::bench {

// The files the measurements run on, in one data folder: the incidents CSV and the database of each size,
// built once and reused, and scratch files that measurements overwrite.
class Fixtures
{
public:
    explicit Fixtures(QString folder);

    QString csvPath(qint64 size) const;
    QString dbPath(qint64 size) const;
    QString scratch(const QString &name) const;

    // The incidents CSV of `size` generated incidents (seed 1), as `borderlog-cli generate` writes it.
    void ensureCsv(qint64 size) const;
    // The database of the CSV of `size` incidents, imported by this program.
    void ensureDatabase(qint64 size) const;

    // Imports the CSV of `size` incidents into a new database at `db`; the time of the import (ms).
    double importInto(const QString &db, qint64 size) const;

    // The database file and its WAL and shared-memory files.
    static void removeDatabase(const QString &db);

private:
    QString m_folder;
};

// The register on the database at `path` (created with this program's schema when missing).
std::unique_ptr<IncidentLog> openLog(const QString &path);

} // namespace borderlog::bench
