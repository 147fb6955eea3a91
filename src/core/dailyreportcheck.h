// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditentry.h"
#include "auditverifier.h"
#include "dailyreport.h"
#include "result.h"

#include <QCoreApplication>

#include <optional>

class QIODevice;

namespace borderlog {

// What a printed report says about itself: its figures when read from its CSV form (else only the request
// and a digest typed from the page), its digests and the audit trail's head it printed.
struct PrintedReport
{
    DailyReport::Request request;
    QList<ReportFigure> figures; // empty when only a digest is known
    QByteArray digest;           // of every figure, or of the day's figures only (DailyReportCheck finds which)
    QByteArray dayDigest;        // from the CSV form
    std::optional<AuditHead> head;
};

// The daily report's CSV form: "figure,value" rows in the order of DailyReport::figures(), then the two
// digests and the audit trail's head (which the digests do not cover). The same bytes in every language.
namespace DailyReportCsv {
Result<qint64> write(const DailyReport &report, QIODevice &device);
Result<PrintedReport> read(QIODevice &device);
} // namespace DailyReportCsv

// A printed report checked against the register as it is now: the report compiled again from the aggregates,
// its figures compared one by one, the audit trail verified (with the printed head, which must still be in
// it), and the trail's entries since that head that can have changed the figures.
class DailyReportCheck
{
    Q_DECLARE_TR_FUNCTIONS(DailyReportCheck)

public:
    enum class Verdict {
        Holds,    // every figure as printed
        DayHolds, // the day's own figures as printed; figures of other days changed
        Changed,  // a figure of the day changed, the digest does not match, or the trail does not verify
    };
    struct FigureChange
    {
        QString key;
        QString printed; // empty when the figure is new
        QString now;     // empty when the figure is gone
        bool ofTheDay = false;
    };

    static Result<DailyReportCheck> run(const IncidentLog &log, const PrintedReport &printed);

    Verdict verdict() const;
    const QList<FigureChange> &changes() const { return m_changes; }
    // The digest given matched the figures of the day (not all of them).
    bool matchedDayDigest() const { return m_matchedDayDigest; }
    bool digestMatches() const { return m_digestMatches; }
    // The report's own digest does not cover its figures: the file was changed after it was written.
    bool reportAltered() const { return m_reportAltered; }
    const AuditVerification &trail() const { return m_trail; }
    // The first 200 of them (entriesNotListed() counts the rest).
    const QList<AuditEntry> &laterEntries() const { return m_laterEntries; }
    qsizetype entriesNotListed() const { return m_entriesNotListed; }
    // Why the entries since the head could not be listed (the trail is for supervisors and admins).
    const QString &entriesUnlisted() const { return m_entriesUnlisted; }
    const DailyReport &now() const { return m_now; }

    // The result in words, a line each: the verdict, the figures that changed, the trail's problems and the
    // entries since the printed head (English, like audit verify's report: scripts read it).
    QStringList describe() const;

private:
    void compare(const QList<ReportFigure> &printed);
    Result<void> listLaterEntries(const IncidentLog &log, const AuditHead &head);

    DailyReport m_now;
    QList<FigureChange> m_changes;
    bool m_digestMatches = false;
    bool m_matchedDayDigest = false;
    bool m_reportAltered = false;
    AuditVerification m_trail;
    QList<AuditEntry> m_laterEntries;
    qsizetype m_entriesNotListed = 0; // beyond the ones listed
    bool m_dayFiguresMatch = true;
    QString m_entriesUnlisted;
};

} // namespace borderlog
