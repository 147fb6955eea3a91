// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"

#include "catchqt.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace borderlog;

TEST_CASE("Preferences are kept in the program's own file and an older version's are carried over", "[settings]")
{
    // A name of the test's own (test mode keeps the files under ~/.qttest), put back afterwards.
    const QString before = QCoreApplication::applicationName();
    const QString name = QStringLiteral("borderlog-settings-test");
    QCoreApplication::setApplicationName(name);
    QSettings older(QSettings::NativeFormat, QSettings::UserScope, QString(), name);
    older.setValue(QStringLiteral("database/lastPath"), QStringLiteral("/srv/station.sqlite"));
    older.sync();
    REQUIRE(older.fileName().contains(QStringLiteral("Unknown Organization")));
    {
        const auto settings = ApplicationIdentity::settings();
        QFile::remove(settings->fileName());
    }

    const auto settings = ApplicationIdentity::settings();
    CHECK(QFileInfo(settings->fileName()).fileName() == name + QStringLiteral(".conf"));
    CHECK_FALSE(settings->fileName().contains(QStringLiteral("Unknown Organization")));
    CHECK(settings->value(QStringLiteral("database/lastPath")).toString() == QStringLiteral("/srv/station.sqlite"));
    // Carried over once: what is changed later is not overwritten by the older file.
    settings->setValue(QStringLiteral("database/lastPath"), QStringLiteral("/srv/new.sqlite"));
    settings->sync();
    CHECK(ApplicationIdentity::settings()->value(QStringLiteral("database/lastPath")).toString()
          == QStringLiteral("/srv/new.sqlite"));

    QFile::remove(settings->fileName());
    QFile::remove(older.fileName());
    QCoreApplication::setApplicationName(before);
}
