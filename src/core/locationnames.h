// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "locationhierarchy.h"

#include <QHash>
#include <QLocale>
#include <QStringList>

namespace borderlog {

// The one rule for when two spellings name the same location: equal after trimming, Unicode normalisation
// (NFC) and Unicode case folding — so "VARĖNA", "varėna" and "Varėna" are one location (SQLite's NOCASE folds
// ASCII letters only). An incident is filed, and recorded in the audit trail, under the spelling the
// register already has, never the one typed.
class LocationNames
{
public:
    explicit LocationNames(const QStringList &known = {});
    // Every location of the register; a merged one's name stands for the location it was merged into.
    static LocationNames of(const LocationHierarchy &hierarchy);

    static QString key(const QString &name);
    // The names in the alphabetical order of the locale's language (QCollator): in Lithuanian, Šalčininkai
    // comes between Salos and Tauragė. Lists shown to a person use it; the CLI's `location list` keeps the
    // stored order, whatever the language.
    static QStringList alphabetical(QStringList names, const QLocale &locale = QLocale());
    bool contains(const QString &name) const { return m_byKey.contains(key(name)); }
    // The known spelling of `name`, or `name` trimmed when none is known (then it is known from now on).
    QString canonical(const QString &name);
    // The known names that begin with `text` (by the same key), in alphabetical order: what a half-typed
    // name ("Med") may have meant ("Medininkai checkpoint").
    QStringList startingWith(const QString &text) const;

private:
    QHash<QString, QString> m_byKey;
};

} // namespace borderlog
