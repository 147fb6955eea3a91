// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"
#include "commandline.h"
#include "translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    borderlog::ApplicationIdentity::keepFilesPrivate();
    // Only the printed report draws (fonts, a PDF): for it a QGuiApplication on the offscreen platform, which
    // needs no display; every other command starts as before, with QtCore alone.
    std::unique_ptr<QCoreApplication> app;
    if (borderlog::CommandLine::drawsPages(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    borderlog::ApplicationIdentity::apply();
    // Messages in the user's language; CSV, codes, options and exit codes are the same in every language.
    borderlog::Translations::install(*app);
    return borderlog::CommandLine(QCoreApplication::arguments()).run();
}
