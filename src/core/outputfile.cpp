// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include <QCoreApplication>

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace borderlog {

OutputFile::OutputFile(const QString &path)
    : m_path(path)
    , m_standardOutput(path.isEmpty() || path == u"-")
{
    struct stat info = {};
    const bool exists = !m_standardOutput && ::stat(QFile::encodeName(path).constData(), &info) == 0;
    m_atomic = !m_standardOutput && (!exists || S_ISREG(info.st_mode));
}

Failure OutputFile::failure(int error, const QString &fallback) const
{
    const QString where = m_standardOutput ? tr("standard output") : m_path;
    QString why = fallback;
    if (error == ENOSPC || error == EDQUOT || fallback == QString::fromLocal8Bit(strerror(ENOSPC))) {
        why = tr("the disk is full; free some space and try again");
    } else if (error != 0) {
        why = QString::fromLocal8Bit(strerror(error));
    }
    return Failure::storage(tr("cannot write %1: %2").arg(where, why));
}

Result<void> OutputFile::open()
{
    if (m_standardOutput) {
        if (!m_direct.open(stdout, QIODevice::WriteOnly)) {
            return failure(0, m_direct.errorString());
        }
        return {};
    }
    struct stat info = {};
    if (::stat(QFile::encodeName(m_path).constData(), &info) == 0 && S_ISDIR(info.st_mode)) {
        return failure(EISDIR, QString());
    }
    if (m_atomic) {
        m_file.setFileName(m_path);
        if (!m_file.open(QIODevice::WriteOnly)) {
            return failure(0, m_file.errorString());
        }
        return {};
    }
    m_direct.setFileName(m_path);
    if (!m_direct.open(QIODevice::WriteOnly)) {
        return failure(0, m_direct.errorString());
    }
    return {};
}

QIODevice &OutputFile::device()
{
    return m_atomic ? static_cast<QIODevice &>(m_file) : static_cast<QIODevice &>(m_direct);
}

Result<void> OutputFile::commit()
{
    if (m_atomic) {
        // QSaveFile syncs before it renames but ignores a failed sync; on a full disk the new file would then
        // be put in place empty. The sync is done here first, and its failure counts.
        if (!m_file.flush()) {
            const QString why = m_file.errorString();
            m_file.cancelWriting();
            m_file.commit();
            return failure(0, why);
        }
        if (::fsync(m_file.handle()) != 0) {
            const int error = errno;
            m_file.cancelWriting();
            m_file.commit();
            return failure(error, QString());
        }
        if (!m_file.commit()) {
            return failure(0, m_file.errorString());
        }
        return {};
    }
    if (!m_direct.flush()) {
        return failure(0, m_direct.errorString());
    }
    // Standard output redirected to a file is synced too; a pipe, FIFO or device cannot be (EINVAL).
    if (::fsync(m_direct.handle()) != 0 && errno != EINVAL && errno != EROFS) {
        return failure(errno, QString());
    }
    return {};
}

std::optional<Failure> OutputFile::writeError() const
{
    const QFileDevice &device = m_atomic ? static_cast<const QFileDevice &>(m_file) : m_direct;
    if (device.error() == QFileDevice::NoError) {
        return std::nullopt;
    }
    return failure(0, device.errorString());
}

void OutputFile::discard()
{
    if (m_atomic) {
        m_file.cancelWriting();
        m_file.commit();
    }
}

} // namespace borderlog
