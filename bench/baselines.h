// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

struct sqlite3;
struct sqlite3_stmt;

namespace borderlog {
struct Incident;
}

namespace borderlog::bench {

class Fixtures;

// What this program is measured against, in the same run: the sqlite3 shell and the sqlite3 C API doing
// the same work without this program, and the hand-written references doing the writes it does.
namespace Baselines {

// Runs SQL in the sqlite3 shell with `.timer on` and returns the time the shell reports (ms).
double shellQuery(const QString &db, const QString &sql);

// Wall time of a whole command (ms), its standard output into `outputFile` when one is given.
double commandTime(const QString &program, const QStringList &arguments, const QString &outputFile = {});

// A bare insert and commit of one incident's row per run into a new table at `path`, WAL and
// synchronous=FULL (ms per run).
QList<double> bareInserts(const QString &path, int runs);

// The rows of the CSV of `size` incidents written into this program's schema by SQL in the sqlite3 shell,
// the way an expert would by hand (ms per run; at least one run).
QList<double> handWrittenImports(const Fixtures &fixtures, qint64 size, int runs);

// The same writes as this program's save of an incident, by hand through the C API (incident row,
// nationality lines, the four tally rows, an audit entry) in one transaction, on a database of this
// program's schema.
class HandWrittenSave
{
public:
    explicit HandWrittenSave(const QString &path);
    ~HandWrittenSave();
    HandWrittenSave(const HandWrittenSave &) = delete;
    HandWrittenSave &operator=(const HandWrittenSave &) = delete;

    // Saves the incident under a new id.
    void save(Incident incident);

private:
    enum Statement {
        IncidentRow,
        NationalityLine,
        DailyTally,
        DailyNationalityTally,
        MonthlyTally,
        MonthlyNationalityTally,
        AuditEntry,
        StatementCount
    };

    void bindText(Statement statement, int index, const QByteArray &value);
    void bindInt(Statement statement, int index, int value);
    void run(Statement statement);
    void bindTally(Statement statement, const QByteArray &date, const QByteArray &location, const QByteArray &outcome,
                   int persons);

    sqlite3 *m_db = nullptr;
    std::array<sqlite3_stmt *, StatementCount> m_statements{};
};

} // namespace Baselines

} // namespace borderlog::bench
