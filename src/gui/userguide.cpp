// SPDX-License-Identifier: GPL-3.0-or-later
#include "userguide.h"

#include "dialogs.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace borderlog {

namespace {

const auto kEnglishGuide = QStringLiteral("user-guide.md");

// The guide's file names for the locale, most wanted first: user-guide.lt.md for Lithuanian, then the English one.
QStringList guideNames(const QLocale &locale)
{
    QStringList names;
    if (locale.language() != QLocale::C && locale.language() != QLocale::English) {
        names << QStringLiteral("user-guide.%1.md").arg(QLocale::languageToCode(locale.language()));
    }
    names << kEnglishGuide;
    return names;
}

} // namespace

QStringList UserGuide::folders()
{
    const QDir programs(QCoreApplication::applicationDirPath());
    return {QDir::cleanPath(programs.filePath(QStringLiteral(BORDERLOG_DOCS_FROM_PROGRAMS))),
            QStringLiteral(BORDERLOG_SOURCE_DOCS)};
}

QString UserGuide::find(const QStringList &folders, const QLocale &locale)
{
    const QStringList names = guideNames(locale);
    for (const QString &folder : folders) {
        for (const QString &name : names) {
            const QFileInfo guide(QDir(folder).filePath(name));
            if (guide.isFile()) {
                return guide.absoluteFilePath();
            }
        }
    }
    return {};
}

void UserGuide::open(QWidget *parent)
{
    const QStringList looked = folders();
    const QString guide = find(looked, QLocale());
    if (guide.isEmpty()) {
        QStringList shown;
        for (const QString &folder : looked) {
            shown << QDir::toNativeSeparators(folder);
        }
        Dialogs::warn(parent, tr("User guide"),
                      // Every file looked for, the UI language's first ("user-guide.lt.md / user-guide.md").
                      tr("The user guide is not installed: there is no %1 in %2.")
                          .arg(guideNames(QLocale()).join(QStringLiteral(" / ")), shown.join(u", ")));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(guide))) {
        Dialogs::warn(parent, tr("User guide"),
                      tr("No program on this computer opens the user guide, %1. Open it with a text editor or a "
                         "web browser.")
                          .arg(QDir::toNativeSeparators(guide)));
    }
}

} // namespace borderlog
