// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace borderlog::sqlite {

class SqliteDatabase;

// The schema, created and upgraded by numbered migrations recorded in PRAGMA user_version.
namespace SqliteSchema {

// The schema version this program writes.
int latestVersion();

// 'BIL1': marks a file as a Border Incident Log database (PRAGMA application_id).
inline constexpr int kApplicationId = 0x42494C31;

// Applies every migration newer than the file's version (up to targetVersion, for tests of upgrades),
// each in its own transaction together with its user_version. Throws SqliteError. The caller has
// checked that the file's version is not newer than ours.
void migrate(SqliteDatabase &db, int targetVersion = -1);

struct IndexDefinition
{
    QString name;
    QString sql; // its CREATE INDEX statement
};

// The incident table's secondary indexes as the latest version defines them, in name order (the unique
// index of incident_id aside): for SQL written by hand against this schema that drops and creates them
// again. Read from a database in memory that the migrations build, so that they stay the one definition.
// Throws SqliteError.
QList<IndexDefinition> incidentIndexes();

} // namespace SqliteSchema

} // namespace borderlog::sqlite
