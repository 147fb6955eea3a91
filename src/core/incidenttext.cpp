// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidenttext.h"

#include "incidentrules.h"
#include "nationalitycatalog.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringView>

#include <algorithm>
#include <climits>

namespace borderlog::IncidentText {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("borderlog::IncidentText", text);
}

Failure fieldFailure(const char *field, const QString &rule)
{
    return Failure::invalid(QList<FieldError>{{QString::fromLatin1(field), rule}});
}

} // namespace

namespace {

// The value of `count` decimal digits at `from`, or -1 if any is not a digit. Hand-written because
// these run for every row of an import or export, where regular expressions and QDate's format
// parser dominate the cost.
int digits(const QString &text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

void appendDigits(QString &out, int value, int width)
{
    char16_t buffer[8];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    out.append(QStringView(buffer, width));
}

QDate isoDate(const QString &text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-') {
        return {};
    }
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    return year < 0 || month < 0 || day < 0 ? QDate() : QDate(year, month, day);
}

QTime hoursMinutes(const QString &text)
{
    if (text.size() != 5 || text[2] != u':') {
        return {};
    }
    const int hour = digits(text, 0, 2);
    const int minute = digits(text, 3, 2);
    return hour < 0 || minute < 0 ? QTime() : QTime(hour, minute);
}

} // namespace

Result<QUuid> parseIncidentId(const QString &text)
{
    // QUuid::fromString alone also takes braces and ignores whatever follows the 36th character.
    bool shaped = text.size() == 36;
    for (qsizetype i = 0; shaped && i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        shaped = i == 8 || i == 13 || i == 18 || i == 23
                     ? c == u'-'
                     : (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    }
    const QUuid id = shaped ? QUuid::fromString(text) : QUuid();
    if (id.isNull()) {
        return fieldFailure(IncidentRules::kIncidentId,
                            tr("'%1' is not a UUID written as 36 characters, hex digits in groups of 8-4-4-4-12 "
                               "(such as 4a1b2c3d-0000-4000-8000-000000000001)")
                                .arg(text));
    }
    return id;
}

Result<QDate> parseDate(const QString &text)
{
    const QDate date = isoDate(text);
    if (!date.isValid()) {
        return fieldFailure(IncidentRules::kDate, tr("'%1' is not a calendar date written YYYY-MM-DD").arg(text));
    }
    return date;
}

Result<QTime> parseTime(const QString &text)
{
    if (text.isEmpty()) {
        return QTime();
    }
    const QTime time = hoursMinutes(text);
    if (!time.isValid()) {
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
    // Text in capitals is a code someone meant; other short text more likely the start of a name, for
    // which the names it begins help more than the list of codes.
    const QString trimmed = text.trimmed();
    if (match.codeShaped && (match.candidates.isEmpty() || trimmed == trimmed.toUpper())) {
        return fieldFailure(IncidentRules::kNationality,
                            tr("'%1' is not an ISO 3166-1 code (alpha-2 or alpha-3) or one of %2; two or three "
                               "letters are read as a code, not as the beginning of a name")
                                .arg(text, NationalityCatalog::otherCodes().join(QStringLiteral(", "))));
    }
    if (match.codeShaped) {
        return fieldFailure(IncidentRules::kNationality,
                            tr("'%1' could mean %2; two or three letters are read as a code only, so type more of "
                               "the name")
                                .arg(text, match.candidates.mid(0, 5).join(QStringLiteral(", "))));
    }
    if (!match.candidates.isEmpty()) {
        return fieldFailure(IncidentRules::kNationality,
                            tr("'%1' could mean %2; type more of the name or the code")
                                .arg(text, match.candidates.mid(0, 5).join(QStringLiteral(", "))));
    }
    return fieldFailure(
        IncidentRules::kNationality,
        tr("'%1' is not a known country code (ISO 3166-1 alpha-2 or alpha-3) or country name").arg(text));
}

Result<int> parsePersons(const QString &text)
{
    // Digits and nothing else, checked by hand: a regular expression's $ also matches before a final
    // line break, and toInt() skips spaces, so "12\n" was taken while "12 " was not.
    const int value = text.isEmpty() || text.size() > 9 ? -1 : digits(text, 0, text.size());
    if (value < 1 || value > IncidentRules::kMaxGroupSize) {
        return fieldFailure(
            IncidentRules::kPersons,
            tr("'%1' is not a whole number from 1 to %2 (digits only)").arg(text).arg(IncidentRules::kMaxGroupSize));
    }
    return value;
}

namespace {

// "2/1/3/0" into the line's men, women, children and unaccompanied minors.
std::optional<FieldError> readBreakdown(const QString &text, NationalityCount &line)
{
    const QStringList parts = text.split(u'/');
    if (parts.size() != 4) {
        return FieldError{QString::fromLatin1(IncidentRules::kPersons),
                          tr("'%1' must be written MEN/WOMEN/CHILDREN/UNACCOMPANIED, e.g. 2/1/3/0").arg(text)};
    }
    int *const counts[] = {&line.men, &line.women, &line.children, &line.unaccompanied};
    const char *const fields[] = {IncidentRules::kMen, IncidentRules::kWomen, IncidentRules::kChildren,
                                  IncidentRules::kUnaccompanied};
    for (int i = 0; i < 4; ++i) {
        const auto count = parseCount(parts[i], fields[i], IncidentRules::kMaxGroupSize);
        if (!count) {
            return count.failure().fields.first();
        }
        *counts[i] = *count;
    }
    return std::nullopt;
}

} // namespace

Result<NationalityCount> parseNationalityCount(const QString &text)
{
    const qsizetype last = text.lastIndexOf(QLatin1Char(':'));
    if (last > 0 && text.indexOf(u'/', last) > last) {
        auto line = parseNationalityCount(text.left(last));
        if (!line) {
            return line;
        }
        NationalityCount counted = *line;
        if (const auto wrong = readBreakdown(text.mid(last + 1), counted)) {
            return Failure::invalid(QList<FieldError>{*wrong});
        }
        return counted;
    }
    const qsizetype colon = last;
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

Result<int> parseCount(const QString &text, const char *field, int max)
{
    if (text.isEmpty()) {
        return 0;
    }
    const int value = text.size() > 9 ? -1 : digits(text, 0, text.size());
    if (value < 0 || value > max) {
        return fieldFailure(field, tr("'%1' is not a whole number from 0 to %2 (digits only)").arg(text).arg(max));
    }
    return value;
}

template <typename E>
Result<E> parseChoice(const QString &text, const char *field)
{
    if (text.trimmed().isEmpty()) {
        return choices<E>().front().value;
    }
    if (const auto value = Choices::fromText<E>(text)) {
        return *value;
    }
    return fieldFailure(field, tr("'%1' is not one of %2").arg(text, Choices::codeList<E>()));
}

template Result<Detection> parseChoice<Detection>(const QString &, const char *);
template Result<Direction> parseChoice<Direction>(const QString &, const char *);
template Result<BorderSector> parseChoice<BorderSector>(const QString &, const char *);
template Result<AidGiven> parseChoice<AidGiven>(const QString &, const char *);
template Result<ForceType> parseChoice<ForceType>(const QString &, const char *);

Result<QString> parseRefusalReasons(const QString &text)
{
    if (auto letters = RefusalReasons::parse(text)) {
        return *letters;
    }
    return fieldFailure(IncidentRules::kRefusalReasons,
                        tr("'%1' is not a list of letters A to J (Schengen Borders Code, Annex V Part B)").arg(text));
}

Result<QStringList> parseNationalityList(const QString &text, const char *field)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList codes;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        auto code = parseNationality(part);
        if (!code) {
            return fieldFailure(field, code.failure().fields.first().rule);
        }
        if (!codes.contains(*code)) {
            codes << *code;
        }
    }
    codes.sort();
    return codes;
}

Result<QUuid> parseRelatedTo(const QString &text)
{
    if (text.isEmpty()) {
        return QUuid();
    }
    auto id = parseIncidentId(text);
    if (!id) {
        return fieldFailure(IncidentRules::kRelatedTo, id.failure().fields.first().rule);
    }
    return id;
}

QString formatDate(const QDate &date)
{
    if (!date.isValid()) {
        return {};
    }
    QString out;
    out.reserve(10);
    appendDigits(out, date.year(), 4);
    out += u'-';
    appendDigits(out, date.month(), 2);
    out += u'-';
    appendDigits(out, date.day(), 2);
    return out;
}

QString formatTime(const QTime &time)
{
    if (!time.isValid()) {
        return {};
    }
    QString out;
    out.reserve(5);
    appendDigits(out, time.hour(), 2);
    out += u':';
    appendDigits(out, time.minute(), 2);
    return out;
}

QString formatTimestamp(const QDateTime &utc)
{
    if (!utc.isValid()) {
        return {};
    }
    const QDateTime t = utc.toUTC();
    QString out = formatDate(t.date());
    out += u'T';
    appendDigits(out, t.time().hour(), 2);
    out += u':';
    appendDigits(out, t.time().minute(), 2);
    out += u':';
    appendDigits(out, t.time().second(), 2);
    out += u'Z';
    return out;
}

namespace {

// tr's count is an int; a register's totals stay far below it.
int countOf(qint64 n)
{
    return int(std::min<qint64>(n, INT_MAX));
}

} // namespace

QString persons(qint64 count)
{
    return QCoreApplication::translate("borderlog::IncidentText", "%Ln person(s)", nullptr, countOf(count));
}

QString incidentsAndPersons(qint64 incidents, qint64 persons)
{
    return QCoreApplication::translate("borderlog::IncidentText", "%1, %2")
        .arg(QCoreApplication::translate("borderlog::IncidentText", "%Ln incident(s)", nullptr, countOf(incidents)),
             IncidentText::persons(persons));
}

QDateTime parseTimestamp(const QString &text)
{
    // The canonical form first (what this program writes), then anything ISO 8601 with a UTC offset.
    if (text.size() == 20 && text[10] == u'T' && text[13] == u':' && text[16] == u':' && text[19] == u'Z') {
        const QDate date = isoDate(text.left(10));
        const int hour = digits(text, 11, 2);
        const int minute = digits(text, 14, 2);
        const int second = digits(text, 17, 2);
        const QTime time = hour < 0 || minute < 0 || second < 0 ? QTime() : QTime(hour, minute, second);
        if (date.isValid() && time.isValid()) {
            return QDateTime(date, time, Qt::UTC);
        }
        return {};
    }
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed.isValid() && parsed.timeSpec() == Qt::UTC ? parsed : QDateTime();
}

} // namespace borderlog::IncidentText
