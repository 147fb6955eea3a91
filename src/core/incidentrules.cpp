// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentrules.h"

#include "displaytext.h"
#include "nationalitycatalog.h"
#include "textlength.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

namespace borderlog::IncidentRules {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("borderlog::IncidentRules", text, disambiguation, n);
}

bool hasControlCharacters(const QString &text, bool allowLineBreaks)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control && !(allowLineBreaks && (c == u'\n' || c == u'\r' || c == u'\t'))) {
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<FieldError> locationNameProblem(const QString &name)
{
    return nameProblem(kLocation, name);
}

std::optional<FieldError> nameProblem(const char *fieldName, const QString &name)
{
    const QString field = QString::fromLatin1(fieldName);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return FieldError{field, tr("is required")};
    }
    if (characterCount(trimmed) > kMaxLocationLength) {
        return FieldError{field, tr("must be at most %1 characters").arg(kMaxLocationLength)};
    }
    if (DisplayText::hasControl(trimmed) || trimmed != name) {
        return FieldError{field, tr("must not contain control characters or leading/trailing spaces")};
    }
    return std::nullopt;
}

namespace {

// The date's and the time's rules: not before 1990, not later than now (with the clocks' tolerance).
void checkWhen(const Incident &incident, const QDateTime &now, QList<FieldError> &errors)
{
    const QString date = QString::fromLatin1(kDate);
    const QDateTime latest = now.addSecs(qint64(kClockToleranceMinutes) * 60);
    if (!incident.date.isValid()) {
        errors << FieldError{date, tr("is required (YYYY-MM-DD)")};
    } else if (incident.date < kEarliestDate) {
        errors << FieldError{date, tr("must not be before 1990-01-01")};
    } else if (const bool timed = incident.time.isValid();
               incident.date > now.date()
               && !(timed && QDateTime(incident.date, incident.time, now.timeZone()) <= latest)) {
        // A day later than today, unless its time is within the clocks' tolerance just after midnight.
        errors << FieldError{date, tr("must not be in the future (today is %1)").arg(now.date().toString(Qt::ISODate))};
    } else if (timed && QDateTime(incident.date, incident.time, now.timeZone()) > latest) {
        errors << FieldError{
            QString::fromLatin1(kTime),
            tr("must not be later than now (%1; clocks may be up to %n minute(s) ahead)", "", kClockToleranceMinutes)
                .arg(now.time().toString(QStringLiteral("HH:mm")))};
    }
}

// Each line's breakdown: counts of at least 0 that leave at most its persons (the rest are unknown).
void checkBreakdown(const NationalityCount &line, QList<FieldError> &errors)
{
    const std::pair<const char *, int> parts[] = {
        {kMen, line.men}, {kWomen, line.women}, {kChildren, line.children}, {kUnaccompanied, line.unaccompanied}};
    for (const auto &[field, count] : parts) {
        if (count < 0) {
            errors << FieldError{QString::fromLatin1(field), tr("must be 0 or more")};
            return;
        }
    }
    if (line.breakdownSum() > line.persons) {
        errors << FieldError{QString::fromLatin1(kPersons),
                             tr("men, women, children and unaccompanied minors of %1 add up to %2, more than its "
                                "%n person(s)",
                                "", line.persons)
                                 .arg(line.nationality)
                                 .arg(line.breakdownSum())};
    }
}

// The casualties, the refusal reasons, the facilitators and the related incident.
void checkDetails(const Incident &incident, QList<FieldError> &errors)
{
    const IncidentDetails &d = incident.details;
    const int persons = incident.groupSize();
    const std::pair<const char *, int> casualties[] = {{kInjured, d.injured}, {kDead, d.dead}, {kMissing, d.missing}};
    for (const auto &[field, count] : casualties) {
        if (count < 0) {
            errors << FieldError{QString::fromLatin1(field), tr("must be 0 or more")};
        } else if (count > persons) {
            errors << FieldError{QString::fromLatin1(field),
                                 tr("must be at most the group's %n person(s) (is %1)", "", persons).arg(count)};
        }
    }
    if (!d.refusalReasons.isEmpty()) {
        if (incident.outcome != Outcome::TurnedBack) {
            errors << FieldError{QString::fromLatin1(kRefusalReasons),
                                 tr("are given only for the outcome turned_back")};
        } else if (RefusalReasons::parse(d.refusalReasons) != d.refusalReasons) {
            errors << FieldError{QString::fromLatin1(kRefusalReasons),
                                 tr("must be letters A to J of the Schengen Borders Code, Annex V Part B")};
        }
    }
    if (d.facilitators < 0 || d.facilitators > kMaxFacilitators) {
        errors << FieldError{QString::fromLatin1(kFacilitators), tr("must be 0 to %1").arg(kMaxFacilitators)};
    }
    const QString nationalities = QString::fromLatin1(kFacilitatorNationalities);
    for (const QString &code : d.facilitatorNationalities) {
        if (!NationalityCatalog::instance().isCode(code)) {
            errors << FieldError{nationalities, tr("'%1' is not an ISO 3166-1 code").arg(code)};
        }
    }
    if (d.facilitatorNationalities.size() > d.facilitators) {
        errors << FieldError{nationalities,
                             tr("name at most as many nationalities as facilitators (%1)").arg(d.facilitators)};
    }
    if (!d.relatedTo.isNull() && d.relatedTo == incident.id) {
        errors << FieldError{QString::fromLatin1(kRelatedTo), tr("must name another incident, not this one")};
    }
}

} // namespace

QList<FieldError> check(const Incident &incident, const QDateTime &now)
{
    QList<FieldError> errors;
    checkWhen(incident, now, errors);
    if (auto problem = locationNameProblem(incident.location)) {
        errors << *problem;
    }

    const QString nationality = QString::fromLatin1(kNationality);
    const QString persons = QString::fromLatin1(kPersons);
    if (incident.nationalities.isEmpty()) {
        errors << FieldError{nationality, tr("at least one nationality line is required")};
    }
    QSet<QString> seen;
    qint64 total = 0;
    for (const auto &line : incident.nationalities) {
        if (!NationalityCatalog::instance().isCode(line.nationality)) {
            errors << FieldError{nationality,
                                 tr("'%1' is not an ISO 3166-1 code (or XK, XX, ZZ)").arg(line.nationality)};
        } else if (seen.contains(line.nationality)) {
            errors << FieldError{nationality, tr("%1 is listed twice; put all its persons on one line")
                                                  .arg(NationalityCatalog::instance().name(line.nationality))};
        }
        seen.insert(line.nationality);
        if (line.persons < 1) {
            errors << FieldError{persons, tr("each nationality line needs at least 1 person")};
        } else {
            checkBreakdown(line, errors);
        }
        total += line.persons;
    }
    if (total > kMaxGroupSize) {
        errors << FieldError{persons, tr("group size must be at most %1 (is %2)").arg(kMaxGroupSize).arg(total)};
    }
    checkDetails(incident, errors);

    if (const qsizetype notes = characterCount(incident.notes); notes > kMaxNotesLength) {
        errors << FieldError{QString::fromLatin1(kNotes),
                             tr("must be at most %1 characters (is %2)").arg(kMaxNotesLength).arg(notes)};
    } else if (hasControlCharacters(incident.notes, true)) {
        errors << FieldError{QString::fromLatin1(kNotes), tr("must not contain control characters")};
    }
    if (characterCount(incident.recordedBy) > kMaxRecordedByLength
        || hasControlCharacters(incident.recordedBy, false)) {
        errors << FieldError{QString::fromLatin1(kRecordedBy),
                             tr("must be at most %1 characters without control characters").arg(kMaxRecordedByLength)};
    }
    return errors;
}

QString signedDayRule(const QDate &date)
{
    return tr("day %1 is signed off; its incidents are locked until a supervisor reopens it")
        .arg(date.toString(Qt::ISODate));
}

QString unknownRelatedRule(const QUuid &id)
{
    return tr("%1 is not an incident of the register").arg(id.toString(QUuid::WithoutBraces));
}

QString unknownLocationRule(const QString &location)
{
    return tr("%1 is not a known location; an admin adds locations").arg(location.trimmed());
}

} // namespace borderlog::IncidentRules
