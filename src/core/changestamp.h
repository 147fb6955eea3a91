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

} // namespace borderlog
