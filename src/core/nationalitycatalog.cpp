// SPDX-License-Identifier: GPL-3.0-or-later
#include "nationalitycatalog.h"

#include "gettextcatalog.h"

#include <QCollator>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <unicode/uloc.h>

#include <algorithm>

namespace borderlog {

namespace {

// Names are compared case-folded and without accents: "cekija" finds Čekija, "turkiye" Türkiye.
QString key(QStringView text)
{
    const QString decomposed = text.trimmed().toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            folded += c;
        }
    }
    return folded.toCaseFolded();
}

// Two or three ASCII letters: what a code looks like. Such text is never read as the beginning of a name,
// because that turned codes the catalog does not know into the wrong country ("UK" into Ukraine).
bool codeShaped(QStringView text)
{
    if (text.size() < 2 || text.size() > 3) {
        return false;
    }
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z'); });
}

struct Alias
{
    const char16_t *code;
    const char16_t *alpha2;
};

// Codes other registers use for a nationality the catalog has under another code. Eurostat and the EU
// write UK for the United Kingdom and EL for Greece; Frontex writes STL for stateless.
constexpr Alias kAliases[] = {{u"UK", u"GB"}, {u"EL", u"GR"}, {u"STL", u"XX"}};

bool isEnglish(const QLocale &locale)
{
    return locale.language() == QLocale::C || locale.language() == QLocale::English;
}

// CLDR's name of the territory in the locale's language, through ICU; empty when ICU has no name of that
// language for it (it then answers with the code or a fallback language's name).
QString cldrName(const QString &alpha2, const QLocale &locale)
{
    if (isEnglish(locale)) {
        return {};
    }
    const QByteArray territory = "und_" + alpha2.toLatin1();
    const QByteArray language = QLocale::languageToCode(locale.language(), QLocale::ISO639Part1).toLatin1();
    UChar buffer[128];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = uloc_getDisplayCountry(territory.constData(), language.constData(), buffer,
                                                  int32_t(std::size(buffer)), &status);
    if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || status == U_USING_FALLBACK_WARNING) {
        return {};
    }
    const QString name = QString::fromUtf16(buffer, length);
    return name == alpha2 ? QString() : name;
}

// iso-codes' Lithuanian translations of its names: English name → Lithuanian (translated ones only).
QHash<QString, QString> isoCodesLithuanian()
{
    QFile file(QStringLiteral(":/borderlog/iso_3166-1_lt.mo"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QHash<QString, QString> names = GettextCatalog::read(file.readAll());
    // Untranslated messages are kept in the catalogue as they are ("Syria" → "Syria").
    names.removeIf([](const auto &message) { return message.key() == message.value(); });
    return names;
}

} // namespace

struct NationalityCatalog::Entry
{
    Nationality nationality;
    QStringList commonNames; // read also by their beginnings
    QStringList otherNames;  // read whole only: ISO and official names
};

const NationalityCatalog &NationalityCatalog::instance()
{
    static const NationalityCatalog catalog{QLocale()};
    return catalog;
}

NationalityCatalog::NationalityCatalog(const QLocale &display)
{
    const QLocale lithuanian(QLocale::Lithuanian, QLocale::Lithuania);
    const bool showsLithuanian = display.language() == QLocale::Lithuanian;
    const QHash<QString, QString> isoLithuanian = isoCodesLithuanian();
    // The display language's names are read by their beginnings too; Lithuanian ones in another display
    // language only whole, so that "Ger" hints at Germany alone in English (and not at Guernsey, "Gernsis").
    auto entry = [&](const QString &alpha2, const QString &alpha3, const QString &english) {
        const QString local = cldrName(alpha2, display);
        Entry e{{alpha2, alpha3, english, local.isEmpty() ? english : local}, {english}, {}};
        (showsLithuanian ? e.commonNames : e.otherNames) << cldrName(alpha2, lithuanian);
        return e;
    };

    QList<Entry> entries;
    QFile file(QStringLiteral(":/borderlog/iso_3166-1.json"));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonArray countries = QJsonDocument::fromJson(file.readAll()).object().value(u"3166-1").toArray();
        for (const auto &value : countries) {
            const QJsonObject c = value.toObject();
            const QString isoName = c.value(u"name").toString();
            const QString common = c.value(u"common_name").toString(isoName);
            const QString official = c.value(u"official_name").toString();
            Entry e = entry(c.value(u"alpha_2").toString(), c.value(u"alpha_3").toString(), common);
            e.otherNames << isoName << official << isoLithuanian.value(official);
            for (const QString &english : {common, isoName}) {
                (showsLithuanian ? e.commonNames : e.otherNames) << isoLithuanian.value(english);
            }
            entries << e;
        }
    }
    // Kosovo is not in ISO 3166-1; the EU and Qt's locale data use XK, ICAO uses XKX.
    entries << entry(QStringLiteral("XK"), QStringLiteral("XKX"), QLocale::territoryToString(QLocale::Kosovo));
    // Not countries: ICAO's codes of Doc 9303 for a travel document's holder without a nationality of a
    // State, each stored under a user-assigned alpha-2 code of ISO 3166-1 and named by the program's own
    // translation.
    const auto other = [](const char *alpha2, const char *alpha3, const char *english, QStringList otherNames) {
        return Entry{{QLatin1String(alpha2), QLatin1String(alpha3), QLatin1String(english),
                      QCoreApplication::translate("borderlog::NationalityCatalog", english)},
                     {QLatin1String(english)},
                     std::move(otherNames)};
    };
    entries << other("XX", "XXA", QT_TRANSLATE_NOOP("borderlog::NationalityCatalog", "Stateless"), {});
    entries << other("XB", "XXB", QT_TRANSLATE_NOOP("borderlog::NationalityCatalog", "Refugee (1951 Convention)"), {});
    entries << other("XC", "XXC", QT_TRANSLATE_NOOP("borderlog::NationalityCatalog", "Refugee (other)"), {});
    entries << other("ZZ", "XXX", QT_TRANSLATE_NOOP("borderlog::NationalityCatalog", "Unknown"),
                     {QStringLiteral("Unknown nationality")});
    for (Entry &e : entries) {
        e.commonNames << e.nationality.localName;
    }

    QCollator collator(display);
    std::sort(entries.begin(), entries.end(), [&collator](const Entry &a, const Entry &b) {
        return collator.compare(a.nationality.localName, b.nationality.localName) < 0;
    });
    add(entries);
}

void NationalityCatalog::add(const QList<Entry> &entries)
{
    for (const Entry &e : entries) {
        const int index = int(m_all.size());
        m_all << e.nationality;
        m_byAlpha2.insert(e.nationality.alpha2, index);
        m_byCode.insert(e.nationality.alpha2, index);
        m_byCode.insert(e.nationality.alpha3, index);
        QSet<QString> prefixes;
        for (const QString &name : e.commonNames) {
            if (!name.isEmpty()) {
                m_byName.insert(key(name), index);
                prefixes.insert(key(name));
            }
        }
        for (const QString &name : e.otherNames) {
            if (!name.isEmpty()) {
                m_byName.insert(key(name), index);
            }
        }
        for (const QString &prefix : prefixes) {
            m_prefixNames.append({prefix, index});
        }
    }
    for (const Alias &alias : kAliases) {
        const auto target = m_byAlpha2.constFind(QString::fromUtf16(alias.alpha2));
        // An alias never shadows a code of the catalog's own (none of them is assigned by ISO 3166-1).
        if (target != m_byAlpha2.cend() && !m_byCode.contains(QString::fromUtf16(alias.code))) {
            m_byCode.insert(QString::fromUtf16(alias.code), target.value());
        }
    }
}

QStringList NationalityCatalog::otherCodes()
{
    QStringList codes{QStringLiteral("XK"), QStringLiteral("XKX"), QStringLiteral("XX"), QStringLiteral("XXA"),
                      QStringLiteral("XB"), QStringLiteral("XXB"), QStringLiteral("XC"), QStringLiteral("XXC"),
                      QStringLiteral("ZZ"), QStringLiteral("XXX")};
    for (const Alias &alias : kAliases) {
        codes << QString::fromUtf16(alias.code);
    }
    return codes;
}

NationalityMatch NationalityCatalog::match(QStringView text) const
{
    const QString folded = key(text);
    if (folded.isEmpty()) {
        return {};
    }
    // A picker's own spelling, "Iraq (IQ, IRQ)": the code in the brackets decides.
    static const QRegularExpression picked(QStringLiteral("^.+ \\(([A-Z]{2})(, [A-Z]{3})?\\)$"));
    if (const auto m = picked.match(text.trimmed()); m.hasMatch() && m_byAlpha2.contains(m.captured(1))) {
        return {m_all[m_byAlpha2.value(m.captured(1))], {}};
    }
    const bool code = codeShaped(text.trimmed());
    if (code) {
        if (const auto it = m_byCode.constFind(text.trimmed().toString().toUpper()); it != m_byCode.cend()) {
            return {m_all[it.value()], {}};
        }
    }
    // A whole name, even one as short as a code.
    if (const auto it = m_byName.constFind(folded); it != m_byName.cend()) {
        return {m_all[it.value()], {}};
    }
    QList<int> hits;
    for (const auto &[name, index] : m_prefixNames) {
        if (name.startsWith(folded) && !hits.contains(index)) {
            hits << index;
        }
    }
    std::sort(hits.begin(), hits.end());
    if (hits.size() == 1 && !code) {
        return {m_all[hits.first()], {}};
    }
    NationalityMatch none;
    none.codeShaped = code;
    for (int i : hits) {
        none.candidates << m_all[i].localName;
    }
    return none;
}

std::optional<QString> NationalityCatalog::resolve(QStringView text) const
{
    const auto m = match(text);
    if (m.nationality) {
        return m.nationality->alpha2;
    }
    return std::nullopt;
}

QString NationalityCatalog::name(const QString &alpha2) const
{
    const auto it = m_byAlpha2.constFind(alpha2);
    return it == m_byAlpha2.cend() ? alpha2 : m_all[it.value()].localName;
}

QString NationalityCatalog::displayName(const QString &alpha2) const
{
    return QStringLiteral("%1 (%2)").arg(name(alpha2), alpha2);
}

QStringList NationalityCatalog::pickerNames() const
{
    QStringList names;
    for (const auto &n : m_all) {
        names << QStringLiteral("%1 (%2, %3)").arg(n.localName, n.alpha2, n.alpha3);
    }
    return names;
}

} // namespace borderlog
