// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlitedatabase.h"

namespace borderlog::sqlite {

// 64 MiB of page cache for everyday work; 1 GiB while an import runs (negative sizes are KiB).
inline constexpr auto kPageCacheSize = "PRAGMA cache_size = -65536";
inline constexpr auto kImportCacheSize = "PRAGMA cache_size = -1048576";

// A connection setting changed for the length of one operation, then set back to the everyday value.
class ScopedPragma
{
public:
    ScopedPragma(SqliteDatabase &db, const char *during, const char *after)
        : m_db(db)
        , m_after(after)
    {
        m_db.tryExecute(during);
    }
    ~ScopedPragma() { m_db.tryExecute(m_after); }
    ScopedPragma(const ScopedPragma &) = delete;
    ScopedPragma &operator=(const ScopedPragma &) = delete;

    // Reads of the whole database (exports, audit verification) map the file into memory while they run:
    // the pages are read in place instead of being copied through read() calls, which is a third of an
    // export's time. Only for these reads: an I/O error on a mapped page cannot be reported as an error, and
    // the everyday reads and all writes stay on ordinary file I/O. SQLite keeps the size within its
    // compiled-in limit (2 GiB in Debian's build).
    static ScopedPragma memoryMappedReads(SqliteDatabase &db)
    {
        return {db, "PRAGMA mmap_size = 2147418112", "PRAGMA mmap_size = 0"};
    }
    // 1 GiB of page cache for the length of an import, then back to the everyday size.
    static ScopedPragma largePageCache(SqliteDatabase &db) { return {db, kImportCacheSize, kPageCacheSize}; }

private:
    SqliteDatabase &m_db;
    const char *m_after;
};

} // namespace borderlog::sqlite
