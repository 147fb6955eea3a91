// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteschema.h"

#include "sqlitedatabase.h"
#include "sqliteerror.h"
#include "sqlitestatement.h"
#include "sqlitetransaction.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string>

namespace borderlog::sqlite::SqliteSchema {

namespace {

// Migration N takes a database from version N-1 to N. Append; never edit a released step.
constexpr std::array kMigrations = {
    // 1: incidents, their nationality lines, locations and the per-day tallies kept with every write.
    R"sql(
CREATE TABLE location (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 100)
);
CREATE TABLE incident (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    date        TEXT NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    time        TEXT NOT NULL DEFAULT '' CHECK (time = '' OR time GLOB '[0-2][0-9]:[0-5][0-9]'),
    location_id INTEGER NOT NULL REFERENCES location (id),
    outcome     TEXT NOT NULL CHECK (outcome IN ('turned_back', 'detained', 'asylum_request', 'prevented',
                                                 'absconded', 'other')),
    persons     INTEGER NOT NULL CHECK (persons BETWEEN 1 AND 10000),
    force_used  INTEGER NOT NULL DEFAULT 0 CHECK (force_used IN (0, 1)),
    notes       TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX incident_by_date ON incident (date, time, uuid);
CREATE INDEX incident_by_persons ON incident (persons, date, time, uuid);
CREATE INDEX incident_by_outcome ON incident (outcome, date, time, uuid);
CREATE INDEX incident_by_location ON incident (location_id, date);
CREATE TABLE incident_nationality (
    incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    nationality TEXT NOT NULL CHECK (length(nationality) = 2),
    persons     INTEGER NOT NULL CHECK (persons >= 1),
    PRIMARY KEY (incident_id, nationality)
) WITHOUT ROWID;
CREATE INDEX incident_nationality_by_code ON incident_nationality (nationality, incident_id);
CREATE TABLE daily_tally (
    date        TEXT NOT NULL,
    location_id INTEGER NOT NULL REFERENCES location (id),
    outcome     TEXT NOT NULL,
    incidents   INTEGER NOT NULL,
    persons     INTEGER NOT NULL,
    PRIMARY KEY (date, location_id, outcome)
) WITHOUT ROWID;
CREATE TABLE daily_nationality_tally (
    date        TEXT NOT NULL,
    location_id INTEGER NOT NULL REFERENCES location (id),
    nationality TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    incidents   INTEGER NOT NULL,
    persons     INTEGER NOT NULL,
    PRIMARY KEY (date, location_id, nationality, outcome)
) WITHOUT ROWID;
CREATE INDEX daily_nationality_tally_by_code ON daily_nationality_tally (nationality, date);
)sql",
    // 2: per-month tallies beside the per-day ones, so tallies over months and years read a few
    //    thousand rows at any size; filled from the per-day tallies. The log is read in date order only,
    //    so the indexes for other orders go (each costs time on every write).
    R"sql(
DROP INDEX incident_by_persons;
DROP INDEX incident_by_outcome;
DROP INDEX incident_nationality_by_code;
CREATE TABLE monthly_tally (
    month       TEXT NOT NULL,
    location_id INTEGER NOT NULL REFERENCES location (id),
    outcome     TEXT NOT NULL,
    incidents   INTEGER NOT NULL,
    persons     INTEGER NOT NULL,
    PRIMARY KEY (month, location_id, outcome)
) WITHOUT ROWID;
CREATE TABLE monthly_nationality_tally (
    month       TEXT NOT NULL,
    location_id INTEGER NOT NULL REFERENCES location (id),
    nationality TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    incidents   INTEGER NOT NULL,
    persons     INTEGER NOT NULL,
    PRIMARY KEY (month, location_id, nationality, outcome)
) WITHOUT ROWID;
CREATE INDEX monthly_nationality_tally_by_code ON monthly_nationality_tally (nationality, month);
INSERT INTO monthly_tally
    SELECT substr(date, 1, 7), location_id, outcome, sum(incidents), sum(persons)
    FROM daily_tally GROUP BY 1, 2, 3;
INSERT INTO monthly_nationality_tally
    SELECT substr(date, 1, 7), location_id, nationality, outcome, sum(incidents), sum(persons)
    FROM daily_nationality_tally GROUP BY 1, 2, 3, 4;
)sql",
    // 3: accountability. Accounts with roles, signed-off days, and the append-only audit trail whose entries
    //    are hash-chained by the program. Removed incidents stay (marked); each incident row names the
    //    entry that created it (0: recorded before the trail, taken over by its "adopt" entry).
    R"sql(
ALTER TABLE incident ADD COLUMN removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1));
ALTER TABLE incident ADD COLUMN created_by_entry INTEGER NOT NULL DEFAULT 0;
-- The log's order holds the incidents that are not removed (`removed` is in it only so that SQLite reads
-- the condition from the index), so that the place of a row within a day is found in the index alone: the
-- log table jumps to any row without reading the rows before it.
DROP INDEX incident_by_date;
CREATE INDEX incident_by_date ON incident (date, time, uuid, removed) WHERE removed = 0;
CREATE TABLE account (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 64),
    role          TEXT NOT NULL CHECK (role IN ('officer', 'supervisor', 'admin')),
    password_hash TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_logins INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL
);
CREATE TABLE signed_day (
    date       TEXT PRIMARY KEY,
    signed_by  TEXT NOT NULL,
    signed_at  TEXT NOT NULL,
    incidents  INTEGER NOT NULL,
    persons    INTEGER NOT NULL,
    audit_seq  INTEGER NOT NULL,
    head_hash  TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE audit_entry (
    seq           INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    user          TEXT NOT NULL,
    action        TEXT NOT NULL,
    incident_id   TEXT NOT NULL DEFAULT '',
    before        TEXT NOT NULL DEFAULT '',
    after         TEXT NOT NULL DEFAULT '',
    reason        TEXT NOT NULL DEFAULT '',
    previous_hash TEXT NOT NULL,
    hash          TEXT NOT NULL
);
CREATE INDEX audit_entry_by_incident ON audit_entry (incident_id) WHERE incident_id <> '';
-- The program only appends. These stop its own mistakes and a careless hand; a deliberate one is caught by
-- the hash chain (borderlog-cli audit verify). New incidents on a signed day are refused by the program
-- inside its write transaction (a trigger per inserted row would cost an import a quarter of its time).
CREATE TRIGGER audit_entry_append_only_update BEFORE UPDATE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_entry_append_only_delete BEFORE DELETE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER incident_signed_day_update BEFORE UPDATE ON incident
WHEN EXISTS (SELECT 1 FROM signed_day WHERE date IN (OLD.date, NEW.date))
BEGIN SELECT RAISE(ABORT, 'the day is signed off'); END;
CREATE TRIGGER incident_no_delete BEFORE DELETE ON incident
BEGIN SELECT RAISE(ABORT, 'incidents are never deleted; they are marked removed'); END;
)sql",
    // 4: when the account's last failed login was checked (UTC, ms; '' when none). With failed_logins it sets
    //    when the next login may check its password; a login sets it before its check, so a time up to the
    //    longest delay ahead is an attempt still waiting.
    R"sql(
ALTER TABLE account ADD COLUMN last_failed_at TEXT NOT NULL DEFAULT '';
)sql",
    // 5: the hierarchy frontier district › frontier station › location. Every location stays as it was,
    //    under a station "Unassigned" in a district "Unassigned" until an admin places it. Tallies of a
    //    station or district are the location-keyed aggregates joined to location and station, so no
    //    aggregate table changes. A location's name stays unique in the whole register (the CSV files name
    //    it alone); a station's is unique within its district. ALTER TABLE cannot add a REFERENCES column
    //    with a default while foreign keys are on, so triggers keep location.station_id pointing at a station.
    R"sql(
CREATE TABLE district (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 100),
    code    TEXT NOT NULL DEFAULT '' CHECK (length(code) <= 16),
    retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
);
CREATE TABLE station (
    id          INTEGER PRIMARY KEY,
    district_id INTEGER NOT NULL REFERENCES district (id),
    name        TEXT NOT NULL COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 100),
    code        TEXT NOT NULL DEFAULT '' CHECK (length(code) <= 16),
    retired     INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    UNIQUE (district_id, name)
);
CREATE INDEX station_by_district ON station (district_id);
INSERT INTO district (id, name) VALUES (1, 'Unassigned');
INSERT INTO station (id, district_id, name) VALUES (1, 1, 'Unassigned');
ALTER TABLE location ADD COLUMN station_id INTEGER NOT NULL DEFAULT 1;
ALTER TABLE location ADD COLUMN code TEXT NOT NULL DEFAULT '' CHECK (length(code) <= 16);
ALTER TABLE location ADD COLUMN latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90.0 AND 90.0);
ALTER TABLE location ADD COLUMN longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180.0 AND 180.0);
ALTER TABLE location ADD COLUMN retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1));
CREATE INDEX location_by_station ON location (station_id);
CREATE TRIGGER location_station_insert BEFORE INSERT ON location
WHEN NOT EXISTS (SELECT 1 FROM station WHERE id = NEW.station_id)
BEGIN SELECT RAISE(ABORT, 'a location belongs to a station'); END;
CREATE TRIGGER location_station_update BEFORE UPDATE OF station_id ON location
WHEN NOT EXISTS (SELECT 1 FROM station WHERE id = NEW.station_id)
BEGIN SELECT RAISE(ABORT, 'a location belongs to a station'); END;
CREATE TRIGGER station_in_use_delete BEFORE DELETE ON station
WHEN EXISTS (SELECT 1 FROM location WHERE station_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'the station has locations'); END;
)sql",
    // 6: a location merged into another keeps its row (and name) as an alias of the one it went into; its
    //    incidents move there. A merge moves the incidents of signed days too (their totals stay as signed), so
    //    the signed-day guard no longer covers location_id; `audit verify` checks every incident's location.
    //    As with station_id, a trigger keeps merged_into pointing at a location.
    R"sql(
ALTER TABLE location ADD COLUMN merged_into INTEGER CHECK (merged_into IS NULL OR merged_into <> id);
CREATE TRIGGER location_merged_into_update BEFORE UPDATE OF merged_into ON location
WHEN NEW.merged_into IS NOT NULL AND NOT EXISTS (SELECT 1 FROM location WHERE id = NEW.merged_into)
BEGIN SELECT RAISE(ABORT, 'a location is merged into a location'); END;
DROP TRIGGER incident_signed_day_update;
CREATE TRIGGER incident_signed_day_update
BEFORE UPDATE OF uuid, date, time, outcome, persons, force_used, notes, recorded_by, recorded_at, removed,
                 created_by_entry ON incident
WHEN EXISTS (SELECT 1 FROM signed_day WHERE date IN (OLD.date, NEW.date))
BEGIN SELECT RAISE(ABORT, 'the day is signed off'); END;
)sql",
    // 7: two outcomes more, admitted_humanitarian and order_to_leave. SQLite cannot alter a CHECK constraint;
    //    this one only admits more values, which no stored row breaks, so its text is changed in place as
    //    SQLite's documentation describes for such changes ("Making Other Kinds Of Table Schema Changes"):
    //    see widenOutcomeCheck().
    "",
    // 8: what EUROSUR's event report and the bulletins ask for (IncidentDetails), every column with the
    //    default that the incidents recorded before have, so no row is rewritten: force_type '' is "what
    //    force_used says" (none or unspecified); the program writes a kind only beyond those two. Each
    //    nationality line gains its breakdown (0: not known), and the per-day and per-month tallies its sums,
    //    as the tallies of the breakdown read them. The signed-day guard covers the new columns too; a
    //    related incident is checked by the program (its uuid may come later in the same import).
    R"sql(
ALTER TABLE incident ADD COLUMN detection TEXT NOT NULL DEFAULT '' CHECK (detection IN ('', 'patrol', 'fixed_camera',
    'thermal_camera', 'control_strip', 'service_dog', 'resident_report', 'other'));
ALTER TABLE incident ADD COLUMN direction TEXT NOT NULL DEFAULT 'entry' CHECK (direction IN ('entry', 'exit'));
ALTER TABLE incident ADD COLUMN border_sector TEXT NOT NULL DEFAULT '' CHECK (border_sector IN ('', 'green_border',
    'river', 'crossing_point'));
ALTER TABLE incident ADD COLUMN count_estimated INTEGER NOT NULL DEFAULT 0 CHECK (count_estimated IN (0, 1));
ALTER TABLE incident ADD COLUMN injured INTEGER NOT NULL DEFAULT 0 CHECK (injured BETWEEN 0 AND persons);
ALTER TABLE incident ADD COLUMN dead INTEGER NOT NULL DEFAULT 0 CHECK (dead BETWEEN 0 AND persons);
ALTER TABLE incident ADD COLUMN missing INTEGER NOT NULL DEFAULT 0 CHECK (missing BETWEEN 0 AND persons);
ALTER TABLE incident ADD COLUMN aid_given TEXT NOT NULL DEFAULT 'none' CHECK (aid_given IN ('none', 'food_water',
    'medical', 'both'));
ALTER TABLE incident ADD COLUMN force_type TEXT NOT NULL DEFAULT '' CHECK (force_type IN ('', 'physical_coercion',
    'special_means', 'firearm') AND (force_type = '' OR force_used = 1));
ALTER TABLE incident ADD COLUMN refusal_reasons TEXT NOT NULL DEFAULT '' CHECK (refusal_reasons NOT GLOB '*[^A-J]*'
    AND (refusal_reasons = '' OR outcome = 'turned_back'));
ALTER TABLE incident ADD COLUMN facilitators INTEGER NOT NULL DEFAULT 0 CHECK (facilitators BETWEEN 0 AND 1000);
ALTER TABLE incident ADD COLUMN facilitator_nationalities TEXT NOT NULL DEFAULT '';
ALTER TABLE incident ADD COLUMN related_to TEXT NOT NULL DEFAULT '' CHECK (related_to = '' OR length(related_to) = 36);
ALTER TABLE incident_nationality ADD COLUMN men INTEGER NOT NULL DEFAULT 0 CHECK (men >= 0);
ALTER TABLE incident_nationality ADD COLUMN women INTEGER NOT NULL DEFAULT 0 CHECK (women >= 0);
ALTER TABLE incident_nationality ADD COLUMN children INTEGER NOT NULL DEFAULT 0 CHECK (children >= 0);
ALTER TABLE incident_nationality ADD COLUMN unaccompanied INTEGER NOT NULL DEFAULT 0
    CHECK (unaccompanied >= 0 AND men + women + children + unaccompanied <= persons);
ALTER TABLE daily_tally ADD COLUMN men INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_tally ADD COLUMN women INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_tally ADD COLUMN children INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_tally ADD COLUMN unaccompanied INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_nationality_tally ADD COLUMN men INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_nationality_tally ADD COLUMN women INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_nationality_tally ADD COLUMN children INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_nationality_tally ADD COLUMN unaccompanied INTEGER NOT NULL DEFAULT 0;
ALTER TABLE monthly_tally ADD COLUMN men INTEGER NOT NULL DEFAULT 0;
ALTER TABLE monthly_tally ADD COLUMN women INTEGER NOT NULL DEFAULT 0;
ALTER TABLE monthly_tally ADD COLUMN children INTEGER NOT NULL DEFAULT 0;
ALTER TABLE monthly_tally ADD COLUMN unaccompanied INTEGER NOT NULL DEFAULT 0;
ALTER TABLE monthly_nationality_tally ADD COLUMN men INTEGER NOT NULL DEFAULT 0;
ALTER TABLE monthly_nationality_tally ADD COLUMN women INTEGER NOT NULL DEFAULT 0;
ALTER TABLE monthly_nationality_tally ADD COLUMN children INTEGER NOT NULL DEFAULT 0;
ALTER TABLE monthly_nationality_tally ADD COLUMN unaccompanied INTEGER NOT NULL DEFAULT 0;
DROP TRIGGER incident_signed_day_update;
CREATE TRIGGER incident_signed_day_update
BEFORE UPDATE OF uuid, date, time, outcome, persons, force_used, notes, recorded_by, recorded_at, removed,
                 created_by_entry, detection, direction, border_sector, count_estimated, injured, dead, missing,
                 aid_given, force_type, refusal_reasons, facilitators, facilitator_nationalities, related_to
                 ON incident
WHEN EXISTS (SELECT 1 FROM signed_day WHERE date IN (OLD.date, NEW.date))
BEGIN SELECT RAISE(ABORT, 'the day is signed off'); END;
)sql",
    // 9: the link to the national register (SyncLink): one row at most, made when the register joins a site;
    //    the acknowledged head moves only forward.
    R"sql(
CREATE TABLE sync_link (
    only_row          INTEGER PRIMARY KEY CHECK (only_row = 1),
    server_register   TEXT NOT NULL CHECK (length(server_register) BETWEEN 1 AND 100),
    site              TEXT NOT NULL CHECK (length(site) BETWEEN 1 AND 40),
    server            TEXT NOT NULL,
    acknowledged_seq  INTEGER NOT NULL DEFAULT 0 CHECK (acknowledged_seq >= 0),
    acknowledged_hash TEXT NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000'
                      CHECK (length(acknowledged_hash) = 64),
    acknowledged_at   TEXT NOT NULL DEFAULT ''
);
)sql",
    // 10: headquarters' changes taken from the national register: the last entry of its own chain taken here.
    R"sql(
ALTER TABLE sync_link ADD COLUMN pulled_seq INTEGER NOT NULL DEFAULT 0 CHECK (pulled_seq >= 0);
)sql",
};

constexpr int kOutcomesWidened = 7;

// SQLite's procedure for a schema change that no stored row can break: the table's CREATE text is changed
// in sqlite_schema, inside the migration's transaction, and the schema version is raised so that every
// other connection reads the new text. A text with neither the old list nor the new one is not changed.
void widenOutcomeCheck(SqliteDatabase &db)
{
    static constexpr auto kOld = "'absconded', 'other'))";
    static constexpr auto kNew = "'absconded', 'other', 'admitted_humanitarian', 'order_to_leave'))";
    SqliteStatement check(db, "SELECT instr(sql, ?1) > 0, instr(sql, ?2) > 0 FROM sqlite_schema "
                              "WHERE type = 'table' AND name = 'incident'");
    check.bind(1, QString::fromLatin1(kOld)).bind(2, QString::fromLatin1(kNew));
    const bool found = check.step();
    if (found && check.integer(1) != 0) {
        return; // widened already
    }
    if (!found || check.integer(0) == 0) {
        throw SqliteError(SQLITE_CORRUPT,
                          QStringLiteral("the incident table's outcome check is not the one of schema 6"));
    }
    check.reset();
    const qint64 schemaVersion = db.queryInt("PRAGMA schema_version");
    db.execute("PRAGMA writable_schema = ON");
    SqliteStatement widen(db, "UPDATE sqlite_schema SET sql = replace(sql, ?1, ?2) "
                              "WHERE type = 'table' AND name = 'incident'");
    widen.bind(1, QString::fromLatin1(kOld)).bind(2, QString::fromLatin1(kNew));
    widen.run();
    // PRAGMA takes no bound parameters; the value is the database's own integer.
    db.execute(("PRAGMA schema_version = " + std::to_string(schemaVersion + 1)).c_str());
    db.execute("PRAGMA writable_schema = OFF");
}

} // namespace

int latestVersion()
{
    return int(kMigrations.size());
}

void migrate(SqliteDatabase &db, int targetVersion)
{
    // All steps in one write transaction (the caller's, when it holds one), the version read inside it: of
    // programs upgrading the same file at once, one upgrades and the others find it done.
    std::optional<SqliteTransaction> own;
    if (sqlite3_get_autocommit(db.handle()) != 0) {
        own.emplace(db);
    }
    const int current = int(db.queryInt("PRAGMA user_version"));
    const int target = targetVersion < 0 ? latestVersion() : std::min(targetVersion, latestVersion());
    for (int version = current + 1; version <= target; ++version) {
        db.execute(kMigrations[size_t(version - 1)]);
        if (version == kOutcomesWidened) {
            widenOutcomeCheck(db);
        }
        // PRAGMA takes no bound parameters; both values are the program's own integers.
        db.execute(("PRAGMA user_version = " + std::to_string(version)).c_str());
        db.execute(("PRAGMA application_id = " + std::to_string(kApplicationId)).c_str());
    }
    if (own) {
        own->commit();
    }
}

QList<IndexDefinition> incidentIndexes()
{
    SqliteDatabase db(QStringLiteral(":memory:"), SqliteDatabase::Mode::ReadWriteCreate);
    migrate(db);
    SqliteStatement indexes(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'incident' "
                                "AND sql IS NOT NULL ORDER BY name");
    QList<IndexDefinition> definitions;
    while (indexes.step()) {
        definitions.append({indexes.text(0), indexes.text(1)});
    }
    return definitions;
}

} // namespace borderlog::sqlite::SqliteSchema
