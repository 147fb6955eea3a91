#pragma once

#include "auditverifier.h"
#include "incidentrepository.h"

#include <QObject>

class QTimer;

#include <chrono>
#include <functional>
#include <memory>

namespace borderlog {

// The register's use cases: record, amend, remove and import incidents, read pages and tallies, sign off
// days, manage accounts, read and verify the audit trail. Every write is validated and its permission
// checked here (AccessRules), whoever asks (form, command line, import), then handed to the repository as
// one transaction that carries the acting user and writes the audit entry, logged, and announced.
class IncidentLog : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentLog)

public:
    explicit IncidentLog(std::unique_ptr<IncidentRepository> repository, QObject *parent = nullptr);
    ~IncidentLog() override;

    // Switches to another database (File > Open); views reload on databaseReplaced().
    void replaceRepository(std::unique_ptr<IncidentRepository> repository);
    // The same with the database of another register, and whoever logged in there (File > Open asks for the
    // login before the window switches). `opened` is empty afterwards.
    void replaceRepository(IncidentLog &&opened);
    QString databaseLocation() const;

    // Who acts in a database without accounts (the operating system's user name by default).
    void setRecorder(const QString &name) { m_recorder = name; }
    QString recorder() const { return m_recorder; }

    // Accounts. A database without any works without logging in; the first account (an admin) switches it
    // to accounts, and from then on every write needs a logged-in, enabled account.
    Result<bool> usesAccounts() const;
    // Checks the password. The attempt is counted as failed (committed) before the check, and the check
    // waits out the delay of the account's failures in a row since the last one; a right password clears
    // the count, a wrong one is recorded in the trail.
    Result<Actor> logIn(const QString &name, const QString &password);
    void logOut();
    // The acting user: the logged-in account, or the operating system's user without accounts.
    Actor actor() const;
    // How a login waits before its password is checked: called with the time left. Tests make it instant.
    void setLoginDelay(std::function<void(std::chrono::milliseconds wait)> delay) { m_loginDelay = std::move(delay); }
    // How long after the last of `failures` failed logins in a row the next one is checked: 1, 2, 4, …
    // seconds, at most kLongestLoginDelay; none without failures.
    static std::chrono::milliseconds loginDelayFor(int failures);
    // When a login attempt made `now` may check its password, after `failures` in a row, the last checked
    // at `lastFailure`. An attempt due further ahead than kLongestLoginDelay is refused unchecked.
    static QDateTime loginDueTime(int failures, const QDateTime &lastFailure, const QDateTime &now);
    static constexpr std::chrono::milliseconds kLongestLoginDelay{30000};
    Result<void> addAccount(const QString &name, Role role, const QString &password);
    Result<void> setAccountDisabled(const QString &name, bool disabled);
    Result<QList<Account>> accounts() const;
    // The clock used for recorded_at and "today"; tests pin it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDate today() const;

    Result<Incident> recordIncident(Incident draft);
    // A supervisor's change to another person's incident needs a reason; removing always does.
    Result<Incident> amendIncident(const Incident &incident, const QString &reason = {});
    Result<void> removeIncident(const QUuid &id, const QString &reason);
    // Imports every incident of the source, all or nothing; incidents already present are skipped.
    // `progress`, when given, is told how far the import has come and may stop it.
    Result<ImportSummary> importIncidents(IncidentSource &source, const ImportProgress &progress = {});
    Result<ImportSummary> importIncidents(const QList<Incident> &incidents);

    Result<std::optional<Incident>> findIncident(const QUuid &id) const;
    Result<QList<Incident>> incidentPage(const IncidentPageRequest &request) const;
    Result<qint64> countIncidents(const IncidentFilter &filter) const;
    Result<qint64> forEachIncident(const IncidentFilter &filter,
                                   const std::function<bool(const Incident &)> &visit) const;
    Result<qint64> forEachIncidentLine(const IncidentFilter &filter,
                                       const std::function<bool(const IncidentLine &)> &visit) const;
    Result<QList<std::pair<QDate, qint64>>> dailyCounts(const IncidentFilter &filter) const;
    // A continuous tally: with no dates in the filter, periods run from the first to the last incident.
    Result<Tally> tally(const IncidentFilter &filter, TallyGrouping grouping) const;
    Result<std::pair<QDate, QDate>> dateSpan() const;

    Result<QStringList> locations() const;
    Result<void> addLocation(const QString &name);

    // Day sign-off. A signed day's incidents are locked until a supervisor reopens it with a reason.
    Result<std::optional<DaySignOff>> dayStatus(const QDate &date) const;
    Result<DaySignOff> signOffDay(const QDate &date);
    Result<void> reopenDay(const QDate &date, const QString &reason);

    // The audit trail. Listing the whole trail is for supervisors and admins; an incident's own history (a
    // filter on its incident_id) is for everyone who sees the incident; anyone may verify.
    Result<qint64> forEachAuditEntry(const AuditFilter &filter,
                                     const std::function<bool(const AuditEntry &)> &visit) const;
    Result<QList<AuditEntry>> incidentHistory(const QUuid &id) const;
    Result<AuditHead> auditHead() const;
    Result<AuditVerification> verifyAudit(std::optional<AuditHead> pinned = std::nullopt) const;

    Result<DatabaseHealth> checkHealth() const;
    // Rebuilds the aggregates (tallies, charts) from the incidents, audited; for when `audit verify` or
    // `check` found them changed outside the program. Returns how many aggregate rows changed.
    Result<qint64> repairTallies();
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
    void daysChanged();
    void actorChanged();

private:
    Incident completed(Incident incident) const;
    // The acting user, checked again against the database (an account may have been disabled since login).
    Result<Actor> currentActor() const;
    ChangeStamp stamp(const Actor &actor, const QString &reason = {}) const;
    Result<bool> isSigned(const QDate &date) const;
    // The register's spelling of a location (LocationNames); with accounts, an unknown one is refused.
    Result<QString> knownLocation(const Actor &actor, const QString &location) const;
    static QString unknownLocationRule(const QString &location);

    std::unique_ptr<IncidentRepository> m_repository;
    QString m_recorder;
    std::function<QDateTime()> m_clock;
    std::function<void(std::chrono::milliseconds)> m_loginDelay;
    std::optional<Account> m_account; // the logged-in account
    qint64 m_externalChanges = -1;
    QTimer *m_watch = nullptr;
};

} // namespace borderlog
