// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catchqt.h"
#include "incident.h"
#include "incidentlog.h"
#include "locationhierarchy.h"

#include <QTemporaryDir>

#include <memory>

namespace borderlog::test {

// A real SQLite database file in a temporary folder, opened through the register's use cases.
class TestDatabase
{
public:
    TestDatabase();

    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    IncidentLog &log() { return *m_log; }
    // Opens the same file again (what another program or a restart sees).
    std::unique_ptr<IncidentLog> reopen() const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<IncidentLog> m_log;
};

// A location filed under a frontier district's station.
LocationRecord placed(const QString &name, const QString &district, const QString &station);

// A valid draft: one group of `persons` of `nationality` on `date`.
Incident draft(const QDate &date, const QString &location, const QString &nationality, int persons,
               Outcome outcome = Outcome::Detained);

// Recounts a tally straight from the incident rows with plain SQL, the slow way; aggregates must equal it.
struct Recount
{
    qint64 incidents = 0;
    qint64 persons = 0;
};
Recount recountDay(const QString &dbPath, const QDate &date);
// Every (date, location, outcome) and (date, location, nationality, outcome) aggregate equals a recount.
bool aggregatesMatchRecount(const QString &dbPath, QString *difference = nullptr);

QByteArray readFile(const QString &path);

// `count` generated incidents (IncidentGenerator, deterministic for a seed), by default over 2021.
QList<Incident> generatedIncidents(int count, quint64 seed, const QDate &from = QDate(2021, 1, 1),
                                   const QDate &to = QDate(2021, 12, 31));
// The same incidents written as an incidents CSV file.
void writeGeneratedCsv(const QString &path, int count, quint64 seed);

// The fields the errors name, in their order.
QStringList fieldsOf(const QList<FieldError> &errors);

// Runs SQL on the file through a connection of its own, as the sqlite3 tool would (no program rules).
void execute(const QString &path, const char *sql);
// Takes a database of the latest schema back to schema 6, as the sqlite3 tool would (the table of schema 9
// and the columns of schema 8 dropped, the outcome check of schema 6 again): the start of a test of the migrations
// since.
void downgradeToSchema6(const QString &path);
// Further back, to schema 3 (accounts, signed days and the audit trail): the hierarchy of schemas 5 and 6
// and the login delay of schema 4 gone, schema 3's signed-day guard back.
void downgradeToSchema3(const QString &path);
// The first column of the first row of a query on the file, as text.
QString queryText(const QString &path, const char *sql);

// Makes the register answer failed logins at once, for tests that try wrong passwords.
void noLoginDelay(IncidentLog &log);

// Overwrites 1 KiB at several places in the middle of a database file, leaving its header intact.
void damagePages(const QString &path);

} // namespace borderlog::test
