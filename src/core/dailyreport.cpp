// SPDX-License-Identifier: GPL-3.0-or-later
#include "dailyreport.h"

#include "cryptography.h"
#include "incidentlog.h"
#include "incidenttext.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace borderlog {

namespace {

QString number(qint64 value)
{
    return QString::number(value);
}

// A figure line's text: backslash, tab and line breaks escaped, so that no key or value can end a line early.
QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        default:
            out += c;
        }
    }
    return out;
}

void appendCounts(QList<ReportFigure> &figures, const QString &prefix, const TallyRow &row, bool perOutcome)
{
    figures << ReportFigure{prefix + QStringLiteral(".incidents"), number(row.incidents)}
            << ReportFigure{prefix + QStringLiteral(".persons"), number(row.persons)}
            << ReportFigure{prefix + QStringLiteral(".not_let_in"), number(DailyReport::notLetIn(row))};
    if (!perOutcome) {
        return;
    }
    for (const Outcome outcome : kAllOutcomes) {
        const QString key = prefix + QStringLiteral(".outcome.") + outcomeCode(outcome);
        figures << ReportFigure{key + QStringLiteral(".incidents"), number(row.incidentsWith(outcome))}
                << ReportFigure{key + QStringLiteral(".persons"), number(row.personsWith(outcome))};
    }
}

} // namespace

std::optional<FieldError> DailyReport::problemOf(const Request &request)
{
    if (!request.day.isValid()) {
        return FieldError{QStringLiteral("day"), tr("must be a date (YYYY-MM-DD)")};
    }
    if (!request.since.isValid()) {
        return FieldError{QStringLiteral("since"), tr("must be a date (YYYY-MM-DD)")};
    }
    if (!request.station.isEmpty() && request.district.isEmpty()) {
        return FieldError{QStringLiteral("station"), tr("needs its frontier district (a station's name is unique "
                                                        "within its district only)")};
    }
    return std::nullopt;
}

Result<DailyReport> DailyReport::compile(const IncidentLog &log, const Request &request)
{
    if (const auto problem = problemOf(request)) {
        return Failure::invalid(QList<FieldError>{*problem});
    }
    DailyReport report;
    report.m_request = request;
    report.m_registerName = QFileInfo(log.databaseLocation()).completeBaseName();
    // The figures are read in a dozen reads; a write landing between them would mix two states of the register.
    // The trail's head before and after says whether one did: then the report is read again.
    for (int attempt = 0;; ++attempt) {
        DailyReport fresh = report;
        auto head = log.audit().head();
        if (!head) {
            return head.failure();
        }
        fresh.m_head = *head;
        for (const auto read : {&DailyReport::readCounts, &DailyReport::readPlaces, &DailyReport::readNationalities,
                                &DailyReport::readForce, &DailyReport::readSignOffs}) {
            if (auto done = (fresh.*read)(log); !done) {
                return done.failure();
            }
        }
        auto after = log.audit().head();
        if (!after) {
            return after.failure();
        }
        if (*after == *head) {
            return fresh;
        }
        if (attempt == kReadAttempts) {
            return Failure::whileBusy(tr("The register kept changing while the daily report was read; try again"));
        }
    }
}

IncidentFilter DailyReport::scoped(const QDate &from, const QDate &to) const
{
    IncidentFilter filter;
    filter.from = from;
    filter.to = to;
    filter.district = m_request.district;
    filter.station = m_request.station;
    return filter;
}

QDate DailyReport::firstDayCovered() const
{
    const QDate since = hasSinceTotal() ? m_request.since : m_request.day;
    return std::min({yearStart(), since, m_request.day.addDays(1 - kDaysShown)});
}

QString DailyReport::scopeName() const
{
    if (m_request.district.isEmpty()) {
        return {};
    }
    return m_request.station.isEmpty() ? m_request.district
                                       : m_request.district + QStringLiteral(" › ") + m_request.station;
}

Result<void> DailyReport::readCounts(const IncidentLog &log)
{
    const QDate day = m_request.day;
    auto days = log.reads().tally(scoped(day.addDays(1 - kDaysShown), day), TallyGrouping::Day);
    if (!days) {
        return days.failure();
    }
    m_days = days->rows();
    m_onDay = m_days.isEmpty() ? TallyRow{} : m_days.constLast();
    // The running totals from the monthly aggregates wherever whole months are covered.
    auto year = log.reads().tally(scoped(yearStart(), day), TallyGrouping::Year);
    if (!year) {
        return year.failure();
    }
    m_yearToDate = year->total();
    if (!hasSinceTotal()) {
        return {};
    }
    auto since = log.reads().tally(scoped(m_request.since, day), TallyGrouping::Year);
    if (!since) {
        return since.failure();
    }
    m_sinceDate = since->total();
    return {};
}

Result<void> DailyReport::readPlaces(const IncidentLog &log)
{
    const QDate day = m_request.day;
    auto districts = log.reads().tally(scoped(day, day), TallyGrouping::District);
    if (!districts) {
        return districts.failure();
    }
    for (const TallyRow &district : districts->rows()) {
        m_places << PlaceLine{district.key, {}, district};
        IncidentFilter inDistrict = scoped(day, day);
        inDistrict.district = district.key;
        auto stations = log.reads().tally(inDistrict, TallyGrouping::Station);
        if (!stations) {
            return stations.failure();
        }
        for (const TallyRow &station : stations->rows()) {
            m_places << PlaceLine{district.key, station.key, station};
        }
    }
    return {};
}

Result<void> DailyReport::readNationalities(const IncidentLog &log)
{
    const QDate day = m_request.day;
    auto nationalities = log.reads().tally(scoped(day, day), TallyGrouping::Nationality);
    if (!nationalities) {
        return nationalities.failure();
    }
    // A mixed group counts as an incident of each of its nationalities: only the persons add up (see
    // Tally::ranked).
    const RankedRows ranked = nationalities->ranked(kTopNationalities);
    m_nationalities = ranked.top;
    m_otherNationalities = ranked.rest;
    return {};
}

Result<void> DailyReport::readForce(const IncidentLog &log)
{
    auto counts = log.reads().forceCounts(scoped(m_request.day, m_request.day));
    if (!counts) {
        return counts.failure();
    }
    for (const auto &kindAndCount : *counts) {
        m_force.incidents += kindAndCount.second;
    }
    // The kinds in the order they are listed everywhere.
    for (const auto &choice : choices<ForceType>()) {
        for (const auto &[kind, n] : *counts) {
            if (kind == choice.value) {
                m_force.byKind << std::pair{kind, n};
            }
        }
    }
    return {};
}

Result<void> DailyReport::readSignOffs(const IncidentLog &log)
{
    const QDate day = m_request.day;
    auto signedDays = log.days().between(firstDayCovered(), day);
    if (!signedDays) {
        return signedDays.failure();
    }
    QSet<QDate> signedDates;
    for (const DaySignOff &signedDay : *signedDays) {
        signedDates.insert(signedDay.date);
        if (signedDay.date == day) {
            m_signOff = signedDay;
        }
    }
    auto counts = log.reads().dailyCounts(scoped(firstDayCovered(), day));
    if (!counts) {
        return counts.failure();
    }
    for (const auto &[date, incidents] : *counts) {
        m_unsignedDays += incidents > 0 && !signedDates.contains(date) ? 1 : 0;
    }
    return {};
}

QList<ReportFigure> DailyReport::figures() const
{
    QList<ReportFigure> figures{
        {QStringLiteral("form"), QString::fromLatin1(kForm)},
        {QStringLiteral("day"), IncidentText::formatDate(m_request.day)},
        {QStringLiteral("since"), IncidentText::formatDate(m_request.since)},
        {QStringLiteral("district"), m_request.district},
        {QStringLiteral("station"), m_request.station},
    };
    appendCounts(figures, QStringLiteral("day"), m_onDay, true);
    for (const TallyRow &row : m_days) {
        appendCounts(figures, QStringLiteral("days.") + row.key, row, false);
    }
    for (const PlaceLine &place : m_places) {
        const QString key = place.station.isEmpty()
                                ? QStringLiteral("district.") + place.district
                                : QStringLiteral("station.%1 › %2").arg(place.district, place.station);
        appendCounts(figures, key, place.counts, false);
    }
    for (const TallyRow &row : m_nationalities) {
        figures << ReportFigure{QStringLiteral("nationality.%1.persons").arg(row.key), number(row.persons)};
    }
    figures << ReportFigure{QStringLiteral("nationality.other.persons"), number(m_otherNationalities.persons)};
    figures << ReportFigure{QStringLiteral("force.incidents"), number(m_force.incidents)};
    for (const auto &[kind, incidents] : m_force.byKind) {
        figures << ReportFigure{QStringLiteral("force.%1.incidents").arg(Choices::code(kind)), number(incidents)};
    }
    appendCounts(figures, QStringLiteral("ytd"), m_yearToDate, true);
    if (hasSinceTotal()) {
        appendCounts(figures, QStringLiteral("since"), m_sinceDate, true);
    }
    if (m_signOff) {
        figures << ReportFigure{QStringLiteral("signoff.by"), m_signOff->signedBy}
                << ReportFigure{QStringLiteral("signoff.at"), AuditEntry::formatTime(m_signOff->signedAt)}
                << ReportFigure{QStringLiteral("signoff.entry"), number(m_signOff->auditSequence)};
    } else {
        figures << ReportFigure{QStringLiteral("signoff.by"), QString()};
    }
    return figures;
}

QByteArray DailyReport::digestOf(const QList<ReportFigure> &figures)
{
    QString text;
    for (const ReportFigure &figure : figures) {
        text += escaped(figure.key) + u'\t' + escaped(figure.value) + u'\n';
    }
    return Cryptography::sha256Hex(text.toUtf8());
}

QByteArray DailyReport::dayDigestOf(const QList<ReportFigure> &figures, const QDate &day)
{
    QList<ReportFigure> ofTheDay;
    std::copy_if(figures.cbegin(), figures.cend(), std::back_inserter(ofTheDay),
                 [&day](const ReportFigure &f) { return isOfTheDay(f.key, day); });
    return digestOf(ofTheDay);
}

bool DailyReport::isOfTheDay(const QString &key, const QDate &day)
{
    static const QStringList others{QStringLiteral("days."), QStringLiteral("ytd."), QStringLiteral("since.")};
    if (key.startsWith(QStringLiteral("days.") + IncidentText::formatDate(day) + u'.')) {
        return true;
    }
    return std::none_of(others.cbegin(), others.cend(),
                        [&key](const QString &prefix) { return key.startsWith(prefix); });
}

Result<DailyReport::Request> DailyReport::requestOf(const QList<ReportFigure> &figures)
{
    QHash<QString, QString> values;
    for (const ReportFigure &figure : figures.mid(0, 5)) {
        values.insert(figure.key, figure.value);
    }
    if (values.value(QStringLiteral("form")) != QLatin1String(kForm)) {
        return Failure::invalid(QList<FieldError>{
            {QStringLiteral("form"),
             tr("is not a daily report's figures (the first must be form,%1)").arg(QString::fromLatin1(kForm))}});
    }
    Request request;
    request.day = IncidentText::parseDate(values.value(QStringLiteral("day"))).value_or(QDate());
    request.since = IncidentText::parseDate(values.value(QStringLiteral("since"))).value_or(QDate());
    request.district = values.value(QStringLiteral("district"));
    request.station = values.value(QStringLiteral("station"));
    if (const auto problem = problemOf(request)) {
        return Failure::invalid(QList<FieldError>{*problem});
    }
    return request;
}

} // namespace borderlog
