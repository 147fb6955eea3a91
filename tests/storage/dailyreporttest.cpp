// SPDX-License-Identifier: GPL-3.0-or-later
#include "dailyreportcheck.h"
#include "incidentcsv.h"
#include "testdatabase.h"
#include "teststation.h"

#include <QBuffer>

using namespace borderlog;

using test::Station;

namespace {

const QDate kDay = Station::kDay;

QString figure(const QList<ReportFigure> &figures, const QString &key)
{
    for (const ReportFigure &f : figures) {
        if (f.key == key) {
            return f.value;
        }
    }
    return QStringLiteral("(missing)");
}

PrintedReport printedCsv(const DailyReport &report)
{
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    REQUIRE(DailyReportCsv::write(report, out).ok());
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    auto read = DailyReportCsv::read(in);
    REQUIRE(read.ok());
    return *read;
}

DailyReport compiled(IncidentLog &log, const QDate &day = kDay)
{
    auto report = DailyReport::compile(log, DailyReport::Request{.day = day});
    REQUIRE(report.ok());
    return *report;
}

// The station's two days: kDay with two groups, the day before with one; kDay signed off by rasa.
struct SignedStation
{
    Station station;
    Incident first;

    SignedStation()
    {
        first = station.record(QStringLiteral("ona"), kDay, 12);
        station.record(QStringLiteral("jonas"), kDay, 8);
        station.record(QStringLiteral("ona"), kDay.addDays(-1), 4);
        station.as(QStringLiteral("rasa"));
        REQUIRE(station.log().days().signOff(kDay).ok());
    }
};

} // namespace

TEST_CASE("The daily report of the seed article's days has the published figures", "[report][sample]")
{
    test::TestDatabase db;
    const auto read = IncidentCsv::read(test::readFile(QStringLiteral(BORDERLOG_SAMPLE_CSV)),
                                        QStringLiteral("sample.csv"), QDate(2026, 1, 1).endOfDay());
    REQUIRE(db.log().incidents().import(read.incidents).ok());

    const DailyReport second = compiled(db.log(), QDate(2021, 8, 2));
    CHECK(second.onDay().personsWith(Outcome::Detained) == 287);
    REQUIRE(second.days().size() == DailyReport::kDaysShown);
    CHECK(second.days().first().key == QStringLiteral("2021-07-27"));
    CHECK(second.onDayBefore().key == QStringLiteral("2021-08-01"));
    CHECK(second.onDayBefore().persons == 37 + 11 + 2);
    CHECK_FALSE(second.signOff().has_value());
    // Since the start of the year: January to July of Frontex's 2021 figures, and 1 and 2 August.
    CHECK(second.yearToDate().persons == 31 + 28 + 42 + 147 + 121 + 601 + 3236 + 50 + 287);
    const QList<ReportFigure> figures = second.figures();
    CHECK(figures.first() == ReportFigure{QStringLiteral("form"), QString::fromLatin1(DailyReport::kForm)});
    CHECK(figure(figures, QStringLiteral("day.outcome.detained.persons")) == QStringLiteral("287"));
    CHECK(figure(figures, QStringLiteral("signoff.by")).isEmpty());

    const DailyReport third = compiled(db.log(), QDate(2021, 8, 3));
    CHECK(third.onDay().personsWith(Outcome::TurnedBack) == 180);
    CHECK(DailyReport::notLetIn(third.onDay()) == 180 + third.onDay().personsWith(Outcome::Prevented));
    // 3 August is the default since-date: the running total since it is the day's.
    CHECK(third.sinceDate().persons == third.onDay().persons);
    CHECK(third.sinceDate().personsByOutcome == third.onDay().personsByOutcome);
    // The places: every line a district's or one of its stations', the stations summing to their district.
    qint64 districts = 0;
    for (const auto &place : third.places()) {
        districts += place.station.isEmpty() ? place.counts.persons : 0;
    }
    CHECK(districts == third.onDay().persons);
    CHECK(third.topNationalities().size() <= DailyReport::kTopNationalities);
}

TEST_CASE("A report of a signed day verifies on an untouched register, by its CSV form or its digests",
          "[report][verify]")
{
    SignedStation s;
    IncidentLog &log = s.station.log();
    const DailyReport report = compiled(log);
    REQUIRE(report.signOff().has_value());
    CHECK(report.signOff()->signedBy == QStringLiteral("rasa"));
    CHECK(report.onDay().persons == 20);
    CHECK(report.onDayBefore().persons == 4);
    CHECK(report.unsignedDaysCovered() == 1); // the day before

    const PrintedReport printed = printedCsv(report);
    CHECK(printed.figures == report.figures());
    CHECK(printed.head == report.head());
    auto check = DailyReportCheck::run(log, printed);
    REQUIRE(check.ok());
    CHECK(check->verdict() == DailyReportCheck::Verdict::Holds);
    CHECK(check->changes().isEmpty());
    CHECK(check->laterEntries().isEmpty());

    for (const QByteArray &digest : {report.digest(), report.dayDigest()}) {
        PrintedReport typed;
        typed.request = report.request();
        typed.digest = digest;
        typed.head = report.head();
        auto byDigest = DailyReportCheck::run(log, typed);
        REQUIRE(byDigest.ok());
        CHECK(byDigest->verdict() == DailyReportCheck::Verdict::Holds);
        CHECK(byDigest->matchedDayDigest() == (digest == report.dayDigest()));
    }
    PrintedReport wrong;
    wrong.request = report.request();
    wrong.digest = QByteArray(64, 'a');
    CHECK(DailyReportCheck::run(log, wrong)->verdict() == DailyReportCheck::Verdict::Changed);
}

TEST_CASE("A report stops verifying after an amendment made after a reopen, naming the entry", "[report][verify]")
{
    SignedStation s;
    IncidentLog &log = s.station.log();
    const PrintedReport printed = printedCsv(compiled(log));
    REQUIRE(log.days().reopen(kDay, QStringLiteral("the night shift counted two more")).ok());
    Incident amended = s.first;
    amended.nationalities[0].persons = 14;
    REQUIRE(log.incidents().amend(amended, QStringLiteral("two more found in the forest")).ok());
    REQUIRE(log.days().signOff(kDay).ok());

    auto check = DailyReportCheck::run(log, printed);
    REQUIRE(check.ok());
    CHECK(check->verdict() == DailyReportCheck::Verdict::Changed);
    CHECK(check->trail().ok()); // a lawful change: the trail holds, the figures do not
    const auto changes = check->changes();
    const auto persons = std::find_if(changes.cbegin(), changes.cend(),
                                      [](const auto &c) { return c.key == QStringLiteral("day.persons"); });
    REQUIRE(persons != changes.cend());
    CHECK(persons->printed == QStringLiteral("20"));
    CHECK(persons->now == QStringLiteral("22"));
    CHECK(persons->ofTheDay);
    QStringList actions;
    for (const AuditEntry &entry : check->laterEntries()) {
        actions << auditActionCode(entry.action);
    }
    CHECK(actions == QStringList{QStringLiteral("reopen"), QStringLiteral("amend"), QStringLiteral("sign_off")});
    const QString words = check->describe().join(u'\n');
    CHECK(words.contains(QStringLiteral("does NOT hold")));
    CHECK(words.contains(s.first.id.toString(QUuid::WithoutBraces)));
    CHECK(words.contains(QStringLiteral("two more found in the forest")));
}

TEST_CASE("A report stops verifying after a tally forged with the sqlite3 tool", "[report][verify][forgery]")
{
    SignedStation s;
    IncidentLog &log = s.station.log();
    const PrintedReport printed = printedCsv(compiled(log));
    test::execute(s.station.db().path(), "UPDATE daily_tally SET persons = persons - 5 WHERE date = '2021-08-02'");
    auto check = DailyReportCheck::run(log, printed);
    REQUIRE(check.ok());
    CHECK(check->verdict() == DailyReportCheck::Verdict::Changed);
    CHECK_FALSE(check->trail().ok()); // the aggregates no longer equal a recount of the incidents
    CHECK_FALSE(check->changes().isEmpty());
}

TEST_CASE("A signed day's report still holds for the day when an open day before it changes", "[report][verify]")
{
    SignedStation s;
    IncidentLog &log = s.station.log();
    const DailyReport report = compiled(log);
    const PrintedReport printed = printedCsv(report);
    s.station.record(QStringLiteral("ona"), kDay.addDays(-1), 3); // a late entry for the open day before

    // An officer may verify; the trail's entries are for supervisors to list.
    auto byOfficer = DailyReportCheck::run(log, printed);
    REQUIRE(byOfficer.ok());
    CHECK(byOfficer->verdict() == DailyReportCheck::Verdict::DayHolds);
    CHECK_FALSE(byOfficer->entriesUnlisted().isEmpty());
    s.station.as(QStringLiteral("rasa"));
    auto check = DailyReportCheck::run(log, printed);
    REQUIRE(check.ok());
    CHECK(check->verdict() == DailyReportCheck::Verdict::DayHolds);
    CHECK(check->entriesUnlisted().isEmpty());
    for (const auto &change : check->changes()) {
        CHECK_FALSE(change.ofTheDay);
    }
    REQUIRE(check->laterEntries().size() == 1);
    CHECK(check->laterEntries().first().action == AuditAction::Add);
    PrintedReport typed;
    typed.request = report.request();
    typed.digest = report.dayDigest();
    CHECK(DailyReportCheck::run(log, typed)->verdict() == DailyReportCheck::Verdict::Holds);
}

TEST_CASE("A report's CSV form altered by hand is caught by its own digest", "[report][verify][forgery]")
{
    SignedStation s;
    IncidentLog &log = s.station.log();
    PrintedReport printed = printedCsv(compiled(log));
    for (ReportFigure &f : printed.figures) {
        if (f.key == QStringLiteral("day.persons")) {
            f.value = QStringLiteral("19");
        }
    }
    auto check = DailyReportCheck::run(log, printed);
    REQUIRE(check.ok());
    CHECK(check->reportAltered());
    CHECK(check->verdict() == DailyReportCheck::Verdict::Changed);
}

TEST_CASE("The report counts force by kind as the day's incidents recorded it", "[report][force]")
{
    test::TestDatabase db;
    IncidentLog &log = db.log();
    const auto record = [&log](const QDate &day, ForceType force) {
        Incident incident = test::draft(day, QStringLiteral("Medininkai"), QStringLiteral("IQ"), 3);
        incident.details.force = force;
        auto recorded = log.incidents().record(incident);
        REQUIRE(recorded.ok());
        return *recorded;
    };
    for (ForceType force : {ForceType::None, ForceType::None, ForceType::Unspecified, ForceType::Firearm,
                            ForceType::Firearm, ForceType::SpecialMeans, ForceType::PhysicalCoercion}) {
        record(kDay, force);
    }
    record(kDay.addDays(1), ForceType::Firearm);               // another day
    const Incident removed = record(kDay, ForceType::Firearm); // removed: not counted
    REQUIRE(log.incidents().remove(removed.id, QStringLiteral("entered twice")).ok());

    // The lean count against the incidents read whole.
    QMap<ForceType, qint64> recount;
    IncidentFilter day;
    day.from = kDay;
    day.to = kDay;
    REQUIRE(log.reads()
                .forEachIncident(day,
                                 [&recount](const Incident &incident) {
                                     if (incident.forceUsed()) {
                                         ++recount[incident.details.force];
                                     }
                                     return true;
                                 })
                .ok());
    const DailyReport report = compiled(log);
    CHECK(report.force().incidents == 5);
    QMap<ForceType, qint64> reported;
    for (const auto &[kind, n] : report.force().byKind) {
        reported[kind] = n;
    }
    CHECK(reported == recount);
    CHECK(reported.value(ForceType::Firearm) == 2);
    CHECK(reported.value(ForceType::Unspecified) == 1);
}

TEST_CASE("A report's request names the field it breaks", "[report]")
{
    test::TestDatabase db;
    const auto since = DailyReport::compile(db.log(), {.day = kDay, .since = QDate()});
    REQUIRE_FALSE(since.ok());
    CHECK(test::fieldsOf(since.failure().fields) == QStringList{QStringLiteral("since")});
    const auto station = DailyReport::compile(db.log(), {.day = kDay, .station = QStringLiteral("Medininkų užkarda")});
    REQUIRE_FALSE(station.ok());
    CHECK(test::fieldsOf(station.failure().fields) == QStringList{QStringLiteral("station")});
    // A figure given twice (a forged one first) or after the digests is refused, whatever the digests say.
    for (const QByteArray &forged : {QByteArray("figure,value\nform,borderlog-daily-report/1\nday.persons,999\n"
                                                "day.persons,20\ndigest,00\naudit_head,1:00\n"),
                                     QByteArray("figure,value\nform,borderlog-daily-report/1\ndigest,00\n"
                                                "day.persons,20\naudit_head,1:00\n")}) {
        QBuffer twice;
        twice.setData(forged);
        twice.open(QIODevice::ReadOnly);
        const auto read = DailyReportCsv::read(twice);
        REQUIRE_FALSE(read.ok());
        CHECK(test::fieldsOf(read.failure().fields) == QStringList{QStringLiteral("report")});
    }
    QBuffer junk;
    junk.setData("figure,value\nform,something else\ndigest,00\naudit_head,1:00\n");
    junk.open(QIODevice::ReadOnly);
    CHECK_FALSE(DailyReportCsv::read(junk).ok());
}
