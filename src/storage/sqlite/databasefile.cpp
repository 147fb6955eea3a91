// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasefile.h"

#include "sqlitedatabase.h"

#include <QCoreApplication>
#include <QFile>

#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace borderlog::sqlite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("borderlog::sqlite::DatabaseFile", text);
}

} // namespace

DatabaseFile::DatabaseFile(const QString &path)
    : m_path(path)
{
    if (SqliteDatabase::isInMemory(path)) {
        m_kind = Kind::InMemory;
        return;
    }
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        m_kind = Kind::Missing;
        return;
    }
    m_mode = info.st_mode;
    if (!S_ISREG(info.st_mode)) {
        m_kind = Kind::NotAFile;
    } else {
        m_kind = info.st_size == 0 ? Kind::Empty : Kind::Regular;
    }
}

QString DatabaseFile::kindName() const
{
    if (S_ISDIR(m_mode)) {
        return tr("a folder");
    }
    if (S_ISFIFO(m_mode)) {
        return tr("a FIFO (named pipe)");
    }
    if (S_ISCHR(m_mode) || S_ISBLK(m_mode)) {
        return tr("a device");
    }
    if (S_ISSOCK(m_mode)) {
        return tr("a socket");
    }
    return tr("not a regular file");
}

QStringList DatabaseFile::mendCompanionFiles() const
{
    QStringList unmendable;
    if (m_kind != Kind::Regular || ::access(QFile::encodeName(m_path).constData(), W_OK) != 0) {
        return unmendable;
    }
    for (const char *suffix : {"-shm", "-wal"}) {
        const QByteArray companion = QFile::encodeName(m_path) + suffix;
        // Gone meanwhile (the last program to close the database removes its -wal) or writable: nothing to do.
        if (::access(companion.constData(), W_OK) == 0 || errno != EACCES) {
            continue;
        }
        // Only the permissions change: the contents stay as they are, whoever has them open.
        if (::chmod(companion.constData(), m_mode & 0666) == 0 || errno == ENOENT) {
            spdlog::warn("{} was not writable (left by a read-only session); its permissions are now the "
                         "database file's",
                         companion.constData());
        } else {
            unmendable << QFile::decodeName(companion);
        }
    }
    return unmendable;
}

} // namespace borderlog::sqlite
