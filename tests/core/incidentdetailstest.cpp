// SPDX-License-Identifier: GPL-3.0-or-later
// The fields of schema 8: the group's breakdown and the incident's details, their rules, text, CSV and snapshot.
#include "catchqt.h"
#include "csvwriter.h"
#include "incidentcsv.h"
#include "incidentrules.h"
#include "incidentsnapshot.h"
#include "incidenttext.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>

using namespace borderlog;
using test::fieldsOf;

namespace {

const QDateTime kNow = QDate(2025, 1, 1).endOfDay();

// A family of six detected by a thermal camera, one injured.
Incident family()
{
    Incident incident;
    incident.id = QUuid::fromString(QStringLiteral("4a1b2c3d-0000-4000-8000-0000000000f1"));
    incident.date = QDate(2021, 8, 3);
    incident.time = QTime(2, 40);
    incident.location = QStringLiteral("Kabeliai");
    incident.nationalities = {NationalityCount{QStringLiteral("IQ"), 6, 2, 1, 3, 0}};
    incident.outcome = Outcome::TurnedBack;
    incident.recordedBy = QStringLiteral("ona");
    incident.recordedAt = QDateTime(QDate(2021, 8, 3), QTime(1, 0), Qt::UTC);
    IncidentDetails &d = incident.details;
    d.detection = Detection::ThermalCamera;
    d.borderSector = BorderSector::GreenBorder;
    d.injured = 1;
    d.aidGiven = AidGiven::Both;
    d.force = ForceType::PhysicalCoercion;
    d.refusalReasons = QStringLiteral("AC");
    d.facilitators = 2;
    d.facilitatorNationalities = {QStringLiteral("BY"), QStringLiteral("LT")};
    d.relatedTo = QUuid::fromString(QStringLiteral("4a1b2c3d-0000-4000-8000-0000000000f0"));
    d.countEstimated = true;
    return incident;
}

QByteArray csvOf(const Incident &incident, IncidentCsv::Layout layout)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    IncidentCsv::writeHeader(writer, layout);
    IncidentCsv::writeIncident(writer, incident, layout);
    REQUIRE(writer.finish());
    return buffer.data();
}

} // namespace

TEST_CASE("A family's breakdown and details obey the rules", "[details][rules]")
{
    CHECK(IncidentRules::check(family(), kNow).isEmpty());

    Incident tooMany = family();
    tooMany.nationalities.first().children = 4; // 2 + 1 + 4 > 6
    CHECK(fieldsOf(IncidentRules::check(tooMany, kNow)) == QStringList{QStringLiteral("persons")});

    Incident injured = family();
    injured.details.injured = 7;
    const auto errors = IncidentRules::check(injured, kNow);
    REQUIRE(fieldsOf(errors) == QStringList{QStringLiteral("injured")});
    CHECK(errors.first().rule.contains(QStringLiteral("6 person")));

    Incident detained = family();
    detained.outcome = Outcome::Detained;
    CHECK(fieldsOf(IncidentRules::check(detained, kNow)) == QStringList{QStringLiteral("refusal_reasons")});

    Incident facilitators = family();
    facilitators.details.facilitators = 1;
    CHECK(fieldsOf(IncidentRules::check(facilitators, kNow))
          == QStringList{QStringLiteral("facilitator_nationalities")});

    Incident itself = family();
    itself.details.relatedTo = itself.id;
    CHECK(fieldsOf(IncidentRules::check(itself, kNow)) == QStringList{QStringLiteral("related_to")});

    Incident negative = family();
    negative.details.dead = -1;
    CHECK(fieldsOf(IncidentRules::check(negative, kNow)) == QStringList{QStringLiteral("dead")});
}

TEST_CASE("The details are read from text as the command line and the CSV give them", "[details][text]")
{
    const auto line = IncidentText::parseNationalityCount(QStringLiteral("Irakas:6:2/1/3/0"));
    REQUIRE(line.ok());
    CHECK(*line == NationalityCount{QStringLiteral("IQ"), 6, 2, 1, 3, 0});
    CHECK(IncidentText::parseNationalityCount(QStringLiteral("IQ:6")).value()
          == NationalityCount{QStringLiteral("IQ"), 6});
    CHECK_FALSE(IncidentText::parseNationalityCount(QStringLiteral("IQ:6:2/1/3")).ok());
    CHECK(IncidentText::parseNationalityCount(QStringLiteral("IQ:6:2/x/3/0")).failure().fields.first().field
          == QStringLiteral("women"));

    CHECK(IncidentText::parseRefusalReasons(QStringLiteral("c, a;A")).value() == QStringLiteral("AC"));
    CHECK_FALSE(IncidentText::parseRefusalReasons(QStringLiteral("K")).ok());
    CHECK(RefusalReasons::format(QStringLiteral("ACJ")) == QStringLiteral("A C J"));

    CHECK(IncidentText::parseChoice<Detection>(QStringLiteral("Thermal camera"), "detection").value()
          == Detection::ThermalCamera);
    CHECK(IncidentText::parseChoice<Detection>(QString(), "detection").value() == Detection::NotRecorded);
    const auto wrong = IncidentText::parseChoice<Detection>(QStringLiteral("drone"), "detection");
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.message().contains(QStringLiteral("detection: 'drone' is not one of patrol, fixed_camera")));
    CHECK(IncidentText::parseNationalityList(QStringLiteral("lt, BY BY"), "facilitator_nationalities").value()
          == QStringList{QStringLiteral("BY"), QStringLiteral("LT")});
    CHECK(IncidentText::parseCount(QStringLiteral("-1"), "injured", 10).failure().fields.first().field
          == QStringLiteral("injured"));
}

TEST_CASE("Schema 8's values round-trip through the CSV, and the v1 layout is the old one", "[details][csv]")
{
    const Incident incident = family();
    const QByteArray standard = csvOf(incident, IncidentCsv::Layout::Standard);
    CHECK(standard.contains(",IQ,6,turned_back,true,,ona,2021-08-03T01:00:00Z,2,1,3,0,thermal_camera,entry,"
                            "green_border,true,1,0,0,both,physical_coercion,A C,2,BY LT,"
                            "4a1b2c3d-0000-4000-8000-0000000000f0\r\n"));
    const auto read = IncidentCsv::read(standard, QStringLiteral("family.csv"), kNow);
    REQUIRE(read.problems.isEmpty());
    REQUIRE(read.incidents.size() == 1);
    CHECK(read.incidents.first() == incident);

    const QByteArray v1 = csvOf(incident, IncidentCsv::Layout::V1);
    CHECK(v1.startsWith("incident_id,date,time,location,nationality,persons,outcome,force_used,notes,recorded_by,"
                        "recorded_at\r\n"));
    CHECK(v1.endsWith(",IQ,6,turned_back,true,,ona,2021-08-03T01:00:00Z\r\n"));
    const auto old = IncidentCsv::read(v1, QStringLiteral("v1.csv"), kNow);
    REQUIRE(old.problems.isEmpty());
    CHECK(old.incidents.first().details.force == ForceType::Unspecified);
    CHECK(old.incidents.first().nationalities.first() == NationalityCount{QStringLiteral("IQ"), 6});
}

TEST_CASE("A CSV row whose details break a rule names the field and line", "[details][csv]")
{
    const QByteArray header = IncidentCsv::header().join(u',').toUtf8() + "\r\n";
    const QByteArray row = ",2021-08-03,02:40,Kabeliai,IQ,6,detained,false,,ona,2021-08-03T01:00:00Z,2,1,3,0,drone,"
                           "entry,,false,9,0,0,none,firearm,A,0,,\r\n";
    const auto read = IncidentCsv::read(header + row, QStringLiteral("bad.csv"), kNow);
    const QString problems = read.problems.join(u'\n');
    CHECK(problems.contains(QStringLiteral("bad.csv:2: detection: 'drone' is not one of")));
    CHECK(problems.contains(QStringLiteral("bad.csv:2: force_type: 'firearm' contradicts force_used 'false'")));
    CHECK(read.incidents.isEmpty());
}

TEST_CASE("An incident without schema 8's values keeps its format 1 snapshot and one with them gets format 2",
          "[details][audit]")
{
    Incident plain = family();
    plain.details = IncidentDetails{};
    plain.nationalities = {{QStringLiteral("IQ"), 6}};
    const QByteArray format1 = IncidentSnapshot::of(plain);
    CHECK_FALSE(format1.contains("\"format\""));
    CHECK_FALSE(format1.contains("\"details\""));
    plain.setForceUsed(true); // "used, kind not recorded" is what force_used already says
    CHECK_FALSE(IncidentSnapshot::of(plain).contains("\"format\""));

    const Incident detailed = family();
    const QByteArray format2 = IncidentSnapshot::of(detailed);
    const QJsonDocument parsed = QJsonDocument::fromJson(format2);
    REQUIRE(parsed.isObject());
    CHECK(parsed.toJson(QJsonDocument::Compact) == format2);
    CHECK(parsed.object().value(u"format").toInt() == 2);
    CHECK(parsed.object().value(u"details").toObject().value(u"detection").toString()
          == QStringLiteral("thermal_camera"));

    const QString described = IncidentSnapshot::describe(format2);
    CHECK(described.contains(QStringLiteral("detection: thermal_camera")));
    CHECK(described.contains(QStringLiteral("injured: 1")));
    CHECK_FALSE(described.contains(QStringLiteral("dead:")));
    CHECK_FALSE(described.contains(QStringLiteral("direction:")));

    Incident amended = detailed;
    amended.details.injured = 0;
    amended.nationalities.first().women = 0;
    const QStringList lines = IncidentSnapshot::differences(format2, IncidentSnapshot::of(amended));
    CHECK(lines.contains(QStringLiteral("injured: 1 → 0")));
    CHECK(lines.contains(QStringLiteral("persons: IQ 6 (men 2, women 1, children 3, unaccompanied minors 0) → IQ 6 "
                                        "(men 2, women 0, children 3, unaccompanied minors 0)")));
}

TEST_CASE("A snapshot reads back as the incident it was written from, and nothing else reads", "[details][snapshot]")
{
    Incident plain = family();
    plain.details = IncidentDetails{};
    plain.nationalities = {{QStringLiteral("IQ"), 6}, {QStringLiteral("AF"), 1}};
    plain.time = QTime();
    for (const Incident &incident : {family(), plain}) {
        for (const bool removed : {false, true}) {
            const QByteArray snapshot = IncidentSnapshot::of(incident, removed);
            const auto read = IncidentSnapshot::read(snapshot);
            REQUIRE(read.has_value());
            CHECK(read->removed == removed);
            CHECK(read->incident == [&] {
                Incident sorted = incident;
                std::sort(sorted.nationalities.begin(), sorted.nationalities.end(),
                          [](const auto &a, const auto &b) { return a.nationality < b.nationality; });
                return sorted;
            }());
            CHECK(IncidentSnapshot::of(read->incident, removed) == snapshot);
        }
    }
    const QByteArray snapshot = IncidentSnapshot::of(family());
    QByteArray spaced = snapshot;
    spaced.replace(",\"location\"", ", \"location\"");
    CHECK_FALSE(IncidentSnapshot::read(spaced).has_value()); // not the canonical bytes
    CHECK_FALSE(IncidentSnapshot::read(QByteArray(snapshot).replace("thermal_camera", "Thermal camera")));
    CHECK_FALSE(IncidentSnapshot::read(snapshot.left(snapshot.size() - 1)).has_value()); // not JSON
    CHECK_FALSE(IncidentSnapshot::read("{}").has_value());
}
