// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace borderlog {

// The rules every incident obeys, wherever it comes from (form, command line, import).
namespace IncidentRules {

inline const QDate kEarliestDate{1990, 1, 1};
inline constexpr int kMaxGroupSize = 10000;
inline constexpr int kMaxNotesLength = 2000;
inline constexpr int kMaxLocationLength = 100;
inline constexpr int kMaxRecordedByLength = 100;

// Field names as used in messages, the CSV header and the command line.
inline constexpr auto kIncidentId = "incident_id";
inline constexpr auto kDate = "date";
inline constexpr auto kTime = "time";
inline constexpr auto kLocation = "location";
inline constexpr auto kNationality = "nationality";
inline constexpr auto kPersons = "persons";
inline constexpr auto kOutcome = "outcome";
inline constexpr auto kNotes = "notes";
inline constexpr auto kRecordedBy = "recorded_by";
// Schema 8 (IncidentDetails and each line's breakdown).
inline constexpr auto kMen = "men";
inline constexpr auto kWomen = "women";
inline constexpr auto kChildren = "children";
inline constexpr auto kUnaccompanied = "unaccompanied_minors";
inline constexpr auto kDetection = "detection";
inline constexpr auto kDirection = "direction";
inline constexpr auto kBorderSector = "border_sector";
inline constexpr auto kCountEstimated = "count_estimated";
inline constexpr auto kInjured = "injured";
inline constexpr auto kDead = "dead";
inline constexpr auto kMissing = "missing";
inline constexpr auto kAidGiven = "aid_given";
inline constexpr auto kForceType = "force_type";
inline constexpr auto kRefusalReasons = "refusal_reasons";
inline constexpr auto kFacilitators = "facilitators";
inline constexpr auto kFacilitatorNationalities = "facilitator_nationalities";
inline constexpr auto kRelatedTo = "related_to";
inline constexpr int kMaxFacilitators = 1000;

// How far an incident's time may be later than the clock of the machine that checks it: another desktop's or
// a watch's clock may run a little ahead.
inline constexpr int kClockToleranceMinutes = 5;

// Every broken rule of the incident; empty when it may be saved. `now` is the border's local date and time:
// an incident dated later than now (by more than kClockToleranceMinutes) is refused.
QList<FieldError> check(const Incident &incident, const QDateTime &now);

// The rule of a location's name, wherever one is given (an incident, an admin adding it): 1 to 100
// characters, none that changes how a listing reads (DisplayText::isControl), no leading or trailing space.
std::optional<FieldError> locationNameProblem(const QString &name);
// The same rule for any place's name (a frontier district's, a station's), reported under `field`.
std::optional<FieldError> nameProblem(const char *field, const QString &name);

// The rules the register's state adds, worded once for every place that enforces them (the use cases
// before a write, a storage inside it):
// The incident named as related_to is not in the register.
QString unknownRelatedRule(const QUuid &id);
// A signed-off day's incidents are locked (no add, amend, remove or import) until a supervisor reopens it.
QString signedDayRule(const QDate &date);
// With accounts, incidents go to the locations an admin has added.
QString unknownLocationRule(const QString &location);

} // namespace IncidentRules

} // namespace borderlog
