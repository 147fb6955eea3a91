// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

class QWidget;

namespace borderlog {

// The user guide: docs/user-guide.md, with its translations beside it as user-guide.LANGUAGE.md (user-guide.lt.md).
// Installed, it is in share/doc/borderlog/docs beside the program's bin folder (packaging/CMakeLists.txt); a build
// that is not installed reads the source tree's docs.
class UserGuide
{
    Q_DECLARE_TR_FUNCTIONS(UserGuide)

public:
    // The folders looked in, in order: the installed documentation, then the source tree's docs folder.
    static QStringList folders();
    // The guide of the first folder that has one: in the locale's language when that translation is there, else
    // the English one. Empty when no folder has a guide.
    static QString find(const QStringList &folders, const QLocale &locale);
    // Help > User guide (F1): opens the guide in the UI's language with the desktop's viewer; says where it
    // looked when there is none.
    static void open(QWidget *parent);
};

} // namespace borderlog
