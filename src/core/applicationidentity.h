#pragma once

#include <QString>

namespace borderlog {

// Names and places shared by the desktop app and the command line, so both find the same database.
namespace ApplicationIdentity {

// Sets the application and organisation names QStandardPaths and QSettings derive paths from.
void apply();

// <per-user data folder>/borderlog.sqlite, e.g. ~/.local/share/borderlog/borderlog.sqlite
QString defaultDatabasePath();
// <per-user data folder>/logs
QString logFolder();

} // namespace ApplicationIdentity

} // namespace borderlog
