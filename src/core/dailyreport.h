// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditentry.h"
#include "daysignoff.h"
#include "incidentdetails.h"
#include "result.h"
#include "tally.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace borderlog {

class IncidentLog;

// One number (or fact) a daily report prints, under a key that names it for every language: "day.persons",
// "day.outcome.detained.persons", "district.Vilniaus pasienio rinktinė.persons", "since.persons", ...
// docs/data-dictionary.md lists the keys. The figures in their order are what the report's digest covers.
struct ReportFigure
{
    QString key;
    QString value;
    bool operator==(const ReportFigure &) const = default;
};

// The supervisor's report of one day (00:00–24:00): the day beside the day before and the six days before it,
// persons and incidents per outcome, the frontier districts and stations, the top nationalities, force used,
// the totals since the start of the year and since a chosen date, the sign-off, and the audit trail's head
// when it was compiled. Read from the aggregates (the counts) and the day's own incidents (force), under the
// scope of one frontier district or station or of the whole register.
class DailyReport
{
    Q_DECLARE_TR_FUNCTIONS(DailyReport)

public:
    // What the report covers. Its figures say it, so that its verification compiles the same report again.
    struct Request
    {
        QDate day = {};
        QDate since = defaultSince();
        QString district = {}; // empty: every district
        QString station = {};  // empty: every station (of the district, when one is given)
        bool operator==(const Request &) const = default;
    };
    // 3 August 2021: the day the Lithuanian State Border Guard Service began turning groups back.
    static QDate defaultSince() { return {2021, 8, 3}; }
    static constexpr int kTopNationalities = 5;
    static constexpr int kDaysShown = 7;    // the day and the six days before it
    static constexpr int kReadAttempts = 5; // reads again while other programs write in between
    // The first line of the figures: the version of their form, raised whenever a key is added.
    static constexpr const char *kForm = "borderlog-daily-report/1";

    // A frontier district's line, or a station's under it (station set).
    struct PlaceLine
    {
        QString district;
        QString station;
        TallyRow counts;
    };
    // Incidents where force was used, and of each kind where it was recorded.
    struct ForceCounts
    {
        qint64 incidents = 0;
        QList<std::pair<ForceType, qint64>> byKind; // the kinds that occurred, in the order of their choices
    };

    // Reads everything the report prints (about a dozen tallies and the day's incidents). The request's
    // rules (a valid day, a since-date not after it) are checked with the field named.
    static Result<DailyReport> compile(const IncidentLog &log, const Request &request);
    static std::optional<FieldError> problemOf(const Request &request);

    const Request &request() const { return m_request; }
    QString registerName() const { return m_registerName; }
    // "Vilniaus pasienio rinktinė › Medininkų užkarda", or empty for the whole register.
    QString scopeName() const;
    const TallyRow &onDay() const { return m_onDay; }
    const TallyRow &onDayBefore() const { return m_days.size() > 1 ? m_days.at(m_days.size() - 2) : m_onDay; }
    const QList<TallyRow> &days() const { return m_days; } // the six days before and the day, oldest first
    const QList<PlaceLine> &places() const { return m_places; }
    const QList<TallyRow> &topNationalities() const { return m_nationalities; }
    const TallyRow &otherNationalities() const { return m_otherNationalities; }
    const ForceCounts &force() const { return m_force; }
    QDate yearStart() const { return {m_request.day.year(), 1, 1}; }
    const TallyRow &yearToDate() const { return m_yearToDate; }
    const TallyRow &sinceDate() const { return m_sinceDate; }
    // Whether the day is on or after the since-date (a day before it has no total since).
    bool hasSinceTotal() const { return m_request.since <= m_request.day; }
    const std::optional<DaySignOff> &signOff() const { return m_signOff; }
    // Days of the running totals and of the days shown that had incidents and are not signed off: their
    // figures may still change.
    qint64 unsignedDaysCovered() const { return m_unsignedDays; }
    const AuditHead &head() const { return m_head; }

    // Persons not let in: prevented from crossing plus turned back, as the Border Guard publishes them.
    static qint64 notLetIn(const TallyRow &row)
    {
        return row.personsWith(Outcome::Prevented) + row.personsWith(Outcome::TurnedBack);
    }
    // The first day the running totals and the days shown cover.
    QDate firstDayCovered() const;

    // Everything the report prints, in print order; the form line first.
    QList<ReportFigure> figures() const;
    // SHA-256 (hex) over the figures, one "key=value" line each: the same figures, the same digest.
    QByteArray digest() const { return digestOf(figures()); }
    static QByteArray digestOf(const QList<ReportFigure> &figures);
    // The digest over the day's own figures only (isOfTheDay): it holds for as long as the day stays signed,
    // while the days before and the running totals hold only as long as their days do.
    QByteArray dayDigest() const { return dayDigestOf(figures(), m_request.day); }
    static QByteArray dayDigestOf(const QList<ReportFigure> &figures, const QDate &day);
    // Whether a figure belongs to the day itself (its counts, places, nationalities, force, sign-off), which
    // the sign-off freezes, rather than to the days before or the running totals.
    static bool isOfTheDay(const QString &key, const QDate &day);
    // The request a list of figures was compiled for (read back from a report's CSV form).
    static Result<Request> requestOf(const QList<ReportFigure> &figures);

private:
    Result<void> readCounts(const IncidentLog &log);
    Result<void> readPlaces(const IncidentLog &log);
    Result<void> readNationalities(const IncidentLog &log);
    Result<void> readForce(const IncidentLog &log);
    Result<void> readSignOffs(const IncidentLog &log);
    IncidentFilter scoped(const QDate &from, const QDate &to) const;

    Request m_request;
    QString m_registerName;
    TallyRow m_onDay;
    QList<TallyRow> m_days;
    QList<PlaceLine> m_places;
    QList<TallyRow> m_nationalities;
    TallyRow m_otherNationalities;
    ForceCounts m_force;
    TallyRow m_yearToDate;
    TallyRow m_sinceDate;
    std::optional<DaySignOff> m_signOff;
    qint64 m_unsignedDays = 0;
    AuditHead m_head;
};

} // namespace borderlog
