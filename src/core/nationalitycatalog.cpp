// SPDX-License-Identifier: GPL-3.0-or-later
#include "nationalitycatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace borderlog {

namespace {

QString key(QStringView text)
{
    return text.trimmed().toString().toCaseFolded();
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
// write UK for the United Kingdom and EL for Greece; Frontex writes STL for stateless. ICAO's XXB and XXC
// (refugees) do not state a nationality: recorded as unknown.
constexpr Alias kAliases[] = {{u"UK", u"GB"}, {u"EL", u"GR"}, {u"STL", u"XX"}, {u"XXB", u"ZZ"}, {u"XXC", u"ZZ"}};

} // namespace

const NationalityCatalog &NationalityCatalog::instance()
{
    static const NationalityCatalog catalog;
    return catalog;
}

NationalityCatalog::NationalityCatalog()
{
    struct Entry
    {
        Nationality nationality;
        QStringList otherNames;
    };
    QList<Entry> entries;

    QFile file(QStringLiteral(":/borderlog/iso_3166-1.json"));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonArray countries = QJsonDocument::fromJson(file.readAll()).object().value(u"3166-1").toArray();
        for (const auto &value : countries) {
            const QJsonObject c = value.toObject();
            const QString isoName = c.value(u"name").toString();
            Entry e{{c.value(u"alpha_2").toString(), c.value(u"alpha_3").toString(),
                     c.value(u"common_name").toString(isoName)},
                    {isoName}};
            if (c.contains(u"official_name")) {
                e.otherNames << c.value(u"official_name").toString();
            }
            entries << e;
        }
    }
    // Kosovo is not in ISO 3166-1; the EU and Qt's locale data use XK, ICAO uses XKX.
    entries << Entry{{QStringLiteral("XK"), QStringLiteral("XKX"), QLocale::territoryToString(QLocale::Kosovo)}, {}};
    entries << Entry{{QStringLiteral("XX"), QStringLiteral("XXA"), QStringLiteral("Stateless")}, {}};
    entries << Entry{{QStringLiteral("ZZ"), QStringLiteral("XXX"), QStringLiteral("Unknown")},
                     {QStringLiteral("Unknown nationality")}};

    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return QString::localeAwareCompare(a.nationality.name, b.nationality.name) < 0;
    });
    for (const Entry &e : entries) {
        const int index = int(m_all.size());
        m_all << e.nationality;
        m_byAlpha2.insert(e.nationality.alpha2, index);
        m_byCode.insert(e.nationality.alpha2, index);
        m_byCode.insert(e.nationality.alpha3, index);
        m_byName.insert(key(e.nationality.name), index);
        for (const QString &name : e.otherNames) {
            m_byName.insert(key(name), index);
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
    QStringList codes{QStringLiteral("XK"),  QStringLiteral("XKX"), QStringLiteral("XX"),
                      QStringLiteral("XXA"), QStringLiteral("ZZ"),  QStringLiteral("XXX")};
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
    for (int i = 0; i < m_all.size(); ++i) {
        if (key(m_all[i].name).startsWith(folded)) {
            hits << i;
        }
    }
    if (hits.size() == 1 && !code) {
        return {m_all[hits.first()], {}};
    }
    NationalityMatch none;
    none.codeShaped = code;
    for (int i : hits) {
        none.candidates << m_all[i].name;
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
    return it == m_byAlpha2.cend() ? alpha2 : m_all[it.value()].name;
}

QString NationalityCatalog::displayName(const QString &alpha2) const
{
    return QStringLiteral("%1 (%2)").arg(name(alpha2), alpha2);
}

QStringList NationalityCatalog::pickerNames() const
{
    QStringList names;
    for (const auto &n : m_all) {
        names << QStringLiteral("%1 (%2, %3)").arg(n.name, n.alpha2, n.alpha3);
    }
    return names;
}

} // namespace borderlog
