// SPDX-License-Identifier: GPL-3.0-or-later
#include "locationnames.h"

namespace borderlog {

LocationNames::LocationNames(const QStringList &known)
{
    for (const QString &name : known) {
        m_byKey.insert(key(name), name);
    }
}

QString LocationNames::key(const QString &name)
{
    return name.trimmed().normalized(QString::NormalizationForm_C).toCaseFolded();
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
