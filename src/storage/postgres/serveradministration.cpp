// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveradministration.h"

#include "pgconnection.h"
#include "pgerror.h"
#include "pgfailure.h"
#include "pgtransaction.h"
#include "registerserver.h"
#include "serveraddress.h"
#include "serverschema.h"
#include "textlength.h"

namespace borderlog::postgres {

namespace {

// The oldest server the schema runs on: SQL-standard function bodies (RETURN) came with PostgreSQL 14.
constexpr int kOldestServer = 140000;

// Every entry whose hash is not its content's, whose previous hash is not the entry before's, or whose
// number leaves a gap; then every site whose head is not its last entry.
constexpr auto kChainProblems = R"sql(
WITH e AS (
    SELECT site, seq, hash, previous_hash,
           borderlog.entry_hash(seq, at, "user", action, incident_id, before, after, reason, previous_hash) AS computed,
           lag(hash, 1, repeat('0', 64)) OVER w AS chained, row_number() OVER w AS n
    FROM borderlog.site_entry WINDOW w AS (PARTITION BY site ORDER BY seq))
SELECT site, seq, CASE WHEN n <> seq THEN 'gap' WHEN computed <> hash THEN 'hash' ELSE 'chain' END
FROM e WHERE n <> seq OR computed <> hash OR previous_hash <> chained
UNION ALL
SELECT s.code, s.head_seq, 'head' FROM borderlog.site s
    LEFT JOIN LATERAL (SELECT seq, hash FROM borderlog.site_entry WHERE site = s.code ORDER BY seq DESC LIMIT 1) l
    ON true
WHERE s.head_seq <> coalesce(l.seq, 0) OR s.head_hash <> coalesce(l.hash, repeat('0', 64))
ORDER BY 1, 2 LIMIT $1
)sql";

// The same for the national register's own chain (headquarters' changes, schema 3), and its head.
constexpr auto kNationalChainProblems = R"sql(
WITH e AS (
    SELECT seq, hash, previous_hash,
           borderlog.entry_hash(seq, at, "user", action, incident_id, before, after, reason, previous_hash) AS computed,
           lag(hash, 1, repeat('0', 64)) OVER w AS chained, row_number() OVER w AS n
    FROM borderlog.server_entry WINDOW w AS (ORDER BY seq))
SELECT seq, CASE WHEN n <> seq THEN 'gap' WHEN computed <> hash THEN 'hash' ELSE 'chain' END
FROM e WHERE n <> seq OR computed <> hash OR previous_hash <> chained
UNION ALL
SELECT h.seq, 'head' FROM borderlog.server_head h
    LEFT JOIN LATERAL (SELECT seq, hash FROM borderlog.server_entry ORDER BY seq DESC LIMIT 1) l ON true
WHERE h.seq <> coalesce(l.seq, 0) OR h.hash <> coalesce(l.hash, repeat('0', 64))
ORDER BY 1 LIMIT $1
)sql";

// Every row of the day and month tallies that is not a recount of the national incidents (or is missing),
// then every nationality line without its incident.
constexpr auto kTallyProblems = R"sql(
WITH counted AS (
    SELECT day, station, location, nationality, outcome, sum(incidents) AS incidents, sum(persons) AS persons,
           sum(men) AS men, sum(women) AS women, sum(children) AS children, sum(unaccompanied) AS unaccompanied
    FROM borderlog.incident_tally_row GROUP BY 1, 2, 3, 4, 5),
by_month AS (
    SELECT date_trunc('month', day)::date AS month, station, location, nationality, outcome,
           sum(incidents) AS incidents, sum(persons) AS persons, sum(men) AS men, sum(women) AS women,
           sum(children) AS children, sum(unaccompanied) AS unaccompanied
    FROM counted GROUP BY 1, 2, 3, 4, 5)
SELECT * FROM (
    SELECT 'day' AS kind, concat_ws(' / ', day, station, location, nullif(nationality, ''), outcome) AS row
    FROM counted c FULL JOIN borderlog.day_tally t USING (day, station, location, nationality, outcome)
    WHERE (c.incidents, c.persons, c.men, c.women, c.children, c.unaccompanied)
          IS DISTINCT FROM (t.incidents, t.persons, t.men, t.women, t.children, t.unaccompanied)
    UNION ALL
    SELECT 'month', concat_ws(' / ', to_char(month, 'YYYY-MM'), station, location, nullif(nationality, ''), outcome)
    FROM by_month c FULL JOIN borderlog.month_tally t USING (month, station, location, nationality, outcome)
    WHERE (c.incidents, c.persons, c.men, c.women, c.children, c.unaccompanied)
          IS DISTINCT FROM (t.incidents, t.persons, t.men, t.women, t.children, t.unaccompanied)
    UNION ALL
    SELECT 'line', l.incident::text || ' / ' || l.nationality FROM borderlog.incident_line l
    WHERE NOT EXISTS (SELECT 1 FROM borderlog.incident i WHERE i.id = l.incident)
    UNION ALL
    SELECT 'applied', s.code FROM borderlog.site s
    WHERE s.applied_seq < s.head_seq) problems
ORDER BY 1, 2 LIMIT $1
)sql";

// A time the query gave as milliseconds since the epoch; null when the column is NULL.
QDateTime utcTime(const PgResult &rows, int row, int column)
{
    return rows.isNull(row, column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(rows.integer(row, column), Qt::UTC);
}

} // namespace

Result<std::unique_ptr<ServerAdministration>> ServerAdministration::connect(const ServerAddress &address)
{
    try {
        auto connection = std::make_unique<PgConnection>(address.connectionString());
        if (connection->serverVersion() < kOldestServer) {
            return Failure::refused(
                tr("%1 runs PostgreSQL %2; the national register needs PostgreSQL 14 or later.")
                    .arg(connection->displayName(), QString::number(connection->serverVersion() / 10000)));
        }
        return std::unique_ptr<ServerAdministration>(new ServerAdministration(std::move(connection)));
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Connecting to the server"), QString::fromUtf8(address.connectionString()));
    }
}

ServerAdministration::ServerAdministration(std::unique_ptr<PgConnection> connection)
    : m_connection(std::move(connection))
{}

ServerAdministration::~ServerAdministration() = default;

ServerStatus ServerAdministration::status()
{
    ServerStatus status;
    status.schemaVersion = ServerSchema::version(*m_connection);
    if (status.schemaVersion > 0) {
        status.registerId = m_connection->execute("SELECT id FROM borderlog.register").text(0, 0);
    }
    status.engine = QStringLiteral("PostgreSQL %1")
                        .arg(m_connection->execute("SELECT current_setting('server_version')").text(0, 0));
    status.server = m_connection->displayName();
    return status;
}

Failure ServerAdministration::notRegister() const
{
    return Failure::refused(tr("%1 holds no national register: set it up with 'borderlog-cli server init'.")
                                .arg(m_connection->displayName()));
}

Result<ServerStatus> ServerAdministration::init()
{
    try {
        if (const int version = ServerSchema::version(*m_connection); version > 0) {
            return Failure::refused(tr("%1 holds a national register already (schema %2); 'borderlog-cli server "
                                       "upgrade' brings an older one up to date.")
                                        .arg(m_connection->displayName(), QString::number(version)));
        }
        if (m_connection->execute("SELECT current_setting('server_encoding')").text(0, 0) != u"UTF8") {
            return Failure::refused(tr("The database's encoding must be UTF8 (createdb -E UTF8), so that every "
                                       "name and entry is kept byte for byte."));
        }
        ServerSchema::migrate(*m_connection);
        return status();
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Setting up the national register"), m_connection->displayName());
    }
}

Result<ServerStatus> ServerAdministration::upgrade()
{
    try {
        const int version = ServerSchema::version(*m_connection);
        if (version == 0) {
            return notRegister();
        }
        if (version > ServerSchema::latestVersion()) {
            return Failure::refused(tr("The national register has schema %1, newer than this program's %2: "
                                       "install the newer program.")
                                        .arg(version)
                                        .arg(ServerSchema::latestVersion()));
        }
        ServerSchema::migrate(*m_connection);
        return status();
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Upgrading the national register"), m_connection->displayName());
    }
}

QStringList ServerAdministration::chainProblems()
{
    const PgResult rows = m_connection->execute(kChainProblems, PgParameters().add(qint64(kMaxProblems)));
    QStringList problems;
    for (int i = 0; i < rows.rows(); ++i) {
        const QString site = rows.text(i, 0);
        const qint64 seq = rows.integer(i, 1);
        const QByteArray kind = rows.bytes(i, 2);
        if (kind == "gap") {
            problems << tr("site %1: entry %2 is missing").arg(site).arg(seq);
        } else if (kind == "hash") {
            problems << tr("site %1: entry %2 does not match its hash (changed on the server)").arg(site).arg(seq);
        } else if (kind == "chain") {
            problems << tr("site %1: entry %2 does not follow the entry before it").arg(site).arg(seq);
        } else {
            problems << tr("site %1: its head (entry %2) is not its last entry").arg(site).arg(seq);
        }
    }
    return problems;
}

QStringList ServerAdministration::nationalChainProblems()
{
    const PgResult rows = m_connection->execute(kNationalChainProblems, PgParameters().add(qint64(kMaxProblems)));
    QStringList problems;
    for (int i = 0; i < rows.rows(); ++i) {
        const qint64 seq = rows.integer(i, 0);
        const QByteArray kind = rows.bytes(i, 1);
        if (kind == "gap") {
            problems << tr("headquarters' chain: entry %1 is missing").arg(seq);
        } else if (kind == "hash") {
            problems << tr("headquarters' chain: entry %1 does not match its hash (changed on the server)").arg(seq);
        } else if (kind == "chain") {
            problems << tr("headquarters' chain: entry %1 does not follow the entry before it").arg(seq);
        } else {
            problems << tr("headquarters' chain: its head (entry %1) is not its last entry").arg(seq);
        }
    }
    return problems;
}

QStringList ServerAdministration::tallyProblems()
{
    QStringList problems;
    const PgResult rows = m_connection->execute(kTallyProblems, PgParameters().add(qint64(kMaxProblems)));
    for (int i = 0; i < rows.rows(); ++i) {
        const QByteArray kind = rows.bytes(i, 0);
        const QString row = rows.text(i, 1);
        if (kind == "day") {
            problems << tr("day tally %1 is not a recount of the national incidents").arg(row);
        } else if (kind == "month") {
            problems << tr("month tally %1 is not a recount of the national incidents").arg(row);
        } else if (kind == "line") {
            problems << tr("nationality line %1 belongs to no incident").arg(row);
        } else {
            problems << tr("site %1: entries it holds are not applied yet (the site's next sync offers them again)")
                            .arg(row);
        }
    }
    return problems;
}

Result<ServerCheck> ServerAdministration::check()
{
    try {
        // One snapshot for every count and the chains.
        PgTransaction snapshot(*m_connection, PgTransaction::Kind::Snapshot);
        ServerCheck check;
        check.status = status();
        if (check.status.schemaVersion == 0) {
            return notRegister();
        }
        const PgResult counts = m_connection->execute(
            "SELECT (SELECT count(*) FROM borderlog.site), (SELECT count(*) FROM borderlog.site_entry), "
            "(SELECT count(*) FROM borderlog.alarm), (SELECT count(*) FROM borderlog.incident), "
            "(SELECT count(*) FROM borderlog.parked_change)");
        check.sites = counts.integer(0, 0);
        check.entries = counts.integer(0, 1);
        check.alarms = counts.integer(0, 2);
        check.incidents = counts.integer(0, 3);
        check.parked = counts.integer(0, 4);
        check.problems = chainProblems();
        if (check.status.schemaVersion >= 3) {
            check.problems << nationalChainProblems();
            const PgResult national = m_connection->execute(
                "SELECT (SELECT count(*) FROM borderlog.server_entry), (SELECT count(*) FROM borderlog.parked_change "
                "WHERE reason = 'conflict' AND settled_as IS NULL)");
            check.nationalEntries = national.integer(0, 0);
            check.conflicts = national.integer(0, 1);
        }
        if (check.problems.size() < kMaxProblems) {
            check.problems << tallyProblems().mid(0, kMaxProblems - check.problems.size());
        }
        snapshot.commit();
        return check;
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Checking the national register"), m_connection->displayName());
    }
}

std::optional<FieldError> ServerAdministration::loginProblem(const QString &login)
{
    // A site's login may push that site's entries and nothing else: an ordinary login role, no one else's.
    const PgResult role = m_connection->execute(
        "SELECT r.rolcanlogin, r.rolsuper OR r.rolname = current_user, "
        "EXISTS (SELECT 1 FROM borderlog.site s WHERE s.login = r.rolname), "
        "pg_has_role(r.rolname, 'borderlog_analyst', 'MEMBER') FROM pg_roles r WHERE r.rolname = $1",
        PgParameters().add(login));
    if (role.rows() == 0) {
        return FieldError{tr("login"), tr("must be a database role made before (createuser %1)").arg(login)};
    }
    if (!role.boolean(0, 0) || role.boolean(0, 1) || role.boolean(0, 3)) {
        return FieldError{tr("login"), tr("must be a login role of its own for the site: not a superuser, not the "
                                          "register's owner, not an analyst, and able to log in")};
    }
    if (role.boolean(0, 2)) {
        return FieldError{tr("login"), tr("is another site's login already; each site has one of its own")};
    }
    return std::nullopt;
}

Result<void> ServerAdministration::addSite(const QString &code, const QString &station, const QString &login)
{
    QList<FieldError> wrong;
    if (auto error = SiteCode::check(code)) {
        wrong << *error;
    }
    const QString place = station.trimmed();
    if (place.isEmpty() || characterCount(place) > 100) {
        wrong << FieldError{tr("station"), tr("must be the frontier station's name, 1 to 100 characters")};
    }
    if (!wrong.isEmpty()) {
        return Failure::invalid(wrong);
    }
    try {
        if (ServerSchema::version(*m_connection) == 0) {
            return notRegister();
        }
        PgTransaction transaction(*m_connection);
        if (!login.isEmpty()) {
            const PgParameters role = PgParameters().add(login);
            if (auto wrong = loginProblem(login)) {
                return Failure::invalid({*wrong});
            }
            // The role's name goes into the statement as an identifier, quoted by the server itself.
            const QByteArray grant =
                m_connection->execute("SELECT format('GRANT borderlog_site TO %I', $1::text)", role).bytes(0, 0);
            m_connection->execute(grant.constData());
        }
        PgParameters values = PgParameters().add(code).add(place);
        if (login.isEmpty()) {
            values.addNull();
        } else {
            values.add(login);
        }
        const PgResult added = m_connection->execute(
            "INSERT INTO borderlog.site (code, station, login) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", values);
        if (added.affectedRows() == 0) {
            return Failure::refused(tr("The national register has a site %1 already.").arg(code));
        }
        transaction.commit();
        return {};
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Adding the site"), m_connection->displayName());
    }
}

Result<QList<SiteState>> ServerAdministration::sites()
{
    try {
        if (ServerSchema::version(*m_connection) == 0) {
            return notRegister();
        }
        const PgResult rows = m_connection->execute(
            "SELECT s.code, s.station, coalesce(s.login, ''), s.head_seq, s.head_hash, "
            "(extract(epoch FROM s.synced_at) * 1000)::bigint, "
            "(SELECT count(*) FROM borderlog.alarm a WHERE a.site = s.code) FROM borderlog.site s ORDER BY s.code");
        QList<SiteState> sites;
        for (int i = 0; i < rows.rows(); ++i) {
            SiteState site{rows.text(i, 0),
                           rows.text(i, 1),
                           rows.text(i, 2),
                           AuditHead{rows.integer(i, 3), rows.bytes(i, 4)},
                           {},
                           rows.integer(i, 6)};
            site.syncedAt = utcTime(rows, i, 5);
            sites << site;
        }
        return sites;
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Reading the sites"), m_connection->displayName());
    }
}

Result<QList<ServerAlarm>> ServerAdministration::alarms()
{
    try {
        if (ServerSchema::version(*m_connection) == 0) {
            return notRegister();
        }
        const PgResult rows = m_connection->execute("SELECT id, site, kind, seq, stored_hash, offered_hash, "
                                                    "(extract(epoch FROM raised_at) * 1000)::bigint, raised_by "
                                                    "FROM borderlog.alarm ORDER BY id");
        QList<ServerAlarm> alarms;
        for (int i = 0; i < rows.rows(); ++i) {
            alarms << ServerAlarm{rows.integer(i, 0), rows.text(i, 1),  rows.text(i, 2),     rows.integer(i, 3),
                                  rows.bytes(i, 4),   rows.bytes(i, 5), utcTime(rows, i, 6), rows.text(i, 7)};
        }
        return alarms;
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Reading the alarms"), m_connection->displayName());
    }
}

} // namespace borderlog::postgres
