// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace borderlog {

// One nationality as the register knows it: ISO 3166-1 codes and the English name.
struct Nationality
{
    QString alpha2; // stored and exported
    QString alpha3; // as printed in passports' machine-readable zone
    QString name;   // English short name
};

// Result of reading what an officer typed into a nationality field.
struct NationalityMatch
{
    std::optional<Nationality> nationality;
    // When no nationality matched: the names the text is the beginning of. For two or three letters
    // these are a hint only (the text is read as a code), even when there is just one.
    QStringList candidates;
    bool codeShaped = false; // two or three ASCII letters, read as a code only
};

// ISO 3166-1 countries from Debian's iso-codes (embedded at build time), plus the codes a border
// register needs beyond ISO: XK Kosovo (as used by the EU and ICAO's XKX), XX stateless and ZZ unknown.
class NationalityCatalog
{
public:
    static const NationalityCatalog &instance();

    // Alpha-2, alpha-3 (including ICAO's XKX, XXA, XXB, XXC, XXX), the aliases of otherCodes() or the
    // English name, any case. Two or three ASCII letters are a code or a whole name, never the beginning of a
    // name ("UK" is the United Kingdom, not Ukraine); other text may also be a unique beginning of a name
    // ("afgh" is Afghanistan; "guin" is ambiguous).
    NationalityMatch match(QStringView text) const;

    // The codes read beyond ISO 3166-1 (XK, XKX, XX, XXA, STL, ZZ, ...), for messages.
    static QStringList otherCodes();

    // The canonical alpha-2 code for text, if it names exactly one nationality.
    std::optional<QString> resolve(QStringView text) const;

    bool isCode(const QString &alpha2) const { return m_byAlpha2.contains(alpha2); }
    QString name(const QString &alpha2) const;
    const QList<Nationality> &all() const { return m_all; }

    // "Iraq (IQ)", the way pickers show a nationality.
    QString displayName(const QString &alpha2) const;
    // "Iraq (IQ, IRQ)" for every nationality, in name order: what a completer offers.
    QStringList pickerNames() const;

private:
    NationalityCatalog();

    QList<Nationality> m_all;
    QHash<QString, int> m_byAlpha2;
    QHash<QString, int> m_byCode; // every code read: alpha-2, alpha-3 and the aliases, upper case
    QHash<QString, int> m_byName; // lower-case English names, common and official
};

} // namespace borderlog
