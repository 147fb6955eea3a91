// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace borderlog::QtStandardTexts {

// The texts of Qt's standard buttons (OK, Cancel, Yes, No, …), as Qt 6 asks for them (context
// "QPlatformTheme"). Debian's Lithuanian Qt catalogue (qt_lt.qm) predates that context, so Qt's own dialogs
// would show "Cancel" in a Lithuanian window: the app's translation carries them instead. Returns the
// source texts, for the test that checks they are translated.
QStringList buttonTexts();

} // namespace borderlog::QtStandardTexts
