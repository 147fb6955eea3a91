// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliterestoremarker.h"

#include "databasefile.h"
#include "sqlitedatabase.h"
#include "sqliteerror.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <sys/file.h>
#include <unistd.h>

namespace borderlog::sqlite {

namespace {

QString markerPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".restore-in-progress");
}

// The record's key=value lines.
QMap<QString, QString> readRecord(int fd)
{
    QMap<QString, QString> values;
    QFile record;
    if (record.open(fd, QIODevice::ReadOnly)) {
        for (const QByteArray &line : record.readAll().split('\n')) {
            const qsizetype equals = line.indexOf('=');
            if (equals > 0) {
                values.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
            }
        }
        record.close();
    }
    return values;
}

} // namespace

QString auditHeadOf(SqliteDatabase &db)
{
    try {
        SqliteStatement head(db, "SELECT seq || ':' || hash FROM audit_entry ORDER BY seq DESC LIMIT 1");
        return head.step() ? head.text(0) : QStringLiteral("0:");
    } catch (const SqliteError &) {
        return QString();
    }
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"}) {
        ::unlink((QFile::encodeName(path) + suffix).constData());
    }
}

RestoreMarker::RestoreMarker(const QString &databasePath)
    : m_path(markerPath(databasePath))
{
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd >= 0 && ::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(m_fd);
        m_fd = -1;
        m_busy = true;
    } else if (m_fd >= 0 && ::ftruncate(m_fd, 0) != 0) {
        // A record left by an interrupted restore is this one's now: what it said must not linger.
        ::close(m_fd);
        m_fd = -1;
    }
}

RestoreMarker::~RestoreMarker()
{
    if (m_fd >= 0) {
        if (m_finished) {
            ::unlink(QFile::encodeName(m_path).constData());
        }
        ::close(m_fd);
    }
}

void RestoreMarker::record(const QString &key, const QString &value)
{
    const QByteArray line = (key + u'=' + value + u'\n').toUtf8();
    if (m_fd >= 0 && ::write(m_fd, line.constData(), size_t(line.size())) == line.size()) {
        ::fsync(m_fd);
    }
}

QString RestoreMarker::outcomeOf(const QMap<QString, QString> &values, const QString &now)
{
    if (!values.contains(QStringLiteral("backup-head"))) {
        return tr("it stopped before it changed anything; the database is as it was");
    }
    if (values.value(QStringLiteral("backup-head")) == values.value(QStringLiteral("before-head"))) {
        return tr("the backup and the database had the same audit trail head, so which one it holds cannot be "
                  "told; check it with 'borderlog-cli check' and 'audit verify'");
    }
    if (!now.isEmpty() && now == values.value(QStringLiteral("backup-head"))) {
        return tr("the database holds the backup's contents (audit trail head %1)").arg(now);
    }
    if (!now.isEmpty() && now == values.value(QStringLiteral("before-head"))) {
        return tr("the database is as it was before the restore (audit trail head %1)").arg(now);
    }
    return tr("check the database with 'borderlog-cli check' and 'audit verify'");
}

std::optional<QString> RestoreMarker::takeInterruptedNotice(const QString &databasePath)
{
    const QString path = markerPath(databasePath);
    if (!QFileInfo::exists(path)) {
        return std::nullopt;
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        return std::nullopt;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd); // a restore is running: the open waits for its lock on the database
        return std::nullopt;
    }
    const QMap<QString, QString> values = readRecord(fd);
    QString now;
    if (DatabaseFile(databasePath).kind() == DatabaseFile::Kind::Regular) {
        try {
            SqliteDatabase db(databasePath, SqliteDatabase::Mode::ReadOnly);
            now = auditHeadOf(db);
        } catch (const SqliteError &) {
        }
    }
    const QString outcome = outcomeOf(values, now);
    QString notice = tr("a restore of %1 into this database, started %2, was interrupted: %3")
                         .arg(values.value(QStringLiteral("backup"), tr("a backup")),
                              values.value(QStringLiteral("started"), tr("at an unknown time")), outcome);
    if (const QString kept = values.value(QStringLiteral("kept")); !kept.isEmpty() && QFileInfo(kept).size() > 0) {
        notice += tr(". The database as it was before is kept as %1").arg(kept);
    }
    if (const QString staged = values.value(QStringLiteral("staged")); !staged.isEmpty()) {
        removeDatabaseFiles(staged);
    }
    ::unlink(QFile::encodeName(path).constData());
    ::close(fd);
    spdlog::warn("{}", notice.toStdString());
    return notice;
}

} // namespace borderlog::sqlite
