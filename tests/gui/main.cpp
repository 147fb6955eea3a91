// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include "dialogs.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    // Messages are checked in English, the sources' language, whatever the machine's is; programs the tests
    // start inherit it (a test that wants Lithuanian asks for it).
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"}) {
        qunsetenv(name);
    }
    qputenv("LANG", "C");
    // Test discovery runs this binary at build time, where there is no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    // Settings of this process alone: ctest runs test cases side by side, and one that remembers a login
    // must not be read by another that expects none.
    const QTemporaryDir settings;
    for (const auto format : {QSettings::NativeFormat, QSettings::IniFormat}) {
        QSettings::setPath(format, QSettings::UserScope, settings.path());
    }
    // Every question is answered by the test that expects it; no window waits for a person.
    borderlog::Dialogs::setScripted(true);
    return Catch::Session().run(argc, argv);
}
