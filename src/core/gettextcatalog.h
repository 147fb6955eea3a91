// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace borderlog::GettextCatalog {

// The translations of a GNU gettext message catalogue (.mo file, either byte order): each message's
// original text and its translation. Messages with a context or plural forms, untranslated ones and the
// catalogue's header are left out. An unreadable or truncated catalogue gives what could be read before the
// damage (nothing when its header is broken). Qt has no reader of its own; the format is GNU gettext's
// ("The Format of GNU MO Files").
QHash<QString, QString> read(const QByteArray &data);

} // namespace borderlog::GettextCatalog
