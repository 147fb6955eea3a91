// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentrules.h"

#include "catchqt.h"
#include "textlength.h"

using namespace borderlog;

namespace {

const QDate kToday(2021, 8, 3);

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

QStringList fieldsOf(const QList<FieldError> &errors)
{
    QStringList fields;
    for (const auto &e : errors) {
        fields << e.field;
    }
    return fields;
}

} // namespace

TEST_CASE("A complete incident obeys every rule", "[rules]")
{
    CHECK(IncidentRules::check(valid(), kToday).isEmpty());
    CHECK(valid().groupSize() == 287);
}

TEST_CASE("Each broken rule names its field", "[rules]")
{
    Incident i = valid();
    SECTION("date is required")
    {
        i.date = QDate();
        CHECK(fieldsOf(IncidentRules::check(i, kToday)) == QStringList{QStringLiteral("date")});
    }
    SECTION("date not before 1990-01-01")
    {
        i.date = QDate(1989, 12, 31);
        CHECK(IncidentRules::check(i, kToday).first().rule.contains(QStringLiteral("1990-01-01")));
        i.date = QDate(1990, 1, 1);
        CHECK(IncidentRules::check(i, kToday).isEmpty());
    }
    SECTION("date not in the future")
    {
        i.date = kToday.addDays(1);
        CHECK(fieldsOf(IncidentRules::check(i, kToday)) == QStringList{QStringLiteral("date")});
        i.date = kToday;
        CHECK(IncidentRules::check(i, kToday).isEmpty());
    }
    SECTION("location is required and plain")
    {
        i.location = QString();
        CHECK(fieldsOf(IncidentRules::check(i, kToday)) == QStringList{QStringLiteral("location")});
        i.location = QStringLiteral("Varėna\nsection");
        CHECK(fieldsOf(IncidentRules::check(i, kToday)) == QStringList{QStringLiteral("location")});
        i.location = QString(101, u'x');
        CHECK(fieldsOf(IncidentRules::check(i, kToday)) == QStringList{QStringLiteral("location")});
    }
    SECTION("at least one nationality line")
    {
        i.nationalities.clear();
        CHECK(fieldsOf(IncidentRules::check(i, kToday)) == QStringList{QStringLiteral("nationality")});
    }
    SECTION("a nationality only once")
    {
        i.nationalities << NationalityCount{QStringLiteral("IQ"), 1};
        CHECK(fieldsOf(IncidentRules::check(i, kToday)) == QStringList{QStringLiteral("nationality")});
    }
    SECTION("known codes only")
    {
        i.nationalities = {{QStringLiteral("IRQ"), 3}};
        CHECK(fieldsOf(IncidentRules::check(i, kToday)) == QStringList{QStringLiteral("nationality")});
    }
    SECTION("group size from 1 to 10,000")
    {
        i.nationalities = {{QStringLiteral("IQ"), 0}};
        CHECK(fieldsOf(IncidentRules::check(i, kToday)) == QStringList{QStringLiteral("persons")});
        i.nationalities = {{QStringLiteral("IQ"), 9000}, {QStringLiteral("SY"), 1001}};
        CHECK(fieldsOf(IncidentRules::check(i, kToday)) == QStringList{QStringLiteral("persons")});
        i.nationalities = {{QStringLiteral("IQ"), 9000}, {QStringLiteral("SY"), 1000}};
        CHECK(IncidentRules::check(i, kToday).isEmpty());
    }
    SECTION("notes at most 2,000 characters")
    {
        i.notes = QString(2000, u'n');
        CHECK(IncidentRules::check(i, kToday).isEmpty());
        i.notes = QString(2001, u'n');
        CHECK(fieldsOf(IncidentRules::check(i, kToday)) == QStringList{QStringLiteral("notes")});
        i.notes = QString::fromUtf8("nul\0byte", 8);
        CHECK(fieldsOf(IncidentRules::check(i, kToday)) == QStringList{QStringLiteral("notes")});
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
    CHECK(IncidentRules::check(i, kToday).isEmpty());
    i.notes = emoji(2000);
    CHECK(IncidentRules::check(i, kToday).isEmpty());
    i.notes = emoji(2001);
    const auto notes = IncidentRules::check(i, kToday);
    REQUIRE(fieldsOf(notes) == QStringList{QStringLiteral("notes")});
    CHECK(notes.first().rule.contains(QStringLiteral("(is 2001)")));

    i = valid();
    i.location = emoji(100);
    CHECK(IncidentRules::check(i, kToday).isEmpty());
    i.location = emoji(101);
    CHECK(fieldsOf(IncidentRules::check(i, kToday)) == QStringList{QStringLiteral("location")});

    i = valid();
    i.recordedBy = emoji(100);
    CHECK(IncidentRules::check(i, kToday).isEmpty());
    i.recordedBy = emoji(101);
    CHECK(fieldsOf(IncidentRules::check(i, kToday)) == QStringList{QStringLiteral("recorded_by")});
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
        CHECK(fieldsOf(IncidentRules::check(incident, kToday)).contains(QStringLiteral("location")));
    }
    CHECK_FALSE(IncidentRules::locationNameProblem(QStringLiteral("Šalčininkai checkpoint")).has_value());
    CHECK_FALSE(IncidentRules::locationNameProblem(emoji(100)).has_value());
}
