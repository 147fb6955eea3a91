// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace borderlog::sqlite {

// What is at a database path before SQLite is let near it: nothing, an empty file, a regular file, or
// something that is no database file at all (a folder, a FIFO, a device). SQLite would create, wait on or
// write into any of them; the repository decides from this what it may do.
class DatabaseFile
{
public:
    enum class Kind {
        InMemory, // ":memory:" or a "file:" URI: no file at all
        Missing,
        Empty, // 0 bytes: a database another program is creating this moment, or not a database at all
        Regular,
        NotAFile, // a folder, FIFO, device or socket
    };

    explicit DatabaseFile(const QString &path);

    Kind kind() const { return m_kind; }
    // For NotAFile: "a folder", "a FIFO", ... (translated).
    QString kindName() const;

    // A database's -wal and -shm files take the database file's permissions when they are created. A session
    // on a read-only database file leaves a -shm file nobody may write, which makes every later session fail
    // with "attempt to write a readonly database" once the database file is writable again. Gives such a
    // file the database file's permissions back; returns the files it could not mend (empty when all is well).
    QStringList mendCompanionFiles() const;

private:
    QString m_path;
    Kind m_kind = Kind::Missing;
    unsigned m_mode = 0; // st_mode
};

} // namespace borderlog::sqlite
