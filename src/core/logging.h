// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace borderlog {

// spdlog set-up shared by both programs. Qt's own messages (qDebug, qWarning, ...) go to the same logger.
// Logs name actions and incident ids, never notes text.
namespace Logging {

// The desktop app: a rotating file in `folder` (5 files of 2 MB).
void toRotatingFile(const QString &folder);
// The command line: stderr, at debug level when verbose, warnings only otherwise.
void toStderr(bool verbose);

} // namespace Logging

} // namespace borderlog
