// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace borderlog {

// Where the automatic backups of a database go and how many are kept: the folder `backups` beside the
// database, files named after the database and the time (borderlog-20210803-061500.sqlite), the
// newest kKeep kept.
class BackupRotation
{
public:
    static constexpr int kKeep = 14;

    explicit BackupRotation(const QString &databasePath);

    QString folder() const;
    // A new backup's path for the given time.
    QString pathFor(const QDateTime &when) const;
    // The rotation's backups, newest first.
    QStringList backups() const;
    // True when no backup was made on `today` (local date) yet: the desktop app makes one a day.
    bool isDue(const QDate &today) const;
    // Removes the oldest backups beyond kKeep; returns how many were removed.
    int prune() const;

private:
    QString m_databasePath;
};

} // namespace borderlog
