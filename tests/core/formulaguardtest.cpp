// SPDX-License-Identifier: GPL-3.0-or-later
#include "formulaguard.h"

#include "catchqt.h"

using namespace borderlog;

TEST_CASE("Cells a spreadsheet would run as formulas are exported as text", "[csv][guard]")
{
    CHECK(FormulaGuard::guard(QStringLiteral("=HYPERLINK(\"x\")")) == QStringLiteral("'=HYPERLINK(\"x\")"));
    CHECK(FormulaGuard::guard(QStringLiteral("+1")) == QStringLiteral("'+1"));
    CHECK(FormulaGuard::guard(QStringLiteral("-2 persons")) == QStringLiteral("'-2 persons"));
    CHECK(FormulaGuard::guard(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(FormulaGuard::guard(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    CHECK(FormulaGuard::guard(QStringLiteral("\rx")) == QStringLiteral("'\rx"));
    CHECK(FormulaGuard::guard(QStringLiteral("Druskininkai")) == QStringLiteral("Druskininkai"));
    CHECK(FormulaGuard::guard(QStringLiteral("'tis")) == QStringLiteral("'tis"));
}

TEST_CASE("Guard and unguard give back every value exactly", "[csv][guard]")
{
    for (const char *value : {"=1", "'=1", "''=1", "'", "''", "'tis", "plain", "", "-", "@", "a=b", "'@x'"}) {
        const QString v = QString::fromLatin1(value);
        INFO(value);
        CHECK(FormulaGuard::unguard(FormulaGuard::guard(v)) == v);
        CHECK(FormulaGuard::guard(FormulaGuard::unguard(FormulaGuard::guard(v))) == FormulaGuard::guard(v));
    }
}
