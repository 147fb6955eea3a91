#include "nationalitycatalog.h"

#include "catchqt.h"

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
    CHECK(catalog.resolve(u"XXB") == QStringLiteral("ZZ"));
    CHECK(catalog.resolve(u"XXC") == QStringLiteral("ZZ"));
    CHECK(catalog.resolve(u"XXX") == QStringLiteral("ZZ"));
    CHECK(catalog.resolve(u"ZZ") == QStringLiteral("ZZ"));
    CHECK(catalog.all().size() == 252);
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
