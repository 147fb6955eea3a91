#include "incidentlog.h"

#include "accessrules.h"
#include "accountname.h"
#include "incidentrules.h"
#include "incidenttext.h"
#include "locationnames.h"
#include "passwordhash.h"
#include "textlength.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimer>

#include <pwd.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <thread>

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
    , m_loginDelay([](std::chrono::milliseconds wait) { std::this_thread::sleep_for(wait); })
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
    m_account.reset();
    spdlog::info("opened database {}", utf8(m_repository->location()));
    emit databaseReplaced();
    emit locationsChanged();
    emit incidentsChanged();
}

void IncidentLog::replaceRepository(IncidentLog &&opened)
{
    const std::optional<Account> account = opened.m_account;
    replaceRepository(std::move(opened.m_repository));
    m_account = account;
    emit actorChanged();
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
        incident.recordedBy = actor().name;
    }
    if (!incident.recordedAt.isValid()) {
        // Whole seconds: what is stored and exported is what is read back.
        const QDateTime now = m_clock().toUTC();
        incident.recordedAt =
            QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()), Qt::UTC);
    }
    return incident;
}

std::chrono::milliseconds IncidentLog::loginDelayFor(int failures)
{
    if (failures <= 0) {
        return std::chrono::milliseconds(0);
    }
    // Slow for guessing, bearable for a mistyped password.
    return std::min<std::chrono::milliseconds>(kLongestLoginDelay,
                                               std::chrono::seconds(1 << std::min(failures - 1, 5)));
}

QDateTime IncidentLog::loginDueTime(int failures, const QDateTime &lastFailure, const QDateTime &now)
{
    if (failures <= 0 || !lastFailure.isValid()) {
        return now;
    }
    // A last failure further ahead than the longest delay was not set by a login against this clock (the
    // clock went back, or the file was edited): waiting for it could shut the account for hours.
    const QDateTime from = now.msecsTo(lastFailure) > kLongestLoginDelay.count() ? now : lastFailure;
    return std::max(now, from.addMSecs(loginDelayFor(failures).count()));
}

Actor IncidentLog::actor() const
{
    if (m_account) {
        return Actor{m_account->name, m_account->role};
    }
    return Actor{m_recorder, std::nullopt};
}

Result<bool> IncidentLog::usesAccounts() const
{
    auto all = m_repository->accounts();
    if (!all) {
        return all.failure();
    }
    return !all->isEmpty();
}

Result<Actor> IncidentLog::currentActor() const
{
    if (!m_account) {
        auto accounts = usesAccounts();
        if (!accounts) {
            return accounts.failure();
        }
        if (*accounts) {
            return Failure::refused(tr("this database uses accounts: log in first"));
        }
        return actor();
    }
    auto stored = m_repository->findAccount(m_account->name);
    if (!stored) {
        return stored.failure();
    }
    if (!*stored || (*stored)->account.disabled) {
        return Failure::refused(tr("account %1 has been disabled; log in with another account").arg(m_account->name));
    }
    return Actor{(*stored)->account.name, (*stored)->account.role};
}

ChangeStamp IncidentLog::stamp(const Actor &actor, const QString &reason) const
{
    return ChangeStamp{actor.name, m_clock().toUTC(), reason.trimmed()};
}

Result<bool> IncidentLog::isSigned(const QDate &date) const
{
    auto day = m_repository->signedDay(date);
    if (!day) {
        return day.failure();
    }
    return day->has_value();
}

Result<QString> IncidentLog::knownLocation(const Actor &actor, const QString &location) const
{
    auto names = m_repository->locations();
    if (!names) {
        return names.failure();
    }
    LocationNames known(*names);
    if (actor.hasAccount() && !known.contains(location)) {
        return Failure::invalid(
            QList<FieldError>{{QString::fromLatin1(IncidentRules::kLocation), unknownLocationRule(location)}});
    }
    // Without accounts a new location is added with its first incident, as always.
    return known.canonical(location);
}

QString IncidentLog::unknownLocationRule(const QString &location)
{
    return tr("%1 is not a known location; an admin adds locations").arg(location.trimmed());
}

Result<Actor> IncidentLog::logIn(const QString &typed, const QString &password)
{
    const QString name = typed.trimmed();
    std::optional<StoredAccount> stored;
    // A text outside the names' character set is no account's name: it is not looked up, and it is not
    // recorded (the trail would keep whatever anyone types, control characters and all).
    if (AccountName::isWellFormed(name)) {
        auto found = m_repository->findAccount(name);
        if (!found) {
            return found.failure();
        }
        stored = *found;
    }
    const QString notAccepted = tr("user or password: not accepted");
    if (!stored) {
        // No account's name: the same Argon2id check as a wrong password, so that the answer takes as long,
        // and the text typed is not kept (it may be a password typed into the user field).
        (void)PasswordHash::matches(PasswordHash::dummy(), password);
        (void)m_repository->recordLogin(QString(), false, stamp(Actor{AccountName::unknownAccount(), std::nullopt}));
        spdlog::warn("failed login");
        return Failure::refused(notAccepted);
    }
    const Account &account = stored->account;
    // The attempt counts as failed, committed, before the password is checked, and the check waits out the
    // delay of the failures before it: stopping the program or running attempts side by side does not
    // guess faster. Each attempt moves the time of the last failure on to its own check, so attempts made
    // at once are checked one delay apart.
    QDateTime now;
    QDateTime due;
    auto counted = m_repository->countLoginAttempt(account.name, [&](int failures, const QDateTime &lastFailure) {
        now = m_clock().toUTC(); // read under the write lock, after any wait for another program's write
        due = loginDueTime(failures, lastFailure, now);
        return now.msecsTo(due) <= kLongestLoginDelay.count() ? std::optional<QDateTime>(due) : std::nullopt;
    });
    if (!counted) {
        return counted.failure();
    }
    if (!*counted) {
        // More attempts queued at once than the longest delay covers: this one is not checked, not counted.
        spdlog::warn("login refused: too many attempts at once");
        const qint64 seconds = (now.msecsTo(due) - kLongestLoginDelay.count() + 999) / 1000;
        return Failure::refused(
            tr("user or password: not accepted; too many attempts at once, try again in %n second(s)", nullptr,
               int(std::max<qint64>(1, seconds))));
    }
    if (const auto wait = std::chrono::milliseconds(m_clock().toUTC().msecsTo(**counted)); wait.count() > 0) {
        m_loginDelay(wait);
    }
    const bool matches = PasswordHash::matches(stored->passwordHash, password);
    // A disabled account is answered the same whether the password was right or wrong, and a right one clears
    // no failures: otherwise the answer, or the next attempt's delay, would tell a guesser which guess was right.
    if (!matches || account.disabled) {
        (void)m_repository->recordLogin(account.name, false, stamp(Actor{account.name, account.role}));
        spdlog::warn("failed login");
        return Failure::refused(
            account.disabled ? tr("account %1 is disabled; an admin can enable it").arg(account.name) : notAccepted);
    }
    if (auto recorded = m_repository->recordLogin(account.name, true, stamp(Actor{account.name, account.role}));
        !recorded) {
        return recorded.failure();
    }
    m_account = account;
    spdlog::info("login as {} ({})", utf8(account.name), utf8(roleCode(account.role)));
    emit actorChanged();
    return actor();
}

void IncidentLog::logOut()
{
    m_account.reset();
    emit actorChanged();
}

Result<void> IncidentLog::addAccount(const QString &name, Role role, const QString &password)
{
    auto accounts = usesAccounts();
    if (!accounts) {
        return accounts.failure();
    }
    Actor by = actor();
    if (*accounts) {
        auto current = currentActor();
        if (!current) {
            return current.failure();
        }
        by = *current;
        if (auto allowed = AccessRules::mayManageAccounts(by); !allowed) {
            return allowed;
        }
    } else if (role != Role::Admin) {
        return Failure::invalid(QList<FieldError>{{QStringLiteral("role"), tr("the first account must be an admin")}});
    }
    QList<FieldError> errors = AccountName::check(name.trimmed());
    errors += PasswordHash::check(password);
    if (!errors.isEmpty()) {
        return Failure::invalid(errors);
    }
    auto hash = PasswordHash::hash(password);
    if (!hash) {
        return hash.failure();
    }
    Account account;
    account.name = name.trimmed();
    account.role = role;
    // Without accounts nobody logged in: the storage makes sure, inside its write, that this is still the
    // first account (another program may have created one since usesAccounts() was asked).
    const auto addition = *accounts ? AccountAddition::ByAdmin : AccountAddition::First;
    if (auto added = m_repository->addAccount(account, *hash, stamp(by), addition); !added) {
        return added;
    }
    spdlog::info("account {} added ({})", utf8(account.name), utf8(roleCode(role)));
    return {};
}

Result<void> IncidentLog::setAccountDisabled(const QString &name, bool disabled)
{
    auto by = currentActor();
    if (!by) {
        return by.failure();
    }
    if (auto allowed = AccessRules::mayManageAccounts(*by); !allowed) {
        return allowed;
    }
    if (disabled && name.trimmed().compare(by->name, Qt::CaseInsensitive) == 0) {
        return Failure::refused(tr("an admin cannot disable their own account"));
    }
    if (auto changed = m_repository->setAccountDisabled(name.trimmed(), disabled, stamp(*by)); !changed) {
        return changed;
    }
    spdlog::info("account {} {}", utf8(name.trimmed()), disabled ? "disabled" : "enabled");
    return {};
}

Result<QList<Account>> IncidentLog::accounts() const
{
    auto by = currentActor();
    if (!by) {
        return by.failure();
    }
    if (by->hasAccount()) {
        if (auto allowed = AccessRules::mayManageAccounts(*by); !allowed) {
            return allowed.failure();
        }
    }
    return m_repository->accounts();
}

Result<Incident> IncidentLog::recordIncident(Incident draft)
{
    auto by = currentActor();
    if (!by) {
        return by.failure();
    }
    if (auto allowed = AccessRules::mayRecord(*by); !allowed) {
        return allowed.failure();
    }
    draft.id = QUuid();
    draft.recordedAt = QDateTime();
    if (by->hasAccount()) {
        draft.recordedBy = by->name; // an account records in its own name only
    }
    Incident incident = completed(std::move(draft));
    if (auto errors = IncidentRules::check(incident, today()); !errors.isEmpty()) {
        return Failure::invalid(errors);
    }
    auto location = knownLocation(*by, incident.location);
    if (!location) {
        return location.failure();
    }
    incident.location = *location; // filed, and recorded in the trail, under the spelling the register has
    // A signed-off day is refused by the repository inside the save's own transaction (a sign-off cannot
    // slip in between a check and the write); asking first would cost every save a read of its own.
    if (auto added = m_repository->add(incident, stamp(*by)); !added) {
        spdlog::error("add incident failed: {}", utf8(added.message()));
        return added.failure();
    }
    spdlog::info("add incident {}", utf8(incident.idText()));
    emit incidentsChanged();
    emit locationsChanged();
    return incident;
}

Result<Incident> IncidentLog::amendIncident(const Incident &changed, const QString &reason)
{
    if (changed.id.isNull()) {
        return Failure::invalid(tr("incident_id: an incident must be recorded before it can be amended"));
    }
    auto by = currentActor();
    if (!by) {
        return by.failure();
    }
    auto before = m_repository->find(changed.id);
    if (!before) {
        return before.failure();
    }
    if (!*before) {
        return Failure::notFound(tr("incident_id: %1 is not in the database").arg(changed.idText()));
    }
    Incident incident = changed;
    if (by->hasAccount()) {
        // Who recorded it and when stay as they were; the trail says who changed it.
        incident.recordedBy = (*before)->recordedBy;
        incident.recordedAt = (*before)->recordedAt;
    }
    auto signedBefore = isSigned((*before)->date);
    auto signedAfter = isSigned(incident.date);
    if (!signedBefore || !signedAfter) {
        return (!signedBefore ? signedBefore : signedAfter).failure();
    }
    Incident lockedDay = **before;
    if (!*signedBefore && *signedAfter) {
        lockedDay.date = incident.date;
    }
    if (auto allowed = AccessRules::mayAmend(*by, lockedDay, *signedBefore || *signedAfter, reason); !allowed) {
        return allowed.failure();
    }
    if (auto errors = IncidentRules::check(incident, today()); !errors.isEmpty()) {
        return Failure::invalid(errors);
    }
    auto location = knownLocation(*by, incident.location);
    if (!location) {
        return location.failure();
    }
    incident.location = *location;
    if (auto updated = m_repository->update(incident, stamp(*by, reason)); !updated) {
        spdlog::error("update incident {} failed: {}", utf8(incident.idText()), utf8(updated.message()));
        return updated.failure();
    }
    spdlog::info("update incident {}", utf8(incident.idText()));
    emit incidentsChanged();
    emit locationsChanged();
    return incident;
}

Result<void> IncidentLog::removeIncident(const QUuid &id, const QString &reason)
{
    auto by = currentActor();
    if (!by) {
        return by.failure();
    }
    auto before = m_repository->find(id);
    if (!before) {
        return before.failure();
    }
    if (!*before) {
        return Failure::notFound(tr("incident_id: %1 is not in the database").arg(id.toString(QUuid::WithoutBraces)));
    }
    auto locked = isSigned((*before)->date);
    if (!locked) {
        return locked.failure();
    }
    if (auto allowed = AccessRules::mayRemove(*by, **before, *locked, reason); !allowed) {
        return allowed;
    }
    if (auto removed = m_repository->remove(id, stamp(*by, reason)); !removed) {
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
    using Check = std::function<QList<FieldError>(const Incident &)>;
    CompletingSource(IncidentSource &inner, std::function<Incident(Incident)> complete, QDate today, Check check)
        : m_inner(inner)
        , m_complete(std::move(complete))
        , m_today(today)
        , m_check(std::move(check))
    {}

    bool next(Incident &incident) override
    {
        if (!m_inner.next(incident)) {
            return false;
        }
        incident = m_complete(std::move(incident));
        for (const auto &e : IncidentRules::check(incident, m_today) + m_check(incident)) {
            m_problems << QStringLiteral("%1: %2: %3").arg(m_inner.where(), e.field, e.rule);
        }
        return true;
    }
    QString where() const override { return m_inner.where(); }
    QStringList problems() const override { return m_inner.problems() + m_problems; }
    double progress() const override { return m_inner.progress(); }

private:
    IncidentSource &m_inner;
    std::function<Incident(Incident)> m_complete;
    QDate m_today;
    Check m_check;
    QStringList m_problems;
};

} // namespace

Result<ImportSummary> IncidentLog::importIncidents(IncidentSource &source, const ImportProgress &progress)
{
    auto by = currentActor();
    if (!by) {
        return by.failure();
    }
    if (auto allowed = AccessRules::mayRecord(*by); !allowed) {
        return allowed.failure();
    }
    auto signedDays = m_repository->signedDays(QDate(), QDate());
    if (!signedDays) {
        return signedDays.failure();
    }
    QSet<QDate> locked;
    for (const auto &day : *signedDays) {
        locked.insert(day.date);
    }
    auto names = m_repository->locations();
    if (!names) {
        return names.failure();
    }
    const LocationNames known(*names);
    LocationNames spellings(*names); // learns the file's new locations, so that one spelling files them all
    const bool restrictLocations = by->hasAccount();
    const Actor importer = *by;
    const auto check = [&](const Incident &incident) {
        QList<FieldError> errors;
        if (locked.contains(incident.date)) {
            errors << FieldError{QString::fromLatin1(IncidentRules::kDate),
                                 tr("day %1 is signed off; a supervisor must reopen it first")
                                     .arg(IncidentText::formatDate(incident.date))};
        }
        if (restrictLocations && !known.contains(incident.location)) {
            errors << FieldError{QString::fromLatin1(IncidentRules::kLocation), unknownLocationRule(incident.location)};
        }
        if (auto named = AccessRules::mayImportRecordedBy(importer, incident.recordedBy); !named) {
            errors << FieldError{QStringLiteral("recorded_by"), named.message()};
        }
        return errors;
    };
    CompletingSource checked(
        source,
        [this, importer, &spellings](Incident i) {
            if (i.recordedBy.trimmed().isEmpty()) {
                i.recordedBy = importer.name;
            }
            i.location = spellings.canonical(i.location);
            return completed(std::move(i));
        },
        today(), check);
    auto summary = m_repository->import(checked, stamp(*by), progress);
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

Result<qint64> IncidentLog::forEachIncidentLine(const IncidentFilter &filter,
                                                const std::function<bool(const IncidentLine &)> &visit) const
{
    return m_repository->forEachIncidentLine(filter, visit);
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
    auto by = currentActor();
    if (!by) {
        return by.failure();
    }
    if (auto allowed = AccessRules::mayManageLocations(*by); !allowed) {
        return allowed;
    }
    const QString trimmed = name.trimmed();
    auto names = m_repository->locations();
    if (!names) {
        return names.failure();
    }
    if (LocationNames(*names).contains(trimmed)) {
        return {}; // known already, in this or another spelling
    }
    if (trimmed.isEmpty() || characterCount(trimmed) > IncidentRules::kMaxLocationLength) {
        return Failure::invalid(
            QList<FieldError>{{QString::fromLatin1(IncidentRules::kLocation),
                               tr("must be 1 to %1 characters").arg(IncidentRules::kMaxLocationLength)}});
    }
    auto added = m_repository->addLocation(trimmed, stamp(*by));
    if (added) {
        spdlog::info("add location");
        emit locationsChanged();
    }
    return added;
}

Result<std::optional<DaySignOff>> IncidentLog::dayStatus(const QDate &date) const
{
    return m_repository->signedDay(date);
}

Result<DaySignOff> IncidentLog::signOffDay(const QDate &date)
{
    auto by = currentActor();
    if (!by) {
        return by.failure();
    }
    if (auto allowed = AccessRules::maySignOff(*by); !allowed) {
        return allowed.failure();
    }
    if (!date.isValid() || date >= today()) {
        return Failure::invalid(QList<FieldError>{
            {QStringLiteral("date"),
             tr("day %1 has not ended yet; a day is signed off after midnight").arg(IncidentText::formatDate(date))}});
    }
    auto day = m_repository->signOffDay(date, stamp(*by));
    if (!day) {
        return day;
    }
    spdlog::info("day {} signed off, audit head {}", utf8(IncidentText::formatDate(date)), day->headHash.constData());
    emit daysChanged();
    return day;
}

Result<void> IncidentLog::reopenDay(const QDate &date, const QString &reason)
{
    auto by = currentActor();
    if (!by) {
        return by.failure();
    }
    if (auto allowed = AccessRules::mayReopen(*by, reason); !allowed) {
        return allowed;
    }
    if (auto reopened = m_repository->reopenDay(date, stamp(*by, reason)); !reopened) {
        return reopened;
    }
    spdlog::info("day {} reopened", utf8(IncidentText::formatDate(date)));
    emit daysChanged();
    return {};
}

Result<qint64> IncidentLog::forEachAuditEntry(const AuditFilter &filter,
                                              const std::function<bool(const AuditEntry &)> &visit) const
{
    auto by = currentActor();
    if (!by) {
        return by.failure();
    }
    // A filter on one incident lists only that incident's entries: its history, which everyone may read.
    const bool oneIncident = !QUuid::fromString(filter.incidentId).isNull();
    if (auto allowed = oneIncident ? AccessRules::mayReadIncidentHistory(*by) : AccessRules::mayReadAuditTrail(*by);
        !allowed) {
        return allowed.failure();
    }
    return m_repository->forEachAuditEntry(filter, visit);
}

Result<QList<AuditEntry>> IncidentLog::incidentHistory(const QUuid &id) const
{
    AuditFilter filter;
    filter.incidentId = id.toString(QUuid::WithoutBraces);
    QList<AuditEntry> entries;
    auto visited = forEachAuditEntry(filter, [&](const AuditEntry &e) {
        entries << e;
        return true;
    });
    if (!visited) {
        return visited.failure();
    }
    return entries;
}

Result<AuditHead> IncidentLog::auditHead() const
{
    return m_repository->auditHead();
}

Result<AuditVerification> IncidentLog::verifyAudit(std::optional<AuditHead> pinned) const
{
    AuditVerifier verifier;
    if (pinned) {
        verifier.expectHead(*pinned);
    }
    if (auto replayed = m_repository->replayAudit(verifier); !replayed) {
        return replayed.failure();
    }
    AuditVerification result = verifier.finish();
    if (result.ok()) {
        spdlog::info("audit trail verified: {} entries, {} incidents", result.entries, result.incidents);
    } else {
        spdlog::error("audit trail verification found {} problems, the first at entry {}", result.problems.size(),
                      result.problems.first().sequence);
    }
    return result;
}

Result<DatabaseHealth> IncidentLog::checkHealth() const
{
    return m_repository->checkHealth();
}

Result<qint64> IncidentLog::repairTallies()
{
    auto by = currentActor();
    if (!by) {
        return by.failure();
    }
    if (auto allowed = AccessRules::mayRepairTallies(*by); !allowed) {
        return allowed.failure();
    }
    auto changed = m_repository->rebuildTallies(stamp(*by));
    if (!changed) {
        spdlog::error("rebuilding the tallies failed: {}", utf8(changed.message()));
        return changed;
    }
    spdlog::warn("tallies rebuilt from the incidents: {} aggregate rows changed", *changed);
    emit incidentsChanged();
    return changed;
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
