// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>

#include <memory>

namespace borderlog {

// Names and places shared by the desktop app and the command line, so both find the same database.
namespace ApplicationIdentity {

// Sets the application and organisation names QStandardPaths and QSettings derive paths from, and the version.
void apply();
// The program's version, CMake's project version (BORDERLOG_VERSION), e.g. "0.1.0".
QString version();
// Files the program creates from now on (database, its journal, backups, logs, exports) are readable by
// their owner only: umask 077, set before anything is written.
void keepFilesPrivate();

// The desktop app's preferences and recent databases: ~/.config/borderlog.conf (QSettings' native format).
// Settings an older version kept in "~/.config/Unknown Organization/borderlog.conf" are carried over the
// first time. Use this, never a default-constructed QSettings.
std::unique_ptr<QSettings> settings();

// <per-user data folder>/borderlog.sqlite, e.g. ~/.local/share/borderlog/borderlog.sqlite
QString defaultDatabasePath();
// <per-user data folder>/logs
QString logFolder();

// Who runs the program, as the operating system names them: who acts in a database without accounts.
QString operatingSystemUser();

} // namespace ApplicationIdentity

} // namespace borderlog
