// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountname.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace borderlog::AccountName {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("borderlog::AccountName", text);
}

// A character as a message shows it: itself and its code, so that a look-alike is told apart.
QString shown(char32_t c)
{
    return QStringLiteral("'%1' (U+%2)")
        .arg(QString::fromUcs4(&c, 1), QString::number(uint(c), 16).toUpper().rightJustified(4, u'0'));
}

bool isSharedCharacter(char32_t c)
{
    return (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-';
}

// Scripts that belong to no one writing system: digits, punctuation, marks that take their base's script.
bool isSharedScript(QChar::Script script)
{
    return script == QChar::Script_Common || script == QChar::Script_Inherited || script == QChar::Script_Unknown;
}

// Letters that look like a Latin letter, case-folded, mapped to it: Cyrillic and Greek letters whose small
// or capital form reads as a Latin one, and Latin letters that read as another (script g, dotless i).
// Where the small and the capital form look like different Latin letters (Greek η: n, Η: H), the small
// form wins. Small on purpose: the one-script rule keeps most look-alikes out; this catches whole names
// written in another script that read as an existing Latin one (Cyrillic "ореп" beside "open").
const QHash<char16_t, char16_t> &confusables()
{
    static const QHash<char16_t, char16_t> map{
        // Cyrillic
        {u'а', u'a'},
        {u'в', u'b'},
        {u'г', u'r'},
        {u'е', u'e'},
        {u'ѕ', u's'},
        {u'і', u'i'},
        {u'ј', u'j'},
        {u'к', u'k'},
        {u'м', u'm'},
        {u'н', u'h'},
        {u'о', u'o'},
        {u'п', u'n'},
        {u'р', u'p'},
        {u'с', u'c'},
        {u'т', u't'},
        {u'у', u'y'},
        {u'х', u'x'},
        {u'ь', u'b'},
        {u'ү', u'y'},
        {u'һ', u'h'},
        {u'ӏ', u'l'},
        {u'ԁ', u'd'},
        {u'ԛ', u'q'},
        {u'ԝ', u'w'},
        // Greek
        {u'α', u'a'},
        {u'β', u'b'},
        {u'γ', u'y'},
        {u'ε', u'e'},
        {u'ζ', u'z'},
        {u'η', u'n'},
        {u'ι', u'i'},
        {u'κ', u'k'},
        {u'μ', u'm'},
        {u'ν', u'v'},
        {u'ο', u'o'},
        {u'ρ', u'p'},
        {u'τ', u't'},
        {u'υ', u'u'},
        {u'χ', u'x'},
        {u'ω', u'w'},
        {u'ϲ', u'c'},
        {u'ϳ', u'j'},
        // Latin letters that read as other Latin letters
        {u'ɡ', u'g'},
        {u'ɑ', u'a'},
        {u'ı', u'i'},
        {u'ȷ', u'j'},
        {u'ɩ', u'i'},
        {u'ɪ', u'i'},
        {u'ʏ', u'y'},
        {u'ᴏ', u'o'},
    };
    return map;
}

} // namespace

bool isWellFormed(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\p{L}\\p{N}._-]{1,%1}$").arg(kMaxLength));
    return pattern.match(name).hasMatch();
}

QList<FieldError> check(const QString &name)
{
    const QString field = QStringLiteral("name");
    if (!isWellFormed(name)) {
        return {{field, tr("must be 1 to %1 letters, digits, '.', '_' or '-'").arg(kMaxLength)}};
    }
    const QString compatibility = tr("must use plain letters and digits, not full-width, superscript, ligature or "
                                     "mathematical forms");
    const QList<uint> characters = name.toUcs4();
    for (const char32_t c : characters) {
        const QString alone = QString::fromUcs4(&c, 1);
        if (alone.normalized(QString::NormalizationForm_KC) != alone) {
            return {{field, QStringLiteral("%1: %2").arg(compatibility, shown(c))}};
        }
    }
    if (name.normalized(QString::NormalizationForm_KC) != name) { // letters that compose together (Hangul jamo)
        return {{field, compatibility}};
    }
    std::optional<char32_t> first; // the first letter or digit of a script of its own
    for (const char32_t c : characters) {
        const QChar::Script script = QChar::script(c);
        if (isSharedScript(script)) {
            if (!isSharedCharacter(c)) {
                return {
                    {field, tr("%1 is not a letter or digit of one script (Latin, Cyrillic, Greek, …)").arg(shown(c))}};
            }
            continue;
        }
        if (!first) {
            first = c;
        } else if (QChar::script(*first) != script) {
            return {{field, tr("must be written in one script (Latin, Cyrillic, Greek, …), with digits and '.', "
                               "'_' or '-': %1 is of another script than %2")
                                .arg(shown(c), shown(*first))}};
        }
    }
    return {};
}

QString skeleton(const QString &name)
{
    // Decomposed, so that a letter with a diacritic compares by its base letter's look and the same mark.
    QString text =
        name.normalized(QString::NormalizationForm_KD).toCaseFolded().normalized(QString::NormalizationForm_KD);
    const auto &map = confusables();
    for (QChar &c : text) {
        if (const auto it = map.constFind(c.unicode()); it != map.cend()) {
            c = QChar(it.value());
        }
    }
    return text;
}

QString unknownAccount()
{
    return QStringLiteral("(unknown account)");
}

} // namespace borderlog::AccountName
