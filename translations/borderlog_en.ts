<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DailyReportPage</name>
    <message numerus="yes">
        <location filename="../src/print/dailyreportpage.cpp" line="+189"/>
        <source>Force used in %n incident(s) of the day.</source>
        <translation>
            <numerusform>Force used in %n incident of the day.</numerusform>
            <numerusform>Force used in %n incidents of the day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n day(s) these figures cover had incidents and are not signed off: their figures may still change.</source>
        <translation>
            <numerusform>%n day these figures cover had incidents and is not signed off: its figures may still change.</numerusform>
            <numerusform>%n days these figures cover had incidents and are not signed off: their figures may still change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message numerus="yes">
        <location filename="../src/core/session.cpp" line="+131"/>
        <source>user or password: not accepted; too many attempts at once, try again in %n second(s)</source>
        <translation>
            <numerusform>user or password: not accepted; too many attempts at once, try again in %n second</numerusform>
            <numerusform>user or password: not accepted; too many attempts at once, try again in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog</name>
    <message numerus="yes">
        <location filename="../src/cli/accountcommands.cpp" line="+61"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/auditcommands.cpp" line="+108"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/incidentcommands.cpp" line="+236"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/maintenancecommands.cpp" line="+148"/>
        <source>tallies rebuilt from the incidents: %n aggregate row(s) changed
</source>
        <translation>
            <numerusform>tallies rebuilt from the incidents: %n aggregate row changed
</numerusform>
            <numerusform>tallies rebuilt from the incidents: %n aggregate rows changed
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/transfercommands.cpp" line="+73"/>
        <source>%1 was not imported: %n problem(s); nothing was written</source>
        <translation>
            <numerusform>%1 was not imported: %n problem; nothing was written</numerusform>
            <numerusform>%1 was not imported: %n problems; nothing was written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n skipped incident(s) differ from the stored ones (the stored ones were kept): %1</source>
        <translation>
            <numerusform>%n skipped incident differs from the stored one (the stored one was kept): %1</numerusform>
            <numerusform>%n skipped incidents differ from the stored ones (the stored ones were kept): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/servercommands.cpp" line="+78"/>
        <source>%n alarm(s)</source>
        <translation>
            <numerusform>%n alarm</numerusform>
            <numerusform>%n alarms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+229"/>
        <source>site %1: %n entry(s) sent</source>
        <translation>
            <numerusform>site %1: %n entry sent</numerusform>
            <numerusform>site %1: %n entries sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them the server had acknowledged before and lost since (a restored server)</source>
        <translation>
            <numerusform>%n of them the server had acknowledged before and lost since (a restored server)</numerusform>
            <numerusform>%n of them the server had acknowledged before and lost since (a restored server)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n change(s) by headquarters taken into this register</source>
        <translation>
            <numerusform>%n change by headquarters taken into this register</numerusform>
            <numerusform>%n changes by headquarters taken into this register</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog::AuditTrailDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/audittraildialog.cpp" line="+181"/>
        <source>Exported %n entry(s) to %1</source>
        <translation>
            <numerusform>Exported %n entry to %1</numerusform>
            <numerusform>Exported %n entries to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog::ConflictsDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/conflictsdialog.cpp" line="+89"/>
        <source>%n conflict(s) wait for a decision. Each one is settled with a reason, kept with who settled it and when.</source>
        <translation>
            <numerusform>%n conflict waits for a decision. Each one is settled with a reason, kept with who settled it and when.</numerusform>
            <numerusform>%n conflicts wait for a decision. Each one is settled with a reason, kept with who settled it and when.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog::DatabaseSwitcher</name>
    <message numerus="yes">
        <location filename="../src/gui/databaseswitcher.cpp" line="+194"/>
        <source>Sample database: %n incident(s) built from Frontex&apos;s public Eastern Borders Route figures (see Help &gt; About)</source>
        <translation>
            <numerusform>Sample database: %n incident built from Frontex&apos;s public Eastern Borders Route figures (see Help &gt; About)</numerusform>
            <numerusform>Sample database: %n incidents built from Frontex&apos;s public Eastern Borders Route figures (see Help &gt; About)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog::ExportDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/exportdialog.cpp" line="+242"/>
        <source>Exported %n tally row(s) to %1</source>
        <translation>
            <numerusform>Exported %n tally row to %1</numerusform>
            <numerusform>Exported %n tally rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %n incident(s) to %1</source>
        <translation>
            <numerusform>Exported %n incident to %1</numerusform>
            <numerusform>Exported %n incidents to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog::ImportController</name>
    <message numerus="yes">
        <location filename="../src/gui/importcontroller.cpp" line="+127"/>
        <source>%Ln incident(s) added</source>
        <translation>
            <numerusform>%Ln incident added</numerusform>
            <numerusform>%Ln incidents added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln skipped (already in the database)</source>
        <translation>
            <numerusform>%Ln skipped (already in the database)</numerusform>
            <numerusform>%Ln skipped (already in the database)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n skipped incident(s) differ from the stored ones, which were kept: %1</source>
        <translation>
            <numerusform>%n skipped incident differs from the stored one, which was kept: %1</numerusform>
            <numerusform>%n skipped incidents differ from the stored ones, which were kept: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog::IncidentForm</name>
    <message numerus="yes">
        <location filename="../src/gui/incidentform.cpp" line="+484"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog::IncidentRules</name>
    <message numerus="yes">
        <location filename="../src/core/incidentrules.cpp" line="+73"/>
        <source>must not be later than now (%1; clocks may be up to %n minute(s) ahead)</source>
        <translation>
            <numerusform>must not be later than now (%1; clocks may be up to %n minute ahead)</numerusform>
            <numerusform>must not be later than now (%1; clocks may be up to %n minutes ahead)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>men, women, children and unaccompanied minors of %1 add up to %2, more than its %n person(s)</source>
        <translation>
            <numerusform>men, women, children and unaccompanied minors of %1 add up to %2, more than its %n person</numerusform>
            <numerusform>men, women, children and unaccompanied minors of %1 add up to %2, more than its %n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>must be at most the group&apos;s %n person(s) (is %1)</source>
        <translation>
            <numerusform>must be at most the group&apos;s %n person (is %1)</numerusform>
            <numerusform>must be at most the group&apos;s %n persons (is %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog::IncidentTableModel</name>
    <message numerus="yes">
        <location filename="../src/gui/incidenttablemodel.cpp" line="+123"/>
        <source>%n person(s) of the group are %1; the summary and the tallies count these.</source>
        <translation>
            <numerusform>%n person of the group is %1; the summary and the tallies count this one.</numerusform>
            <numerusform>%n persons of the group are %1; the summary and the tallies count these.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog::IncidentText</name>
    <message numerus="yes">
        <location filename="../src/core/incidenttext.cpp" line="+375"/>
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln persons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog::LoginDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/logindialog.cpp" line="+57"/>
        <source>Failed logins before this one: the password is checked in %n second(s)</source>
        <translation>
            <numerusform>Failed logins before this one: the password is checked in %n second</numerusform>
            <numerusform>Failed logins before this one: the password is checked in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Try again in %n second(s); an attempt made sooner waits until then.</source>
        <translation>
            <numerusform>Try again in %n second; an attempt made sooner waits until then.</numerusform>
            <numerusform>Try again in %n seconds; an attempt made sooner waits until then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="+592"/>
        <source>%1: %2, %3, %n person(s), %4</source>
        <translation>
            <numerusform>%1: %2, %3, %n person, %4</numerusform>
            <numerusform>%1: %2, %3, %n persons, %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Remove the incident of %1 at %2 (%n person(s), %3)?
It stays in the audit trail and is left out of all tallies and exports.

Reason (required):</source>
        <translation>
            <numerusform>Remove the incident of %1 at %2 (%n person, %3)?
It stays in the audit trail and is left out of all tallies and exports.

Reason (required):</numerusform>
            <numerusform>Remove the incident of %1 at %2 (%n persons, %3)?
It stays in the audit trail and is left out of all tallies and exports.

Reason (required):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog::NationalityLinesEditor</name>
    <message numerus="yes">
        <location filename="../src/gui/nationalitylineseditor.cpp" line="+69"/>
        <source>person(s)</source>
        <translation>
            <numerusform>person</numerusform>
            <numerusform>persons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog::PasswordDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/passworddialog.cpp" line="+41"/>
        <source>Failed logins before this one: the current password is checked in %n second(s)</source>
        <translation>
            <numerusform>Failed logins before this one: the current password is checked in %n second</numerusform>
            <numerusform>Failed logins before this one: the current password is checked in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog::SummaryPanel</name>
    <message numerus="yes">
        <location filename="../src/gui/summarypanel.cpp" line="+91"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog::SyncController</name>
    <message numerus="yes">
        <location filename="../src/gui/synccontroller.cpp" line="+84"/>
        <source>National register: synced at %1, %n change(s) of headquarters not taken</source>
        <translation>
            <numerusform>National register: synced at %1, %n change of headquarters not taken</numerusform>
            <numerusform>National register: synced at %1, %n changes of headquarters not taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>National register: synced at %1, %n entry(s) waiting</source>
        <translation>
            <numerusform>National register: synced at %1, %n entry waiting</numerusform>
            <numerusform>National register: synced at %1, %n entries waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>National register: site %1, %n entry(s) waiting</source>
        <translation>
            <numerusform>National register: site %1, %n entry waiting</numerusform>
            <numerusform>National register: site %1, %n entries waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>National register: not reached at %1, %n entry(s) waiting</source>
        <translation>
            <numerusform>National register: not reached at %1, %n entry waiting</numerusform>
            <numerusform>National register: not reached at %1, %n entries waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>This register is site %1 of the national register now; %n entry(s) sent.</source>
        <translation>
            <numerusform>This register is site %1 of the national register now; %n entry sent.</numerusform>
            <numerusform>This register is site %1 of the national register now; %n entries sent.</numerusform>
        </translation>
    </message>
</context>
</TS>
