// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace borderlog::Translations {

namespace {

bool load(QCoreApplication &app, const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, name, QStringLiteral("_"), folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QStringList languages()
{
    return {QStringLiteral("lt"), QStringLiteral("en")};
}

QLocale localeFor(const QString &language)
{
    if (language == u"lt") {
        return QLocale(QLocale::Lithuanian, QLocale::Lithuania);
    }
    if (language == u"en") {
        // The system's English when it speaks English (en_GB stays en_GB); else the United Kingdom's, the
        // English of the EU's institutions.
        const QLocale system = QLocale::system();
        return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedKingdom);
    }
    return QLocale::system();
}

bool install(QCoreApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    // The C locale (LANG=C, scripts and tests) shows the sources as written, "%n incident(s)" included.
    if (locale.language() == QLocale::C) {
        return false;
    }
    // English has a file of its own too: the plural forms ("1 incident", "2 incidents").
    const bool own = load(app, locale, QStringLiteral("borderlog"), QStringLiteral(":/borderlog/translations"));
    if (own && locale.language() != QLocale::English) {
        // Qt's own texts: Debian ships them as one catalogue per language (qt_lt), newer Qt as qtbase_lt.
        const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!load(app, locale, QStringLiteral("qtbase"), qtFolder)) {
            load(app, locale, QStringLiteral("qt"), qtFolder);
        }
    }
    return own;
}

} // namespace borderlog::Translations
