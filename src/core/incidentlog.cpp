#include "incidentlog.h"

#include "incidentrules.h"

#include <QCoreApplication>
#include <QTimer>

#include <pwd.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

namespace borderlog {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

} // namespace

IncidentLog::IncidentLog(std::unique_ptr<IncidentRepository> repository, QObject *parent)
    : QObject(parent)
    , m_repository(std::move(repository))
    , m_recorder(operatingSystemUser())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

IncidentLog::~IncidentLog() = default;

void IncidentLog::watchExternalChanges(int intervalMs)
{
    if (!m_watch) {
        m_watch = new QTimer(this);
        connect(m_watch, &QTimer::timeout, this, &IncidentLog::checkForExternalChanges);
    }
    checkForExternalChanges();
    m_watch->start(intervalMs);
}

bool IncidentLog::checkForExternalChanges()
{
    const auto counter = m_repository->externalChangeCounter();
    if (!counter) {
        return false;
    }
    const bool changed = m_externalChanges >= 0 && *counter != m_externalChanges;
    m_externalChanges = *counter;
    if (changed) {
        spdlog::info("the database was changed by another program");
        emit incidentsChanged();
        emit locationsChanged();
    }
    return changed;
}

void IncidentLog::replaceRepository(std::unique_ptr<IncidentRepository> repository)
{
    m_repository = std::move(repository);
    m_externalChanges = -1;
    spdlog::info("opened database {}", utf8(m_repository->location()));
    emit databaseReplaced();
    emit locationsChanged();
    emit incidentsChanged();
}

QString IncidentLog::databaseLocation() const
{
    return m_repository->location();
}

QDate IncidentLog::today() const
{
    return m_clock().toLocalTime().date();
}

QString IncidentLog::operatingSystemUser()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) {
        name = qEnvironmentVariable("USERNAME");
    }
    if (name.isEmpty()) {
        if (const passwd *entry = getpwuid(getuid())) {
            name = QString::fromLocal8Bit(entry->pw_name);
        }
    }
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

Incident IncidentLog::completed(Incident incident) const
{
    if (incident.id.isNull()) {
        incident.id = QUuid::createUuid();
    }
    if (incident.recordedBy.trimmed().isEmpty()) {
        incident.recordedBy = m_recorder;
    }
    if (!incident.recordedAt.isValid()) {
        // Whole seconds: what is stored and exported is what is read back.
        const QDateTime now = m_clock().toUTC();
        incident.recordedAt =
            QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()), Qt::UTC);
    }
    return incident;
}

Result<Incident> IncidentLog::recordIncident(Incident draft)
{
    draft.id = QUuid();
    draft.recordedAt = QDateTime();
    const Incident incident = completed(std::move(draft));
    if (auto errors = IncidentRules::check(incident, today()); !errors.isEmpty()) {
        return Failure::invalid(errors);
    }
    if (auto added = m_repository->add(incident); !added) {
        spdlog::error("add incident failed: {}", utf8(added.message()));
        return added.failure();
    }
    spdlog::info("add incident {}", utf8(incident.idText()));
    emit incidentsChanged();
    emit locationsChanged();
    return incident;
}

Result<Incident> IncidentLog::amendIncident(const Incident &incident)
{
    if (incident.id.isNull()) {
        return Failure::invalid(tr("incident_id: an incident must be recorded before it can be amended"));
    }
    if (auto errors = IncidentRules::check(incident, today()); !errors.isEmpty()) {
        return Failure::invalid(errors);
    }
    if (auto updated = m_repository->update(incident); !updated) {
        spdlog::error("update incident {} failed: {}", utf8(incident.idText()), utf8(updated.message()));
        return updated.failure();
    }
    spdlog::info("update incident {}", utf8(incident.idText()));
    emit incidentsChanged();
    emit locationsChanged();
    return incident;
}

Result<void> IncidentLog::removeIncident(const QUuid &id)
{
    if (auto removed = m_repository->remove(id); !removed) {
        spdlog::error("remove incident {} failed: {}", utf8(id.toString(QUuid::WithoutBraces)),
                      utf8(removed.message()));
        return removed;
    }
    spdlog::info("remove incident {}", utf8(id.toString(QUuid::WithoutBraces)));
    emit incidentsChanged();
    return {};
}

namespace {

// Completes each incident of an import (incident_id, recorded_by, recorded_at when missing) and checks it
// against the rules, whatever the source checked already.
class CompletingSource final : public IncidentSource
{
public:
    CompletingSource(IncidentSource &inner, std::function<Incident(Incident)> complete, QDate today)
        : m_inner(inner)
        , m_complete(std::move(complete))
        , m_today(today)
    {}

    bool next(Incident &incident) override
    {
        if (!m_inner.next(incident)) {
            return false;
        }
        incident = m_complete(std::move(incident));
        for (const auto &e : IncidentRules::check(incident, m_today)) {
            m_problems << QStringLiteral("%1: %2: %3").arg(m_inner.where(), e.field, e.rule);
        }
        return true;
    }
    QString where() const override { return m_inner.where(); }
    QStringList problems() const override { return m_inner.problems() + m_problems; }

private:
    IncidentSource &m_inner;
    std::function<Incident(Incident)> m_complete;
    QDate m_today;
    QStringList m_problems;
};

} // namespace

Result<ImportSummary> IncidentLog::importIncidents(IncidentSource &source)
{
    CompletingSource checked(
        source, [this](Incident i) { return completed(std::move(i)); }, today());
    auto summary = m_repository->import(checked);
    if (!summary) {
        spdlog::error("import failed: {}", utf8(summary.message().section(u'\n', 0, 0)));
        return summary;
    }
    spdlog::info("import: {} incidents added, {} skipped", summary->added, summary->skipped);
    if (summary->added > 0) {
        emit incidentsChanged();
        emit locationsChanged();
    }
    return summary;
}

Result<ImportSummary> IncidentLog::importIncidents(const QList<Incident> &incidents)
{
    IncidentListSource source(incidents);
    return importIncidents(source);
}

Result<std::optional<Incident>> IncidentLog::findIncident(const QUuid &id) const
{
    return m_repository->find(id);
}

Result<QList<Incident>> IncidentLog::incidentPage(const IncidentPageRequest &request) const
{
    return m_repository->page(request);
}

Result<qint64> IncidentLog::countIncidents(const IncidentFilter &filter) const
{
    return m_repository->count(filter);
}

Result<qint64> IncidentLog::forEachIncident(const IncidentFilter &filter,
                                            const std::function<bool(const Incident &)> &visit) const
{
    return m_repository->forEachIncident(filter, visit);
}

Result<QList<std::pair<QDate, qint64>>> IncidentLog::dailyCounts(const IncidentFilter &filter) const
{
    return m_repository->dailyCounts(filter);
}

Result<Tally> IncidentLog::tally(const IncidentFilter &filter, TallyGrouping grouping) const
{
    auto counted = m_repository->tally(filter, grouping);
    if (!counted) {
        return counted.failure();
    }
    QDate from = filter.from;
    QDate to = filter.to;
    if (isPeriod(grouping) && (!from.isValid() || !to.isValid())) {
        auto span = m_repository->dateSpan();
        if (!span) {
            return span.failure();
        }
        if (!from.isValid()) {
            from = span->first;
        }
        if (!to.isValid()) {
            to = span->second;
        }
    }
    return Tally(grouping, *counted, from, to);
}

Result<std::pair<QDate, QDate>> IncidentLog::dateSpan() const
{
    return m_repository->dateSpan();
}

Result<QStringList> IncidentLog::locations() const
{
    return m_repository->locations();
}

Result<void> IncidentLog::addLocation(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > IncidentRules::kMaxLocationLength) {
        return Failure::invalid(
            QList<FieldError>{{QString::fromLatin1(IncidentRules::kLocation),
                               tr("must be 1 to %1 characters").arg(IncidentRules::kMaxLocationLength)}});
    }
    auto added = m_repository->addLocation(trimmed);
    if (added) {
        spdlog::info("add location");
        emit locationsChanged();
    }
    return added;
}

Result<DatabaseHealth> IncidentLog::checkHealth() const
{
    return m_repository->checkHealth();
}

Result<void> IncidentLog::backUp(const QString &target)
{
    auto done = m_repository->backUp(target);
    if (done) {
        spdlog::info("backup written to {}", utf8(target));
    } else {
        spdlog::error("backup to {} failed: {}", utf8(target), utf8(done.message()));
    }
    return done;
}

} // namespace borderlog
