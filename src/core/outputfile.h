// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QString>

#include <optional>

namespace borderlog {

// Where an export, a tally, a generated file or an audit export goes. A regular file (or a new one) is
// written atomically: QSaveFile keeps the old file until the new one is complete, flushed and synced to the
// disk. What is not a regular file — standard output ("-" or no path), a FIFO, a device such as /dev/null —
// is written directly: replacing it with a file would replace the system's /dev/null or leave a FIFO's
// reader without data. Success is reported only once every byte was written and synced, so a full disk is
// an error, never an empty file reported as done.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    explicit OutputFile(const QString &path);
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // Opens the target; a failure names the path and the reason.
    Result<void> open();
    QIODevice &device();
    // Whether the output is a regular file (then a description may be written beside it).
    bool isRegularFile() const { return m_atomic; }
    // Flushes and syncs; a regular file then takes the place of the old one. On failure a regular file is
    // left as it was (no partial file, no temporary file) and the message says why ("the disk is full").
    Result<void> commit();
    // Whatever was written goes (a regular file stays as it was).
    void discard();
    // Why writing to the device failed (a full disk, ...), when it did; for a writer that stopped midway.
    std::optional<Failure> writeError() const;

private:
    Failure failure(int error, const QString &fallback) const;

    QString m_path;
    bool m_standardOutput = false;
    bool m_atomic = false;
    QSaveFile m_file;
    QFile m_direct;
};

} // namespace borderlog
