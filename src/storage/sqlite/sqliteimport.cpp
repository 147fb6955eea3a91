// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteimport.h"

#include "auditpayload.h"
#include "importdigest.h"
#include "incidentrules.h"
#include "incidenttext.h"
#include "locationnames.h"
#include "readaheadsource.h"
#include "sqliteaudittrail.h"
#include "sqliteincidenttable.h"
#include "sqlitepragmas.h"
#include "sqlitestatement.h"
#include "sqlitestorecontext.h"
#include "tallydelta.h"

#include <QSet>

#include <algorithm>

namespace borderlog::sqlite {

namespace {

constexpr size_t kTallyRowsPerFlush = 1000000;
// An import tells how far it has come once per this many incidents (about fifty times a second).
constexpr qint64 kIncidentsPerProgress = 1024;

// A large import into a table it outgrows builds the incident table's secondary indexes once at its end
// (CREATE INDEX sorts) instead of inserting every row into them in random order (an eighth of a
// million-row import's time, measured). Dropped and created inside the import's transaction: a failed
// import rolls back to the indexes as they were, and other connections never see the table without
// them. The unique incident_id index stays throughout (it finds repeated ids). Index definitions are
// read from the schema, so a later migration's indexes are kept as they are.
class DeferredIndexes
{
public:
    // Rows added after which the indexes are rebuilt rather than kept up to date: at least as many as
    // the table held before, so the rebuild sorts at most twice what the import inserts.
    static constexpr qint64 kMinimumRows = 50000;

    DeferredIndexes(SqliteDatabase &db, qint64 rowsBefore)
        : m_db(db)
        , m_threshold(std::max(kMinimumRows, rowsBefore))
    {}

    // Called as rows are added; drops the indexes once the import has grown past the threshold.
    void rowsAdded(qint64 added)
    {
        if (m_dropped || added < m_threshold) {
            return;
        }
        SqliteStatement indexes(m_db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                                      "tbl_name = 'incident' AND sql IS NOT NULL ORDER BY name");
        while (indexes.step()) {
            m_definitions << qMakePair(indexes.text(0), indexes.text(1));
        }
        for (const auto &definition : std::as_const(m_definitions)) {
            m_db.execute(QStringLiteral("DROP INDEX \"%1\"").arg(definition.first).toUtf8().constData());
        }
        m_dropped = true;
    }

    // Before the commit.
    void rebuild()
    {
        for (const auto &definition : std::as_const(m_definitions)) {
            m_db.execute(definition.second.toUtf8().constData());
        }
        m_definitions.clear();
        m_dropped = false;
    }

private:
    SqliteDatabase &m_db;
    qint64 m_threshold;
    bool m_dropped = false;
    QList<QPair<QString, QString>> m_definitions; // name, CREATE INDEX statement
};

// Whether a skipped incident of an import is the one stored: the record's values, whoever recorded it and
// when (a file without recorded_at gets the import's time).
bool sameRecord(const Incident &stored, const Incident &read)
{
    // Nationality lines are stored in code order; a file may list them in any.
    auto lines = [](QList<NationalityCount> nationalities) {
        std::sort(nationalities.begin(), nationalities.end(),
                  [](const auto &a, const auto &b) { return a.nationality < b.nationality; });
        return nationalities;
    };
    // A file of the layout before schema 8 has no details: it agrees with any the register has recorded since.
    IncidentDetails readDetails = read.details;
    if (readDetails.force == ForceType::Unspecified) {
        readDetails.force = ForceType::None; // all a v1 file's force_used says; compared below
    }
    const bool details = read.details == stored.details || readDetails.isDefault();
    auto withoutBreakdown = [](QList<NationalityCount> nationalities) {
        for (auto &line : nationalities) {
            line = NationalityCount{line.nationality, line.persons};
        }
        return nationalities;
    };
    const bool groups = lines(stored.nationalities) == lines(read.nationalities)
                        || (std::none_of(read.nationalities.cbegin(), read.nationalities.cend(),
                                         [](const auto &line) { return line.hasBreakdown(); })
                            && withoutBreakdown(lines(stored.nationalities)) == lines(read.nationalities));
    return stored.date == read.date && stored.time == read.time
           && LocationNames::key(stored.location) == LocationNames::key(read.location) && groups
           && stored.outcome == read.outcome && stored.forceUsed() == read.forceUsed() && details
           && stored.notes == read.notes;
}

// The signed days, read inside the import's transaction: a sign-off cannot slip in meanwhile.
QSet<QDate> signedDays(SqliteDatabase &db)
{
    QSet<QDate> days;
    SqliteStatement select(db, "SELECT date FROM signed_day");
    while (select.step()) {
        days.insert(QDate::fromString(select.text(0), Qt::ISODate));
    }
    return days;
}

} // namespace

std::optional<Failure> SqliteImport::refusal(const Incident &incident, const QSet<QDate> &locked, const QString &where)
{
    if (locked.contains(incident.date)) {
        return Failure::refused(
            tr("%1: date: %2; nothing was imported").arg(where, IncidentRules::signedDayRule(incident.date)));
    }
    return std::nullopt;
}

std::optional<Failure> SqliteImport::danglingRelation(qint64 lastRowBefore)
{
    // After every row is in: an incident may name one that comes later in the file (an export is in date order,
    // and an amendment may relate an incident to a later one).
    SqliteStatement dangling(m_context.db, "SELECT uuid, related_to FROM incident WHERE id > ?1 AND related_to <> '' "
                                           "AND related_to NOT IN (SELECT uuid FROM incident) LIMIT 1");
    dangling.bind(1, lastRowBefore);
    if (!dangling.step()) {
        return std::nullopt;
    }
    return Failure::invalid(
        tr("incident %1: related_to: %2; an incident names only incidents of the register or "
           "of the file. Nothing was imported.")
            .arg(dangling.text(0), IncidentRules::unknownRelatedRule(QUuid::fromString(dangling.text(1)))));
}

Result<ImportSummary> SqliteImport::run(IncidentSource &input, const ChangeStamp &stamp, const ImportProgress &progress)
{
    // A large import inserts into the indexes in random order (incident_id is random); with the index pages
    // in memory that costs no disk reads.
    const ScopedPragma largeCache = ScopedPragma::largePageCache(m_context.db);
    const qint64 lastRowBefore = m_context.db.queryInt("SELECT coalesce(max(id), 0) FROM incident");
    DeferredIndexes indexes(m_context.db, lastRowBefore); // incidents are never deleted: max(id) is their count
    const qint64 sequence = m_context.trail.nextSequence();
    const QSet<QDate> locked = signedDays(m_context.db);
    ImportDigest digest; // over the added incidents' values, in the order they were inserted
    ImportSummary summary;
    TallyDelta delta;
    Incident incident;
    // The file is read, checked and digested on a second core while this thread writes.
    ReadAheadSource source(input, [](const Incident &read) { return ImportDigest::pieceOf(read); });
    qint64 read = 0;
    while (source.next(incident)) {
        if (progress && ++read % kIncidentsPerProgress == 0 && !progress(source.progress())) {
            return Failure::refused(tr("the import was cancelled; nothing was written"));
        }
        if (source.failed()) {
            continue; // keep reading, so that every problem of the file is reported
        }
        if (auto refused = refusal(incident, locked, source.where())) {
            return *refused;
        }
        if (m_table.insert(incident, delta, sequence)) {
            ++summary.added;
            indexes.rowsAdded(summary.added);
            digest.add(source.prepared());
            if (delta.size() > kTallyRowsPerFlush) {
                delta.flush(m_context.db); // bounded memory on imports of any size
            }
            continue;
        }
        const auto existing = m_table.rowIdOf(incident.id, IncidentTable::Removed::Included);
        if (existing && *existing > lastRowBefore) {
            return Failure::invalid(tr("%1: incident_id: %2 appears again after other incidents; the rows of one "
                                       "incident must follow each other. Nothing was imported.")
                                        .arg(source.where(), incident.idText()));
        }
        ++summary.skipped;
        if (existing && !sameRecord(*m_table.read(*existing), incident) && ++summary.conflicts <= 5) {
            summary.firstConflicts << incident.idText();
        }
    }
    if (source.failed()) {
        return Failure::invalid(source.problems().join(u'\n'));
    }
    if (auto dangling = danglingRelation(lastRowBefore)) {
        return *dangling;
    }
    delta.flush(m_context.db);
    indexes.rebuild();
    if (summary.added > 0) {
        m_context.trail.append(AuditPayload::imported(stamp, summary.added, summary.skipped, digest.finish()));
    }
    return summary;
}

} // namespace borderlog::sqlite
