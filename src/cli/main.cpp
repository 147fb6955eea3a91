// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"
#include "commandline.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    borderlog::ApplicationIdentity::keepFilesPrivate();
    QCoreApplication app(argc, argv);
    borderlog::ApplicationIdentity::apply();
    // Messages in the user's language; CSV, codes, options and exit codes are the same in every language.
    borderlog::Translations::install(app);
    return borderlog::CommandLine(QCoreApplication::arguments()).run();
}
