// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"
#include "commandline.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    borderlog::ApplicationIdentity::keepFilesPrivate();
    QCoreApplication app(argc, argv);
    borderlog::ApplicationIdentity::apply();
    return borderlog::CommandLine(QCoreApplication::arguments()).run();
}
