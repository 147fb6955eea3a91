// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>

// The options of `borderlog-cli`, shared by its commands. Their names are a contract with the ministry's
// scripts: add, never rename.
namespace borderlog::CommandOptions {

inline const QCommandLineOption kDb({QStringLiteral("db")}, QStringLiteral("Database file (default: %1)."),
                                    QStringLiteral("PATH"));
inline const QCommandLineOption kVerbose({QStringLiteral("verbose")}, QStringLiteral("Log to standard error."));

inline const QCommandLineOption kFrom({QStringLiteral("from")}, QStringLiteral("First date, inclusive (YYYY-MM-DD)."),
                                      QStringLiteral("DATE"));
inline const QCommandLineOption kTo({QStringLiteral("to")}, QStringLiteral("Last date, inclusive (YYYY-MM-DD)."),
                                    QStringLiteral("DATE"));
inline const QCommandLineOption kLocation({QStringLiteral("location")}, QStringLiteral("Border section or checkpoint."),
                                          QStringLiteral("NAME"));
inline const QCommandLineOption kNationality({QStringLiteral("nationality")},
                                             QStringLiteral("Nationality: alpha-2, alpha-3 or English name."),
                                             QStringLiteral("NAT"));
inline const QCommandLineOption
    kOutcome({QStringLiteral("outcome")},
             QStringLiteral("turned_back, detained, asylum_request, prevented, absconded or other."),
             QStringLiteral("OUTCOME"));
inline const QCommandLineOption kOutput({QStringLiteral("o"), QStringLiteral("output")},
                                        QStringLiteral("Write to FILE instead of standard output."),
                                        QStringLiteral("FILE"));

// The options that choose incidents (list, export, tally), in the order --help lists them.
inline QList<QCommandLineOption> filterOptions()
{
    return {kFrom, kTo, kLocation, kNationality, kOutcome};
}

inline const QCommandLineOption kDate({QStringLiteral("date")}, QStringLiteral("Date of the incident (YYYY-MM-DD)."),
                                      QStringLiteral("DATE"));
inline const QCommandLineOption kTime({QStringLiteral("time")}, QStringLiteral("Time of the incident (HH:MM)."),
                                      QStringLiteral("TIME"));
inline const QCommandLineOption
    kPersons({QStringLiteral("persons")},
             QStringLiteral("Persons of one nationality, NAT:COUNT (repeat for a mixed group)."),
             QStringLiteral("NAT:COUNT"));
inline const QCommandLineOption kForceUsed({QStringLiteral("force-used")}, QStringLiteral("Force was used."));
inline const QCommandLineOption kNoForceUsed({QStringLiteral("no-force-used")},
                                             QStringLiteral("Force was not used (update only)."));
inline const QCommandLineOption kNotes({QStringLiteral("notes")}, QStringLiteral("Free text, at most 2000 characters."),
                                       QStringLiteral("TEXT"));
inline const QCommandLineOption kRecordedBy({QStringLiteral("recorded-by")},
                                            QStringLiteral("Who recorded it (default: the user name)."),
                                            QStringLiteral("NAME"));
inline const QCommandLineOption kBy({QStringLiteral("by")},
                                    QStringLiteral("day, month, year, nationality or location."),
                                    QStringLiteral("GROUPING"));

inline const QCommandLineOption kIncidents({QStringLiteral("incidents")},
                                           QStringLiteral("How many incidents to write."), QStringLiteral("N"));
inline const QCommandLineOption kSeed({QStringLiteral("seed")}, QStringLiteral("Seed of the generator (default 1)."),
                                      QStringLiteral("S"));

inline const QCommandLineOption kUser({QStringLiteral("user")},
                                      QStringLiteral("Log in as NAME (needed once the database has accounts)."),
                                      QStringLiteral("NAME"));
inline const QCommandLineOption
    kPasswordStdin({QStringLiteral("password-stdin")},
                   QStringLiteral("Read the password from the first line of standard input (for 'user add', 'user "
                                  "password' and 'user reset': the new password; the login's then comes from "
                                  "BORDERLOG_PASSWORD or a prompt)."));
inline const QCommandLineOption kReason({QStringLiteral("reason")}, QStringLiteral("Why (kept in the audit trail)."),
                                        QStringLiteral("TEXT"));
inline const QCommandLineOption kRole({QStringLiteral("role")}, QStringLiteral("officer, supervisor or admin."),
                                      QStringLiteral("ROLE"));
inline const QCommandLineOption kIncident({QStringLiteral("incident")},
                                          QStringLiteral("Only the entries of this incident_id."),
                                          QStringLiteral("ID"));
inline const QCommandLineOption kTallies({QStringLiteral("tallies")},
                                         QStringLiteral("Rebuild the aggregate tables (tallies, charts) from the "
                                                        "incidents."));
inline const QCommandLineOption
    kExpectHead({QStringLiteral("expect-head")},
                QStringLiteral("A head printed earlier (SEQ:HASH) that must still be in the trail."),
                QStringLiteral("SEQ:HASH"));

} // namespace borderlog::CommandOptions
