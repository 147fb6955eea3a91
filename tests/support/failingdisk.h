// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace borderlog::test {

// An SQLite VFS over the default one whose writes fail while it is armed, as on a full disk (SQLITE_FULL)
// or a failing one (SQLITE_IOERR). install() makes it the default VFS of the test process.
namespace FailingDisk {

enum class Fault {
    None,
    Full,
    IoError,
};

void install();
void fail(Fault fault);
int failedWrites();

} // namespace FailingDisk

} // namespace borderlog::test
