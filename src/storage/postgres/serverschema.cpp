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
