// SPDX-License-Identifier: GPL-3.0-or-later
#include "formulaguard.h"

namespace borderlog::FormulaGuard {

namespace {

bool isTrigger(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// Apostrophes, then a trigger character.
bool hasGuardShape(const QString &cell, bool requireApostrophe)
{
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == u'\'') {
        ++i;
    }
    if (requireApostrophe && i == 0) {
        return false;
    }
    return i < cell.size() && isTrigger(cell[i]);
}

} // namespace

QString guard(const QString &cell)
{
    return hasGuardShape(cell, false) ? QLatin1Char('\'') + cell : cell;
}

QString unguard(const QString &cell)
{
    return hasGuardShape(cell, true) ? cell.mid(1) : cell;
}

} // namespace borderlog::FormulaGuard
