#pragma once

#include "incidentrepository.h"

#include <QObject>

class QTimer;

#include <functional>
#include <memory>

namespace borderlog {

// The register's use cases: record, amend, remove and import incidents, read pages and tallies.
// Every write is validated here, whoever asks (form, command line, import), then handed to the
// repository as one transaction, logged, and announced with incidentsChanged().
class IncidentLog : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentLog)

public:
    explicit IncidentLog(std::unique_ptr<IncidentRepository> repository, QObject *parent = nullptr);
    ~IncidentLog() override;

    // Switches to another database (File > Open); views reload on databaseReplaced().
    void replaceRepository(std::unique_ptr<IncidentRepository> repository);
    QString databaseLocation() const;

    // Who is recorded when a draft does not say (the operating system's user name by default).
    void setRecorder(const QString &name) { m_recorder = name; }
    QString recorder() const { return m_recorder; }
    // The clock used for recorded_at and "today"; tests pin it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDate today() const;

    Result<Incident> recordIncident(Incident draft);
    Result<Incident> amendIncident(const Incident &incident);
    Result<void> removeIncident(const QUuid &id);
    // Imports every incident of the source, all or nothing; incidents already present are skipped.
    Result<ImportSummary> importIncidents(IncidentSource &source);
    Result<ImportSummary> importIncidents(const QList<Incident> &incidents);

    Result<std::optional<Incident>> findIncident(const QUuid &id) const;
    Result<QList<Incident>> incidentPage(const IncidentPageRequest &request) const;
    Result<qint64> countIncidents(const IncidentFilter &filter) const;
    Result<qint64> forEachIncident(const IncidentFilter &filter,
                                   const std::function<bool(const Incident &)> &visit) const;
    Result<QList<std::pair<QDate, qint64>>> dailyCounts(const IncidentFilter &filter) const;
    // A continuous tally: with no dates in the filter, periods run from the first to the last incident.
    Result<Tally> tally(const IncidentFilter &filter, TallyGrouping grouping) const;
    Result<std::pair<QDate, QDate>> dateSpan() const;

    Result<QStringList> locations() const;
    Result<void> addLocation(const QString &name);

    Result<DatabaseHealth> checkHealth() const;
    // A checked copy of the database at `target`.
    Result<void> backUp(const QString &target);

    static QString operatingSystemUser();

    // Looks every `intervalMs` for changes other programs (borderlog-cli, a second desktop app) wrote to
    // the database, and announces them like the register's own.
    void watchExternalChanges(int intervalMs);

public slots:
    // Announces changes written by other programs since the last look; returns whether there were any.
    bool checkForExternalChanges();

signals:
    void incidentsChanged();
    void locationsChanged();
    void databaseReplaced();

private:
    Incident completed(Incident incident) const;

    std::unique_ptr<IncidentRepository> m_repository;
    QString m_recorder;
    std::function<QDateTime()> m_clock;
    qint64 m_externalChanges = -1;
    QTimer *m_watch = nullptr;
};

} // namespace borderlog
