<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../src/gui/aboutbox.cpp" line="+28"/>
        <source>User guide: not installed.</source>
        <translation>Naudotojo vadovas: neįdiegtas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User guide: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Naudotojo vadovas: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A register of attempted border crossings for border guard shift officers and their supervisors.</source>
        <translation>Bandymų neteisėtai kirsti sieną registras pasienio pamainų pareigūnams ir jų pamainų vadovams.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs on Qt %1 (built with Qt %2) and %3.</source>
        <translation>Veikia su Qt %1 (sukompiliuota su Qt %2) ir %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: %1</source>
        <translation>Duomenų bazė: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample database holds the monthly detections of Frontex&apos;s Eastern Borders Route by nationality (2009 to April 2025, public data), spread over days, border sections and groups; its 2 and 3 August 2021 follow the figures Lithuania&apos;s State Border Guard Service published (287 detained, about 180 turned back).</source>
        <translation>Pavyzdinėje duomenų bazėje pateikti Frontex Rytų sienų maršruto mėnesiniai neteisėto sienos kirtimo atvejų duomenys pagal pilietybes (nuo 2009 m. iki 2025 m. balandžio, vieši duomenys), paskirstyti pagal dienas, sienos ruožus ir grupes; 2021 m. rugpjūčio 2 ir 3 d. duomenys atitinka Lietuvos valstybės sienos apsaugos tarnybos paskelbtus skaičius (287 sulaikyti, apie 180 apgręžta).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Border Incident Log is free software: you may share and change it under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Border Incident Log yra laisvoji programinė įranga: ją galima platinti ir keisti pagal GNU bendrosios viešosios licencijos (GNU General Public License) 3 arba vėlesnę versiją (GPL-3.0-or-later). Jokia garantija neteikiama.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Border Incident Log</source>
        <translation>Apie Border Incident Log</translation>
    </message>
</context>
<context>
    <name>AccountAdministration</name>
    <message>
        <location filename="../src/core/accountadministration.cpp" line="+28"/>
        <source>the first account must be an admin</source>
        <translation>pirmoji paskyra turi būti administratoriaus</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>an admin cannot disable their own account</source>
        <translation>administratorius negali išjungti savo paties paskyros</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>must differ from the current one</source>
        <translation>turi skirtis nuo dabartinio</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../ui/accountsdialog.ui" line="+5"/>
        <source>Accounts</source>
        <translation>Paskyros</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Disable selected</source>
        <translation>&amp;Išjungti pažymėtą</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Enable selected</source>
        <translation>Į&amp;jungti pažymėtą</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset pass&amp;word…</source>
        <translation>Nus&amp;tatyti slaptažodį iš naujo…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New account</source>
        <translation>Nauja paskyra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Vardas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Role</source>
        <translation>Vaid&amp;muo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Password</source>
        <translation>&amp;Slaptažodis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At least 8 characters</source>
        <translation>Ne mažiau kaip 8 simboliai</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repea&amp;t</source>
        <translation>Pa&amp;kartoti</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add account</source>
        <translation>&amp;Pridėti paskyrą</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <location filename="../ui/audittraildialog.ui" line="+5"/>
        <source>Audit trail</source>
        <translation>Audito žurnalas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;From</source>
        <translation>N&amp;uo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>to</source>
        <translation>iki</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;User</source>
        <translation>&amp;Naudotojas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anyone</source>
        <translation>Bet kuris</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Action</source>
        <translation>&amp;Veiksmas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Incident</source>
        <translation>&amp;Incidentas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>incident_id</source>
        <translation>incident_id</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Verify the trail</source>
        <translation>&amp;Tikrinti žurnalą</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportuoti CSV…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Close</source>
        <translation>Už&amp;daryti</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../src/gui/chartexport.cpp" line="+59"/>
        <source>Cannot write the chart to %1</source>
        <translation>Nepavyko įrašyti diagramos į %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save chart as &amp;PNG…</source>
        <translation>Išsaugoti diagramą kaip &amp;PNG…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save chart as &amp;SVG…</source>
        <translation>Išsaugoti diagramą kaip &amp;SVG…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Save the chart</source>
        <translation>Išsaugoti diagramą</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>PNG paveikslai (*.png);;Visi failai (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG images (*.svg);;All files (*)</source>
        <translation>SVG paveikslai (*.svg);;Visi failai (*)</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <location filename="../src/cli/accountcommands.cpp" line="+162"/>
        <source>Accounts: user add NAME --role ROLE | user disable NAME | user enable NAME | user password | user reset NAME | user list.</source>
        <translation>Paskyros: user add VARDAS --role VAIDMUO | user disable VARDAS | user enable VARDAS | user password | user reset VARDAS | user list.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add, disable, enable, password (your own: the login&apos;s password, then the new one), reset (another account&apos;s, by an admin) or list.</source>
        <translation>add, disable, enable, password (savo: prisijungimo slaptažodis, tada naujas), reset (kitos paskyros, tik administratorius) arba list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account.</source>
        <translation>Paskyra.</translation>
    </message>
    <message>
        <location filename="../src/cli/auditcommands.cpp" line="+145"/>
        <source>The audit trail: audit verify | audit list | audit export -o FILE.</source>
        <translation>Audito žurnalas: audit verify | audit list | audit export -o FAILAS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verify, list or export.</source>
        <translation>verify, list arba export.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandoptions.h" line="+12"/>
        <source>Database file (default: %1).</source>
        <translation>Duomenų bazės failas (numatytasis: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log to standard error.</source>
        <translation>Rašyti žurnalą į standartinį klaidų srautą.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First date, inclusive (YYYY-MM-DD).</source>
        <translation>Pirmoji data imtinai (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last date, inclusive (YYYY-MM-DD).</source>
        <translation>Paskutinė data imtinai (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Border section or checkpoint.</source>
        <translation>Sienos ruožas arba kontrolės punktas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frontier district.</source>
        <translation>Pasienio rinktinė.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frontier station.</source>
        <translation>Pasienio užkarda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nationality: alpha-2, alpha-3, or its English or Lithuanian name.</source>
        <translation>Pilietybė: alpha-2, alpha-3 kodas arba šalies pavadinimas angliškai ar lietuviškai.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>turned_back, detained, asylum_request, prevented, absconded, other, admitted_humanitarian or order_to_leave.</source>
        <translation>turned_back, detained, asylum_request, prevented, absconded, other, admitted_humanitarian arba order_to_leave.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write to FILE instead of standard output.</source>
        <translation>Rašyti į FAILĄ, o ne į standartinę išvestį.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short code, up to 16 characters.</source>
        <translation>Trumpas kodas, iki 16 simbolių.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WGS84 latitude in degrees (54.5389).</source>
        <translation>WGS84 platuma laipsniais (54.5389).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WGS84 longitude in degrees (25.6425).</source>
        <translation>WGS84 ilguma laipsniais (25.6425).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List districts, stations and locations as a tree.</source>
        <translation>Išvardyti rinktines, užkardas ir vietas medžiu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date of the incident (YYYY-MM-DD).</source>
        <translation>Incidento data (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time of the incident (HH:MM).</source>
        <translation>Incidento laikas (HH:MM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Persons of one nationality, NAT:COUNT (repeat for a mixed group); NAT:COUNT:M/W/C/U adds how many were men, women, children and unaccompanied minors (IQ:6:2/1/3/0).</source>
        <translation>Vienos pilietybės asmenys, PIL:SKAIČIUS (mišriai grupei kartokite); PIL:SKAIČIUS:V/M/V/N prideda, kiek buvo vyrų, moterų, vaikų ir nelydimų nepilnamečių (IQ:6:2/1/3/0).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Force was used.</source>
        <translation>Buvo panaudota jėga.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Force was not used (update only).</source>
        <translation>Jėga nebuvo panaudota (tik taisant).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the group was detected: patrol, fixed_camera, thermal_camera, control_strip, service_dog, resident_report or other.</source>
        <translation>Kaip grupė aptikta: patrol, fixed_camera, thermal_camera, control_strip, service_dog, resident_report arba other.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entry (the default) or exit.</source>
        <translation>entry (numatyta, atvykimas) arba exit (išvykimas).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>green_border, river or crossing_point.</source>
        <translation>green_border, river arba crossing_point.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number of persons is an estimate.</source>
        <translation>Asmenų skaičius apytikslis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number of persons is exact (update only).</source>
        <translation>Asmenų skaičius tikslus (tik update).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many of the group were injured.</source>
        <translation>Kiek grupės asmenų sužeista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many of the group were found dead.</source>
        <translation>Kiek grupės asmenų rasta negyvų.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many of the group are missing.</source>
        <translation>Kiek grupės asmenų dingę.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none, food_water, medical or both.</source>
        <translation>none, food_water, medical arba both.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none, unspecified, physical_coercion, special_means or firearm (any but none means force was used).</source>
        <translation>none, unspecified, physical_coercion, special_means arba firearm (bet kuri, išskyrus none, reiškia, kad panaudota jėga).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For turned_back: the letters A to J of the Schengen Borders Code, Annex V Part B (&quot;A C&quot;).</source>
        <translation>Kai turned_back: Šengeno sienų kodekso V priedo B dalies raidės nuo A iki J („A C“).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many facilitators (smugglers) were apprehended.</source>
        <translation>Kiek sulaikyta neteisėto gabenimo organizatorių (kontrabandininkų).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their nationalities, separated by spaces (&quot;BY LT&quot;).</source>
        <translation>Jų pilietybės, atskirtos tarpais („BY LT“).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The incident_id of an earlier incident this one follows up or repeats (&quot;&quot; for none).</source>
        <translation>Ankstesnio įvykio, kurį šis tęsia ar kartoja, incident_id („“ – jokio).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>v1: only the eleven columns before schema 8, for scripts that expect those.</source>
        <translation>v1: tik vienuolika stulpelių, buvusių iki 8 schemos, jų laukiantiems scenarijams.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Free text, at most 2000 characters.</source>
        <translation>Laisvas tekstas, ne daugiau kaip 2000 simbolių.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who recorded it (default: the user name).</source>
        <translation>Kas užregistravo (numatytasis: naudotojo vardas).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>day, week (ISO 8601), month, quarter, year, nationality, location, station or district.</source>
        <translation>day, week (ISO 8601 savaitė), month, quarter (ketvirtis), year, nationality, location, station arba district.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many incidents to write.</source>
        <translation>Kiek incidentų sugeneruoti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed of the generator (default 1).</source>
        <translation>Generatoriaus pradinė reikšmė (numatytoji 1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log in as NAME (needed once the database has accounts).</source>
        <translation>Prisijungti kaip VARDAS (reikia, kai duomenų bazėje yra paskyrų).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the password from the first line of standard input (for &apos;user add&apos;, &apos;user password&apos; and &apos;user reset&apos;: the new password; the login&apos;s then comes from BORDERLOG_PASSWORD or a prompt).</source>
        <translation>Slaptažodį skaityti iš pirmos standartinės įvesties eilutės (&apos;user add&apos;, &apos;user password&apos; ir &apos;user reset&apos; atveju – naują slaptažodį; prisijungimo slaptažodis tada imamas iš BORDERLOG_PASSWORD arba paklausiama).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why (kept in the audit trail).</source>
        <translation>Kodėl (išsaugoma audito žurnale).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>officer, supervisor or admin.</source>
        <translation>officer (pareigūnas), supervisor (vadovas) arba admin (administratorius).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the entries of this incident_id.</source>
        <translation>Tik šio incident_id įrašai.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rebuild the aggregate tables (tallies, charts) from the incidents.</source>
        <translation>Iš naujo sudaryti suvestines lenteles (suvestines, diagramas) iš incidentų.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A head printed earlier (SEQ:HASH) that must still be in the trail.</source>
        <translation>Anksčiau išspausdintas galinis įrašas (SEQ:HASH), kuris vis dar turi būti žurnale.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running totals: each period the sum since --from (or the first incident).</source>
        <translation>Kaupiamosios sumos: kiekvienam laikotarpiui – suma nuo --from (arba nuo pirmojo incidento).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --cumulative: start again each year (year-to-date) or month (month-to-date).</source>
        <translation>Su --cumulative: pradėti iš naujo kiekvienais metais (nuo metų pradžios) arba mėnesį (nuo mėnesio pradžios).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beside each row, the same tally a year or a period earlier and the change.</source>
        <translation>Prie kiekvienos eilutės – ta pati suvestinė prieš metus ar prieš vieną laikotarpį ir pokytis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The day of the report (YYYY-MM-DD).</source>
        <translation>Ataskaitos diena (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report&apos;s running total since this date (YYYY-MM-DD; default 2021-08-03).</source>
        <translation>Ataskaitos kaupiamoji suma nuo šios datos (YYYY-MM-DD; numatytoji 2021-08-03).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pdf, html or csv (default: the output file&apos;s extension, else csv).</source>
        <translation>pdf, html arba csv (numatytasis – pagal išvesties failo plėtinį, kitaip csv).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A digest printed on the report (of the day&apos;s figures or of all of them).</source>
        <translation>Ataskaitoje išspausdinta santrauka (dienos skaičių arba visų skaičių).</translation>
    </message>
    <message>
        <location filename="../src/cli/daycommands.cpp" line="+94"/>
        <source>Sign-off: day close DATE | day reopen DATE --reason TEXT | day status DATE.</source>
        <translation>Dienos patvirtinimas: day close DATA | day reopen DATA --reason TEKSTAS | day status DATA.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>close, reopen or status.</source>
        <translation>close, reopen arba status.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day (YYYY-MM-DD).</source>
        <translation>Diena (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../src/cli/incidentcommands.cpp" line="+354"/>
        <source>The incident_id.</source>
        <translation>Incidento incident_id.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record an incident; prints its incident_id.</source>
        <translation>Užregistruoti incidentą; išspausdina jo incident_id.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print incidents as a table.</source>
        <translation>Išspausdinti incidentus lentele.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amend an incident (update ID): only the options given change.</source>
        <translation>Taisyti incidentą (update ID): keičiama tik tai, kas nurodyta parinktimis.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove an incident (remove ID --reason TEXT); it stays in the audit trail.</source>
        <translation>Pašalinti incidentą (remove ID --reason TEKSTAS); jis lieka audito žurnale.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore a removed incident (unremove ID --reason TEXT), as it was removed.</source>
        <translation>Grąžinti pašalintą incidentą (unremove ID --reason TEKSTAS) tokį, koks jis buvo pašalintas.</translation>
    </message>
    <message>
        <location filename="../src/cli/locationcommands.cpp" line="+262"/>
        <source>add, rename, retire or reinstate.</source>
        <translation>add, rename, retire arba reinstate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Locations: location add NAME [--district D --station S] | location rename NAME NEW-NAME | location move NAME --district D --station S | location merge NAME INTO | location retire NAME | location reinstate NAME | location set NAME [--code C] [--latitude L --longitude L] | location list [--tree].</source>
        <translation>Vietos: location add PAVADINIMAS [--district R --station U] | location rename PAVADINIMAS NAUJAS-PAVADINIMAS | location move PAVADINIMAS --district R --station U | location merge PAVADINIMAS Į-KURIĄ | location retire PAVADINIMAS | location reinstate PAVADINIMAS | location set PAVADINIMAS [--code K] [--latitude P --longitude I] | location list [--tree].</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add, rename, move, merge, retire, reinstate, set or list.</source>
        <translation>add, rename, move, merge, retire, reinstate, set arba list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The location.</source>
        <translation>Vieta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its new name (rename), or the location it goes into (merge).</source>
        <translation>Naujas pavadinimas (rename) arba vieta, su kuria sujungiama (merge).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Frontier districts: district add NAME [--code C] | district rename NAME NEW-NAME | district retire NAME | district reinstate NAME.</source>
        <translation>Pasienio rinktinės: district add PAVADINIMAS [--code K] | district rename PAVADINIMAS NAUJAS-PAVADINIMAS | district retire PAVADINIMAS | district reinstate PAVADINIMAS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>The frontier district.</source>
        <translation>Pasienio rinktinė.</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+11"/>
        <source>Its new name (rename).</source>
        <translation>Naujas pavadinimas (rename).</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Frontier stations: station add DISTRICT NAME [--code C] | station rename DISTRICT NAME NEW-NAME | station retire DISTRICT NAME | station reinstate DISTRICT NAME.</source>
        <translation>Pasienio užkardos: station add RINKTINĖ PAVADINIMAS [--code K] | station rename RINKTINĖ PAVADINIMAS NAUJAS-PAVADINIMAS | station retire RINKTINĖ PAVADINIMAS | station reinstate RINKTINĖ PAVADINIMAS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The frontier station.</source>
        <translation>Pasienio užkarda.</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="+158"/>
        <source>Check the database&apos;s integrity and schema version.</source>
        <translation>Patikrinti duomenų bazės vientisumą ir schemos versiją.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a checked copy of the database (default: into the backups folder beside it).</source>
        <translation>Įrašyti patikrintą duomenų bazės kopiją (numatytasis: į šalia esantį atsarginių kopijų aplanką).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the database with a backup, after checking it; the current file is kept aside.</source>
        <translation>Patikrinus pakeisti duomenų bazę atsargine kopija; dabartinis failas išsaugomas atskirai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup to restore.</source>
        <translation>Atkuriama atsarginė kopija.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rebuild the tallies from the incidents when audit verify or check found them changed: repair --tallies (supervisors and admins; audited).</source>
        <translation>Iš naujo sudaryti suvestines iš incidentų, kai audit verify arba check rado jas pakeistas: repair --tallies (vadovai ir administratoriai; įrašoma į audito žurnalą).</translation>
    </message>
    <message>
        <location filename="../src/cli/tallycommands.cpp" line="+138"/>
        <source>Write the tally CSV.</source>
        <translation>Įrašyti suvestinės CSV.</translation>
    </message>
    <message>
        <location filename="../src/cli/transfercommands.cpp" line="+168"/>
        <source>Write the incidents CSV.</source>
        <translation>Įrašyti incidentų CSV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read an incidents CSV: all or nothing; known incident_ids are skipped.</source>
        <translation>Nuskaityti incidentų CSV: viskas arba nieko; jau žinomi incident_id praleidžiami.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file.</source>
        <translation>CSV failas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a deterministic, realistic incidents CSV for tests and benchmarks.</source>
        <translation>Sugeneruoti deterministinį, tikrovišką incidentų CSV testams ir našumo matavimams.</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommands.cpp" line="+174"/>
        <source>The daily report: report --day DATE [--format pdf|html|csv] -o FILE | report verify FILE.csv | report verify --day DATE --digest HEX.</source>
        <translation>Dienos ataskaita: report --day DATE [--format pdf|html|csv] -o FILE | report verify FILE.csv | report verify --day DATE --digest HEX.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verify, or nothing to print.</source>
        <translation>verify arba nieko, kad būtų spausdinama.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report&apos;s CSV form, to verify.</source>
        <translation>Tikrinama ataskaitos CSV forma.</translation>
    </message>
    <message>
        <location filename="../src/cli/servercommands.cpp" line="+31"/>
        <source>The national register&apos;s server: a libpq connection string or postgresql:// URI, without the password (~/.pgpass holds it).</source>
        <translation>Nacionalinio registro serveris: libpq prisijungimo eilutė arba postgresql:// URI, be slaptažodžio (jį saugo ~/.pgpass).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add-site: the database role the site&apos;s sync logs in as (made before with createuser); it may push that site&apos;s entries only.</source>
        <translation>add-site: duomenų bazės rolė, kuria jungiasi darbo vietos sinchronizavimas (iš anksto sukurta su createuser); ji gali siųsti tik tos darbo vietos įrašus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site&apos;s code on the national register (medininkai-1).</source>
        <translation>Darbo vietos kodas nacionaliniame registre (medininkai-1).</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>settle: which version of the incident stays: site (the site&apos;s change becomes headquarters&apos; change) or national (nothing changes).</source>
        <translation>settle: kuri incidento versija lieka: site (darbo vietos pakeitimas tampa būstinės pakeitimu) arba national (niekas nesikeičia).</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Print the register&apos;s link to the national register and how many entries wait to be sent, without contacting the server.</source>
        <translation>Išspausdinti registro ryšį su nacionaliniu registru ir kiek įrašų dar laukia išsiuntimo, nesijungiant prie serverio.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The national register on its server: server init | upgrade | check | add-site CODE --station NAME [--login ROLE] | sites | alarms | conflicts | settle ID --keep site|national --reason TEXT.</source>
        <translation>Nacionalinis registras savo serveryje: server init | upgrade | check | add-site KODAS --station PAVADINIMAS [--login ROLĖ] | sites | alarms | conflicts | settle ID --keep site|national --reason TEKSTAS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>init, upgrade, check, add-site, sites, alarms, conflicts or settle.</source>
        <translation>init, upgrade, check, add-site, sites, alarms, conflicts arba settle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add-site: the new site&apos;s code; settle: the conflict&apos;s number.</source>
        <translation>add-site: naujos darbo vietos kodas; settle: konflikto numeris.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Push this register&apos;s audit trail to the national register (the first time with --server and --site).</source>
        <translation>Išsiųsti šio registro audito žurnalą į nacionalinį registrą (pirmą kartą su --server ir --site).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/cli/commandcontext.cpp" line="+43"/>
        <source>warning: %1</source>
        <translation>įspėjimas: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>user: this database has no accounts yet; run without --user, or create the first account with &apos;user add NAME --role admin&apos;</source>
        <translation>user: šioje duomenų bazėje dar nėra paskyrų; vykdykite be --user arba sukurkite pirmąją paskyrą komanda &apos;user add NAME --role admin&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>user: this database uses accounts; give --user NAME (the password from --password-stdin, BORDERLOG_PASSWORD or a prompt)</source>
        <translation>user: ši duomenų bazė naudoja paskyras; nurodykite --user NAME (slaptažodis imamas iš --password-stdin, BORDERLOG_PASSWORD arba įvedamas paraginus)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password for %1: </source>
        <translation>Naudotojo %1 slaptažodis: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>password: none given; use --password-stdin, BORDERLOG_PASSWORD or run at a terminal</source>
        <translation>password: slaptažodis nepateiktas; naudokite --password-stdin, BORDERLOG_PASSWORD arba vykdykite terminale</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>run &apos;borderlog-cli --help&apos; for usage</source>
        <translation>naudojimo aprašą parodys &apos;borderlog-cli --help&apos;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>to: must not be before from</source>
        <translation>to: negali būti ankstesnė nei from</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="+80"/>
        <source>unknown command &apos;%1&apos;; the commands are %2</source>
        <translation>nežinoma komanda &apos;%1&apos;; galimos komandos: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no command given</source>
        <translation>nenurodyta jokia komanda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>netikėtas argumentas &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="+48"/>
        <source>Border Incident Log on the command line.

Commands:
</source>
        <translation>Border Incident Log komandų eilutėje.

Komandos:
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Run &apos;borderlog-cli COMMAND --help&apos; for a command&apos;s options.
Once a database has accounts, every command that opens it needs --user NAME; the password comes from --password-stdin, the BORDERLOG_PASSWORD environment variable or a prompt.
Exit status: 0 success, 1 runtime failure (I/O, database), 2 bad input, usage or a refused action.</source>
        <translation>
Komandos parinktis parodo &apos;borderlog-cli COMMAND --help&apos;.
Kai duomenų bazėje yra paskyrų, kiekvienai ją atidarančiai komandai reikia --user NAME; slaptažodis imamas iš --password-stdin, aplinkos kintamojo BORDERLOG_PASSWORD arba įvedamas paraginus.
Išėjimo kodas: 0 – sėkmė, 1 – vykdymo klaida (įvestis / išvestis, duomenų bazė), 2 – netinkami duomenys, neteisingas naudojimas arba atsisakytas veiksmas.</translation>
    </message>
</context>
<context>
    <name>CsvReport</name>
    <message>
        <location filename="../src/core/csvreport.cpp" line="+28"/>
        <source>could not write the CSV: %1</source>
        <translation>nepavyko įrašyti CSV: %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>cannot read %1 back: %2</source>
        <translation>nepavyko dar kartą perskaityti %1: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cannot write %1: %2</source>
        <translation>nepavyko įrašyti %1: %2</translation>
    </message>
</context>
<context>
    <name>DailyReport</name>
    <message>
        <location filename="../src/core/dailyreport.cpp" line="+69"/>
        <location line="+3"/>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>turi būti data (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs its frontier district (a station&apos;s name is unique within its district only)</source>
        <translation>reikia nurodyti jos pasienio rinktinę (užkardos pavadinimas unikalus tik savo rinktinėje)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The register kept changing while the daily report was read; try again</source>
        <translation>Kol buvo skaitoma dienos ataskaita, registras vis keitėsi; bandykite dar kartą</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>is not a daily report&apos;s figures (the first must be form,%1)</source>
        <translation>tai ne dienos ataskaitos skaičiai (pirmoji eilutė turi būti form,%1)</translation>
    </message>
</context>
<context>
    <name>DailyReportCheck</name>
    <message>
        <location filename="../src/core/dailyreportcheck.cpp" line="+82"/>
        <source>Cannot write the report: %1</source>
        <translation>Nepavyko įrašyti ataskaitos: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a daily report&apos;s CSV form (its header is figure,value)</source>
        <translation>turi būti dienos ataskaitos CSV forma (jos antraštė – figure,value)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: must have two fields, a figure and its value</source>
        <translation>%1 eilutė: turi būti du laukai – rodiklis ir jo reikšmė</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: the figure %2 is there twice</source>
        <translation>%1 eilutė: rodiklis %2 pateiktas du kartus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has more than %1 rows: not a daily report</source>
        <translation>turi daugiau nei %1 eilučių: tai ne dienos ataskaita</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1: a figure after the digests</source>
        <translation>%1 eilutė: rodiklis po santraukų</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must end with its digests and the audit trail&apos;s head</source>
        <translation>turi baigtis santraukomis ir audito žurnalo galiniu įrašu</translation>
    </message>
</context>
<context>
    <name>DailyReportPage</name>
    <message>
        <location filename="../src/print/dailyreportpage.cpp" line="+86"/>
        <source>Daily report of %1</source>
        <translation>%1 dienos ataskaita</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Daily report: %1, 00:00–24:00</source>
        <translation>Dienos ataskaita: %1, 00:00–24:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all frontier districts</source>
        <translation>visas pasienio rinktines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · register %2 · covers %3</source>
        <translation>%1 · registras %2 · apima %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed off by %1 at %2 UTC (audit entry %3).</source>
        <translation>Patvirtino %1, %2 UTC (audito įrašas %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NOT SIGNED OFF — figures may still change</source>
        <translation>NEPATVIRTINTA – skaičiai dar gali keistis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outcome</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <location line="+24"/>
        <location line="+15"/>
        <source>Persons</source>
        <translation>Asmenys</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+22"/>
        <location line="+22"/>
        <location line="+62"/>
        <source>Incidents</source>
        <translation>Incidentai</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Day before</source>
        <translation>Ankstesnė diena</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Pokytis</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <location line="+80"/>
        <source>Not let in*</source>
        <translation>Neįleista*</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+95"/>
        <source>All persons</source>
        <translation>Iš viso asmenų</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+75"/>
        <source>The day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The day and the six days before</source>
        <translation>Diena ir šešios ankstesnės dienos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Frontier district › station</source>
        <translation>Pasienio rinktinė › užkarda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not let in</source>
        <translation>Neįleista</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>By frontier district and station</source>
        <translation>Pagal pasienio rinktines ir užkardas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nationality</source>
        <translation>Pilietybė</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other nationalities</source>
        <translation>Kitos pilietybės</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nationalities</source>
        <translation>Pilietybės</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Force used in %n incident(s) of the day.</source>
        <translation>
            <numerusform>Jėga panaudota %n dienos incidente.</numerusform>
            <numerusform>Jėga panaudota %n dienos incidentuose.</numerusform>
            <numerusform>Jėga panaudota %n dienos incidentų.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Force used</source>
        <translation>Panaudota jėga</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Since %1</source>
        <translation>Nuo %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Running totals</source>
        <translation>Kaupiamosios sumos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>* Not let in: persons prevented from crossing plus persons turned back.</source>
        <translation>* Neįleista: asmenys, kuriems neleista neteisėtai kirsti sienos, ir apgręžti asmenys.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s) these figures cover had incidents and are not signed off: their figures may still change.</source>
        <translation>
            <numerusform>%n diena, kurią apima šie skaičiai, turėjo incidentų ir nepatvirtinta: jos skaičiai dar gali keistis.</numerusform>
            <numerusform>%n dienos, kurias apima šie skaičiai, turėjo incidentų ir nepatvirtintos: jų skaičiai dar gali keistis.</numerusform>
            <numerusform>%n dienų, kurias apima šie skaičiai, turėjo incidentų ir nepatvirtintos: jų skaičiai dar gali keistis.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Audit trail head when printed:</source>
        <translation>Audito žurnalo galinis įrašas spausdinimo metu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digest of the day&apos;s figures (holds for as long as the day stays signed):</source>
        <translation>Dienos skaičių santrauka (galioja, kol diena lieka patvirtinta):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digest of all figures:</source>
        <translation>Visų skaičių santrauka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To check this report against the register:</source>
        <translation>Kaip patikrinti šią ataskaitą pagal registrą:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed by %1 at %2.</source>
        <translation>Išspausdino %1, %2.</translation>
    </message>
</context>
<context>
    <name>DayComparison</name>
    <message>
        <location filename="../src/core/daycomparison.cpp" line="+91"/>
        <source>The day&apos;s tally is incomplete.</source>
        <translation>Dienos suvestinė neišsami.</translation>
    </message>
</context>
<context>
    <name>DaySignOffs</name>
    <message>
        <location filename="../src/core/daysignoffs.cpp" line="+45"/>
        <source>day %1 has not ended yet; a day is signed off after midnight</source>
        <translation>diena %1 dar nesibaigė; dieną galima patvirtinti tik po vidurnakčio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>day %1 is signed off already (by %2)</source>
        <translation>diena %1 jau patvirtinta (patvirtino %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>day %1 is open: there is nothing to reopen</source>
        <translation>diena %1 nepatvirtinta: nėra ko atidaryti iš naujo</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.ui" line="+5"/>
        <source>Export CSV</source>
        <translation>Eksportuoti CSV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Contents</source>
        <translation>&amp;Turinys</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Dates</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>to</source>
        <translation>iki</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only the log&apos;s current location, nationality and outcome filter</source>
        <translation>Tik pagal dabartinį žurnalo vietos, pilietybės ir rezultato filtrą</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Naršyti…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For &amp;Microsoft Excel: UTF-8 with a byte-order mark, so that a double-click shows “Šalčininkai” right</source>
        <translation>Skirta „&amp;Microsoft Excel“: UTF-8 su baitų tvarkos žyme, kad dukart spustelėjus „Šalčininkai“ būtų rodoma teisingai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>borderlog-cli and scripts write plain UTF-8; this adds the three bytes Excel looks for</source>
        <translation>borderlog-cli ir scenarijai rašo paprastą UTF-8; ši parinktis prideda tris baitus, kurių ieško Excel</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/filterbar.ui" line="+54"/>
        <source>Show only incidents in this date range</source>
        <translation>Rodyti tik šio laikotarpio incidentus</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Location</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All nationalities</source>
        <translation>Visos pilietybės</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nationality: name, IQ or IRQ</source>
        <translation>Pilietybė: pavadinimas, IQ arba IRQ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outcome</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>Išvalyti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all incidents</source>
        <translation>Rodyti visus incidentus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Between</source>
        <translation>&amp;Nuo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>and</source>
        <translation>iki</translation>
    </message>
</context>
<context>
    <name>IncidentChange</name>
    <message>
        <location filename="../src/gui/incidentchange.cpp" line="+22"/>
        <source>Record incident</source>
        <translation>Incidento registravimas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amend incident</source>
        <translation>Incidento taisymas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove incident</source>
        <translation>Incidento šalinimas</translation>
    </message>
</context>
<context>
    <name>IncidentCommands</name>
    <message>
        <location filename="../src/core/incidentcommands.cpp" line="+65"/>
        <source>incident_id: %1 is not in the database</source>
        <translation>incident_id: %1 duomenų bazėje nėra</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>incident_id: %1 is not a removed incident of the database</source>
        <translation>incident_id: %1 nėra tarp pašalintų duomenų bazės incidentų</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>incident_id: %1 was changed by someone else since (another user or program); it is left as they left it</source>
        <translation>incident_id: %1 nuo to laiko pakeitė kas nors kitas (kitas naudotojas ar kita programa); incidentas paliktas toks, kokį jie paliko</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>incident_id: an incident must be recorded before it can be amended</source>
        <translation>incident_id: incidentą galima taisyti tik jį užregistravus</translation>
    </message>
</context>
<context>
    <name>IncidentCsv</name>
    <message>
        <location filename="../src/core/incidentcsvreader.cpp" line="+104"/>
        <source>the file is larger than %1 GiB; import it in parts</source>
        <translation>failas didesnis nei %1 GiB; importuokite jį dalimis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is empty; expected the header %1</source>
        <translation>failas tuščias; tikėtasi antraštės %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown column &apos;%1&apos;; the columns are %2</source>
        <translation>nežinomas stulpelis &apos;%1&apos;; galimi stulpeliai: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column &apos;%1&apos; appears twice</source>
        <translation>stulpelis &apos;%1&apos; nurodytas du kartus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>required column &apos;%1&apos; is missing</source>
        <translation>trūksta privalomo stulpelio &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>has %1 fields, the header has %2</source>
        <translation>laukų skaičius %1, o antraštėje – %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&apos;%1&apos; is not an ISO 8601 UTC time such as 2021-08-03T14:05:00Z</source>
        <translation>&apos;%1&apos; nėra ISO 8601 UTC laikas, pvz., 2021-08-03T14:05:00Z</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&apos;%1&apos; contradicts force_used &apos;%2&apos;</source>
        <translation>„%1“ prieštarauja force_used „%2“</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the file has more than %1 rows; import it in parts</source>
        <translation>faile daugiau nei %1 eilučių; importuokite jį dalimis</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>rows of incident %1 disagree on a field of the incident (date, time, location, outcome, notes, recorded_by/recorded_at or a detail such as detection; only nationality, persons and their breakdown change from row to row; first row on line %2)</source>
        <translation>įvykio %1 eilutės nesutaria dėl įvykio lauko (data, laikas, vieta, baigtis, pastabos, recorded_by/recorded_at ar detalė, pvz., aptikimo būdas; tarp eilučių keičiasi tik pilietybė, asmenys ir jų sudėtis; pirmoji eilutė – %2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: and %2 more problems</source>
        <translation>%1: ir dar kitų problemų: %2</translation>
    </message>
</context>
<context>
    <name>IncidentDetails</name>
    <message>
        <location filename="../src/core/incidentdetails.cpp" line="+14"/>
        <location line="+17"/>
        <source>Not recorded</source>
        <translation>Neužrašyta</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Patrol</source>
        <translation>Patrulis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed surveillance camera</source>
        <translation>Stacionari stebėjimo kamera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thermal camera</source>
        <translation>Termovizorius</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracks on the control strip</source>
        <translation>Pėdsakai kontrolinėje pėdsakų juostoje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service dog</source>
        <translation>Tarnybinis šuo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report by a resident</source>
        <translation>Gyventojo pranešimas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Kita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entry</source>
        <translation>Atvykimas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation>Išvykimas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Green border</source>
        <translation>Žalioji siena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>River</source>
        <translation>Upė</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Border crossing point</source>
        <translation>Pasienio kontrolės punktas</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>None</source>
        <translation>Nesuteikta</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Food and water</source>
        <translation>Maistas ir vanduo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical</source>
        <translation>Medicininė</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food, water and medical</source>
        <translation>Maistas, vanduo ir medicininė</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Used, kind not recorded</source>
        <translation>Panaudota, rūšis neužrašyta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical coercion</source>
        <translation>Fizinė prievarta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special means</source>
        <translation>Specialiosios priemonės</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firearm</source>
        <translation>Šaunamasis ginklas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A: has no valid travel document</source>
        <translation>A: neturi galiojančio kelionės dokumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: has a false, counterfeit or forged travel document</source>
        <translation>B: turi suklastotą, padirbtą ar neteisėtai pakeistą kelionės dokumentą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C: has no valid visa or residence permit</source>
        <translation>C: neturi galiojančios vizos ar leidimo gyventi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D: has a false, counterfeit or forged visa or residence permit</source>
        <translation>D: turi suklastotą, padirbtą ar neteisėtai pakeistą vizą ar leidimą gyventi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E: has no documents justifying the purpose and conditions of stay</source>
        <translation>E: neturi dokumentų, pagrindžiančių buvimo tikslą ir sąlygas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F: has already stayed 90 days in a 180-day period</source>
        <translation>F: jau išbuvo 90 dienų per 180 dienų laikotarpį</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G: has no sufficient means of subsistence</source>
        <translation>G: neturi pakankamai pragyvenimo lėšų</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H: an alert has been issued to refuse entry (SIS or national register)</source>
        <translation>H: paskelbtas perspėjimas neleisti atvykti (SIS ar nacionaliniame registre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I: is a threat to public policy, internal security, public health or international relations</source>
        <translation>I: kelia grėsmę viešajai tvarkai, vidaus saugumui, visuomenės sveikatai ar tarptautiniams santykiams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>J: has no valid travel authorisation</source>
        <translation>J: neturi galiojančio kelionės leidimo</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../ui/incidentform.ui" line="+9"/>
        <source>New incident</source>
        <translation>Naujas incidentas</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Untick when the time is not known</source>
        <translation>Nuimkite žymėjimą, jei laikas nežinomas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Location</source>
        <translation>&amp;Vieta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Border section or checkpoint; type a new name to add one</source>
        <translation>Sienos ruožas arba pasienio kontrolės punktas; įveskite naują pavadinimą, kad jį pridėtumėte</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Group size</source>
        <translation>Grupės dydis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Outcome</source>
        <translation>Re&amp;zultatas</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Da&amp;te</source>
        <translation>Da&amp;ta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ti&amp;me</source>
        <translation>&amp;Laikas</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nationality</source>
        <translation>Pilietybė</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>For&amp;ce used</source>
        <translation>Panaudota &amp;jėga</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Optional; at most 2,000 characters</source>
        <translation>Neprivaloma; ne daugiau kaip 2&#xa0;000 simbolių</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reason</source>
        <translation>P&amp;riežastis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why the incident is changed (kept in the audit trail)</source>
        <translation>Kodėl incidentas keičiamas (išsaugoma audito žurnale)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel editing</source>
        <translation>Atšaukti taisymą</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save</source>
        <translation>Išsa&amp;ugoti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the incident (Ctrl+Return)</source>
        <translation>Išsaugoti incidentą (Ctrl+Return)</translation>
    </message>
</context>
<context>
    <name>LocationAdministration</name>
    <message>
        <location filename="../src/core/locationadministration.cpp" line="+40"/>
        <source>must be at most %1 characters, without control characters or leading/trailing spaces</source>
        <translation>turi būti ne ilgesnis nei %1 simbolių, be valdymo simbolių ir be tarpų pradžioje ar pabaigoje</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is required with the other coordinate</source>
        <translation>privaloma kartu su kita koordinate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be between -90 and 90 degrees</source>
        <translation>turi būti tarp -90 ir 90 laipsnių</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be between -180 and 180 degrees</source>
        <translation>turi būti tarp -180 ir 180 laipsnių</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+213"/>
        <source>there is no station “%1” in district “%2”</source>
        <translation>rinktinėje „%2“ nėra užkardos „%1“</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+35"/>
        <source>there is no location “%1”</source>
        <translation>vietos „%1“ nėra</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>location “%1” was merged into “%2”; change “%2” instead</source>
        <translation>vieta „%1“ sujungta su „%2“; keiskite „%2“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is the name of another location already; merge the two instead</source>
        <translation>„%1“ jau yra kitos vietos pavadinimas; verčiau sujunkite jas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>location “%1” was merged into “%2” already</source>
        <translation>vieta „%1“ jau sujungta su „%2“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a location cannot be merged into itself</source>
        <translation>vietos negalima sujungti su ja pačia</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+22"/>
        <source>there is no district “%1”</source>
        <translation>rinktinės „%1“ nėra</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>“%1” is the name of another district already</source>
        <translation>„%1“ jau yra kitos rinktinės pavadinimas</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>“%1” is the name of another station of district “%2” already</source>
        <translation>„%1“ jau yra kitos rinktinės „%2“ užkardos pavadinimas</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/logindialog.ui" line="+5"/>
        <source>Log in</source>
        <translation>Prisijungimas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;User</source>
        <translation>&amp;Naudotojas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Password</source>
        <translation>&amp;Slaptažodis</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="+6"/>
        <source>Border Incident Log</source>
        <translation>Border Incident Log</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Sample data — not a register.&lt;/b&gt; Built from Frontex&apos;s public monthly figures for the Eastern Borders Route, which count detections, not persons. A throwaway copy: what is recorded here is gone when another database is opened or the app quits.</source>
        <translation>&lt;b&gt;Pavyzdiniai duomenys — ne registras.&lt;/b&gt; Sudaryti iš viešų Frontex mėnesio duomenų apie Rytų sienų maršrutą; juose skaičiuojami nustatyti atvejai, ne asmenys. Tai laikina kopija: kas čia įrašyta, dings atidarius kitą duomenų bazę arba užvėrus programą.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;File</source>
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Incident</source>
        <translation>&amp;Incidentas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Pa&amp;galba</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nauja duomenų bazė…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Atidaryti duomenų bazę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importuoti CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportuoti CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Baigti darbą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New incident</source>
        <translation>&amp;Naujas incidentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Amend selected</source>
        <translation>&amp;Taisyti pažymėtą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove selected…</source>
        <translation>&amp;Pašalinti pažymėtą…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User guide</source>
        <translation>&amp;Naudotojo vadovas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;sample database</source>
        <translation>Atidaryti &amp;pavyzdinę duomenų bazę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Border Incident Log</source>
        <translation>&amp;Apie Border Incident Log</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../src/core/outcome.cpp" line="+40"/>
        <source>Turned back</source>
        <translation>Apgręžti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detained</source>
        <translation>Sulaikyti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asylum request</source>
        <translation>Prieglobsčio prašymas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prevented</source>
        <translation>Neleista neteisėtai kirsti sienos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absconded</source>
        <translation>Pabėgo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Kita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admitted on humanitarian grounds</source>
        <translation>Įleisti dėl humanitarinių priežasčių</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order to leave</source>
        <translation>Įpareigoti išvykti</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <location filename="../src/core/outputfile.cpp" line="+26"/>
        <source>standard output</source>
        <translation>standartinė išvestis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk is full; free some space and try again</source>
        <translation>diskas pilnas; atlaisvinkite vietos ir bandykite dar kartą</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>nepavyko įrašyti %1: %2</translation>
    </message>
</context>
<context>
    <name>ParkedConflicts</name>
    <message>
        <location filename="../src/storage/postgres/parkedconflicts.cpp" line="+22"/>
        <source>Connecting to the server</source>
        <translation>Jungiamasi prie serverio</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Reading the parked conflicts</source>
        <translation>Atidėtų konfliktų skaitymas</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Keeping the site&apos;s version</source>
        <translation>Darbo vietos versijos palikimas</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Conflict %1: the site&apos;s version is not an incident&apos;s as this program writes them; keep the national version.</source>
        <translation>Konfliktas %1: darbo vietos versija nėra incidentas taip, kaip jį rašo ši programa; palikite nacionalinę versiją.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Conflict %1 is a change of headquarters&apos; the site did not take: the national register does not know the site&apos;s version. Keep the national version to send it again.</source>
        <translation>Konfliktas %1 yra būstinės pakeitimas, kurio darbo vieta neperėmė: nacionalinis registras nežino darbo vietos versijos. Palikite nacionalinę versiją, kad ji būtų išsiųsta dar kartą.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflict %1: the national version and the site&apos;s are both removed; keep the national version.</source>
        <translation>Konfliktas %1: ir nacionalinė, ir darbo vietos versija yra pašalintos; palikite nacionalinę versiją.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Keeping the national version</source>
        <translation>Nacionalinės versijos palikimas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Conflict %1 on the same incident waits for a decision: settle it first.</source>
        <translation>Tame pačiame incidente sprendimo laukia konfliktas %1: pirma išspręskite jį.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The national register has no open conflict %1 (&apos;server conflicts&apos; lists them).</source>
        <translation>Nacionaliniame registre nėra neišspręsto konflikto %1 (juos išvardija „server conflicts“).</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/passworddialog.ui" line="+5"/>
        <source>Change my password</source>
        <translation>Keisti savo slaptažodį</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Current password</source>
        <translation>&amp;Dabartinis slaptažodis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New password</source>
        <translation>&amp;Naujas slaptažodis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At least 8 characters</source>
        <translation>Ne mažiau kaip 8 simboliai</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;peat the new password</source>
        <translation>Pa&amp;kartokite naują slaptažodį</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <location filename="../src/core/passwordhash.cpp" line="+16"/>
        <source>must be %1 to %2 characters</source>
        <translation>turi būti nuo %1 iki %2 simbolių ilgio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>libsodium could not be initialised</source>
        <translation>nepavyko inicijuoti libsodium</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not enough memory to hash the password</source>
        <translation>slaptažodžio maišai apskaičiuoti nepakanka atminties</translation>
    </message>
</context>
<context>
    <name>PgAuditTrailStore</name>
    <message>
        <location filename="../src/storage/postgres/pgnationalstores.cpp" line="+295"/>
        <source>The national register keeps the stations&apos; audit trails: &apos;borderlog-cli server check&apos; verifies every site&apos;s chain and recounts the tallies on the server.</source>
        <translation>Nacionalinis registras saugo užkardų audito žurnalus: &apos;borderlog-cli server check&apos; serveryje patikrina kiekvienos darbo vietos grandinę ir perskaičiuoja suvestines.</translation>
    </message>
</context>
<context>
    <name>PgFailure</name>
    <message>
        <location filename="../src/storage/postgres/pgfailure.cpp" line="+11"/>
        <source>%1: the national register at %2 could not be reached; nothing more was changed, try again once it is reachable.
%3</source>
        <translation>%1: nepavyko pasiekti nacionalinio registro %2; daugiau niekas nepakeista, bandykite dar kartą, kai jis bus pasiekiamas.
%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the national register at %2 did not accept the login: %3
The password comes from ~/.pgpass or the file PGPASSFILE names.</source>
        <translation>%1: nacionalinis registras %2 nepriėmė prisijungimo: %3
Slaptažodis imamas iš ~/.pgpass arba iš failo, kurį nurodo PGPASSFILE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the server refused it to this login (%2).</source>
        <translation>%1: serveris šiai prisijungimo rolei to neleido (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed on the national register at %2: %3 (SQLSTATE %4). Nothing was changed.</source>
        <translation>%1 nacionaliniame registre %2 nepavyko: %3 (SQLSTATE %4). Niekas nepakeista.</translation>
    </message>
</context>
<context>
    <name>PgIncidentQueries</name>
    <message>
        <location filename="../src/storage/postgres/pgincidentqueries.cpp" line="+50"/>
        <location line="+132"/>
        <location line="+31"/>
        <source>Reading incidents</source>
        <translation>Incidentų skaitymas</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Counting the force used</source>
        <translation>Panaudotos jėgos skaičiavimas</translation>
    </message>
</context>
<context>
    <name>PgIncidentStore</name>
    <message>
        <location filename="../src/storage/postgres/pgnationalstores.cpp" line="-269"/>
        <source>Saving the changed incident</source>
        <translation>Pakeisto incidento įrašymas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removing the incident</source>
        <translation>Incidento šalinimas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restoring the incident</source>
        <translation>Incidento grąžinimas</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>incident_id: %1 is not a removed incident of the database</source>
        <translation>incident_id: %1 nėra pašalintas šios duomenų bazės incidentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incident_id: %1 is not in the database</source>
        <translation>incident_id: %1 duomenų bazėje nėra</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reading an incident</source>
        <translation>Incidento skaitymas</translation>
    </message>
</context>
<context>
    <name>PgLocationStore</name>
    <message>
        <location line="+43"/>
        <source>Reading the locations</source>
        <translation>Vietų skaitymas</translation>
    </message>
</context>
<context>
    <name>PgMaintenance</name>
    <message>
        <location line="+156"/>
        <source>schema %1, this program speaks schema %2</source>
        <translation>schema %1, o ši programa naudoja schemą %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the national register</source>
        <translation>Nacionalinio registro tikrinimas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Listening to the national register</source>
        <translation>Nacionalinio registro pranešimų laukimas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The national register is backed up on its server (pg_dump, or base backups with WAL archiving; see the deployment guide), not by this program.</source>
        <translation>Nacionalinio registro atsarginės kopijos daromos jo serveryje (pg_dump arba bazinės kopijos su WAL archyvavimu; žr. diegimo vadovą), o ne šia programa.</translation>
    </message>
</context>
<context>
    <name>PgRegister</name>
    <message>
        <location filename="../src/storage/postgres/pgregister.cpp" line="+20"/>
        <source>New incidents reach the national register only through the stations&apos; syncs: record or import them at the station, and its next sync brings them here.</source>
        <translation>Nauji incidentai į nacionalinį registrą patenka tik per užkardų sinchronizavimą: užregistruokite ar importuokite juos užkardoje, ir kitas jos sinchronizavimas juos atneš čia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The national register at %1 takes changes to incidents only from a headquarters login (a member of borderlog_headquarters); this login is not one.</source>
        <translation>Nacionalinis registras %1 incidentų pakeitimus priima tik iš būstinės prisijungimo (borderlog_headquarters nario); šis prisijungimas toks nėra.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>incident_id: %1 is not in the database</source>
        <translation>incident_id: %1 duomenų bazėje nėra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>incident_id: %1 was changed on the national register since it was read (by a station&apos;s sync or another person): read it again and make the change anew.</source>
        <translation>incident_id: %1 nacionaliniame registre pakeistas po to, kai buvo perskaitytas (užkardos sinchronizavimu ar kito asmens): perskaitykite jį iš naujo ir pakeiskite dar kartą.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be empty or another incident of the same station&apos;s site</source>
        <translation>turi būti tuščias arba kitas tos pačios užkardos darbo vietos incidentas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>incident_id: %1 is of a day its station signed off: the station reopens the day (with a reason) before headquarters changes it.</source>
        <translation>incident_id: %1 yra dienos, kurią jo užkarda patvirtino: užkarda atidaro dieną iš naujo (nurodžiusi priežastį), ir tik tada būstinė gali jį keisti.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That parked change is not a conflict still open on incident %1: it was settled already, or it belongs to another incident.</source>
        <translation>Šis atidėtas pakeitimas nėra neišspręstas incidento %1 konfliktas: jis jau išspręstas arba priklauso kitam incidentui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The national register at %1 refused the change to incident %2 (%3): is its schema this program&apos;s?</source>
        <translation>Nacionalinis registras %1 atmetė incidento %2 pakeitimą (%3): ar jo schema yra šios programos?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 holds no national register.</source>
        <translation>Duomenų bazėje %1 nėra nacionalinio registro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The national register at %1 has schema %2, this program speaks schema %3.</source>
        <translation>Nacionalinio registro %1 schema yra %2, o ši programa naudoja schemą %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opening the national register</source>
        <translation>Nacionalinio registro atidarymas</translation>
    </message>
</context>
<context>
    <name>PgRegisterServer</name>
    <message>
        <location filename="../src/storage/postgres/pgregisterserver.cpp" line="+42"/>
        <source>Connecting to the national register</source>
        <translation>Jungimasis prie nacionalinio registro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no national register: headquarters sets it up with &apos;borderlog-cli server init&apos;.</source>
        <translation>Duomenų bazėje %1 nėra nacionalinio registro: jį sukuria būstinė komanda &apos;borderlog-cli server init&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The national register at %1 has schema %2, this program speaks schema %3: %4.</source>
        <translation>Nacionalinio registro %1 schema yra %2, o ši programa naudoja schemą %3: %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>install the newer program</source>
        <translation>įdiekite naujesnę programą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headquarters upgrades it with &apos;borderlog-cli server upgrade&apos;</source>
        <translation>būstinė jį atnaujina komanda &apos;borderlog-cli server upgrade&apos;</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reading the national register&apos;s id</source>
        <translation>Nacionalinio registro identifikatoriaus skaitymas</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Reading headquarters&apos; changes</source>
        <translation>Būstinės pakeitimų skaitymas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The national register at %1 holds no entry %2 for site %3: that change came from elsewhere (another server answering as this one?). Nothing more was taken; headquarters sees the alarm.</source>
        <translation>Nacionaliniame registre %1 nėra darbo vietos %3 įrašo %2: tas pakeitimas atėjo iš kitur (kitas serveris, atsiliepiantis šio vardu?). Daugiau nieko nepaimta; būstinė mato pavojaus signalą.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Telling headquarters of a change not taken</source>
        <translation>Pranešimas būstinei apie neperimtą pakeitimą</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The national register at %1 gave an answer this program does not know: is its schema this program&apos;s?</source>
        <translation>Nacionalinis registras %1 pateikė šiai programai nežinomą atsakymą: ar jo schema atitinka šios programos schemą?</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Sending the audit trail</source>
        <translation>Audito žurnalo siuntimas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sending the incidents of an import</source>
        <translation>Importo incidentų siuntimas</translation>
    </message>
</context>
<context>
    <name>PgTallyStore</name>
    <message>
        <location filename="../src/storage/postgres/pgtallystore.cpp" line="+107"/>
        <source>Counting the tally</source>
        <translation>Suvestinės skaičiavimas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Counting the cross-tab</source>
        <translation>Kryžminės lentelės skaičiavimas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Counting incidents per day</source>
        <translation>Incidentų skaičiavimas pagal dienas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the date range</source>
        <translation>Datų intervalo skaitymas</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/app/main.cpp" line="+44"/>
        <source>Border Incident Log: record, tally, chart and export attempted border crossings.</source>
        <translation>Border Incident Log: bandymų neteisėtai kirsti sieną registravimas, suvestinės, diagramos ir eksportas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database file (default: %1).</source>
        <translation>Duomenų bazės failas (numatytasis: %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the time to the first painted window, the charts&apos; refresh time and the peak memory, then quit (used by the benchmark suite).</source>
        <translation>Išvesti laiką iki pirmojo nupiešto lango, diagramų atnaujinimo laiką ir didžiausią naudotos atminties kiekį, tada baigti darbą (naudoja našumo testų rinkinys).</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+5"/>
        <location line="+25"/>
        <source>Border Incident Log</source>
        <translation>Border Incident Log</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>%1

This desktop&apos;s own register opens instead.</source>
        <translation>%1

Vietoj nacionalinio registro atidaromas šio kompiuterio registras.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../src/gui/qtstandardtexts.cpp" line="+12"/>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Išsaugoti viską</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Atverti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Taip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes to &amp;All</source>
        <translation>Taip &amp;visiems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;e visiems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Nutraukti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation>Kartoti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Nepaisyti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Užverti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Atsisakyti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>Atmesti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Žinynas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation>Taikyti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Atstatyti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore Defaults</source>
        <translation>Atkurti numatytąsias</translation>
    </message>
</context>
<context>
    <name>RestoreMarker</name>
    <message>
        <location filename="../src/storage/sqlite/sqliterestoremarker.cpp" line="+100"/>
        <source>it stopped before it changed anything; the database is as it was</source>
        <translation>jis nutrūko dar nieko nepakeitęs; duomenų bazė tokia pati, kokia buvo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup and the database had the same audit trail head, so which one it holds cannot be told; check it with &apos;borderlog-cli check&apos; and &apos;audit verify&apos;</source>
        <translation>atsarginės kopijos ir duomenų bazės audito žurnalo galinis įrašas buvo tas pats, todėl neįmanoma nustatyti, kurios turinys dabar duomenų bazėje; patikrinkite ją komandomis &apos;borderlog-cli check&apos; ir &apos;audit verify&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database holds the backup&apos;s contents (audit trail head %1)</source>
        <translation>duomenų bazėje yra atsarginės kopijos turinys (audito žurnalo galinis įrašas %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database is as it was before the restore (audit trail head %1)</source>
        <translation>duomenų bazė tokia, kokia buvo prieš atkūrimą (audito žurnalo galinis įrašas %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the database with &apos;borderlog-cli check&apos; and &apos;audit verify&apos;</source>
        <translation>patikrinkite duomenų bazę komandomis &apos;borderlog-cli check&apos; ir &apos;audit verify&apos;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a restore of %1 into this database, started %2, was interrupted: %3</source>
        <translation>%1 atkūrimas į šią duomenų bazę, pradėtas %2, buvo nutrauktas: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a backup</source>
        <translation>atsarginės kopijos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at an unknown time</source>
        <translation>nežinomu laiku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. The database as it was before is kept as %1</source>
        <translation>. Ankstesnė duomenų bazė išsaugota kaip %1</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../src/core/account.cpp" line="+35"/>
        <source>Officer</source>
        <translation>Pareigūnas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <translation>Pamainos vadovas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin</source>
        <translation>Administratorius</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <location filename="../src/storage/postgres/serveraddress.cpp" line="+12"/>
        <location line="+8"/>
        <location line="+12"/>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>must name the national register&apos;s server (postgresql://USER@HOST/DATABASE or host=… dbname=… user=…)</source>
        <translation>turi nurodyti nacionalinio registro serverį (postgresql://NAUDOTOJAS@KOMPIUTERIS/DUOMENŲ_BAZĖ arba host=… dbname=… user=…)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>out of memory</source>
        <translation>nepakanka atminties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a connection string libpq can read: %1</source>
        <translation>nėra prisijungimo eilutė, kurią libpq gali perskaityti: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must not hold the password (it would show in the process list and the shell&apos;s history): put it in ~/.pgpass, or in the file PGPASSFILE names</source>
        <translation>negali būti slaptažodžio (jis matytųsi procesų sąraše ir komandų istorijoje): įrašykite jį į ~/.pgpass arba į failą, kurį nurodo PGPASSFILE</translation>
    </message>
</context>
<context>
    <name>ServerAdministration</name>
    <message>
        <location filename="../src/storage/postgres/serveradministration.cpp" line="+99"/>
        <source>%1 runs PostgreSQL %2; the national register needs PostgreSQL 14 or later.</source>
        <translation>Serveryje %1 veikia PostgreSQL %2; nacionaliniam registrui reikia PostgreSQL 14 ar naujesnės versijos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting to the server</source>
        <translation>Jungimasis prie serverio</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 holds no national register: set it up with &apos;borderlog-cli server init&apos;.</source>
        <translation>Duomenų bazėje %1 nėra nacionalinio registro: sukurkite jį komanda &apos;borderlog-cli server init&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds a national register already (schema %2); &apos;borderlog-cli server upgrade&apos; brings an older one up to date.</source>
        <translation>Duomenų bazėje %1 jau yra nacionalinis registras (schema %2); senesnį atnaujina komanda &apos;borderlog-cli server upgrade&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database&apos;s encoding must be UTF8 (createdb -E UTF8), so that every name and entry is kept byte for byte.</source>
        <translation>Duomenų bazės koduotė turi būti UTF8 (createdb -E UTF8), kad kiekvienas pavadinimas ir įrašas būtų saugomas baitas į baitą.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Setting up the national register</source>
        <translation>Nacionalinio registro kūrimas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The national register has schema %1, newer than this program&apos;s %2: install the newer program.</source>
        <translation>Nacionalinio registro schema %1 naujesnė už šios programos schemą %2: įdiekite naujesnę programą.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upgrading the national register</source>
        <translation>Nacionalinio registro atnaujinimas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>site %1: entry %2 is missing</source>
        <translation>darbo vieta %1: trūksta įrašo %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>site %1: entry %2 does not match its hash (changed on the server)</source>
        <translation>darbo vieta %1: įrašas %2 neatitinka savo maišos (pakeistas serveryje)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>site %1: entry %2 does not follow the entry before it</source>
        <translation>darbo vieta %1: įrašas %2 netęsia ankstesniojo įrašo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>site %1: its head (entry %2) is not its last entry</source>
        <translation>darbo vieta %1: jos galinis įrašas (%2) nėra paskutinis jos įrašas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>headquarters&apos; chain: entry %1 is missing</source>
        <translation>būstinės grandinė: trūksta įrašo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>headquarters&apos; chain: entry %1 does not match its hash (changed on the server)</source>
        <translation>būstinės grandinė: įrašas %1 neatitinka savo maišos (pakeistas serveryje)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>headquarters&apos; chain: entry %1 does not follow the entry before it</source>
        <translation>būstinės grandinė: įrašas %1 netęsia ankstesnio įrašo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>headquarters&apos; chain: its head (entry %1) is not its last entry</source>
        <translation>būstinės grandinė: jos viršūnė (įrašas %1) nėra paskutinis jos įrašas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>day tally %1 is not a recount of the national incidents</source>
        <translation>dienos suvestinė %1 nesutampa su nacionalinių incidentų perskaičiavimu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>month tally %1 is not a recount of the national incidents</source>
        <translation>mėnesio suvestinė %1 nesutampa su nacionalinių incidentų perskaičiavimu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nationality line %1 belongs to no incident</source>
        <translation>pilietybės eilutė %1 nepriklauso jokiam incidentui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>site %1: entries it holds are not applied yet (the site&apos;s next sync offers them again)</source>
        <translation>darbo vieta %1: gauti jos įrašai dar nepritaikyti (kitas darbo vietos sinchronizavimas juos pasiūlys dar kartą)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Checking the national register</source>
        <translation>Nacionalinio registro tikrinimas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be a login role of its own for the site: not a superuser, not the register&apos;s owner, not an analyst, and able to log in</source>
        <translation>turi būti atskira darbo vietos prisijungimo rolė: ne supernaudotojas, ne registro savininkas, ne analitikas ir galinti prisijungti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is another site&apos;s login already; each site has one of its own</source>
        <translation>jau yra kitos darbo vietos prisijungimo rolė; kiekviena darbo vieta turi savo atskirą</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>station</source>
        <translation>station</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>must be the frontier station&apos;s name, 1 to 100 characters</source>
        <translation>turi būti pasienio užkardos pavadinimas, nuo 1 iki 100 simbolių</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Reading the alarms</source>
        <translation>Pavojaus signalų skaitymas</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>must be a database role made before (createuser %1)</source>
        <translation>turi būti iš anksto sukurta duomenų bazės rolė (createuser %1)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The national register has a site %1 already.</source>
        <translation>Nacionaliniame registre jau yra darbo vieta %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adding the site</source>
        <translation>Darbo vietos pridėjimas</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the sites</source>
        <translation>Darbo vietų skaitymas</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../src/core/session.cpp" line="+75"/>
        <source>this database uses accounts: log in first</source>
        <translation>ši duomenų bazė naudoja paskyras: pirmiausia prisijunkite</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>account %1 has been disabled; log in with another account</source>
        <translation>paskyra %1 išjungta; prisijunkite kita paskyra</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>user or password: not accepted; too many attempts at once, try again in %n second(s)</source>
        <translation>
            <numerusform>naudotojo vardas arba slaptažodis netinka; per daug bandymų vienu metu, bandykite dar kartą po %n sekundės</numerusform>
            <numerusform>naudotojo vardas arba slaptažodis netinka; per daug bandymų vienu metu, bandykite dar kartą po %n sekundžių</numerusform>
            <numerusform>naudotojo vardas arba slaptažodis netinka; per daug bandymų vienu metu, bandykite dar kartą po %n sekundžių</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>user or password: not accepted</source>
        <translation>naudotojo vardas arba slaptažodis netinka</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>account %1 is disabled; an admin can enable it</source>
        <translation>paskyra %1 išjungta; ją gali įjungti administratorius</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nobody is logged in, so there is no password to confirm</source>
        <translation>niekas neprisijungęs, todėl nėra slaptažodžio, kurį reikėtų patvirtinti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no account named %1</source>
        <translation>paskyros vardu %1 nėra</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>current password: not accepted</source>
        <translation>dabartinis slaptažodis netinka</translation>
    </message>
</context>
<context>
    <name>SiteCode</name>
    <message>
        <location filename="../src/core/registerserver.cpp" line="+14"/>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>must be 1 to 40 lower-case letters a-z, digits and hyphens, starting and ending with a letter or digit</source>
        <translation>turi būti nuo 1 iki 40 mažųjų raidžių a–z, skaitmenų ir brūkšnelių, prasidėti ir baigtis raide arba skaitmeniu</translation>
    </message>
</context>
<context>
    <name>SiteSync</name>
    <message>
        <location filename="../src/core/sitesync.cpp" line="+113"/>
        <source>This register is site %1 of the national register; it cannot sync as site %2.</source>
        <translation>Šis registras yra nacionalinio registro darbo vieta %1; jis negali sinchronizuotis kaip darbo vieta %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This register belongs to another national register (%1) than the one at %2 (%3). Nothing was sent.</source>
        <translation>Šis registras priklauso kitam nacionaliniam registrui (%1), ne tam, kuris yra %2 (%3). Niekas neišsiųsta.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This register has not joined a national register: give the site&apos;s code headquarters added for it (--site CODE).</source>
        <translation>Šis registras neprisijungęs prie nacionalinio registro: nurodykite darbo vietos kodą, kurį jam suteikė būstinė (--site KODAS).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The national register holds site %1&apos;s audit trail up to entry %2, this register only up to entry %3: it was restored from an older backup, or it is not site %1&apos;s register. Nothing was sent; ask headquarters.</source>
        <translation>Nacionaliniame registre darbo vietos %1 audito žurnalas yra iki įrašo %2, o šiame registre tik iki įrašo %3: jis atkurtas iš senesnės atsarginės kopijos arba tai ne darbo vietos %1 registras. Niekas neišsiųsta; kreipkitės į būstinę.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Import entry %1 of this register&apos;s audit trail recorded %2 incidents, but the register holds %3 of them: it was changed outside the program (&apos;audit verify&apos; says more). Nothing more is sent until it is repaired; ask headquarters.</source>
        <translation>Šio registro audito žurnalo importo įrašas %1 užfiksavo %2 incidentus, bet registre jų yra %3: jis pakeistas apeinant programą (daugiau pasako &apos;audit verify&apos;). Kol registras nepataisytas, daugiau niekas nesiunčiama; kreipkitės į būstinę.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The national register answered its entry %1 after entry %2: nothing more was taken.</source>
        <translation>Nacionalinis registras atsakė savo įrašu %1 po įrašo %2: daugiau nieko nepaimta.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Entry %1 of the national register (incident %2) was not taken: %3. Nothing after it was taken either.</source>
        <translation>Nacionalinio registro įrašas %1 (incidentas %2) nepaimtas: %3. Nepaimta nieko ir po jo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its content does not match its hash</source>
        <translation>jo turinys neatitinka jo maišos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not a change of one incident</source>
        <translation>tai nėra vieno incidento pakeitimas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its values are not an incident&apos;s as this program writes them</source>
        <translation>jo reikšmės nėra incidento taip, kaip jas rašo ši programa</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>entry %1 of the national register (incident %2): %3</source>
        <translation>nacionalinio registro įrašas %1 (incidentas %2): %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The national register at %1 has no site %2: headquarters adds it (borderlog-cli server add-site).</source>
        <translation>Nacionaliniame registre %1 nėra darbo vietos %2: ją prideda būstinė (borderlog-cli server add-site).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The national register at %1 refused site %2&apos;s entries to this login: it is another site&apos;s. Headquarters gives each site a login of its own (server add-site --login).</source>
        <translation>Nacionalinis registras %1 šiai prisijungimo rolei neleido siųsti darbo vietos %2 įrašų: ji priklauso kitai darbo vietai. Būstinė kiekvienai darbo vietai suteikia atskirą prisijungimo rolę (server add-site --login).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The national register holds another entry %1 of site %2 than this register: its history differs from the one sent before (restored from an older backup and written to since?). Nothing was sent; headquarters sees the alarm.</source>
        <translation>Nacionaliniame registre darbo vietos %2 įrašas %1 kitoks nei šiame registre: šio registro istorija skiriasi nuo anksčiau išsiųstosios (gal jis atkurtas iš senesnės atsarginės kopijos ir po to papildytas?). Niekas neišsiųsta; būstinė mato pavojaus signalą.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry %1 of this register&apos;s audit trail does not match its hash: it was changed outside the program (&apos;audit verify&apos; says more). Nothing was sent; headquarters sees the alarm.</source>
        <translation>Šio registro audito žurnalo įrašas %1 neatitinka savo maišos: jis pakeistas apeinant programą (daugiau pasako &apos;audit verify&apos;). Niekas neišsiųsta; būstinė mato pavojaus signalą.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The national register did not receive every incident of import entry %1 of site %2 (the link broke while they were sent?). Nothing was applied; the next sync sends them again.</source>
        <translation>Nacionalinis registras gavo ne visus darbo vietos %2 importo įrašo %1 incidentus (ryšys nutrūko juos siunčiant?). Niekas nepritaikyta; kitas sinchronizavimas juos išsiųs dar kartą.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The incidents of import entry %1 are not those the entry recorded: the register was changed outside the program (&apos;audit verify&apos; says more). Nothing was applied; headquarters sees the alarm.</source>
        <translation>Importo įrašo %1 incidentai ne tie, kuriuos užfiksavo įrašas: registras pakeistas apeinant programą (daugiau pasako &apos;audit verify&apos;). Niekas nepritaikyta; būstinė mato pavojaus signalą.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The national register refused entry %1 of site %2: it does not continue the chain the server holds. Nothing was sent.</source>
        <translation>Nacionalinis registras atmetė darbo vietos %2 įrašą %1: jis netęsia serveryje saugomos grandinės. Niekas neišsiųsta.</translation>
    </message>
</context>
<context>
    <name>SqliteAccountStore</name>
    <message>
        <location filename="../src/storage/sqlite/sqliteaccountstore.cpp" line="+31"/>
        <source>Reading the accounts</source>
        <translation>Paskyrų skaitymas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the account</source>
        <translation>Paskyros skaitymas</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+35"/>
        <source>name: an account named %1 exists already</source>
        <translation>name: paskyra vardu %1 jau yra</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>name: %1 looks like the existing account %2; choose a name that cannot be taken for it</source>
        <translation>name: %1 panašus į esamos paskyros vardą %2; pasirinkite vardą, kurio nebūtų galima su juo supainioti</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adding the account</source>
        <translation>Paskyros pridėjimas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name: the database has accounts now (another program has just created the first one); log in as an admin to add %1</source>
        <translation>name: duomenų bazėje jau yra paskyrų (kita programa ką tik sukūrė pirmąją); norėdami pridėti %1, prisijunkite kaip administratorius</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Changing the account</source>
        <translation>Paskyros keitimas</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <location line="+31"/>
        <source>name: there is no account named %1</source>
        <translation>name: paskyros vardu %1 nėra</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>account %1 is disabled already</source>
        <translation>paskyra %1 jau išjungta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account %1 is not disabled</source>
        <translation>paskyra %1 nėra išjungta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing the password</source>
        <translation>Slaptažodžio keitimas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the password of %1 was changed by another program meanwhile; log in with the new one and try again</source>
        <translation>naudotojo %1 slaptažodį tuo metu pakeitė kita programa; prisijunkite nauju slaptažodžiu ir bandykite dar kartą</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+22"/>
        <source>Recording the login</source>
        <translation>Prisijungimo registravimas</translation>
    </message>
</context>
<context>
    <name>SqliteAuditTrailStore</name>
    <message>
        <location filename="../src/storage/sqlite/sqliteaudittrailstore.cpp" line="+20"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Reading the audit trail</source>
        <translation>Audito žurnalo skaitymas</translation>
    </message>
</context>
<context>
    <name>SqliteImport</name>
    <message>
        <location filename="../src/storage/sqlite/sqliteimport.cpp" line="+146"/>
        <source>incident %1: related_to: %2; an incident names only incidents of the register or of the file. Nothing was imported.</source>
        <translation>incidentas %1: related_to: %2; incidentas gali nurodyti tik registro arba failo incidentus. Niekas neimportuota.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the import was cancelled; nothing was written</source>
        <translation>importavimas atšauktas; nieko neįrašyta</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>%1: date: %2; nothing was imported</source>
        <translation>%1: date: %2; nieko neimportuota</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1: incident_id: %2 appears again after other incidents; the rows of one incident must follow each other. Nothing was imported.</source>
        <translation>%1: incident_id: %2 vėl pasikartoja po kitų incidentų; vieno incidento eilutės turi eiti viena po kitos. Nieko neimportuota.</translation>
    </message>
</context>
<context>
    <name>SqliteIncidentQueries</name>
    <message>
        <location filename="../src/storage/sqlite/sqliteincidentqueries.cpp" line="+41"/>
        <location line="+112"/>
        <location line="+30"/>
        <source>Reading incidents</source>
        <translation>Incidentų skaitymas</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Counting the force used</source>
        <translation>Panaudotos jėgos skaičiavimas</translation>
    </message>
</context>
<context>
    <name>SqliteIncidentStore</name>
    <message>
        <location filename="../src/storage/sqlite/sqliteincidentstore.cpp" line="+32"/>
        <source>Saving the incident</source>
        <translation>Incidento išsaugojimas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>incident_id: %1 is already in the database</source>
        <translation>incident_id: %1 jau yra duomenų bazėje</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving the changed incident</source>
        <translation>Pakeisto incidento išsaugojimas</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <location line="+44"/>
        <source>incident_id: %1 is not in the database</source>
        <translation>incident_id: %1 duomenų bazėje nėra</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Removing the incident</source>
        <translation>Incidento šalinimas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restoring the incident</source>
        <translation>Incidento grąžinimas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>incident_id: %1 is not a removed incident of the database</source>
        <translation>incident_id: %1 nėra tarp pašalintų duomenų bazės incidentų</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Taking headquarters&apos; change into the register</source>
        <translation>Būstinės pakeitimo perėmimas į registrą</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This register has not joined a national register.</source>
        <translation>Šis registras neprisijungęs prie nacionalinio registro.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reading the incident</source>
        <translation>Incidento skaitymas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing the incidents</source>
        <translation>Incidentų importavimas</translation>
    </message>
</context>
<context>
    <name>SqliteLocationStore</name>
    <message>
        <location filename="../src/storage/sqlite/sqlitelocationstore.cpp" line="+61"/>
        <location line="+12"/>
        <source>Reading the locations</source>
        <translation>Vietų skaitymas</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+137"/>
        <source>there is no station “%1” in district “%2”</source>
        <translation>rinktinėje „%2“ nėra užkardos „%1“</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Adding the location</source>
        <translation>Vietos pridėjimas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Changing the location</source>
        <translation>Vietos keitimas</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>there is no location “%1”</source>
        <translation>vietos „%1“ nėra</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>location “%1” was merged into “%2”</source>
        <translation>vieta „%1“ sujungta su „%2“</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Merging the locations</source>
        <translation>Vietų sujungimas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>location “%1” was merged into “%2” already</source>
        <translation>vieta „%1“ jau sujungta su „%2“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a location cannot be merged into itself</source>
        <translation>vietos negalima sujungti su ja pačia</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Adding the district</source>
        <translation>Rinktinės pridėjimas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changing the district</source>
        <translation>Rinktinės keitimas</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>there is no district “%1”</source>
        <translation>rinktinės „%1“ nėra</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Adding the station</source>
        <translation>Užkardos pridėjimas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changing the station</source>
        <translation>Užkardos keitimas</translation>
    </message>
</context>
<context>
    <name>SqliteMaintenance</name>
    <message>
        <location filename="../src/storage/sqlite/sqlitemaintenance.cpp" line="+75"/>
        <source>The backup of %1 to %2 failed: %3</source>
        <translation>Nepavyko įrašyti %1 atsarginės kopijos į %2: %3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 negalima atkurti: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 aggregate rows differ in all</source>
        <translation>iš viso skiriasi suvestinių eilučių: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 does not exist</source>
        <translation>%1 neegzistuoja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a Border Incident Log database</source>
        <translation>%1 nėra Border Incident Log duomenų bazė</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read: %2</source>
        <translation>nepavyko perskaityti %1: %2</translation>
    </message>
</context>
<context>
    <name>SqliteRegister</name>
    <message>
        <location filename="../src/storage/sqlite/sqliteregister.cpp" line="+95"/>
        <source>%1 is an SQLite database of another program, not a Border Incident Log database; it was not changed. Open another file or create a new one.</source>
        <translation>%1 yra kitos programos SQLite duomenų bazė, o ne Border Incident Log duomenų bazė; ji nepakeista. Atidarykite kitą failą arba sukurkite naują.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was written by a newer version of Border Incident Log (schema %2; this program knows up to %3); it was not changed. Update the program to open it.</source>
        <translation>%1 įrašytas naujesne Border Incident Log versija (schema %2; ši programa palaiko iki %3); jis nepakeistas. Norėdami jį atidaryti, atnaujinkite programą.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a database file (or it is encrypted); it was not changed. Open another file.</source>
        <translation>%1 nėra duomenų bazės failas (arba jis užšifruotas); jis nepakeistas. Atidarykite kitą failą.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is damaged (%2); it was not changed. Restore it from a backup.</source>
        <translation>%1 sugadintas (%2); jis nepakeistas. Atkurkite jį iš atsarginės kopijos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot open %1 for writing (%2). Check that the file and its folder are writable.</source>
        <translation>nepavyko atidaryti %1 rašymui (%2). Patikrinkite, ar į failą ir jo aplanką galima rašyti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot open %1: the disk is full; free some space and try again</source>
        <translation>nepavyko atidaryti %1: diskas pilnas; atlaisvinkite vietos ir bandykite dar kartą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot open %1: %2</source>
        <translation>nepavyko atidaryti %1: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>db: the database path is empty; give the path of a database file</source>
        <translation>db: duomenų bazės kelias tuščias; nurodykite duomenų bazės failo kelią</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2, not a database file; it was not changed</source>
        <translation>%1 yra %2, o ne duomenų bazės failas; jis nepakeistas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no database at %1; nothing was created (check the path)</source>
        <translation>kelyje %1 duomenų bazės nėra; nieko nesukurta (patikrinkite kelią)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the folder %1 for the database</source>
        <translation>nepavyko sukurti duomenų bazei aplanko %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is an empty file (0 bytes), not a database; it was left untouched</source>
        <translation>%1 yra tuščias failas (0 baitų), o ne duomenų bazė; jis paliktas nepakeistas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be written: it was left by a session that could only read. Make it writable, or remove it while no program has the database open</source>
        <translation>į %1 negalima rašyti: jį paliko seansas, galėjęs tik skaityti. Leiskite į jį rašyti arba pašalinkite jį, kai duomenų bazė neatidaryta jokioje programoje</translation>
    </message>
</context>
<context>
    <name>SqliteRegisterMaintenance</name>
    <message>
        <location filename="../src/storage/sqlite/sqlitemaintenance.cpp" line="-120"/>
        <source>row %1 of %2 refers to a missing %3</source>
        <translation>lentelės %2 eilutė %1 nurodo į trūkstamą lentelės %3 įrašą</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the database file is damaged (%1); restore it from a backup</source>
        <translation>duomenų bazės failas sugadintas (%1); atkurkite jį iš atsarginės kopijos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the database</source>
        <translation>Duomenų bazės tikrinimas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Looking for changes</source>
        <translation>Pakeitimų paieška</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup to %1</source>
        <translation>Atsarginės kopijos įrašymas į %1</translation>
    </message>
</context>
<context>
    <name>SqliteSignedDayStore</name>
    <message>
        <location filename="../src/storage/sqlite/sqlitesigneddaystore.cpp" line="+38"/>
        <source>Reading the day&apos;s sign-off</source>
        <translation>Dienos patvirtinimo skaitymas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the signed days</source>
        <translation>Patvirtintų dienų skaitymas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signing off the day</source>
        <translation>Dienos patvirtinimas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>day %1 is signed off already (by %2)</source>
        <translation>diena %1 jau patvirtinta (patvirtino %2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reopening the day</source>
        <translation>Dienos atidarymas iš naujo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day %1 is not signed off</source>
        <translation>diena %1 nepatvirtinta</translation>
    </message>
</context>
<context>
    <name>SqliteSyncLinkStore</name>
    <message>
        <location filename="../src/storage/sqlite/sqlitesynclinkstore.cpp" line="+12"/>
        <source>Reading the link to the national register</source>
        <translation>Ryšio su nacionaliniu registru skaitymas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Joining the national register</source>
        <translation>Prisijungimas prie nacionalinio registro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This register has joined a national register already.</source>
        <translation>Šis registras jau prisijungęs prie nacionalinio registro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keeping the national register&apos;s acknowledgement</source>
        <translation>Nacionalinio registro gavimo patvirtinimo išsaugojimas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keeping the national register&apos;s entries taken</source>
        <translation>Perimtų nacionalinio registro įrašų žymėjimas</translation>
    </message>
</context>
<context>
    <name>SqliteTallyStore</name>
    <message>
        <location filename="../src/storage/sqlite/sqlitetallystore.cpp" line="+158"/>
        <source>Counting the tally</source>
        <translation>Suvestinės skaičiavimas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Counting the cross-tab</source>
        <translation>Kryžminės lentelės skaičiavimas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Counting incidents per day</source>
        <translation>Incidentų skaičiavimas pagal dienas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the date range</source>
        <translation>Datų intervalo skaitymas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rebuilding the tallies</source>
        <translation>Suvestinių perskaičiavimas</translation>
    </message>
</context>
<context>
    <name>StartupRecovery</name>
    <message>
        <location filename="../src/gui/startuprecovery.cpp" line="+27"/>
        <source>Open another file…</source>
        <translation>Atidaryti kitą failą…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup…</source>
        <translation>Atkurti iš atsarginės kopijos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new database…</source>
        <translation>Sukurti naują duomenų bazę…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>Baigti darbą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Border Incident Log</source>
        <translation>Border Incident Log</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The database could not be opened.</source>
        <translation>Nepavyko atidaryti duomenų bazės.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open database</source>
        <translation>Atidaryti duomenų bazę</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Databases (*.sqlite);;All files (*)</source>
        <translation>Duomenų bazės (*.sqlite);;Visi failai (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New database</source>
        <translation>Nauja duomenų bazė</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore a backup</source>
        <translation>Atkurti iš atsarginės kopijos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups (*.sqlite);;All files (*)</source>
        <translation>Atsarginės kopijos (*.sqlite);;Visi failai (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup was chosen; nothing was changed.</source>
        <translation>Atsarginė kopija nepasirinkta; niekas nepakeista.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no temporary folder for the restore: %1</source>
        <translation>atkūrimui nėra laikinojo aplanko: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restoring a backup over a database with accounts needs an admin&apos;s login; nothing was changed.</source>
        <translation>Norint atkurti atsarginę kopiją vietoje duomenų bazės, kurioje yra paskyrų, būtina prisijungti administratoriui; niekas nepakeista.</translation>
    </message>
</context>
<context>
    <name>StoreContext</name>
    <message>
        <location filename="../src/storage/sqlite/sqlitestorecontext.cpp" line="+44"/>
        <source>the database is busy with another program&apos;s write; try again in a moment</source>
        <translation>duomenų bazė užimta: į ją rašo kita programa; netrukus bandykite dar kartą</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk is full; free some space and try again</source>
        <translation>diskas pilnas; atlaisvinkite vietos ir bandykite dar kartą</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database file cannot be written (read-only or permission lost)</source>
        <translation>į duomenų bazės failą negalima rašyti (jis tik skaitomas arba prarastos teisės)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk reported an error (%1)</source>
        <translation>diskas pranešė apie klaidą (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database file is damaged; restore it from a backup</source>
        <translation>duomenų bazės failas sugadintas; atkurkite jį iš atsarginės kopijos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database refused the values (%1)</source>
        <translation>duomenų bazė atmetė reikšmes (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed: %2. Nothing was changed.</source>
        <translation>%1 nepavyko: %2. Niekas nepakeista.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 failed: the database is busy with an import; try again in a moment. Nothing was changed.</source>
        <translation>%1 nepavyko: duomenų bazė užimta importavimu; netrukus bandykite dar kartą. Niekas nepakeista.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../ui/summarypanel.ui" line="+10"/>
        <source>Da&amp;y</source>
        <translation>Di&amp;ena</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Previous day</source>
        <translation>Ankstesnė diena</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next day</source>
        <translation>Kita diena</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Range</source>
        <translation>Laikotarpis</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Chart</source>
        <translation>Diagrama</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>since</source>
        <translation>nuo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The running total starts on this day (the daily report&apos;s too)</source>
        <translation>Kaupiamoji suma skaičiuojama nuo šios dienos (ir dienos ataskaitoje)</translation>
    </message>
</context>
<context>
    <name>TallyComparison</name>
    <message>
        <location filename="../src/core/tallycomparison.cpp" line="+96"/>
        <source>a tally by %1 is compared over a range of days: give its first and last date (from, to)</source>
        <translation>suvestinė pagal %1 lyginama dienų intervale: nurodykite pirmąją ir paskutinę datą (from, to)</translation>
    </message>
</context>
<context>
    <name>TallyRecount</name>
    <message>
        <location filename="../src/core/tallyrecount.cpp" line="+152"/>
        <source>daily tally</source>
        <translation>dienos suvestinė</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily tally by nationality</source>
        <translation>dienos suvestinė pagal pilietybes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly tally</source>
        <translation>mėnesio suvestinė</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly tally by nationality</source>
        <translation>mėnesio suvestinė pagal pilietybes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1 has a row no incident can produce: it was written outside the program</source>
        <translation>%1 turi eilutę, kurios negali sukurti joks incidentas: ji įrašyta apeinant programą</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>all nationalities</source>
        <translation>visos pilietybės</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 of %2 holds %3 men, %4 women, %5 children and %6 unaccompanied minors, but the incidents count %7, %8, %9 and %10: it was changed outside the program (&apos;borderlog-cli repair --tallies&apos; rebuilds the tallies from the incidents)</source>
        <translation>%1 (%2) turi %3 vyrų, %4 moterų, %5 vaikų ir %6 nelydimų nepilnamečių, o įvykiai suskaičiuoja %7, %8, %9 ir %10: pakeista ne programa („borderlog-cli repair --tallies“ perskaičiuoja suvestines iš įvykių)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the %1 of %2 holds %3 incidents and %4 persons, but the incidents count %5 and %6: it was changed outside the program (&apos;borderlog-cli repair --tallies&apos; rebuilds the tallies from the incidents)</source>
        <translation>%1 (%2) nurodo incidentų: %3, asmenų: %4, tačiau pagal incidentus jų yra %5 ir %6: suvestinė pakeista apeinant programą (&apos;borderlog-cli repair --tallies&apos; perskaičiuoja suvestines iš incidentų)</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../src/gui/userguide.cpp" line="+60"/>
        <location line="+7"/>
        <source>User guide</source>
        <translation>Naudotojo vadovas</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The user guide is not installed: there is no %1 in %2.</source>
        <translation>Naudotojo vadovas neįdiegtas: failo %1 nėra šiuose aplankuose: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No program on this computer opens the user guide, %1. Open it with a text editor or a web browser.</source>
        <translation>Šiame kompiuteryje nėra programos, kuri atvertų naudotojo vadovą %1. Atverkite jį teksto rengykle arba interneto naršykle.</translation>
    </message>
</context>
<context>
    <name>borderlog</name>
    <message>
        <location filename="../src/cli/accountcommands.cpp" line="-143"/>
        <source>password: standard input is empty</source>
        <translation>password: standartinė įvestis tuščia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New password for %1: </source>
        <translation>Naujas naudotojo %1 slaptažodis: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password: give it with --password-stdin or at a terminal</source>
        <translation>password: pateikite jį per --password-stdin arba terminale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the password: </source>
        <translation>Pakartokite slaptažodį: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password: the two passwords differ</source>
        <translation>password: slaptažodžiai nesutampa</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>disabled</source>
        <translation>išjungta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>įjungta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created %1 by %2</source>
        <translation>sukurta %1, sukūrė %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n paskyra</numerusform>
            <numerusform>%n paskyros</numerusform>
            <numerusform>%n paskyrų</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>role: is required and must be officer, supervisor or admin (--role ROLE)</source>
        <translation>role: būtina nurodyti officer, supervisor arba admin (--role ROLE)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>account %1 added (%2)
</source>
        <translation>paskyra %1 pridėta (%2)
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>account %1 disabled
</source>
        <translation>paskyra %1 išjungta
</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>account %1 enabled
</source>
        <translation>paskyra %1 įjungta
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>password of %1 changed
</source>
        <translation>naudotojo %1 slaptažodis pakeistas
</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>password of %1 reset
</source>
        <translation>naudotojo %1 slaptažodis nustatytas iš naujo
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>user: use &apos;user add NAME --role ROLE&apos;, &apos;user disable NAME&apos;, &apos;user enable NAME&apos;, &apos;user password&apos;, &apos;user reset NAME&apos; or &apos;user list&apos;</source>
        <translation>user: naudokite &apos;user add NAME --role ROLE&apos;, &apos;user disable NAME&apos;, &apos;user enable NAME&apos;, &apos;user password&apos;, &apos;user reset NAME&apos; arba &apos;user list&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/auditcommands.cpp" line="-114"/>
        <source>expect-head: must be SEQ:HASH as printed by &apos;day close&apos; or an export</source>
        <translation>expect-head: turi būti SEQ:HASH, kaip jį išveda &apos;day close&apos; arba eksportas</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>audit trail does not hold: the first entry that does not match is %1
</source>
        <translation>audito žurnalas nevientisas: pirmasis neatitinkantis įrašas – %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit trail does not hold
</source>
        <translation>audito žurnalas nevientisas
</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>reason: %1</source>
        <translation>reason: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n įrašas</numerusform>
            <numerusform>%n įrašai</numerusform>
            <numerusform>%n įrašų</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>audit: use &apos;audit verify&apos;, &apos;audit list&apos; or &apos;audit export -o FILE&apos;</source>
        <translation>audit: naudokite &apos;audit verify&apos;, &apos;audit list&apos; arba &apos;audit export -o FILE&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>output: audit export needs -o FILE</source>
        <translation>output: komandai audit export reikia -o FILE</translation>
    </message>
    <message>
        <location filename="../src/cli/daycommands.cpp" line="-59"/>
        <source>day %1 reopened
</source>
        <translation>diena %1 atidaryta iš naujo
</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>day: use &apos;day close DATE&apos;, &apos;day reopen DATE --reason TEXT&apos; or &apos;day status DATE&apos;</source>
        <translation>day: naudokite &apos;day close DATE&apos;, &apos;day reopen DATE --reason TEXT&apos; arba &apos;day status DATE&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date: %1</source>
        <translation>date: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/incidentcommands.cpp" line="-294"/>
        <source>force-used: give --force-used or --no-force-used, not both</source>
        <translation>force-used: nurodykite --force-used arba --no-force-used, bet ne abu</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>count-estimated: give --count-estimated or --count-exact, not both</source>
        <translation>count-estimated: nurodykite --count-estimated arba --count-exact, ne abu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>force-type: &apos;%1&apos; contradicts --%2</source>
        <translation>force-type: „%1“ prieštarauja --%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: is required (--%1)</source>
        <translation>%1: būtina nurodyti (--%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incidentas</numerusform>
            <numerusform>%n incidentai</numerusform>
            <numerusform>%n incidentų</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>yes</source>
        <translation>taip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time</source>
        <translation>laikas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>location</source>
        <translation>vieta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>persons</source>
        <translation>asmenys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nationalities</source>
        <translation>pilietybės</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outcome</source>
        <translation>rezultatas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>force</source>
        <translation>jėga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incident_id</source>
        <translation>incident_id</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>update needs exactly one incident_id</source>
        <translation>komandai update reikia lygiai vieno incident_id</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>incident_id: %1 is not in the database (or was removed)</source>
        <translation>incident_id: %1 duomenų bazėje nėra (arba jis pašalintas)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>remove needs exactly one incident_id</source>
        <translation>komandai remove reikia lygiai vieno incident_id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason: removing an incident needs a reason (--reason TEXT)</source>
        <translation>reason: šalinant incidentą būtina nurodyti priežastį (--reason TEXT)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unremove needs exactly one incident_id</source>
        <translation>komandai unremove reikia lygiai vieno incident_id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason: restoring a removed incident needs a reason (--reason TEXT)</source>
        <translation>reason: grąžinant pašalintą incidentą būtina nurodyti priežastį (--reason TEXT)</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="-122"/>
        <location line="+6"/>
        <location filename="../src/cli/transfercommands.cpp" line="-93"/>
        <source>cannot read %1: %2</source>
        <translation>nepavyko perskaityti %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write standard output: %1</source>
        <translation>nepavyko rašyti į standartinę išvestį: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no temporary folder for the restore: %1</source>
        <translation>atkūrimui nėra laikinojo aplanko: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>restore needs exactly one FILE</source>
        <translation>komandai restore reikia lygiai vieno FILE</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>restored %1 to %2
</source>
        <translation>%1 atkurta į %2
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored %1 to %2; the previous database is kept as %3
</source>
        <translation>%1 atkurta į %2; ankstesnė duomenų bazė išsaugota kaip %3
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>repair: say what to rebuild (--tallies)</source>
        <translation>repair: nurodykite, ką perskaičiuoti (--tallies)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>tallies rebuilt from the incidents: %n aggregate row(s) changed
</source>
        <translation>
            <numerusform>suvestinės perskaičiuotos iš incidentų: pakeista %n suvestinės eilutė
</numerusform>
            <numerusform>suvestinės perskaičiuotos iš incidentų: pakeistos %n suvestinės eilutės
</numerusform>
            <numerusform>suvestinės perskaičiuotos iš incidentų: pakeista %n suvestinės eilučių
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/transfercommands.cpp" line="-44"/>
        <source>columns: &apos;%1&apos; is not a layout; use v1 (the eleven columns before schema 8) or standard</source>
        <translation>columns: „%1“ nėra išdėstymas; naudokite v1 (vienuolika stulpelių iki 8 schemos) arba standard</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>audit trail head at this export: %1</source>
        <translation>audito žurnalo galinis įrašas šio eksporto metu: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 was not imported: %n problem(s); nothing was written</source>
        <translation>
            <numerusform>%1 neimportuotas: %n problema; nieko neįrašyta</numerusform>
            <numerusform>%1 neimportuotas: %n problemos; nieko neįrašyta</numerusform>
            <numerusform>%1 neimportuotas: %n problemų; nieko neįrašyta</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>import needs exactly one FILE</source>
        <translation>komandai import reikia lygiai vieno FILE</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 incidents added, %2 skipped (already in the database)
</source>
        <translation>pridėta incidentų: %1, praleista: %2 (jau yra duomenų bazėje)
</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped incident(s) differ from the stored ones (the stored ones were kept): %1</source>
        <translation>
            <numerusform>%n praleistas incidentas skiriasi nuo išsaugotojo (paliktas išsaugotasis): %1</numerusform>
            <numerusform>%n praleisti incidentai skiriasi nuo išsaugotųjų (palikti išsaugotieji): %1</numerusform>
            <numerusform>%n praleistų incidentų skiriasi nuo išsaugotųjų (palikti išsaugotieji): %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>seed: &apos;%1&apos; is not a whole number</source>
        <translation>seed: &apos;%1&apos; nėra sveikasis skaičius</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>to: must not be before from</source>
        <translation>to: negali būti ankstesnė nei from</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>incidents: a whole number of incidents is required (--incidents N)</source>
        <translation>incidents: būtina nurodyti incidentų skaičių sveikuoju skaičiumi (--incidents N)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot write %1: %2</source>
        <translation>nepavyko įrašyti %1: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/locationcommands.cpp" line="-266"/>
        <source>%1: must be a number of degrees with a decimal point, such as 54.5389</source>
        <translation>%1: turi būti laipsnių skaičius su dešimtainiu tašku, pvz., 54.5389</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> (retired)</source>
        <translation> (nebenaudojama)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> (merged into %1)</source>
        <translation> (sujungta su %1)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>location add: give both --district and --station, or neither</source>
        <translation>location add: nurodykite ir --district, ir --station, arba nė vieno</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>location: use &apos;location add NAME&apos;, &apos;location rename NAME NEW-NAME&apos;, &apos;location move NAME --district D --station S&apos;, &apos;location merge NAME INTO&apos;, &apos;location retire NAME&apos;, &apos;location reinstate NAME&apos;, &apos;location set NAME&apos;, or &apos;location list [--tree]&apos;</source>
        <translation>location: naudokite „location add PAVADINIMAS“, „location rename PAVADINIMAS NAUJAS-PAVADINIMAS“, „location move PAVADINIMAS --district R --station U“, „location merge PAVADINIMAS Į-KURIĄ“, „location retire PAVADINIMAS“, „location reinstate PAVADINIMAS“, „location set PAVADINIMAS“ arba „location list [--tree]“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>location move: give --district and --station</source>
        <translation>location move: nurodykite --district ir --station</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>district: use &apos;district add NAME [--code CODE]&apos;, &apos;district rename NAME NEW-NAME&apos;, &apos;district retire NAME&apos; or &apos;district reinstate NAME&apos;</source>
        <translation>district: naudokite „district add PAVADINIMAS [--code KODAS]“, „district rename PAVADINIMAS NAUJAS-PAVADINIMAS“, „district retire PAVADINIMAS“ arba „district reinstate PAVADINIMAS“</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>station: use &apos;station add DISTRICT NAME [--code CODE]&apos;, &apos;station rename DISTRICT NAME NEW-NAME&apos;, &apos;station retire DISTRICT NAME&apos; or &apos;station reinstate DISTRICT NAME&apos;</source>
        <translation>station: naudokite „station add RINKTINĖ PAVADINIMAS [--code KODAS]“, „station rename RINKTINĖ PAVADINIMAS NAUJAS-PAVADINIMAS“, „station retire RINKTINĖ PAVADINIMAS“ arba „station reinstate RINKTINĖ PAVADINIMAS“</translation>
    </message>
    <message>
        <location filename="../src/cli/tallycommands.cpp" line="-113"/>
        <source>by: is required (--by day|week|month|quarter|year|nationality|location|station|district)</source>
        <translation>by: privaloma (--by day|week|month|quarter|year|nationality|location|station|district)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>by: &apos;%1&apos; is not one of %2, or two of them and outcome separated by a comma (district,outcome)</source>
        <translation>by: „%1“ nėra nė vienas iš %2 ar du iš jų ir outcome, atskirti kableliu (district,outcome)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>by: the second of &apos;%1&apos; must be outcome or one of %2 other than the first</source>
        <translation>by: antrasis iš „%1“ turi būti outcome arba vienas iš %2, kitas nei pirmasis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>restart: goes with --cumulative</source>
        <translation>restart: naudojamas tik su --cumulative</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cumulative: needs one period (--by day, week, month, quarter or year)</source>
        <translation>cumulative: reikia vieno laikotarpio (--by day, week, month, quarter arba year)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>restart: &apos;%1&apos; is not one of year, month</source>
        <translation>restart: „%1“ nėra nė vienas iš year, month</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>restart: a running total starts again each %1 over shorter periods only (month: --by day)</source>
        <translation>restart: kaupiamoji suma kas %1 pradedama iš naujo tik trumpesniems laikotarpiams (month: --by day)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>compare: &apos;%1&apos; is not one of previous-year, previous-period</source>
        <translation>compare: „%1“ nėra nė vienas iš previous-year, previous-period</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>compare: goes with one grouping, not with --cumulative or two dimensions</source>
        <translation>compare: naudojamas su vienu grupavimu, ne su --cumulative ar dviem matmenimis</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommands.cpp" line="-152"/>
        <source>day: is required (--day YYYY-MM-DD)</source>
        <translation>day: privaloma (--day YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>format: &apos;%1&apos; is not one of pdf, html, csv</source>
        <translation>format: „%1“ nėra nė vienas iš pdf, html, csv</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot write the report: %1</source>
        <translation>Nepavyko įrašyti ataskaitos: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read %1: %2</source>
        <translation>Nepavyko perskaityti %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>digest: must be the 64 hexadecimal digits printed on the report (or give the report&apos;s CSV form: report verify FILE)</source>
        <translation>digest: turi būti ataskaitoje išspausdinti 64 šešioliktainiai skaitmenys (arba nurodykite ataskaitos CSV formą: report verify FILE)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expect-head: must be SEQ:HASH as printed on the report</source>
        <translation>expect-head: turi būti SEQ:HASH, kaip išspausdinta ataskaitoje</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>report: use &apos;report --day DATE [-o FILE]&apos; or &apos;report verify FILE&apos; or &apos;report verify --day DATE --digest HEX&apos;</source>
        <translation>report: naudokite „report --day DATE [-o FILE]“, „report verify FILE“ arba „report verify --day DATE --digest HEX“</translation>
    </message>
    <message>
        <location filename="../src/cli/servercommands.cpp" line="-287"/>
        <source>the national register does not hold:
</source>
        <translation>nacionalinis registras nevientisas:
</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n alarm(s)</source>
        <translation>
            <numerusform>%n pavojaus signalas</numerusform>
            <numerusform>%n pavojaus signalai</numerusform>
            <numerusform>%n pavojaus signalų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n darbo vieta</numerusform>
            <numerusform>%n darbo vietos</numerusform>
            <numerusform>%n darbo vietų</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>site %1 added (station %2)
</source>
        <translation>darbo vieta %1 pridėta (užkarda %2)
</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>must be the number of an open conflict (&apos;server conflicts&apos; lists them)</source>
        <translation>turi būti neišspręsto konflikto numeris (juos išvardija „server conflicts“)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be site or national</source>
        <translation>turi būti site arba national</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>conflict %1 settled: the site&apos;s version is the national one now
</source>
        <translation>konfliktas %1 išspręstas: darbo vietos versija dabar yra nacionalinė
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict %1 settled: the national version stays
</source>
        <translation>konfliktas %1 išspręstas: lieka nacionalinė versija
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>server: use &apos;server init&apos;, &apos;server upgrade&apos;, &apos;server check&apos;, &apos;server add-site CODE --station NAME&apos;, &apos;server sites&apos;, &apos;server alarms&apos;, &apos;server conflicts&apos; or &apos;server settle ID --keep site|national --reason TEXT&apos;, each with --server CONNECTION</source>
        <translation>server: naudokite „server init“, „server upgrade“, „server check“, „server add-site KODAS --station PAVADINIMAS“, „server sites“, „server alarms“, „server conflicts“ arba „server settle ID --keep site|national --reason TEKSTAS“, kiekvieną su --server JUNGTIS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>server add-site: give the site&apos;s code: add-site CODE</source>
        <translation>server add-site: nurodykite darbo vietos kodą: add-site KODAS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server settle: give the conflict&apos;s number: settle ID</source>
        <translation>server settle: nurodykite konflikto numerį: settle ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server %1: takes no further argument</source>
        <translation>server %1: daugiau argumentų nereikia</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is needed: this register has not joined a national register (sync --server CONNECTION --site CODE)</source>
        <translation>privaloma: šis registras neprisijungęs prie nacionalinio registro (sync --server ADRESAS --site KODAS)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>sync --status: takes neither --server nor --site</source>
        <translation>sync --status: nenaudojamas nei su --server, nei su --site</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>joined the national register as site %1
</source>
        <translation>prisijungta prie nacionalinio registro kaip darbo vieta %1
</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>site %1: %n entry(s) sent</source>
        <translation>
            <numerusform>darbo vieta %1: išsiųstas %n įrašas</numerusform>
            <numerusform>darbo vieta %1: išsiųsti %n įrašai</numerusform>
            <numerusform>darbo vieta %1: išsiųsta %n įrašų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them the server had acknowledged before and lost since (a restored server)</source>
        <translation>
            <numerusform>%n iš jų serveris anksčiau buvo priėmęs, bet vėliau prarado (atkurtas serveris)</numerusform>
            <numerusform>%n iš jų serveris anksčiau buvo priėmęs, bet vėliau prarado (atkurtas serveris)</numerusform>
            <numerusform>%n iš jų serveris anksčiau buvo priėmęs, bet vėliau prarado (atkurtas serveris)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n change(s) by headquarters taken into this register</source>
        <translation>
            <numerusform>į šį registrą perimtas %n būstinės pakeitimas</numerusform>
            <numerusform>į šį registrą perimti %n būstinės pakeitimai</numerusform>
            <numerusform>į šį registrą perimta %n būstinės pakeitimų</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: not taken, headquarters was told why: %1</source>
        <translation>įspėjimas: neperimta, būstinei pranešta kodėl: %1</translation>
    </message>
</context>
<context>
    <name>borderlog::AccessRules</name>
    <message>
        <location filename="../src/core/accessrules.cpp" line="+30"/>
        <source>must be at most %1 characters</source>
        <translation>turi būti ne ilgesnis nei %1 simbolių</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must not contain control characters (tab, escape, carriage return, …); line breaks are allowed</source>
        <translation>negali turėti valdymo simbolių (tabuliacijos, escape, grįžties į eilutės pradžią, …); eilučių lūžiai leidžiami</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs a reason</source>
        <translation>%1 būtina nurodyti priežastį</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>an admin account manages accounts and locations; incidents are changed by officers and supervisors</source>
        <translation>administratoriaus paskyra skirta paskyroms ir vietoms tvarkyti; incidentus keičia pareigūnai ir pamainos vadovai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>officer %1 may %2 only incidents they recorded; this one was recorded by %3 (ask a supervisor)</source>
        <translation>pareigūnas %1 gali %2 tik savo užregistruotus incidentus; šį incidentą užregistravo %3 (kreipkitės į pamainos vadovą)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>removing an incident</source>
        <translation>šalinant incidentą</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>a supervisor&apos;s change to another person&apos;s incident</source>
        <translation>pamainos vadovui keičiant kito asmens incidentą</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 names another officer; an officer imports only incidents they recorded (a supervisor imports other officers&apos; files)</source>
        <translation>%1 nurodo kitą pareigūną; pareigūnas importuoja tik savo užregistruotus incidentus (kitų pareigūnų failus importuoja pamainos vadovas)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an admin account manages accounts and locations; incidents are recorded by officers and supervisors</source>
        <translation>administratoriaus paskyra skirta paskyroms ir vietoms tvarkyti; incidentus registruoja pareigūnai ir pamainos vadovai</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>amend</source>
        <translation>taisyti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remove</source>
        <translation>šalinti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>restore</source>
        <translation>grąžinti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restoring a removed incident</source>
        <translation>grąžinant pašalintą incidentą</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a change on the national register</source>
        <translation>keičiant incidentą nacionaliniame registre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only a supervisor may sign off a day</source>
        <translation>patvirtinti dieną gali tik pamainos vadovas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only a supervisor may reopen a signed day</source>
        <translation>iš naujo atidaryti patvirtintą dieną gali tik pamainos vadovas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reopening a signed day</source>
        <translation>iš naujo atidarant patvirtintą dieną</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only an admin may manage accounts</source>
        <translation>tvarkyti paskyras gali tik administratorius</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this database has no accounts, so there is no password to change (it is used without logging in)</source>
        <translation>šioje duomenų bazėje nėra paskyrų, todėl nėra ir slaptažodžio, kurį būtų galima pakeisti (ja naudojamasi neprisijungus)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this database has no accounts, so there is no password to reset (it is used without logging in)</source>
        <translation>šioje duomenų bazėje nėra paskyrų, todėl nėra ir slaptažodžio, kurį būtų galima nustatyti iš naujo (ja naudojamasi neprisijungus)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only an admin may reset another account&apos;s password; change your own with your current password</source>
        <translation>kitos paskyros slaptažodį iš naujo nustatyti gali tik administratorius; savo slaptažodį pakeiskite nurodę dabartinį</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an admin changes their own password with the current one, not by a reset</source>
        <translation>administratorius savo slaptažodį keičia nurodęs dabartinį, o ne nustatydamas iš naujo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>only an admin may restore a backup over a database with accounts</source>
        <translation>atkurti atsarginę kopiją vietoje duomenų bazės, kurioje yra paskyrų, gali tik administratorius</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only a supervisor or an admin may rebuild the tallies</source>
        <translation>perskaičiuoti suvestines gali tik pamainos vadovas arba administratorius</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only an admin may add or change locations</source>
        <translation>pridėti ar keisti vietas gali tik administratorius</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only an admin may join the register to the national register</source>
        <translation>prijungti registrą prie nacionalinio registro gali tik administratorius</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only an admin may sync the register with another server than the one it joined</source>
        <translation>tik administratorius gali sinchronizuoti registrą su kitu serveriu nei tas, prie kurio jis prisijungė</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only supervisors and admins may read the whole audit trail; anyone may read one incident&apos;s history</source>
        <translation>visą audito žurnalą gali skaityti tik pamainos vadovai ir administratoriai; vieno incidento istoriją gali skaityti bet kas</translation>
    </message>
</context>
<context>
    <name>borderlog::AccountName</name>
    <message>
        <location filename="../src/core/accountname.cpp" line="+114"/>
        <source>must be 1 to %1 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>turi būti sudarytas iš 1–%1 raidžių, skaitmenų, &apos;.&apos;, &apos;_&apos; arba &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must use plain letters and digits, not full-width, superscript, ligature or mathematical forms</source>
        <translation>turi būti sudarytas iš įprastų raidžių ir skaitmenų, o ne iš viso pločio, viršutinio indekso, ligatūrų ar matematinių jų formų</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a letter or digit of one script (Latin, Cyrillic, Greek, …)</source>
        <translation>%1 nėra vienos rašto sistemos (lotynų, kirilicos, graikų, …) raidė ar skaitmuo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be written in one script (Latin, Cyrillic, Greek, …), with digits and &apos;.&apos;, &apos;_&apos; or &apos;-&apos;: %1 is of another script than %2</source>
        <translation>turi būti parašytas viena rašto sistema (lotynų, kirilicos, graikų, …), su skaitmenimis ir &apos;.&apos;, &apos;_&apos; arba &apos;-&apos;: %1 priklauso kitai rašto sistemai nei %2</translation>
    </message>
</context>
<context>
    <name>borderlog::AccountabilityActions</name>
    <message>
        <location filename="../src/gui/accountabilityactions.cpp" line="+28"/>
        <source>Log in as another &amp;user…</source>
        <translation>&amp;Prisijungti kitu naudotoju…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign off the day…</source>
        <translation>&amp;Patvirtinti dieną…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reopen the day…</source>
        <translation>&amp;Atidaryti dieną iš naujo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History of selected…</source>
        <translation>Pažymėto &amp;istorija…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit trail…</source>
        <translation>A&amp;udito žurnalas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccounts…</source>
        <translation>&amp;Paskyros…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my &amp;password…</source>
        <translation>&amp;Keisti savo slaptažodį…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Conflicts with the stations…</source>
        <translation>&amp;Konfliktai su užkardomis…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock the day shown in the summary and freeze its tallies (supervisors)</source>
        <translation>Užrakinti apžvalgoje rodomą dieną ir užfiksuoti jos suvestines (pamainos vadovams)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Logged in as %1</source>
        <translation>Prisijungta kaip %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Logged in as %1 (%2)</source>
        <translation>Prisijungta kaip %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not logged in</source>
        <translation>Neprisijungta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read only</source>
        <translation>Tik skaitomas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New incidents come only through the stations&apos; syncs. A change here is headquarters&apos; and needs a reason.</source>
        <translation>Nauji incidentai patenka tik per užkardų sinchronizavimą. Pakeitimas čia yra būstinės ir jam būtina priežastis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server login reads the national register; a headquarters login (borderlog_headquarters) changes its incidents.</source>
        <translation>Šiuo prisijungimu prie serverio nacionalinį registrą galima tik skaityti; jo incidentus keičia būstinės prisijungimas (borderlog_headquarters).</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+4"/>
        <location line="+8"/>
        <source>Sign off the day</source>
        <translation>Patvirtinti dieną</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Sign off %1? Its incidents will be locked and its tallies frozen as they are now, until a supervisor reopens the day with a reason.</source>
        <translation>Patvirtinti dieną %1? Jos incidentai bus užrakinti, o suvestinės užfiksuotos tokios, kokios yra dabar, kol pamainos vadovas, nurodęs priežastį, atidarys dieną iš naujo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Day %1 signed off: %2. Audit trail head %3</source>
        <translation>Diena %1 patvirtinta: %2. Audito žurnalo galinis įrašas %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day %1 is signed off: %2.

Audit trail head (keep it with the day&apos;s report; it pins the history):
%3</source>
        <translation>Diena %1 patvirtinta: %2.

Audito žurnalo galinis įrašas (laikykite jį kartu su dienos ataskaita; jis užfiksuoja istoriją):
%3</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Day signed off</source>
        <translation>Diena patvirtinta</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>&amp;Locations…</source>
        <translation>&amp;Vietos…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The database has no accounts: incidents are recorded under the computer&apos;s user name. Admin › Accounts… creates accounts.</source>
        <translation>Duomenų bazėje nėra paskyrų: incidentai registruojami kompiuterio naudotojo vardu. Paskyras sukuria Administravimas › Paskyros….</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No accounts · recorded as “%1”</source>
        <translation>Paskyrų nėra · registruojama kaip „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Headquarters</source>
        <translation>Būstinė</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+4"/>
        <location line="+8"/>
        <source>Reopen the day</source>
        <translation>Atidaryti dieną iš naujo</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Reopen %1 so that its incidents can be changed.
Reason (required, kept in the audit trail):</source>
        <translation>Atidaryti dieną %1 iš naujo, kad būtų galima keisti jos incidentus.
Priežastis (privaloma, išsaugoma audito žurnale):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Day %1 reopened</source>
        <translation>Diena %1 atidaryta iš naujo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password of %1 changed</source>
        <translation>Naudotojo %1 slaptažodis pakeistas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select an incident to see its history</source>
        <translation>Pažymėkite incidentą, kad pamatytumėte jo istoriją</translation>
    </message>
</context>
<context>
    <name>borderlog::AccountsDialog</name>
    <message>
        <location filename="../src/gui/accountsdialog.cpp" line="+23"/>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Vaidmuo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Sukurta</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>First account (an admin; from then on everyone logs in)</source>
        <translation>Pirmoji paskyra (administratoriaus; nuo tada visi turės prisijungti)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New account</source>
        <translation>Nauja paskyra</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>disabled</source>
        <translation>išjungta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>įjungta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2</source>
        <translation>%1, sukūrė %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>password: the two passwords differ</source>
        <translation>password: slaptažodžiai nesutampa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account %1 added.</source>
        <translation>Paskyra %1 pridėta.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select an account first.</source>
        <translation>Pirmiausia pažymėkite paskyrą.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Account %1 disabled; its history stays.</source>
        <translation>Paskyra %1 išjungta; jos istorija išsaugoma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account %1 enabled.</source>
        <translation>Paskyra %1 įjungta.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Password of %1 reset; %1 logs in with the new one.</source>
        <translation>Naudotojo %1 slaptažodis nustatytas iš naujo; %1 prisijungia nauju slaptažodžiu.</translation>
    </message>
</context>
<context>
    <name>borderlog::AuditTrailDialog</name>
    <message>
        <location filename="../src/gui/audittraildialog.cpp" line="+45"/>
        <source>Any</source>
        <translation>Bet koks</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History of incident %1</source>
        <translation>Incidento %1 istorija</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Verifying the trail …</source>
        <translation>Tikrinamas žurnalas …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The trail holds: %1 entries and %2 incidents checked. Head: %3</source>
        <translation>Žurnalas vientisas: patikrinta įrašų – %1, incidentų – %2. Galinis įrašas: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The trail does not hold. First entry that does not match: %1
%2</source>
        <translation>Žurnalas nevientisas. Pirmasis neatitinkantis įrašas: %1
%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the audit trail</source>
        <translation>Eksportuoti audito žurnalą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV failai (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>file: %1</source>
        <translation>failas: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n entry(s) to %1</source>
        <translation>
            <numerusform>Į %1 eksportuotas %n įrašas</numerusform>
            <numerusform>Į %1 eksportuoti %n įrašai</numerusform>
            <numerusform>Į %1 eksportuota %n įrašų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog::AuditTrailModel</name>
    <message>
        <location filename="../src/gui/audittrailmodel.cpp" line="+35"/>
        <source>Taken over</source>
        <translation>Perimta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded</source>
        <translation>Užregistruota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amended</source>
        <translation>Pataisyta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed</source>
        <translation>Pašalinta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored</source>
        <translation>Grąžinta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Importuota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day signed off</source>
        <translation>Diena patvirtinta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day reopened</source>
        <translation>Diena atidaryta iš naujo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account added</source>
        <translation>Paskyra pridėta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account disabled</source>
        <translation>Paskyra išjungta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account enabled</source>
        <translation>Paskyra įjungta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password changed</source>
        <translation>Slaptažodis pakeistas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password reset</source>
        <translation>Slaptažodis nustatytas iš naujo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed login</source>
        <translation>Nesėkmingas prisijungimas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location added</source>
        <translation>Vieta pridėta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location changed</source>
        <translation>Vieta pakeista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locations merged</source>
        <translation>Vietos sujungtos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District added</source>
        <translation>Rinktinė pridėta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District changed</source>
        <translation>Rinktinė pakeista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station added</source>
        <translation>Užkarda pridėta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station changed</source>
        <translation>Užkarda pakeista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tallies rebuilt</source>
        <translation>Suvestinės perskaičiuotos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by headquarters</source>
        <translation>Pakeista būstinėje</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>undone</source>
        <comment>the reason of a change taken back with Edit &gt; Undo</comment>
        <translation>atšaukta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>redone</source>
        <comment>the reason of a change made again with Edit &gt; Redo</comment>
        <translation>atstatyta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hash %1
Previous %2</source>
        <translation>Maiša %1
Ankstesnė %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Laikas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Naudotojas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Veiksmas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>Incidentas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values</source>
        <translation>Reikšmės</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Priežastis</translation>
    </message>
</context>
<context>
    <name>borderlog::AuditVerifier</name>
    <message>
        <location filename="../src/core/auditverifier.cpp" line="+113"/>
        <source>entry %1 follows entry %2: an entry was deleted or inserted outside the program</source>
        <translation>įrašas %1 eina po įrašo %2: įrašas ištrintas arba įterptas apeinant programą</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entry %1 does not continue the chain (its previous hash is not the hash of entry %2): entries were changed, deleted or inserted outside the program</source>
        <translation>įrašas %1 netęsia grandinės (jo ankstesnė maiša nėra įrašo %2 maiša): įrašai pakeisti, ištrinti arba įterpti apeinant programą</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entry %1 (%2) was edited outside the program: its content does not match its hash</source>
        <translation>įrašas %1 (%2) redaguotas apeinant programą: jo turinys neatitinka jo maišos</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>entry %1 starts from values of incident %2 that differ from those entry %3 left</source>
        <translation>įrašas %1 prasideda nuo incidento %2 reikšmių, kurios skiriasi nuo tų, kurias paliko įrašas %3</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>incident %1 differs from the values entry %2 recorded: its row was edited outside the program</source>
        <translation>incidentas %1 skiriasi nuo reikšmių, kurias užrašė įrašas %2: jo eilutė redaguota apeinant programą</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>incident %1 is filed under %2, where no entry of the audit trail put it: its row was edited outside the program</source>
        <translation>incidentas %1 priskirtas vietai %2, kur jo nepriskyrė joks audito žurnalo įrašas: jo eilutė redaguota ne programa</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>incident %1 was created by no entry of the audit trail: it was inserted outside the program</source>
        <translation>incidento %1 nesukūrė joks audito žurnalo įrašas: jis įterptas apeinant programą</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>account %1 was created by no entry of the audit trail: it was inserted outside the program</source>
        <translation>paskyros %1 nesukūrė joks audito žurnalo įrašas: ji įterpta apeinant programą</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>account %1 is %2%3, but entry %4 left it %5%6: it was changed outside the program</source>
        <translation>paskyra %1 dabar yra „%2%3“, o įrašas %4 ją paliko „%5%6“: ji pakeista apeinant programą</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>, disabled</source>
        <translation>, išjungta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the password of account %1 is not the one entry %2 recorded: it was replaced outside the program</source>
        <translation>paskyros %1 slaptažodis nėra tas, kurį užrašė įrašas %2: jis pakeistas apeinant programą</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>incident %1 of entry %2 is missing: its row was deleted outside the program</source>
        <translation>trūksta įrašo %2 incidento %1: jo eilutė ištrinta apeinant programą</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>entry %1 created %2 incidents but %3 rows carry it: rows were deleted or inserted outside the program</source>
        <translation>įrašas %1 sukūrė incidentų: %2, tačiau jį nurodo eilučių: %3: eilutės ištrintos arba įterptos apeinant programą</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the incidents entry %1 created no longer have the values it recorded: rows were edited, replaced or reordered outside the program</source>
        <translation>incidentai, kuriuos sukūrė įrašas %1, nebeturi jo užrašytų reikšmių: eilutės redaguotos, pakeistos arba perrikiuotos apeinant programą</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>account %1 of entry %2 is missing: it was deleted outside the program</source>
        <translation>trūksta įrašo %2 paskyros %1: ji ištrinta apeinant programą</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>day %1 was signed off by entry %2 but is not marked signed: changed outside the program</source>
        <translation>diena %1 patvirtinta įrašu %2, bet nepažymėta kaip patvirtinta: pakeista apeinant programą</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the frozen tallies of day %1 differ from its sign-off, entry %2</source>
        <translation>užfiksuotos dienos %1 suvestinės skiriasi nuo jos patvirtinimo (įrašas %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>day %1 now has %2 incidents and %3 persons; entry %4 signed it off with %5 and %6</source>
        <translation>dienoje %1 dabar yra incidentų: %2, asmenų: %3; įrašas %4 ją patvirtino su %5 ir %6</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>day %1 is marked signed without a sign-off in the audit trail: changed outside the program</source>
        <translation>diena %1 pažymėta kaip patvirtinta, nors audito žurnale patvirtinimo nėra: pakeista apeinant programą</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2 aggregate rows differ)</source>
        <translation>%1 (skiriasi suvestinių eilučių: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the pinned head %1 is not in the trail (it has %2 entries): entries were deleted</source>
        <translation>užfiksuoto galinio įrašo %1 žurnale nėra (jame yra įrašų: %2): įrašai ištrinti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entry %1 no longer has the pinned hash: the trail up to it was rewritten</source>
        <translation>įrašas %1 nebeturi užfiksuotos maišos: žurnalas iki jo perrašytas</translation>
    </message>
</context>
<context>
    <name>borderlog::ConflictsDialog</name>
    <message>
        <location filename="../src/gui/conflictsdialog.cpp" line="+26"/>
        <source>Keep the &amp;station&apos;s version…</source>
        <translation>Palikti &amp;užkardos versiją…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the &amp;national version…</source>
        <translation>Palikti &amp;nacionalinę versiją…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts with the stations</source>
        <translation>Konfliktai su užkardomis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parked</source>
        <translation>Atidėta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation>Darbo vieta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Kas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incident</source>
        <translation>Incidentas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open conflicts</source>
        <translation>Neišspręsti konfliktai</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Versions (the national one → the station&apos;s):</source>
        <translation>&amp;Versijos (nacionalinė → užkardos):</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No conflicts wait for a decision.</source>
        <translation>Sprendimo nelaukia nė vienas konfliktas.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n conflict(s) wait for a decision. Each one is settled with a reason, kept with who settled it and when.</source>
        <translation>
            <numerusform>%n konfliktas laukia sprendimo. Kiekvienas sprendžiamas nurodant priežastį, išsaugomą su tuo, kas ir kada jį išsprendė.</numerusform>
            <numerusform>%n konfliktai laukia sprendimo. Kiekvienas sprendžiamas nurodant priežastį, išsaugomą su tuo, kas ir kada jį išsprendė.</numerusform>
            <numerusform>%n konfliktų laukia sprendimo. Kiekvienas sprendžiamas nurodant priežastį, išsaugomą su tuo, kas ir kada jį išsprendė.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not taken by the station (headquarters&apos; entry %1)</source>
        <translation>Užkarda neperėmė (būstinės įrašas %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station&apos;s change (its entry %1)</source>
        <translation>Užkardos pakeitimas (jos įrašas %1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The station did not take this change of headquarters&apos;: %1

Keeping the national version sends the incident to the station again, as it stands.</source>
        <translation>Užkarda šio būstinės pakeitimo neperėmė: %1

Palikus nacionalinę versiją, incidentas toks, koks yra, užkardai išsiunčiamas dar kartą.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two versions hold the same values.</source>
        <translation>Abiejose versijose tos pačios reikšmės.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keep the station&apos;s version</source>
        <translation>Palikti užkardos versiją</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the national version</source>
        <translation>Palikti nacionalinę versiją</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The station&apos;s version becomes the national one, and the station takes it at its next sync.

Reason (required):</source>
        <translation>Užkardos versija tampa nacionaline, ir užkarda ją perima per kitą sinchronizavimą.

Priežastis (privaloma):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The national version stays.

Reason (required):</source>
        <translation>Lieka nacionalinė versija.

Priežastis (privaloma):</translation>
    </message>
</context>
<context>
    <name>borderlog::CsvReader</name>
    <message>
        <location filename="../src/core/csvreader.cpp" line="+120"/>
        <source>line %1: %2</source>
        <translation>eilutė %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>field %1 is not valid UTF-8 text</source>
        <translation>laukas %1 nėra tinkamas UTF-8 tekstas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>field %1 is not valid UTF-8 text: the file ends inside a character</source>
        <translation>laukas %1 nėra tinkamas UTF-8 tekstas: failas baigiasi simbolio viduryje</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>a row has more than %1 fields</source>
        <translation>eilutėje daugiau nei %1 laukų</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected text after a closing quote</source>
        <translation>netikėtas tekstas po uždarančiosios kabutės</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a field is longer than %1 characters</source>
        <translation>laukas ilgesnis nei %1 simbolių</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>kabutėse esantis laukas neuždarytas iki failo pabaigos</translation>
    </message>
</context>
<context>
    <name>borderlog::DailyReportDialog</name>
    <message>
        <location filename="../src/gui/dailyreportdialog.cpp" line="+52"/>
        <source>&amp;Print…</source>
        <translation>&amp;Spausdinti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PD&amp;F…</source>
        <translation>Išsaugoti kaip PD&amp;F…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save CS&amp;V form…</source>
        <translation>Išsaugoti CS&amp;V formą…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily report</source>
        <translation>Dienos ataskaita</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Day:</source>
        <translation>&amp;Diena:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running total &amp;since:</source>
        <translation>Kaupiamoji suma &amp;nuo:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Print the daily report</source>
        <translation>Spausdinti dienos ataskaitą</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the daily report as PDF</source>
        <translation>Išsaugoti dienos ataskaitą kaip PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF failai (*.pdf);;Visi failai (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the daily report&apos;s CSV form</source>
        <translation>Išsaugoti dienos ataskaitos CSV formą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV failai (*.csv);;Visi failai (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1.</source>
        <translation>Išsaugota: %1.</translation>
    </message>
</context>
<context>
    <name>borderlog::DatabaseSwitcher</name>
    <message>
        <location filename="../src/gui/databaseswitcher.cpp" line="+45"/>
        <source>Border Incident Log databases (*.sqlite *.db);;All files (*)</source>
        <translation>Border Incident Log duomenų bazės (*.sqlite *.db);;Visi failai (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>New database</source>
        <translation>Nauja duomenų bazė</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+44"/>
        <source>Open database</source>
        <translation>Atidaryti duomenų bazę</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1 already exists. Choose File &gt; Open database to open it, or another name.</source>
        <translation>%1 jau yra. Norėdami jį atidaryti, pasirinkite Failas &gt; Atidaryti duomenų bazę arba pasirinkite kitą pavadinimą.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Open the national register</source>
        <translation>Atidaryti nacionalinį registrą</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The national register&apos;s server, as postgresql://USER@HOST/DATABASE?sslmode=verify-full (the password stays in ~/.pgpass):</source>
        <translation>Nacionalinio registro serverio adresas, formatu postgresql://NAUDOTOJAS@KOMPIUTERIS/DUOMENŲ_BAZĖ?sslmode=verify-full (slaptažodis lieka faile ~/.pgpass):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>server: must start with postgresql:// (for example postgresql://analyst@hq.example/borderlog?sslmode=verify-full)</source>
        <translation>server: turi prasidėti postgresql:// (pavyzdžiui, postgresql://analyst@hq.example/borderlog?sslmode=verify-full)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 was not opened: it needs a login</source>
        <translation>%1 neatidarytas: reikia prisijungti</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opened %1</source>
        <translation>Atidaryta: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+57"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>Sample database</source>
        <translation>Pavyzdinė duomenų bazė</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>No folder for the sample&apos;s copy could be made: %1</source>
        <translation>Nepavyko sukurti aplanko pavyzdinės duomenų bazės kopijai: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+46"/>
        <source>The bundled sample data is missing.</source>
        <translation>Trūksta kartu su programa pateikiamų pavyzdinių duomenų.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Sample database: %n incident(s) built from Frontex&apos;s public Eastern Borders Route figures (see Help &gt; About)</source>
        <translation>
            <numerusform>Pavyzdinė duomenų bazė: %n incidentas, sudarytas pagal viešus Frontex Rytų sienų maršruto duomenis (žr. Pagalba &gt; Apie Border Incident Log)</numerusform>
            <numerusform>Pavyzdinė duomenų bazė: %n incidentai, sudaryti pagal viešus Frontex Rytų sienų maršruto duomenis (žr. Pagalba &gt; Apie Border Incident Log)</numerusform>
            <numerusform>Pavyzdinė duomenų bazė: %n incidentų, sudarytų pagal viešus Frontex Rytų sienų maršruto duomenis (žr. Pagalba &gt; Apie Border Incident Log)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog::EditMenu</name>
    <message>
        <location filename="../src/gui/editmenu.cpp" line="+41"/>
        <source>&amp;Edit</source>
        <translation>Tai&amp;sa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Iškirpti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopijuoti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>Į&amp;dėti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;All</source>
        <translation>Žymėti &amp;viską</translation>
    </message>
</context>
<context>
    <name>borderlog::ExportDialog</name>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="+67"/>
        <source>file: %1</source>
        <translation>failas: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the export was cancelled; nothing was written</source>
        <translation>eksportavimas atšauktas; nieko neįrašyta</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Incidents (one row per incident and nationality)</source>
        <translation>Incidentai (viena eilutė kiekvienam incidentui ir pilietybei)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tally by day</source>
        <translation>Suvestinė pagal dienas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tally by week (ISO 8601)</source>
        <translation>Suvestinė pagal savaites (ISO 8601)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tally by month</source>
        <translation>Suvestinė pagal mėnesius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tally by quarter</source>
        <translation>Suvestinė pagal ketvirčius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tally by year</source>
        <translation>Suvestinė pagal metus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tally by nationality</source>
        <translation>Suvestinė pagal pilietybes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tally by location</source>
        <translation>Suvestinė pagal vietas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tally by frontier station</source>
        <translation>Suvestinė pagal pasienio užkardas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tally by frontier district</source>
        <translation>Suvestinė pagal pasienio rinktines</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuoti</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Export CSV</source>
        <translation>Eksportuoti CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV failai (*.csv);;Visi failai (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>file: choose where to write the CSV</source>
        <translation>failas: pasirinkite, kur įrašyti CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dates: the first date must not be after the last</source>
        <translation>datos: pirmoji data negali būti vėlesnė už paskutinę</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting …</source>
        <translation>Eksportuojama …</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Exported %n tally row(s) to %1</source>
        <translation>
            <numerusform>Į %1 eksportuota %n suvestinės eilutė</numerusform>
            <numerusform>Į %1 eksportuotos %n suvestinės eilutės</numerusform>
            <numerusform>Į %1 eksportuota %n suvestinės eilučių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %n incident(s) to %1</source>
        <translation>
            <numerusform>Į %1 eksportuotas %n incidentas</numerusform>
            <numerusform>Į %1 eksportuoti %n incidentai</numerusform>
            <numerusform>Į %1 eksportuota %n incidentų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog::FilterBar</name>
    <message>
        <location filename="../src/gui/filterbar.cpp" line="+27"/>
        <location line="+35"/>
        <source>All locations</source>
        <translation>Visos vietos</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>All outcomes</source>
        <translation>Visi rezultatai</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (district)</source>
        <translation>%1 (rinktinė)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (station)</source>
        <translation>%1 (užkarda)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>nationality: &apos;%1&apos; is not a known country name or code</source>
        <translation>nationality: &apos;%1&apos; nėra žinomas šalies pavadinimas ar kodas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nationality: &apos;%1&apos; could mean %2</source>
        <translation>nationality: &apos;%1&apos; gali reikšti %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nationality: name, IQ or IRQ</source>
        <translation>Pilietybė: pavadinimas, IQ arba IRQ</translation>
    </message>
</context>
<context>
    <name>borderlog::ImportController</name>
    <message>
        <location filename="../src/gui/importcontroller.cpp" line="+39"/>
        <location line="+9"/>
        <location line="+5"/>
        <location line="+9"/>
        <location line="+53"/>
        <source>Import CSV</source>
        <translation>Importuoti CSV</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV failai (*.csv);;Visi failai (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Another import is running; wait until it has finished.</source>
        <translation>Jau vyksta kitas importavimas; palaukite, kol jis baigsis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>%1 cannot be read: %2</source>
        <translation>Nepavyko perskaityti %1: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Importing %1 …</source>
        <translation>Importuojama %1 …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The import of %1 was cancelled; nothing was written.</source>
        <translation>%1 importavimas atšauktas; nieko neįrašyta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was not imported; nothing was written.</source>
        <translation>%1 neimportuotas; nieko neįrašyta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1: %2</source>
        <translation>Importuota %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln incident(s) added</source>
        <translation>
            <numerusform>Pridėtas %Ln incidentas</numerusform>
            <numerusform>Pridėti %Ln incidentai</numerusform>
            <numerusform>Pridėta %Ln incidentų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln skipped (already in the database)</source>
        <translation>
            <numerusform>%Ln praleistas (jau yra duomenų bazėje)</numerusform>
            <numerusform>%Ln praleisti (jau yra duomenų bazėje)</numerusform>
            <numerusform>%Ln praleista (jau yra duomenų bazėje)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n skipped incident(s) differ from the stored ones, which were kept: %1</source>
        <translation>
            <numerusform>%n praleistas incidentas skiriasi nuo išsaugotojo, kuris paliktas: %1</numerusform>
            <numerusform>%n praleisti incidentai skiriasi nuo išsaugotųjų, kurie palikti: %1</numerusform>
            <numerusform>%n praleistų incidentų skiriasi nuo išsaugotųjų, kurie palikti: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog::IncidentDetailsEditor</name>
    <message>
        <location filename="../src/gui/incidentdetailseditor.cpp" line="+33"/>
        <source>Details (Ctrl+D)</source>
        <translation>Išsamiau (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who was in the group, detection, casualties, force, refusal reasons, facilitators</source>
        <translation>Grupės sudėtis, aptikimas, nukentėję, jėga, neįleidimo priežastys, organizatoriai</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The count is an estimate</source>
        <translation>Skaičius apytikslis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the bulletins say “about 60”</source>
        <translation>Kaip suvestinėse rašoma „apie 60“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>their nationalities, e.g. BY LT</source>
        <translation>jų pilietybės, pvz., BY LT</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>incident_id of an earlier attempt by the same group</source>
        <translation>ankstesnio tos pačios grupės bandymo incident_id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected by</source>
        <translation>Aptikta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Kryptis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Border sector</source>
        <translation>Sienos ruožas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Injured</source>
        <translation>Sužeisti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead</source>
        <translation>Žuvę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Dingę</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Who was in the group: men · women · children · unaccompanied minors per line; the rest is unknown</source>
        <translation>Grupės sudėtis: vyrai · moterys · vaikai · nelydimi nepilnamečiai kiekvienoje eilutėje; likusieji nežinomi</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Aid given</source>
        <translation>Suteikta pagalba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of force</source>
        <translation>Jėgos rūšis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal reasons</source>
        <translation>Neįleidimo priežastys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitators caught</source>
        <translation>Sulaikyti organizatoriai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related to</source>
        <translation>Susijęs su</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Men</source>
        <translation>Vyrai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Moterys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children (accompanied)</source>
        <translation>Vaikai (lydimi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unaccompanied minors</source>
        <translation>Nelydimi nepilnamečiai</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>line %1</source>
        <translation>eilutė %1</translation>
    </message>
</context>
<context>
    <name>borderlog::IncidentForm</name>
    <message>
        <location filename="../src/gui/incidentform.cpp" line="+68"/>
        <source>e.g. Medininkai checkpoint</source>
        <translation>pvz., Medininkų PKP</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>New incident</source>
        <translation>Naujas incidentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>Išsa&amp;ugoti</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Amend incident of %1</source>
        <translation>Taisyti incidentą (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save changes</source>
        <translation>Išsa&amp;ugoti pakeitimus</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Use “%1”</source>
        <translation>Naudoti „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add “%1” as a new location</source>
        <translation>Pridėti „%1“ kaip naują vietą</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the location</source>
        <translation>Grįžti prie vietos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New location</source>
        <translation>Nauja vieta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” is not one of the register&apos;s locations yet.</source>
        <translation>„%1“ dar nėra registro vieta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did you mean one of the locations above?</source>
        <translation>Gal turėjote omenyje vieną iš aukščiau nurodytų vietų?</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Another program is writing to the database (a large import?). This incident is kept and saved as soon as the database is free; keep the form as it is, or press Save again.</source>
        <translation>Į duomenų bazę rašo kita programa (didelis importavimas?). Šis incidentas išlaikomas ir bus išsaugotas, kai tik duomenų bazė atsilaisvins; palikite formą nepakeistą arba dar kartą paspauskite „Išsaugoti“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved yet: the form was changed while it waited. Press Save to save it.</source>
        <translation>Dar neišsaugota: kol buvo laukiama, forma pakeista. Paspauskite „Išsaugoti“, kad ją išsaugotumėte.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n asmuo</numerusform>
            <numerusform>%n asmenys</numerusform>
            <numerusform>%n asmenų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog::IncidentRules</name>
    <message>
        <location filename="../src/core/incidentrules.cpp" line="+43"/>
        <source>is required</source>
        <translation>būtina nurodyti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at most %1 characters</source>
        <translation>turi būti ne ilgesnis nei %1 simbolių</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not contain control characters or leading/trailing spaces</source>
        <translation>negali turėti valdymo simbolių ar tarpų pradžioje ir pabaigoje</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is required (YYYY-MM-DD)</source>
        <translation>būtina nurodyti (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be before 1990-01-01</source>
        <translation>negali būti ankstesnė nei 1990-01-01</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must not be in the future (today is %1)</source>
        <translation>negali būti ateityje (šiandien %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>must not be later than now (%1; clocks may be up to %n minute(s) ahead)</source>
        <translation>
            <numerusform>negali būti vėlesnis nei dabar (%1; laikrodžiai gali skubėti ne daugiau kaip %n minutę)</numerusform>
            <numerusform>negali būti vėlesnis nei dabar (%1; laikrodžiai gali skubėti ne daugiau kaip %n minutes)</numerusform>
            <numerusform>negali būti vėlesnis nei dabar (%1; laikrodžiai gali skubėti ne daugiau kaip %n minučių)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+22"/>
        <source>must be 0 or more</source>
        <translation>turi būti 0 ar daugiau</translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <source>men, women, children and unaccompanied minors of %1 add up to %2, more than its %n person(s)</source>
        <translation>
            <numerusform>%1: vyrų, moterų, vaikų ir nelydimų nepilnamečių iš viso %2, daugiau nei eilutės %n asmuo</numerusform>
            <numerusform>%1: vyrų, moterų, vaikų ir nelydimų nepilnamečių iš viso %2, daugiau nei eilutės %n asmenys</numerusform>
            <numerusform>%1: vyrų, moterų, vaikų ir nelydimų nepilnamečių iš viso %2, daugiau nei eilutės %n asmenų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>must be at most the group&apos;s %n person(s) (is %1)</source>
        <translation>
            <numerusform>turi būti ne daugiau nei grupės %n asmuo (yra %1)</numerusform>
            <numerusform>turi būti ne daugiau nei grupės %n asmenys (yra %1)</numerusform>
            <numerusform>turi būti ne daugiau nei grupės %n asmenų (yra %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>are given only for the outcome turned_back</source>
        <translation>nurodomos tik esant baigčiai turned_back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be letters A to J of the Schengen Borders Code, Annex V Part B</source>
        <translation>turi būti Šengeno sienų kodekso V priedo B dalies raidės nuo A iki J</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be 0 to %1</source>
        <translation>turi būti nuo 0 iki %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not an ISO 3166-1 code</source>
        <translation>„%1“ nėra ISO 3166-1 kodas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name at most as many nationalities as facilitators (%1)</source>
        <translation>nurodykite ne daugiau pilietybių nei organizatorių (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must name another incident, not this one</source>
        <translation>turi nurodyti kitą įvykį, ne šį</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>at least one nationality line is required</source>
        <translation>būtina nurodyti bent vieną pilietybės eilutę</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not an ISO 3166-1 code (or XK, XX, ZZ)</source>
        <translation>&apos;%1&apos; nėra ISO 3166-1 kodas (nei XK, XX, ZZ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is listed twice; put all its persons on one line</source>
        <translation>%1 nurodyta du kartus; visus šios pilietybės asmenis įrašykite vienoje eilutėje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>each nationality line needs at least 1 person</source>
        <translation>kiekvienoje pilietybės eilutėje turi būti bent 1 asmuo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>group size must be at most %1 (is %2)</source>
        <translation>grupės dydis turi būti ne didesnis nei %1 (dabar %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be at most %1 characters (is %2)</source>
        <translation>turi būti ne ilgesnis nei %1 simbolių (dabar %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not contain control characters</source>
        <translation>negali turėti valdymo simbolių</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be at most %1 characters without control characters</source>
        <translation>turi būti ne ilgesnis nei %1 simbolių ir neturėti valdymo simbolių</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>day %1 is signed off; its incidents are locked until a supervisor reopens it</source>
        <translation>diena %1 patvirtinta; jos incidentai užrakinti, kol pamainos vadovas atidarys ją iš naujo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an incident of the register</source>
        <translation>%1 nėra registro įvykis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a known location; an admin adds locations</source>
        <translation>%1 nėra žinoma vieta; vietas prideda administratorius</translation>
    </message>
</context>
<context>
    <name>borderlog::IncidentTableModel</name>
    <message>
        <location filename="../src/gui/incidenttablemodel.cpp" line="+111"/>
        <location filename="../src/gui/mainwindow.cpp" line="+223"/>
        <source>Yes</source>
        <translation>Taip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 iš %3</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n person(s) of the group are %1; the summary and the tallies count these.</source>
        <translation>
            <numerusform>%n grupės asmens pilietybė – %1; suvestinė ir suvestinių eksportas skaičiuoja šiuos asmenis.</numerusform>
            <numerusform>%n grupės asmenų pilietybė – %1; suvestinė ir suvestinių eksportas skaičiuoja šiuos asmenis.</numerusform>
            <numerusform>%n grupės asmenų pilietybė – %1; suvestinė ir suvestinių eksportas skaičiuoja šiuos asmenis.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recorded %1</source>
        <translation>Užregistruota %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click to show the newest or the oldest first</source>
        <translation>Spustelėkite, kad pirmiausia būtų rodomi naujausi arba seniausi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log is in date and time order only (click Date or Time)</source>
        <translation>Žurnalas rikiuojamas tik pagal datą ir laiką (spustelėkite „Data“ arba „Laikas“)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Laikas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons</source>
        <translation>Asmenys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nationality</source>
        <translation>Pilietybė</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force</source>
        <translation>Jėga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded by</source>
        <translation>Užregistravo</translation>
    </message>
</context>
<context>
    <name>borderlog::IncidentText</name>
    <message>
        <location filename="../src/core/incidenttext.cpp" line="+94"/>
        <source>&apos;%1&apos; is not a UUID written as 36 characters, hex digits in groups of 8-4-4-4-12 (such as 4a1b2c3d-0000-4000-8000-000000000001)</source>
        <translation>&apos;%1&apos; nėra UUID, užrašytas 36 simboliais – šešioliktainiais skaitmenimis grupėmis 8-4-4-4-12 (pvz., 4a1b2c3d-0000-4000-8000-000000000001)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a calendar date written YYYY-MM-DD</source>
        <translation>&apos;%1&apos; nėra kalendorinė data, užrašyta YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a time written HH:MM (00:00 to 23:59)</source>
        <translation>&apos;%1&apos; nėra laikas, užrašytas HH:MM (nuo 00:00 iki 23:59)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is required</source>
        <translation>būtina nurodyti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not an ISO 3166-1 code (alpha-2 or alpha-3) or one of %2; two or three letters are read as a code, not as the beginning of a name</source>
        <translation>&apos;%1&apos; nėra ISO 3166-1 kodas (alpha-2 ar alpha-3) ir ne viena iš reikšmių %2; dvi ar trys raidės laikomos kodu, o ne pavadinimo pradžia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; could mean %2; two or three letters are read as a code only, so type more of the name</source>
        <translation>&apos;%1&apos; gali reikšti %2; dvi ar trys raidės laikomos tik kodu, todėl įveskite daugiau pavadinimo raidžių</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; could mean %2; type more of the name or the code</source>
        <translation>&apos;%1&apos; gali reikšti %2; įveskite daugiau pavadinimo raidžių arba kodą</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a known country code (ISO 3166-1 alpha-2 or alpha-3) or country name</source>
        <translation>„%1“ nėra žinomas šalies kodas (ISO 3166-1 alpha-2 ar alpha-3) ar šalies pavadinimas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a whole number from 1 to %2 (digits only)</source>
        <translation>&apos;%1&apos; nėra sveikasis skaičius nuo 1 iki %2 (tik skaitmenys)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; must be written MEN/WOMEN/CHILDREN/UNACCOMPANIED, e.g. 2/1/3/0</source>
        <translation>„%1“ turi būti rašoma VYRAI/MOTERYS/VAIKAI/NELYDIMI, pvz., 2/1/3/0</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&apos;%1&apos; must be written NATIONALITY:COUNT, e.g. IQ:12</source>
        <translation>&apos;%1&apos; turi būti užrašytas kaip NATIONALITY:COUNT, pvz., IQ:12</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+36"/>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; nėra viena iš reikšmių %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; turi būti true arba false</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a whole number from 0 to %2 (digits only)</source>
        <translation>„%1“ nėra sveikasis skaičius nuo 0 iki %2 (tik skaitmenys)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&apos;%1&apos; is not a list of letters A to J (Schengen Borders Code, Annex V Part B)</source>
        <translation>„%1“ nėra raidžių nuo A iki J sąrašas (Šengeno sienų kodekso V priedo B dalis)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incidentas</numerusform>
            <numerusform>%Ln incidentai</numerusform>
            <numerusform>%Ln incidentų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln asmuo</numerusform>
            <numerusform>%Ln asmenys</numerusform>
            <numerusform>%Ln asmenų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog::IncidentUndo</name>
    <message>
        <location filename="../src/gui/incidentundo.cpp" line="+68"/>
        <source>Undone: %1</source>
        <translation>Atšaukta: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redone: %1</source>
        <translation>Atstatyta: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Undo</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Atstatyti</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” was not undone: %2
Nothing was changed; try again once the other program is done.</source>
        <translation>„%1“ neatšaukta: %2
Niekas nepakeista; bandykite dar kartą, kai kita programa baigs darbą.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was not redone: %2
Nothing was changed; try again once the other program is done.</source>
        <translation>„%1“ neatstatyta: %2
Niekas nepakeista; bandykite dar kartą, kai kita programa baigs darbą.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” cannot be undone: %2
Nothing was changed, and the change is taken off the Edit menu.</source>
        <translation>„%1“ atšaukti negalima: %2
Niekas nepakeista, o šis pakeitimas išimtas iš meniu „Taisa“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” cannot be redone: %2
Nothing was changed, and the change is taken off the Edit menu.</source>
        <translation>„%1“ atstatyti negalima: %2
Niekas nepakeista, o šis pakeitimas išimtas iš meniu „Taisa“.</translation>
    </message>
</context>
<context>
    <name>borderlog::LocationHistory</name>
    <message>
        <location filename="../src/core/locationhistory.cpp" line="+23"/>
        <source>%1 was changed without an entry of the audit trail: changed outside the program</source>
        <translation>%1 pakeista be audito žurnalo įrašo: pakeista ne programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not as entry %2 left it: changed outside the program</source>
        <translation>%1 skiriasi nuo to, ką paliko įrašas %2: pakeista ne programa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entry %1 starts from values of %2 that differ from those entry %3 left</source>
        <translation>įrašas %1 prasideda nuo %2 reikšmių, kurios skiriasi nuo tų, kurias paliko įrašas %3</translation>
    </message>
    <message>
        <location line="+142"/>
        <location line="+96"/>
        <source>location %1</source>
        <translation>vieta %1</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+44"/>
        <source>district %1</source>
        <translation>rinktinė %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+26"/>
        <source>station %1</source>
        <translation>užkarda %1</translation>
    </message>
</context>
<context>
    <name>borderlog::LocationsDialog</name>
    <message>
        <location filename="../src/gui/locationsdialog.cpp" line="+42"/>
        <source>Locations</source>
        <translation>Vietos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Kodas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coordinates</source>
        <translation>Koordinatės</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add &amp;district…</source>
        <translation>Pridėti &amp;rinktinę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;station…</source>
        <translation>Pridėti &amp;užkardą…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;location…</source>
        <translation>Pridėti &amp;vietą…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Pervadinti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move to station…</source>
        <translation>Perkelti į už&amp;kardą…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;erge into…</source>
        <translation>&amp;Sujungti su…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>Re&amp;tire</source>
        <translation>&amp;Nebenaudoti</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Frontier districts › stations › locations. Nothing is deleted: retire a place instead, or merge a misspelt location into the right one.</source>
        <translation>Pasienio rinktinės › užkardos › vietos. Niekas netrinama: vietoj to pažymėkite, kad nebenaudojama, arba klaidingai parašytą vietą sujunkite su teisinga.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>merged into %1</source>
        <translation>sujungta su %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retired</source>
        <translation>nebenaudojama</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Re&amp;instate</source>
        <translation>Vėl n&amp;audoti</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add district</source>
        <translation>Pridėti rinktinę</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frontier district:</source>
        <translation>Pasienio rinktinė:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>District %1 added</source>
        <translation>Rinktinė %1 pridėta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add station</source>
        <translation>Pridėti užkardą</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frontier station in %1:</source>
        <translation>Pasienio užkarda rinktinėje %1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Station %1 added</source>
        <translation>Užkarda %1 pridėta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add location</source>
        <translation>Pridėti vietą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Border section or checkpoint in %1 › %2:</source>
        <translation>Sienos ruožas arba kontrolės punktas, %1 › %2:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Location %1 added</source>
        <translation>Vieta %1 pridėta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename</source>
        <translation>Pervadinti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name of %1:</source>
        <translation>Naujas %1 pavadinimas:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 renamed %2</source>
        <translation>%1 pervadinta į %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move to station</source>
        <translation>Perkelti į užkardą</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station for %1:</source>
        <translation>Užkarda vietai %1:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 moved to %2</source>
        <translation>%1 perkelta į %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>Merge into</source>
        <translation>Sujungti su</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Location that %1 is another name of (its incidents move there):</source>
        <translation>Vieta, kurios kitas pavadinimas yra %1 (jos incidentai perkeliami ten):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move every incident of %1 to %2, and keep %1 only as another name of %2? This cannot be undone.</source>
        <translation>Perkelti visus %1 incidentus į %2 ir palikti %1 tik kaip kitą %2 pavadinimą? To atšaukti negalima.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 merged into %2</source>
        <translation>%1 sujungta su %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was changed by someone else meanwhile; look at the list again</source>
        <translation>%1 tuo metu pakeitė kažkas kitas; peržiūrėkite sąrašą iš naujo</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 retired</source>
        <translation>%1 nebenaudojama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 reinstated</source>
        <translation>%1 vėl naudojama</translation>
    </message>
</context>
<context>
    <name>borderlog::LoginDialog</name>
    <message>
        <location filename="../src/gui/logindialog.cpp" line="+50"/>
        <source>The database %1 uses accounts. Log in to record and review incidents.</source>
        <translation>Duomenų bazė %1 naudoja paskyras. Prisijunkite, kad galėtumėte registruoti ir peržiūrėti incidentus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Log in</source>
        <translation>&amp;Prisijungti</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Try again in %n second(s); an attempt made sooner waits until then.</source>
        <translation>
            <numerusform>Bandykite dar kartą po %n sekundės; anksčiau pateiktas bandymas palauks iki tol.</numerusform>
            <numerusform>Bandykite dar kartą po %n sekundžių; anksčiau pateiktas bandymas palauks iki tol.</numerusform>
            <numerusform>Bandykite dar kartą po %n sekundžių; anksčiau pateiktas bandymas palauks iki tol.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>user: type your user name</source>
        <translation>user: įveskite savo naudotojo vardą</translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>Failed logins before this one: the password is checked in %n second(s)</source>
        <translation>
            <numerusform>Prieš šį bandymą buvo nesėkmingų prisijungimų: slaptažodis bus patikrintas po %n sekundės</numerusform>
            <numerusform>Prieš šį bandymą buvo nesėkmingų prisijungimų: slaptažodis bus patikrintas po %n sekundžių</numerusform>
            <numerusform>Prieš šį bandymą buvo nesėkmingų prisijungimų: slaptažodis bus patikrintas po %n sekundžių</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+11"/>
        <source>&amp;Day</source>
        <translation>&amp;Diena</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Daily report…</source>
        <translation>&amp;Dienos ataskaita…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Admin</source>
        <translation>&amp;Administravimas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pre&amp;ferences…</source>
        <translation>Nuos&amp;tatos…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The language chosen takes effect when the app is started again.</source>
        <translation>Pasirinkta kalba įsigalios iš naujo paleidus programą.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>R&amp;odinys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Entry form</source>
        <translation>Įvedimo &amp;forma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log</source>
        <translation>&amp;Incidentų žurnalas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary and charts</source>
        <translation>&amp;Suvestinė ir diagramos</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Next area</source>
        <translation>&amp;Kita sritis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous area</source>
        <translation>&amp;Ankstesnė sritis</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>New database</source>
        <translation>Nauja duomenų bazė</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open database</source>
        <translation>Atidaryti duomenų bazę</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the national re&amp;gister…</source>
        <translation>Atidaryti nacionalinį re&amp;gistrą…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the national register</source>
        <translation>Atidaryti nacionalinį registrą</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample database</source>
        <translation>Pavyzdinė duomenų bazė</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>An incident is still waiting to be saved: another program is writing to the database. Discard it?</source>
        <translation>Incidentas dar laukia, kol bus išsaugotas: į duomenų bazę rašo kita programa. Atsisakyti jo?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The amendment in the form is not saved. Discard it?</source>
        <translation>Formoje esantis pataisymas neišsaugotas. Atsisakyti jo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incident in the form is not saved. Discard it?</source>
        <translation>Formoje esantis incidentas neišsaugotas. Atsisakyti jo?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New incident</source>
        <translation>Naujas incidentas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quit</source>
        <translation>Baigti darbą</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No incidents yet.
Record the first one in the form (Ctrl+Return saves), import a CSV (File › Import CSV…), or look around in the sample (Help › Open sample database).</source>
        <translation>Incidentų dar nėra.
Užregistruokite pirmąjį formoje (Ctrl+Return išsaugo), importuokite CSV (Failas › Importuoti CSV…) arba apžiūrėkite pavyzdį (Pagalba › Atidaryti pavyzdinę duomenų bazę).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No incidents match the filter.
Clear shows them all.</source>
        <translation>Filtrą atitinkančių incidentų nėra.
Mygtukas „Išvalyti“ parodo visus.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Shown: %1</source>
        <translation>Rodoma: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(persons of %1 only, as in the summary and a tally export)</source>
        <translation>(tik asmenys, kurių pilietybė – %1, kaip suvestinėje ir eksportuotoje suvestinėje)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sample data</source>
        <translation>Pavyzdiniai duomenys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National register</source>
        <translation>Nacionalinis registras</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amended</source>
        <translation>Pataisyta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Išsaugota</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %2, %3, %n person(s), %4</source>
        <translation>
            <numerusform>%1: %2, %3, %n asmuo, %4</numerusform>
            <numerusform>%1: %2, %3, %n asmenys, %4</numerusform>
            <numerusform>%1: %2, %3, %n asmenų, %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Amend incident</source>
        <translation>Taisyti incidentą</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <source>Remove incident</source>
        <translation>Pašalinti incidentą</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>Remove the incident of %1 at %2 (%n person(s), %3)?
It stays in the audit trail and is left out of all tallies and exports.

Reason (required):</source>
        <translation>
            <numerusform>Pašalinti incidentą: %1, %2 (%n asmuo, %3)?
Jis liks audito žurnale, bet nebus įtrauktas į jokias suvestines ir eksportus.

Priežastis (privaloma):</numerusform>
            <numerusform>Pašalinti incidentą: %1, %2 (%n asmenys, %3)?
Jis liks audito žurnale, bet nebus įtrauktas į jokias suvestines ir eksportus.

Priežastis (privaloma):</numerusform>
            <numerusform>Pašalinti incidentą: %1, %2 (%n asmenų, %3)?
Jis liks audito žurnale, bet nebus įtrauktas į jokias suvestines ir eksportus.

Priežastis (privaloma):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Removed the incident of %1 at %2</source>
        <translation>Pašalintas incidentas: %1, %2</translation>
    </message>
</context>
<context>
    <name>borderlog::NationalityCatalog</name>
    <message>
        <location filename="../src/core/nationalitycatalog.cpp" line="+153"/>
        <source>Stateless</source>
        <translation>Be pilietybės</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refugee (1951 Convention)</source>
        <translation>Pabėgėlis (1951 m. konvencija)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refugee (other)</source>
        <translation>Pabėgėlis (kitas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Nežinoma</translation>
    </message>
</context>
<context>
    <name>borderlog::NationalityLinesEditor</name>
    <message>
        <location filename="../src/gui/nationalitylineseditor.cpp" line="+27"/>
        <source>Add &amp;nationality</source>
        <translation>&amp;Pridėti pilietybę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A mixed group: one line per nationality</source>
        <translation>Mišri grupė: po vieną eilutę kiekvienai pilietybei</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Persons of this nationality</source>
        <translation>Šios pilietybės asmenų skaičius</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Iraq, IQ or IRQ</source>
        <translation>Irakas arba IQ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nationality: the country&apos;s name, its ISO code (IQ) or the code in passports (IRQ); XX stateless, ZZ unknown</source>
        <translation>Pilietybė: šalies pavadinimas, jos ISO kodas (IQ) arba kodas pasuose (IRQ); XX – be pilietybės, ZZ – nežinoma</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>person(s)</source>
        <translation>
            <numerusform>asmuo</numerusform>
            <numerusform>asmenys</numerusform>
            <numerusform>asmenų</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove this nationality line</source>
        <translation>Pašalinti šią pilietybės eilutę</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>could be %1…</source>
        <translation>galbūt %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown nationality</source>
        <translation>nežinoma pilietybė</translation>
    </message>
</context>
<context>
    <name>borderlog::PasswordDialog</name>
    <message>
        <location filename="../src/gui/passworddialog.cpp" line="+28"/>
        <source>Change my password</source>
        <translation>Keisti savo slaptažodį</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset password</source>
        <translation>Nustatyti slaptažodį iš naujo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new password for %1. Your current password confirms it is you.</source>
        <translation>Naujas naudotojo %1 slaptažodis. Dabartinis slaptažodis patvirtina, kad tai jūs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new password for %1, who logs in with it from now on. Tell it to them in person; they can change it then.</source>
        <translation>Naujas naudotojo %1 slaptažodis, kuriuo jis nuo šiol prisijungs. Praneškite jį asmeniškai; tada naudotojas galės jį pasikeisti.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Change password</source>
        <translation>&amp;Keisti slaptažodį</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reset password</source>
        <translation>Nu&amp;statyti iš naujo</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Failed logins before this one: the current password is checked in %n second(s)</source>
        <translation>
            <numerusform>Prieš šį bandymą buvo nesėkmingų prisijungimų: dabartinis slaptažodis bus patikrintas po %n sekundės</numerusform>
            <numerusform>Prieš šį bandymą buvo nesėkmingų prisijungimų: dabartinis slaptažodis bus patikrintas po %n sekundžių</numerusform>
            <numerusform>Prieš šį bandymą buvo nesėkmingų prisijungimų: dabartinis slaptažodis bus patikrintas po %n sekundžių</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>new password: the two new passwords differ</source>
        <translation>new password: nauji slaptažodžiai nesutampa</translation>
    </message>
</context>
<context>
    <name>borderlog::PreferencesDialog</name>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="+29"/>
        <source>Preferences</source>
        <translation>Nuostatos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system&apos;s (%1)</source>
        <translation>Sistemos (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>&amp;Kalba:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new language takes effect when the app is started again.</source>
        <translation>Nauja kalba įsigalios iš naujo paleidus programą.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None: all locations alike</source>
        <translation>Nėra: visos vietos vienodai</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Station of this desktop:</source>
        <translation>Šio kompiuterio &amp;užkarda:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The incident form offers this station&apos;s locations first.</source>
        <translation>Incidento formoje pirmiausia siūlomos šios užkardos vietos.</translation>
    </message>
</context>
<context>
    <name>borderlog::RunningTotalChartView</name>
    <message>
        <location filename="../src/gui/runningtotalchartview.cpp" line="+103"/>
        <source>Up to and including %1</source>
        <extracomment>A running total&apos;s tooltip heading: %1 the last day it counts, included.</extracomment>
        <translation>Iki %1 imtinai</translation>
    </message>
</context>
<context>
    <name>borderlog::SeasonChartView</name>
    <message>
        <location filename="../src/gui/seasonchartview.cpp" line="+109"/>
        <source>%1 %2</source>
        <extracomment>A month of a year, as a heading: %1 the month&apos;s name (standalone, &quot;July&quot;), %2 the year.</extracomment>
        <translation>%2 m. %1</translation>
    </message>
</context>
<context>
    <name>borderlog::SummaryPanel</name>
    <message>
        <location filename="../src/gui/summarypanel.cpp" line="+57"/>
        <source>Persons per year</source>
        <translation>Asmenys pagal metus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running total</source>
        <translation>Kaupiamoji suma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Season: each month by year</source>
        <translation>Sezoniškumas: mėnesiai pagal metus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Persons per frontier district</source>
        <translation>Asmenys pagal rinktines</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Persons per frontier station</source>
        <translation>Asmenys pagal užkardas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top nationalities</source>
        <translation>Dažniausios pilietybės</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Paskutinė %n diena</numerusform>
            <numerusform>Paskutinės %n dienos</numerusform>
            <numerusform>Paskutinių %n dienų</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Persons per outcome, by year</source>
        <translation>Asmenys pagal rezultatą ir metus</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Persons per outcome, %1 to %2</source>
        <translation>Asmenys pagal rezultatą, %1–%2</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1 to %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Persons per frontier district, %1</source>
        <translation>Asmenys pagal rinktines, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other districts</source>
        <translation>Kitos rinktinės</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons per frontier station, %1</source>
        <translation>Asmenys pagal užkardas, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other stations</source>
        <translation>Kitos užkardos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons per nationality, %1</source>
        <translation>Asmenys pagal pilietybes, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other nationalities</source>
        <translation>Kitos pilietybės</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Persons since %1, running total to %2</source>
        <translation>Kaupiamoji asmenų suma nuo %1 iki %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The running total starts on %1, after the day shown. Choose an earlier “since” date.</source>
        <translation>Kaupiamoji suma prasideda %1, po rodomos dienos. Laukelyje „nuo“ pasirinkite ankstesnę datą.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Persons per month, %1</source>
        <translation>Asmenys pagal mėnesius, %1 m.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons per month, %1 to %2</source>
        <translation>Asmenys pagal mėnesius, %1–%2 m.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Day open: incidents can be recorded and changed.</source>
        <translation>Diena nepatvirtinta: incidentus galima registruoti ir keisti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stations&apos; incidents as their syncs brought them; headquarters&apos; changes need a reason.</source>
        <translation>Užkardų incidentai tokie, kokius atnešė jų sinchronizavimai; būstinės pakeitimams būtina priežastis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed off by %1 on %2 UTC: %3 (audit entry %4)</source>
        <translation>Patvirtino %1 %2 UTC: %3 (audito įrašas %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit trail head at the sign-off: %1</source>
        <translation>Audito žurnalo galinis įrašas patvirtinimo metu: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Incidents</source>
        <translation>Incidentai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>Asmenys</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Top nationalities (persons)</source>
        <translation>Dažniausios pilietybės (asmenys)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Frontier districts (persons)</source>
        <translation>Pasienio rinktinės (asmenys)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frontier stations (persons)</source>
        <translation>Pasienio užkardos (asmenys)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locations (persons)</source>
        <translation>Vietos (asmenys)</translation>
    </message>
</context>
<context>
    <name>borderlog::SyncController</name>
    <message>
        <location filename="../src/gui/synccontroller.cpp" line="+27"/>
        <source>S&amp;ync with the national register</source>
        <translation>&amp;Sinchronizuoti su nacionaliniu registru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join the national register…</source>
        <translation>Pri&amp;jungti prie nacionalinio registro…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Send what this register recorded to the national register now</source>
        <translation>Dabar išsiųsti į nacionalinį registrą tai, kas užregistruota šiame registre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Join this register to its site of the national register (an admin&apos;s)</source>
        <translation>Prijungti šį registrą prie jo darbo vietos nacionaliniame registre (tai daro administratorius)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>National register: syncing…</source>
        <translation>Nacionalinis registras: sinchronizuojama…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>National register: synced at %1, %n change(s) of headquarters not taken</source>
        <translation>
            <numerusform>Nacionalinis registras: sinchronizuota %1, neperimtas %n būstinės pakeitimas</numerusform>
            <numerusform>Nacionalinis registras: sinchronizuota %1, neperimti %n būstinės pakeitimai</numerusform>
            <numerusform>Nacionalinis registras: sinchronizuota %1, neperimta %n būstinės pakeitimų</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>National register: synced at %1, all sent</source>
        <translation>Nacionalinis registras: sinchronizuota %1, viskas išsiųsta</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>National register: synced at %1, %n entry(s) waiting</source>
        <translation>
            <numerusform>Nacionalinis registras: sinchronizuota %1, laukia %n įrašas</numerusform>
            <numerusform>Nacionalinis registras: sinchronizuota %1, laukia %n įrašai</numerusform>
            <numerusform>Nacionalinis registras: sinchronizuota %1, laukia %n įrašų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>National register: site %1, %n entry(s) waiting</source>
        <translation>
            <numerusform>Nacionalinis registras: darbo vieta %1, laukia %n įrašas</numerusform>
            <numerusform>Nacionalinis registras: darbo vieta %1, laukia %n įrašai</numerusform>
            <numerusform>Nacionalinis registras: darbo vieta %1, laukia %n įrašų</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site %1; the server holds this register&apos;s audit trail up to entry %2.</source>
        <translation>Darbo vieta %1; serveryje yra šio registro audito žurnalas iki įrašo %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>National register: not reached at %1, %n entry(s) waiting</source>
        <translation>
            <numerusform>Nacionalinis registras: nepasiektas %1, laukia %n įrašas</numerusform>
            <numerusform>Nacionalinis registras: nepasiektas %1, laukia %n įrašai</numerusform>
            <numerusform>Nacionalinis registras: nepasiektas %1, laukia %n įrašų</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National register: refused at %1, ask headquarters</source>
        <translation>Nacionalinis registras: atmesta %1, kreipkitės į būstinę</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+31"/>
        <location line="+14"/>
        <location line="+5"/>
        <source>Join the national register</source>
        <translation>Prijungimas prie nacionalinio registro</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>The national register&apos;s server: a connection string or postgresql://USER@HOST/DATABASE, without the password (~/.pgpass holds it):</source>
        <translation>Nacionalinio registro serveris: prisijungimo eilutė arba postgresql://NAUDOTOJAS@KOMPIUTERIS/DUOMENŲ_BAZĖ, be slaptažodžio (jį saugo ~/.pgpass):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The code headquarters gave this desktop&apos;s site (medininkai-1):</source>
        <translation>Kodas, kurį būstinė suteikė šio kompiuterio darbo vietai (medininkai-1):</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This register is site %1 of the national register now, but its first sync did not end: %2</source>
        <translation>Dabar šis registras yra nacionalinio registro darbo vieta %1, bet pirmasis sinchronizavimas nebaigtas: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>This register is site %1 of the national register now; %n entry(s) sent.</source>
        <translation>
            <numerusform>Dabar šis registras yra nacionalinio registro darbo vieta %1; išsiųstas %n įrašas.</numerusform>
            <numerusform>Dabar šis registras yra nacionalinio registro darbo vieta %1; išsiųsti %n įrašai.</numerusform>
            <numerusform>Dabar šis registras yra nacionalinio registro darbo vieta %1; išsiųsta %n įrašų.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borderlog::TallyChartView</name>
    <message>
        <location filename="../src/gui/tallychartview.cpp" line="+86"/>
        <source>No incidents in this period yet. Record one in the form, or import a CSV (File › Import CSV…).</source>
        <translation>Šiuo laikotarpiu incidentų dar nėra. Užregistruokite incidentą formoje arba importuokite CSV (Failas › Importuoti CSV…).</translation>
    </message>
</context>
<context>
    <name>borderlog::sqlite::DatabaseFile</name>
    <message>
        <location filename="../src/storage/sqlite/databasefile.cpp" line="+49"/>
        <source>a folder</source>
        <translation>aplankas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO (įvardytasis kanalas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a device</source>
        <translation>įrenginys</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a socket</source>
        <translation>lizdas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a regular file</source>
        <translation>specialusis failas</translation>
    </message>
</context>
<context>
    <name>borderlog::sqlite::SqliteBackup</name>
    <message>
        <location filename="../src/storage/sqlite/sqlitebackup.cpp" line="+40"/>
        <source>%1 is not a regular file; a backup is written to a file</source>
        <translation>%1 nėra įprastas failas; atsarginė kopija įrašoma į failą</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder of %1 cannot be created</source>
        <translation>nepavyko sukurti %1 aplanko</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the backup cannot be started beside %1: %2</source>
        <translation>nepavyko pradėti kurti atsarginės kopijos šalia %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the backup could not be written: %1</source>
        <translation>nepavyko įrašyti atsarginės kopijos: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the backup failed its check: %1</source>
        <translation>atsarginė kopija nepraėjo patikros: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the backup could not be moved to %1: %2</source>
        <translation>nepavyko perkelti atsarginės kopijos į %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 cannot be created: %2</source>
        <translation>nepavyko sukurti %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no free name for %1</source>
        <translation>nėra laisvo pavadinimo failui %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not exist</source>
        <translation>%1 neegzistuoja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a Border Incident Log database</source>
        <translation>tai ne Border Incident Log duomenų bazė</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>written by a newer version of the program</source>
        <translation>įrašyta naujesne programos versija</translation>
    </message>
</context>
<context>
    <name>borderlog::sqlite::SqliteRestore</name>
    <message>
        <location filename="../src/storage/sqlite/sqliterestore.cpp" line="+42"/>
        <source>another program (the desktop app or borderlog-cli) has %1 open; close it and run the restore again. Nothing was changed.</source>
        <translation>kita programa (darbalaukio programa arba borderlog-cli) yra atidariusi %1; uždarykite ją ir vėl paleiskite atkūrimą. Niekas nepakeista.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the disk is full</source>
        <translation>diskas pilnas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database file cannot be written (read-only or permission lost)</source>
        <translation>į duomenų bazės failą negalima rašyti (jis tik skaitomas arba prarastos teisės)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 cannot be restored: %2. Nothing was changed.</source>
        <translation>%1 negalima atkurti: %2. Niekas nepakeista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2, not a database file; nothing was restored</source>
        <translation>%1 yra %2, o ne duomenų bazės failas; nieko neatkurta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the folder of %1; nothing was restored</source>
        <translation>nepavyko sukurti %1 aplanko; nieko neatkurta</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a database appeared at %1 while the backup was checked; nothing was changed. Run the restore again.</source>
        <translation>kol buvo tikrinama atsarginė kopija, kelyje %1 atsirado duomenų bazė; niekas nepakeista. Vėl paleiskite atkūrimą.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be written (%2); nothing was changed</source>
        <translation>nepavyko įrašyti %1 (%2); niekas nepakeista</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>the current database could not be kept aside (%1); nothing was restored</source>
        <translation>nepavyko atskirai išsaugoti dabartinės duomenų bazės (%1); nieko neatkurta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the current database could not be kept aside as %1; nothing was restored</source>
        <translation>nepavyko atskirai išsaugoti dabartinės duomenų bazės kaip %1; nieko neatkurta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the restored copy could not be moved to %1 (%2); the previous database is kept as %3</source>
        <translation>nepavyko perkelti atkurtos kopijos į %1 (%2); ankstesnė duomenų bazė išsaugota kaip %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>restoring %1 failed (%2); the database is as it was</source>
        <translation>nepavyko atkurti %1 (%2); duomenų bazė tokia pati, kokia buvo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>another restore into %1 is running; nothing was changed</source>
        <translation>jau vykdomas kitas atkūrimas į %1; niekas nepakeista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write beside %1 (%2); nothing was restored</source>
        <translation>nepavyko rašyti šalia %1 (%2); nieko neatkurta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be read (%2); nothing was changed</source>
        <translation>nepavyko perskaityti %1 (%2); niekas nepakeista</translation>
    </message>
</context>
</TS>
