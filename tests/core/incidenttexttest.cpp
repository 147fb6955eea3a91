// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidenttext.h"

#include "catchqt.h"

using namespace borderlog;

TEST_CASE("Incident ids are exactly the 36 characters of a UUID", "[text]")
{
    const QUuid id = QUuid::fromString(QStringLiteral("4a1b2c3d-0000-4000-8000-000000001a01"));
    CHECK(IncidentText::parseIncidentId(QStringLiteral("4a1b2c3d-0000-4000-8000-000000001a01")).value() == id);
    CHECK(IncidentText::parseIncidentId(QStringLiteral("4A1B2C3D-0000-4000-8000-000000001A01")).value() == id);
    for (const char *bad : {"4a1b2c3d-0000-4000-8000-000000001a01xyz", "4a1b2c3d-0000-4000-8000-000000001a012",
                            "{4a1b2c3d-0000-4000-8000-000000001a01}", " 4a1b2c3d-0000-4000-8000-000000001a01",
                            "4a1b2c3d-0000-4000-8000-000000001a01 ", "4a1b2c3d00004000800000000000001a01",
                            "4a1b2c3d-0000-4000-8000-00000000-1a01", "4a1b2c3d-0000-4000-8000-000000001a0g",
                            "00000000-0000-0000-0000-000000000000", "not-a-uuid", ""}) {
        INFO(bad);
        const auto parsed = IncidentText::parseIncidentId(QString::fromLatin1(bad));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.failure().fields.first().field == QStringLiteral("incident_id"));
    }
}

TEST_CASE("Dates are strict YYYY-MM-DD calendar dates", "[text]")
{
    CHECK(IncidentText::parseDate(QStringLiteral("2021-08-03")).value() == QDate(2021, 8, 3));
    for (const char *bad : {"2021-8-3", "03.08.2021", "2021-02-30", "2021-08-03T10:00", "", "yesterday"}) {
        INFO(bad);
        const auto parsed = IncidentText::parseDate(QString::fromLatin1(bad));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.failure().fields.first().field == QStringLiteral("date"));
    }
}

TEST_CASE("Times are HH:MM on a 24-hour clock, and empty means not known", "[text]")
{
    CHECK(IncidentText::parseTime(QStringLiteral("23:59")).value() == QTime(23, 59));
    CHECK_FALSE(IncidentText::parseTime(QString()).value().isValid());
    for (const char *bad : {"24:00", "7:05", "07:60", "0705", "07:05:00"}) {
        INFO(bad);
        CHECK_FALSE(IncidentText::parseTime(QString::fromLatin1(bad)).ok());
    }
}

TEST_CASE("Persons of a nationality are written NAT:COUNT", "[text]")
{
    const auto line = IncidentText::parseNationalityCount(QStringLiteral("IRQ:12"));
    REQUIRE(line.ok());
    CHECK(line->nationality == QStringLiteral("IQ"));
    CHECK(line->persons == 12);
    CHECK(IncidentText::parseNationalityCount(QStringLiteral("Syria:3"))->nationality == QStringLiteral("SY"));
    CHECK(IncidentText::parseNationalityCount(QStringLiteral("IQ")).failure().fields.first().field
          == QStringLiteral("persons"));
    CHECK(IncidentText::parseNationalityCount(QStringLiteral("IQ:0")).failure().fields.first().field
          == QStringLiteral("persons"));
    CHECK(IncidentText::parseNationalityCount(QStringLiteral("IQ:-4")).failure().fields.first().field
          == QStringLiteral("persons"));
    CHECK(IncidentText::parseNationalityCount(QStringLiteral("Atlantis:4")).failure().fields.first().field
          == QStringLiteral("nationality"));
}

TEST_CASE("Persons are whole numbers in digits, without spaces or line breaks", "[text]")
{
    CHECK(IncidentText::parsePersons(QStringLiteral("12")).value() == 12);
    CHECK(IncidentText::parsePersons(QStringLiteral("10000")).value() == 10000);
    CHECK(IncidentText::parsePersons(QStringLiteral("007")).value() == 7);
    for (const char *bad : {"12\n", "12\r\n", "12 ", " 12", "\n12", "1 2", "+12", "12.0", "1e2", "0", "10001", "",
                            "999999999", "9999999999"}) {
        INFO(bad);
        const auto parsed = IncidentText::parsePersons(QString::fromLatin1(bad));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.failure().fields.first().field == QStringLiteral("persons"));
    }
    CHECK_FALSE(IncidentText::parsePersons(QStringLiteral("١٢")).ok()); // Arabic-Indic digits
    CHECK_FALSE(IncidentText::parseNationalityCount(QStringLiteral("IQ: 12")).ok());
    CHECK_FALSE(IncidentText::parseNationalityCount(QStringLiteral("IQ:12\n")).ok());
}

TEST_CASE("A nationality code the catalog does not know is refused, not read as a name", "[text][nationality]")
{
    CHECK(IncidentText::parseNationality(QStringLiteral("UK")).value() == QStringLiteral("GB"));
    CHECK(IncidentText::parseNationality(QStringLiteral("EL")).value() == QStringLiteral("GR"));
    const auto unk = IncidentText::parseNationality(QStringLiteral("UNK"));
    REQUIRE_FALSE(unk.ok());
    CHECK(unk.message().startsWith(QStringLiteral("nationality: 'UNK' is not an ISO 3166-1 code")));
    const auto ger = IncidentText::parseNationality(QStringLiteral("ger"));
    REQUIRE_FALSE(ger.ok());
    CHECK(ger.message().contains(QStringLiteral("'ger' could mean Germany")));
    CHECK(ger.message().contains(QStringLiteral("read as a code")));
}

TEST_CASE("Outcomes are the six codes, or their labels", "[text]")
{
    CHECK(IncidentText::parseOutcome(QStringLiteral("turned_back")).value() == Outcome::TurnedBack);
    CHECK(IncidentText::parseOutcome(QStringLiteral("Asylum request")).value() == Outcome::AsylumRequest);
    const auto bad = IncidentText::parseOutcome(QStringLiteral("released"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.message().contains(QStringLiteral("turned_back, detained, asylum_request, prevented, absconded, other")));
}
