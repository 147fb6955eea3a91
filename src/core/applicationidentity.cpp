// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"

#include "displaytext.h"
#include "incidentrules.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace borderlog::ApplicationIdentity {

void apply()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("borderlog"));
    QCoreApplication::setApplicationVersion(version());
}

QString version()
{
    return QStringLiteral(BORDERLOG_VERSION);
}

std::unique_ptr<QSettings> settings()
{
    // An empty application name makes the file the organisation's: ~/.config/borderlog.conf. The
    // organisation name itself stays empty so that the data folder remains ~/.local/share/borderlog.
    const QString name = QCoreApplication::applicationName();
    auto current = std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, name);
    if (current->allKeys().isEmpty()) {
        // Where Qt put them when the organisation name was empty.
        QSettings older(QSettings::NativeFormat, QSettings::UserScope, QString(), name);
        const QStringList keys = older.allKeys();
        for (const QString &key : keys) {
            current->setValue(key, older.value(key));
        }
        if (!keys.isEmpty()) {
            current->sync();
        }
    }
    return current;
}

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("borderlog.sqlite"));
}

QString logFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("logs"));
}

void keepFilesPrivate()
{
    ::umask(S_IRWXG | S_IRWXO);
}

QString operatingSystemUser()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) {
        name = qEnvironmentVariable("USERNAME");
    }
    if (name.isEmpty()) {
        if (const passwd *entry = getpwuid(getuid())) {
            name = QString::fromLocal8Bit(entry->pw_name);
        }
    }
    // The environment is anyone's to set: a name that would change how a listing reads is recorded as it
    // would be shown (escaped), and a long one cut to what recorded_by holds.
    if (DisplayText::hasControl(name)) {
        name = DisplayText::escaped(name);
    }
    // At most as many characters (code points) as recorded_by holds, never half of one.
    qsizetype end = 0;
    for (int kept = 0; end < name.size() && kept < IncidentRules::kMaxRecordedByLength; ++kept) {
        end += name.at(end).isHighSurrogate() && end + 1 < name.size() ? 2 : 1;
    }
    name = name.left(end).trimmed();
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

} // namespace borderlog::ApplicationIdentity
