// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>

// The options of `borderlog-cli`, shared by its commands. Their names are a contract with the ministry's
// scripts: add, never rename.
namespace borderlog::CommandOptions {

inline const QCommandLineOption kDb({QStringLiteral("db")},
                                    QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Database file (default: %1).")),
                                    QStringLiteral("PATH"));
inline const QCommandLineOption kVerbose({QStringLiteral("verbose")},
                                         QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Log to standard error.")));

inline const QCommandLineOption
    kFrom({QStringLiteral("from")},
          QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "First date, inclusive (YYYY-MM-DD).")),
          QStringLiteral("DATE"));
inline const QCommandLineOption
    kTo({QStringLiteral("to")}, QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Last date, inclusive (YYYY-MM-DD).")),
        QStringLiteral("DATE"));
inline const QCommandLineOption
    kLocation({QStringLiteral("location")},
              QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Border section or checkpoint.")),
              QStringLiteral("NAME"));
inline const QCommandLineOption kDistrict({QStringLiteral("district")},
                                          QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Frontier district.")),
                                          QStringLiteral("NAME"));
inline const QCommandLineOption kStation({QStringLiteral("station")},
                                         QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Frontier station.")),
                                         QStringLiteral("NAME"));
inline const QCommandLineOption
    kNationality({QStringLiteral("nationality")},
                 QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp",
                                                  "Nationality: alpha-2, alpha-3, or its English or Lithuanian name.")),
                 QStringLiteral("NAT"));
inline const QCommandLineOption
    kOutcome({QStringLiteral("outcome")},
             QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp",
                                              "turned_back, detained, asylum_request, prevented, absconded, other, "
                                              "admitted_humanitarian or order_to_leave.")),
             QStringLiteral("OUTCOME"));
inline const QCommandLineOption
    kOutput({QStringLiteral("o"), QStringLiteral("output")},
            QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Write to FILE instead of standard output.")),
            QStringLiteral("FILE"));

inline const QCommandLineOption
    kCode({QStringLiteral("code")},
          QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "A short code, up to 16 characters.")),
          QStringLiteral("CODE"));
inline const QCommandLineOption
    kLatitude({QStringLiteral("latitude")},
              QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "WGS84 latitude in degrees (54.5389).")),
              QStringLiteral("DEGREES"));
inline const QCommandLineOption
    kLongitude({QStringLiteral("longitude")},
               QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "WGS84 longitude in degrees (25.6425).")),
               QStringLiteral("DEGREES"));
inline const QCommandLineOption
    kTree({QStringLiteral("tree")},
          QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "List districts, stations and locations as a tree.")));

// The options that choose incidents (list, export, tally), in the order --help lists them.
inline QList<QCommandLineOption> filterOptions()
{
    return {kFrom, kTo, kLocation, kNationality, kOutcome, kDistrict, kStation};
}

inline const QCommandLineOption
    kDate({QStringLiteral("date")},
          QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Date of the incident (YYYY-MM-DD).")),
          QStringLiteral("DATE"));
inline const QCommandLineOption kTime({QStringLiteral("time")},
                                      QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Time of the incident (HH:MM).")),
                                      QStringLiteral("TIME"));
inline const QCommandLineOption kPersons(
    {QStringLiteral("persons")},
    QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Persons of one nationality, NAT:COUNT (repeat for a mixed group); "
                                                    "NAT:COUNT:M/W/C/U adds how many were men, women, children and "
                                                    "unaccompanied minors (IQ:6:2/1/3/0).")),
    QStringLiteral("NAT:COUNT"));
inline const QCommandLineOption kForceUsed({QStringLiteral("force-used")},
                                           QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Force was used.")));
inline const QCommandLineOption
    kNoForceUsed({QStringLiteral("no-force-used")},
                 QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Force was not used (update only).")));
// The incident's details (IncidentDetails): each option sets one; update keeps those not given.
inline const QCommandLineOption
    kDetection({QStringLiteral("detection")},
               QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "How the group was detected: patrol, fixed_camera, "
                                                               "thermal_camera, control_strip, service_dog, "
                                                               "resident_report or other.")),
               QStringLiteral("HOW"));
inline const QCommandLineOption
    kDirection({QStringLiteral("direction")},
               QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "entry (the default) or exit.")),
               QStringLiteral("DIRECTION"));
inline const QCommandLineOption
    kBorderSector({QStringLiteral("border-sector")},
                  QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "green_border, river or crossing_point.")),
                  QStringLiteral("SECTOR"));
inline const QCommandLineOption
    kCountEstimated({QStringLiteral("count-estimated")},
                    QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "The number of persons is an estimate.")));
inline const QCommandLineOption
    kCountExact({QStringLiteral("count-exact")},
                QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "The number of persons is exact (update only).")));
inline const QCommandLineOption
    kInjured({QStringLiteral("injured")},
             QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "How many of the group were injured.")),
             QStringLiteral("N"));
inline const QCommandLineOption
    kDead({QStringLiteral("dead")},
          QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "How many of the group were found dead.")),
          QStringLiteral("N"));
inline const QCommandLineOption
    kMissing({QStringLiteral("missing")},
             QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "How many of the group are missing.")),
             QStringLiteral("N"));
inline const QCommandLineOption
    kAidGiven({QStringLiteral("aid-given")},
              QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "none, food_water, medical or both.")),
              QStringLiteral("AID"));
inline const QCommandLineOption
    kForceType({QStringLiteral("force-type")},
               QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "none, unspecified, physical_coercion, special_means "
                                                               "or firearm (any but none means force was used).")),
               QStringLiteral("KIND"));
inline const QCommandLineOption kRefusalReasons(
    {QStringLiteral("refusal-reasons")},
    QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "For turned_back: the letters A to J of the "
                                                    "Schengen Borders Code, Annex V Part B (\"A C\").")),
    QStringLiteral("LETTERS"));
inline const QCommandLineOption kFacilitators({QStringLiteral("facilitators")},
                                              QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp",
                                                                               "How many facilitators (smugglers) were "
                                                                               "apprehended.")),
                                              QStringLiteral("N"));
inline const QCommandLineOption kFacilitatorNationalities(
    {QStringLiteral("facilitator-nationalities")},
    QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Their nationalities, separated by spaces (\"BY LT\").")),
    QStringLiteral("NATS"));
inline const QCommandLineOption
    kRelatedTo({QStringLiteral("related-to")},
               QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "The incident_id of an earlier incident this one "
                                                               "follows up or repeats (\"\" for none).")),
               QStringLiteral("ID"));
inline const QCommandLineOption
    kColumns({QStringLiteral("columns")},
             QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "v1: only the eleven columns before schema 8, for "
                                                             "scripts that expect those.")),
             QStringLiteral("LAYOUT"));

// The details' options, in the order --help lists them.
inline QList<QCommandLineOption> detailOptions()
{
    return {kDetection, kDirection, kBorderSector, kCountEstimated, kInjured,      kDead,
            kMissing,   kAidGiven,  kForceType,    kRefusalReasons, kFacilitators, kFacilitatorNationalities,
            kRelatedTo};
}

inline const QCommandLineOption
    kNotes({QStringLiteral("notes")},
           QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Free text, at most 2000 characters.")),
           QStringLiteral("TEXT"));
inline const QCommandLineOption
    kRecordedBy({QStringLiteral("recorded-by")},
                QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Who recorded it (default: the user name).")),
                QStringLiteral("NAME"));
inline const QCommandLineOption
    kBy({QStringLiteral("by")},
        QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp",
                                         "day, week (ISO 8601), month, quarter, year, nationality, location, "
                                         "station or district.")),
        QStringLiteral("GROUPING"));

inline const QCommandLineOption
    kIncidents({QStringLiteral("incidents")},
               QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "How many incidents to write.")), QStringLiteral("N"));
inline const QCommandLineOption
    kSeed({QStringLiteral("seed")},
          QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Seed of the generator (default 1).")), QStringLiteral("S"));

inline const QCommandLineOption
    kUser({QStringLiteral("user")},
          QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Log in as NAME (needed once the database has accounts).")),
          QStringLiteral("NAME"));
inline const QCommandLineOption kPasswordStdin(
    {QStringLiteral("password-stdin")},
    QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp",
                                     "Read the password from the first line of standard input (for 'user add', 'user "
                                     "password' and 'user reset': the new password; the login's then comes from "
                                     "BORDERLOG_PASSWORD or a prompt).")));
inline const QCommandLineOption
    kReason({QStringLiteral("reason")},
            QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Why (kept in the audit trail).")), QStringLiteral("TEXT"));
inline const QCommandLineOption kRole({QStringLiteral("role")},
                                      QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "officer, supervisor or admin.")),
                                      QStringLiteral("ROLE"));
inline const QCommandLineOption
    kIncident({QStringLiteral("incident")},
              QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Only the entries of this incident_id.")),
              QStringLiteral("ID"));
inline const QCommandLineOption
    kTallies({QStringLiteral("tallies")},
             QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Rebuild the aggregate tables (tallies, charts) from the "
                                                             "incidents.")));
inline const QCommandLineOption
    kExpectHead({QStringLiteral("expect-head")},
                QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp",
                                                 "A head printed earlier (SEQ:HASH) that must still be in the trail.")),
                QStringLiteral("SEQ:HASH"));
inline const QCommandLineOption
    kCumulative({QStringLiteral("cumulative")},
                QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Running totals: each period the sum since --from (or "
                                                                "the first incident).")));
inline const QCommandLineOption
    kRestart({QStringLiteral("restart")},
             QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "With --cumulative: start again each year (year-to-date) "
                                                             "or month (month-to-date).")),
             QStringLiteral("year|month"));
inline const QCommandLineOption
    kCompare({QStringLiteral("compare")},
             QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Beside each row, the same tally a year or a period "
                                                             "earlier and the change.")),
             QStringLiteral("previous-year|previous-period"));
inline const QCommandLineOption
    kDay({QStringLiteral("day")},
         QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "The day of the report (YYYY-MM-DD).")),
         QStringLiteral("DATE"));
inline const QCommandLineOption
    kSince({QStringLiteral("since")},
           QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "The report's running total since this date (YYYY-MM-DD; "
                                                           "default 2021-08-03).")),
           QStringLiteral("DATE"));
inline const QCommandLineOption
    kFormat({QStringLiteral("format")},
            QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "pdf, html or csv (default: the output file's extension, "
                                                            "else csv).")),
            QStringLiteral("FORMAT"));
inline const QCommandLineOption kDigest(
    {QStringLiteral("digest")},
    QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "A digest printed on the report (of the day's figures or of "
                                                    "all of them).")),
    QStringLiteral("HEX"));

} // namespace borderlog::CommandOptions
