// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaytext.h"

#include "applicationidentity.h"
#include "catchqt.h"

using namespace borderlog;

TEST_CASE("Stored texts are shown with their control characters escaped, on one line", "[display]")
{
    CHECK(DisplayText::escaped(u"Šalčininkai, Medininkai") == QStringLiteral("Šalčininkai, Medininkai"));
    CHECK(DisplayText::escaped(u"first\nsecond") == QStringLiteral("first↵second"));
    CHECK(DisplayText::escaped(u"\x1b[2Jcleared") == QStringLiteral("\\x1b[2Jcleared"));
    CHECK(DisplayText::escaped(u"tab\there\r") == QStringLiteral("tab\\x09here\\x0d"));
    CHECK(DisplayText::escaped(u"\u009b31m") == QStringLiteral("\\x9b31m")); // C1 CSI: an escape by itself
    CHECK(DisplayText::escaped(u"x\u007fy") == QStringLiteral("x\\x7fy"));
    CHECK(DisplayText::escaped(u"ona\u202eenil") == QStringLiteral("ona\\u{202e}enil")); // right-to-left override
    CHECK(DisplayText::escaped(u"a\u2028b") == QStringLiteral("a\\u{2028}b"));
    CHECK(DisplayText::escaped(u"🙂 ok") == QStringLiteral("🙂 ok"));
    const QChar lone[] = {QChar(0xD800), QChar(u'x')};
    CHECK(DisplayText::escaped(QStringView(lone, 2)) == QStringLiteral("\\u{d800}x"));
    CHECK(DisplayText::escaped(u"C:\\temp") == QStringLiteral("C:\\temp"));

    CHECK_FALSE(DisplayText::hasControl(u"late report, night shift"));
    CHECK(DisplayText::hasControl(u"two\nlines"));
    CHECK_FALSE(DisplayText::hasControl(u"two\nlines", true));
    CHECK(DisplayText::hasControl(u"two\r\nlines", true));
    CHECK(DisplayText::hasControl(u"bell\a", true));
    CHECK(DisplayText::hasControl(u"\u2066isolate\u2069", true));
}

TEST_CASE("The operating system's user name is recorded as it would be shown", "[display][accounts]")
{
    const QByteArray saved = qgetenv("USER");
    qputenv("USER", "ona\nsigned off by: chief");
    const QString name = ApplicationIdentity::operatingSystemUser();
    CHECK_FALSE(DisplayText::hasControl(name));
    CHECK(name.startsWith(QStringLiteral("ona")));
    qputenv("USER", QByteArray(300, 'x'));
    CHECK(ApplicationIdentity::operatingSystemUser().size() == 100);
    qputenv("USER", saved);
}
