// SPDX-License-Identifier: GPL-3.0-or-later
// Help > User guide (F1) and Help > About: where the guide is found, what About tells.
#include "aboutbox.h"
#include "dialogs.h"
#include "formwidgets.h"
#include "mainwindow.h"
#include "sqliteregister.h"
#include "testdatabase.h"
#include "urlcatcher.h"
#include "userguide.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace borderlog;

namespace {

void writeFile(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("# User guide\n");
}

const QLocale kLithuanian(QLocale::Lithuanian, QLocale::Lithuania);
const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);

} // namespace

TEST_CASE("The user guide is the installed one in the UI's language, else the English one", "[gui][help]")
{
    QTemporaryDir root;
    const QString installed = root.filePath(QStringLiteral("share/doc/borderlog/docs"));
    const QString source = root.filePath(QStringLiteral("source/docs"));
    const QStringList folders{installed, source};

    SECTION("no guide anywhere")
    {
        CHECK(UserGuide::find(folders, kEnglish).isEmpty());
    }
    SECTION("only the source tree's, in English, for every language")
    {
        writeFile(source + QStringLiteral("/user-guide.md"));
        CHECK(UserGuide::find(folders, kEnglish) == source + QStringLiteral("/user-guide.md"));
        CHECK(UserGuide::find(folders, kLithuanian) == source + QStringLiteral("/user-guide.md"));
        CHECK(UserGuide::find(folders, QLocale::c()) == source + QStringLiteral("/user-guide.md"));
    }
    SECTION("the installed guide wins over the source tree's, and its Lithuanian translation under Lithuanian")
    {
        writeFile(source + QStringLiteral("/user-guide.md"));
        writeFile(source + QStringLiteral("/user-guide.lt.md"));
        writeFile(installed + QStringLiteral("/user-guide.md"));
        CHECK(UserGuide::find(folders, kEnglish) == installed + QStringLiteral("/user-guide.md"));
        CHECK(UserGuide::find(folders, kLithuanian) == installed + QStringLiteral("/user-guide.md"));
        writeFile(installed + QStringLiteral("/user-guide.lt.md"));
        CHECK(UserGuide::find(folders, kLithuanian) == installed + QStringLiteral("/user-guide.lt.md"));
        CHECK(UserGuide::find(folders, kEnglish) == installed + QStringLiteral("/user-guide.md"));
        CHECK(UserGuide::find(folders, QLocale::c()) == installed + QStringLiteral("/user-guide.md"));
    }
    SECTION("a folder named like the guide is no guide")
    {
        QDir().mkpath(installed + QStringLiteral("/user-guide.md"));
        writeFile(source + QStringLiteral("/user-guide.md"));
        CHECK(UserGuide::find(folders, kEnglish) == source + QStringLiteral("/user-guide.md"));
    }
}

TEST_CASE("F1 opens the user guide of the source tree when the program is not installed", "[gui][help]")
{
    test::TestDatabase db;
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *action = test::child<QAction>(&window, QStringLiteral("userGuideAction"));
    CHECK(action->shortcut() == QKeySequence(Qt::Key_F1));

    const QString guide = UserGuide::find(UserGuide::folders(), QLocale());
    REQUIRE(guide == QDir(QStringLiteral(BORDERLOG_SOURCE_DOCS)).absoluteFilePath(QStringLiteral("user-guide.md")));
    const test::UrlCatcher viewer(QStringLiteral("file"));
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_F1);
    REQUIRE(viewer.opened().size() == 1);
    CHECK(viewer.opened().first() == QUrl::fromLocalFile(guide));
}

TEST_CASE("Help > About names the version, the Qt and SQLite it runs on, the database, the licence and the guide",
          "[gui][help]")
{
    test::TestDatabase db;
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    Dialogs::clearShown();
    test::child<QAction>(&window, QStringLiteral("aboutAction"))->trigger();
    const auto shown = Dialogs::lastShown();
    REQUIRE(shown);
    CHECK(shown->title == QStringLiteral("About Border Incident Log"));
    const QString &text = shown->text;
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Border Incident Log %1").arg(QStringLiteral(BORDERLOG_EXPECTED_VERSION))));
    CHECK(text.contains(QStringLiteral("Runs on Qt %1 (built with Qt %2) and SQLite %3.")
                            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                                 QString::fromLatin1(sqlite3_libversion()))));
    CHECK(text.contains(QStringLiteral("Database: %1").arg(db.path().toHtmlEscaped())));
    CHECK(text.contains(QStringLiteral("GPL-3.0-or-later")));
    const QString guide = UserGuide::find(UserGuide::folders(), QLocale());
    CHECK(
        text.contains(QStringLiteral("<a href=\"%1\">").arg(QUrl::fromLocalFile(guide).toString(QUrl::FullyEncoded))));
}

TEST_CASE("About says when the user guide is not installed", "[gui][help]")
{
    test::TestDatabase db;
    const QString text = AboutBox::text(db.log(), QString());
    CHECK(text.contains(QStringLiteral("User guide: not installed.")));
    CHECK_FALSE(text.contains(QStringLiteral("<a ")));
}
