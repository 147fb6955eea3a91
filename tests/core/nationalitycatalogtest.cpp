// SPDX-License-Identifier: GPL-3.0-or-later
#include "nationalitycatalog.h"

#include "catchqt.h"

#include <algorithm>

using namespace borderlog;

TEST_CASE("A nationality is read from alpha-2, alpha-3 or the English name, in any case", "[nationality]")
{
    const auto &catalog = NationalityCatalog::instance();
    for (const char *text :
         {"IQ", "iq", "IRQ", "irq", "Iraq", "IRAQ", " iraq ", "Republic of Iraq", "Iraq (IQ)", "Iraq (IQ, IRQ)"}) {
        INFO(text);
        CHECK(catalog.resolve(QString::fromUtf8(text)) == QStringLiteral("IQ"));
    }
    CHECK(catalog.resolve(u"Syria") == QStringLiteral("SY"));
    CHECK(catalog.resolve(u"Syrian Arab Republic") == QStringLiteral("SY"));
    CHECK(catalog.resolve(u"BLR") == QStringLiteral("BY"));
    CHECK(catalog.resolve(u"afgh") == QStringLiteral("AF"));
    CHECK(catalog.name(QStringLiteral("LT")) == QStringLiteral("Lithuania"));
}

TEST_CASE("Codes beyond ISO 3166-1 follow the EU and ICAO", "[nationality]")
{
    const auto &catalog = NationalityCatalog::instance();
    CHECK(catalog.resolve(u"XK") == QStringLiteral("XK"));
    CHECK(catalog.resolve(u"XKX") == QStringLiteral("XK"));
    CHECK(catalog.resolve(u"Kosovo") == QStringLiteral("XK"));
    CHECK(catalog.resolve(u"XXA") == QStringLiteral("XX"));
    CHECK(catalog.resolve(u"stateless") == QStringLiteral("XX"));
    CHECK(catalog.resolve(u"XXB") == QStringLiteral("XB"));
    CHECK(catalog.resolve(u"XB") == QStringLiteral("XB"));
    CHECK(catalog.resolve(u"XXC") == QStringLiteral("XC"));
    CHECK(catalog.name(QStringLiteral("XB")) == QStringLiteral("Refugee (1951 Convention)"));
    CHECK(catalog.name(QStringLiteral("XC")) == QStringLiteral("Refugee (other)"));
    CHECK(catalog.resolve(u"XXX") == QStringLiteral("ZZ"));
    CHECK(catalog.resolve(u"ZZ") == QStringLiteral("ZZ"));
    CHECK(catalog.all().size() == 254);
}

TEST_CASE("Ambiguous or unknown text names no nationality", "[nationality]")
{
    const auto &catalog = NationalityCatalog::instance();
    const auto ira = catalog.match(u"ira");
    CHECK_FALSE(ira.nationality.has_value());
    CHECK(ira.candidates.contains(QStringLiteral("Iran")));
    CHECK(ira.candidates.contains(QStringLiteral("Iraq")));
    CHECK_FALSE(catalog.resolve(u"Atlantis").has_value());
    CHECK_FALSE(catalog.resolve(u"").has_value());
    CHECK_FALSE(catalog.resolve(u"QQ").has_value());
    CHECK_FALSE(catalog.isCode(QStringLiteral("QQ")));
}

TEST_CASE("Two or three letters are a code, never the beginning of a name", "[nationality]")
{
    const auto &catalog = NationalityCatalog::instance();
    // Eurostat's codes for the United Kingdom and Greece, not Ukraine and El Salvador.
    CHECK(catalog.resolve(u"UK") == QStringLiteral("GB"));
    CHECK(catalog.resolve(u"uk") == QStringLiteral("GB"));
    CHECK(catalog.resolve(u"EL") == QStringLiteral("GR"));
    CHECK(catalog.resolve(u"el") == QStringLiteral("GR"));
    CHECK(catalog.resolve(u"STL") == QStringLiteral("XX")); // Frontex: stateless
    CHECK(catalog.resolve(u"Ukraine") == QStringLiteral("UA"));
    CHECK(catalog.resolve(u"UA") == QStringLiteral("UA"));
    CHECK(catalog.resolve(u"GBR") == QStringLiteral("GB"));
    CHECK_FALSE(catalog.isCode(QStringLiteral("UK"))); // read, but stored and exported as GB
    CHECK_FALSE(catalog.isCode(QStringLiteral("EL")));

    for (const char16_t *text : {u"UNK", u"unk", u"Ger", u"EU", u"OOO"}) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK_FALSE(catalog.resolve(text).has_value());
    }
    CHECK(catalog.match(u"Ger").candidates == QStringList{QStringLiteral("Germany")}); // a hint only
    CHECK(catalog.resolve(u"Germ") == QStringLiteral("DE"));
    CHECK(catalog.resolve(u"Unkn") == QStringLiteral("ZZ"));
    CHECK(catalog.match(u"guin").candidates == QStringList{QStringLiteral("Guinea"), QStringLiteral("Guinea-Bissau")});
    CHECK(catalog.resolve(u"Côt") == QStringLiteral("CI")); // not ASCII: the beginning of a name
    CHECK(catalog.resolve(u"Iraq (IQ, IRQ)") == QStringLiteral("IQ"));
}

TEST_CASE("A whole name of two or three letters would still match", "[nationality]")
{
    // No English short name in iso-codes is that short today; a whole name is looked up before the
    // rule on code-shaped text refuses it.
    for (const auto &n : NationalityCatalog::instance().all()) {
        INFO(n.name.toStdString());
        CHECK(NationalityCatalog::instance().resolve(n.name) == n.alpha2);
        CHECK(NationalityCatalog::instance().resolve(n.alpha2) == n.alpha2);
        CHECK(NationalityCatalog::instance().resolve(n.alpha3) == n.alpha2);
    }
}

TEST_CASE("Lithuanian names are shown in Lithuanian and read in every language", "[nationality]")
{
    const NationalityCatalog lithuanian(QLocale(QLocale::Lithuanian, QLocale::Lithuania));
    const NationalityCatalog english(QLocale::c());
    for (const auto *catalog : {&lithuanian, &english}) {
        // CLDR's common names, iso-codes' translated official names, with or without the accents.
        CHECK(catalog->resolve(u"Irakas") == QStringLiteral("IQ"));
        CHECK(catalog->resolve(u"Sirija") == QStringLiteral("SY"));
        CHECK(catalog->resolve(u"afganistanas") == QStringLiteral("AF"));
        CHECK(catalog->resolve(u"Sirijos Arabų Respublika") == QStringLiteral("SY"));
        CHECK(catalog->resolve(u"Čekija") == QStringLiteral("CZ"));
        CHECK(catalog->resolve(u"Cekija") == QStringLiteral("CZ"));
        CHECK(catalog->resolve(u"Baltarusija") == QStringLiteral("BY"));
        CHECK(catalog->resolve(u"Syria") == QStringLiteral("SY"));
    }
    CHECK(lithuanian.name(QStringLiteral("SY")) == QStringLiteral("Sirija"));
    CHECK(lithuanian.name(QStringLiteral("XK")) == QStringLiteral("Kosovas"));
    CHECK(lithuanian.displayName(QStringLiteral("IQ")) == QStringLiteral("Irakas (IQ)"));
    CHECK(english.name(QStringLiteral("SY")) == QStringLiteral("Syria"));
    // The display language's names are read by their beginnings; the other's only whole.
    CHECK(lithuanian.resolve(u"afganis") == QStringLiteral("AF"));
    CHECK_FALSE(english.resolve(u"afganis").has_value());
    CHECK(lithuanian.match(u"ira").candidates == QStringList{QStringLiteral("Irakas"), QStringLiteral("Iranas")});
}

TEST_CASE("Every name shown reads back as its own nationality in both catalogs", "[nationality]")
{
    // No name of one country is another's in the other language: a collision would turn one into the other.
    const NationalityCatalog lithuanian(QLocale(QLocale::Lithuanian, QLocale::Lithuania));
    const NationalityCatalog english(QLocale::c());
    REQUIRE(lithuanian.all().size() == english.all().size());
    for (const auto &n : lithuanian.all()) {
        INFO(n.localName.toStdString());
        CHECK(lithuanian.resolve(n.localName) == n.alpha2);
        CHECK(lithuanian.resolve(n.name) == n.alpha2);
        CHECK(english.resolve(n.localName) == n.alpha2);
        CHECK(english.resolve(n.name) == n.alpha2);
    }
}

TEST_CASE("Nationalities are in the display language's alphabetical order", "[nationality]")
{
    const NationalityCatalog lithuanian(QLocale(QLocale::Lithuanian, QLocale::Lithuania));
    auto position = [&](const char *alpha2) {
        const auto &all = lithuanian.all();
        return std::find_if(all.begin(), all.end(),
                            [&](const Nationality &n) { return n.alpha2 == QLatin1String(alpha2); })
               - all.begin();
    };
    // Š is a letter of its own after S: Sirija, Šveicarija, Tadžikija.
    CHECK(position("SY") < position("CH"));
    CHECK(position("CH") < position("TJ"));
    CHECK(lithuanian.pickerNames().contains(QStringLiteral("Šveicarija (CH, CHE)")));
}
