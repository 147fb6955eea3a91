// SPDX-License-Identifier: GPL-3.0-or-later
#include "dailyreportcheck.h"

#include "csvreader.h"
#include "csvwriter.h"
#include "formulaguard.h"
#include "incidentlog.h"
#include "incidenttext.h"

#include <QHash>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace borderlog {

namespace {

const QString kDigestKey = QStringLiteral("digest");
const QString kDayDigestKey = QStringLiteral("digest_of_the_day");
const QString kHeadKey = QStringLiteral("audit_head");
// A day's report has a few hundred rows (one per district and station of the day at most); more is not one.
constexpr qsizetype kMaxRows = 20000;
// The entries since the printed head that a check names; the rest are counted.
constexpr qsizetype kMaxEntriesListed = 200;

QDate dateIn(const QByteArray &json)
{
    if (json.isEmpty()) {
        return {};
    }
    return QDate::fromString(QJsonDocument::fromJson(json).object().value(u"date").toString(), Qt::ISODate);
}

// Whether an entry can have changed figures of the days from `first` to `last`: a change to an incident
// of those days (before or after), incidents created in bulk, a sign-off or reopening of one of the days, a
// place moved or merged (the districts' and stations' lines), or the tallies rebuilt.
bool canChange(const AuditEntry &entry, const QDate &first, const QDate &last)
{
    const auto within = [&](const QDate &d) { return d.isValid() && d >= first && d <= last; };
    switch (entry.action) {
    case AuditAction::Add:
    case AuditAction::Amend:
    case AuditAction::Remove:
    case AuditAction::Restore:
    case AuditAction::NationalChange:
    case AuditAction::SignOff:
    case AuditAction::Reopen:
        return within(dateIn(entry.before)) || within(dateIn(entry.after));
    case AuditAction::Import:
    case AuditAction::Adopt:
    case AuditAction::LocationChange:
    case AuditAction::LocationMerge:
    case AuditAction::StationChange:
    case AuditAction::DistrictChange:
    case AuditAction::TallyRepair:
        return true;
    default:
        return false;
    }
}

} // namespace

Result<qint64> DailyReportCsv::write(const DailyReport &report, QIODevice &device)
{
    CsvWriter csv(device);
    csv.writeRow(QStringList{QStringLiteral("figure"), QStringLiteral("value")});
    const QList<ReportFigure> figures = report.figures();
    for (const ReportFigure &figure : figures) {
        csv.writeRow(QStringList{FormulaGuard::guard(figure.key), FormulaGuard::guard(figure.value)});
    }
    csv.writeRow(
        QStringList{kDayDigestKey, QString::fromLatin1(DailyReport::dayDigestOf(figures, report.request().day))});
    csv.writeRow(QStringList{kDigestKey, QString::fromLatin1(DailyReport::digestOf(figures))});
    csv.writeRow(QStringList{kHeadKey, report.head().toString()});
    if (!csv.finish()) {
        return Failure::storage(
            QCoreApplication::translate("DailyReportCheck", "Cannot write the report: %1").arg(device.errorString()));
    }
    return qint64(figures.size());
}

Result<PrintedReport> DailyReportCsv::read(QIODevice &device)
{
    const auto invalid = [](const QString &rule) {
        return Failure::invalid(QList<FieldError>{{QStringLiteral("report"), rule}});
    };
    CsvReader csv(device);
    CsvReader::Record record;
    if (!csv.next(record) || record.fields != QStringList{QStringLiteral("figure"), QStringLiteral("value")}) {
        return invalid(DailyReportCheck::tr("must be a daily report's CSV form (its header is figure,value)"));
    }
    PrintedReport printed;
    QSet<QString> keys;
    bool trailer = false; // the digests and the head close the file: no figure may follow them
    while (csv.next(record)) {
        if (record.fields.size() != 2) {
            return invalid(
                DailyReportCheck::tr("line %1: must have two fields, a figure and its value").arg(record.line));
        }
        const QString key = FormulaGuard::unguard(record.fields[0]);
        const QString value = FormulaGuard::unguard(record.fields[1]);
        if (keys.contains(key)) {
            return invalid(DailyReportCheck::tr("line %1: the figure %2 is there twice").arg(record.line).arg(key));
        }
        if (keys.size() >= kMaxRows) {
            return invalid(DailyReportCheck::tr("has more than %1 rows: not a daily report").arg(kMaxRows));
        }
        keys.insert(key);
        if (key == kDigestKey) {
            printed.digest = value.toLatin1();
            trailer = true;
        } else if (key == kDayDigestKey) {
            printed.dayDigest = value.toLatin1();
            trailer = true;
        } else if (key == kHeadKey) {
            printed.head = AuditHead::parse(value);
            trailer = true;
        } else if (trailer) {
            return invalid(DailyReportCheck::tr("line %1: a figure after the digests").arg(record.line));
        } else {
            printed.figures << ReportFigure{key, value};
        }
    }
    if (!csv.error().isEmpty()) {
        return invalid(csv.error());
    }
    if (printed.digest.isEmpty() || !printed.head) {
        return invalid(DailyReportCheck::tr("must end with its digests and the audit trail's head"));
    }
    auto request = DailyReport::requestOf(printed.figures);
    if (!request) {
        return request.failure();
    }
    printed.request = *request;
    return printed;
}

Result<DailyReportCheck> DailyReportCheck::run(const IncidentLog &log, const PrintedReport &printed)
{
    auto now = DailyReport::compile(log, printed.request);
    if (!now) {
        return now.failure();
    }
    DailyReportCheck check;
    check.m_now = *now;
    const QList<ReportFigure> figures = now->figures();
    const QByteArray given = printed.digest.toLower();
    check.m_matchedDayDigest = given == DailyReport::dayDigestOf(figures, printed.request.day);
    check.m_digestMatches = given == DailyReport::digestOf(figures) || check.m_matchedDayDigest;
    if (!printed.figures.isEmpty()) {
        check.m_reportAltered =
            DailyReport::digestOf(printed.figures) != given
            || (!printed.dayDigest.isEmpty()
                && DailyReport::dayDigestOf(printed.figures, printed.request.day) != printed.dayDigest.toLower());
        check.compare(printed.figures);
        // Belt and braces: the day's figures as printed, in their order, are the register's now.
        check.m_dayFiguresMatch = DailyReport::dayDigestOf(printed.figures, printed.request.day)
                                  == DailyReport::dayDigestOf(figures, printed.request.day);
    }
    auto trail = log.audit().verify(printed.head);
    if (!trail) {
        return trail.failure();
    }
    check.m_trail = *trail;
    if (printed.head) {
        if (auto listed = check.listLaterEntries(log, *printed.head); !listed) {
            check.m_entriesUnlisted = listed.failure().message;
        }
    }
    return check;
}

void DailyReportCheck::compare(const QList<ReportFigure> &printed)
{
    const QDate day = m_now.request().day;
    QHash<QString, QString> before;
    for (const ReportFigure &figure : printed) {
        before.insert(figure.key, figure.value);
    }
    QSet<QString> seen;
    for (const ReportFigure &figure : m_now.figures()) {
        seen.insert(figure.key);
        const auto was = before.constFind(figure.key);
        if (was == before.cend() || *was != figure.value) {
            m_changes << FigureChange{figure.key, was == before.cend() ? QString() : *was, figure.value,
                                      DailyReport::isOfTheDay(figure.key, day)};
        }
    }
    for (const ReportFigure &figure : printed) {
        if (!seen.contains(figure.key)) {
            m_changes << FigureChange{figure.key, figure.value, QString(), DailyReport::isOfTheDay(figure.key, day)};
        }
    }
}

Result<void> DailyReportCheck::listLaterEntries(const IncidentLog &log, const AuditHead &head)
{
    const QDate first = m_now.firstDayCovered();
    const QDate last = m_now.request().day;
    auto listed = log.audit().forEach(AuditFilter{}, [&](const AuditEntry &entry) {
        if (entry.sequence > head.sequence && canChange(entry, first, last)) {
            if (m_laterEntries.size() < kMaxEntriesListed) {
                m_laterEntries << entry;
            } else {
                ++m_entriesNotListed;
            }
        }
        return true;
    });
    if (!listed) {
        return listed.failure();
    }
    return {};
}

DailyReportCheck::Verdict DailyReportCheck::verdict() const
{
    const bool dayChanged =
        std::any_of(m_changes.cbegin(), m_changes.cend(), [](const FigureChange &c) { return c.ofTheDay; })
        || !m_dayFiguresMatch;
    if (!m_trail.ok() || m_reportAltered || dayChanged || (m_changes.isEmpty() && !m_digestMatches)) {
        return Verdict::Changed;
    }
    return m_changes.isEmpty() ? Verdict::Holds : Verdict::DayHolds;
}

QStringList DailyReportCheck::describe() const
{
    const QString day = IncidentText::formatDate(m_now.request().day);
    QStringList lines;
    switch (verdict()) {
    case Verdict::Holds:
        lines << (m_matchedDayDigest
                      ? QStringLiteral("report of %1 holds: the figures of the day are as printed").arg(day)
                      : QStringLiteral("report of %1 holds: every figure is as printed").arg(day));
        break;
    case Verdict::DayHolds:
        lines << QStringLiteral("report of %1 holds for the day; figures of other days changed since it was printed")
                     .arg(day);
        break;
    case Verdict::Changed:
        lines << QStringLiteral("report of %1 does NOT hold").arg(day);
        break;
    }
    if (m_reportAltered) {
        lines << QStringLiteral("the report's digest does not cover its figures: the report was altered");
    }
    if (m_changes.isEmpty() && !m_digestMatches) {
        lines << QStringLiteral("the digest matches neither the figures of the day nor all figures as the register "
                                "holds them now; the report's CSV form names the figures that changed");
    }
    for (const FigureChange &change : m_changes) {
        lines << QStringLiteral("changed%1: %2: printed %3, now %4")
                     .arg(change.ofTheDay ? QStringLiteral(" (the day)") : QStringLiteral(" (other days)"), change.key,
                          change.printed.isEmpty() ? QStringLiteral("(none)") : change.printed,
                          change.now.isEmpty() ? QStringLiteral("(none)") : change.now);
    }
    for (const AuditProblem &problem : m_trail.problems) {
        lines << QStringLiteral("audit trail: %1").arg(problem.message);
    }
    for (const AuditEntry &entry : m_laterEntries) {
        lines << QStringLiteral("entry %1 at %2 by %3: %4%5%6")
                     .arg(entry.sequence)
                     .arg(AuditEntry::formatTime(entry.at), entry.user, auditActionCode(entry.action),
                          entry.incidentId.isEmpty() ? QString() : QStringLiteral(" incident ") + entry.incidentId,
                          entry.reason.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(entry.reason));
    }
    if (m_entriesNotListed > 0) {
        lines << QStringLiteral("and %1 more entries since the printed head that can have changed the figures")
                     .arg(m_entriesNotListed);
    }
    if (!m_entriesUnlisted.isEmpty()) {
        lines << QStringLiteral("entries since the printed head not listed: %1").arg(m_entriesUnlisted);
    }
    return lines;
}

} // namespace borderlog
