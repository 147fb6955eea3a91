// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverschema.h"

#include "pgconnection.h"
#include "pgtransaction.h"

#include <array>

namespace borderlog::postgres::ServerSchema {

namespace {

// Migration N takes a database from version N-1 to N. Append; never edit a released step.
constexpr std::array kMigrations = {
    // 1: the register itself, the sites that push their audit trails to it, the entries as each site wrote
    //    them (text, byte for byte as hashed: never jsonb, which reorders keys), one receipt per applied
    //    batch, and the alarms headquarters must see (a fork, a forged entry). push_entries applies a batch.
    //    Two group roles: borderlog_site may only call push_entries (for the site whose login it is) and read
    //    the register's id, no table; borderlog_analyst reads every table and writes none.
    R"sql(
CREATE SCHEMA borderlog;
CREATE TABLE borderlog.register (
    only_row       boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    id             uuid NOT NULL DEFAULT gen_random_uuid(),
    schema_version integer NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);
INSERT INTO borderlog.register (schema_version) VALUES (0);

-- A site is one desktop's SQLite register, with its own audit chain; its head is the last entry the
-- server holds and has acknowledged.
CREATE TABLE borderlog.site (
    code      text PRIMARY KEY CHECK (code ~ '^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$'),
    station   text NOT NULL CHECK (length(station) BETWEEN 1 AND 100),
    added_at  timestamptz NOT NULL DEFAULT now(),
    head_seq  bigint NOT NULL DEFAULT 0 CHECK (head_seq >= 0),
    head_hash text NOT NULL DEFAULT repeat('0', 64) CHECK (head_hash ~ '^[0-9a-f]{64}$'),
    synced_at timestamptz,
    login     name UNIQUE -- the role the site's sync logs in as; NULL: only the register's owner pushes for it
);
CREATE TABLE borderlog.receipt (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site        text NOT NULL REFERENCES borderlog.site (code),
    first_seq   bigint NOT NULL,
    last_seq    bigint NOT NULL CHECK (last_seq >= first_seq),
    head_hash   text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    received_by text NOT NULL DEFAULT session_user
);
CREATE TABLE borderlog.site_entry (
    site          text NOT NULL REFERENCES borderlog.site (code),
    seq           bigint NOT NULL CHECK (seq >= 1),
    at            text NOT NULL,
    "user"        text NOT NULL,
    action        text NOT NULL,
    incident_id   text NOT NULL,
    before        text NOT NULL,
    after         text NOT NULL,
    reason        text NOT NULL,
    previous_hash text NOT NULL,
    hash          text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
    receipt       bigint NOT NULL REFERENCES borderlog.receipt (id),
    PRIMARY KEY (site, seq)
);
CREATE TABLE borderlog.alarm (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site         text NOT NULL REFERENCES borderlog.site (code),
    kind         text NOT NULL CHECK (kind IN ('fork', 'forged', 'gap')),
    seq          bigint NOT NULL,
    stored_hash  text NOT NULL DEFAULT '',
    offered_hash text NOT NULL DEFAULT '',
    raised_at    timestamptz NOT NULL DEFAULT now(),
    raised_by    text NOT NULL DEFAULT session_user
);

-- The audit entry's hash as the program computes it (AuditEntry::computeHash): SHA-256 over each piece
-- written as its length in bytes, a colon and the piece.
CREATE FUNCTION borderlog.hash_piece(piece text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN octet_length(convert_to(piece, 'UTF8'))::text || ':' || piece;
CREATE FUNCTION borderlog.entry_hash(seq bigint, at text, "user" text, action text, incident_id text,
                                     before text, after text, reason text, previous_hash text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN encode(sha256(convert_to(
        borderlog.hash_piece('borderlog-audit-1') || borderlog.hash_piece(seq::text) || borderlog.hash_piece(at)
        || borderlog.hash_piece("user") || borderlog.hash_piece(action) || borderlog.hash_piece(incident_id)
        || borderlog.hash_piece(before) || borderlog.hash_piece(after) || borderlog.hash_piece(reason)
        || borderlog.hash_piece(previous_hash), 'UTF8')), 'hex');

-- Applies one batch of a site's entries (a JSON array of objects with the entry's fields as strings, seq
-- as a number) in the caller's transaction, under the site's row lock. Entries the server holds already
-- with the same hash are acknowledged again with no effect; every new one must continue the chain. A
-- refused batch changes nothing but the alarm it raises. Answers one row: status 'ok' with the site's
-- head (seq, hash) and the receipt ('' when nothing was new); or 'fork', 'forged', 'gap' with the entry
-- concerned; or 'unknown_site', or 'not_yours' when the caller is neither the site's login nor the register's
-- owner (nor a superuser). It runs with its owner's rights (the sites' logins have none on the tables) and
-- checks the caller's login itself, before it takes the site's lock; it waits for that lock 30 s at most.
-- An alarm is kept when the call commits (the program's calls each commit on their own).
CREATE FUNCTION borderlog.push_entries(p_site text, p_batch json)
    RETURNS TABLE (status text, seq bigint, hash text, receipt text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET lock_timeout = '30s' AS $fn$
DECLARE
    chain_seq  bigint;
    chain_hash text;
    site_login name;
    e         record;
    stored    text;
    problem   text;
    at_seq    bigint;
    offered   text;
    new_receipt bigint;
BEGIN
    SELECT s.login INTO site_login FROM borderlog.site s WHERE s.code = p_site;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'unknown_site'::text, 0::bigint, ''::text, ''::text;
        RETURN;
    END IF;
    -- Inside this function current_user is its owner, the register's owner.
    IF site_login IS DISTINCT FROM session_user AND session_user <> current_user
       AND NOT (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user) THEN
        RETURN QUERY SELECT 'not_yours'::text, 0::bigint, ''::text, ''::text;
        RETURN;
    END IF;
    SELECT s.head_seq, s.head_hash INTO chain_seq, chain_hash FROM borderlog.site s WHERE s.code = p_site FOR UPDATE;
    BEGIN
        FOR e IN SELECT x.* FROM json_to_recordset(p_batch) AS x(seq bigint, at text, "user" text, action text,
                 incident_id text, before text, after text, reason text, previous_hash text, hash text)
        LOOP
            IF e.hash IS DISTINCT FROM borderlog.entry_hash(e.seq, e.at, e."user", e.action, e.incident_id,
                                                             e.before, e.after, e.reason, e.previous_hash) THEN
                problem := 'forged'; at_seq := coalesce(e.seq, 0); offered := coalesce(e.hash, ''); stored := '';
                EXIT;
            END IF;
            IF e.seq <= chain_seq THEN
                SELECT se.hash INTO stored FROM borderlog.site_entry se WHERE se.site = p_site AND se.seq = e.seq;
                IF stored IS DISTINCT FROM e.hash THEN
                    problem := 'fork'; at_seq := e.seq; offered := e.hash; stored := coalesce(stored, '');
                    EXIT;
                END IF;
                CONTINUE;
            END IF;
            IF e.seq <> chain_seq + 1 THEN
                problem := 'gap'; at_seq := e.seq; offered := e.hash; stored := '';
                EXIT;
            END IF;
            IF e.previous_hash <> chain_hash THEN
                -- The site's chain before this entry is not the one the server holds.
                problem := 'fork'; at_seq := chain_seq; offered := e.previous_hash; stored := chain_hash;
                EXIT;
            END IF;
            IF new_receipt IS NULL THEN
                INSERT INTO borderlog.receipt (site, first_seq, last_seq, head_hash)
                    VALUES (p_site, e.seq, e.seq, e.hash) RETURNING id INTO new_receipt;
            END IF;
            INSERT INTO borderlog.site_entry (site, seq, at, "user", action, incident_id, before, after, reason,
                                              previous_hash, hash, receipt)
                VALUES (p_site, e.seq, e.at, e."user", e.action, e.incident_id, e.before, e.after, e.reason,
                        e.previous_hash, e.hash, new_receipt);
            chain_seq := e.seq;
            chain_hash := e.hash;
        END LOOP;
        IF problem IS NOT NULL THEN
            RAISE SQLSTATE 'BLREF';
        END IF;
    EXCEPTION WHEN SQLSTATE 'BLREF' THEN
        -- What the block wrote is undone; the alarm stays for headquarters (a gap is the sender's mistake).
        IF problem <> 'gap' THEN
            INSERT INTO borderlog.alarm (site, kind, seq, stored_hash, offered_hash)
                VALUES (p_site, problem, at_seq, stored, offered);
        END IF;
        RETURN QUERY SELECT problem, at_seq, offered, ''::text;
        RETURN;
    END;
    IF new_receipt IS NOT NULL THEN
        UPDATE borderlog.receipt r SET last_seq = chain_seq, head_hash = chain_hash
            WHERE r.id = new_receipt;
        UPDATE borderlog.site s SET head_seq = chain_seq, head_hash = chain_hash,
                                    synced_at = now() WHERE s.code = p_site;
    END IF;
    RETURN QUERY SELECT 'ok'::text, chain_seq, chain_hash, coalesce(new_receipt::text, '');
END
$fn$;

-- Roles belong to the whole server, which may hold several registers being set up at once.
DO $roles$
BEGIN
    BEGIN
        CREATE ROLE borderlog_site NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    BEGIN
        CREATE ROLE borderlog_analyst NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
END
$roles$;
REVOKE ALL ON FUNCTION borderlog.push_entries(text, json) FROM PUBLIC;
GRANT USAGE ON SCHEMA borderlog TO borderlog_site, borderlog_analyst;
GRANT SELECT (id, schema_version) ON borderlog.register TO borderlog_site;
GRANT EXECUTE ON FUNCTION borderlog.push_entries(text, json) TO borderlog_site;
GRANT SELECT ON ALL TABLES IN SCHEMA borderlog TO borderlog_analyst;
)sql",
    // 2: the national incidents and their tallies, applied from the sites' entries. Each incident belongs to
    //    the site that created it (its owner); a site's change to an incident it does not own, or one the server
    //    cannot read, is kept as it was and parked for headquarters instead of applied. An import's (or an
    //    adoption's) entry pins its incidents with a digest only: the site stages their snapshots first
    //    (stage_creations), and the entry applies only when they are exactly those the digest pins. A site's
    //    applied head may be behind the head it holds (entries pushed before this migration): those entries
    //    are applied when the site offers them again. Tallies by day and by month, per station, location,
    //    nationality ('' for every nationality together) and outcome, changed once per batch in key order, so
    //    that sites pushing at once never deadlock on them.
    R"sql(
ALTER TABLE borderlog.site ADD COLUMN applied_seq bigint NOT NULL DEFAULT 0 CHECK (applied_seq >= 0);
ALTER TABLE borderlog.site ADD CONSTRAINT site_applied_held CHECK (applied_seq <= head_seq);
ALTER TABLE borderlog.alarm DROP CONSTRAINT alarm_kind_check;
ALTER TABLE borderlog.alarm ADD CONSTRAINT alarm_kind_check CHECK (kind IN ('fork', 'forged', 'gap', 'incidents'));

-- The columns up to related_to are an incident snapshot's values (snapshot_values), in its order.
CREATE TABLE borderlog.incident (
    id                        uuid PRIMARY KEY,
    day                       date NOT NULL,
    "time"                    text NOT NULL,
    location                  text NOT NULL,
    outcome                   text NOT NULL,
    force_used                boolean NOT NULL,
    notes                     text NOT NULL,
    recorded_by               text NOT NULL,
    recorded_at               text NOT NULL,
    removed                   boolean NOT NULL,
    detection                 text NOT NULL,
    direction                 text NOT NULL,
    border_sector             text NOT NULL,
    count_estimated           boolean NOT NULL,
    injured                   integer NOT NULL,
    dead                      integer NOT NULL,
    missing                   integer NOT NULL,
    aid_given                 text NOT NULL,
    force_type                text NOT NULL,
    refusal_reasons           text NOT NULL,
    facilitators              integer NOT NULL,
    facilitator_nationalities text NOT NULL,
    related_to                text NOT NULL,
    site                      text NOT NULL REFERENCES borderlog.site (code),
    station                   text NOT NULL,
    version                   integer NOT NULL CHECK (version >= 1),
    created_seq               bigint NOT NULL, -- the owner's entry that created it
    changed_seq               bigint NOT NULL  -- the owner's entry that last changed it
);
-- The order of the log: day, time (byte order: '' before '00:00'), id.
CREATE INDEX incident_by_date ON borderlog.incident (day, "time" COLLATE "C", id) WHERE NOT removed;
CREATE INDEX incident_by_creation ON borderlog.incident (site, created_seq);
-- No index by location: only a rename reads the incidents of one location (of one site), rarely; every save and
-- import would pay for it.
-- Written only with its incident by the functions below (no foreign key: its trigger would double the time of
-- an initial push); `server check` finds a line without its incident.
CREATE TABLE borderlog.incident_line (
    incident      uuid NOT NULL,
    nationality   text NOT NULL,
    persons       integer NOT NULL,
    men           integer NOT NULL,
    women         integer NOT NULL,
    children      integer NOT NULL,
    unaccompanied integer NOT NULL,
    PRIMARY KEY (incident, nationality)
);
CREATE TABLE borderlog.day_tally (
    day           date NOT NULL,
    station       text NOT NULL,
    location      text NOT NULL,
    nationality   text NOT NULL,
    outcome       text NOT NULL,
    incidents     bigint NOT NULL,
    persons       bigint NOT NULL,
    men           bigint NOT NULL,
    women         bigint NOT NULL,
    children      bigint NOT NULL,
    unaccompanied bigint NOT NULL,
    PRIMARY KEY (day, station, location, nationality, outcome)
);
CREATE TABLE borderlog.month_tally (LIKE borderlog.day_tally INCLUDING ALL);
ALTER TABLE borderlog.month_tally RENAME COLUMN day TO month; -- the first day of the month
ALTER TABLE borderlog.month_tally ADD CONSTRAINT month_tally_first_day CHECK (extract(day FROM month) = 1);
-- An import's incidents as the site sent them, until its entry applies them. Unlogged: written once and read once,
-- it costs no WAL; after a crash of the server it is empty, and the site stages the incidents again.
CREATE UNLOGGED TABLE borderlog.creation_stage (
    site     text NOT NULL REFERENCES borderlog.site (code),
    seq      bigint NOT NULL,
    ord      bigint NOT NULL CHECK (ord >= 1),
    snapshot text NOT NULL,
    PRIMARY KEY (site, seq, ord)
);
-- Changes held in a site's trail that the national incidents do not show, for headquarters to resolve.
CREATE TABLE borderlog.parked_change (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site        text NOT NULL REFERENCES borderlog.site (code),
    seq         bigint NOT NULL,
    incident_id text NOT NULL,
    reason      text NOT NULL CHECK (reason IN ('owned_elsewhere', 'unknown_incident', 'unreadable')),
    snapshot    text NOT NULL,
    detail      text NOT NULL DEFAULT '',
    parked_at   timestamptz NOT NULL DEFAULT now()
);

-- An incident snapshot (IncidentSnapshot::of, format 1 or 2) as the columns of borderlog.incident, and its
-- nationality lines as those of borderlog.incident_line after the incident's id.
CREATE FUNCTION borderlog.snapshot_values(j jsonb)
    RETURNS TABLE (id uuid, day date, "time" text, location text, outcome text, force_used boolean, notes text,
                   recorded_by text, recorded_at text, removed boolean, detection text, direction text,
                   border_sector text, count_estimated boolean, injured integer, dead integer, missing integer,
                   aid_given text, force_type text, refusal_reasons text, facilitators integer,
                   facilitator_nationalities text, related_to text)
    LANGUAGE sql IMMUTABLE AS $fn$
SELECT (j->>'incident_id')::uuid, (j->>'date')::date, j->>'time', j->>'location', j->>'outcome',
       (j->>'force_used')::boolean, j->>'notes', j->>'recorded_by', j->>'recorded_at', (j->>'removed')::boolean,
       coalesce(j->'details'->>'detection', ''), coalesce(j->'details'->>'direction', 'entry'),
       coalesce(j->'details'->>'border_sector', ''), coalesce((j->'details'->>'count_estimated')::boolean, false),
       coalesce((j->'details'->>'injured')::integer, 0), coalesce((j->'details'->>'dead')::integer, 0),
       coalesce((j->'details'->>'missing')::integer, 0), coalesce(j->'details'->>'aid_given', 'none'),
       coalesce(j->'details'->>'force_type',
                CASE WHEN (j->>'force_used')::boolean THEN 'unspecified' ELSE 'none' END),
       coalesce(j->'details'->>'refusal_reasons', ''), coalesce((j->'details'->>'facilitators')::integer, 0),
       coalesce(j->'details'->>'facilitator_nationalities', ''), coalesce(j->'details'->>'related_to', '')
$fn$;
CREATE FUNCTION borderlog.snapshot_lines(j jsonb)
    RETURNS TABLE (nationality text, persons integer, men integer, women integer, children integer,
                   unaccompanied integer)
    LANGUAGE sql IMMUTABLE AS $fn$
SELECT l->>'nationality', (l->>'persons')::integer, coalesce((l->>'men')::integer, 0),
       coalesce((l->>'women')::integer, 0), coalesce((l->>'children')::integer, 0),
       coalesce((l->>'unaccompanied')::integer, 0)
FROM jsonb_array_elements(j->'persons') l
$fn$;

-- The rows each incident that is not removed adds to the tallies: one for all its persons (nationality ''),
-- one per nationality line. What the tallies are kept from, and what `server check` recounts them with.
CREATE VIEW borderlog.incident_tally_row AS
    SELECT i.id, i.site, i.created_seq, i.location AS at_location, i.day, i.station, i.location,
           ''::text AS nationality, i.outcome, 1::bigint AS incidents, coalesce(sum(l.persons), 0)::bigint AS persons,
           coalesce(sum(l.men), 0)::bigint AS men, coalesce(sum(l.women), 0)::bigint AS women,
           coalesce(sum(l.children), 0)::bigint AS children,
           coalesce(sum(l.unaccompanied), 0)::bigint AS unaccompanied
    FROM borderlog.incident i LEFT JOIN borderlog.incident_line l ON l.incident = i.id
    WHERE NOT i.removed
    GROUP BY i.id, i.site, i.created_seq, i.day, i.station, i.location, i.outcome
    UNION ALL
    SELECT i.id, i.site, i.created_seq, i.location, i.day, i.station, i.location, l.nationality, i.outcome,
           1, l.persons, l.men, l.women, l.children, l.unaccompanied
    FROM borderlog.incident i JOIN borderlog.incident_line l ON l.incident = i.id
    WHERE NOT i.removed;

-- The tally changes of the batch being applied, by transaction: the owner's own table (never an object of the
-- caller's session, which a caller could have put there), unlogged (its rows live for one transaction).
CREATE UNLOGGED TABLE borderlog.tally_change (
    batch bigint NOT NULL DEFAULT txid_current(),
    day date, station text, location text, nationality text, outcome text, incidents bigint, persons bigint,
    men bigint, women bigint, children bigint, unaccompanied bigint
);
CREATE INDEX tally_change_by_batch ON borderlog.tally_change (batch);
-- Counts the incidents (of the site, with one of the ids) out of the tallies (p_sign -1) or into them (+1).
CREATE FUNCTION borderlog.note_tally(p_site text, p_ids uuid[], p_sign integer) RETURNS void
    LANGUAGE plpgsql AS $fn$
BEGIN
    INSERT INTO borderlog.tally_change (day, station, location, nationality, outcome, incidents, persons, men, women,
                                        children, unaccompanied)
        SELECT t.day, t.station, t.location, t.nationality, t.outcome, p_sign * t.incidents, p_sign * t.persons,
               p_sign * t.men, p_sign * t.women, p_sign * t.children, p_sign * t.unaccompanied
        FROM borderlog.incident_tally_row t WHERE t.site = p_site AND t.id = ANY (p_ids);
END
$fn$;
-- Writes the batch's tally changes, row by row in key order (by day, then by month), and drops rows left empty.
CREATE FUNCTION borderlog.flush_tally_change() RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
    this_batch bigint := txid_current();
BEGIN
    INSERT INTO borderlog.day_tally AS t
        SELECT c.day, c.station, c.location, c.nationality, c.outcome, sum(c.incidents), sum(c.persons),
               sum(c.men), sum(c.women), sum(c.children), sum(c.unaccompanied)
        FROM borderlog.tally_change c WHERE c.batch = this_batch
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (day, station, location, nationality, outcome) DO UPDATE SET
        incidents = t.incidents + excluded.incidents, persons = t.persons + excluded.persons,
        men = t.men + excluded.men, women = t.women + excluded.women, children = t.children + excluded.children,
        unaccompanied = t.unaccompanied + excluded.unaccompanied;
    INSERT INTO borderlog.month_tally AS t
        SELECT date_trunc('month', c.day)::date, c.station, c.location, c.nationality, c.outcome, sum(c.incidents),
               sum(c.persons), sum(c.men), sum(c.women), sum(c.children), sum(c.unaccompanied)
        FROM borderlog.tally_change c WHERE c.batch = this_batch
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (month, station, location, nationality, outcome) DO UPDATE SET
        incidents = t.incidents + excluded.incidents, persons = t.persons + excluded.persons,
        men = t.men + excluded.men, women = t.women + excluded.women, children = t.children + excluded.children,
        unaccompanied = t.unaccompanied + excluded.unaccompanied;
    DELETE FROM borderlog.day_tally t USING borderlog.tally_change c
        WHERE c.batch = this_batch AND t.incidents = 0
          AND (t.day, t.station, t.location, t.nationality, t.outcome)
              = (c.day, c.station, c.location, c.nationality, c.outcome);
    DELETE FROM borderlog.month_tally t USING borderlog.tally_change c
        WHERE c.batch = this_batch AND t.incidents = 0
          AND (t.month, t.station, t.location, t.nationality, t.outcome)
              = (date_trunc('month', c.day)::date, c.station, c.location, c.nationality, c.outcome);
    DELETE FROM borderlog.tally_change c WHERE c.batch = this_batch;
END
$fn$;

-- Creates the incidents staged for the site's entry p_seq (an add, an import or an adoption). An incident whose
-- id another site owns already is parked, not created twice.
CREATE FUNCTION borderlog.create_staged(p_site text, p_station text, p_seq bigint) RETURNS void
    LANGUAGE plpgsql AS $fn$
BEGIN
  -- A second attempt when another site committed one of these incidents meanwhile (the insert's unique key
  -- waits for it and refuses): seen now, that incident is parked as theirs.
  FOR attempt IN 1..2 LOOP
   BEGIN
    -- Each snapshot is parsed once per statement, and rows are found by the incident's primary key only: any
    -- other path is read once per row of a large import.
    WITH s AS MATERIALIZED (
        SELECT c.ord, c.snapshot, (c.snapshot::json->>'incident_id')::uuid AS id
        FROM borderlog.creation_stage c WHERE c.site = p_site AND c.seq = p_seq),
    taken AS (
        SELECT s.ord, s.snapshot, s.id FROM s JOIN borderlog.incident i ON i.id = s.id),
    parked AS (
        INSERT INTO borderlog.parked_change (site, seq, incident_id, reason, snapshot)
            SELECT p_site, p_seq, taken.id::text, 'owned_elsewhere', taken.snapshot FROM taken ORDER BY taken.ord)
    DELETE FROM borderlog.creation_stage c USING taken
        WHERE c.site = p_site AND c.seq = p_seq AND c.ord = taken.ord;
    -- OFFSET 0 keeps each snapshot parsed once: the inlined snapshot_values would parse it once per column.
    INSERT INTO borderlog.incident
        SELECT v.*, p_site, p_station, 1, p_seq, p_seq
        FROM (SELECT c.ord, c.snapshot::jsonb AS j FROM borderlog.creation_stage c
              WHERE c.site = p_site AND c.seq = p_seq OFFSET 0) s,
             LATERAL borderlog.snapshot_values(s.j) v
        ORDER BY s.ord;
    INSERT INTO borderlog.incident_line
        SELECT (s.j->>'incident_id')::uuid, l.*
        FROM (SELECT c.snapshot::jsonb AS j FROM borderlog.creation_stage c
              WHERE c.site = p_site AND c.seq = p_seq OFFSET 0) s,
             LATERAL borderlog.snapshot_lines(s.j) l;
    DELETE FROM borderlog.creation_stage s WHERE s.site = p_site AND s.seq = p_seq;
    -- Summed here already: an import's incidents fall into far fewer tally rows than they are.
    INSERT INTO borderlog.tally_change (day, station, location, nationality, outcome, incidents, persons, men, women,
                                        children, unaccompanied)
        SELECT t.day, t.station, t.location, t.nationality, t.outcome, sum(t.incidents), sum(t.persons), sum(t.men),
               sum(t.women), sum(t.children), sum(t.unaccompanied)
        FROM borderlog.incident_tally_row t WHERE t.site = p_site AND t.created_seq = p_seq
        GROUP BY 1, 2, 3, 4, 5;
    RETURN;
   EXCEPTION WHEN unique_violation THEN
    IF attempt = 2 THEN
        RAISE;
    END IF;
   END;
  END LOOP;
END
$fn$;

-- An amendment, removal or restore of one of the site's incidents: the incident becomes the entry's "after".
CREATE FUNCTION borderlog.change_incident(p_site text, p_seq bigint, p_incident uuid, p_after text)
    RETURNS text LANGUAGE plpgsql AS $fn$
DECLARE
    owner text;
    kept  borderlog.incident%ROWTYPE;
    j    jsonb := p_after::jsonb; -- parsed for its values only: the text stays in the trail as it was
BEGIN
    -- The owner first, without a lock: no site locks another's incident (an incident's owner never changes).
    SELECT i.site INTO owner FROM borderlog.incident i WHERE i.id = p_incident;
    IF NOT FOUND THEN
        RETURN 'unknown_incident';
    END IF;
    IF owner <> p_site THEN
        RETURN 'owned_elsewhere';
    END IF;
    SELECT * INTO kept FROM borderlog.incident i WHERE i.id = p_incident FOR UPDATE;
    IF (j->>'incident_id')::uuid IS DISTINCT FROM p_incident THEN
        RETURN 'unreadable';
    END IF;
    PERFORM borderlog.note_tally(p_site, ARRAY[p_incident], -1);
    DELETE FROM borderlog.incident_line l WHERE l.incident = p_incident;
    DELETE FROM borderlog.incident i WHERE i.id = p_incident;
    INSERT INTO borderlog.incident
        SELECT v.*, kept.site, kept.station, kept.version + 1, kept.created_seq, p_seq
        FROM borderlog.snapshot_values(j) v;
    INSERT INTO borderlog.incident_line SELECT p_incident, l.* FROM borderlog.snapshot_lines(j) l;
    PERFORM borderlog.note_tally(p_site, ARRAY[p_incident], 1);
    RETURN NULL;
END
$fn$;

-- Files the site's incidents with one of the ids under another location (a rename, a merge).
CREATE FUNCTION borderlog.move_incidents(p_site text, p_seq bigint, p_ids uuid[], p_location text) RETURNS void
    LANGUAGE plpgsql AS $fn$
BEGIN
    PERFORM borderlog.note_tally(p_site, p_ids, -1);
    UPDATE borderlog.incident i SET location = p_location, changed_seq = p_seq
        WHERE i.site = p_site AND i.id = ANY (p_ids);
    PERFORM borderlog.note_tally(p_site, p_ids, 1);
END
$fn$;

-- Whether the incidents staged for an import's (or an adoption's) entry are those its digest pins, as
-- ImportDigest computes it: SHA-256 over the pieces (hash_piece) of each snapshot's SHA-256, in order.
-- Answers NULL when they are, 'incomplete' when some are missing, 'incidents' when they are others.
CREATE FUNCTION borderlog.staged_problem(p_site text, p_seq bigint, p_after text) RETURNS text
    LANGUAGE plpgsql AS $fn$
DECLARE
    expected bigint := (p_after::json->>'incidents')::bigint;
    staged   bigint;
    last_ord bigint;
    digest   text;
BEGIN
    SELECT count(*), coalesce(max(s.ord), 0),
           encode(sha256(convert_to(coalesce(string_agg(borderlog.hash_piece(
               encode(sha256(convert_to(s.snapshot, 'UTF8')), 'hex')), '' ORDER BY s.ord), ''), 'UTF8')), 'hex')
        INTO staged, last_ord, digest
        FROM borderlog.creation_stage s WHERE s.site = p_site AND s.seq = p_seq;
    IF staged < expected OR last_ord <> staged THEN
        RETURN 'incomplete';
    END IF;
    IF staged <> expected OR digest IS DISTINCT FROM p_after::json->>'digest' THEN
        RETURN 'incidents';
    END IF;
    RETURN NULL;
END
$fn$;

-- Applies one of the site's entries to the national incidents. Answers NULL, or 'incomplete' / 'incidents'
-- (staged_problem) when an import's incidents are not those it pins: then nothing of the batch applies. A
-- change the national incidents cannot take is parked instead, so a site's sync never stalls on one.
CREATE FUNCTION borderlog.apply_entry(p_site text, p_station text, p_seq bigint, p_action text, p_incident text,
                                      p_before text, p_after text) RETURNS text
    LANGUAGE plpgsql AS $fn$
DECLARE
    problem text;
    parked  text;
    detail  text := '';
    old_name text;
    new_name text;
    ids      uuid[];
BEGIN
    IF p_action NOT IN ('import', 'adopt') THEN
        -- Only an import's entry takes staged incidents: anything staged under another entry's number goes.
        DELETE FROM borderlog.creation_stage c WHERE c.site = p_site AND c.seq = p_seq;
    END IF;
    BEGIN
        CASE p_action
        WHEN 'add' THEN
            INSERT INTO borderlog.creation_stage (site, seq, ord, snapshot) VALUES (p_site, p_seq, 1, p_after);
            PERFORM borderlog.create_staged(p_site, p_station, p_seq);
        WHEN 'import', 'adopt' THEN
            problem := borderlog.staged_problem(p_site, p_seq, p_after);
            IF problem IS NOT NULL THEN
                RETURN problem;
            END IF;
            PERFORM borderlog.create_staged(p_site, p_station, p_seq);
        WHEN 'amend', 'remove', 'restore' THEN
            parked := borderlog.change_incident(p_site, p_seq, p_incident::uuid, p_after);
        WHEN 'location_change' THEN
            old_name := p_before::json->>'location';
            new_name := p_after::json->>'location';
            IF old_name IS DISTINCT FROM new_name THEN
                SELECT coalesce(array_agg(i.id), '{}') INTO ids FROM borderlog.incident i
                    WHERE i.site = p_site AND i.location = old_name;
                PERFORM borderlog.move_incidents(p_site, p_seq, ids, new_name);
            END IF;
        WHEN 'location_merge' THEN
            SELECT coalesce(array_agg(x::uuid), '{}') INTO ids FROM json_array_elements_text(p_after::json->'incidents') x;
            PERFORM borderlog.move_incidents(p_site, p_seq, ids, p_after::json->>'merged_into');
        ELSE
            NULL; -- accounts, places without incidents, sign-offs: nothing of the national incidents changes
        END CASE;
    EXCEPTION WHEN data_exception OR integrity_constraint_violation THEN
        parked := 'unreadable';
        detail := SQLERRM;
    END;
    IF parked IS NOT NULL THEN
        INSERT INTO borderlog.parked_change (site, seq, incident_id, reason, snapshot, detail)
            VALUES (p_site, p_seq, p_incident, parked, p_after, detail);
    END IF;
    RETURN NULL;
END
$fn$;

-- push_entries as in migration 1, and every entry the site's applied head has not reached yet (a new one, or
-- one held before this migration and offered again) is applied to the national incidents in order. Answers
-- also the applied head; a batch an import's incidents are missing for, or are others than its digest pins,
-- is refused whole ('incomplete': the site stages them and offers it again; 'incidents': an alarm).
DROP FUNCTION borderlog.push_entries(text, json);
CREATE FUNCTION borderlog.push_entries(p_site text, p_batch json)
    RETURNS TABLE (status text, seq bigint, hash text, receipt text, applied bigint)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET lock_timeout = '30s' AS $fn$
DECLARE
    chain_seq   bigint;
    chain_hash  text;
    applied_to  bigint;
    site_station text;
    e           record;
    stored      text;
    problem     text;
    at_seq      bigint;
    offered     text;
    new_receipt bigint;
    may         text := borderlog.caller_may_push(p_site);
BEGIN
    IF may IS NOT NULL THEN
        RETURN QUERY SELECT may, 0::bigint, ''::text, ''::text, 0::bigint;
        RETURN;
    END IF;
    SELECT s.head_seq, s.head_hash, s.applied_seq, s.station INTO chain_seq, chain_hash, applied_to, site_station
        FROM borderlog.site s WHERE s.code = p_site FOR UPDATE;
    BEGIN
        FOR e IN SELECT x.* FROM json_to_recordset(p_batch) AS x(seq bigint, at text, "user" text, action text,
                 incident_id text, before text, after text, reason text, previous_hash text, hash text)
        LOOP
            IF e.hash IS DISTINCT FROM borderlog.entry_hash(e.seq, e.at, e."user", e.action, e.incident_id,
                                                             e.before, e.after, e.reason, e.previous_hash) THEN
                problem := 'forged'; at_seq := coalesce(e.seq, 0); offered := coalesce(e.hash, ''); stored := '';
                EXIT;
            END IF;
            IF e.seq <= chain_seq THEN
                SELECT se.hash INTO stored FROM borderlog.site_entry se WHERE se.site = p_site AND se.seq = e.seq;
                IF stored IS DISTINCT FROM e.hash THEN
                    problem := 'fork'; at_seq := e.seq; offered := e.hash; stored := coalesce(stored, '');
                    EXIT;
                END IF;
                IF e.seq <= applied_to THEN
                    CONTINUE;
                END IF;
            ELSE
                IF e.seq <> chain_seq + 1 THEN
                    problem := 'gap'; at_seq := e.seq; offered := e.hash; stored := '';
                    EXIT;
                END IF;
                IF e.previous_hash <> chain_hash THEN
                    problem := 'fork'; at_seq := chain_seq; offered := e.previous_hash; stored := chain_hash;
                    EXIT;
                END IF;
                IF new_receipt IS NULL THEN
                    INSERT INTO borderlog.receipt (site, first_seq, last_seq, head_hash)
                        VALUES (p_site, e.seq, e.seq, e.hash) RETURNING id INTO new_receipt;
                END IF;
                INSERT INTO borderlog.site_entry (site, seq, at, "user", action, incident_id, before, after, reason,
                                                  previous_hash, hash, receipt)
                    VALUES (p_site, e.seq, e.at, e."user", e.action, e.incident_id, e.before, e.after, e.reason,
                            e.previous_hash, e.hash, new_receipt);
                chain_seq := e.seq;
                chain_hash := e.hash;
            END IF;
            IF e.seq <> applied_to + 1 THEN
                -- Entries held but not applied yet are offered from the first of them.
                problem := 'gap'; at_seq := e.seq; offered := e.hash; stored := '';
                EXIT;
            END IF;
            problem := borderlog.apply_entry(p_site, site_station, e.seq, e.action, e.incident_id, e.before, e.after);
            IF problem IS NOT NULL THEN
                at_seq := e.seq; offered := e.hash; stored := '';
                EXIT;
            END IF;
            applied_to := e.seq;
        END LOOP;
        IF problem IS NOT NULL THEN
            RAISE SQLSTATE 'BLREF';
        END IF;
        PERFORM borderlog.flush_tally_change();
    EXCEPTION WHEN SQLSTATE 'BLREF' THEN
        -- What the block wrote is undone; the alarm stays for headquarters (a gap or missing incidents are the
        -- sender's mistake).
        IF problem NOT IN ('gap', 'incomplete') THEN
            INSERT INTO borderlog.alarm (site, kind, seq, stored_hash, offered_hash)
                VALUES (p_site, problem, at_seq, stored, offered);
        END IF;
        RETURN QUERY SELECT problem, at_seq, offered, ''::text, 0::bigint;
        RETURN;
    END;
    IF new_receipt IS NOT NULL THEN
        UPDATE borderlog.receipt r SET last_seq = chain_seq, head_hash = chain_hash WHERE r.id = new_receipt;
    END IF;
    UPDATE borderlog.site s SET head_seq = chain_seq, head_hash = chain_hash, applied_seq = applied_to,
                                synced_at = CASE WHEN new_receipt IS NULL THEN s.synced_at ELSE now() END
        WHERE s.code = p_site AND (s.head_seq, s.applied_seq) IS DISTINCT FROM (chain_seq, applied_to);
    IF FOUND THEN
        -- Whoever has the national register open (LISTEN borderlog_changed) reads it again once this commits.
        PERFORM pg_notify('borderlog_changed', p_site);
    END IF;
    RETURN QUERY SELECT 'ok'::text, chain_seq, chain_hash, coalesce(new_receipt::text, ''), applied_to;
END
$fn$;

-- Stages snapshots of the incidents an import's (or an adoption's) entry p_seq created, numbered from p_first
-- in the order they were stored; staged again, a number takes the newer text. Answers 'ok', 'applied' (the
-- entry applied already: nothing to stage), 'unknown_site' or 'not_yours', checked as push_entries does.
CREATE FUNCTION borderlog.stage_creations(p_site text, p_seq bigint, p_first bigint, p_snapshots json)
    RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET lock_timeout = '30s' AS $fn$
DECLARE
    may text := borderlog.caller_may_push(p_site);
BEGIN
    IF may IS NOT NULL THEN
        RETURN may;
    END IF;
    IF (SELECT s.applied_seq FROM borderlog.site s WHERE s.code = p_site) >= p_seq THEN
        RETURN 'applied';
    END IF;
    INSERT INTO borderlog.creation_stage (site, seq, ord, snapshot)
        SELECT p_site, p_seq, p_first + x.n - 1, x.snapshot
        FROM json_array_elements_text(p_snapshots) WITH ORDINALITY AS x(snapshot, n)
    ON CONFLICT (site, seq, ord) DO UPDATE SET snapshot = excluded.snapshot;
    RETURN 'ok';
END
$fn$;

-- Whether the caller may push for the site: NULL when it may, else 'unknown_site' or 'not_yours'. Only the
-- site's login, the register's owner (current_user inside a SECURITY DEFINER function) or a superuser may.
CREATE FUNCTION borderlog.caller_may_push(p_site text) RETURNS text LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    site_login name;
BEGIN
    SELECT s.login INTO site_login FROM borderlog.site s WHERE s.code = p_site;
    IF NOT FOUND THEN
        RETURN 'unknown_site';
    END IF;
    IF site_login IS DISTINCT FROM session_user AND session_user <> current_user
       AND NOT (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user) THEN
        RETURN 'not_yours';
    END IF;
    RETURN NULL;
END
$fn$;

DO $revoke$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid FROM pg_proc p WHERE p.pronamespace = 'borderlog'::regnamespace LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$revoke$;
GRANT EXECUTE ON FUNCTION borderlog.push_entries(text, json) TO borderlog_site;
GRANT EXECUTE ON FUNCTION borderlog.stage_creations(text, bigint, bigint, json) TO borderlog_site;
GRANT SELECT ON ALL TABLES IN SCHEMA borderlog TO borderlog_analyst;
)sql",
    // 3: headquarters' own changes. The national register keeps a chain of its own (server_entry, sealed as a
    //    site's entries are). A headquarters login (a member of borderlog_headquarters) amends, removes or restores
    //    an incident through headquarters_change, from the version it read and with a reason. Each incident keeps
    //    the last national entry on it (national_seq) and the last one its owner has taken (taken_seq): the owner
    //    pulls the national entries on its incidents (pull_entries) and sends back an entry of its own for each
    //    (national_change); a change the owner made before it took a newer national one is a conflict, stored and
    //    parked with both versions for a supervisor (settle_conflict), never applied over the national one.
    R"sql(
CREATE TABLE borderlog.server_head (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    seq      bigint NOT NULL DEFAULT 0 CHECK (seq >= 0),
    hash     text NOT NULL DEFAULT repeat('0', 64) CHECK (hash ~ '^[0-9a-f]{64}$')
);
INSERT INTO borderlog.server_head DEFAULT VALUES;
CREATE TABLE borderlog.server_entry (
    seq           bigint PRIMARY KEY CHECK (seq >= 1),
    at            text NOT NULL,
    "user"        text NOT NULL,
    action        text NOT NULL CHECK (action IN ('amend', 'remove', 'restore')),
    incident_id   text NOT NULL,
    before        text NOT NULL,
    after         text NOT NULL,
    reason        text NOT NULL CHECK (btrim(reason) <> ''),
    previous_hash text NOT NULL,
    hash          text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
    site          text NOT NULL REFERENCES borderlog.site (code), -- the incident's owner, who pulls the entry
    version       integer NOT NULL                                 -- the incident's version the entry made
);
CREATE INDEX server_entry_by_site ON borderlog.server_entry (site, seq);
ALTER TABLE borderlog.incident ADD COLUMN national_seq bigint NOT NULL DEFAULT 0;
ALTER TABLE borderlog.incident ADD COLUMN taken_seq bigint NOT NULL DEFAULT 0;
ALTER TABLE borderlog.parked_change DROP CONSTRAINT parked_change_reason_check;
ALTER TABLE borderlog.parked_change ADD CONSTRAINT parked_change_reason_check
    CHECK (reason IN ('owned_elsewhere', 'unknown_incident', 'unreadable', 'conflict', 'not_taken'));
-- 'national': a site's national_change entry that takes no change of headquarters' (its register was told of one
-- by something other than this server).
ALTER TABLE borderlog.alarm DROP CONSTRAINT alarm_kind_check;
ALTER TABLE borderlog.alarm ADD CONSTRAINT alarm_kind_check
    CHECK (kind IN ('fork', 'forged', 'gap', 'incidents', 'national'));
-- A conflict: the national version the site's change met. Settled: by whom, when, why, and which version stays
-- ('site': its version became the national one through entry settled_seq; 'national': nothing changed).
ALTER TABLE borderlog.parked_change ADD COLUMN national text NOT NULL DEFAULT '';
ALTER TABLE borderlog.parked_change ADD COLUMN national_version integer; -- a conflict: the incident's version then
ALTER TABLE borderlog.parked_change ADD COLUMN settled_as text CHECK (settled_as IN ('site', 'national'));
ALTER TABLE borderlog.parked_change ADD COLUMN settled_seq bigint;
ALTER TABLE borderlog.parked_change ADD COLUMN settled_at timestamptz;
ALTER TABLE borderlog.parked_change ADD COLUMN settled_by text;
ALTER TABLE borderlog.parked_change ADD COLUMN settled_reason text;
-- A change of headquarters' a site declined is parked once, whoever tells it first.
CREATE UNIQUE INDEX parked_change_not_taken ON borderlog.parked_change (site, seq) WHERE reason = 'not_taken';

-- The days each site has signed off (its sign_off entries applied, less its reopen entries): headquarters changes
-- no incident of a day its owner signed until the site reopens it. Filled from the entries applied so far.
CREATE TABLE borderlog.site_signed_day (
    site       text NOT NULL REFERENCES borderlog.site (code),
    day        date NOT NULL,
    signed_seq bigint NOT NULL, -- the site's sign_off entry
    PRIMARY KEY (site, day)
);
INSERT INTO borderlog.site_signed_day (site, day, signed_seq)
    SELECT l.site, l.day, l.seq FROM (
        SELECT DISTINCT ON (e.site, e.day) e.site, e.day, e.seq, e.action FROM (
            SELECT se.site, se.seq, se.action,
                   (CASE WHEN se.action = 'sign_off' THEN se.after ELSE se.before END)::json->>'date' AS day_text
            FROM borderlog.site_entry se JOIN borderlog.site s ON s.code = se.site
            WHERE se.action IN ('sign_off', 'reopen') AND se.seq <= s.applied_seq) x,
            LATERAL (SELECT x.site, x.seq, x.action, x.day_text::date AS day) e
        ORDER BY e.site, e.day, e.seq DESC) l
    WHERE l.action = 'sign_off';

DO $roles$
BEGIN
    CREATE ROLE borderlog_headquarters NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$roles$;

-- Whether the caller may change incidents as headquarters: a member of borderlog_headquarters, the register's
-- owner (current_user inside a SECURITY DEFINER function) or a superuser.
CREATE FUNCTION borderlog.caller_is_headquarters() RETURNS boolean LANGUAGE sql STABLE
    RETURN pg_has_role(session_user, 'borderlog_headquarters', 'MEMBER') OR session_user = current_user
           OR (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user);

-- As in migration 2, and an owner's change made before it took the newest national entry on the incident is a
-- conflict; the national entries' marks stay with the incident.
CREATE OR REPLACE FUNCTION borderlog.change_incident(p_site text, p_seq bigint, p_incident uuid, p_after text)
    RETURNS text LANGUAGE plpgsql AS $fn$
DECLARE
    owner text;
    kept  borderlog.incident%ROWTYPE;
    j    jsonb := p_after::jsonb;
BEGIN
    SELECT i.site INTO owner FROM borderlog.incident i WHERE i.id = p_incident;
    IF NOT FOUND THEN
        RETURN 'unknown_incident';
    END IF;
    IF owner <> p_site THEN
        RETURN 'owned_elsewhere';
    END IF;
    SELECT * INTO kept FROM borderlog.incident i WHERE i.id = p_incident FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 'unknown_incident';
    END IF;
    IF (j->>'incident_id')::uuid IS DISTINCT FROM p_incident THEN
        RETURN 'unreadable';
    END IF;
    IF kept.national_seq > kept.taken_seq THEN
        RETURN 'conflict';
    END IF;
    PERFORM borderlog.replace_incident(kept, j, p_seq, kept.national_seq);
    RETURN NULL;
END
$fn$;

-- The incident `kept` becomes snapshot j (its next version), with its tallies. The row is updated in place, so that
-- a transaction waiting for its lock reads the new version (a row deleted and inserted again would be skipped).
CREATE FUNCTION borderlog.replace_incident(kept borderlog.incident, j jsonb, p_changed_seq bigint,
                                           p_national_seq bigint) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
    PERFORM borderlog.note_tally(kept.site, ARRAY[kept.id], -1);
    UPDATE borderlog.incident i
        SET (day, "time", location, outcome, force_used, notes, recorded_by, recorded_at, removed, detection,
             direction, border_sector, count_estimated, injured, dead, missing, aid_given, force_type,
             refusal_reasons, facilitators, facilitator_nationalities, related_to)
            = (SELECT v.day, v."time", v.location, v.outcome, v.force_used, v.notes, v.recorded_by, v.recorded_at,
                      v.removed, v.detection, v.direction, v.border_sector, v.count_estimated, v.injured, v.dead,
                      v.missing, v.aid_given, v.force_type, v.refusal_reasons, v.facilitators,
                      v.facilitator_nationalities, v.related_to
               FROM borderlog.snapshot_values(j) v),
            version = kept.version + 1, changed_seq = p_changed_seq, national_seq = p_national_seq
        WHERE i.id = kept.id;
    DELETE FROM borderlog.incident_line l WHERE l.incident = kept.id;
    INSERT INTO borderlog.incident_line SELECT kept.id, l.* FROM borderlog.snapshot_lines(j) l;
    PERFORM borderlog.note_tally(kept.site, ARRAY[kept.id], 1);
END
$fn$;

-- As in migration 2, with the incidents locked in id order before they are counted out of the tallies: a change
-- of headquarters' to one of them commits before, or waits.
CREATE OR REPLACE FUNCTION borderlog.move_incidents(p_site text, p_seq bigint, p_ids uuid[], p_location text)
    RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
    PERFORM 1 FROM borderlog.incident i WHERE i.site = p_site AND i.id = ANY (p_ids) ORDER BY i.id FOR UPDATE;
    PERFORM borderlog.note_tally(p_site, p_ids, -1);
    UPDATE borderlog.incident i SET location = p_location, changed_seq = p_seq
        WHERE i.site = p_site AND i.id = ANY (p_ids);
    PERFORM borderlog.note_tally(p_site, p_ids, 1);
END
$fn$;

-- The owner's entry that took a national entry on its incident (its "after" is that entry's): the first one
-- after those it took with the same "after", of those it did not decline. Answers NULL, or 'unreadable' when there
-- is none.
CREATE FUNCTION borderlog.take_national(p_site text, p_incident uuid, p_after text) RETURNS text
    LANGUAGE plpgsql AS $fn$
DECLARE
    taken bigint;
BEGIN
    -- Entries the site declined are not the ones it took (a change sent again has the same "after").
    SELECT min(se.seq) INTO taken FROM borderlog.server_entry se JOIN borderlog.incident i ON i.id = p_incident
        WHERE se.site = p_site AND se.incident_id = p_incident::text AND se.seq > i.taken_seq AND se.after = p_after
          AND NOT EXISTS (SELECT 1 FROM borderlog.parked_change c
                          WHERE c.site = p_site AND c.seq = se.seq AND c.reason = 'not_taken');
    IF taken IS NULL THEN
        RETURN 'unreadable';
    END IF;
    UPDATE borderlog.incident i SET taken_seq = taken WHERE i.id = p_incident;
    RETURN NULL;
END
$fn$;

-- As in migration 2, with the owner's national_change entries and the national version a conflict met.
CREATE OR REPLACE FUNCTION borderlog.apply_entry(p_site text, p_station text, p_seq bigint, p_action text,
                                                 p_incident text, p_before text, p_after text) RETURNS text
    LANGUAGE plpgsql AS $fn$
DECLARE
    problem text;
    parked  text;
    detail  text := '';
    old_name text;
    new_name text;
    ids      uuid[];
BEGIN
    IF p_action NOT IN ('import', 'adopt') THEN
        DELETE FROM borderlog.creation_stage c WHERE c.site = p_site AND c.seq = p_seq;
    END IF;
    BEGIN
        CASE p_action
        WHEN 'add' THEN
            INSERT INTO borderlog.creation_stage (site, seq, ord, snapshot) VALUES (p_site, p_seq, 1, p_after);
            PERFORM borderlog.create_staged(p_site, p_station, p_seq);
        WHEN 'import', 'adopt' THEN
            problem := borderlog.staged_problem(p_site, p_seq, p_after);
            IF problem IS NOT NULL THEN
                RETURN problem;
            END IF;
            PERFORM borderlog.create_staged(p_site, p_station, p_seq);
        WHEN 'amend', 'remove', 'restore' THEN
            parked := borderlog.change_incident(p_site, p_seq, p_incident::uuid, p_after);
        WHEN 'national_change' THEN
            parked := borderlog.take_national(p_site, p_incident::uuid, p_after);
            IF parked IS NOT NULL THEN
                detail := 'no national entry on the incident has this "after"';
                INSERT INTO borderlog.alarm (site, kind, seq) VALUES (p_site, 'national', p_seq);
            END IF;
        WHEN 'sign_off' THEN
            INSERT INTO borderlog.site_signed_day (site, day, signed_seq)
                VALUES (p_site, (p_after::json->>'date')::date, p_seq)
            ON CONFLICT (site, day) DO UPDATE SET signed_seq = excluded.signed_seq;
        WHEN 'reopen' THEN
            DELETE FROM borderlog.site_signed_day d WHERE d.site = p_site AND d.day = (p_before::json->>'date')::date;
        WHEN 'location_change' THEN
            old_name := p_before::json->>'location';
            new_name := p_after::json->>'location';
            IF old_name IS DISTINCT FROM new_name THEN
                -- Locked in id order, and read again under the lock: a change of headquarters' committed
                -- meanwhile is seen, not counted out of the tallies twice.
                SELECT coalesce(array_agg(x.id), '{}') INTO ids FROM (
                    SELECT i.id FROM borderlog.incident i WHERE i.site = p_site AND i.location = old_name
                    ORDER BY i.id FOR UPDATE) x;
                PERFORM borderlog.move_incidents(p_site, p_seq, ids, new_name);
            END IF;
        WHEN 'location_merge' THEN
            SELECT coalesce(array_agg(x::uuid), '{}') INTO ids FROM json_array_elements_text(p_after::json->'incidents') x;
            PERFORM borderlog.move_incidents(p_site, p_seq, ids, p_after::json->>'merged_into');
        ELSE
            NULL;
        END CASE;
    EXCEPTION WHEN data_exception OR integrity_constraint_violation THEN
        parked := 'unreadable';
        detail := SQLERRM;
    END;
    IF parked IS NOT NULL THEN
        INSERT INTO borderlog.parked_change (site, seq, incident_id, reason, snapshot, detail, national,
                                             national_version)
            SELECT p_site, p_seq, p_incident, parked, p_after, detail, coalesce(n.after, ''), n.version
            FROM (SELECT NULL) one LEFT JOIN (
                SELECT se.after, i.version FROM borderlog.incident i
                JOIN borderlog.server_entry se ON se.seq = i.national_seq
                WHERE parked = 'conflict' AND i.id = p_incident::uuid) n ON true;
    END IF;
    RETURN NULL;
END
$fn$;

-- A headquarters login's change to one incident (an amendment, a removal or a restore) from the version it read
-- (p_version) and the values it read (the entry's "before"). p_entry holds the entry as the program built it
-- (AuditPayload: action, incident_id, before, after, reason); who and when are the server's (the login, its
-- clock), and the entry is sealed onto the national register's own chain. With p_parked, the change settles that
-- conflict with the site's version (its "after" must be the site's). Answers one row: 'ok' with the entry's seq
-- and hash; or 'not_allowed', 'no_reason', 'unknown_incident', 'changed' (another version or other values are
-- stored now; for a conflict, changed since it was parked), 'signed' (the station signed the day off),
-- 'unknown_related' (a related incident that is not the station's), 'unreadable', 'not_a_conflict'.
CREATE FUNCTION borderlog.headquarters_change(p_version integer, p_entry json, p_parked bigint DEFAULT NULL)
    RETURNS TABLE (status text, seq bigint, hash text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET lock_timeout = '30s' AS $fn$
DECLARE
    e        record;
    kept     borderlog.incident%ROWTYPE;
    head     borderlog.server_head%ROWTYPE;
    conflict borderlog.parked_change%ROWTYPE;
    b        jsonb;
    j        jsonb;
    at_text  text := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    sealed   text;
BEGIN
    IF NOT borderlog.caller_is_headquarters() THEN
        RETURN QUERY SELECT 'not_allowed'::text, 0::bigint, ''::text;
        RETURN;
    END IF;
    SELECT x.* INTO e FROM json_to_record(p_entry) AS x(action text, incident_id text, before text, after text,
                                                         reason text);
    IF coalesce(btrim(e.reason), '') = '' THEN
        RETURN QUERY SELECT 'no_reason'::text, 0::bigint, ''::text;
        RETURN;
    END IF;
    BEGIN
        b := e.before::jsonb;
        j := e.after::jsonb;
        IF e.action NOT IN ('amend', 'remove', 'restore') OR b->>'incident_id' IS DISTINCT FROM e.incident_id
           OR j->>'incident_id' IS DISTINCT FROM e.incident_id
           OR (b->>'removed')::boolean IS DISTINCT FROM (e.action = 'restore')
           OR (j->>'removed')::boolean IS DISTINCT FROM (e.action = 'remove') THEN
            RAISE SQLSTATE '22000';
        END IF;
        SELECT * INTO kept FROM borderlog.incident i WHERE i.id = e.incident_id::uuid FOR UPDATE;
    EXCEPTION WHEN data_exception THEN
        RETURN QUERY SELECT 'unreadable'::text, 0::bigint, ''::text;
        RETURN;
    END;
    IF kept.id IS NULL THEN
        RETURN QUERY SELECT 'unknown_incident'::text, 0::bigint, ''::text;
        RETURN;
    END IF;
    -- The values read are the values stored: the incident's columns and its nationality lines.
    IF kept.version <> p_version
       OR (SELECT to_jsonb(v) FROM borderlog.snapshot_values(b) v)
          IS DISTINCT FROM to_jsonb(kept) - ARRAY['site', 'station', 'version', 'created_seq', 'changed_seq',
                                                  'national_seq', 'taken_seq']
       OR (SELECT coalesce(jsonb_agg(to_jsonb(l) ORDER BY l.nationality), '[]') FROM borderlog.snapshot_lines(b) l)
          IS DISTINCT FROM (SELECT coalesce(jsonb_agg(to_jsonb(l) - 'incident' ORDER BY l.nationality), '[]')
                            FROM borderlog.incident_line l WHERE l.incident = kept.id) THEN
        RETURN QUERY SELECT 'changed'::text, 0::bigint, ''::text;
        RETURN;
    END IF;
    -- A related incident the station holds: one of its own, or none.
    IF coalesce(j->'details'->>'related_to', '') <> '' AND NOT EXISTS (
           SELECT 1 FROM borderlog.incident r
           WHERE r.id = (j->'details'->>'related_to')::uuid AND r.site = kept.site) THEN
        RETURN QUERY SELECT 'unknown_related'::text, 0::bigint, ''::text;
        RETURN;
    END IF;
    -- A day its station signed stays as signed, until the station reopens it (its sign-off is in its trail).
    IF EXISTS (SELECT 1 FROM borderlog.site_signed_day d
               WHERE d.site = kept.site AND d.day IN (kept.day, (j->>'date')::date)) THEN
        RETURN QUERY SELECT 'signed'::text, 0::bigint, ''::text;
        RETURN;
    END IF;
    IF p_parked IS NOT NULL THEN
        -- A conflict settled with the site's version (its "after"), or a change the site did not take sent again
        -- as it stands now ("after" the same as "before").
        SELECT * INTO conflict FROM borderlog.parked_change c WHERE c.id = p_parked FOR UPDATE;
        IF conflict.settled_as IS NOT NULL OR conflict.incident_id IS DISTINCT FROM e.incident_id
           OR NOT coalesce((conflict.reason = 'conflict' AND conflict.snapshot = e.after)
                           OR (conflict.reason = 'not_taken' AND e.before = e.after), false) THEN
            RETURN QUERY SELECT 'not_a_conflict'::text, 0::bigint, ''::text;
            RETURN;
        END IF;
        -- The site's version is kept only over the version it met: changed since, it would undo a newer change.
        IF conflict.reason = 'conflict' AND conflict.national_version IS DISTINCT FROM kept.version THEN
            RETURN QUERY SELECT 'changed'::text, 0::bigint, ''::text;
            RETURN;
        END IF;
    END IF;
    SELECT * INTO head FROM borderlog.server_head FOR UPDATE;
    sealed := borderlog.entry_hash(head.seq + 1, at_text, session_user::text, e.action, e.incident_id, e.before,
                                   e.after, e.reason, head.hash);
    INSERT INTO borderlog.server_entry (seq, at, "user", action, incident_id, before, after, reason, previous_hash,
                                        hash, site, version)
        VALUES (head.seq + 1, at_text, session_user, e.action, e.incident_id, e.before, e.after, e.reason, head.hash,
                sealed, kept.site, kept.version + 1);
    UPDATE borderlog.server_head h SET seq = head.seq + 1, hash = sealed;
    PERFORM borderlog.replace_incident(kept, j, kept.changed_seq, head.seq + 1);
    PERFORM borderlog.flush_tally_change();
    IF p_parked IS NOT NULL THEN
        UPDATE borderlog.parked_change c
            SET settled_as = CASE WHEN c.reason = 'conflict' THEN 'site' ELSE 'national' END,
                settled_seq = head.seq + 1, settled_at = now(), settled_by = session_user, settled_reason = e.reason
            WHERE c.id = p_parked;
    END IF;
    PERFORM pg_notify('borderlog_changed', kept.site);
    RETURN QUERY SELECT 'ok'::text, head.seq + 1, sealed;
END
$fn$;

-- A supervisor at headquarters settles a parked conflict, or a change a site did not take, by keeping the national
-- version: nothing of the incident changes and nothing is sent (ParkedConflicts sends a change not taken again
-- through headquarters_change instead, where it can). Answers 'ok', 'not_allowed', 'no_reason' or 'not_a_conflict'. (Keeping the site's version is a change:
-- headquarters_change with p_parked.)
CREATE FUNCTION borderlog.keep_national(p_parked bigint, p_reason text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET lock_timeout = '30s' AS $fn$
BEGIN
    IF NOT borderlog.caller_is_headquarters() THEN
        RETURN 'not_allowed';
    END IF;
    IF coalesce(btrim(p_reason), '') = '' THEN
        RETURN 'no_reason';
    END IF;
    UPDATE borderlog.parked_change c SET settled_as = 'national', settled_at = now(), settled_by = session_user,
                                         settled_reason = p_reason
        WHERE c.id = p_parked AND c.reason IN ('conflict', 'not_taken') AND c.settled_as IS NULL;
    IF NOT FOUND THEN
        RETURN 'not_a_conflict';
    END IF;
    PERFORM pg_notify('borderlog_changed', '');
    RETURN 'ok';
END
$fn$;

-- The national entries on the site's incidents after p_after, in order, p_limit at most (5000 at most); the
-- caller checked as push_entries checks it. One row with status 'unknown_site' or 'not_yours' when it may not.
CREATE FUNCTION borderlog.pull_entries(p_site text, p_after bigint, p_limit integer)
    RETURNS TABLE (status text, seq bigint, at text, "user" text, action text, incident_id text, before text,
                   after text, reason text, previous_hash text, hash text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    may text := borderlog.caller_may_push(p_site);
BEGIN
    IF may IS NOT NULL THEN
        RETURN QUERY SELECT may, 0::bigint, ''::text, ''::text, ''::text, ''::text, ''::text, ''::text, ''::text,
                            ''::text, ''::text;
        RETURN;
    END IF;
    RETURN QUERY SELECT 'ok'::text, se.seq, se.at, se."user", se.action, se.incident_id, se.before, se.after,
                        se.reason, se.previous_hash, se.hash
        FROM borderlog.server_entry se WHERE se.site = p_site AND se.seq > p_after
        ORDER BY se.seq LIMIT least(greatest(p_limit, 1), 5000);
END
$fn$;

-- The site did not take national entry p_seq (an incident it does not hold, a day it signed off, values its rules
-- refuse: p_detail says which): parked as 'not_taken' for headquarters, once. The incident's taken_seq stays, so a
-- later change of the site's to it is a conflict. Answers 'ok', 'unknown_entry', 'unknown_site' or 'not_yours'.
CREATE FUNCTION borderlog.decline_national(p_site text, p_seq bigint, p_detail text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET lock_timeout = '30s' AS $fn$
DECLARE
    may text := borderlog.caller_may_push(p_site);
    declined borderlog.server_entry%ROWTYPE;
BEGIN
    IF may IS NOT NULL THEN
        RETURN may;
    END IF;
    SELECT * INTO declined FROM borderlog.server_entry se WHERE se.seq = p_seq AND se.site = p_site;
    IF NOT FOUND THEN
        -- The site was handed an entry this register never wrote.
        INSERT INTO borderlog.alarm (site, kind, seq) VALUES (p_site, 'national', p_seq);
        RETURN 'unknown_entry';
    END IF;
    IF (SELECT i.taken_seq FROM borderlog.incident i WHERE i.id = declined.incident_id::uuid) >= p_seq THEN
        RETURN 'ok'; -- taken already (by a sync of the site's at the same time): nothing to park
    END IF;
    INSERT INTO borderlog.parked_change (site, seq, incident_id, reason, snapshot, detail, national)
        VALUES (p_site, p_seq, declined.incident_id, 'not_taken', declined.after, left(coalesce(p_detail, ''), 2000),
                declined.after)
    ON CONFLICT (site, seq) WHERE reason = 'not_taken' DO NOTHING;
    PERFORM pg_notify('borderlog_changed', p_site);
    RETURN 'ok';
END
$fn$;

DO $revoke$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid FROM pg_proc p WHERE p.pronamespace = 'borderlog'::regnamespace LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$revoke$;
GRANT EXECUTE ON FUNCTION borderlog.pull_entries(text, bigint, integer) TO borderlog_site;
GRANT EXECUTE ON FUNCTION borderlog.decline_national(text, bigint, text) TO borderlog_site;
GRANT USAGE ON SCHEMA borderlog TO borderlog_headquarters;
GRANT SELECT ON ALL TABLES IN SCHEMA borderlog TO borderlog_analyst, borderlog_headquarters;
GRANT EXECUTE ON FUNCTION borderlog.headquarters_change(integer, json, bigint) TO borderlog_headquarters;
GRANT EXECUTE ON FUNCTION borderlog.keep_national(bigint, text) TO borderlog_headquarters;
)sql",
};

} // namespace

int latestVersion()
{
    return int(kMigrations.size());
}

int version(PgConnection &connection)
{
    const PgResult exists = connection.execute("SELECT to_regclass('borderlog.register') IS NOT NULL");
    if (!exists.boolean(0, 0)) {
        return 0;
    }
    return int(connection.execute("SELECT schema_version FROM borderlog.register").integer(0, 0));
}

void migrate(PgConnection &connection, int targetVersion)
{
    const int target = targetVersion < 0 ? latestVersion() : targetVersion;
    for (;;) {
        PgTransaction transaction(connection);
        // One program migrates at a time; the lock goes with the transaction. Its key is the schema's
        // name as a number ('bord' 'erlo').
        connection.execute("SELECT pg_advisory_xact_lock(1651470948, 1701998703)");
        // The migrations name every object with its schema; nothing of the administrator's own path is used.
        connection.execute("SET LOCAL search_path = pg_catalog, pg_temp");
        const int current = version(connection);
        if (current >= target) {
            return;
        }
        connection.executeScript(kMigrations.at(size_t(current)));
        connection.execute("UPDATE borderlog.register SET schema_version = $1::integer",
                           PgParameters().add(qint64(current) + 1));
        transaction.commit();
    }
}

} // namespace borderlog::postgres::ServerSchema
