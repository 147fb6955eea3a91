// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace borderlog {

// The languages the programs speak: English, the language of the sources (translations/borderlog_en.ts holds
// its plural forms), and Lithuanian (translations/borderlog_lt.ts); both built into the programs. Every text a person
// reads goes through Qt's tr(); what scripts read (CSV, codes, option names, exit codes) never does, so it is the same
// in every language.
namespace Translations {

// Loads the program's translation for the locale's language into the application, with Qt's own (file
// dialogs, message boxes, the calendar) from the system's Qt translations; nothing for the C locale or a
// language without a translation. The locale becomes the default one (QLocale()), so that dates, numbers
// and country names follow the language shown. Returns whether the program's own translation was loaded.
bool install(QCoreApplication &app, const QLocale &locale = QLocale::system());

// The languages a person may choose, by their ISO 639-1 codes: "lt", "en".
QStringList languages();
// The locale of a chosen language ("lt" → lt_LT), the system's when `language` is empty or not one of
// languages().
QLocale localeFor(const QString &language);

} // namespace Translations

} // namespace borderlog
