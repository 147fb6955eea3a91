// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace borderlog {

// One nationality as the register knows it: ISO 3166-1 codes, the English name and the name shown.
struct Nationality
{
    QString alpha2;    // stored and exported
    QString alpha3;    // as printed in passports' machine-readable zone
    QString name;      // English short name (iso-codes)
    QString localName; // in the catalog's display language ("Sirija"); the English name in English and C
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
// register needs beyond ISO: XK Kosovo (as used by the EU and ICAO's XKX), and ICAO's holders
// without a State's nationality: XX stateless (XXA), XB refugee under the 1951 Convention (XXB), XC other
// refugee (XXC) and ZZ unknown (XXX).
// Names are shown in a display language: CLDR's common names through ICU ("Sirija", "Iranas"), which
// iso-codes' own Lithuanian catalogue lacks for many countries (it has "Syria" untranslated). Names are
// read in English and Lithuanian whatever the display language, so that the same text means the same
// nationality on every desktop and in every script; the display language's own names are read too.
class NationalityCatalog
{
public:
    // The catalog of the program's display language (QLocale() when first asked: Translations::install
    // sets it before).
    static const NationalityCatalog &instance();

    explicit NationalityCatalog(const QLocale &display);

    // Alpha-2, alpha-3 (including ICAO's XKX, XXA, XXB, XXC, XXX), the aliases of otherCodes() or a name
    // (English, Lithuanian, the display language's; common, ISO or official), any case. Two or three ASCII
    // letters are a code or a whole name, never the beginning of a name ("UK" is the United Kingdom, not
    // Ukraine); other text may also be a unique beginning of a common name ("afgh" is Afghanistan, "sirij"
    // Syria; "guin" is ambiguous).
    NationalityMatch match(QStringView text) const;

    // The codes read beyond ISO 3166-1 (XK, XKX, XX, XXA, STL, ZZ, ...), for messages.
    static QStringList otherCodes();

    // The canonical alpha-2 code for text, if it names exactly one nationality.
    std::optional<QString> resolve(QStringView text) const;

    bool isCode(const QString &alpha2) const { return m_byAlpha2.contains(alpha2); }
    // The name shown (localName), or the text itself when it is no code of the catalog.
    QString name(const QString &alpha2) const;
    // Every nationality, in the display language's alphabetical order of the names shown (QCollator).
    const QList<Nationality> &all() const { return m_all; }

    // "Iraq (IQ)", the way pickers show a nationality.
    QString displayName(const QString &alpha2) const;
    // "Iraq (IQ, IRQ)" for every nationality, in the order of all(): what a completer offers.
    QStringList pickerNames() const;

private:
    struct Entry;
    void add(const QList<Entry> &entries);

    QList<Nationality> m_all;
    QHash<QString, int> m_byAlpha2;
    QHash<QString, int> m_byCode; // every code read: alpha-2, alpha-3 and the aliases, upper case
    QHash<QString, int> m_byName; // case-folded names, every kind in every language read
    // Case-folded common names (English and the languages read), for the beginnings of names.
    QList<std::pair<QString, int>> m_prefixNames;
};

} // namespace borderlog
