<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Gui</name>
    <message>
        <location filename="../app/gui.cpp" line="38"/>
        <source>Slipway, a local-first release manager.</source>
        <translation>Slipway, eine lokale Release-Verwaltung.</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="40"/>
        <source>SQLite file to use.</source>
        <translation>Zu verwendende SQLite-Datei.</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="41"/>
        <source>Act as this user.</source>
        <translation>Als dieser Benutzer handeln.</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="42"/>
        <source>Save the window as a PNG, then exit.</source>
        <translation>Das Fenster als PNG speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="44"/>
        <source>Also serve the REST API on this address.</source>
        <translation>Zusätzlich die REST-API unter dieser Adresse anbieten.</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="46"/>
        <source>Open this page first: approvals, or release:ID.</source>
        <translation>Zuerst diese Seite öffnen: approvals oder release:ID.</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="60"/>
        <source>Slipway cannot start</source>
        <translation>Slipway kann nicht starten</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="77"/>
        <source>Could not create the sample pipeline: %1</source>
        <translation>Die Beispiel-Pipeline konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="96"/>
        <source>Engine: starting</source>
        <translation>Engine: startet</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="129"/>
        <source>Deployment finished: %1</source>
        <translation>Bereitstellung beendet: %1</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="131"/>
        <source>%1 to %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui.cpp" line="135"/>
        <location filename="../app/gui.cpp" line="138"/>
        <source>Engine: running, %n active</source>
        <translation>
            <numerusform>Engine: läuft, %n aktiv</numerusform>
            <numerusform>Engine: läuft, %n aktiv</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="144"/>
        <source>Engine: stopped (%1)</source>
        <translation>Engine: angehalten (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="150"/>
        <source>Engine: not started (screenshot)</source>
        <translation>Engine: nicht gestartet (Bildschirmfoto)</translation>
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
        <location filename="../views/approvalspage.cpp" line="24"/>
        <source>Approvals waiting for you</source>
        <translation>Genehmigungen, die auf Sie warten</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="40"/>
        <source>Check the approvals to act on; Space toggles the current one</source>
        <translation>Genehmigungen zum Bearbeiten ankreuzen; die Leertaste schaltet die aktuelle um</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="52"/>
        <source>Comment for the approvers&apos; history</source>
        <translation>Kommentar für den Verlauf der Genehmigenden</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="53"/>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="55"/>
        <source>Approve the checked approvals (Ctrl+Enter)</source>
        <translation>Die angekreuzten Genehmigungen erteilen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="56"/>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="58"/>
        <source>Reject the checked approvals (Ctrl+Shift+Enter)</source>
        <translation>Die angekreuzten Genehmigungen ablehnen (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="70"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="72"/>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="90"/>
        <source>Local time (%1)</source>
        <translation>Ortszeit (%1)</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="95"/>
        <source>&amp;Defer to…</source>
        <translation>&amp;Verschieben auf…</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="97"/>
        <source>Approve, but start the deployment no earlier than this time</source>
        <translation>Genehmigen, die Bereitstellung aber nicht vor diesem Zeitpunkt starten</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="104"/>
        <source>Reassi&amp;gn to…</source>
        <translation>&amp;Neu zuweisen an…</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="106"/>
        <source>Hand the checked approvals to another user</source>
        <translation>Die angekreuzten Genehmigungen einem anderen Benutzer übergeben</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="146"/>
        <source>= %1 UTC</source>
        <translation>= %1 UTC</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="159"/>
        <source>Check the approvals to act on first.</source>
        <translation>Kreuzen Sie zuerst die Genehmigungen an.</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="164"/>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/approvalspage.cpp" line="167"/>
        <source>Approve %n approval(s): %1</source>
        <translation>
            <numerusform>%n Genehmigung erteilen: %1</numerusform>
            <numerusform>%n Genehmigungen erteilen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/approvalspage.cpp" line="168"/>
        <source>Reject %n approval(s): %1</source>
        <translation>
            <numerusform>%n Genehmigung ablehnen: %1</numerusform>
            <numerusform>%n Genehmigungen ablehnen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="170"/>
        <source>, with the comment &quot;%1&quot;</source>
        <translation>, mit dem Kommentar &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="193"/>
        <source>approved</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="193"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="201"/>
        <source>%1 is in the past; pick a later time.</source>
        <translation>%1 liegt in der Vergangenheit; wählen Sie einen späteren Zeitpunkt.</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="215"/>
        <source>deferred</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="221"/>
        <source>Pick the user to hand the approvals to.</source>
        <translation>Wählen Sie den Benutzer, dem die Genehmigungen übergeben werden.</translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="234"/>
        <source>reassigned</source>
        <translation>neu zugewiesen</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/approvalspage.cpp" line="238"/>
        <source>%n approval(s) %1.</source>
        <translation>
            <numerusform>%n Genehmigung %1.</numerusform>
            <numerusform>%n Genehmigungen %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/approvalspage.cpp" line="241"/>
        <source>Not done: %1</source>
        <translation>Nicht erledigt: %1</translation>
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
    <name>slipway::DeployDialog</name>
    <message>
        <location filename="../views/deploydialog.cpp" line="35"/>
        <source>The pipeline has changed since this release was created (revision %1, now %2). The redeploy runs the release&apos;s own snapshot, not the current definition.</source>
        <translation>Die Pipeline hat sich seit dem Erstellen dieses Release geändert (Revision %1, jetzt %2). Die erneute Bereitstellung verwendet den Schnappschuss des Release, nicht die aktuelle Definition.</translation>
    </message>
    <message>
        <location filename="../views/deploydialog.cpp" line="43"/>
        <source>Redeploy %1 of %2</source>
        <translation>%1 von %2 erneut bereitstellen</translation>
    </message>
    <message>
        <location filename="../views/deploydialog.cpp" line="44"/>
        <source>Deploy %1 of %2</source>
        <translation>%1 von %2 bereitstellen</translation>
    </message>
    <message>
        <location filename="../views/deploydialog.cpp" line="47"/>
        <source>Why, for the history</source>
        <translation>Warum, für den Verlauf</translation>
    </message>
    <message>
        <location filename="../views/deploydialog.cpp" line="48"/>
        <source>Start &amp;at:</source>
        <translation>Starten &amp;um:</translation>
    </message>
    <message>
        <location filename="../views/deploydialog.cpp" line="63"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location filename="../views/deploydialog.cpp" line="66"/>
        <source>&amp;Redeploy</source>
        <translation>&amp;Erneut bereitstellen</translation>
    </message>
    <message>
        <location filename="../views/deploydialog.cpp" line="66"/>
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
    <name>slipway::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="26"/>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="36"/>
        <source>Pipelines, grouped by folder</source>
        <translation>Pipelines, nach Ordnern gruppiert</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="40"/>
        <source>Select a pipeline on the left, or import one with &quot;slipway pipeline import FILE&quot;.</source>
        <translation>Wählen Sie links eine Pipeline aus oder importieren Sie eine mit „slipway pipeline import DATEI“.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="53"/>
        <location filename="../views/mainwindow.cpp" line="117"/>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="55"/>
        <source>Approvals waiting for you</source>
        <translation>Genehmigungen, die auf Sie warten</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="83"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="87"/>
        <source>Close Slipway</source>
        <translation>Slipway schließen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="89"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="90"/>
        <source>&amp;Approvals</source>
        <translation>&amp;Genehmigungen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="93"/>
        <source>Show the approvals waiting for you</source>
        <translation>Die auf Sie wartenden Genehmigungen zeigen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="95"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="96"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="99"/>
        <source>The REST server and other settings</source>
        <translation>Der REST-Server und weitere Einstellungen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="102"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="103"/>
        <source>&amp;About Slipway</source>
        <translation>Ü&amp;ber Slipway</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="104"/>
        <source>About Slipway</source>
        <translation>Über Slipway</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="105"/>
        <source>&lt;b&gt;Slipway&lt;/b&gt; %1&lt;br&gt;A local-first desktop release manager.</source>
        <translation>&lt;b&gt;Slipway&lt;/b&gt; %1&lt;br&gt;Eine lokale Release-Verwaltung für den Desktop.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="109"/>
        <source>Show the version of Slipway</source>
        <translation>Die Version von Slipway anzeigen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="117"/>
        <source>Approvals (%1)</source>
        <translation>Genehmigungen (%1)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="188"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="188"/>
        <source>The database in use</source>
        <translation>Die verwendete Datenbank</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="190"/>
        <source>The state of the deployment engine</source>
        <translation>Der Zustand der Deployment-Engine</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="193"/>
        <source>The REST API for scripts and CI systems</source>
        <translation>Die REST-API für Skripte und CI-Systeme</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="194"/>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="194"/>
        <source>You act as this user</source>
        <translation>Sie handeln als dieser Benutzer</translation>
    </message>
</context>
<context>
    <name>slipway::PipelinePage</name>
    <message>
        <location filename="../views/pipelinepage.cpp" line="33"/>
        <source>No releases yet: click Create release…, or run &quot;slipway release create&quot;.</source>
        <translation>Noch keine Releases: klicken Sie auf „Release erstellen…“ oder führen Sie &quot;slipway release create&quot; aus.</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="55"/>
        <source>&amp;Create release…</source>
        <translation>Release &amp;erstellen…</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="57"/>
        <source>Create a release of this pipeline (Ctrl+N)</source>
        <translation>Ein Release dieser Pipeline erstellen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="59"/>
        <source>&amp;Deploy</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="61"/>
        <source>Deploy (or redeploy) the selected stage of the selected release</source>
        <translation>Die gewählte Stufe des gewählten Release (erneut) bereitstellen</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="62"/>
        <source>C&amp;ancel deployment</source>
        <translation>Bereitstellung &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="64"/>
        <source>Cancel the deployment of the selected stage</source>
        <translation>Die Bereitstellung der gewählten Stufe abbrechen</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="88"/>
        <source>Filter by release, creator or artifact</source>
        <translation>Nach Release, Ersteller oder Artefakt filtern</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="94"/>
        <source>Show releases with a stage in this state</source>
        <translation>Releases mit einer Stufe in diesem Zustand zeigen</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="96"/>
        <source>Any state</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="97"/>
        <source>Queued or in progress</source>
        <translation>Wartend oder laufend</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="98"/>
        <source>Waiting (approval, gates, time)</source>
        <translation>Wartet (Genehmigung, Gates, Zeit)</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="99"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="100"/>
        <source>Failed or rejected</source>
        <translation>Fehlgeschlagen oder abgelehnt</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="101"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="141"/>
        <source>Release %1 created.</source>
        <translation>Release %1 erstellt.</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="150"/>
        <source>Select the stage chip of a release to deploy.</source>
        <translation>Wählen Sie die Stufe eines Release zum Bereitstellen.</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="156"/>
        <source>%1 requested (attempt %2).</source>
        <translation>%1 angefordert (Versuch %2).</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="165"/>
        <source>Select the stage chip of the deployment to cancel.</source>
        <translation>Wählen Sie die Stufe der abzubrechenden Bereitstellung.</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="176"/>
        <source>Canceling the deployment of %1.</source>
        <translation>Die Bereitstellung von %1 wird abgebrochen.</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="179"/>
        <source>Stage %1 has no deployment to cancel.</source>
        <translation>Stufe %1 hat keine Bereitstellung zum Abbrechen.</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="191"/>
        <source>Open release (logs, history)</source>
        <translation>Release öffnen (Protokolle, Verlauf)</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="193"/>
        <source>Create release…</source>
        <translation>Release erstellen…</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="195"/>
        <source>Deploy %1</source>
        <translation>%1 bereitstellen</translation>
    </message>
    <message>
        <location filename="../views/pipelinepage.cpp" line="196"/>
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
        <location filename="../models/releasegridmodel.cpp" line="189"/>
        <source>%1 (draft)</source>
        <translation>%1 (Entwurf)</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="191"/>
        <source>%1 (abandoned)</source>
        <translation>%1 (verworfen)</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="208"/>
        <source>%1, created %2 by %3</source>
        <translation>%1, erstellt am %2 von %3</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="211"/>
        <source>This release has no stage &quot;%1&quot;</source>
        <translation>Dieses Release hat keine Stufe „%1“</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="212"/>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="219"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="220"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="221"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="222"/>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
</context>
<context>
    <name>slipway::ReleasePage</name>
    <message>
        <location filename="../views/releasepage.cpp" line="30"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="32"/>
        <source>Back to the pipeline</source>
        <translation>Zurück zur Pipeline</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="53"/>
        <source>Find in the log (Enter for the next match)</source>
        <translation>Im Protokoll suchen (Eingabe für den nächsten Treffer)</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="55"/>
        <source>&amp;Save log…</source>
        <translation>Protokoll &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="58"/>
        <source>Save the log</source>
        <translation>Das Protokoll speichern</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="80"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="80"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="80"/>
        <source>Who and when</source>
        <translation>Wer und wann</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="80"/>
        <source>Comment or message</source>
        <translation>Kommentar oder Meldung</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="84"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="84"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="84"/>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="89"/>
        <source>&amp;Logs</source>
        <translation>&amp;Protokolle</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="90"/>
        <source>&amp;Approvals and gates</source>
        <translation>&amp;Genehmigungen und Gates</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="91"/>
        <source>&amp;Variables</source>
        <translation>&amp;Variablen</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="92"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="119"/>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 — %3, created by %4&lt;br&gt;%5&lt;br&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; von %2 — %3, erstellt von %4&lt;br&gt;%5&lt;br&gt;%6</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="179"/>
        <source>%1 · attempt %2</source>
        <translation>%1 · Versuch %2</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="183"/>
        <source>waiting for %1</source>
        <translation>wartet auf %1</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="184"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="186"/>
        <source> (deferred to %1)</source>
        <translation> (verschoben auf %1)</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="187"/>
        <source>Pre-deployment approval: %1</source>
        <translation>Genehmigung vor der Bereitstellung: %1</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="188"/>
        <source>Post-deployment approval: %1</source>
        <translation>Genehmigung nach der Bereitstellung: %1</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="197"/>
        <source>Gates (%1)</source>
        <translation>Gates (%1)</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="197"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="197"/>
        <source>not passed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="223"/>
        <source>release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="223"/>
        <source>pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../views/releasepage.cpp" line="226"/>
        <source>stage %1</source>
        <translation>Stufe %1</translation>
    </message>
</context>
<context>
    <name>slipway::SettingsDialog</name>
    <message>
        <location filename="../views/settingsdialog.cpp" line="15"/>
        <source>REST: off</source>
        <translation>REST: aus</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="16"/>
        <source>REST: %1</source>
        <translation>REST: %1</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="21"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="22"/>
        <source>Serve the REST API (Azure DevOps Release compatible)</source>
        <translation>REST-API anbieten (kompatibel mit Azure DevOps Release)</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="28"/>
        <source>Address and port to listen on; 127.0.0.1 keeps the API on this computer</source>
        <translation>Adresse und Port; mit 127.0.0.1 bleibt die API auf diesem Rechner</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="35"/>
        <source>Clients authenticate with personal access tokens: &lt;code&gt;slipway token create&lt;/code&gt;.</source>
        <translation>Clients melden sich mit persönlichen Zugriffstoken an: &lt;code&gt;slipway token create&lt;/code&gt;.</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="40"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="61"/>
        <source>The REST server could not start: %1</source>
        <translation>Der REST-Server konnte nicht starten: %1</translation>
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
</TS>
