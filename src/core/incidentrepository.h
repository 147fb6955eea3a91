#pragma once

#include "incident.h"
#include "incidentfilter.h"
#include "incidentsource.h"
#include "result.h"
#include "tally.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace borderlog {

// One page of a list in date, time, incident_id order: read `limit` incidents after `after` (the last
// incident of the previous page).
struct IncidentPageRequest
{
    IncidentFilter filter;
    bool descending = false;
    std::optional<Incident> after;
    // Instead of `after`: start with the incident at position `skipInDay` (0-based, in this order) of
    // `day`. With dailyCounts() it gives random access by row number.
    std::optional<QDate> day;
    int skipInDay = 0;
    int limit = 500;
};

struct ImportSummary
{
    qint64 added = 0;
    qint64 skipped = 0; // already in the database (same incident_id)
};

struct DatabaseHealth
{
    bool ok = false;
    int schemaVersion = 0;
    qint64 incidents = 0;
    QStringList problems; // what the integrity check reported
};

// Where incidents are kept. All SQL lives behind this interface; the SQLite implementation is the
// embedded default, a server implementation can slot in beside it.
// Every method is one transaction: it happens whole or not at all.
class IncidentRepository
{
public:
    virtual ~IncidentRepository() = default;

    // The database's location as shown to a person (a file path).
    virtual QString location() const = 0;

    virtual Result<void> add(const Incident &incident) = 0;
    virtual Result<void> update(const Incident &incident) = 0;
    virtual Result<void> remove(const QUuid &id) = 0;
    virtual Result<std::optional<Incident>> find(const QUuid &id) = 0;

    // Adds every incident of the source whose id is not in the database yet, in one transaction. When the
    // source reports problems (by the time it ends), nothing is written and the result is a failure.
    virtual Result<ImportSummary> import(IncidentSource &source) = 0;

    virtual Result<QList<Incident>> page(const IncidentPageRequest &request) = 0;
    virtual Result<qint64> count(const IncidentFilter &filter) = 0;
    // Hands every incident the filter selects to `visit`, in date, time, incident_id order, from one
    // consistent snapshot of the database; stops early when `visit` returns false. Returns how many
    // incidents were visited. For exports of any size.
    virtual Result<qint64> forEachIncident(const IncidentFilter &filter,
                                           const std::function<bool(const Incident &)> &visit) = 0;

    // Counted rows of a tally; periods without incidents are left out (Tally fills them in).
    virtual Result<QList<TallyRow>> tally(const IncidentFilter &filter, TallyGrouping grouping) = 0;
    // How many incidents the filter selects on each day that has any, in date order.
    virtual Result<QList<std::pair<QDate, qint64>>> dailyCounts(const IncidentFilter &filter) = 0;
    // The first and last date with an incident (null dates when empty).
    virtual Result<std::pair<QDate, QDate>> dateSpan() = 0;

    virtual Result<QStringList> locations() = 0;
    virtual Result<void> addLocation(const QString &name) = 0;

    virtual Result<DatabaseHealth> checkHealth() = 0;

    // A number that changes whenever another connection or program has committed a change since the
    // last call (SQLite's PRAGMA data_version); the register's own writes do not change it.
    virtual Result<qint64> externalChangeCounter() = 0;

    // Writes a consistent, checked copy of the whole database to `target` while it stays in use.
    virtual Result<void> backUp(const QString &target) = 0;
};

} // namespace borderlog
