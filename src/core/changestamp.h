// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace borderlog {

// Who makes a change, when and why: what the audit entry written with the change records.
struct ChangeStamp
{
    QString user;
    QDateTime at; // UTC
    QString reason;
};

// Reasons the program gives a change of its own accord (the desktop app's Edit > Undo and Redo): fixed English
// words, the same in every language, since the trail is evidence read by others; the trail window shows them
// translated.
namespace ChangeReason {
inline constexpr char kUndone[] = "undone";
inline constexpr char kRedone[] = "redone";
} // namespace ChangeReason

} // namespace borderlog
