#include "applicationidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <sys/stat.h>

namespace borderlog::ApplicationIdentity {

void apply()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("borderlog"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BORDERLOG_VERSION));
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

} // namespace borderlog::ApplicationIdentity
