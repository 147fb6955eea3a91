#include "incidenttext.h"

#include "incidentrules.h"
#include "nationalitycatalog.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace borderlog::IncidentText {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IncidentText", text);
}

Failure fieldFailure(const char *field, const QString &rule)
{
    return Failure::invalid(QList<FieldError>{{QString::fromLatin1(field), rule}});
}

} // namespace

Result<QDate> parseDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !date.isValid()) {
        return fieldFailure(IncidentRules::kDate, tr("'%1' is not a calendar date written YYYY-MM-DD").arg(text));
    }
    return date;
}

Result<QTime> parseTime(const QString &text)
{
    if (text.isEmpty()) {
        return QTime();
    }
    static const QRegularExpression shape(QStringLiteral("^\\d{2}:\\d{2}$"));
    const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!shape.match(text).hasMatch() || !time.isValid()) {
        return fieldFailure(IncidentRules::kTime, tr("'%1' is not a time written HH:MM (00:00 to 23:59)").arg(text));
    }
    return time;
}

Result<QString> parseNationality(const QString &text)
{
    const auto match = NationalityCatalog::instance().match(text);
    if (match.nationality) {
        return match.nationality->alpha2;
    }
    if (text.trimmed().isEmpty()) {
        return fieldFailure(IncidentRules::kNationality, tr("is required"));
    }
    if (!match.candidates.isEmpty()) {
        return fieldFailure(IncidentRules::kNationality,
                            tr("'%1' could mean %2; type more of the name or the code")
                                .arg(text, match.candidates.mid(0, 5).join(QStringLiteral(", "))));
    }
    return fieldFailure(
        IncidentRules::kNationality,
        tr("'%1' is not a known country code (ISO 3166-1 alpha-2 or alpha-3) or English country name").arg(text));
}

Result<int> parsePersons(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{1,9}$"));
    if (!shape.match(text).hasMatch() || text.toInt() < 1 || text.toInt() > IncidentRules::kMaxGroupSize) {
        return fieldFailure(IncidentRules::kPersons,
                            tr("'%1' is not a whole number from 1 to %2").arg(text).arg(IncidentRules::kMaxGroupSize));
    }
    return text.toInt();
}

Result<NationalityCount> parseNationalityCount(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0) {
        return fieldFailure(IncidentRules::kPersons,
                            tr("'%1' must be written NATIONALITY:COUNT, e.g. IQ:12").arg(text));
    }
    auto nationality = parseNationality(text.left(colon));
    if (!nationality) {
        return nationality.failure();
    }
    auto persons = parsePersons(text.mid(colon + 1));
    if (!persons) {
        return persons.failure();
    }
    return NationalityCount{*nationality, *persons};
}

Result<Outcome> parseOutcome(const QString &text)
{
    if (const auto outcome = outcomeFromText(text)) {
        return *outcome;
    }
    return fieldFailure(IncidentRules::kOutcome, tr("'%1' is not one of %2").arg(text, outcomeCodeList()));
}

Result<bool> parseBool(const QString &text, const char *field)
{
    const QString t = text.trimmed().toLower();
    if (t == u"true" || t == u"yes" || t == u"1") {
        return true;
    }
    if (t == u"false" || t == u"no" || t == u"0") {
        return false;
    }
    return fieldFailure(field, tr("'%1' must be true or false").arg(text));
}

QString formatDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString formatTime(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QString formatTimestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

} // namespace borderlog::IncidentText
