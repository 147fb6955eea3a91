// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentrules.h"

#include "catchqt.h"
#include "locationnames.h"
#include "testdatabase.h"
#include "textlength.h"

using namespace borderlog;
using test::fieldsOf;

namespace {

const QDate kToday(2021, 8, 3);
const QDateTime kNow = kToday.endOfDay();

// `count` copies of one character outside the Basic Multilingual Plane: two UTF-16 units each.
QString emoji(int count)
{
    return QString::fromUtf8("\xF0\x9F\x98\x80").repeated(count); // U+1F600
}

Incident valid()
{
    Incident incident;
    incident.date = QDate(2021, 8, 2);
    incident.location = QStringLiteral("Druskininkai");
    incident.nationalities = {{QStringLiteral("IQ"), 280}, {QStringLiteral("SY"), 7}};
    incident.outcome = Outcome::Detained;
    return incident;
}

} // namespace

TEST_CASE("A complete incident obeys every rule", "[rules]")
{
    CHECK(IncidentRules::check(valid(), kNow).isEmpty());
    CHECK(valid().groupSize() == 287);
}

TEST_CASE("Each broken rule names its field", "[rules]")
{
    Incident i = valid();
    SECTION("date is required")
    {
        i.date = QDate();
        CHECK(fieldsOf(IncidentRules::check(i, kNow)) == QStringList{QStringLiteral("date")});
    }
    SECTION("date not before 1990-01-01")
    {
        i.date = QDate(1989, 12, 31);
        CHECK(IncidentRules::check(i, kNow).first().rule.contains(QStringLiteral("1990-01-01")));
        i.date = QDate(1990, 1, 1);
        CHECK(IncidentRules::check(i, kNow).isEmpty());
    }
    SECTION("date not in the future")
    {
        i.date = kToday.addDays(1);
        CHECK(fieldsOf(IncidentRules::check(i, kNow)) == QStringList{QStringLiteral("date")});
        i.date = kToday;
        CHECK(IncidentRules::check(i, kNow).isEmpty());
    }
    SECTION("time not later than now, with the clocks' tolerance")
    {
        const QDateTime evening(kToday, QTime(21, 30));
        i.date = kToday;
        i.time = QTime(21, 35); // exactly the tolerance
        CHECK(IncidentRules::check(i, evening).isEmpty());
        i.time = QTime(21, 36);
        const auto errors = IncidentRules::check(i, evening);
        CHECK(fieldsOf(errors) == QStringList{QStringLiteral("time")});
        CHECK(errors.first().rule.contains(QStringLiteral("21:30")));
        CHECK(errors.first().rule.contains(QStringLiteral("5 minute")));
        // The day before, any time is in the past; no time at all is never in the future today.
        i.date = kToday.addDays(-1);
        i.time = QTime(23, 59);
        CHECK(IncidentRules::check(i, evening).isEmpty());
        i.date = kToday;
        i.time = QTime();
        CHECK(IncidentRules::check(i, evening).isEmpty());
        // Just before midnight, the tolerance reaches into the next day for a timed incident only.
        const QDateTime late(kToday, QTime(23, 58));
        i.date = kToday.addDays(1);
        i.time = QTime(0, 2);
        CHECK(IncidentRules::check(i, late).isEmpty());
        i.time = QTime(0, 4);
        CHECK(fieldsOf(IncidentRules::check(i, late)) == QStringList{QStringLiteral("date")});
        i.time = QTime();
        CHECK(fieldsOf(IncidentRules::check(i, late)) == QStringList{QStringLiteral("date")});
    }
    SECTION("location is required and plain")
    {
        i.location = QString();
        CHECK(fieldsOf(IncidentRules::check(i, kNow)) == QStringList{QStringLiteral("location")});
        i.location = QStringLiteral("Varėna\nsection");
        CHECK(fieldsOf(IncidentRules::check(i, kNow)) == QStringList{QStringLiteral("location")});
        i.location = QString(101, u'x');
        CHECK(fieldsOf(IncidentRules::check(i, kNow)) == QStringList{QStringLiteral("location")});
    }
    SECTION("at least one nationality line")
    {
        i.nationalities.clear();
        CHECK(fieldsOf(IncidentRules::check(i, kNow)) == QStringList{QStringLiteral("nationality")});
    }
    SECTION("a nationality only once")
    {
        i.nationalities << NationalityCount{QStringLiteral("IQ"), 1};
        CHECK(fieldsOf(IncidentRules::check(i, kNow)) == QStringList{QStringLiteral("nationality")});
    }
    SECTION("known codes only")
    {
        i.nationalities = {{QStringLiteral("IRQ"), 3}};
        CHECK(fieldsOf(IncidentRules::check(i, kNow)) == QStringList{QStringLiteral("nationality")});
    }
    SECTION("group size from 1 to 10,000")
    {
        i.nationalities = {{QStringLiteral("IQ"), 0}};
        CHECK(fieldsOf(IncidentRules::check(i, kNow)) == QStringList{QStringLiteral("persons")});
        i.nationalities = {{QStringLiteral("IQ"), 9000}, {QStringLiteral("SY"), 1001}};
        CHECK(fieldsOf(IncidentRules::check(i, kNow)) == QStringList{QStringLiteral("persons")});
        i.nationalities = {{QStringLiteral("IQ"), 9000}, {QStringLiteral("SY"), 1000}};
        CHECK(IncidentRules::check(i, kNow).isEmpty());
    }
    SECTION("notes at most 2,000 characters")
    {
        i.notes = QString(2000, u'n');
        CHECK(IncidentRules::check(i, kNow).isEmpty());
        i.notes = QString(2001, u'n');
        CHECK(fieldsOf(IncidentRules::check(i, kNow)) == QStringList{QStringLiteral("notes")});
        i.notes = QString::fromUtf8("nul\0byte", 8);
        CHECK(fieldsOf(IncidentRules::check(i, kNow)) == QStringList{QStringLiteral("notes")});
    }
}

TEST_CASE("Length rules count characters, not UTF-16 units", "[rules]")
{
    CHECK(characterCount(u"Varėna") == 6);
    CHECK(characterCount(emoji(3)) == 3);
    CHECK(emoji(3).size() == 6);
    CHECK(characterCount(QString(QChar(0xD83D))) == 1); // a surrogate without its partner
    CHECK(characterCount(QStringView()) == 0);

    Incident i = valid();
    i.notes = emoji(1500);
    CHECK(IncidentRules::check(i, kNow).isEmpty());
    i.notes = emoji(2000);
    CHECK(IncidentRules::check(i, kNow).isEmpty());
    i.notes = emoji(2001);
    const auto notes = IncidentRules::check(i, kNow);
    REQUIRE(fieldsOf(notes) == QStringList{QStringLiteral("notes")});
    CHECK(notes.first().rule.contains(QStringLiteral("(is 2001)")));

    i = valid();
    i.location = emoji(100);
    CHECK(IncidentRules::check(i, kNow).isEmpty());
    i.location = emoji(101);
    CHECK(fieldsOf(IncidentRules::check(i, kNow)) == QStringList{QStringLiteral("location")});

    i = valid();
    i.recordedBy = emoji(100);
    CHECK(IncidentRules::check(i, kNow).isEmpty());
    i.recordedBy = emoji(101);
    CHECK(fieldsOf(IncidentRules::check(i, kNow)) == QStringList{QStringLiteral("recorded_by")});
}

TEST_CASE("A location's name holds nothing that changes how a listing reads", "[rules]")
{
    for (const QString &name : {QStringLiteral("Medininkai\nforged line"), QStringLiteral("Medininkai\x1b[2J"),
                                QStringLiteral("Medi\u202Eiakninid"), QStringLiteral("Medininkai\u2028Varėna"),
                                QStringLiteral(" Medininkai"), QString(), QStringLiteral("M").repeated(101)}) {
        const auto problem = IncidentRules::locationNameProblem(name);
        REQUIRE(problem.has_value());
        CHECK(problem->field == QStringLiteral("location"));
        Incident incident = valid();
        incident.location = name;
        CHECK(fieldsOf(IncidentRules::check(incident, kNow)).contains(QStringLiteral("location")));
    }
    CHECK_FALSE(IncidentRules::locationNameProblem(QStringLiteral("Šalčininkai checkpoint")).has_value());
    CHECK_FALSE(IncidentRules::locationNameProblem(emoji(100)).has_value());
}

TEST_CASE("Locations are listed in the alphabetical order of the user's language", "[locations]")
{
    const QStringList stored{QStringLiteral("Varėna"), QStringLiteral("Šalčininkai"), QStringLiteral("Tauragė"),
                             QStringLiteral("Salos"),  QStringLiteral("Marker 10"),   QStringLiteral("Marker 9")};
    CHECK(LocationNames::alphabetical(stored, QLocale(QLocale::Lithuanian, QLocale::Lithuania))
          == QStringList{QStringLiteral("Marker 9"), QStringLiteral("Marker 10"), QStringLiteral("Salos"),
                         QStringLiteral("Šalčininkai"), QStringLiteral("Tauragė"), QStringLiteral("Varėna")});
    // English has no letter Š of its own: it sorts with S.
    CHECK(LocationNames::alphabetical(stored, QLocale(QLocale::English, QLocale::UnitedKingdom))
          == QStringList{QStringLiteral("Marker 9"), QStringLiteral("Marker 10"), QStringLiteral("Šalčininkai"),
                         QStringLiteral("Salos"), QStringLiteral("Tauragė"), QStringLiteral("Varėna")});
}
