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
        }
        total += line.persons;
    }
    if (total > kMaxGroupSize) {
        errors << FieldError{persons, tr("group size must be at most %1 (is %2)").arg(kMaxGroupSize).arg(total)};
    }

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

QString unknownLocationRule(const QString &location)
{
    return tr("%1 is not a known location; an admin adds locations").arg(location.trimmed());
}

} // namespace borderlog::IncidentRules
