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
        QStringList otherAlpha3;
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
                    {isoName},
                    {}};
            if (c.contains(u"official_name")) {
                e.otherNames << c.value(u"official_name").toString();
            }
            entries << e;
        }
    }
    // Kosovo is not in ISO 3166-1; the EU and Qt's locale data use XK, ICAO uses XKX.
    entries << Entry{
        {QStringLiteral("XK"), QStringLiteral("XKX"), QLocale::territoryToString(QLocale::Kosovo)}, {}, {}};
    entries << Entry{{QStringLiteral("XX"), QStringLiteral("XXA"), QStringLiteral("Stateless")}, {}, {}};
    // ICAO Doc 9303 codes XXB and XXC (refugees) do not state a nationality: recorded as unknown.
    entries << Entry{{QStringLiteral("ZZ"), QStringLiteral("XXX"), QStringLiteral("Unknown")},
                     {QStringLiteral("Unknown nationality")},
                     {QStringLiteral("XXB"), QStringLiteral("XXC")}};

    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return QString::localeAwareCompare(a.nationality.name, b.nationality.name) < 0;
    });
    for (const Entry &e : entries) {
        const int index = int(m_all.size());
        m_all << e.nationality;
        m_byAlpha2.insert(e.nationality.alpha2, index);
        m_byAlpha3.insert(e.nationality.alpha3, index);
        m_byName.insert(key(e.nationality.name), index);
        for (const QString &name : e.otherNames) {
            m_byName.insert(key(name), index);
        }
        for (const QString &code : e.otherAlpha3) {
            m_byAlpha3.insert(code, index);
        }
    }
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
    const QString upper = text.trimmed().toString().toUpper();
    if (upper.size() == 2 && m_byAlpha2.contains(upper)) {
        return {m_all[m_byAlpha2.value(upper)], {}};
    }
    if (upper.size() == 3 && m_byAlpha3.contains(upper)) {
        return {m_all[m_byAlpha3.value(upper)], {}};
    }
    if (const auto it = m_byName.constFind(folded); it != m_byName.cend()) {
        return {m_all[it.value()], {}};
    }
    QList<int> hits;
    for (int i = 0; i < m_all.size(); ++i) {
        if (key(m_all[i].name).startsWith(folded)) {
            hits << i;
        }
    }
    if (hits.size() == 1) {
        return {m_all[hits.first()], {}};
    }
    NationalityMatch ambiguous;
    for (int i : hits) {
        ambiguous.candidates << m_all[i].name;
    }
    return ambiguous;
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
