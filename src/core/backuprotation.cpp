// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuprotation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace borderlog {

BackupRotation::BackupRotation(const QString &databasePath)
    : m_databasePath(databasePath)
{}

QString BackupRotation::folder() const
{
    return QFileInfo(m_databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString BackupRotation::pathFor(const QDateTime &when) const
{
    return QDir(folder()).filePath(QStringLiteral("%1-%2.sqlite")
                                       .arg(QFileInfo(m_databasePath).completeBaseName(),
                                            when.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

QStringList BackupRotation::backups() const
{
    const QString prefix = QFileInfo(m_databasePath).completeBaseName() + QLatin1Char('-');
    QStringList names = QDir(folder()).entryList({prefix + QStringLiteral("[0-9]*-[0-9]*.sqlite")}, QDir::Files,
                                                 QDir::Name | QDir::Reversed);
    QStringList paths;
    for (const QString &name : names) {
        paths << QDir(folder()).filePath(name);
    }
    return paths;
}

bool BackupRotation::isDue(const QDate &today) const
{
    const QStringList all = backups();
    if (all.isEmpty()) {
        return true;
    }
    const QString stamp = QFileInfo(all.first()).completeBaseName().right(15).left(8);
    return QDate::fromString(stamp, QStringLiteral("yyyyMMdd")) < today;
}

int BackupRotation::prune() const
{
    int removed = 0;
    const QStringList all = backups();
    for (qsizetype i = kKeep; i < all.size(); ++i) {
        removed += QFile::remove(all[i]) ? 1 : 0;
    }
    return removed;
}

} // namespace borderlog
