// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentform.h"
#include "mainwindow.h"
#include "sqliteregister.h"
#include "summarypanel.h"
#include "testdatabase.h"

#include <QMenuBar>
#include <QScopeGuard>
#include <QScreen>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace borderlog;

namespace {

// The station laptop's screen less the desktop's panel and the window's frame and title bar.
const QSize kLaptop(1366 - 16, 768 - 32 - 40);

QString sizeText(const QSize &size)
{
    return QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
}

} // namespace

TEST_CASE("The main window fits a 1366×768 screen, in English and in Lithuanian words", "[gui][screen]")
{
    QTranslator lithuanian;
    const bool translated = GENERATE(false, true);
    if (translated) {
        REQUIRE(lithuanian.load(QStringLiteral(":/borderlog/translations/borderlog_lt.qm")));
        QCoreApplication::installTranslator(&lithuanian);
    }
    const auto untranslate = qScopeGuard([&] { QCoreApplication::removeTranslator(&lithuanian); });
    test::TestDatabase db;
    MainWindow window(db.log(), sqlite::SqliteRegister::openForDesktop);
    window.show();
    if (translated) {
        CHECK(window.menuBar()->actions().first()->text() != QStringLiteral("&File")); // the words are Lithuanian
    }
    const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
    INFO((translated ? "Lithuanian: " : "English: ")
         << "window " << sizeText(minimum).toStdString() << ", form "
         << sizeText(window.form()->minimumSizeHint()).toStdString() << ", summary "
         << sizeText(window.findChild<SummaryPanel *>()->minimumSizeHint()).toStdString() << ", splitter "
         << sizeText(window.findChild<QSplitter *>()->minimumSizeHint()).toStdString());
    CHECK(minimum.width() <= kLaptop.width());
    CHECK(minimum.height() <= kLaptop.height());
    // Its first start fits the screen it opens on, whatever that screen is.
    const QRect available = window.screen()->availableGeometry();
    CHECK(window.width() <= std::max(available.width(), minimum.width()));
    CHECK(window.height() <= std::max(available.height(), minimum.height()));
    // In a real X server the window manager frames and places it: the frame, title bar included, is on the screen.
    if (QGuiApplication::platformName() == u"xcb") {
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK(QTest::qWaitFor([&] { return window.frameGeometry() != window.geometry(); }, 3000)); // framed
        INFO("frame " << sizeText(window.frameGeometry().size()).toStdString() << " at " << window.frameGeometry().x()
                      << "," << window.frameGeometry().y());
        CHECK(window.screen()->availableGeometry().contains(window.frameGeometry()));
    }
}
