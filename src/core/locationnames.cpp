// SPDX-License-Identifier: GPL-3.0-or-later
#include "locationnames.h"

#include <QCollator>

#include <algorithm>

namespace borderlog {

LocationNames::LocationNames(const QStringList &known)
{
    for (const QString &name : known) {
        m_byKey.insert(key(name), name);
    }
}

LocationNames LocationNames::of(const LocationHierarchy &hierarchy)
{
    LocationNames names;
    for (const auto &location : hierarchy.locations) {
        names.m_byKey.insert(key(location.name), location.mergedInto.isEmpty() ? location.name : location.mergedInto);
    }
    return names;
}

QString LocationNames::key(const QString &name)
{
    return name.trimmed().normalized(QString::NormalizationForm_C).toCaseFolded();
}

QStringList LocationNames::startingWith(const QString &text) const
{
    const QString prefix = key(text);
    QStringList found;
    if (prefix.isEmpty()) {
        return found;
    }
    for (auto it = m_byKey.cbegin(); it != m_byKey.cend(); ++it) {
        if (it.key().startsWith(prefix)) {
            found << it.value();
        }
    }
    return alphabetical(found);
}

QStringList LocationNames::alphabetical(QStringList names, const QLocale &locale)
{
    QCollator collator(locale);
    collator.setNumericMode(true); // "Marker 9" before "Marker 10"
    std::stable_sort(names.begin(), names.end(),
                     [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return names;
}

QString LocationNames::canonical(const QString &name)
{
    const QString folded = key(name);
    const auto it = m_byKey.constFind(folded);
    if (it != m_byKey.cend()) {
        return it.value();
    }
    QString spelled = name.trimmed().normalized(QString::NormalizationForm_C);
    m_byKey.insert(folded, spelled);
    return spelled;
}

} // namespace borderlog
