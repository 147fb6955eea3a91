// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace borderlog::bench {

class Fixtures;
class Report;

// What every measurement works with: the data files, the report its rows go to, and the runs per
// measurement.
struct Bench
{
    const Fixtures &fixtures;
    Report &report;
    int runs;
};

// Each measures on the fixtures of `size` incidents and adds its rows to the report.
void measureImport(const Bench &bench, qint64 size);
void measureExport(const Bench &bench, qint64 size);
void measureTallies(const Bench &bench, qint64 size);
void measureLogTable(const Bench &bench, qint64 size);
void measureSave(const Bench &bench, qint64 size);
void measureSaveReference(const Bench &bench, qint64 size);
void measureDesktopApp(const Bench &bench, qint64 size);
// The national register, beside the throwaway server (scripts/with-test-server.sh): eight sites pushing their
// trails at once, and one site's sync through a loopback proxy that delays each direction by 50 ms.
void measureSitesPushing(const Bench &bench);
void measureSyncOverLongLink(const Bench &bench);
// The initial push of a station that imported `size` incidents, against this program's import of the same file.
void measureInitialPush(const Bench &bench, qint64 size);
// Headquarters' reads on a national register of `size` incidents: tallies, the log table's pages, the first paint.
void measureNationalRegister(const Bench &bench, qint64 size);
// The desktop app's start to painted window on the register at `db` (a file or a postgresql:// address).
void measureFirstPaintOn(const Bench &bench, const QString &db, qint64 size);

} // namespace borderlog::bench
