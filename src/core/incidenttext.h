// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"
#include "result.h"

#include <QDate>
#include <QString>
#include <QTime>
#include <QUuid>

namespace borderlog {

// Reading and writing incident fields as text: the command line, CSV files and messages share these,
// so a value is spelled the same everywhere.
namespace IncidentText {

// Strict UUID text as exported: 36 characters, hex digits in groups of 8-4-4-4-12 joined by hyphens,
// either case, nothing before or after (no braces, no spaces); the nil UUID is not an id.
Result<QUuid> parseIncidentId(const QString &text);
// Strict YYYY-MM-DD.
Result<QDate> parseDate(const QString &text);
// Strict HH:MM (24 h); empty text is "not known" (a null QTime).
Result<QTime> parseTime(const QString &text);
// Alpha-2, alpha-3, another known code or English name -> alpha-2 (see NationalityCatalog::match).
Result<QString> parseNationality(const QString &text);
// A whole number of persons, 1 to 10,000, in ASCII digits only: no sign, spaces or line breaks.
Result<int> parsePersons(const QString &text);
// "NAT:COUNT", as given to `borderlog-cli add --persons`, optionally with the line's breakdown as
// ":MEN/WOMEN/CHILDREN/UNACCOMPANIED" ("IQ:6:2/1/3/0").
Result<NationalityCount> parseNationalityCount(const QString &text);
// A whole number from 0 to `max` in ASCII digits only; empty text is 0.
Result<int> parseCount(const QString &text, const char *field, int max);
// A coded field's code or English label (Choices::fromText); empty text is the field's default (its first
// choice). Instantiated for Detection, Direction, BorderSector, AidGiven and ForceType.
template <typename E>
Result<E> parseChoice(const QString &text, const char *field);
// Refusal reasons as letters A–J in any order and separation (RefusalReasons::parse).
Result<QString> parseRefusalReasons(const QString &text);
// Nationalities separated by spaces, commas or semicolons, each as parseNationality reads it; sorted, each once.
Result<QStringList> parseNationalityList(const QString &text, const char *field);
// An incident id (parseIncidentId) or empty text for none (a null QUuid).
Result<QUuid> parseRelatedTo(const QString &text);
Result<Outcome> parseOutcome(const QString &text);
// "true" or "false" (also accepts yes/no and 1/0).
Result<bool> parseBool(const QString &text, const char *field);

QString formatDate(const QDate &date);
QString formatTime(const QTime &time);         // "" when not known
QString formatTimestamp(const QDateTime &utc); // ISO 8601 UTC with seconds: 2021-08-03T14:05:00Z
// ISO 8601 in UTC ("Z"); an invalid QDateTime otherwise.
QDateTime parseTimestamp(const QString &text);

// "16,014 incidents, 172,410 persons" for a person to read: the language's plural forms and the locale's
// digits. Never in CSV or a script's output.
QString incidentsAndPersons(qint64 incidents, qint64 persons);
// "12 persons", in the user's language and locale.
QString persons(qint64 count);

} // namespace IncidentText

} // namespace borderlog
