<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Gui</name>
    <message>
        <location filename="../app/gui.cpp" line="47"/>
        <source>Slipway, a local-first release manager.</source>
        <translation>Slipway, eine lokale Release-Verwaltung.</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="49"/>
        <source>SQLite file to use.</source>
        <translation>Zu verwendende SQLite-Datei.</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="50"/>
        <source>Act as this user.</source>
        <translation>Als dieser Benutzer handeln.</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="51"/>
        <source>Save the window as a PNG, then exit.</source>
        <translation>Das Fenster als PNG speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="53"/>
        <source>Also serve the REST API on this address.</source>
        <translation>Zusätzlich die REST-API unter dieser Adresse anbieten.</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="56"/>
        <source>Open this page first: approvals, dashboard, whatswhere, settings, release:ID[:TAB] or editor:ID[:TAB].</source>
        <translation>Zuerst diese Seite öffnen: approvals, dashboard, whatswhere, settings, release:ID[:TAB] oder editor:ID[:TAB].</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="72"/>
        <source>Slipway cannot start</source>
        <translation>Slipway kann nicht starten</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="97"/>
        <source>Could not create the sample pipeline: %1</source>
        <translation>Die Beispiel-Pipeline konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="116"/>
        <source>Engine: starting</source>
        <translation>Engine: startet</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="167"/>
        <source>Deployment finished: %1</source>
        <translation>Bereitstellung beendet: %1</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="169"/>
        <source>%1 to %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui.cpp" line="173"/>
        <location filename="../app/gui.cpp" line="176"/>
        <source>Engine: running, %n active</source>
        <translation>
            <numerusform>Engine: läuft, %n aktiv</numerusform>
            <numerusform>Engine: läuft, %n aktiv</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="182"/>
        <source>Engine: stopped (%1)</source>
        <translation>Engine: angehalten (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="188"/>
        <source>Engine: not started (screenshot)</source>
        <translation>Engine: nicht gestartet (Bildschirmfoto)</translation>
    </message>
</context>
<context>
    <name>PipelineChanges</name>
    <message>
        <location filename="../views/pipelinechanges.cpp" line="40"/>
        <source>Pipeline changes since %1</source>
        <translation>Pipeline-Änderungen seit %1</translation>
    </message>
    <message>
        <location filename="../views/pipelinechanges.cpp" line="44"/>
        <source>The pipeline has not changed since this release was created.</source>
        <translation>Die Pipeline hat sich seit der Erstellung dieses Release nicht geändert.</translation>
    </message>
    <message>
        <location filename="../views/pipelinechanges.cpp" line="47"/>
        <source>The pipeline changed since revision %1, which this release uses. Its deployments run that revision; the differences are in the details.</source>
        <translation>Die Pipeline hat sich seit Revision %1 geändert, die dieses Release verwendet. Seine Bereitstellungen verwenden diese Revision; die Unterschiede stehen in den Details.</translation>
    </message>
</context>
<context>
    <name>StageStatus</name>
    <message>
        <location filename="../models/statuspresentation.cpp" line="9"/>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <location filename="../models/statuspresentation.cpp" line="10"/>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location filename="../models/statuspresentation.cpp" line="11"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../models/statuspresentation.cpp" line="12"/>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../models/statuspresentation.cpp" line="13"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../models/statuspresentation.cpp" line="14"/>
        <source>Partially succeeded</source>
        <translation>Teilweise erfolgreich</translation>
    </message>
    <message>
        <location filename="../models/statuspresentation.cpp" line="15"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/statuspresentation.cpp" line="16"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../models/statuspresentation.cpp" line="17"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/statuspresentation.cpp" line="39"/>
        <source>Awaiting approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <location filename="../models/statuspresentation.cpp" line="40"/>
        <source>Evaluating gates</source>
        <translation>Prüft Gates</translation>
    </message>
    <message>
        <location filename="../models/statuspresentation.cpp" line="41"/>
        <source>Deferred</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <location filename="../models/statuspresentation.cpp" line="43"/>
        <source>Awaiting intervention</source>
        <translation>Wartet auf Eingriff</translation>
    </message>
</context>
<context>
    <name>slipway::ApprovalInboxModel</name>
    <message numerus="yes">
        <location filename="../models/approvalinboxmodel.cpp" line="27"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvalinboxmodel.cpp" line="29"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvalinboxmodel.cpp" line="30"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/approvalinboxmodel.cpp" line="45"/>
        <source>Approval %1 for %2, assigned to %3; attempt %4</source>
        <translation>Genehmigung %1 für %2, zugewiesen an %3; Versuch %4</translation>
    </message>
    <message>
        <location filename="../models/approvalinboxmodel.cpp" line="55"/>
        <source>Pre-deployment</source>
        <translation>Vor der Bereitstellung</translation>
    </message>
    <message>
        <location filename="../models/approvalinboxmodel.cpp" line="55"/>
        <source>Post-deployment</source>
        <translation>Nach der Bereitstellung</translation>
    </message>
    <message>
        <location filename="../models/approvalinboxmodel.cpp" line="96"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../models/approvalinboxmodel.cpp" line="97"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../models/approvalinboxmodel.cpp" line="98"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../models/approvalinboxmodel.cpp" line="99"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../models/approvalinboxmodel.cpp" line="100"/>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <location filename="../models/approvalinboxmodel.cpp" line="101"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../models/approvalinboxmodel.cpp" line="102"/>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <location filename="../models/approvalinboxmodel.cpp" line="103"/>
        <source>Deferred to</source>
        <translation>Verschoben auf</translation>
    </message>
</context>
<context>
    <name>slipway::ApprovalsPage</name>
    <message>
        <location filename="../views/approvalspage.cpp" line="25"/>
        <source>Approvals waiting for you</source>
        <translation>Genehmigungen, die auf Sie warten</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="36"/>
        <source>Check the approvals to act on; Space toggles the current one</source>
        <translation>Genehmigungen zum Bearbeiten ankreuzen; die Leertaste schaltet die aktuelle um</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="48"/>
        <source>Comment for the approvers&apos; history</source>
        <translation>Kommentar für den Verlauf der Genehmigenden</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="49"/>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="51"/>
        <source>Approve the checked approvals (Ctrl+Enter)</source>
        <translation>Die angekreuzten Genehmigungen erteilen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="52"/>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="54"/>
        <source>Reject the checked approvals (Ctrl+Shift+Enter)</source>
        <translation>Die angekreuzten Genehmigungen ablehnen (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="66"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="68"/>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="86"/>
        <source>Local time (%1)</source>
        <translation>Ortszeit (%1)</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="91"/>
        <source>&amp;Defer to…</source>
        <translation>&amp;Verschieben auf…</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="93"/>
        <source>Approve, but start the deployment no earlier than this time</source>
        <translation>Genehmigen, die Bereitstellung aber nicht vor diesem Zeitpunkt starten</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="100"/>
        <source>Reassi&amp;gn to…</source>
        <translation>&amp;Neu zuweisen an…</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="102"/>
        <source>Hand the checked approvals to another user</source>
        <translation>Die angekreuzten Genehmigungen einem anderen Benutzer übergeben</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="142"/>
        <source>= %1 UTC</source>
        <translation>= %1 UTC</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="155"/>
        <source>Check the approvals to act on first.</source>
        <translation>Kreuzen Sie zuerst die Genehmigungen an.</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="160"/>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/approvalspage.cpp" line="163"/>
        <source>Approve %n approval(s): %1</source>
        <translation>
            <numerusform>%n Genehmigung erteilen: %1</numerusform>
            <numerusform>%n Genehmigungen erteilen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/approvalspage.cpp" line="164"/>
        <source>Reject %n approval(s): %1</source>
        <translation>
            <numerusform>%n Genehmigung ablehnen: %1</numerusform>
            <numerusform>%n Genehmigungen ablehnen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="166"/>
        <source>, with the comment &quot;%1&quot;</source>
        <translation>, mit dem Kommentar &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="189"/>
        <source>approved</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="189"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="197"/>
        <source>%1 is in the past; pick a later time.</source>
        <translation>%1 liegt in der Vergangenheit; wählen Sie einen späteren Zeitpunkt.</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="211"/>
        <source>deferred</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="217"/>
        <source>Pick the user to hand the approvals to.</source>
        <translation>Wählen Sie den Benutzer, dem die Genehmigungen übergeben werden.</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="230"/>
        <source>reassigned</source>
        <translation>neu zugewiesen</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/approvalspage.cpp" line="234"/>
        <source>%n approval(s) %1.</source>
        <translation>
            <numerusform>%n Genehmigung %1.</numerusform>
            <numerusform>%n Genehmigungen %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="237"/>
        <source>Not done: %1</source>
        <translation>Nicht erledigt: %1</translation>
    </message>
</context>
<context>
    <name>slipway::AuditListModel</name>
    <message>
        <location filename="../models/auditlistmodel.cpp" line="81"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../models/auditlistmodel.cpp" line="82"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../models/auditlistmodel.cpp" line="83"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../models/auditlistmodel.cpp" line="84"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>slipway::CompareDialog</name>
    <message>
        <location filename="../views/comparedialog.cpp" line="24"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="24"/>
        <source>This release</source>
        <translation>Dieses Release</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="24"/>
        <source>Other release</source>
        <translation>Anderes Release</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="42"/>
        <source>Different</source>
        <translation>Verschieden</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="54"/>
        <source>Compare releases</source>
        <translation>Releases vergleichen</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="74"/>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="75"/>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="76"/>
        <source>Pipeline snapshot</source>
        <translation>Pipeline-Schnappschuss</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="80"/>
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="91"/>
        <source>The pipeline has no other release to compare with.</source>
        <translation>Die Pipeline hat kein anderes Release zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="107"/>
        <source>Both releases use the same pipeline revision.</source>
        <translation>Beide Releases verwenden dieselbe Pipeline-Revision.</translation>
    </message>
</context>
<context>
    <name>slipway::CreateReleaseDialog</name>
    <message>
        <location filename="../views/createreleasedialog.cpp" line="37"/>
        <source>Create a release of %1</source>
        <translation>Release von %1 erstellen</translation>
    </message>
    <message>
        <location filename="../views/createreleasedialog.cpp" line="39"/>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <location filename="../views/createreleasedialog.cpp" line="45"/>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <location filename="../views/createreleasedialog.cpp" line="48"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/createreleasedialog.cpp" line="53"/>
        <source>This pipeline has no artifact sources.</source>
        <translation>Diese Pipeline hat keine Artefaktquellen.</translation>
    </message>
    <message>
        <location filename="../views/createreleasedialog.cpp" line="57"/>
        <source>What this release is for</source>
        <translation>Wofür dieses Release ist</translation>
    </message>
    <message>
        <location filename="../views/createreleasedialog.cpp" line="62"/>
        <source>All stages, as their triggers say</source>
        <translation>Alle Stufen, wie ihre Auslöser es vorsehen</translation>
    </message>
    <message>
        <location filename="../views/createreleasedialog.cpp" line="65"/>
        <source>Checked stages are not triggered automatically for this release</source>
        <translation>Angekreuzte Stufen werden für dieses Release nicht automatisch ausgelöst</translation>
    </message>
    <message>
        <location filename="../views/createreleasedialog.cpp" line="75"/>
        <source>Variables set at release time</source>
        <translation>Beim Erstellen gesetzte Variablen</translation>
    </message>
    <message>
        <location filename="../views/createreleasedialog.cpp" line="89"/>
        <source>Save as a draft (triggers nothing until started)</source>
        <translation>Als Entwurf speichern (löst nichts aus, bis er gestartet wird)</translation>
    </message>
    <message>
        <location filename="../views/createreleasedialog.cpp" line="93"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../views/createreleasedialog.cpp" line="94"/>
        <source>Deploy automatically &amp;up to:</source>
        <translation>Automatisch bereitstellen &amp;bis:</translation>
    </message>
    <message>
        <location filename="../views/createreleasedialog.cpp" line="95"/>
        <source>&amp;Manual stages:</source>
        <translation>&amp;Manuelle Stufen:</translation>
    </message>
    <message>
        <location filename="../views/createreleasedialog.cpp" line="97"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
</context>
<context>
    <name>slipway::DashboardPage</name>
    <message>
        <location filename="../views/dashboardpage.cpp" line="64"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="66"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="68"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="69"/>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 Std.</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="80"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dashboardpage.cpp" line="86"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="90"/>
        <source>The stage the charts show</source>
        <translation>Die Stufe, die die Diagramme zeigen</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="91"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="93"/>
        <source>Write the figures and the chosen stage&apos;s daily values to a CSV file</source>
        <translation>Die Kennzahlen und die Tageswerte der gewählten Stufe in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="95"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="96"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="98"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="105"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="105"/>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="105"/>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="105"/>
        <source>Lead time (median)</source>
        <translation>Vorlaufzeit (Median)</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="106"/>
        <source>Change failure rate</source>
        <translation>Änderungsfehlerrate</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="106"/>
        <source>Time to restore (median)</source>
        <translation>Wiederherstellungszeit (Median)</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="106"/>
        <source>Unrestored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="169"/>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="184"/>
        <source>Computed in %1 ms.</source>
        <translation>In %1 ms berechnet.</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="238"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="244"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="250"/>
        <source>Deployments per day</source>
        <translation>Bereitstellungen pro Tag</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="265"/>
        <location filename="../views/dashboardpage.cpp" line="270"/>
        <source>Success rate (%)</source>
        <translation>Erfolgsquote (%)</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="266"/>
        <source>Lead time (h)</source>
        <translation>Vorlaufzeit (Std.)</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="267"/>
        <source>Duration (min)</source>
        <translation>Dauer (Min.)</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="271"/>
        <source>Hours / minutes</source>
        <translation>Stunden / Minuten</translation>
    </message>
    <message>
        <location filename="../views/dashboardpage.cpp" line="317"/>
        <source>Day,Stage,Succeeded,Failed,Median lead time (h),Mean duration (min)</source>
        <translation>Tag,Stufe,Erfolgreich,Fehlgeschlagen,Median Vorlaufzeit (Std.),Mittlere Dauer (Min.)</translation>
    </message>
</context>
<context>
    <name>slipway::DeployDialog</name>
    <message>
        <location filename="../views/deploydialog.cpp" line="35"/>
        <source>The pipeline has changed since this release was created (revision %1, now %2). The redeploy runs the release&apos;s own snapshot, not the current definition. &lt;a href=&quot;changes&quot;&gt;Show the changes&lt;/a&gt;</source>
        <translation>Die Pipeline hat sich seit der Erstellung dieses Release geändert (Revision %1, jetzt %2). Die erneute Bereitstellung verwendet den Schnappschuss des Release, nicht die aktuelle Definition. &lt;a href=&quot;changes&quot;&gt;Änderungen zeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../views/deploydialog.cpp" line="50"/>
        <source>Redeploy %1 of %2</source>
        <translation>%1 von %2 erneut bereitstellen</translation>
    </message>
    <message>
        <location filename="../views/deploydialog.cpp" line="51"/>
        <source>Deploy %1 of %2</source>
        <translation>%1 von %2 bereitstellen</translation>
    </message>
    <message>
        <location filename="../views/deploydialog.cpp" line="54"/>
        <source>Why, for the history</source>
        <translation>Warum, für den Verlauf</translation>
    </message>
    <message>
        <location filename="../views/deploydialog.cpp" line="55"/>
        <source>Start &amp;at:</source>
        <translation>Starten &amp;um:</translation>
    </message>
    <message>
        <location filename="../views/deploydialog.cpp" line="70"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location filename="../views/deploydialog.cpp" line="82"/>
        <source>Used by this deployment only; the release keeps its value</source>
        <translation>Gilt nur für diese Bereitstellung; das Release behält seinen Wert</translation>
    </message>
    <message>
        <location filename="../views/deploydialog.cpp" line="87"/>
        <source>$(%1):</source>
        <translation>$(%1):</translation>
    </message>
    <message>
        <location filename="../views/deploydialog.cpp" line="90"/>
        <source>&amp;Redeploy</source>
        <translation>&amp;Erneut bereitstellen</translation>
    </message>
    <message>
        <location filename="../views/deploydialog.cpp" line="90"/>
        <source>&amp;Deploy</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
</context>
<context>
    <name>slipway::DeploymentLogModel</name>
    <message>
        <location filename="../models/deploymentlogmodel.cpp" line="49"/>
        <source>%1 · attempt %2</source>
        <translation>%1 · Versuch %2</translation>
    </message>
    <message>
        <location filename="../models/deploymentlogmodel.cpp" line="60"/>
        <source>Deployment and task</source>
        <translation>Bereitstellung und Aufgabe</translation>
    </message>
    <message>
        <location filename="../models/deploymentlogmodel.cpp" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>slipway::DocumentSection</name>
    <message>
        <location filename="../views/documentsection.cpp" line="38"/>
        <source>Double-click a value to edit it; grey fields are not set</source>
        <translation>Doppelklick auf einen Wert zum Bearbeiten; graue Felder sind nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../views/documentsection.cpp" line="46"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/documentsection.cpp" line="46"/>
        <source>Add an entry to the selected list or map</source>
        <translation>Einen Eintrag zur gewählten Liste oder Zuordnung hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/documentsection.cpp" line="47"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../views/documentsection.cpp" line="47"/>
        <source>Remove the selected entry, or unset the field</source>
        <translation>Den gewählten Eintrag entfernen oder das Feld zurücksetzen</translation>
    </message>
    <message>
        <location filename="../views/documentsection.cpp" line="48"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../views/documentsection.cpp" line="48"/>
        <source>Move the selected entry up</source>
        <translation>Den gewählten Eintrag nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../views/documentsection.cpp" line="49"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../views/documentsection.cpp" line="49"/>
        <source>Move the selected entry down</source>
        <translation>Den gewählten Eintrag nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../views/documentsection.cpp" line="141"/>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/documentsection.cpp" line="141"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>slipway::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="36"/>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="46"/>
        <source>Pipelines, grouped by folder</source>
        <translation>Pipelines, nach Ordnern gruppiert</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="50"/>
        <source>Select a pipeline on the left, or import one with &quot;slipway pipeline import FILE&quot;.</source>
        <translation>Wählen Sie links eine Pipeline aus oder importieren Sie eine mit „slipway pipeline import DATEI“.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="65"/>
        <location filename="../views/mainwindow.cpp" line="267"/>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="67"/>
        <source>Approvals waiting for you</source>
        <translation>Genehmigungen, die auf Sie warten</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="81"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="82"/>
        <source>Deployment frequency, lead time, failure rate, time to restore, timeline</source>
        <translation>Bereitstellungshäufigkeit, Vorlaufzeit, Fehlerrate, Wiederherstellungszeit, Zeitleiste</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="83"/>
        <source>What&apos;s where</source>
        <translation>Was läuft wo</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="84"/>
        <source>Which release each stage runs, at any time</source>
        <translation>Welches Release jede Stufe ausführt, zu jedem Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="122"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="124"/>
        <source>&amp;New pipeline…</source>
        <translation>&amp;Neue Pipeline…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="124"/>
        <source>Define a new release pipeline</source>
        <translation>Eine neue Release-Pipeline definieren</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="127"/>
        <source>&amp;Import definition…</source>
        <translation>Definition &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="128"/>
        <source>Open a pipeline JSON file in the editor</source>
        <translation>Eine Pipeline-JSON-Datei im Editor öffnen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="129"/>
        <source>&amp;Export definition…</source>
        <translation>Definition &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="130"/>
        <source>Save the selected pipeline as a JSON file</source>
        <translation>Die gewählte Pipeline als JSON-Datei speichern</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="134"/>
        <source>The REST server, language, theme and other settings</source>
        <translation>REST-Server, Sprache, Erscheinungsbild und weitere Einstellungen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="139"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="139"/>
        <source>Close Slipway</source>
        <translation>Slipway schließen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="142"/>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="143"/>
        <source>&amp;Create release…</source>
        <translation>Release &amp;erstellen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="144"/>
        <source>Create a release of the selected pipeline</source>
        <translation>Ein Release der gewählten Pipeline erstellen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="147"/>
        <source>&amp;Deploy…</source>
        <translation>&amp;Bereitstellen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="148"/>
        <source>Deploy the selected stage of the selected release</source>
        <translation>Die gewählte Stufe des gewählten Release bereitstellen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="150"/>
        <source>&amp;Redeploy…</source>
        <translation>E&amp;rneut bereitstellen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="151"/>
        <source>Deploy the selected stage again, as a new attempt</source>
        <translation>Die gewählte Stufe erneut bereitstellen, als neuen Versuch</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="153"/>
        <source>C&amp;ancel deployment</source>
        <translation>Bereitstellung &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="154"/>
        <source>Cancel the deployment of the selected stage</source>
        <translation>Die Bereitstellung der gewählten Stufe abbrechen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="157"/>
        <source>A&amp;bandon release…</source>
        <translation>Release &amp;verwerfen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="158"/>
        <source>Abandon the selected release</source>
        <translation>Das gewählte Release verwerfen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="159"/>
        <source>&amp;Edit pipeline…</source>
        <translation>Pipeline be&amp;arbeiten…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="160"/>
        <source>Edit the selected pipeline</source>
        <translation>Die gewählte Pipeline bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="165"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="167"/>
        <source>&amp;Approvals</source>
        <translation>&amp;Genehmigungen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="167"/>
        <source>Show the approvals waiting for you</source>
        <translation>Die auf Sie wartenden Genehmigungen zeigen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="133"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="185"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="193"/>
        <source>&amp;About Slipway</source>
        <translation>Ü&amp;ber Slipway</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="194"/>
        <source>About Slipway</source>
        <translation>Über Slipway</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="195"/>
        <source>&lt;b&gt;Slipway&lt;/b&gt; %1&lt;br&gt;A local-first desktop release manager.</source>
        <translation>&lt;b&gt;Slipway&lt;/b&gt; %1&lt;br&gt;Eine lokale Release-Verwaltung für den Desktop.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="193"/>
        <source>Show the version of Slipway</source>
        <translation>Die Version von Slipway anzeigen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="170"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="171"/>
        <source>Metrics and the timeline of the selected pipeline</source>
        <translation>Kennzahlen und Zeitleiste der gewählten Pipeline</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="174"/>
        <source>&amp;What&apos;s where</source>
        <translation>&amp;Was läuft wo</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="174"/>
        <source>Which release each stage runs</source>
        <translation>Welches Release jede Stufe ausführt</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="177"/>
        <source>Open selected &amp;release</source>
        <translation>Gewähltes &amp;Release öffnen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="178"/>
        <source>Logs, approvals, variables and history of the selected release</source>
        <translation>Protokolle, Genehmigungen, Variablen und Verlauf des gewählten Release</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="187"/>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="187"/>
        <source>Open the user guide and references</source>
        <translation>Das Benutzerhandbuch und die Referenzen öffnen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="201"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="226"/>
        <source>Pipeline saved.</source>
        <translation>Pipeline gespeichert.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="234"/>
        <source>Import definition</source>
        <translation>Definition importieren</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="234"/>
        <source>Pipeline JSON (*.json);;All files (*)</source>
        <translation>Pipeline-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="244"/>
        <source>Select a pipeline to export.</source>
        <translation>Wählen Sie eine Pipeline zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="249"/>
        <location filename="../views/mainwindow.cpp" line="252"/>
        <location filename="../views/mainwindow.cpp" line="257"/>
        <source>Export definition</source>
        <translation>Definition exportieren</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="252"/>
        <source>Pipeline JSON (*.json)</source>
        <translation>Pipeline-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="257"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="259"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="267"/>
        <source>Approvals (%1)</source>
        <translation>Genehmigungen (%1)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="371"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="371"/>
        <source>The database in use</source>
        <translation>Die verwendete Datenbank</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="373"/>
        <source>The state of the deployment engine</source>
        <translation>Der Zustand der Deployment-Engine</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="376"/>
        <source>The REST API for scripts and CI systems</source>
        <translation>Die REST-API für Skripte und CI-Systeme</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="377"/>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="377"/>
        <source>You act as this user</source>
        <translation>Sie handeln als dieser Benutzer</translation>
    </message>
</context>
<context>
    <name>slipway::PipelineDocumentModel</name>
    <message>
        <location filename="../models/pipelinedocumentmodel.cpp" line="332"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pipelinedocumentmodel.cpp" line="342"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pipelinedocumentmodel.cpp" line="343"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pipelinedocumentmodel.cpp" line="375"/>
        <source>(%1 entry)</source>
        <translation>(%1-Eintrag)</translation>
    </message>
    <message>
        <location filename="../models/pipelinedocumentmodel.cpp" line="406"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location filename="../models/pipelinedocumentmodel.cpp" line="454"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../models/pipelinedocumentmodel.cpp" line="454"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>slipway::PipelineEditorDialog</name>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="44"/>
        <location filename="../views/pipelineeditor.cpp" line="154"/>
        <source>New pipeline</source>
        <translation>Neue Pipeline</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="54"/>
        <source>Pipeline editor</source>
        <translation>Pipeline-Editor</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="77"/>
        <source>Revision %1 is loaded. Save to make it the current revision.</source>
        <translation>Revision %1 ist geladen. Speichern macht sie zur aktuellen Revision.</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="79"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="80"/>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="81"/>
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="82"/>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="83"/>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="84"/>
        <source>All fields</source>
        <translation>Alle Felder</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="85"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="96"/>
        <source>What changed (optional, kept with the revision)</source>
        <translation>Was sich geändert hat (optional, wird mit der Revision gespeichert)</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="104"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="104"/>
        <source>Load a pipeline JSON file</source>
        <translation>Eine Pipeline-JSON-Datei laden</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="106"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="106"/>
        <source>Write the pipeline to a JSON file</source>
        <translation>Die Pipeline in eine JSON-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="107"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="108"/>
        <source>Save as a new revision (Ctrl+S); refused while there are errors</source>
        <translation>Als neue Revision speichern (Strg+S); verweigert, solange es Fehler gibt</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="110"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="110"/>
        <source>Close the editor</source>
        <translation>Den Editor schließen</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="153"/>
        <location filename="../views/pipelineeditor.cpp" line="415"/>
        <source>Edit pipeline – %1</source>
        <translation>Pipeline bearbeiten – %1</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="166"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="166"/>
        <source>Shown in the navigation tree</source>
        <translation>Wird im Navigationsbaum angezeigt</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="167"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="167"/>
        <source>For example /web; the tree groups pipelines by folder</source>
        <translation>Zum Beispiel /web; der Baum gruppiert Pipelines nach Ordner</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="168"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="169"/>
        <source>Release name format:</source>
        <translation>Format des Release-Namens:</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="183"/>
        <source>The name the next release would get, with a sample build number</source>
        <translation>Der Name, den das nächste Release bekäme, mit einer Beispiel-Buildnummer</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="185"/>
        <source>Tokens: $(Rev:r), $(Date:yyyyMMdd), $(Build.BuildNumber), $(Build.DefinitionName), $(Release.DefinitionName) and any pipeline variable.</source>
        <translation>Platzhalter: $(Rev:r), $(Date:yyyyMMdd), $(Build.BuildNumber), $(Build.DefinitionName), $(Release.DefinitionName) und jede Pipeline-Variable.</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="200"/>
        <source>The stages in order; select one to edit it</source>
        <translation>Die Stufen der Reihe nach; eine auswählen, um sie zu bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="212"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="212"/>
        <source>Add a stage at the end</source>
        <translation>Eine Stufe am Ende hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="213"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="213"/>
        <source>Remove the selected stage</source>
        <translation>Die gewählte Stufe entfernen</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="214"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="214"/>
        <source>Move the selected stage earlier</source>
        <translation>Die gewählte Stufe nach vorn verschieben</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="216"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="216"/>
        <source>Move the selected stage later</source>
        <translation>Die gewählte Stufe nach hinten verschieben</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="222"/>
        <source>Stage %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="268"/>
        <source>Release schedules create a release at these times; with onlyIfChanged only when an artifact has a newer version.</source>
        <translation>Release-Zeitpläne erstellen zu diesen Zeiten ein Release; mit onlyIfChanged nur, wenn ein Artefakt eine neuere Version hat.</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="285"/>
        <source>Click a problem to go to its field</source>
        <translation>Auf ein Problem klicken, um zu seinem Feld zu gehen</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="343"/>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="354"/>
        <source>Select a schedule to preview its next firings.</source>
        <translation>Einen Zeitplan wählen, um seine nächsten Auslösungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="387"/>
        <source>No problems: the pipeline can be saved.</source>
        <translation>Keine Probleme: Die Pipeline kann gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/pipelineeditor.cpp" line="389"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/pipelineeditor.cpp" line="390"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="390"/>
        <source> – click one to go to its field.</source>
        <translation> – auf eines klicken, um zu seinem Feld zu gehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/pipelineeditor.cpp" line="399"/>
        <source>Not saved: fix the %n error(s) listed below first.</source>
        <translation>
            <numerusform>Nicht gespeichert: Beheben Sie zuerst den unten aufgeführten Fehler.</numerusform>
            <numerusform>Nicht gespeichert: Beheben Sie zuerst die %n unten aufgeführten Fehler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="408"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="416"/>
        <source>Saved revision %1 of &quot;%2&quot;.</source>
        <translation>Revision %1 von „%2“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="449"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="456"/>
        <source>%1 is not valid JSON at offset %2: %3. Nothing was changed.</source>
        <translation>%1 ist an Position %2 kein gültiges JSON: %3. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="460"/>
        <source>%1 does not hold a JSON object. Nothing was changed.</source>
        <translation>%1 enthält kein JSON-Objekt. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="467"/>
        <source>Imported %1; fix the problems listed below, then save.</source>
        <translation>%1 importiert; beheben Sie die unten aufgeführten Probleme und speichern Sie dann.</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="468"/>
        <source>Imported %1. Save to make it a revision.</source>
        <translation>%1 importiert. Speichern macht daraus eine Revision.</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="480"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="483"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="489"/>
        <source>Import pipeline</source>
        <translation>Pipeline importieren</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="489"/>
        <source>Pipeline JSON (*.json);;All files (*)</source>
        <translation>Pipeline-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="496"/>
        <source>Export pipeline</source>
        <translation>Pipeline exportieren</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="497"/>
        <source>Pipeline JSON (*.json)</source>
        <translation>Pipeline-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="510"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="510"/>
        <source>The pipeline has changes that are not saved. Save them?</source>
        <translation>Die Pipeline hat nicht gespeicherte Änderungen. Speichern?</translation>
    </message>
</context>
<context>
    <name>slipway::PipelineGraphView</name>
    <message>
        <location filename="../views/pipelinegraphview.cpp" line="53"/>
        <source>The pipeline: artifacts on the left, stages joined by their triggers; click a stage</source>
        <translation>Die Pipeline: Artefakte links, Stufen durch ihre Auslöser verbunden; auf eine Stufe klicken</translation>
    </message>
    <message>
        <location filename="../views/pipelinegraphview.cpp" line="64"/>
        <source>Artifact source %1</source>
        <translation>Artefaktquelle %1</translation>
    </message>
    <message>
        <location filename="../views/pipelinegraphview.cpp" line="66"/>
        <source>No artifacts</source>
        <translation>Keine Artefakte</translation>
    </message>
    <message>
        <location filename="../views/pipelinegraphview.cpp" line="67"/>
        <source>This pipeline has no artifact source</source>
        <translation>Diese Pipeline hat keine Artefaktquelle</translation>
    </message>
    <message>
        <location filename="../views/pipelinegraphview.cpp" line="82"/>
        <source>%1 deploys after a release is created</source>
        <translation>%1 wird nach dem Erstellen eines Release bereitgestellt</translation>
    </message>
    <message>
        <location filename="../views/pipelinegraphview.cpp" line="83"/>
        <source>%1 deploys after %2 succeeds</source>
        <translation>%1 wird bereitgestellt, wenn %2 erfolgreich war</translation>
    </message>
    <message>
        <location filename="../views/pipelinegraphview.cpp" line="89"/>
        <source>%1: deployed by hand</source>
        <translation>%1: wird von Hand bereitgestellt</translation>
    </message>
    <message>
        <location filename="../views/pipelinegraphview.cpp" line="91"/>
        <source>Newest release: %1</source>
        <translation>Neuestes Release: %1</translation>
    </message>
    <message>
        <location filename="../views/pipelinegraphview.cpp" line="93"/>
        <source>Also deploys on a schedule</source>
        <translation>Wird auch nach Zeitplan bereitgestellt</translation>
    </message>
</context>
<context>
    <name>slipway::PipelineHistoryTab</name>
    <message>
        <location filename="../views/pipelinehistorytab.cpp" line="42"/>
        <source>Select one revision to compare with the editor, or two to compare them</source>
        <translation>Eine Revision wählen, um sie mit dem Editor zu vergleichen, oder zwei, um sie miteinander zu vergleichen</translation>
    </message>
    <message>
        <location filename="../views/pipelinehistorytab.cpp" line="43"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../views/pipelinehistorytab.cpp" line="45"/>
        <source>Show what changed between the selected revisions</source>
        <translation>Zeigen, was sich zwischen den gewählten Revisionen geändert hat</translation>
    </message>
    <message>
        <location filename="../views/pipelinehistorytab.cpp" line="46"/>
        <source>Revert to this revision</source>
        <translation>Auf diese Revision zurücksetzen</translation>
    </message>
    <message>
        <location filename="../views/pipelinehistorytab.cpp" line="48"/>
        <source>Load the selected revision into the editor; saving makes it a new revision</source>
        <translation>Die gewählte Revision in den Editor laden; Speichern macht daraus eine neue Revision</translation>
    </message>
    <message>
        <location filename="../views/pipelinehistorytab.cpp" line="53"/>
        <source>Select revisions and click Compare.</source>
        <translation>Revisionen wählen und auf Vergleichen klicken.</translation>
    </message>
    <message>
        <location filename="../views/pipelinehistorytab.cpp" line="80"/>
        <source>A new pipeline has no history until it is saved.</source>
        <translation>Eine neue Pipeline hat erst nach dem Speichern einen Verlauf.</translation>
    </message>
    <message>
        <location filename="../views/pipelinehistorytab.cpp" line="91"/>
        <source>Revision %1 · %2 · %3</source>
        <translation>Revision %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/pipelinehistorytab.cpp" line="99"/>
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n Revision</numerusform>
            <numerusform>%n Revisionen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/pipelinehistorytab.cpp" line="130"/>
        <source>The revision could not be read.</source>
        <translation>Die Revision konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../views/pipelinehistorytab.cpp" line="136"/>
        <source>Revision %1 → revision %2</source>
        <translation>Revision %1 → Revision %2</translation>
    </message>
    <message>
        <location filename="../views/pipelinehistorytab.cpp" line="137"/>
        <source>Revision %1 → the editor</source>
        <translation>Revision %1 → Editor</translation>
    </message>
    <message>
        <location filename="../views/pipelinehistorytab.cpp" line="139"/>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
</context>
<context>
    <name>slipway::PipelinePage</name>
    <message>
        <location filename="../views/pipelinepage.cpp" line="32"/>
        <source>No releases yet: click Create release…, or run &quot;slipway release create&quot;.</source>
        <translation>Noch keine Releases: klicken Sie auf „Release erstellen…“ oder führen Sie &quot;slipway release create&quot; aus.</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="54"/>
        <source>&amp;Create release…</source>
        <translation>Release &amp;erstellen…</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="56"/>
        <source>Create a release of this pipeline (Ctrl+N)</source>
        <translation>Ein Release dieser Pipeline erstellen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="58"/>
        <source>&amp;Deploy</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="60"/>
        <source>Deploy (or redeploy) the selected stage of the selected release</source>
        <translation>Die gewählte Stufe des gewählten Release (erneut) bereitstellen</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="61"/>
        <source>C&amp;ancel deployment</source>
        <translation>Bereitstellung &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="63"/>
        <source>Cancel the deployment of the selected stage</source>
        <translation>Die Bereitstellung der gewählten Stufe abbrechen</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="64"/>
        <source>&amp;Edit pipeline…</source>
        <translation>Pipeline be&amp;arbeiten…</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="66"/>
        <source>Edit this pipeline&apos;s stages, triggers, approvals and tasks (Ctrl+E)</source>
        <translation>Stufen, Auslöser, Genehmigungen und Aufgaben dieser Pipeline bearbeiten (Strg+E)</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="104"/>
        <source>Filter by release, creator or artifact</source>
        <translation>Nach Release, Ersteller oder Artefakt filtern</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="110"/>
        <source>Show releases with a stage in this state</source>
        <translation>Releases mit einer Stufe in diesem Zustand zeigen</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="112"/>
        <source>Any state</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="113"/>
        <source>Queued or in progress</source>
        <translation>Wartend oder laufend</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="114"/>
        <source>Waiting (approval, gates, time)</source>
        <translation>Wartet (Genehmigung, Gates, Zeit)</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="115"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="116"/>
        <source>Failed or rejected</source>
        <translation>Fehlgeschlagen oder abgelehnt</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="117"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="170"/>
        <source>Release %1 created.</source>
        <translation>Release %1 erstellt.</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="179"/>
        <source>Select the stage chip of a release to deploy.</source>
        <translation>Wählen Sie die Stufe eines Release zum Bereitstellen.</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="185"/>
        <source>%1 requested (attempt %2).</source>
        <translation>%1 angefordert (Versuch %2).</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="194"/>
        <source>Select the stage chip of the deployment to cancel.</source>
        <translation>Wählen Sie die Stufe der abzubrechenden Bereitstellung.</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="205"/>
        <source>Canceling the deployment of %1.</source>
        <translation>Die Bereitstellung von %1 wird abgebrochen.</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="208"/>
        <source>Stage %1 has no deployment to cancel.</source>
        <translation>Stufe %1 hat keine Bereitstellung zum Abbrechen.</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="214"/>
        <source>Select a release to abandon.</source>
        <translation>Wählen Sie ein Release zum Verwerfen.</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="218"/>
        <source>Abandon release</source>
        <translation>Release verwerfen</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="219"/>
        <source>Abandon %1? Its stages can no longer be deployed.</source>
        <translation>%1 verwerfen? Seine Stufen können dann nicht mehr bereitgestellt werden.</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="222"/>
        <source>%1 abandoned.</source>
        <translation>%1 verworfen.</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="236"/>
        <source>View logs</source>
        <translation>Protokolle ansehen</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="243"/>
        <source>Redeploy %1…</source>
        <translation>%1 erneut bereitstellen…</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="243"/>
        <source>Deploy %1…</source>
        <translation>%1 bereitstellen…</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="246"/>
        <source>Approve…</source>
        <translation>Genehmigen…</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="248"/>
        <source>Open the approvals waiting for you</source>
        <translation>Die Genehmigungen öffnen, die auf Sie warten</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="252"/>
        <source>Abandon release…</source>
        <translation>Release verwerfen…</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="238"/>
        <source>Create release…</source>
        <translation>Release erstellen…</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="245"/>
        <source>Cancel deployment</source>
        <translation>Bereitstellung abbrechen</translation>
    </message>
</context>
<context>
    <name>slipway::PipelineTreeModel</name>
    <message>
        <location filename="../models/pipelinetreemodel.cpp" line="217"/>
        <source>%1: newest release is %2</source>
        <translation>%1: neuestes Release ist %2</translation>
    </message>
    <message>
        <location filename="../models/pipelinetreemodel.cpp" line="218"/>
        <source>%1: no releases yet</source>
        <translation>%1: noch keine Releases</translation>
    </message>
</context>
<context>
    <name>slipway::ReleaseGridModel</name>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="232"/>
        <source>%1 (draft)</source>
        <translation>%1 (Entwurf)</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="234"/>
        <source>%1 (abandoned)</source>
        <translation>%1 (verworfen)</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="251"/>
        <source>%1, created %2 by %3</source>
        <translation>%1, erstellt am %2 von %3</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="254"/>
        <source>This release has no stage &quot;%1&quot;</source>
        <translation>Dieses Release hat keine Stufe „%1“</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="255"/>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="262"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="263"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="264"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="265"/>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
</context>
<context>
    <name>slipway::ReleasePage</name>
    <message>
        <location filename="../views/releasepage.cpp" line="42"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="44"/>
        <source>Back to the pipeline</source>
        <translation>Zurück zur Pipeline</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="65"/>
        <source>Find in the log (Enter for the next match)</source>
        <translation>Im Protokoll suchen (Eingabe für den nächsten Treffer)</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="67"/>
        <source>&amp;Save log…</source>
        <translation>Protokoll &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="70"/>
        <source>Save the log</source>
        <translation>Das Protokoll speichern</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="98"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="98"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="98"/>
        <source>Who and when</source>
        <translation>Wer und wann</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="98"/>
        <source>Comment or message</source>
        <translation>Kommentar oder Meldung</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="102"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="102"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="102"/>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="107"/>
        <source>&amp;Logs</source>
        <translation>&amp;Protokolle</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="108"/>
        <source>&amp;Approvals and gates</source>
        <translation>&amp;Genehmigungen und Gates</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="109"/>
        <source>&amp;Variables</source>
        <translation>&amp;Variablen</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="110"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="113"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="140"/>
        <source>Co&amp;mpare with…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="142"/>
        <source>Artifacts, variables and pipeline snapshot against another release</source>
        <translation>Artefakte, Variablen und Pipeline-Schnappschuss gegenüber einem anderen Release</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="348"/>
        <source>%1 · attempt %2</source>
        <translation>%1 · Versuch %2</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="353"/>
        <source>waiting for %1</source>
        <translation>wartet auf %1</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="354"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="357"/>
        <source> (deferred to %1)</source>
        <translation> (verschoben auf %1)</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="360"/>
        <source>Pre-deployment approval: %1</source>
        <translation>Genehmigung vor der Bereitstellung: %1</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="361"/>
        <source>Post-deployment approval: %1</source>
        <translation>Genehmigung nach der Bereitstellung: %1</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="372"/>
        <source>Gates (%1)</source>
        <translation>Gates (%1)</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="254"/>
        <location filename="../views/releasepage.cpp" line="372"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="119"/>
        <source>&amp;Keep forever</source>
        <translation>&amp;Für immer behalten</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="120"/>
        <source>Retention never deletes a release kept forever</source>
        <translation>Die Aufbewahrung löscht ein für immer behaltenes Release nie</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="123"/>
        <source>Kept forever.</source>
        <translation>Wird für immer behalten.</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="123"/>
        <source>No longer kept forever.</source>
        <translation>Wird nicht mehr für immer behalten.</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="127"/>
        <source>A&amp;bandon</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="129"/>
        <source>Abandon the release: none of its stages can be deployed any more</source>
        <translation>Das Release verwerfen: keine seiner Stufen kann mehr bereitgestellt werden</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="132"/>
        <source>Abandon release</source>
        <translation>Release verwerfen</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="133"/>
        <source>Abandon %1? Its stages can no longer be deployed.</source>
        <translation>%1 verwerfen? Seine Stufen können dann nicht mehr bereitgestellt werden.</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="137"/>
        <source>Abandoned.</source>
        <translation>Verworfen.</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="148"/>
        <source>Pipeline &amp;changes…</source>
        <translation>Pipeline-Ä&amp;nderungen…</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="150"/>
        <source>What changed in the pipeline since this release&apos;s snapshot</source>
        <translation>Was sich seit dem Schnappschuss dieses Release an der Pipeline geändert hat</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="195"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3, revision %4 · created by %5, %6&lt;br&gt;Artifacts: %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3, Revision %4 · erstellt von %5, %6&lt;br&gt;Artefakte: %7</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="254"/>
        <source>not passed yet</source>
        <translation>noch nicht bestanden</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="283"/>
        <source>Canceling the deployment of %1.</source>
        <translation>Die Bereitstellung von %1 wird abgebrochen.</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="292"/>
        <source>%1 requested (attempt %2).</source>
        <translation>%1 angefordert (Versuch %2).</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="372"/>
        <source>not passed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="398"/>
        <source>release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="398"/>
        <source>pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="401"/>
        <source>stage %1</source>
        <translation>Stufe %1</translation>
    </message>
</context>
<context>
    <name>slipway::SchemaValueDelegate</name>
    <message>
        <location filename="../views/schemavaluedelegate.cpp" line="56"/>
        <source>for example 30s, 10m, 6h, 30d</source>
        <translation>zum Beispiel 30s, 10m, 6h, 30d</translation>
    </message>
    <message>
        <location filename="../views/schemavaluedelegate.cpp" line="58"/>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location filename="../views/schemavaluedelegate.cpp" line="60"/>
        <source>for example 200 or 200-299</source>
        <translation>zum Beispiel 200 oder 200-299</translation>
    </message>
</context>
<context>
    <name>slipway::SettingsDialog</name>
    <message>
        <location filename="../views/settingsdialog.cpp" line="23"/>
        <source>REST: off</source>
        <translation>REST: aus</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="24"/>
        <source>REST: %1</source>
        <translation>REST: %1</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="31"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="35"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="37"/>
        <source>&amp;REST server</source>
        <translation>&amp;REST-Server</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="59"/>
        <source>slipway.db in the app data folder</source>
        <translation>slipway.db im Anwendungsdatenordner</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="60"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="63"/>
        <source>SQLite database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="64"/>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="74"/>
        <source>your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="75"/>
        <source>The name you act as: approvals, history and requests carry it</source>
        <translation>Der Name, unter dem Sie handeln: Genehmigungen, Verlauf und Anforderungen tragen ihn</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="78"/>
        <location filename="../views/settingsdialog.cpp" line="84"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="85"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="86"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="88"/>
        <source>Notify me when an approval waits for me or my deployment finishes</source>
        <translation>Benachrichtigen, wenn eine Genehmigung auf mich wartet oder meine Bereitstellung endet</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="91"/>
        <source>The database, the name and the language apply the next time Slipway starts.</source>
        <translation>Datenbank, Name und Sprache gelten ab dem nächsten Start von Slipway.</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="97"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="98"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="99"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="107"/>
        <source>Serve the REST API (Azure DevOps Release compatible)</source>
        <translation>REST-API anbieten (kompatibel mit Azure DevOps Release)</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="113"/>
        <source>Address and port to listen on; 127.0.0.1 keeps the API on this computer</source>
        <translation>Adresse und Port; mit 127.0.0.1 bleibt die API auf diesem Rechner</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="119"/>
        <source>Clients authenticate with personal access tokens: &lt;code&gt;slipway token create&lt;/code&gt;.</source>
        <translation>Clients melden sich mit persönlichen Zugriffstoken an: &lt;code&gt;slipway token create&lt;/code&gt;.</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="116"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="96"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="128"/>
        <source>What the token is for, e.g. ci</source>
        <translation>Wofür das Token ist, z. B. ci</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="129"/>
        <source>&amp;Create token</source>
        <translation>Token &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="131"/>
        <source>Re&amp;voke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="133"/>
        <source>Revoke the selected token: requests carrying it get 401</source>
        <translation>Das gewählte Token widerrufen: Anfragen damit erhalten 401</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="137"/>
        <source>A new token is shown here once; copy it then</source>
        <translation>Ein neues Token wird hier einmal gezeigt; kopieren Sie es dann</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="144"/>
        <source>Your tokens:</source>
        <translation>Ihre Token:</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="160"/>
        <source>%1 · created %2</source>
        <translation>%1 · erstellt %2</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="209"/>
        <source>The REST server could not start: %1</source>
        <translation>Der REST-Server konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>slipway::StageCardsView</name>
    <message>
        <location filename="../views/stagecardsview.cpp" line="46"/>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <location filename="../views/stagecardsview.cpp" line="49"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../views/stagecardsview.cpp" line="84"/>
        <source>Attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <location filename="../views/stagecardsview.cpp" line="91"/>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <location filename="../views/stagecardsview.cpp" line="93"/>
        <source>Gates: %1</source>
        <translation>Gates: %1</translation>
    </message>
    <message>
        <location filename="../views/stagecardsview.cpp" line="95"/>
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message>
        <location filename="../views/stagecardsview.cpp" line="97"/>
        <source>Deploy…</source>
        <translation>Bereitstellen…</translation>
    </message>
    <message>
        <location filename="../views/stagecardsview.cpp" line="98"/>
        <source>Redeploy…</source>
        <translation>Erneut bereitstellen…</translation>
    </message>
    <message>
        <location filename="../views/stagecardsview.cpp" line="99"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../views/stagecardsview.cpp" line="102"/>
        <source>Cancel this stage&apos;s deployment</source>
        <translation>Die Bereitstellung dieser Stufe abbrechen</translation>
    </message>
    <message>
        <location filename="../views/stagecardsview.cpp" line="103"/>
        <source>Deploy this stage of the release</source>
        <translation>Diese Stufe des Release bereitstellen</translation>
    </message>
</context>
<context>
    <name>slipway::StageTriggerEditor</name>
    <message>
        <location filename="../views/stagetriggereditor.cpp" line="31"/>
        <source>Incomplete schedule: choose days, a time and a valid time zone.</source>
        <translation>Unvollständiger Zeitplan: Tage, eine Uhrzeit und eine gültige Zeitzone wählen.</translation>
    </message>
    <message>
        <location filename="../views/stagetriggereditor.cpp" line="34"/>
        <source>This schedule never fires: choose at least one day.</source>
        <translation>Dieser Zeitplan löst nie aus: mindestens einen Tag wählen.</translation>
    </message>
    <message>
        <location filename="../views/stagetriggereditor.cpp" line="38"/>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <location filename="../views/stagetriggereditor.cpp" line="42"/>
        <source>Next firings:</source>
        <translation>Nächste Auslösungen:</translation>
    </message>
    <message>
        <location filename="../views/stagetriggereditor.cpp" line="49"/>
        <source>After the release is created</source>
        <translation>Nach dem Erstellen des Release</translation>
    </message>
    <message>
        <location filename="../views/stagetriggereditor.cpp" line="50"/>
        <source>After other stages succeed</source>
        <translation>Nach dem Erfolg anderer Stufen</translation>
    </message>
    <message>
        <location filename="../views/stagetriggereditor.cpp" line="51"/>
        <source>Manually only</source>
        <translation>Nur von Hand</translation>
    </message>
    <message>
        <location filename="../views/stagetriggereditor.cpp" line="52"/>
        <source>When this stage deploys</source>
        <translation>Wann diese Stufe bereitgestellt wird</translation>
    </message>
    <message>
        <location filename="../views/stagetriggereditor.cpp" line="56"/>
        <source>The stages that must all succeed first</source>
        <translation>Die Stufen, die zuerst alle erfolgreich sein müssen</translation>
    </message>
    <message>
        <location filename="../views/stagetriggereditor.cpp" line="58"/>
        <source>Also after a partial success</source>
        <translation>Auch nach einem Teilerfolg</translation>
    </message>
    <message>
        <location filename="../views/stagetriggereditor.cpp" line="61"/>
        <source>Also deploy on a schedule</source>
        <translation>Auch nach Zeitplan bereitstellen</translation>
    </message>
    <message>
        <location filename="../views/stagetriggereditor.cpp" line="64"/>
        <source>Deploys the newest release that passes the stage&apos;s artifact filters</source>
        <translation>Stellt das neueste Release bereit, das die Artefaktfilter der Stufe passiert</translation>
    </message>
    <message>
        <location filename="../views/stagetriggereditor.cpp" line="85"/>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <location filename="../views/stagetriggereditor.cpp" line="86"/>
        <source>Time:</source>
        <translation>Uhrzeit:</translation>
    </message>
    <message>
        <location filename="../views/stagetriggereditor.cpp" line="87"/>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <location filename="../views/stagetriggereditor.cpp" line="92"/>
        <source>Trigger:</source>
        <translation>Auslöser:</translation>
    </message>
    <message>
        <location filename="../views/stagetriggereditor.cpp" line="93"/>
        <source>After stages:</source>
        <translation>Nach Stufen:</translation>
    </message>
    <message>
        <location filename="../views/stagetriggereditor.cpp" line="201"/>
        <source>No schedule.</source>
        <translation>Kein Zeitplan.</translation>
    </message>
</context>
<context>
    <name>slipway::TimelinePlot</name>
    <message>
        <location filename="../views/timelineplot.cpp" line="96"/>
        <source>Wheel to zoom, drag to pan; click a bar to open its release</source>
        <translation>Mausrad zum Zoomen, Ziehen zum Verschieben; Klick auf einen Balken öffnet sein Release</translation>
    </message>
    <message>
        <location filename="../views/timelineplot.cpp" line="173"/>
        <source>%1 · %2 · attempt %3
%4 – %5</source>
        <translation>%1 · %2 · Versuch %3
%4 – %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/timelineplot.cpp" line="181"/>
        <source>%n deployment(s): %1 succeeded, %2 failed, %3 other
Click to zoom in</source>
        <translation>
            <numerusform>%n Bereitstellung: %1 erfolgreich, %2 fehlgeschlagen, %3 andere
Klicken zum Hineinzoomen</numerusform>
            <numerusform>%n Bereitstellungen: %1 erfolgreich, %2 fehlgeschlagen, %3 andere
Klicken zum Hineinzoomen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::TrayNotifier</name>
    <message>
        <location filename="../views/traynotifier.cpp" line="14"/>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <location filename="../views/traynotifier.cpp" line="35"/>
        <source>An approval waits for you</source>
        <translation>Eine Genehmigung wartet auf Sie</translation>
    </message>
    <message>
        <location filename="../views/traynotifier.cpp" line="36"/>
        <source>%1 / %2 / %3, requested by %4</source>
        <translation>%1 / %2 / %3, angefordert von %4</translation>
    </message>
</context>
<context>
    <name>slipway::WhatsWherePage</name>
    <message>
        <location filename="../views/whatswherepage.cpp" line="20"/>
        <source>What&apos;s where</source>
        <translation>Was läuft wo</translation>
    </message>
    <message>
        <location filename="../views/whatswherepage.cpp" line="25"/>
        <source>Show what each stage ran at this local time</source>
        <translation>Zeigen, was jede Stufe zu dieser Ortszeit ausführte</translation>
    </message>
    <message>
        <location filename="../views/whatswherepage.cpp" line="26"/>
        <source>&amp;Now</source>
        <translation>&amp;Jetzt</translation>
    </message>
    <message>
        <location filename="../views/whatswherepage.cpp" line="36"/>
        <source>Double-click a cell to open its release</source>
        <translation>Doppelklick auf eine Zelle öffnet ihr Release</translation>
    </message>
    <message>
        <location filename="../views/whatswherepage.cpp" line="46"/>
        <source>As of:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <location filename="../views/whatswherepage.cpp" line="104"/>
        <source>%1 on %2 since %3</source>
        <translation>%1 auf %2 seit %3</translation>
    </message>
    <message>
        <location filename="../views/whatswherepage.cpp" line="109"/>
        <source>Nothing had been deployed by then.</source>
        <translation>Bis dahin war nichts bereitgestellt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/whatswherepage.cpp" line="110"/>
        <source>%n stage(s) running a release.</source>
        <translation>
            <numerusform>%n Stufe führt ein Release aus.</numerusform>
            <numerusform>%n Stufen führen ein Release aus.</numerusform>
        </translation>
    </message>
</context>
</TS>
