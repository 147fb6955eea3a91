// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace borderlog::postgres {

class PgConnection;

// The national register's schema on a PostgreSQL server, in its own schema "borderlog", created and upgraded
// by numbered migrations recorded in borderlog.register.schema_version, as the SQLite file's are.
namespace ServerSchema {

// The schema version this program writes.
int latestVersion();

// The database's version: 0 when it holds no national register.
int version(PgConnection &connection);

// Applies every migration newer than the database's version (up to targetVersion, for tests of upgrades),
// each in its own transaction together with its version, under a lock that makes a second program wait and
// then find nothing to do. Throws PgError. The caller has checked that the database's version is not newer
// than ours.
void migrate(PgConnection &connection, int targetVersion = -1);

} // namespace ServerSchema

} // namespace borderlog::postgres
