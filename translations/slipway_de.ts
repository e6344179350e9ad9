<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Gui</name>
    <message>
        <location filename="../app/gui.cpp" line="32"/>
        <source>Slipway, a local-first release manager.</source>
        <translation>Slipway, eine lokale Release-Verwaltung.</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="34"/>
        <source>SQLite file to use.</source>
        <translation>Zu verwendende SQLite-Datei.</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="35"/>
        <source>Act as this user.</source>
        <translation>Als dieser Benutzer handeln.</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="36"/>
        <source>Save the window as a PNG, then exit.</source>
        <translation>Das Fenster als PNG speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="38"/>
        <source>Also serve the REST API on this address.</source>
        <translation>Zusätzlich die REST-API unter dieser Adresse anbieten.</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="51"/>
        <source>Slipway cannot start</source>
        <translation>Slipway kann nicht starten</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="68"/>
        <source>Could not create the sample pipeline: %1</source>
        <translation>Die Beispiel-Pipeline konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="87"/>
        <source>Engine: starting</source>
        <translation>Engine: startet</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui.cpp" line="98"/>
        <location filename="../app/gui.cpp" line="101"/>
        <source>Engine: running, %n active</source>
        <translation>
            <numerusform>Engine: läuft, %n aktiv</numerusform>
            <numerusform>Engine: läuft, %n aktiv</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="105"/>
        <source>Engine: stopped (%1)</source>
        <translation>Engine: angehalten (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="111"/>
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
</context>
<context>
    <name>slipway::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="23"/>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="33"/>
        <source>Pipelines, grouped by folder</source>
        <translation>Pipelines, nach Ordnern gruppiert</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="37"/>
        <source>Select a pipeline on the left, or import one with &quot;slipway pipeline import FILE&quot;.</source>
        <translation>Wählen Sie links eine Pipeline aus oder importieren Sie eine mit „slipway pipeline import DATEI“.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="64"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="65"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="68"/>
        <source>Close Slipway</source>
        <translation>Slipway schließen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="70"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="71"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="74"/>
        <source>The REST server and other settings</source>
        <translation>Der REST-Server und weitere Einstellungen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="77"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="78"/>
        <source>&amp;About Slipway</source>
        <translation>Ü&amp;ber Slipway</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="79"/>
        <source>About Slipway</source>
        <translation>Über Slipway</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="80"/>
        <source>&lt;b&gt;Slipway&lt;/b&gt; %1&lt;br&gt;A local-first desktop release manager.</source>
        <translation>&lt;b&gt;Slipway&lt;/b&gt; %1&lt;br&gt;Eine lokale Release-Verwaltung für den Desktop.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="84"/>
        <source>Show the version of Slipway</source>
        <translation>Die Version von Slipway anzeigen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="113"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="113"/>
        <source>The database in use</source>
        <translation>Die verwendete Datenbank</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="115"/>
        <source>The state of the deployment engine</source>
        <translation>Der Zustand der Deployment-Engine</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="117"/>
        <source>The REST API for scripts and CI systems</source>
        <translation>Die REST-API für Skripte und CI-Systeme</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="118"/>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="118"/>
        <source>You act as this user</source>
        <translation>Sie handeln als dieser Benutzer</translation>
    </message>
</context>
<context>
    <name>slipway::PipelinePage</name>
    <message>
        <location filename="../views/pipelinepage.cpp" line="23"/>
        <source>No releases yet: create one with &quot;slipway release create&quot;.</source>
        <translation>Noch keine Releases: Legen Sie eines mit „slipway release create“ an.</translation>
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
        <location filename="../models/releasegridmodel.cpp" line="185"/>
        <source>%1 (draft)</source>
        <translation>%1 (Entwurf)</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="187"/>
        <source>%1 (abandoned)</source>
        <translation>%1 (verworfen)</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="201"/>
        <source>%1, created %2 by %3</source>
        <translation>%1, erstellt am %2 von %3</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="204"/>
        <source>This release has no stage &quot;%1&quot;</source>
        <translation>Dieses Release hat keine Stufe „%1“</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="205"/>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="212"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="213"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="214"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="215"/>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
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
        <location filename="../views/settingsdialog.cpp" line="15"/>
        <source>REST: %1</source>
        <translation>REST: %1</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="20"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="21"/>
        <source>Serve the REST API (Azure DevOps Release compatible)</source>
        <translation>REST-API anbieten (kompatibel mit Azure DevOps Release)</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="27"/>
        <source>Address and port to listen on; 127.0.0.1 keeps the API on this computer</source>
        <translation>Adresse und Port; mit 127.0.0.1 bleibt die API auf diesem Rechner</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="33"/>
        <source>Clients authenticate with personal access tokens: &lt;code&gt;slipway token create&lt;/code&gt;.</source>
        <translation>Clients melden sich mit persönlichen Zugriffstoken an: &lt;code&gt;slipway token create&lt;/code&gt;.</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="38"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="59"/>
        <source>The REST server could not start: %1</source>
        <translation>Der REST-Server konnte nicht starten: %1</translation>
    </message>
</context>
</TS>
