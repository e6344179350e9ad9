<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditListModel</name>
    <message>
        <location filename="../models/auditlistmodel.cpp" line="+23"/>
        <source>release created from revision %1</source>
        <translation>Release aus Revision %1 erstellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draft started</source>
        <translation>Entwurf gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>release abandoned</source>
        <translation>Release verworfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept forever</source>
        <translation>für immer behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no longer kept forever</source>
        <translation>nicht mehr für immer behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>description changed</source>
        <translation>Beschreibung geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>renamed to %1</source>
        <translation>umbenannt in %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>redeploy requested</source>
        <translation>erneute Bereitstellung angefordert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deployment requested by its trigger</source>
        <translation>Bereitstellung durch ihren Auslöser angefordert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deployment requested by its schedule</source>
        <translation>Bereitstellung durch ihren Zeitplan angefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deployment requested</source>
        <translation>Bereitstellung angefordert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, to start at %1</source>
        <translation>, Start um %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>admitted by the queue</source>
        <translation>von der Warteschlange zugelassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>finished: %1</source>
        <translation>beendet: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cancel requested</source>
        <translation>Abbruch angefordert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>approved by an administrator&apos;s override</source>
        <translation>durch Übersteuerung eines Administrators genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved, deferred until %1</source>
        <translation>genehmigt, verschoben bis %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reassigned to %1</source>
        <translation>neu zugewiesen an %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approval canceled</source>
        <translation>Genehmigung abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approval skipped</source>
        <translation>Genehmigung übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approvals overridden by an administrator</source>
        <translation>Genehmigungen von einem Administrator übersteuert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gate &quot;%1&quot; ignored</source>
        <translation>Gate „%1“ ignoriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for manual intervention &quot;%1&quot;</source>
        <translation>wartet auf den manuellen Eingriff „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manual intervention &quot;%1&quot; resumed</source>
        <translation>manueller Eingriff „%1“ fortgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manual intervention &quot;%1&quot; rejected</source>
        <translation>manueller Eingriff „%1“ abgelehnt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (OS login %2)</source>
        <translation>%1 (Betriebssystem-Anmeldung %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, comment “%1”</source>
        <translation>, Kommentar „%1“</translation>
    </message>
</context>
<context>
    <name>ConditionsSummary</name>
    <message>
        <location filename="../views/conditionssummary.cpp" line="+29"/>
        <source>Starts when a release is created.</source>
        <translation>Startet, wenn ein Release erstellt wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starts after other stages (none chosen yet).</source>
        <translation>Startet nach anderen Stufen (noch keine gewählt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts after %1.</source>
        <translation>Startet nach %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Starts only when deployed by hand.</source>
        <translation>Startet nur bei Bereitstellung von Hand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also on its schedule.</source>
        <translation>Auch nach ihrem Zeitplan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>approval (no approver chosen yet)</source>
        <translation>Genehmigung (noch kein Genehmigender gewählt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>approval by %1</source>
        <translation>Genehmigung durch %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>, then by </source>
        <translation>, dann durch </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approval by all of %1</source>
        <translation>Genehmigung durch alle von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n gate(s) (every %1, at most %2</source>
        <translation>
            <numerusform>%n Gate (alle %1, höchstens %2</numerusform>
            <numerusform>%n Gates (alle %1, höchstens %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, first after %1</source>
        <translation>, erstmals nach %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, passing for %1</source>
        <translation>, bestanden für %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>, then </source>
        <translation>, dann </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploys without waiting for anyone.</source>
        <translation>Stellt bereit, ohne auf jemanden zu warten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waits for: %1, then deploys.</source>
        <translation>Wartet auf: %1, stellt dann bereit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afterwards waits for: %1.</source>
        <translation>Wartet danach auf: %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseChooser</name>
    <message>
        <location filename="../app/databaseopen.cpp" line="+33"/>
        <source>%1 cannot be created: the folder %2 is read-only.</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner %2 ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder, not a Slipway database.</source>
        <translation>%1 ist ein Ordner, keine Slipway-Datenbank.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Slipway database (it is not an SQLite file).</source>
        <translation>%1 ist keine Slipway-Datenbank (es ist keine SQLite-Datei).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>%1 is read-only: Slipway needs to write its database.</source>
        <translation>%1 ist schreibgeschützt: Slipway muss in seine Datenbank schreiben können.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 cannot be used: its folder %2 is read-only.</source>
        <translation>%1 kann nicht verwendet werden: Sein Ordner %2 ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a Slipway database (it is damaged, or another kind of file).</source>
        <translation>%1 ist keine Slipway-Datenbank (sie ist beschädigt oder eine andere Art von Datei).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged: the database disk image is malformed.</source>
        <translation>%1 ist beschädigt: Das Datenbankabbild ist fehlerhaft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slipway cannot open the database</source>
        <translation>Slipway kann die Datenbank nicht öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is left as it is. Choose another database file, create a new one, or quit.</source>
        <translation>Die Datenbank bleibt unverändert. Wählen Sie eine andere Datenbankdatei, legen Sie eine neue an oder beenden Sie Slipway.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose another file…</source>
        <translation>Andere Datei &amp;wählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a &amp;new database…</source>
        <translation>&amp;Neue Datenbank anlegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a Slipway database</source>
        <translation>Slipway-Datenbank wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slipway databases (*.db *.sqlite);;All files (*)</source>
        <translation>Slipway-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a Slipway database</source>
        <translation>Slipway-Datenbank anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slipway databases (*.db)</source>
        <translation>Slipway-Datenbanken (*.db)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 already exists: a new database needs a new file name.</source>
        <translation>%1 existiert bereits: Eine neue Datenbank braucht einen neuen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../models/errortext.cpp" line="+49"/>
        <location filename="../engine/runtime/deploymentrun.cpp" line="+114"/>
        <source>Deploying %1 to %2, attempt %3</source>
        <translation>%1 wird auf %2 bereitgestellt, Versuch %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../engine/runtime/deploymentrun.cpp" line="+72"/>
        <source>Artifact %1: version %2</source>
        <translation>Artefakt %1: Version %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../engine/runtime/deploymentrun.cpp" line="+28"/>
        <source>Skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../engine/runtime/deploymentrun.cpp" line="+99"/>
        <source>Task %1: %2 (%3)</source>
        <translation>Aufgabe %1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../engine/runtime/deploymentrun.cpp" line="-1"/>
        <source>Task %1: %2</source>
        <translation>Aufgabe %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../engine/runtime/deploymentrun.cpp" line="-76"/>
        <source>Task %1 (%2)</source>
        <translation>Aufgabe %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../engine/runtime/deploymentrun.cpp" line="+34"/>
        <source>Output truncated after %1 lines; the task keeps running</source>
        <translation>Ausgabe nach %1 Zeilen abgeschnitten; die Aufgabe läuft weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../engine/runtime/builtintasks.cpp" line="+51"/>
        <source>Waiting for a manual intervention: %1</source>
        <translation>Wartet auf einen manuellen Eingriff: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting %1</source>
        <translation>Wartezeit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../engine/runtime/builtintasks.cpp" line="+73"/>
        <source>Kept existing %1</source>
        <translation>Vorhandene Datei %1 beibehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../engine/runtime/builtintasks.cpp" line="+10"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) copied to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 kopiert</numerusform>
            <numerusform>%n Dateien nach %1 kopiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resumed: no answer within %1</source>
        <translation>fortgesetzt: keine Antwort innerhalb von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected: no answer within %1</source>
        <translation>abgelehnt: keine Antwort innerhalb von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resumed by %1: %2</source>
        <translation>fortgesetzt von %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resumed by %1</source>
        <translation>fortgesetzt von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected by %1: %2</source>
        <translation>abgelehnt von %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected by %1</source>
        <translation>abgelehnt von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>override by %1: %2</source>
        <translation>übersteuert von %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>override by %1</source>
        <translation>übersteuert von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reassigned to %1: %2</source>
        <translation>neu zugewiesen an %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reassigned to %1</source>
        <translation>neu zugewiesen an %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reassigned from %1 by %2</source>
        <translation>von %1 neu zugewiesen durch %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped: %1 approved stage &quot;%2&quot; of this release</source>
        <translation>übersprungen: %1 hat die Stufe „%2“ dieses Release genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed: rejected</source>
        <translation>nicht nötig: abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed: %1 decided</source>
        <translation>nicht nötig: %1 hat entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approval timed out at %1</source>
        <translation>Genehmigung um %1 abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot copy %1 to %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request to %1 failed: %2</source>
        <translation>Anfrage an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status %1 is outside %2</source>
        <translation>Status %1 liegt außerhalb von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>%1 ist „%2“, nicht „%3“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tasks of type &quot;%1&quot; are not supported by this version of Slipway yet</source>
        <translation>Aufgaben vom Typ „%1“ werden von dieser Slipway-Version noch nicht unterstützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted: the engine running it (%1, pid %2) stopped</source>
        <translation>unterbrochen: die ausführende Engine (%1, PID %2) wurde beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted: Slipway was shut down while it ran</source>
        <translation>unterbrochen: Slipway wurde während der Ausführung beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceled on request</source>
        <translation>auf Anforderung abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceled: a newer release, %1, was deployed instead</source>
        <translation>abgebrochen: stattdessen wurde ein neueres Release, %1, bereitgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceled: the release was abandoned</source>
        <translation>abgebrochen: das Release wurde verworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceled by %1</source>
        <translation>abgebrochen von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not run: %1</source>
        <translation>nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>condition &quot;%1&quot; not met</source>
        <translation>Bedingung „%1“ nicht erfüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot record task %1</source>
        <translation>Aufgabe %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot record the deployment&apos;s start</source>
        <translation>der Start der Bereitstellung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out after %1</source>
        <translation>Zeitüberschreitung nach %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the process crashed</source>
        <translation>der Prozess ist abgestürzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the gates did not pass within %1</source>
        <translation>die Gates wurden innerhalb von %1 nicht bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all gates passed</source>
        <translation>alle Gates bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gate evaluation stopped</source>
        <translation>Gate-Prüfung beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled deployment</source>
        <translation>geplante Bereitstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for an agent of pool %1 with %2 = %3</source>
        <translation>wartet auf einen Agenten des Pools %1 mit %2 = %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for an agent of pool %1 with the capability %2</source>
        <translation>wartet auf einen Agenten des Pools %1 mit der Fähigkeit %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for an agent of pool %1</source>
        <translation>wartet auf einen Agenten des Pools %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initialize</source>
        <translation>Initialisierung</translation>
    </message>
    <message>
        <location filename="../engine/definition/pipelinechecks.cpp" line="+59"/>
        <source>a pipeline needs at least one stage</source>
        <translation>eine Pipeline braucht mindestens eine Stufe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duplicate stage &quot;%1&quot; (also %2)</source>
        <translation>doppelte Stufe „%1“ (auch %2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>must name at least one stage</source>
        <translation>muss mindestens eine Stufe nennen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown stage &quot;%1&quot;</source>
        <translation>unbekannte Stufe „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stage &quot;%1&quot; cannot trigger after itself</source>
        <translation>Stufe „%1“ kann nicht nach sich selbst ausgelöst werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stage &quot;%1&quot; is listed twice</source>
        <translation>Stufe „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>stages %1 form a cycle</source>
        <translation>die Stufen %1 bilden einen Zyklus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>duplicate artifact alias &quot;%1&quot; (also %2)</source>
        <translation>doppelter Artefakt-Alias „%1“ (auch %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only one artifact source can be primary (%1 is)</source>
        <translation>nur eine Artefaktquelle kann primär sein (%1 ist es)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown artifact &quot;%1&quot;</source>
        <translation>unbekanntes Artefakt „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown token %1</source>
        <translation>unbekannter Platzhalter %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the token &quot;%1&quot; is not closed: add &quot;)&quot; after its name</source>
        <translation>der Platzhalter „%1“ ist nicht geschlossen: fügen Sie „)“ nach seinem Namen hinzu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown group &quot;%1&quot;</source>
        <translation>unbekannte Gruppe „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown user &quot;%1&quot;</source>
        <translation>unbekannter Benutzer „%1“</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must name at least one approver</source>
        <translation>muss mindestens einen Genehmigenden nennen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>stage &quot;%1&quot; is triggered automatically but has no tasks</source>
        <translation>Stufe „%1“ wird automatisch ausgelöst, hat aber keine Aufgaben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>duplicate variable group &quot;%1&quot; (also %2)</source>
        <translation>doppelte Variablengruppe „%1“ (auch %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must name at least one day</source>
        <translation>muss mindestens einen Tag nennen</translation>
    </message>
    <message>
        <location filename="../engine/definition/pipelineparser.cpp" line="+112"/>
        <source>line %1, column %2: nested more than %3 levels deep</source>
        <translation>Zeile %1, Spalte %2: mehr als %3 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line %1, column %2: not valid JSON (%3)</source>
        <translation>Zeile %1, Spalte %2: kein gültiges JSON (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a pipeline definition must be a JSON object</source>
        <translation>eine Pipeline-Definition muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../engine/definition/schemavalidator.cpp" line="+46"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+112"/>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>&quot;%1&quot; is not a duration (use e.g. &quot;5m&quot;)</source>
        <translation>„%1“ ist keine Dauer (z. B. „5m“ verwenden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a time of day (use &quot;HH:MM&quot;, e.g. &quot;03:00&quot;)</source>
        <translation>„%1“ ist keine Uhrzeit („HH:MM“ verwenden, z. B. „03:00“)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an IANA time zone (e.g. &quot;Europe/Berlin&quot;)</source>
        <translation>„%1“ ist keine IANA-Zeitzone (z. B. „Europe/Berlin“)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a day (use mon, tue, wed, thu, fri, sat or sun)</source>
        <translation>„%1“ ist kein Tag (mon, tue, wed, thu, fri, sat oder sun verwenden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an HTTP status or range (use e.g. &quot;200&quot; or &quot;200-299&quot;)</source>
        <translation>„%1“ ist kein HTTP-Status oder -Bereich (z. B. „200“ oder „200-299“ verwenden)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be %2 or more</source>
        <translation>%1 muss mindestens %2 sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected an object of names and string values</source>
        <translation>Objekt aus Namen und Zeichenkettenwerten erwartet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a name must not be empty</source>
        <translation>ein Name darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected an object of variables</source>
        <translation>Objekt aus Variablen erwartet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a variable name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;)</source>
        <translation>„%1“ ist kein Variablenname (Buchstaben, Ziffern, „_“, „.“, „-“)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a string or {&quot;value&quot;: …}</source>
        <translation>Zeichenkette oder {&quot;value&quot;: …} erwartet</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+46"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>unknown key &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>unbekannter Schlüssel „%1“ (meinten Sie „%2“?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <location filename="../engine/rules/approvalpolicy.cpp" line="+57"/>
        <location filename="../engine/services/approvalservice.cpp" line="+279"/>
        <source>approval %1 is no longer pending (%2)</source>
        <translation>Genehmigung %1 ist nicht mehr ausstehend (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approval %1 is no longer pending (%2 by %3)</source>
        <translation>Genehmigung %1 ist nicht mehr ausstehend (%2 von %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not the approver of approval %2 (it is assigned to %3)</source>
        <translation>%1 ist nicht der Genehmigende von Genehmigung %2 (sie ist %3 zugewiesen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>approval %1 is a post-deployment approval; only a pre-deployment approval can be deferred</source>
        <translation>Genehmigung %1 ist eine Genehmigung nach der Bereitstellung; nur eine Genehmigung vor der Bereitstellung kann verschoben werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot approve approval %2: the policy &quot;requester cannot approve&quot; forbids the user who created the release from approving it</source>
        <translation>%1 kann Genehmigung %2 nicht erteilen: die Richtlinie „Anfordernde dürfen nicht genehmigen“ verbietet es dem Benutzer, der das Release erstellt hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot approve approval %2: the policy &quot;requester cannot approve&quot; forbids the user who requested the deployment from approving it</source>
        <translation>%1 kann Genehmigung %2 nicht erteilen: die Richtlinie „Anfordernde dürfen nicht genehmigen“ verbietet es dem Benutzer, der die Bereitstellung angefordert hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>approval %1 requires %2 to confirm their identity again (policy &quot;revalidate identity&quot;): give one of your tokens</source>
        <translation>Genehmigung %1 verlangt, dass %2 die Identität erneut bestätigt (Richtlinie „Identität erneut prüfen“): geben Sie eines Ihrer Tokens an</translation>
    </message>
    <message>
        <location filename="../engine/rules/deploymentflow.cpp" line="+36"/>
        <location filename="../engine/runtime/deploymentrun.cpp" line="-134"/>
        <source>stage &quot;%1&quot; is not in the release&apos;s snapshot</source>
        <translation>Stufe „%1“ ist nicht im Schnappschuss des Release</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+13"/>
        <location filename="../engine/services/approvalservice.cpp" line="-231"/>
        <location line="+309"/>
        <location filename="../engine/services/deploymentservice.cpp" line="+50"/>
        <location line="+227"/>
        <source>deployment %1 not found</source>
        <translation>Bereitstellung %1 nicht gefunden</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>deployment %1 is not waiting for approvals</source>
        <translation>Bereitstellung %1 wartet nicht auf Genehmigungen</translation>
    </message>
    <message>
        <location filename="../engine/runtime/deploymentrun.cpp" line="+5"/>
        <location filename="../engine/services/deploymentservice.cpp" line="-248"/>
        <location line="+41"/>
        <location filename="../engine/services/releaseservice.cpp" line="+143"/>
        <location line="+89"/>
        <source>release %1 not found</source>
        <translation>Release %1 nicht gefunden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot create the working folder %1</source>
        <translation>der Arbeitsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot copy artifact %1 %2 from %3</source>
        <translation>Artefakt %1 %2 kann nicht aus %3 kopiert werden</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Canceled on request</source>
        <translation>Auf Anforderung abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../engine/services/deploymentservice.cpp" line="+113"/>
        <source>Canceled by %1</source>
        <translation>Abgebrochen von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interrupted: Slipway (%1, pid %2) was shut down while it ran</source>
        <translation>Unterbrochen: Slipway (%1, PID %2) wurde während der Ausführung beendet</translation>
    </message>
    <message>
        <location filename="../engine/runtime/gaterunner.cpp" line="+31"/>
        <source>release %1 or its stage is gone</source>
        <translation>Release %1 oder seine Stufe gibt es nicht mehr</translation>
    </message>
    <message>
        <location filename="../engine/services/approvalservice.cpp" line="-316"/>
        <location line="+276"/>
        <source>approval %1 not found</source>
        <translation>Genehmigung %1 nicht gefunden</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>approval %1 has no approval settings in its release&apos;s snapshot</source>
        <translation>Genehmigung %1 hat keine Genehmigungseinstellungen im Schnappschuss ihres Release</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>deployment %1 is no longer waiting for approval %2 (%3)</source>
        <translation>Bereitstellung %1 wartet nicht mehr auf Genehmigung %2 (%3)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>defer needs a date and time to defer to</source>
        <translation>zum Verschieben sind Datum und Uhrzeit nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the deferral time %1 is not in the future</source>
        <translation>der Zeitpunkt %1 liegt nicht in der Zukunft</translation>
    </message>
    <message>
        <location line="+91"/>
        <location filename="../engine/store/sqldirectoryrepository.cpp" line="+45"/>
        <source>user &quot;%1&quot; not found</source>
        <translation>Benutzer „%1“ nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approval %1 is already assigned to %2</source>
        <translation>Genehmigung %1 ist bereits %2 zugewiesen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 cannot override approval %2: only an administrator can (slipway user add NAME --admin)</source>
        <translation>%1 kann Genehmigung %2 nicht übersteuern: das darf nur ein Administrator (slipway user add NAME --admin)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>deployment %1 has already finished</source>
        <translation>Bereitstellung %1 ist bereits beendet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>stage &quot;%1&quot; has no gate &quot;%2&quot;</source>
        <translation>Stufe „%1“ hat kein Gate „%2“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stage &quot;%1&quot; has no gate &quot;%2&quot; (its gates: %3)</source>
        <translation>Stufe „%1“ hat kein Gate „%2“ (ihre Gates: %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ignoring a gate needs a comment saying why</source>
        <translation>zum Ignorieren eines Gates ist ein Kommentar mit Begründung nötig</translation>
    </message>
    <message>
        <location filename="../engine/services/artifactservice.cpp" line="+53"/>
        <source>an artifact version needs a name</source>
        <translation>eine Artefaktversion braucht einen Namen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../engine/services/releaseservice.cpp" line="-203"/>
        <source>artifact source &quot;%1&quot; is not in pipeline &quot;%2&quot;</source>
        <translation>Artefaktquelle „%1“ ist nicht in Pipeline „%2“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>artifact source &quot;%1&quot; is a %2 source; only push sources take versions from the command line or REST</source>
        <translation>Artefaktquelle „%1“ ist eine %2-Quelle; nur Push-Quellen nehmen Versionen über die Kommandozeile oder REST an</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>artifact source &quot;%1&quot;: %2</source>
        <translation>Artefaktquelle „%1“: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the folder &quot;%1&quot; of artifact source &quot;%2&quot; does not exist</source>
        <translation>der Ordner „%1“ der Artefaktquelle „%2“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../engine/services/demodata.cpp" line="+199"/>
        <source>give at least one release and no negative number of deployments</source>
        <translation>geben Sie mindestens ein Release und keine negative Anzahl von Bereitstellungen an</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>the demo pipeline %1 could not be read back</source>
        <translation>die Demo-Pipeline %1 konnte nicht zurückgelesen werden</translation>
    </message>
    <message>
        <location filename="../engine/services/deploymentservice.cpp" line="-124"/>
        <source>the start time %1 is in the past</source>
        <translation>der Startzeitpunkt %1 liegt in der Vergangenheit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>release %1 is abandoned; it cannot be deployed</source>
        <translation>Release %1 ist verworfen; es kann nicht bereitgestellt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>release %1 is a draft; start it before deploying</source>
        <translation>Release %1 ist ein Entwurf; starten Sie es vor der Bereitstellung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stage &quot;%1&quot; is not in release %2</source>
        <translation>Stufe „%1“ ist nicht in Release %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stage &quot;%1&quot; of release %2 already has deployment %3 (%4)</source>
        <translation>Stufe „%1“ von Release %2 hat bereits Bereitstellung %3 (%4)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (a deployment can set only the pipeline variables marked settableAtRelease)</source>
        <translation>%1 (eine Bereitstellung kann nur die mit settableAtRelease markierten Pipeline-Variablen setzen)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>deployment %1 has already finished (%2)</source>
        <translation>Bereitstellung %1 ist bereits beendet (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deployment %1 is already being canceled</source>
        <translation>Bereitstellung %1 wird bereits abgebrochen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 may not answer this manual intervention; its approvers are %2</source>
        <translation>%1 darf diesen manuellen Eingriff nicht beantworten; berechtigt sind %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+9"/>
        <source>deployment %1 is not waiting for a manual intervention</source>
        <translation>Bereitstellung %1 wartet nicht auf einen manuellen Eingriff</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the manual intervention of deployment %1 was already answered</source>
        <translation>der manuelle Eingriff von Bereitstellung %1 wurde bereits beantwortet</translation>
    </message>
    <message>
        <location filename="../engine/services/directoryservice.cpp" line="+14"/>
        <source>&quot;%1&quot; is not a %2 name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;@&apos;, &apos;-&apos;)</source>
        <translation>„%1“ ist kein gültiger Name für %2 (Buchstaben, Ziffern, „_“, „.“, „@“, „-“)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a login name has at most 63 bytes: &quot;%1&quot;</source>
        <translation>ein Anmeldename hat höchstens 63 Bytes: „%1“</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>a token arrives as the SHA-256 of its secret</source>
        <translation>ein Token kommt als SHA-256 seines Geheimnisses an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a token&apos;s name has at most 200 characters</source>
        <translation>der Name eines Tokens hat höchstens 200 Zeichen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>token %1 not found</source>
        <translation>Token %1 nicht gefunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>token %1 belongs to %2; only they or an administrator can revoke it</source>
        <translation>Token %1 gehört %2; nur dieser Benutzer oder ein Administrator kann es widerrufen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>token %1 is already revoked</source>
        <translation>Token %1 ist bereits widerrufen</translation>
    </message>
    <message>
        <location filename="../engine/services/pipelineservice.cpp" line="+79"/>
        <location line="+61"/>
        <location line="+165"/>
        <location filename="../engine/services/queryservice.cpp" line="+29"/>
        <location filename="../engine/store/sqlpipelinerepository.cpp" line="+84"/>
        <location line="+97"/>
        <source>pipeline %1 not found</source>
        <translation>Pipeline %1 nicht gefunden</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>another pipeline is already named &quot;%1&quot;</source>
        <translation>eine andere Pipeline heißt bereits „%1“</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>pipeline &quot;%1&quot; has %2 active or draft releases: abandon them first</source>
        <translation>die Pipeline „%1“ hat %2 aktive oder Entwurfs-Releases: verwerfen Sie sie zuerst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pipeline &quot;%1&quot; keeps the history of %2 abandoned releases: it can be deleted once retention removed them</source>
        <translation>die Pipeline „%1“ bewahrt den Verlauf von %2 verworfenen Releases auf: sie kann gelöscht werden, sobald die Aufbewahrung sie entfernt hat</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>pipeline &quot;%1&quot; not found</source>
        <translation>Pipeline „%1“ nicht gefunden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>only an administrator can export secret values (%1 is not one); export without them instead</source>
        <translation>nur ein Administrator kann geheime Werte exportieren (%1 ist keiner); exportieren Sie ohne sie</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>revision %1 of pipeline %2 not found</source>
        <translation>Revision %1 von Pipeline %2 nicht gefunden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>stored revision %1 no longer parses: %2</source>
        <translation>die gespeicherte Revision %1 lässt sich nicht mehr einlesen: %2</translation>
    </message>
    <message>
        <location filename="../engine/services/releaseservice.cpp" line="+17"/>
        <source>artifact source &quot;%1&quot; has no version &quot;%2&quot;</source>
        <translation>Artefaktquelle „%1“ hat keine Version „%2“</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>stage &quot;%1&quot; is not in pipeline &quot;%2&quot;</source>
        <translation>Stufe „%1“ ist nicht in Pipeline „%2“</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>release %1 is already abandoned</source>
        <translation>Release %1 ist bereits verworfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>release %1 has a deployment in progress; cancel it before abandoning</source>
        <translation>Release %1 hat eine laufende Bereitstellung; brechen Sie sie vor dem Verwerfen ab</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a release name must have 1 to 256 characters</source>
        <translation>ein Release-Name muss 1 bis 256 Zeichen haben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a release description must have at most 4000 characters</source>
        <translation>eine Release-Beschreibung darf höchstens 4000 Zeichen lang sein</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>release %1 is not a draft</source>
        <translation>Release %1 ist kein Entwurf</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>variable &quot;%1&quot; is not defined in pipeline &quot;%2&quot;</source>
        <translation>Variable „%1“ ist in Pipeline „%2“ nicht definiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>variable &quot;%1&quot; is not settable at release time</source>
        <translation>Variable „%1“ kann beim Erstellen des Release nicht gesetzt werden</translation>
    </message>
    <message>
        <location filename="../engine/store/migrations.cpp" line="+186"/>
        <location line="+12"/>
        <location line="+80"/>
        <source>migration failed: %1 (%2)</source>
        <translation>Migration fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <location line="-10"/>
        <location filename="../engine/store/postgresschema.cpp" line="+360"/>
        <source>cannot read the schema version: %1</source>
        <translation>die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the database uses schema version %1, but this Slipway understands versions up to %2; use a newer Slipway</source>
        <translation>die Datenbank verwendet Schemaversion %1, dieses Slipway versteht aber nur Versionen bis %2; verwenden Sie ein neueres Slipway</translation>
    </message>
    <message>
        <location filename="../engine/store/sqlapprovalrepository.cpp" line="+162"/>
        <source>gate &quot;%1&quot; of deployment %2 is already ignored</source>
        <translation>Gate „%1“ von Bereitstellung %2 wird bereits ignoriert</translation>
    </message>
    <message>
        <location filename="../engine/store/sqlartifactrepository.cpp" line="+14"/>
        <source>version &quot;%1&quot; already exists</source>
        <translation>Version „%1“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../engine/store/sqlauditrepository.cpp" line="+31"/>
        <source>audit events must be written in the transaction of their change</source>
        <translation>Audit-Ereignisse müssen in der Transaktion ihrer Änderung geschrieben werden</translation>
    </message>
    <message>
        <location filename="../engine/store/sqlconnection.h" line="+66"/>
        <source>the database is busy (locked by another process)</source>
        <translation>die Datenbank ist belegt (von einem anderen Prozess gesperrt)</translation>
    </message>
    <message>
        <location filename="../engine/store/sqliteconnection.cpp" line="+63"/>
        <source>the Qt SQLite driver is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation>der Qt-SQLite-Treiber ist nicht installiert (Debian: libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../engine/store/sqlsecrets.cpp" line="+149"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <location line="+8"/>
        <source>cannot open the database %1: %2</source>
        <translation>die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Slipway database: %2</source>
        <translation>%1 ist keine Slipway-Datenbank: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the Qt SQLite driver did not expose its connection</source>
        <translation>der Qt-SQLite-Treiber hat seine Verbindung nicht offengelegt</translation>
    </message>
    <message>
        <location filename="../engine/store/postgresconnection.cpp" line="+41"/>
        <source>the team database %1 refused the password of user %2</source>
        <translation>die Team-Datenbank %1 hat das Passwort des Benutzers %2 abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the team database %1 asks for a password: give it in the URI, in ~/.pgpass or in PGPASSWORD</source>
        <translation>die Team-Datenbank %1 verlangt ein Passwort: geben Sie es in der URI, in ~/.pgpass oder in PGPASSWORD an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the team database %1 does not exist on its server (create it first: createdb)</source>
        <translation>die Team-Datenbank %1 existiert auf ihrem Server nicht (legen Sie sie zuerst an: createdb)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot reach the team database %1: %2</source>
        <translation>die Team-Datenbank %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the Qt PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>der PostgreSQL-Treiber von Qt ist nicht installiert (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>the team database refused this to your login: %1</source>
        <translation>die Team-Datenbank hat dies Ihrer Anmeldung verweigert: %1</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+5"/>
        <location filename="../engine/store/sqliteconnection.cpp" line="+44"/>
        <source>cannot prepare statement: %1 (%2)</source>
        <translation>Anweisung kann nicht vorbereitet werden: %1 (%2)</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+100"/>
        <location line="+27"/>
        <location line="+6"/>
        <location filename="../engine/store/sqliteconnection.cpp" line="+6"/>
        <source>database error: %1 (%2)</source>
        <translation>Datenbankfehler: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../engine/store/sqldirectoryrepository.cpp" line="-15"/>
        <source>user &quot;%1&quot; already exists</source>
        <translation>Benutzer „%1“ existiert bereits</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>group &quot;%1&quot; already exists</source>
        <translation>Gruppe „%1“ existiert bereits</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>group &quot;%1&quot; not found</source>
        <translation>Gruppe „%1“ nicht gefunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>user &quot;%1&quot; not found; add it first with `slipway user add %1`</source>
        <translation>Benutzer „%1“ nicht gefunden; legen Sie ihn zuerst mit `slipway user add %1` an</translation>
    </message>
    <message>
        <location filename="../engine/store/sqlpipelinerepository.cpp" line="-55"/>
        <source>pipeline revision %1 not found</source>
        <translation>Pipeline-Revision %1 nicht gefunden</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>release numbers must be taken in the transaction of their release</source>
        <translation>Release-Nummern müssen in der Transaktion ihres Release vergeben werden</translation>
    </message>
    <message>
        <location filename="../rest/approvalscontroller.cpp" line="+34"/>
        <source>the field &quot;reassignTo&quot; must name a user (uniqueName, displayName or id)</source>
        <translation>das Feld „reassignTo“ muss einen Benutzer nennen (uniqueName, displayName oder id)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no user has the identity id %1</source>
        <translation>kein Benutzer hat die Identitäts-ID %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the field &quot;status&quot; must be approved or rejected</source>
        <translation>das Feld „status“ muss approved oder rejected sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the field &quot;deferredDate&quot; must be an ISO 8601 date</source>
        <translation>das Feld „deferredDate“ muss ein Datum nach ISO 8601 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only an approval can be deferred</source>
        <translation>nur eine Genehmigung kann verschoben werden</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>statusFilter &quot;%1&quot; is not an ApprovalStatus</source>
        <translation>statusFilter „%1“ ist kein ApprovalStatus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>typeFilter &quot;%1&quot; is not an ApprovalType</source>
        <translation>typeFilter „%1“ ist kein ApprovalType</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>releaseIdsFilter holds &quot;%1&quot;, which is not a release id</source>
        <translation>releaseIdsFilter enthält „%1“, das keine Release-ID ist</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the body must list at least one approval</source>
        <translation>der Body muss mindestens eine Genehmigung auflisten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the field &quot;[%1].id&quot; must be a positive integer</source>
        <translation>das Feld „[%1].id“ muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../rest/controllers.cpp" line="+13"/>
        <source>project &quot;%1&quot; not found</source>
        <translation>Projekt „%1“ nicht gefunden</translation>
    </message>
    <message>
        <location filename="../rest/definitionscontroller.cpp" line="+26"/>
        <source>$expand &quot;%1&quot; is not a ReleaseDefinitionExpands value</source>
        <translation>$expand „%1“ ist kein ReleaseDefinitionExpands-Wert</translation>
    </message>
    <message>
        <location filename="../rest/deploymentscontroller.cpp" line="+71"/>
        <source>deploymentStatus &quot;%1&quot; is not a DeploymentStatus</source>
        <translation>deploymentStatus „%1“ ist kein DeploymentStatus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>operationStatus &quot;%1&quot; is not a DeploymentOperationStatus</source>
        <translation>operationStatus „%1“ ist kein DeploymentOperationStatus</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../rest/releasescontroller.cpp" line="+35"/>
        <source>queryOrder &quot;%1&quot; is not descending or ascending</source>
        <translation>queryOrder „%1“ ist weder descending noch ascending</translation>
    </message>
    <message>
        <location filename="../rest/discoverycontroller.cpp" line="+129"/>
        <location line="+3"/>
        <source>the field &quot;tags&quot; must be an array of strings</source>
        <translation>das Feld „tags“ muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <location filename="../rest/environmentscontroller.cpp" line="+36"/>
        <location filename="../rest/logscontroller.cpp" line="+112"/>
        <source>environment %1 not found in release %2</source>
        <translation>Umgebung %1 in Release %2 nicht gefunden</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>stage &quot;%1&quot; has no deployment waiting for approval</source>
        <translation>Stufe „%1“ hat keine Bereitstellung, die auf Genehmigung wartet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>stage &quot;%1&quot; has no pending approval; a deployment can be deferred only while an approval is pending</source>
        <translation>Stufe „%1“ hat keine ausstehende Genehmigung; eine Bereitstellung kann nur verschoben werden, solange eine Genehmigung aussteht</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the field &quot;scheduledDeploymentTime&quot; must be an ISO 8601 date</source>
        <translation>das Feld „scheduledDeploymentTime“ muss ein Datum nach ISO 8601 sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the field &quot;status&quot; must be an EnvironmentStatus</source>
        <translation>das Feld „status“ muss ein EnvironmentStatus sein</translation>
    </message>
    <message>
        <location line="-69"/>
        <location filename="../rest/releasescontroller.cpp" line="+98"/>
        <source>the field &quot;variables&quot; must be an object</source>
        <translation>das Feld „variables“ muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../rest/releasescontroller.cpp" line="+5"/>
        <source>the field &quot;variables.%1.value&quot; must be a string</source>
        <translation>das Feld „variables.%1.value“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>stage &quot;%1&quot; has no deployment to cancel</source>
        <translation>Stufe „%1“ hat keine Bereitstellung zum Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>status must be inProgress (deploy), canceled, or scheduled with a scheduledDeploymentTime</source>
        <translation>status muss inProgress (bereitstellen), canceled oder scheduled mit einer scheduledDeploymentTime sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give a status (inProgress or canceled) or a scheduledDeploymentTime</source>
        <translation>geben Sie einen status (inProgress oder canceled) oder eine scheduledDeploymentTime an</translation>
    </message>
    <message>
        <location filename="../rest/releasescontroller.cpp" line="-112"/>
        <source>statusFilter &quot;%1&quot; is not a ReleaseStatus (draft, active, abandoned)</source>
        <translation>statusFilter „%1“ ist kein ReleaseStatus (draft, active, abandoned)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>environmentStatusFilter &quot;%1&quot; is not an EnvironmentStatus</source>
        <translation>environmentStatusFilter „%1“ ist kein EnvironmentStatus</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+4"/>
        <source>the field &quot;manualEnvironments&quot; must be an array of stage names</source>
        <translation>das Feld „manualEnvironments“ muss ein Array von Stufennamen sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the field &quot;artifacts&quot; must be an array</source>
        <translation>das Feld „artifacts“ muss ein Array sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the field &quot;%1.alias&quot; must be a string</source>
        <translation>das Feld „%1.alias“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the field &quot;%1.instanceReference&quot; must be an object</source>
        <translation>das Feld „%1.instanceReference“ muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the field &quot;%1.instanceReference.name&quot; must name the version</source>
        <translation>das Feld „%1.instanceReference.name“ muss die Version nennen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the field &quot;status&quot; must be a ReleaseStatus (draft, active, abandoned)</source>
        <translation>das Feld „status“ muss ein ReleaseStatus sein (draft, active, abandoned)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>release %1 is %2; it cannot become a draft again</source>
        <translation>Release %1 ist %2; es kann kein Entwurf mehr werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the field &quot;keepForever&quot; must be true or false</source>
        <translation>das Feld „keepForever“ muss true oder false sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the field &quot;description&quot; must be a string</source>
        <translation>das Feld „description“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the field &quot;name&quot; must be a string</source>
        <translation>das Feld „name“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>$expand &quot;%1&quot; is not a ReleaseExpands value</source>
        <translation>$expand „%1“ ist kein ReleaseExpands-Wert</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the field &quot;definitionId&quot; must be a positive integer</source>
        <translation>das Feld „definitionId“ muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../rest/restcontext.cpp" line="+15"/>
        <location line="+11"/>
        <source>%1 &quot;%2&quot; is not a valid id (a positive number)</source>
        <translation>%1 „%2“ ist keine gültige ID (eine positive Zahl)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 &quot;%2&quot; is not a positive number</source>
        <translation>%1 „%2“ ist keine positive Zahl</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 &quot;%2&quot; is not a date (ISO 8601 or RFC 1123)</source>
        <translation>%1 „%2“ ist kein Datum (ISO 8601 oder RFC 1123)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 holds &quot;%2&quot;, which is not an id</source>
        <translation>%1 enthält „%2“, das keine ID ist</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the request needs a JSON body</source>
        <translation>die Anfrage braucht einen JSON-Body</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the body is not valid JSON: %1 at offset %2</source>
        <translation>der Body ist kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the body must be a JSON object</source>
        <translation>der Body muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the body must be a JSON array</source>
        <translation>der Body muss ein JSON-Array sein</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the field &quot;%1&quot; is required</source>
        <translation>das Feld „%1“ ist erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the field &quot;%1&quot; must be a string</source>
        <translation>das Feld „%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the field &quot;%1&quot; must be true or false</source>
        <translation>das Feld „%1“ muss true oder false sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a member of this team database: a member&apos;s token creates releases, deploys, cancels and decides approvals and manual interventions; ask an admin for the rest</source>
        <translation>%1 ist Mitglied dieser Team-Datenbank: das Token eines Mitglieds erstellt Releases, stellt bereit, bricht ab und entscheidet Genehmigungen und manuelle Eingriffe; für alles andere fragen Sie einen Administrator</translation>
    </message>
    <message>
        <location filename="../rest/restserver.cpp" line="+58"/>
        <source>api-version &quot;%1&quot; is not supported; use 3.0 to 7.2, e.g. 7.1 or 7.2-preview.9</source>
        <translation>api-version „%1“ wird nicht unterstützt; verwenden Sie 3.0 bis 7.2, z. B. 7.1 oder 7.2-preview.9</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>an %1:%2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a personal access token is required: send it as Basic (any user name, the token as password) or Bearer</source>
        <translation>ein persönliches Zugriffstoken ist erforderlich: senden Sie es als Basic (beliebiger Benutzername, das Token als Passwort) oder Bearer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the token is not valid (unknown or revoked)</source>
        <translation>das Token ist ungültig (unbekannt oder widerrufen)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>this REST server runs on %1&apos;s member login and answers reads only; send writes to a server run by an engine</source>
        <translation>dieser REST-Server läuft mit der Mitgliedsanmeldung von %1 und beantwortet nur Lesezugriffe; senden Sie Änderungen an einen Server, den eine Engine betreibt</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>--listen takes ADDR:PORT such as 127.0.0.1:8080, not &quot;%1&quot;</source>
        <translation>--listen erwartet ADRESSE:PORT wie 127.0.0.1:8080, nicht „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <location filename="../rest/logscontroller.cpp" line="-3"/>
        <source>task %1 not found in environment %2</source>
        <translation>Aufgabe %1 in Umgebung %2 nicht gefunden</translation>
    </message>
    <message>
        <location filename="../rest/interventionscontroller.cpp" line="+105"/>
        <source>manual intervention %1 not found in release %2</source>
        <translation>manueller Eingriff %1 in Release %2 nicht gefunden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the field &quot;status&quot; must be approved (resume) or rejected</source>
        <translation>das Feld „status“ muss approved (fortsetzen) oder rejected sein</translation>
    </message>
    <message>
        <location filename="../rest/gatescontroller.cpp" line="+22"/>
        <source>gate step %1 not found</source>
        <translation>Gate-Schritt %1 nicht gefunden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the field &quot;gatesToIgnore&quot; must be a non-empty array of gate names</source>
        <translation>das Feld „gatesToIgnore“ muss ein nicht leeres Array von Gate-Namen sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the field &quot;gatesToIgnore&quot; must hold gate names</source>
        <translation>das Feld „gatesToIgnore“ muss Gate-Namen enthalten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the gates of deployment %1</source>
        <translation>die Gates von Bereitstellung %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../engine/runtime/builtintasks.cpp" line="+4"/>
        <source>%1 file(s) copied to %2</source>
        <translation>%1 Datei(en) nach %2 kopiert</translation>
    </message>
    <message>
        <location filename="../engine/runtime/deploymentengine.cpp" line="+165"/>
        <source>Interrupted: the engine running it (%1, pid %2) stopped; it is not run again by itself</source>
        <translation>Unterbrochen: Die ausführende Engine (%1, PID %2) wurde beendet; die Ausführung wird nicht von selbst wiederholt</translation>
    </message>
    <message>
        <location filename="../engine/runtime/deploymentengineruns.cpp" line="+123"/>
        <source>The engine on %1 (pid %2) was shut down; the deployment keeps waiting for the manual intervention, and the next engine to run continues it after the answer</source>
        <translation>Die Engine auf %1 (PID %2) wurde beendet; die Bereitstellung wartet weiter auf den manuellen Eingriff, und die nächste laufende Engine setzt sie nach der Antwort fort</translation>
    </message>
    <message>
        <location filename="../engine/runtime/deploymentrunparking.cpp" line="+28"/>
        <source>Continued by the engine on %1 (pid %2): still waiting for the manual intervention; the tasks before it are not run again</source>
        <translation>Fortgesetzt von der Engine auf %1 (PID %2): wartet weiterhin auf den manuellen Eingriff; die Aufgaben davor werden nicht erneut ausgeführt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>deployment %1 has no manual intervention waiting</source>
        <translation>bei Bereitstellung %1 wartet kein manueller Eingriff</translation>
    </message>
    <message>
        <location filename="../engine/domain/enginetext.cpp" line="+15"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../engine/runtime/engineproblem.cpp" line="+37"/>
        <source>The database %1 is damaged (&quot;database disk image is malformed&quot;): no deployment can start or record its progress. Restore it from a backup. The engine keeps retrying.</source>
        <translation>Die Datenbank %1 ist beschädigt („database disk image is malformed“): Keine Bereitstellung kann starten oder ihren Fortschritt speichern. Stellen Sie sie aus einer Sicherung wieder her. Die Engine versucht es weiter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 is read-only: no deployment can start or record its progress. Check the file&apos;s permissions and whether its file system is mounted read-only. The engine keeps retrying.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt: Keine Bereitstellung kann starten oder ihren Fortschritt speichern. Prüfen Sie die Berechtigungen der Datei und ob ihr Dateisystem schreibgeschützt eingehängt ist. Die Engine versucht es weiter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk holding the database %1 is full: no deployment can start or record its progress. Free some space; the engine keeps retrying.</source>
        <translation>Der Datenträger mit der Datenbank %1 ist voll: Keine Bereitstellung kann starten oder ihren Fortschritt speichern. Geben Sie Speicherplatz frei; die Engine versucht es weiter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 is locked by another program: no deployment can start or record its progress until it lets go. The engine keeps retrying.</source>
        <translation>Die Datenbank %1 ist von einem anderen Programm gesperrt: Keine Bereitstellung kann starten oder ihren Fortschritt speichern, bis es sie freigibt. Die Engine versucht es weiter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The engine cannot reach the team database %1 (%2): no deployment can start or record its progress until the server answers. The engine keeps retrying and reconnects by itself.</source>
        <translation>Die Engine erreicht die Team-Datenbank %1 nicht (%2): Keine Bereitstellung kann starten oder ihren Fortschritt speichern, bis der Server antwortet. Die Engine versucht es weiter und verbindet sich von selbst neu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The engine cannot use the database %1: %2. It keeps retrying.</source>
        <translation>Die Engine kann die Datenbank %1 nicht verwenden: %2. Sie versucht es weiter.</translation>
    </message>
    <message>
        <location filename="../engine/core/secretbox.cpp" line="+100"/>
        <source>a secret cannot be encrypted: %1</source>
        <translation>ein Geheimnis kann nicht verschlüsselt werden: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cannot read the key file %1: %2</source>
        <translation>die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key file %1 does not hold a %2-byte key</source>
        <translation>die Schlüsseldatei %1 enthält keinen Schlüssel mit %2 Bytes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create the key file %1: %2</source>
        <translation>die Schlüsseldatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot write the key file %1</source>
        <translation>die Schlüsseldatei %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../engine/definition/pipelinesecrets.cpp" line="+55"/>
        <location filename="../engine/runtime/deploymentvariables.cpp" line="+68"/>
        <source>secret variable &quot;%1&quot; of pipeline &quot;%2&quot; cannot be decrypted: %3</source>
        <translation>die geheime Variable „%1“ der Pipeline „%2“ kann nicht entschlüsselt werden: %3</translation>
    </message>
    <message>
        <location filename="../engine/definition/macros.cpp" line="+61"/>
        <source>$(%1) is not a variable of this pipeline or stage: it stays as written when the task runs</source>
        <translation>$(%1) ist keine Variable dieser Pipeline oder Stufe: es bleibt beim Ausführen der Aufgabe unverändert stehen</translation>
    </message>
    <message>
        <location filename="../engine/azure/azuremapper.cpp" line="+36"/>
        <source>a token is not closed; Slipway&apos;s default format is used</source>
        <translation>ein Platzhalter ist nicht geschlossen; Slipways Standardformat wird verwendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the token %1 has no Slipway equivalent and was left out</source>
        <translation>der Platzhalter %1 hat in Slipway keine Entsprechung und wurde weggelassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ releaseNameFormat &quot;%1&quot;</source>
        <translation>→ releaseNameFormat „%1“</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>→ artifact source &quot;%1&quot; (push)</source>
        <translation>→ Artefaktquelle „%1“ (Push)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure type %1 kept as metadata: versions are pushed to Slipway (`slipway artifact add` or REST)</source>
        <translation>Azure-Typ %1 als Metadaten behalten: Versionen werden an Slipway übergeben (`slipway artifact add` oder REST)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the definition, project and source id are kept as metadata</source>
        <translation>Definition, Projekt und Quell-ID werden als Metadaten behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept as metadata</source>
        <translation>als Metadaten behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ primary</source>
        <translation>→ primär</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>default version &quot;%1&quot;: Slipway&apos;s default is the latest</source>
        <translation>Standardversion „%1“: Slipways Standard ist die neueste</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>→ the trigger&apos;s branch and tag filters</source>
        <translation>→ die Branch- und Tag-Filter des Auslösers</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no artifact source &quot;%1&quot; to trigger on</source>
        <translation>keine Artefaktquelle „%1“, auf die ausgelöst werden kann</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>artifact source trigger</source>
        <translation>Auslöser einer Artefaktquelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→ continuous-deployment trigger of artifact &quot;%1&quot;</source>
        <translation>→ Continuous-Deployment-Auslöser des Artefakts „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>→ a release schedule</source>
        <translation>→ ein Release-Zeitplan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pull-request release triggers have no Slipway equivalent</source>
        <translation>Pull-Request-Release-Auslöser haben in Slipway keine Entsprechung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trigger type &quot;%1&quot; has no Slipway equivalent</source>
        <translation>Auslösertyp „%1“ hat in Slipway keine Entsprechung</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>not an Azure release definition: it has no &quot;environments&quot; list</source>
        <translation>keine Azure-Release-Definition: sie hat keine Liste „environments“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>→ name</source>
        <translation>→ Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ folder &quot;%1&quot;</source>
        <translation>→ Ordner „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>→ description</source>
        <translation>→ Beschreibung</translation>
    </message>
    <message>
        <location filename="../engine/azure/azurereport.cpp" line="+51"/>
        <source>Azure server metadata; Slipway keeps its own</source>
        <translation>Azure-Server-Metadaten; Slipway führt eigene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not mapped: Slipway has no equivalent</source>
        <translation>nicht übernommen: Slipway hat keine Entsprechung</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>not valid JSON: the UTF-16 text is malformed</source>
        <translation>kein gültiges JSON: der UTF-16-Text ist fehlerhaft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not valid JSON: nested deeper than %1 levels</source>
        <translation>kein gültiges JSON: tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a definition: the JSON is not an object</source>
        <translation>keine Definition: das JSON ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../engine/services/variablegroupservice.cpp" line="+21"/>
        <source>a variable group needs a name</source>
        <translation>eine Variablengruppe braucht einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid variable group name (no leading or trailing spaces, at most 256 characters)</source>
        <translation>„%1“ ist kein gültiger Name für eine Variablengruppe (keine Leerzeichen am Anfang oder Ende, höchstens 256 Zeichen)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a valid variable name (use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>„%1“ ist kein gültiger Variablenname (verwenden Sie Buchstaben, Ziffern, „.“, „_“ und „-“)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>variable &quot;%1&quot; is listed twice</source>
        <translation>Variable „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>variable group &quot;%1&quot; has no variable &quot;%2&quot;</source>
        <translation>Variablengruppe „%1“ hat keine Variable „%2“</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>variable group &quot;%1&quot; not found</source>
        <translation>Variablengruppe „%1“ nicht gefunden</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>variable group &quot;%1&quot; is linked by pipeline %2: remove it from their variableGroups first</source>
        <translation>Variablengruppe „%1“ ist mit Pipeline %2 verknüpft: entfernen Sie sie zuerst aus deren variableGroups</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>variable group &quot;%1&quot; linked by pipeline &quot;%2&quot; no longer exists</source>
        <translation>die mit Pipeline „%2“ verknüpfte Variablengruppe „%1“ existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unknown variable group &quot;%1&quot;</source>
        <translation>unbekannte Variablengruppe „%1“</translation>
    </message>
    <message>
        <location filename="../engine/store/sqlvariablegrouprepository.cpp" line="+101"/>
        <source>a variable group named &quot;%1&quot; already exists</source>
        <translation>eine Variablengruppe namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../rest/controllers.cpp" line="+60"/>
        <location filename="../rest/definitionwrites.cpp" line="+49"/>
        <source>release definition %1 not found</source>
        <translation>Release-Definition %1 nicht gefunden</translation>
    </message>
    <message>
        <location filename="../rest/definitionwrites.cpp" line="+25"/>
        <source>a release definition named &quot;%1&quot; exists already (id %2); replace it with PUT, giving its id and revision</source>
        <translation>eine Release-Definition namens „%1“ existiert bereits (ID %2); ersetzen Sie sie mit PUT und geben Sie dabei ihre ID und Revision an</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the field &quot;id&quot; must name the release definition</source>
        <translation>das Feld „id“ muss die Release-Definition nennen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the field &quot;revision&quot; must be a revision number</source>
        <translation>das Feld „revision“ muss eine Revisionsnummer sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>release definition %1 is at revision %2, not %3: it was saved since; get it again and apply your change to it</source>
        <translation>Release-Definition %1 ist bei Revision %2, nicht %3: sie wurde inzwischen gespeichert; rufen Sie sie erneut ab und wenden Sie Ihre Änderung darauf an</translation>
    </message>
    <message>
        <location filename="../rest/revisionscontroller.cpp" line="+113"/>
        <source>folder &quot;%1&quot; not found</source>
        <translation>Ordner „%1“ nicht gefunden</translation>
    </message>
    <message>
        <location filename="../rest/variablegroupscontroller.cpp" line="+24"/>
        <source>queryOrder &quot;%1&quot; is not a VariableGroupQueryOrder value</source>
        <translation>queryOrder „%1“ ist kein VariableGroupQueryOrder-Wert</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>variable group %1 not found</source>
        <translation>Variablengruppe %1 nicht gefunden</translation>
    </message>
    <message>
        <location filename="../engine/store/databasecopy.cpp" line="+139"/>
        <source>the database %1 already holds pipelines, releases or audit events; slipway db copy writes only into an empty database, and nothing was written</source>
        <translation>die Datenbank %1 enthält bereits Pipelines, Releases oder Audit-Ereignisse; slipway db copy schreibt nur in eine leere Datenbank, und es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>there is no database file %1 to copy</source>
        <translation>es gibt keine Datenbankdatei %1 zum Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a database cannot be copied into itself</source>
        <translation>eine Datenbank kann nicht in sich selbst kopiert werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the copy of table %1 has %2 rows, the original %3</source>
        <translation>die Kopie der Tabelle %1 hat %2 Zeilen, das Original %3</translation>
    </message>
    <message>
        <location filename="../engine/store/postgreslocation.cpp" line="+31"/>
        <source>the database URI is not valid: an IPv6 address lacks its closing bracket</source>
        <translation>die Datenbank-URI ist ungültig: einer IPv6-Adresse fehlt die schließende Klammer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the database URI is not valid: the port must be a number from 1 to 65535</source>
        <translation>die Datenbank-URI ist ungültig: der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the database URI is not valid: each parameter after ? must be name=value</source>
        <translation>die Datenbank-URI ist ungültig: jeder Parameter nach ? muss name=wert sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the database URI is not valid: a parameter name has a space or a semicolon</source>
        <translation>die Datenbank-URI ist ungültig: ein Parametername enthält ein Leerzeichen oder ein Semikolon</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the database URI is not valid: it must start with postgresql://</source>
        <translation>die Datenbank-URI ist ungültig: sie muss mit postgresql:// beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database URI is not valid: it is longer than 4096 characters</source>
        <translation>die Datenbank-URI ist ungültig: sie ist länger als 4096 Zeichen</translation>
    </message>
    <message>
        <location filename="../engine/store/postgresschema.cpp" line="-4"/>
        <source>the team database %1 lets this login connect but not read Slipway&apos;s tables: the database&apos;s owner grants them (docs/team-setup.md)</source>
        <translation>die Team-Datenbank %1 lässt diese Anmeldung zu, aber nicht das Lesen der Tabellen von Slipway: der Eigentümer der Datenbank erteilt die Rechte (docs/team-setup.md)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the team database %1 uses schema version %2, but this Slipway uses version %3; use a newer Slipway</source>
        <translation>die Team-Datenbank %1 verwendet Schemaversion %2, dieses Slipway aber Version %3; verwenden Sie ein neueres Slipway</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the team database %1 uses schema version %2, but this Slipway uses version %3; upgrade it with: slipway db init URI</source>
        <translation>die Team-Datenbank %1 verwendet Schemaversion %2, dieses Slipway aber Version %3; aktualisieren Sie sie mit: slipway db init URI</translation>
    </message>
    <message>
        <location filename="../app/appsession.cpp" line="+58"/>
        <source>on a team database you act as your database login &quot;%1&quot;; --user or $SLIPWAY_USER &quot;%2&quot; cannot change that (connect as &quot;%2&quot; instead)</source>
        <translation>in einer Team-Datenbank handeln Sie als Ihre Datenbankanmeldung „%1“; --user oder $SLIPWAY_USER „%2“ ändert das nicht (melden Sie sich stattdessen als „%2“ an)</translation>
    </message>
    <message>
        <location filename="../engine/azure/azurestages.cpp" line="+46"/>
        <source>→ trigger after release</source>
        <translation>→ Auslöser nach dem Release</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>status bits %1: Slipway starts a stage only after its stages succeed (or partially succeed); mapped as after &quot;%2&quot; succeeds</source>
        <translation>Statusbits %1: Slipway startet eine Stufe erst, wenn ihre Stufen erfolgreich (oder teilweise erfolgreich) sind; übernommen als nach Erfolg von „%2“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>→ trigger after stage &quot;%1&quot;, also on partial success</source>
        <translation>→ Auslöser nach Stufe „%1“, auch bei teilweisem Erfolg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ trigger after stage &quot;%1&quot;</source>
        <translation>→ Auslöser nach Stufe „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ artifact filter on &quot;%1&quot;</source>
        <translation>→ Artefaktfilter auf „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>condition &quot;%1&quot; (type %2) names nothing Slipway knows</source>
        <translation>Bedingung „%1“ (Typ %2) nennt nichts, was Slipway kennt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>both after release and after stages: after stages is kept</source>
        <translation>nach dem Release und nach Stufen: nach Stufen wird behalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no start condition → manual trigger</source>
        <translation>keine Startbedingung → manueller Auslöser</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>an approval without an approver</source>
        <translation>eine Genehmigung ohne Genehmigenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>→ approver &quot;%1&quot; (create the user or group in Slipway)</source>
        <translation>→ Genehmigender „%1“ (legen Sie den Benutzer oder die Gruppe in Slipway an)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>automated: no approval</source>
        <translation>automatisch: keine Genehmigung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>→ order %1</source>
        <translation>→ Reihenfolge %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../engine/azure/azuretasks.cpp" line="+243"/>
        <source>→ timeout</source>
        <translation>→ Zeitlimit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ requesterCannotApprove</source>
        <translation>→ requesterCannotApprove</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ skipIfApprovedInPreviousStage</source>
        <translation>→ skipIfApprovedInPreviousStage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ revalidateIdentity</source>
        <translation>→ revalidateIdentity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ the gates&apos; approvalOrder</source>
        <translation>→ approvalOrder der Gates</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>gates not enabled or none defined: no gates</source>
        <translation>Gates nicht aktiviert oder keine definiert: keine Gates</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>gate &quot;%1&quot; (task %2) has no Slipway equivalent</source>
        <translation>Gate „%1“ (Aufgabe %2) hat in Slipway keine Entsprechung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>InvokeRESTAPI → http gate</source>
        <translation>InvokeRESTAPI → HTTP-Gate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ the gate&apos;s name</source>
        <translation>→ Name des Gates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slipway&apos;s http gate stands for every version</source>
        <translation>Slipways HTTP-Gate steht für jede Version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a disabled gate is imported enabled</source>
        <translation>ein deaktiviertes Gate wird aktiviert importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>→ delay (stabilizationTime), samplingInterval, timeout, minSuccessDuration</source>
        <translation>→ delay (stabilizationTime), samplingInterval, timeout, minSuccessDuration</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>→ queue (concurrencyCount → maxParallel, queueDepthCount → policy)</source>
        <translation>→ Warteschlange (concurrencyCount → maxParallel, queueDepthCount → Richtlinie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only the latest release is deployed (Slipway keeps one, not %1)</source>
        <translation>nur das neueste Release wird bereitgestellt (Slipway behält eines, nicht %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>→ retention.daysToKeep</source>
        <translation>→ retention.daysToKeep</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→ retention.minReleasesToKeep</source>
        <translation>→ retention.minReleasesToKeep</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>→ stage</source>
        <translation>→ Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ the stage&apos;s position</source>
        <translation>→ Position der Stufe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a Slipway stage has one schedule: only the first is kept</source>
        <translation>eine Slipway-Stufe hat einen Zeitplan: nur der erste wird behalten</translation>
    </message>
    <message>
        <location filename="../engine/azure/azuretasks.cpp" line="-136"/>
        <source>only the first pattern &quot;%1&quot; is kept</source>
        <translation>nur das erste Muster „%1“ wird behalten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Slipway sends no mail; anyone may resume or reject the intervention</source>
        <translation>Slipway sendet keine E-Mails; jeder darf den manuellen Eingriff fortsetzen oder ablehnen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>→ condition succeededOrFailed</source>
        <translation>→ Bedingung succeededOrFailed</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>→ condition %1</source>
        <translation>→ Bedingung %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>custom condition &quot;%1&quot; is not supported: the task is imported disabled</source>
        <translation>benutzerdefinierte Bedingung „%1“ wird nicht unterstützt: die Aufgabe wird deaktiviert importiert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>task group %1 has no Slipway equivalent: kept as a disabled placeholder with its id, version and inputs</source>
        <translation>Aufgabengruppe %1 hat in Slipway keine Entsprechung: als deaktivierter Platzhalter mit ID, Version und Eingaben behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure task %1 has no Slipway equivalent: kept as a disabled placeholder with its id, version and inputs</source>
        <translation>Azure-Aufgabe %1 hat in Slipway keine Entsprechung: als deaktivierter Platzhalter mit ID, Version und Eingaben behalten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>→ %1 task</source>
        <translation>→ Aufgabe %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ the task&apos;s inputs</source>
        <translation>→ Eingaben der Aufgabe</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>→ env</source>
        <translation>→ env</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>→ task name</source>
        <translation>→ Name der Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ enabled</source>
        <translation>→ enabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ continueOnError</source>
        <translation>→ continueOnError</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slipway&apos;s task stands for every version</source>
        <translation>Slipways Aufgabe steht für jede Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a task (not a task group)</source>
        <translation>eine Aufgabe (keine Aufgabengruppe)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>deployment-group job &quot;%1&quot;: its tasks would run wherever the stage runs; they are imported disabled until you give the stage a pool and check them</source>
        <translation>Bereitstellungsgruppen-Job „%1“: seine Aufgaben liefen dort, wo die Stufe läuft; sie werden deaktiviert importiert, bis Sie der Stufe einen Pool geben und sie prüfen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>an Azure agent queue names no Slipway pool: give the stage a pool of your agents (docs/agents.md)</source>
        <translation>eine Azure-Agentwarteschlange benennt keinen Slipway-Pool: geben Sie der Stufe einen Pool Ihrer Agenten (docs/agents.md)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>→ the stage&apos;s demands</source>
        <translation>→ die Anforderungen der Stufe</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>job &quot;%1&quot; → the stage&apos;s tasks, in order</source>
        <translation>Job „%1“ → die Aufgaben der Stufe, in Reihenfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ the stage&apos;s tasks</source>
        <translation>→ die Aufgaben der Stufe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the job&apos;s condition &quot;%1&quot; is not mapped</source>
        <translation>die Bedingung „%1“ des Jobs wird nicht übernommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the job runs when the jobs before it succeed</source>
        <translation>der Job läuft, wenn die Jobs davor erfolgreich sind</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>parallel jobs: tasks run one at a time</source>
        <translation>parallele Jobs: Aufgaben laufen nacheinander</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no parallelism: tasks run one at a time</source>
        <translation>keine Parallelität: Aufgaben laufen nacheinander</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Slipway makes the release&apos;s artifacts available to every stage</source>
        <translation>Slipway stellt die Artefakte des Releases jeder Stufe bereit</translation>
    </message>
    <message>
        <location filename="../engine/azure/azurevalues.cpp" line="+53"/>
        <source>→ secret variable; it needs a value</source>
        <translation>→ geheime Variable; sie braucht einen Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ secret variable, value kept</source>
        <translation>→ geheime Variable, Wert behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ variable, settable at release</source>
        <translation>→ Variable, beim Release festlegbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ variable</source>
        <translation>→ Variable</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>variable group %1 is already linked</source>
        <translation>Variablengruppe %1 ist bereits verknüpft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>variable group %1 → linked group &quot;%2&quot; (created empty on import when the Library has none of that name: fill in its variables)</source>
        <translation>Variablengruppe %1 → verknüpfte Gruppe „%2“ (beim Import leer angelegt, wenn die Bibliothek keine dieses Namens hat: tragen Sie ihre Variablen ein)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the schedule names no day; left out</source>
        <translation>der Zeitplan nennt keinen Tag; weggelassen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown time zone &quot;%1&quot;; UTC is used</source>
        <translation>unbekannte Zeitzone „%1“; UTC wird verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→ time zone %1</source>
        <translation>→ Zeitzone %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>→ days</source>
        <translation>→ Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ time %1</source>
        <translation>→ Uhrzeit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→ time</source>
        <translation>→ Uhrzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→ onlyIfChanged</source>
        <translation>→ onlyIfChanged</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>method &quot;%1&quot; is not supported; GET is used</source>
        <translation>Methode „%1“ wird nicht unterstützt; GET wird verwendet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>service connection &quot;%1&quot;: set the variable %2 to its URL</source>
        <translation>Dienstverbindung „%1“: setzen Sie die Variable %2 auf ihre URL</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>→ jsonPath &quot;%1&quot; equals &quot;%2&quot;</source>
        <translation>→ jsonPath „%1“ gleich „%2“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the expression &quot;%1&quot; is not mapped: any 2xx answer passes</source>
        <translation>der Ausdruck „%1“ wird nicht übernommen: jede 2xx-Antwort gilt als bestanden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>callback completion is not supported</source>
        <translation>Abschluss per Rückruf wird nicht unterstützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ method, url, headers and body</source>
        <translation>→ Methode, URL, Header und Body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ url</source>
        <translation>→ URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the kind of service connection</source>
        <translation>die Art der Dienstverbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ headers</source>
        <translation>→ Header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ body</source>
        <translation>→ Body</translation>
    </message>
    <message>
        <location filename="../app/cli/usercommands.cpp" line="+29"/>
        <source>give one role: --%1</source>
        <translation>geben Sie eine Rolle an: --%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read the password from standard input</source>
        <translation>das Passwort kann nicht von der Standardeingabe gelesen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--password-stdin: standard input holds no password</source>
        <translation>--password-stdin: die Standardeingabe enthält kein Passwort</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../engine/store/sqlconnection.h" line="+11"/>
        <location filename="../engine/store/sqlrequestrepository.cpp" line="+10"/>
        <source>logins and roles belong to a team database; a database file has one account (docs/team-setup.md)</source>
        <translation>Anmeldungen und Rollen gehören zu einer Team-Datenbank; eine Datenbankdatei hat ein Konto (docs/team-setup.md)</translation>
    </message>
    <message>
        <location filename="../engine/services/memberrequests.cpp" line="+31"/>
        <source>no engine carried out the request: on a team database a member&apos;s actions run on an engine; start one with slipway --headless --database URI as an engine login (docs/team-setup.md)</source>
        <translation>keine Engine hat die Anfrage ausgeführt: auf einer Team-Datenbank laufen die Aktionen eines Mitglieds auf einer Engine; starten Sie eine mit slipway --headless --database URI als Engine-Anmeldung (docs/team-setup.md)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>variable &quot;%1&quot; is secret: on a team database a member&apos;s request would carry its value in clear, so only an admin sets it (docs/team-setup.md)</source>
        <translation>Variable „%1“ ist geheim: auf einer Team-Datenbank trüge die Anfrage eines Mitglieds ihren Wert im Klartext, daher setzt sie nur ein Administrator (docs/team-setup.md)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>you stopped waiting: the request was taken back and nothing was done</source>
        <translation>Sie haben das Warten beendet: die Anfrage wurde zurückgezogen, nichts wurde ausgeführt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the engine has not answered request %1 yet; it may still be carried out</source>
        <translation>die Engine hat Anfrage %1 noch nicht beantwortet; sie kann noch ausgeführt werden</translation>
    </message>
    <message>
        <location filename="../engine/services/requestrunner.cpp" line="+60"/>
        <source>%1 is no longer a login of this team database</source>
        <translation>%1 ist keine Anmeldung dieser Team-Datenbank mehr</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unknown request %1</source>
        <translation>unbekannte Anfrage %1</translation>
    </message>
    <message>
        <location filename="../engine/store/postgresroles.cpp" line="+255"/>
        <location line="+6"/>
        <location line="+10"/>
        <source>cannot create the team&apos;s roles: %1</source>
        <translation>die Rollen des Teams können nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the team database %1 needs its roles (admin, member, engine), and its owner may not create roles: give the owner CREATEROLE (ALTER ROLE … CREATEROLE) and run slipway db init again (docs/team-setup.md)</source>
        <translation>die Team-Datenbank %1 braucht ihre Rollen (admin, member, engine), und ihr Eigentümer darf keine Rollen anlegen: geben Sie dem Eigentümer CREATEROLE (ALTER ROLE … CREATEROLE) und führen Sie slipway db init erneut aus (docs/team-setup.md)</translation>
    </message>
    <message>
        <location filename="../engine/runtime/agentpresence.cpp" line="+27"/>
        <source>an agent named %1 is already online on %2: give this one another --name, or stop that one first</source>
        <translation>ein Agent namens %1 ist bereits auf %2 online: geben Sie diesem einen anderen --name oder beenden Sie zuerst den anderen</translation>
    </message>
    <message>
        <location filename="../engine/services/agentservice.cpp" line="+59"/>
        <source>only an administrator can enable or disable an agent (%1 is not one)</source>
        <translation>nur ein Administrator kann einen Agenten aktivieren oder deaktivieren (%1 ist keiner)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no agent named %1 (slipway agents lists them)</source>
        <translation>kein Agent namens %1 (slipway agents listet sie auf)</translation>
    </message>
    <message>
        <location filename="../engine/azure/azuretasks.cpp" line="-18"/>
        <location filename="../rest/agentpoolscontroller.cpp" line="+126"/>
        <source>the demand &quot;%1&quot; is not &quot;name&quot; or &quot;name -equals value&quot;</source>
        <translation>die Anforderung „%1“ ist weder „Name“ noch „Name -equals Wert“</translation>
    </message>
    <message>
        <location filename="../rest/agentpoolscontroller.cpp" line="+17"/>
        <source>agent pool %1 not found</source>
        <translation>Agentpool %1 nicht gefunden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>agent %1 not found in agent pool %2</source>
        <translation>Agent %1 im Agentpool %2 nicht gefunden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>poolType &quot;%1&quot; is not automation or deployment</source>
        <translation>poolType „%1“ ist weder automation noch deployment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>actionFilter &quot;%1&quot; is not none, manage or use</source>
        <translation>actionFilter „%1“ ist weder none, manage noch use</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>the field &quot;enabled&quot; must be true or false: it is what Slipway changes of an agent</source>
        <translation>das Feld „enabled“ muss true oder false sein: nur das ändert Slipway an einem Agenten</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../app/arguments.cpp" line="+108"/>
        <source>Slipway, a local-first release manager.</source>
        <translation>Slipway, eine lokale Release-Verwaltung.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>SQLite file or postgresql:// URI to use.</source>
        <translation>Zu verwendende SQLite-Datei oder postgresql://-URI.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act as this user (on a file; a team database acts as its login).</source>
        <translation>Als dieser Benutzer handeln (in einer Datei; eine Team-Datenbank handelt als ihre Anmeldung).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the window as a PNG, then exit.</source>
        <translation>Das Fenster als PNG speichern und beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also serve the REST API on this address.</source>
        <translation>Zusätzlich die REST-API unter dieser Adresse anbieten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this page first: approvals, dashboard, whatswhere, library, agents, settings, release:ID[:TAB] or editor:ID[:TAB].</source>
        <translation>Diese Seite zuerst öffnen: approvals, dashboard, whatswhere, library, agents, settings, release:ID[:TAB] oder editor:ID[:TAB].</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="+28"/>
        <source>Slipway cannot start</source>
        <translation>Slipway kann nicht starten</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Could not create the sample pipeline: %1</source>
        <translation>Die Beispiel-Pipeline konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/guiwiring.cpp" line="+52"/>
        <source>Engine: starting</source>
        <translation>Engine: startet</translation>
    </message>
    <message>
        <location filename="../app/finishednotice.cpp" line="+20"/>
        <source>Deployment finished: %1</source>
        <translation>Bereitstellung beendet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <location filename="../app/guiwiring.cpp" line="+65"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Engine: the team&apos;s engines</source>
        <translation>Engine: die Engines des Teams</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Engine: running, %n active</source>
        <translation>
            <numerusform>Engine: läuft, %n aktiv</numerusform>
            <numerusform>Engine: läuft, %n aktiv</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Engine: stopped (%1)</source>
        <translation>Engine: angehalten (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Engine: not started (screenshot)</source>
        <translation>Engine: nicht gestartet (Bildschirmfoto)</translation>
    </message>
</context>
<context>
    <name>MemberWaitDialog</name>
    <message>
        <location filename="../views/memberwaitdialog.cpp" line="+19"/>
        <source>Waiting for the team&apos;s engine to carry out your request…</source>
        <translation>Warten, bis die Engine des Teams Ihre Anfrage ausführt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop waiting</source>
        <translation>Nicht mehr warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team request</source>
        <translation>Anfrage an das Team</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Taking the request back…</source>
        <translation>Die Anfrage wird zurückgezogen…</translation>
    </message>
</context>
<context>
    <name>PipelineChanges</name>
    <message>
        <location filename="../views/pipelinechanges.cpp" line="+41"/>
        <source>Pipeline changes since %1</source>
        <translation>Pipeline-Änderungen seit %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pipeline has not changed since this release was created.</source>
        <translation>Die Pipeline hat sich seit der Erstellung dieses Release nicht geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pipeline changed since revision %1, which this release uses. Its deployments run that revision; the differences are in the details.</source>
        <translation>Die Pipeline hat sich seit Revision %1 geändert, die dieses Release verwendet. Seine Bereitstellungen verwenden diese Revision; die Unterschiede stehen in den Details.</translation>
    </message>
</context>
<context>
    <name>PipelineGraphView</name>
    <message>
        <location filename="../views/pipelinegraphview.cpp" line="+59"/>
        <source>Also deploys on a schedule</source>
        <translation>Wird auch nach Zeitplan bereitgestellt</translation>
    </message>
</context>
<context>
    <name>ReleaseActions</name>
    <message>
        <location filename="../views/releaseactions.cpp" line="+8"/>
        <source>Your login is a member of this team database: ask an admin to do this</source>
        <translation>Ihre Anmeldung ist Mitglied dieser Team-Datenbank: bitten Sie einen Admin darum</translation>
    </message>
</context>
<context>
    <name>ReleaseCards</name>
    <message>
        <location filename="../views/releasecards.cpp" line="+24"/>
        <source>Attempt %1, requested by %2</source>
        <translation>Versuch %1, angefordert von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the system</source>
        <translation>dem System</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started %1</source>
        <translation>Gestartet am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued %1</source>
        <translation>Eingereiht am %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pool %1, a demand unmet · %2</source>
        <translation>Pool %1, Anforderung offen · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pool %1, no agent online · %2</source>
        <translation>Pool %1, kein Agent online · %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deferred until %1</source>
        <translation>Verschoben bis %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you (%1)</source>
        <translation>Sie (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting %1 · %2</source>
        <translation>Wartet auf %1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Awaiting an intervention (%1) · %2</source>
        <translation>Wartet auf einen Eingriff (%1) · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evaluating gates · %1</source>
        <translation>Prüft Gates · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by %1 · %2</source>
        <translation>Aufgehalten von %1 · %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not passed yet</source>
        <translation>noch nicht bestanden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>approved by %1 for %2</source>
        <translation>genehmigt von %1 für %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved by %1</source>
        <translation>genehmigt von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected by %1</source>
        <translation>abgelehnt von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for %1</source>
        <translation>wartet auf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reassigned it</source>
        <translation>%1 hat sie neu zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: canceled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: skipped</source>
        <translation>%1: übersprungen</translation>
    </message>
</context>
<context>
    <name>ReleasePage</name>
    <message>
        <location filename="../views/releasetabs.cpp" line="+33"/>
        <source>waiting for %1</source>
        <translation>wartet auf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (deferred to %1)</source>
        <translation> (verschoben auf %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre-deployment approval: %1</source>
        <translation>Genehmigung vor der Bereitstellung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-deployment approval: %1</source>
        <translation>Genehmigung nach der Bereitstellung: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gates (%1)</source>
        <translation>Gates (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not passed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · attempt %2</source>
        <translation>%1 · Versuch %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stage %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Release: %1 (%2, revision %3)
</source>
        <translation>Release: %1 (%2, Revision %3)
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage: %1, attempt %2 (%3)
</source>
        <translation>Stufe: %1, Versuch %2 (%3)
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Task: %1
</source>
        <translation>Aufgabe: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved: %1

</source>
        <translation>Gespeichert: %1

</translation>
    </message>
</context>
<context>
    <name>StageDecision</name>
    <message>
        <location filename="../views/stagedecisiondialog.cpp" line="+264"/>
        <source>Approve, to start at a later time</source>
        <translation>Genehmigen, mit Start zu einem späteren Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../views/stagesituation.cpp" line="+103"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;fer…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassi&amp;gn…</source>
        <translation>&amp;Neu zuweisen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;sume the intervention…</source>
        <translation>Eingriff &amp;fortsetzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject the &amp;intervention…</source>
        <translation>Eingriff a&amp;blehnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ignore a gate…</source>
        <translation>Gate &amp;ignorieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel the deployment…</source>
        <translation>Bereitstellung abbre&amp;chen…</translation>
    </message>
</context>
<context>
    <name>StageStatus</name>
    <message>
        <location filename="../models/statuspresentation.cpp" line="+103"/>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Deployed only by hand for this release</source>
        <translation>Für dieses Release nur von Hand bereitgestellt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deferred until %1</source>
        <translation>Verschoben bis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt %1, requested by %2</source>
        <translation>Versuch %1, angefordert von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started %1, took %2</source>
        <translation>Gestartet am %1, Dauer %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started %1</source>
        <translation>Gestartet am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended %1 without starting</source>
        <translation>Beendet am %1, ohne zu starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued %1</source>
        <translation>Eingereiht am %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approved by %1</source>
        <translation>Genehmigt von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for %1</source>
        <translation>Wartet auf %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message numerus="yes">
        <location line="-73"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Canceling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for an agent</source>
        <translation>Wartet auf einen Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frozen</source>
        <translation>Eingefroren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially succeeded</source>
        <translation>Teilweise erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Awaiting approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluating gates</source>
        <translation>Prüft Gates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deferred</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Awaiting intervention</source>
        <translation>Wartet auf Eingriff</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../models/errortext.cpp" line="+103"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not deployed</source>
        <translation>Nicht bereitgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially succeeded</source>
        <translation>Teilweise erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluating gates</source>
        <translation>Prüft Gates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting intervention</source>
        <translation>Wartet auf Eingriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending</source>
        <comment>task</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <comment>task</comment>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <comment>task</comment>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <comment>task</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <comment>task</comment>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled</source>
        <comment>task</comment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <comment>task</comment>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassigned</source>
        <translation>Neu zugewiesen</translation>
    </message>
</context>
<context>
    <name>slipway::AgentListModel</name>
    <message>
        <location filename="../models/agentmodels.cpp" line="+67"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Deployment %1</source>
        <translation>Bereitstellung %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double-click to open its release</source>
        <translation>Doppelklicken, um sein Release zu öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started %1; offline %2 s after its last heartbeat</source>
        <translation>Gestartet %1; offline %2 s nach seinem letzten Lebenszeichen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last heartbeat</source>
        <translation>Letztes Lebenszeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Führt aus</translation>
    </message>
</context>
<context>
    <name>slipway::AgentsPage</name>
    <message>
        <location filename="../views/agentspage.cpp" line="+46"/>
        <source>Deployment agents</source>
        <translation>Bereitstellungsagenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pools and their queues</source>
        <translation>Pools und ihre Warteschlangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Disable or enable the agent</source>
        <translation>Den Agenten deaktivieren oder aktivieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pools (double-click opens the oldest waiting release):</source>
        <translation>Pools (Doppelklick öffnet das älteste wartende Release):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot read the agents: %1</source>
        <translation>Die Agenten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No agents yet. Start one on a deployment machine with: slipway agent --database URI --name NAME --pool POOL (docs/agents.md)</source>
        <translation>Noch keine Agenten. Starten Sie einen auf einer Zielmaschine mit: slipway agent --database URI --name NAME --pool POOL (docs/agents.md)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent finishes what it runs and claims nothing more (an administrator&apos;s)</source>
        <translation>Der Agent beendet, was er ausführt, und übernimmt nichts mehr (Sache eines Administrators)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent claims deployments again</source>
        <translation>Der Agent übernimmt wieder Bereitstellungen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enabled %1: it claims deployments again at its next heartbeat</source>
        <translation>%1 aktiviert: er übernimmt mit seinem nächsten Lebenszeichen wieder Bereitstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled %1: it finishes what it runs and claims nothing more</source>
        <translation>%1 deaktiviert: er beendet, was er ausführt, und übernimmt nichts mehr</translation>
    </message>
</context>
<context>
    <name>slipway::ApprovalInboxModel</name>
    <message numerus="yes">
        <location filename="../models/approvalinboxmodel.cpp" line="+42"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message numerus="yes">
        <location line="-112"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>anyone</source>
        <translation>beliebige Person</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Manual intervention</source>
        <translation>Manueller Eingriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-deployment approval</source>
        <translation>Genehmigung vor der Bereitstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-deployment approval</source>
        <translation>Genehmigung nach der Bereitstellung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting since %1</source>
        <translation>Wartet seit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An earlier approver deferred the start to %1</source>
        <translation>Ein früherer Genehmigender hat den Start auf %1 verschoben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
Manual intervention &quot;%2&quot; of %3 · %4 (attempt %5)</source>
        <translation>%1
Manueller Eingriff „%2“ von %3 · %4 (Versuch %5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
Approval for %2 · %3, assigned to %4; attempt %5</source>
        <translation>%1
Genehmigung für %2 · %3, zugewiesen an %4; Versuch %5</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Waiting for</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approver</source>
        <translation>Genehmigender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred to</source>
        <translation>Verschoben auf</translation>
    </message>
</context>
<context>
    <name>slipway::ApprovalsEditor</name>
    <message>
        <location filename="../views/approvalseditor.cpp" line="+35"/>
        <source>Tick to require approval; untick to remove the approvals</source>
        <translation>Ankreuzen, um eine Genehmigung zu verlangen; Kreuz entfernen, um die Genehmigungen zu entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approvers</source>
        <translation>Genehmigende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who approves, in order</source>
        <translation>Wer genehmigt, der Reihe nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add approver</source>
        <translation>Genehmigenden hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the chosen user or group as an approver</source>
        <translation>Den gewählten Benutzer oder die gewählte Gruppe als Genehmigenden hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove approver</source>
        <translation>Genehmigenden entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected approver</source>
        <translation>Den gewählten Genehmigenden entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move approver up</source>
        <translation>Genehmigenden nach oben verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask the selected approver earlier</source>
        <translation>Den gewählten Genehmigenden früher fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move approver down</source>
        <translation>Genehmigenden nach unten verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask the selected approver later</source>
        <translation>Den gewählten Genehmigenden später fragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval order</source>
        <translation>Genehmigungsreihenfolge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whose approval is needed</source>
        <translation>Wessen Genehmigung nötig ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any one of them</source>
        <translation>Einer von ihnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of them, in the listed order</source>
        <translation>Alle, in der aufgeführten Reihenfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of them, in any order</source>
        <translation>Alle, in beliebiger Reihenfolge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval timeout</source>
        <translation>Genehmigungs-Timeout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the approval may wait before it is rejected, e.g. 8h or 30d</source>
        <translation>Wie lange die Genehmigung warten darf, bevor sie abgelehnt wird, z. B. 8h oder 30d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30d (the default)</source>
        <translation>30d (Standard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person who created the release cannot approve it</source>
        <translation>Wer das Release erstellt hat, kann es nicht genehmigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Four eyes: the release&apos;s creator is not counted as an approver</source>
        <translation>Vier-Augen-Prinzip: Der Ersteller des Release zählt nicht als Genehmigender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip if the same approvers approved the previous stage</source>
        <translation>Überspringen, wenn dieselben Genehmigenden die vorherige Stufe genehmigt haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No second approval when the previous stage&apos;s approvers already approved this release</source>
        <translation>Keine zweite Genehmigung, wenn die Genehmigenden der vorherigen Stufe dieses Release bereits genehmigt haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvers confirm their identity again</source>
        <translation>Genehmigende bestätigen ihre Identität erneut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An approver signs in again before the approval counts</source>
        <translation>Ein Genehmigender meldet sich erneut an, bevor die Genehmigung zählt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approvers:</source>
        <translation>Genehmigende:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval by:</source>
        <translation>Genehmigung durch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout:</source>
        <translation>Timeout:</translation>
    </message>
</context>
<context>
    <name>slipway::ApprovalsPage</name>
    <message>
        <location filename="../views/approvalspage.cpp" line="+61"/>
        <source>Waiting for you</source>
        <translation>Wartet auf Sie</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Approvals and interventions waiting for you</source>
        <translation>Genehmigungen und Eingriffe, die auf Sie warten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check what to act on; Space toggles the current row, a double-click opens the release</source>
        <translation>Kreuzen Sie an, was Sie bearbeiten möchten; die Leertaste schaltet die aktuelle Zeile um, ein Doppelklick öffnet das Release</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment for the approvers&apos; history (used once)</source>
        <translation>Kommentar für den Verlauf der Genehmigungen (wird einmal verwendet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded with the next action only; cleared after it</source>
        <translation>Wird nur mit der nächsten Aktion gespeichert und danach geleert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve the checked approvals (Ctrl+Enter)</source>
        <translation>Die angekreuzten Genehmigungen erteilen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the checked approvals or interventions (Ctrl+Shift+Enter)</source>
        <translation>Die angekreuzten Genehmigungen oder Eingriffe ablehnen (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;sume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume the deployments waiting for the checked interventions</source>
        <translation>Die Bereitstellungen fortsetzen, die auf die angekreuzten Eingriffe warten</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>D&amp;efer…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reassign &amp;to:</source>
        <translation>Neu zuweisen a&amp;n:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reassign to</source>
        <translation>Neu zuweisen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user to hand the checked approvals to</source>
        <translation>Der Benutzer, dem die angekreuzten Genehmigungen übergeben werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reassi&amp;gn…</source>
        <translation>Neu &amp;zuweisen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hand the checked approvals to the picked user</source>
        <translation>Die angekreuzten Genehmigungen dem gewählten Benutzer übergeben</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>That item no longer waits for you.</source>
        <translation>Dieser Eintrag wartet nicht mehr auf Sie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The inbox cannot be read: %1</source>
        <translation>Der Posteingang kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That approval no longer waits for you.</source>
        <translation>Diese Genehmigung wartet nicht mehr auf Sie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That manual intervention no longer waits for you.</source>
        <translation>Dieser manuelle Eingriff wartet nicht mehr auf Sie.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 no longer waits for you; nothing was done. Check again.</source>
        <translation>%1 wartet nicht mehr auf Sie; es wurde nichts ausgeführt. Kreuzen Sie erneut an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list changed, so your ticks were cleared. Check again what to act on.</source>
        <translation>Die Liste hat sich geändert, daher wurden Ihre Kreuze entfernt. Kreuzen Sie erneut an, was Sie bearbeiten möchten.</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do what the summary says (Enter)</source>
        <translation>Ausführen, was die Zusammenfassung beschreibt (Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do nothing (Escape)</source>
        <translation>Nichts tun (Esc)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Defer to:</source>
        <translation>Verschieben a&amp;uf:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Defer to</source>
        <translation>Verschieben auf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local time (%1)</source>
        <translation>Ortszeit (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve, but start the deployment no earlier than this time</source>
        <translation>Genehmigen, die Bereitstellung aber nicht vor diesem Zeitpunkt starten</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>= %1 UTC</source>
        <translation>= %1 UTC</translation>
    </message>
    <message>
        <location filename="../views/approvalsactions.cpp" line="+39"/>
        <source>%1 · %2 · %3 (manual intervention &quot;%4&quot;)</source>
        <translation>%1 · %2 · %3 (manueller Eingriff „%4“)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 · %3 (%4)</source>
        <translation>%1 · %2 · %3 (%4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pre-deployment</source>
        <translation>vor der Bereitstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>post-deployment</source>
        <translation>nach der Bereitstellung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing is checked: check the approvals or interventions to act on first.</source>
        <translation>Nichts ist angekreuzt: Kreuzen Sie zuerst die Genehmigungen oder Eingriffe an, die Sie bearbeiten möchten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only manual interventions are resumed; uncheck %1.</source>
        <translation>Nur manuelle Eingriffe werden fortgesetzt; entfernen Sie das Kreuz bei %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A manual intervention is resumed or rejected, not approved, deferred or reassigned; uncheck %1.</source>
        <translation>Ein manueller Eingriff wird fortgesetzt oder abgelehnt, nicht genehmigt, verschoben oder neu zugewiesen; entfernen Sie das Kreuz bei %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is in the past; pick a later time.</source>
        <translation>%1 liegt in der Vergangenheit; wählen Sie einen späteren Zeitpunkt.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Approve %n approval(s):</source>
        <translation>
            <numerusform>%n Genehmigung erteilen:</numerusform>
            <numerusform>%n Genehmigungen erteilen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reject %n item(s):</source>
        <translation>
            <numerusform>%n Eintrag ablehnen:</numerusform>
            <numerusform>%n Einträge ablehnen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Resume %n manual intervention(s):</source>
        <translation>
            <numerusform>%n manuellen Eingriff fortsetzen:</numerusform>
            <numerusform>%n manuelle Eingriffe fortsetzen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Approve %n approval(s), starting no earlier than %1 (%2 UTC):</source>
        <translation>
            <numerusform>%n Genehmigung erteilen, Start frühestens %1 (%2 UTC):</numerusform>
            <numerusform>%n Genehmigungen erteilen, Start frühestens %1 (%2 UTC):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Hand %n approval(s) to %1:</source>
        <translation>
            <numerusform>%n Genehmigung an %1 übergeben:</numerusform>
            <numerusform>%n Genehmigungen an %1 übergeben:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No comment.</source>
        <translation>Kein Kommentar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment: &quot;%1&quot;</source>
        <translation>Kommentar: „%1“</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n approval(s) approved.</source>
        <translation>
            <numerusform>%n Genehmigung erteilt.</numerusform>
            <numerusform>%n Genehmigungen erteilt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) rejected.</source>
        <translation>
            <numerusform>%n Eintrag abgelehnt.</numerusform>
            <numerusform>%n Einträge abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n manual intervention(s) resumed.</source>
        <translation>
            <numerusform>%n manueller Eingriff fortgesetzt.</numerusform>
            <numerusform>%n manuelle Eingriffe fortgesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n approval(s) deferred to %1.</source>
        <translation>
            <numerusform>%n Genehmigung auf %1 verschoben.</numerusform>
            <numerusform>%n Genehmigungen auf %1 verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n approval(s) handed to %1.</source>
        <translation>
            <numerusform>%n Genehmigung an %1 übergeben.</numerusform>
            <numerusform>%n Genehmigungen an %1 übergeben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Pick the user to hand the approvals to.</source>
        <translation>Wählen Sie den Benutzer, dem die Genehmigungen übergeben werden.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Not done: %1</source>
        <translation>Nicht erledigt: %1</translation>
    </message>
</context>
<context>
    <name>slipway::AuditListModel</name>
    <message>
        <location filename="../models/auditlistmodel.cpp" line="+63"/>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>slipway::AzureImportDialog</name>
    <message>
        <location filename="../views/azureimportdialog.cpp" line="+20"/>
        <source>Import Azure release definition</source>
        <translation>Azure-Release-Definition importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is an Azure classic release definition. It becomes the pipeline &quot;%2&quot;; the parts below were mapped or could not be. Nothing is saved until you import it.</source>
        <translation>%1 ist eine klassische Azure-Release-Definition. Daraus wird die Pipeline „%2“; die unten aufgeführten Teile wurden übernommen oder konnten nicht übernommen werden. Es wird nichts gespeichert, bevor Sie sie importieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mapped: %1 · Not mapped: %2 (listed first)</source>
        <translation>Übernommen: %1 · Nicht übernommen: %2 (zuerst aufgeführt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Part of the Azure file</source>
        <translation>Teil der Azure-Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No secret variable needs a value.</source>
        <translation>Keine geheime Variable braucht einen Wert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret variables that need a value after the import: %1</source>
        <translation>Geheime Variablen, die nach dem Import einen Wert brauchen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mapped</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not mapped</source>
        <translation>Nicht übernommen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>slipway::CompareDialog</name>
    <message>
        <location filename="../views/comparedialog.cpp" line="+25"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This release</source>
        <translation>Dieses Release</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other release</source>
        <translation>Anderes Release</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Different</source>
        <translation>Verschieden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare releases</source>
        <translation>Releases vergleichen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline snapshot</source>
        <translation>Pipeline-Schnappschuss</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The pipeline has no other release to compare with.</source>
        <translation>Die Pipeline hat kein anderes Release zum Vergleichen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Both releases use the same pipeline revision.</source>
        <translation>Beide Releases verwenden dieselbe Pipeline-Revision.</translation>
    </message>
</context>
<context>
    <name>slipway::CreateReleaseDialog</name>
    <message>
        <location filename="../views/createreleasedialog.cpp" line="+38"/>
        <source>Create a release of %1</source>
        <translation>Release von %1 erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This pipeline has no artifact sources.</source>
        <translation>Diese Pipeline hat keine Artefaktquellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this release is for</source>
        <translation>Wofür dieses Release ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All stages, as their triggers say</source>
        <translation>Alle Stufen, wie ihre Auslöser es vorsehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked stages are not triggered automatically for this release</source>
        <translation>Angekreuzte Stufen werden für dieses Release nicht automatisch ausgelöst</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Variables set at release time</source>
        <translation>Beim Erstellen gesetzte Variablen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Empty: keep the pipeline&apos;s secret</source>
        <translation>Leer: das Geheimnis der Pipeline behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a value only to replace the pipeline&apos;s secret for this release</source>
        <translation>Geben Sie nur dann einen Wert ein, wenn Sie das Geheimnis der Pipeline für dieses Release ersetzen möchten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value for this release</source>
        <translation>Der Wert für dieses Release</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as a draft (triggers nothing until started)</source>
        <translation>Als Entwurf speichern (löst nichts aus, bis er gestartet wird)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploy automatically &amp;up to:</source>
        <translation>Automatisch bereitstellen &amp;bis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual stages:</source>
        <translation>&amp;Manuelle Stufen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
</context>
<context>
    <name>slipway::DashboardPage</name>
    <message>
        <location filename="../views/dashboardpage.cpp" line="+69"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 Std.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The stage the charts show</source>
        <translation>Die Stufe, die die Diagramme zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the figures and the chosen stage&apos;s daily values to a CSV file</source>
        <translation>Die Kennzahlen und die Tageswerte der gewählten Stufe in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+19"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The pipeline the figures are for</source>
        <translation>Die Pipeline, für die die Kennzahlen gelten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period measured, up to now</source>
        <translation>Der gemessene Zeitraum bis jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Last %n days</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deployment figures per stage</source>
        <translation>Bereitstellungskennzahlen je Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead time (median)</source>
        <translation>Vorlaufzeit (Median)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change failure rate</source>
        <translation>Änderungsfehlerrate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time to restore (median)</source>
        <translation>Wiederherstellungszeit (Median)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unrestored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pipeline:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pe&amp;riod:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tage:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading the timeline&apos;s deployments…</source>
        <translation>Die Bereitstellungen der Zeitleiste werden geladen…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Computed in %1 ms.</source>
        <translation>In %1 ms berechnet.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployments per day</source>
        <translation>Bereitstellungen pro Tag</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Median lead time (h)</source>
        <translation>Vorlaufzeit, Median (Std.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Success rate (%)</source>
        <translation>Erfolgsquote (%)</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Mean duration (min)</source>
        <translation>Mittlere Dauer (Min.)</translation>
    </message>
</context>
<context>
    <name>slipway::DatabaseSettings</name>
    <message>
        <location filename="../views/databasesettings.cpp" line="+31"/>
        <source>&amp;Local file</source>
        <translation>&amp;Lokale Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An SQLite file on this computer: Slipway&apos;s default</source>
        <translation>Eine SQLite-Datei auf diesem Computer: die Voreinstellung von Slipway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team server</source>
        <translation>&amp;Team-Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PostgreSQL database shared by the team (docs/team-setup.md)</source>
        <translation>Eine PostgreSQL-Datenbank, die das Team teilt (docs/team-setup.md)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database applies the next time Slipway starts; until then this window keeps working on the one it has.</source>
        <translation>Die Datenbank gilt ab dem nächsten Start von Slipway; bis dahin arbeitet dieses Fenster mit der bisherigen weiter.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>slipway.db in the app data folder</source>
        <translation>slipway.db im Anwendungsdatenordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>db.example.com; empty: this computer&apos;s socket</source>
        <translation>db.example.com; leer: der Socket dieses Computers</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kept in the system keyring; empty: the keyring&apos;s, ~/.pgpass or PGPASSWORD</source>
        <translation>im Schlüsselbund des Systems gespeichert; leer: das des Schlüsselbunds, ~/.pgpass oder PGPASSWORD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disable: never TLS</source>
        <translation>disable: nie TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allow: TLS when the server insists</source>
        <translation>allow: TLS, wenn der Server darauf besteht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prefer: TLS when the server offers it</source>
        <translation>prefer: TLS, wenn der Server es anbietet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>require: always TLS, any certificate</source>
        <translation>require: immer TLS, jedes Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify-ca: TLS, a certificate of a trusted authority</source>
        <translation>verify-ca: TLS, ein Zertifikat einer vertrauenswürdigen Stelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify-full: TLS, a trusted certificate for this host name</source>
        <translation>verify-full: TLS, ein vertrauenswürdiges Zertifikat für diesen Hostnamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test &amp;connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TL&amp;S:</source>
        <translation>TL&amp;S:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No system keyring took the password. Leave the password empty and keep it in ~/.pgpass or PGPASSWORD instead (docs/team-setup.md).</source>
        <translation>Kein Schlüsselbund des Systems hat das Passwort angenommen. Lassen Sie das Passwort leer und legen Sie es stattdessen in ~/.pgpass oder PGPASSWORD ab (docs/team-setup.md).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not connected: %1.</source>
        <translation>Nicht verbunden: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to an empty database: Slipway makes its tables when it first opens it (or run slipway db init).</source>
        <translation>Verbunden mit einer leeren Datenbank: Slipway legt seine Tabellen beim ersten Öffnen an (oder führen Sie slipway db init aus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected, but the database uses schema version %1 and this Slipway version %2: upgrade it with slipway db init.</source>
        <translation>Verbunden, aber die Datenbank hat Schemaversion %1 und dieses Slipway Version %2: aktualisieren Sie sie mit slipway db init.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected, but the database uses schema version %1 and this Slipway only knows version %2: use a newer Slipway.</source>
        <translation>Verbunden, aber die Datenbank hat Schemaversion %1 und dieses Slipway kennt nur Version %2: verwenden Sie ein neueres Slipway.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: the database uses schema version %1, as this Slipway does.</source>
        <translation>Verbunden: Die Datenbank hat Schemaversion %1, wie dieses Slipway.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
</context>
<context>
    <name>slipway::DeployDialog</name>
    <message>
        <location filename="../views/deploydialog.cpp" line="+37"/>
        <source>The pipeline has changed since this release was created (revision %1, now %2). The redeploy runs the release&apos;s own snapshot, not the current definition. &lt;a href=&quot;changes&quot;&gt;Show the changes&lt;/a&gt;</source>
        <translation>Die Pipeline hat sich seit der Erstellung dieses Release geändert (Revision %1, jetzt %2). Die erneute Bereitstellung verwendet den Schnappschuss des Release, nicht die aktuelle Definition. &lt;a href=&quot;changes&quot;&gt;Änderungen zeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Redeploy %1 of %2</source>
        <translation>%1 von %2 erneut bereitstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploy %1 of %2</source>
        <translation>%1 von %2 bereitstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why, for the history</source>
        <translation>Warum, für den Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;at:</source>
        <translation>Starten &amp;um:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start at</source>
        <translation>Starten um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Used by this deployment only; the release keeps its value</source>
        <translation>Gilt nur für diese Bereitstellung; das Release behält seinen Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty: keep the release&apos;s secret</source>
        <translation>Leer: das Geheimnis des Release behalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redeploy</source>
        <translation>&amp;Erneut bereitstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Deploy</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
</context>
<context>
    <name>slipway::DeploymentLogModel</name>
    <message>
        <location filename="../models/deploymentlogmodel.cpp" line="+50"/>
        <source>%1 · attempt %2</source>
        <translation>%1 · Versuch %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deployment and task</source>
        <translation>Bereitstellung und Aufgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>slipway::DocumentSection</name>
    <message>
        <location filename="../views/documentsection.cpp" line="+50"/>
        <source>Double-click a value to edit it; grey fields are not set</source>
        <translation>Doppelklick auf einen Wert zum Bearbeiten; graue Felder sind nicht gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The selected field&apos;s text, over as many lines as it needs</source>
        <translation>Der Text des gewählten Felds, über so viele Zeilen wie nötig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the selected field</source>
        <translation>Text des gewählten Felds</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an entry to the selected list or map</source>
        <translation>Einen Eintrag zur gewählten Liste oder Zuordnung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected entry, or unset the field</source>
        <translation>Den gewählten Eintrag entfernen oder das Feld zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected entry up</source>
        <translation>Den gewählten Eintrag nach oben verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected entry down</source>
        <translation>Den gewählten Eintrag nach unten verschieben</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 of &quot;%2&quot;:</source>
        <translation>%1 von „%2“:</translation>
    </message>
</context>
<context>
    <name>slipway::GatesEditor</name>
    <message>
        <location filename="../views/gateseditor.cpp" line="+31"/>
        <source>HTTP check</source>
        <translation>HTTP-Prüfung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Script check</source>
        <translation>Skriptprüfung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick to evaluate gates; untick to remove them</source>
        <translation>Ankreuzen, um Gates zu prüfen; Kreuz entfernen, um sie zu entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The gates; all must succeed. Select one to edit it</source>
        <translation>Die Gates; alle müssen erfolgreich sein. Eines auswählen, um es zu bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add HTTP check</source>
        <translation>HTTP-Prüfung hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A gate that calls a URL and checks the answer</source>
        <translation>Ein Gate, das eine URL aufruft und die Antwort prüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add script check</source>
        <translation>Skriptprüfung hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A gate that runs a script; exit code 0 passes</source>
        <translation>Ein Gate, das ein Skript ausführt; Exit-Code 0 gilt als bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove gate</source>
        <translation>Gate entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected gate</source>
        <translation>Das gewählte Gate entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gates:</source>
        <translation>Gates:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Wait before the first check:</source>
        <translation>Warten vor der ersten Prüfung:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time to let the deployment settle</source>
        <translation>Zeit, in der sich die Bereitstellung stabilisieren kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every:</source>
        <translation>Prüfen alle:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time between two evaluations</source>
        <translation>Zeit zwischen zwei Prüfungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up after:</source>
        <translation>Aufgeben nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stage fails when the gates have not passed by then</source>
        <translation>Die Stufe schlägt fehl, wenn die Gates bis dahin nicht bestanden sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must pass for:</source>
        <translation>Bestanden sein für:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gates must keep passing this long before the stage goes on</source>
        <translation>So lange müssen die Gates durchgehend bestehen, bevor die Stufe weitergeht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (the default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approvals and gates order</source>
        <translation>Reihenfolge von Genehmigungen und Gates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When this side&apos;s approvals are asked for, relative to the gates</source>
        <translation>Wann die Genehmigungen dieser Seite angefordert werden, bezogen auf die Gates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals first, then the gates</source>
        <translation>Erst Genehmigungen, dann die Gates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gates first; approvals once they pass</source>
        <translation>Erst Gates; Genehmigungen, sobald sie bestanden sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gates first; approvals whatever their result</source>
        <translation>Erst Gates; Genehmigungen unabhängig von deren Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approvals:</source>
        <translation>Genehmigungen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gate name</source>
        <translation>Gate-Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the gate checks, shown on the release</source>
        <translation>Was das Gate prüft; wird am Release angezeigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gate name:</source>
        <translation>Gate-Name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The request&apos;s method</source>
        <translation>Die Methode der Anfrage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The address to call; variables such as $(url) are replaced</source>
        <translation>Die aufzurufende Adresse; Variablen wie $(url) werden ersetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passing status:</source>
        <translation>Erfolgsstatus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The HTTP statuses that pass, e.g. 200 or 200-299</source>
        <translation>Die HTTP-Status, die als bestanden gelten, z. B. 200 oder 200-299</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON field:</source>
        <translation>JSON-Feld:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional: a field of the JSON answer to compare, e.g. status</source>
        <translation>Optional: ein zu vergleichendes Feld der JSON-Antwort, z. B. status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must equal:</source>
        <translation>Muss gleich sein:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional: the value that field must have</source>
        <translation>Optional: der Wert, den dieses Feld haben muss</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gate script</source>
        <translation>Gate-Skript</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A shell script; it passes when it exits with 0</source>
        <translation>Ein Shell-Skript; es gilt als bestanden, wenn es mit 0 endet</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+70"/>
        <source>%1 (script)</source>
        <translation>%1 (Skript)</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+70"/>
        <source>%1 (HTTP)</source>
        <translation>%1 (HTTP)</translation>
    </message>
</context>
<context>
    <name>slipway::GroupVariablesModel</name>
    <message>
        <location filename="../models/variablegroupmodels.cpp" line="+181"/>
        <source>*** (new value)</source>
        <translation>*** (neuer Wert)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
</context>
<context>
    <name>slipway::InboxDetails</name>
    <message>
        <location filename="../views/inboxdetails.cpp" line="+22"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reassigned</source>
        <translation>neu zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open release</source>
        <translation>Release ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open release</source>
        <translation>Release öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the release of the current row (or double-click the row)</source>
        <translation>Das Release der aktuellen Zeile öffnen (oder auf die Zeile doppelklicken)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Click a row to see what it waits for.</source>
        <translation>Klicken Sie auf eine Zeile, um zu sehen, worauf sie wartet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 · %3, pipeline %4</source>
        <translation>%1 · %2 · %3, Pipeline %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pre-deployment approval</source>
        <translation>Genehmigung vor der Bereitstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>post-deployment approval</source>
        <translation>Genehmigung nach der Bereitstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 · manual intervention &quot;%3&quot;, pipeline %4</source>
        <translation>%1 · %2 · manueller Eingriff „%3“, Pipeline %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instructions: %1</source>
        <translation>Anweisungen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none given)</source>
        <translation>(keine angegeben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approver: %1</source>
        <translation>Genehmigender: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested by %1; waiting since %2</source>
        <translation>Angefordert von %1; wartet seit %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The context cannot be read: %1</source>
        <translation>Der Kontext kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An earlier approver deferred the start to %1</source>
        <translation>Ein früherer Genehmigender hat den Start auf %1 verschoben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no version</source>
        <translation>keine Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 (new in %3)</source>
        <translation>%1 %2 (neu in %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 (unchanged)</source>
        <translation>%1 %2 (unverändert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 (%3 runs %4)</source>
        <translation>%1 %2 (%3 führt %4 aus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Artifacts: %1</source>
        <translation>Artefakte: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has not run a release of this pipeline yet.</source>
        <translation>%1 hat noch kein Release dieser Pipeline ausgeführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 runs %2 now.</source>
        <translation>%1 führt jetzt %2 aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No approvals of this release were decided yet.</source>
        <translation>Über Genehmigungen dieses Release wurde noch nicht entschieden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approvals of this release so far:</source>
        <translation>Bisherige Genehmigungen dieses Release:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1 (%2): %3 by %4 at %5</source>
        <translation>  %1 (%2): %3 von %4 am %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-deployment</source>
        <translation>vor der Bereitstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>post-deployment</source>
        <translation>nach der Bereitstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, &quot;%1&quot;</source>
        <translation>, „%1“</translation>
    </message>
</context>
<context>
    <name>slipway::LibraryPage</name>
    <message>
        <location filename="../views/librarypage.cpp" line="+49"/>
        <source>Library: variable groups</source>
        <translation>Bibliothek: Variablengruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variable groups</source>
        <translation>Variablengruppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Variables of the group</source>
        <translation>Variablen der Gruppe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipelines that use the group</source>
        <translation>Pipelines, die die Gruppe verwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Variables (secret values are never shown):</source>
        <translation>Variablen (geheime Werte werden nie angezeigt):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used by:</source>
        <translation>Verwendet von:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;New group…</source>
        <translation>&amp;Neue Gruppe…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a variable group</source>
        <translation>Eine Variablengruppe anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected group&apos;s description and variables</source>
        <translation>Beschreibung und Variablen der gewählten Gruppe bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected group</source>
        <translation>Die gewählte Gruppe löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the variable group &quot;%1&quot;?</source>
        <translation>Variablengruppe „%1“ löschen?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the group for good</source>
        <translation>Die Gruppe endgültig löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not delete it</source>
        <translation>Nicht löschen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 (stage %2)</source>
        <translation>%1 (Stufe %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No pipeline links this group.</source>
        <translation>Keine Pipeline verknüpft diese Gruppe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved the variable group &quot;%1&quot;.</source>
        <translation>Variablengruppe „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deleted the variable group &quot;%1&quot;.</source>
        <translation>Variablengruppe „%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>slipway::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="+44"/>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+64"/>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s where</source>
        <translation>Was läuft wo</translation>
    </message>
    <message>
        <location filename="../views/mainwindowactions.cpp" line="+49"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New pipeline…</source>
        <translation>&amp;Neue Pipeline…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Define a new release pipeline</source>
        <translation>Eine neue Release-Pipeline definieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import definition…</source>
        <translation>Definition &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a pipeline JSON file in the editor</source>
        <translation>Eine Pipeline-JSON-Datei im Editor öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export definition…</source>
        <translation>Definition &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected pipeline as a JSON file</source>
        <translation>Die gewählte Pipeline als JSON-Datei speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The REST server, language, theme and other settings</source>
        <translation>REST-Server, Sprache, Erscheinungsbild und weitere Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create release…</source>
        <translation>Release &amp;erstellen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Deploy…</source>
        <translation>&amp;Bereitstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploy the selected stage of the selected release</source>
        <translation>Die gewählte Stufe des gewählten Release bereitstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redeploy…</source>
        <translation>E&amp;rneut bereitstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploy the selected stage again, as a new attempt</source>
        <translation>Die gewählte Stufe erneut bereitstellen, als neuen Versuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ancel deployment</source>
        <translation>Bereitstellung &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the deployment of the selected stage</source>
        <translation>Die Bereitstellung der gewählten Stufe abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;bandon release…</source>
        <translation>Release &amp;verwerfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandon the selected release</source>
        <translation>Das gewählte Release verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit pipeline…</source>
        <translation>Pipeline be&amp;arbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected pipeline</source>
        <translation>Die gewählte Pipeline bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a pipeline to edit.</source>
        <translation>Wählen Sie eine Pipeline zum Bearbeiten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approvals</source>
        <translation>&amp;Genehmigungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the approvals waiting for you</source>
        <translation>Die auf Sie wartenden Genehmigungen zeigen</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the user guide</source>
        <translation>Das Benutzerhandbuch öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Slipway</source>
        <translation>Ü&amp;ber Slipway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Slipway</source>
        <translation>Über Slipway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Slipway&lt;/b&gt; %1&lt;br&gt;A local-first desktop release manager.</source>
        <translation>&lt;b&gt;Slipway&lt;/b&gt; %1&lt;br&gt;Eine lokale Release-Verwaltung für den Desktop.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Show the version of Slipway</source>
        <translation>Die Version von Slipway anzeigen</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Close Slipway (asks first while deployments are active)</source>
        <translation>Slipway schließen (fragt nach, solange Bereitstellungen aktiv sind)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create a release of the selected (or last shown) pipeline</source>
        <translation>Ein Release der gewählten (oder zuletzt angezeigten) Pipeline erstellen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics and the timeline of the selected pipeline</source>
        <translation>Kennzahlen und Zeitleiste der gewählten Pipeline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;What&apos;s where</source>
        <translation>&amp;Was läuft wo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which release each stage runs</source>
        <translation>Welches Release jede Stufe ausführt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open selected &amp;release</source>
        <translation>Gewähltes &amp;Release öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs, approvals, variables and history of the selected release</source>
        <translation>Protokolle, Genehmigungen, Variablen und Verlauf des gewählten Release</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a release in the grid to open it.</source>
        <translation>Wählen Sie ein Release in der Tabelle, um es zu öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to the pipeline</source>
        <translation>&amp;Zurück zur Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the release page for its pipeline&apos;s releases</source>
        <translation>Die Release-Seite verlassen und zu den Releases ihrer Pipeline wechseln</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the focus to the next pane: the tree, the page</source>
        <translation>Den Fokus in den nächsten Bereich setzen: Baum, Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the focus to the previous pane</source>
        <translation>Den Fokus in den vorherigen Bereich setzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Select a pipeline first: a release is created of a pipeline.</source>
        <translation>Wählen Sie zuerst eine Pipeline: Ein Release wird aus einer Pipeline erstellt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Opened the user guide.</source>
        <translation>Das Benutzerhandbuch wurde geöffnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user guide is not installed (looked for %1).</source>
        <translation>Das Benutzerhandbuch ist nicht installiert (gesucht wurde %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program could be started to show the user guide. It is here:
%1</source>
        <translation>Es konnte kein Programm zum Anzeigen des Benutzerhandbuchs gestartet werden. Es befindet sich hier:
%1</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="-79"/>
        <source>Select a pipeline on the left, or define one with File ▸ New pipeline… or File ▸ Import definition….</source>
        <translation>Wählen Sie links eine Pipeline oder definieren Sie eine mit Datei ▸ Neue Pipeline… oder Datei ▸ Definition importieren….</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pipelines, grouped by folder (F6 moves between the tree and the page)</source>
        <translation>Pipelines, nach Ordner gruppiert (F6 wechselt zwischen Baum und Seite)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Approvals waiting for you (Ctrl+Shift+A)</source>
        <translation>Auf Sie wartende Genehmigungen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deployment frequency, lead time, failure rate, time to restore, timeline (Ctrl+Shift+D)</source>
        <translation>Bereitstellungshäufigkeit, Vorlaufzeit, Fehlerrate, Wiederherstellungszeit, Zeitleiste (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which release each stage runs, at any time (Ctrl+Shift+W)</source>
        <translation>Welches Release jede Stufe zu einem beliebigen Zeitpunkt ausführt (Strg+Umschalt+W)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pipeline saved.</source>
        <translation>Pipeline gespeichert.</translation>
    </message>
    <message>
        <location filename="../views/mainwindowimport.cpp" line="+20"/>
        <location line="+8"/>
        <source>Import definition</source>
        <translation>Definition importieren</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Pipeline or Azure release definition JSON (*.json);;All files (*)</source>
        <translation>Pipeline- oder Azure-Release-Definition-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pipeline imported.</source>
        <translation>Pipeline importiert.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="+10"/>
        <source>Select a pipeline to export.</source>
        <translation>Wählen Sie eine Pipeline zum Exportieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <location line="+5"/>
        <source>Export definition</source>
        <translation>Definition exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Pipeline JSON (*.json)</source>
        <translation>Pipeline-JSON (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approvals (%1)</source>
        <translation>Genehmigungen (%1)</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../views/mainwindowsession.cpp" line="+84"/>
        <source>The state of the deployment engine</source>
        <translation>Der Zustand der Deployment-Engine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The REST API for scripts and CI systems</source>
        <translation>Die REST-API für Skripte und CI-Systeme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User: %1 (%2)</source>
        <translation>Benutzer: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You act as this database login; as a member, your actions run on the team&apos;s engines</source>
        <translation>Sie handeln als diese Datenbankanmeldung; als Mitglied laufen Ihre Aktionen auf den Engines des Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You act as this user</source>
        <translation>Sie handeln als dieser Benutzer</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsession.cpp" line="-56"/>
        <source>Deployments are active</source>
        <translation>Bereitstellungen sind aktiv</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deployment(s) of this window are running, queued or waiting.</source>
        <translation>
            <numerusform>%n Bereitstellung dieses Fensters läuft, ist eingereiht oder wartet.</numerusform>
            <numerusform>%n Bereitstellungen dieses Fensters laufen, sind eingereiht oder warten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep running in the background: the window closes and Slipway goes on without it until nothing is active any more (the tray icon, where there is one, brings the window back).
Wait: keep the window open.
Stop: quit now; running deployments are interrupted.</source>
        <translation>Im Hintergrund weiterlaufen: Das Fenster wird geschlossen und Slipway läuft ohne es weiter, bis nichts mehr aktiv ist (das Symbol im Infobereich, sofern vorhanden, holt das Fenster zurück).
Warten: Das Fenster bleibt geöffnet.
Beenden: Sofort beenden; laufende Bereitstellungen werden unterbrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep running in the background</source>
        <translation>Im &amp;Hintergrund weiterlaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wait</source>
        <translation>&amp;Warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Slipway stays open: %n deployment(s) active.</source>
        <translation>
            <numerusform>Slipway bleibt geöffnet: %n Bereitstellung aktiv.</numerusform>
            <numerusform>Slipway bleibt geöffnet: %n Bereitstellungen aktiv.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The engine has a problem: %1</source>
        <translation>Die Engine hat ein Problem: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine: problem</source>
        <translation>Engine: Problem</translation>
    </message>
    <message>
        <location filename="../views/mainwindowlibrary.cpp" line="+17"/>
        <location line="+3"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Variable groups that pipelines and stages link</source>
        <translation>Variablengruppen, die Pipelines und Stufen verknüpfen</translation>
    </message>
    <message>
        <location filename="../views/mainwindowagents.cpp" line="+15"/>
        <location line="+3"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The deployment agents, online or not, and what waits for each pool</source>
        <translation>Die Bereitstellungsagenten, online oder nicht, und was auf jeden Pool wartet</translation>
    </message>
</context>
<context>
    <name>slipway::MessageBar</name>
    <message>
        <location filename="../views/messagebar.cpp" line="+33"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this message until the problem happens again</source>
        <translation>Diese Meldung ausblenden, bis das Problem erneut auftritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>Die Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>slipway::PipelineDocumentModel</name>
    <message>
        <location filename="../models/pipelinedocumentmodel.cpp" line="+334"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(%1 entry)</source>
        <translation>(%1-Eintrag)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>slipway::PipelineEditorDialog</name>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="+37"/>
        <location line="+115"/>
        <source>New pipeline</source>
        <translation>Neue Pipeline</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Pipeline editor</source>
        <translation>Pipeline-Editor</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Revision %1 is loaded. Save to make it the current revision.</source>
        <translation>Revision %1 ist geladen. Speichern macht sie zur aktuellen Revision.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/pipelineeditortabs.cpp" line="+79"/>
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All fields</source>
        <translation>Alle Felder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What changed (optional, kept with the revision)</source>
        <translation>Was sich geändert hat (optional, wird mit der Revision gespeichert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment kept with the saved revision</source>
        <translation>Ein Kommentar, der mit der gespeicherten Revision aufbewahrt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision comment</source>
        <translation>Revisionskommentar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load a pipeline JSON file</source>
        <translation>Eine Pipeline-JSON-Datei laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the pipeline to a JSON file</source>
        <translation>Die Pipeline in eine JSON-Datei schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as a new revision (Ctrl+S); refused while there are errors</source>
        <translation>Als neue Revision speichern (Strg+S); verweigert, solange es Fehler gibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the editor</source>
        <translation>Den Editor schließen</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+78"/>
        <source>Edit pipeline – %1</source>
        <translation>Pipeline bearbeiten – %1</translation>
    </message>
    <message numerus="yes">
        <location line="-37"/>
        <source>Not saved: fix the %n error(s) listed above first.</source>
        <translation>
            <numerusform>Nicht gespeichert: Beheben Sie zuerst %n oben aufgeführten Fehler.</numerusform>
            <numerusform>Nicht gespeichert: Beheben Sie zuerst %n oben aufgeführte Fehler.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The errors are fixed: the pipeline can be saved.</source>
        <translation>Die Fehler sind behoben: Die Pipeline kann gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %1; fix the %n error(s) listed above, then save.</source>
        <translation>
            <numerusform>%1 importiert; beheben Sie %n oben aufgeführten Fehler und speichern Sie dann.</numerusform>
            <numerusform>%1 importiert; beheben Sie %n oben aufgeführte Fehler und speichern Sie dann.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1; the errors are fixed. Save to make it a revision.</source>
        <translation>%1 importiert; die Fehler sind behoben. Speichern macht daraus eine Revision.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved revision %1 of &quot;%2&quot;. These secret variables have no value yet: %3</source>
        <translation>Revision %1 von „%2“ gespeichert. Diese geheimen Variablen haben noch keinen Wert: %3</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditortabs.cpp" line="-40"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown in the navigation tree</source>
        <translation>Wird im Navigationsbaum angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For example /web; the tree groups pipelines by folder</source>
        <translation>Zum Beispiel /web; der Baum gruppiert Pipelines nach Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What this pipeline delivers, for whoever opens it</source>
        <translation>Was diese Pipeline ausliefert, für alle, die sie öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release name format:</source>
        <translation>Format des Release-Namens:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The name the next release would get, with a sample build number</source>
        <translation>Der Name, den das nächste Release bekäme, mit einer Beispiel-Buildnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens: $(Rev:r), $(Date:yyyyMMdd), $(Build.BuildNumber), $(Build.DefinitionName), $(Release.DefinitionName) and any pipeline variable.</source>
        <translation>Platzhalter: $(Rev:r), $(Date:yyyyMMdd), $(Build.BuildNumber), $(Build.DefinitionName), $(Release.DefinitionName) und jede Pipeline-Variable.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Variable groups of the pipeline</source>
        <translation>Variablengruppen der Pipeline</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The stages in order; select one to edit it</source>
        <translation>Die Stufen der Reihe nach; eine auswählen, um sie zu bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deployment conditions</source>
        <translation>Bereitstellungsbedingungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks and all fields</source>
        <translation>Aufgaben und alle Felder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variable groups of the stage</source>
        <translation>Variablengruppen der Stufe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Variable groups</source>
        <translation>Variablengruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the stage deploys and what it waits for: trigger, approvals, gates</source>
        <translation>Wann die Stufe bereitgestellt wird und worauf sie wartet: Auslöser, Genehmigungen, Gates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every field of the stage, its tasks and their scripts</source>
        <translation>Alle Felder der Stufe, ihre Aufgaben und deren Skripte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Library&apos;s groups whose variables this stage&apos;s releases take</source>
        <translation>Die Gruppen der Bibliothek, deren Variablen die Releases dieser Stufe übernehmen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a stage at the end</source>
        <translation>Eine Stufe am Ende hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected stage</source>
        <translation>Die gewählte Stufe entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected stage earlier</source>
        <translation>Die gewählte Stufe nach vorn verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected stage later</source>
        <translation>Die gewählte Stufe nach hinten verschieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Release schedules create a release at these times; with onlyIfChanged only when an artifact has a newer version.</source>
        <translation>Release-Zeitpläne erstellen zu diesen Zeiten ein Release; mit onlyIfChanged nur, wenn ein Artefakt eine neuere Version hat.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click a problem to go to its field</source>
        <translation>Auf ein Problem klicken, um zu seinem Feld zu gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a schedule to preview its next firings.</source>
        <translation>Einen Zeitplan wählen, um seine nächsten Auslösungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="-52"/>
        <source>No problems: the pipeline can be saved.</source>
        <translation>Keine Probleme: Die Pipeline kann gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source> – click one to go to its field.</source>
        <translation> – auf eines klicken, um zu seinem Feld zu gehen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved revision %1 of &quot;%2&quot;.</source>
        <translation>Revision %1 von „%2“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditorfile.cpp" line="+21"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not valid JSON at line %2, column %3: %4.</source>
        <translation>%1 ist in Zeile %2, Spalte %3 kein gültiges JSON: %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not hold a JSON object.</source>
        <translation>%1 enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imported %1. Save to make it a revision.</source>
        <translation>%1 importiert. Speichern macht daraus eine Revision.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import pipeline</source>
        <translation>Pipeline importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pipeline JSON (*.json);;All files (*)</source>
        <translation>Pipeline-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export pipeline</source>
        <translation>Pipeline exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline JSON (*.json)</source>
        <translation>Pipeline-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="+49"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The pipeline has changes that are not saved. Save them?</source>
        <translation>Die Pipeline hat nicht gespeicherte Änderungen. Speichern?</translation>
    </message>
</context>
<context>
    <name>slipway::PipelineGraphView</name>
    <message>
        <location filename="../views/pipelinegraphview.cpp" line="+12"/>
        <location line="+1"/>
        <source>Pipeline graph</source>
        <translation>Pipeline-Graph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline: artifacts on the left, stages joined by their triggers; click a stage</source>
        <translation>Die Pipeline: Artefakte links, Stufen durch ihre Auslöser verbunden; auf eine Stufe klicken</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Artifact source %1</source>
        <translation>Artefaktquelle %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No artifacts</source>
        <translation>Keine Artefakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This pipeline has no artifact source</source>
        <translation>Diese Pipeline hat keine Artefaktquelle</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 deploys after a release is created</source>
        <translation>%1 wird nach dem Erstellen eines Release bereitgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 deploys after %2 succeeds</source>
        <translation>%1 wird bereitgestellt, wenn %2 erfolgreich war</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: deployed by hand</source>
        <translation>%1: wird von Hand bereitgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest release: %1</source>
        <translation>Neuestes Release: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also deploys on a schedule</source>
        <translation>Wird auch nach Zeitplan bereitgestellt</translation>
    </message>
</context>
<context>
    <name>slipway::PipelineHistoryTab</name>
    <message>
        <location filename="../views/pipelinehistorytab.cpp" line="+44"/>
        <source>Select one revision to compare with the editor, or two to compare them</source>
        <translation>Eine Revision wählen, um sie mit dem Editor zu vergleichen, oder zwei, um sie miteinander zu vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what changed between the selected revisions</source>
        <translation>Zeigen, was sich zwischen den gewählten Revisionen geändert hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert to this revision</source>
        <translation>Auf diese Revision zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the selected revision into the editor; saving makes it a new revision</source>
        <translation>Die gewählte Revision in den Editor laden; Speichern macht daraus eine neue Revision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select revisions and click Compare.</source>
        <translation>Revisionen wählen und auf Vergleichen klicken.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A new pipeline has no history until it is saved.</source>
        <translation>Eine neue Pipeline hat erst nach dem Speichern einen Verlauf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revision %1 · %2 · %3</source>
        <translation>Revision %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n Revision</numerusform>
            <numerusform>%n Revisionen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The revision could not be read.</source>
        <translation>Die Revision konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revision %1 → revision %2</source>
        <translation>Revision %1 → Revision %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision %1 → the editor</source>
        <translation>Revision %1 → Editor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
</context>
<context>
    <name>slipway::PipelinePage</name>
    <message>
        <location filename="../views/pipelinepage.cpp" line="+35"/>
        <location line="+360"/>
        <source>No releases yet: click Create release…, or run &quot;slipway release create&quot;.</source>
        <translation>Noch keine Releases: klicken Sie auf „Release erstellen…“ oder führen Sie „slipway release create“ aus.</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>The releases of this pipeline, newest first; Ctrl+End shows the oldest</source>
        <translation>Die Releases dieser Pipeline, neueste zuerst; Strg+Ende zeigt die ältesten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Create release…</source>
        <translation>Release &amp;erstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a release of this pipeline (Ctrl+N)</source>
        <translation>Ein Release dieser Pipeline erstellen (Strg+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Deploy</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploy (or redeploy) the selected stage of the selected release</source>
        <translation>Die gewählte Stufe des gewählten Release (erneut) bereitstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel deployment</source>
        <translation>Bereitstellung &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the deployment of the selected stage</source>
        <translation>Die Bereitstellung der gewählten Stufe abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit pipeline…</source>
        <translation>Pipeline be&amp;arbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit this pipeline&apos;s stages, triggers, approvals and tasks (Ctrl+E)</source>
        <translation>Stufen, Auslöser, Genehmigungen und Aufgaben dieser Pipeline bearbeiten (Strg+E)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Release %1 created.</source>
        <translation>Release %1 erstellt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the stage chip of a release to deploy.</source>
        <translation>Wählen Sie die Stufe eines Release zum Bereitstellen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 is not finished (%3): wait for it, or cancel it, before deploying again.</source>
        <translation>%1 von %2 ist noch nicht beendet (%3): Warten Sie das Ende ab oder brechen Sie die Bereitstellung ab, bevor Sie erneut bereitstellen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 requested (attempt %2).</source>
        <translation>%1 angefordert (Versuch %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the stage chip of the deployment to cancel.</source>
        <translation>Wählen Sie die Stufe der abzubrechenden Bereitstellung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Canceling the deployment of %1.</source>
        <translation>Die Bereitstellung von %1 wird abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage %1 has no deployment to cancel.</source>
        <translation>Stufe %1 hat keine Bereitstellung zum Abbrechen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a release to abandon.</source>
        <translation>Wählen Sie ein Release zum Verwerfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Abandon release</source>
        <translation>Release verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandon %1? Its stages can no longer be deployed.</source>
        <translation>%1 verwerfen? Seine Stufen können dann nicht mehr bereitgestellt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 abandoned.</source>
        <translation>%1 verworfen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>View logs</source>
        <translation>Protokolle ansehen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Redeploy %1…</source>
        <translation>%1 erneut bereitstellen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deploy %1…</source>
        <translation>%1 bereitstellen…</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>No release matches the search (all releases of this pipeline were searched).</source>
        <translation>Kein Release entspricht der Suche (alle Releases dieser Pipeline wurden durchsucht).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No loaded release has a stage in this state; scroll down to load older ones.</source>
        <translation>Kein geladenes Release hat eine Stufe in diesem Zustand; scrollen Sie nach unten, um ältere zu laden.</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Abandon release…</source>
        <translation>Release verwerfen…</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Create release…</source>
        <translation>Release erstellen…</translation>
    </message>
</context>
<context>
    <name>slipway::PipelineTreeModel</name>
    <message>
        <location filename="../models/pipelinetreemodel.cpp" line="+220"/>
        <source>%1: newest release is %2</source>
        <translation>%1: neuestes Release ist %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no releases yet</source>
        <translation>%1: noch keine Releases</translation>
    </message>
</context>
<context>
    <name>slipway::PoolQueueModel</name>
    <message>
        <location filename="../models/agentmodels.cpp" line="+43"/>
        <source>%1 of %2 online</source>
        <translation>%1 von %2 online</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2, queued %3</source>
        <translation>%1 · %2, eingereiht %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest waiting</source>
        <translation>Am längsten wartend</translation>
    </message>
</context>
<context>
    <name>slipway::PrincipalPicker</name>
    <message>
        <location filename="../views/principalpicker.cpp" line="+11"/>
        <source>A user or group of the directory</source>
        <translation>Ein Benutzer oder eine Gruppe des Verzeichnisses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approver to add</source>
        <translation>Hinzuzufügender Genehmigender</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The directory cannot be read: %1</source>
        <translation>Das Verzeichnis kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (user)</source>
        <translation>%1 (Benutzer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (group)</source>
        <translation>%1 (Gruppe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No users or groups yet (slipway user add, slipway group add)</source>
        <translation>Noch keine Benutzer oder Gruppen (slipway user add, slipway group add)</translation>
    </message>
</context>
<context>
    <name>slipway::ReleaseGridModel</name>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="+302"/>
        <source>%1 (draft)</source>
        <translation>%1 (Entwurf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (abandoned)</source>
        <translation>%1 (verworfen)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, created %2 by %3</source>
        <translation>%1, erstellt am %2 von %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created by %1</source>
        <translation>Erstellt von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No artifacts</source>
        <translation>Keine Artefakte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This release has no stage &quot;%1&quot;</source>
        <translation>Dieses Release hat keine Stufe „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
</context>
<context>
    <name>slipway::ReleaseLogPane</name>
    <message>
        <location filename="../views/releaselogpane.cpp" line="+32"/>
        <source>Attempts and tasks</source>
        <translation>Versuche und Aufgaben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find in the log</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Find in the log (Enter for the next match)</source>
        <translation>Im Protokoll suchen (Eingabe für den nächsten Treffer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save log…</source>
        <translation>Protokoll &amp;speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the shown log with its release, stage and attempt</source>
        <translation>Das angezeigte Protokoll mit Release, Stufe und Versuch speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the log</source>
        <translation>Das Protokoll speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The log could not be saved to %1.</source>
        <translation>Das Protokoll konnte nicht unter %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>slipway::ReleasePage</name>
    <message>
        <location filename="../views/releasepage.cpp" line="+79"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>%1, approval by %2</source>
        <translation>%1, Genehmigung durch %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Back to the pipeline (Escape, Alt+Left)</source>
        <translation>Zurück zur Pipeline (Esc, Alt+Links)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Release history</source>
        <translation>Release-Verlauf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approvals and gates</source>
        <translation>Genehmigungen und Gates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who and when</source>
        <translation>Wer und wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment or message</source>
        <translation>Kommentar oder Meldung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Release variables</source>
        <translation>Release-Variablen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Release details</source>
        <translation>Release-Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Logs</source>
        <translation>&amp;Protokolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approvals and gates</source>
        <translation>&amp;Genehmigungen und Gates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variables</source>
        <translation>&amp;Variablen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Co&amp;mpare with…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artifacts, variables and pipeline snapshot against another release</source>
        <translation>Artefakte, Variablen und Pipeline-Schnappschuss gegenüber einem anderen Release</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>%1 of %2 requested (attempt %3).</source>
        <translation>%1 von %2 angefordert (Versuch %3).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The deployment of %1 in %2 (attempt %3) has ended: %4.</source>
        <translation>Die Bereitstellung von %1 in %2 (Versuch %3) ist beendet: %4.</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>%1 · attempt %2</source>
        <translation>%1 · Versuch %2</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>&amp;Keep forever</source>
        <translation>&amp;Für immer behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention never deletes a release kept forever</source>
        <translation>Die Aufbewahrung löscht ein für immer behaltenes Release nie</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Abandon release</source>
        <translation>Release verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandon %1? Its stages can no longer be deployed.</source>
        <translation>%1 verwerfen? Seine Stufen können dann nicht mehr bereitgestellt werden.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Pipeline &amp;changes…</source>
        <translation>Pipeline-Ä&amp;nderungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed in the pipeline since this release&apos;s snapshot</source>
        <translation>Was sich seit dem Schnappschuss dieses Release an der Pipeline geändert hat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is kept forever.</source>
        <translation>%1 wird für immer behalten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is no longer kept forever.</source>
        <translation>%1 wird nicht mehr für immer behalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aba&amp;ndon…</source>
        <translation>Ver&amp;werfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandon the release: none of its stages can be deployed any more (asks first)</source>
        <translation>Das Release verwerfen: Keine seiner Stufen kann dann noch bereitgestellt werden (fragt zuerst nach)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is abandoned.</source>
        <translation>%1 ist verworfen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abandoned</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3, revision %4 · created by %5, %6&lt;br&gt;Artifacts: %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3, Revision %4 · erstellt von %5, %6&lt;br&gt;Artefakte: %7</translation>
    </message>
</context>
<context>
    <name>slipway::ReleaseSearchBar</name>
    <message>
        <location filename="../views/releasesearchbar.cpp" line="+35"/>
        <source>Search release, creator, version</source>
        <translation>Release, Ersteller, Version suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the whole history of this pipeline by release name, creator or artifact version</source>
        <translation>Den gesamten Verlauf dieser Pipeline nach Release-Name, Ersteller oder Artefaktversion durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search releases</source>
        <translation>Releases suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From any date</source>
        <translation>Ab beliebigem Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only releases created on or after this day</source>
        <translation>Nur Releases, die an oder nach diesem Tag erstellt wurden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To any date</source>
        <translation>Bis beliebigem Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only releases created on or before this day</source>
        <translation>Nur Releases, die an oder vor diesem Tag erstellt wurden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the loaded releases with a stage in this state</source>
        <translation>Die geladenen Releases mit einer Stufe in diesem Zustand zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage state filter</source>
        <translation>Filter nach Stufenzustand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any state</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued or in progress</source>
        <translation>Eingereiht oder laufend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting (approval, gates, time)</source>
        <translation>Wartend (Genehmigung, Gates, Zeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed or rejected</source>
        <translation>Fehlgeschlagen oder abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled or interrupted</source>
        <translation>Abgebrochen oder unterbrochen</translation>
    </message>
</context>
<context>
    <name>slipway::SchemaValueDelegate</name>
    <message>
        <location filename="../views/schemavaluedelegate.cpp" line="+56"/>
        <source>for example 30s, 10m, 6h, 30d</source>
        <translation>zum Beispiel 30s, 10m, 6h, 30d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example 200 or 200-299</source>
        <translation>zum Beispiel 200 oder 200-299</translation>
    </message>
</context>
<context>
    <name>slipway::SettingsDialog</name>
    <message>
        <location filename="../views/settingsdialog.cpp" line="+24"/>
        <source>REST: off</source>
        <translation>REST: aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REST: %1</source>
        <translation>REST: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;REST server</source>
        <translation>&amp;REST-Server</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify me when an approval waits for me or my deployment finishes</source>
        <translation>Benachrichtigen, wenn eine Genehmigung auf mich wartet oder meine Bereitstellung endet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On a team server you act as your database login (the user on the Database tab); the name is used with local files.</source>
        <translation>Auf einem Team-Server handeln Sie als Ihre Datenbankanmeldung (der Benutzer im Reiter Datenbank); der Name gilt für lokale Dateien.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Serve the REST API (Azure DevOps Release compatible)</source>
        <translation>REST-API anbieten (kompatibel mit Azure DevOps Release)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address and port to listen on; 127.0.0.1 keeps the API on this computer</source>
        <translation>Adresse und Port; mit 127.0.0.1 bleibt die API auf diesem Rechner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clients authenticate with personal access tokens: &lt;code&gt;slipway token create&lt;/code&gt;.</source>
        <translation>Clients melden sich mit persönlichen Zugriffstoken an: &lt;code&gt;slipway token create&lt;/code&gt;.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The name you act as on a local file: approvals, history and requests carry it. On a team server you act as your database login.</source>
        <translation>Der Name, unter dem Sie in einer lokalen Datei handeln: Genehmigungen, Verlauf und Anforderungen tragen ihn. Auf einem Team-Server handeln Sie als Ihre Datenbankanmeldung.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The name and the language apply the next time Slipway starts.</source>
        <translation>Name und Sprache gelten ab dem nächsten Start von Slipway.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>What the token is for, e.g. ci</source>
        <translation>Wofür das Token ist, z. B. ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create token</source>
        <translation>Token &amp;erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;voke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke the selected token: requests carrying it get 401</source>
        <translation>Das gewählte Token widerrufen: Anfragen damit erhalten 401</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new token is shown here once; copy it then</source>
        <translation>Ein neues Token wird hier einmal gezeigt; kopieren Sie es dann</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your tokens:</source>
        <translation>Ihre Token:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 · created %2</source>
        <translation>%1 · erstellt %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The REST server could not start: %1</source>
        <translation>Der REST-Server konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>slipway::StageCardsArea</name>
    <message>
        <location filename="../views/stagecardsarea.cpp" line="+13"/>
        <source>Stages of the release</source>
        <translation>Stufen des Releases</translation>
    </message>
</context>
<context>
    <name>slipway::StageCardsView</name>
    <message>
        <location filename="../views/stagecardsview.cpp" line="+210"/>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+90"/>
        <source>Decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Approve, reject, defer, reassign, resume or ignore a gate</source>
        <translation>Genehmigen, ablehnen, verschieben, neu zuweisen, fortsetzen oder ein Gate ignorieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide on %1</source>
        <translation>Über %1 entscheiden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gates: %1</source>
        <translation>Gates: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier: %1</source>
        <translation>Zuvor: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+35"/>
        <source>Deploy…</source>
        <translation>Bereitstellen…</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>Redeploy…</source>
        <translation>Erneut bereitstellen…</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+33"/>
        <source>Cancel…</source>
        <translation>Abbrechen…</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+32"/>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel this stage&apos;s deployment (asks first)</source>
        <translation>Die Bereitstellung dieser Stufe abbrechen (fragt zuerst nach)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploy this stage of the release</source>
        <translation>Diese Stufe des Release bereitstellen</translation>
    </message>
</context>
<context>
    <name>slipway::StageConditionsPanel</name>
    <message>
        <location filename="../views/stageconditionspanel.cpp" line="+19"/>
        <source>Deployment conditions</source>
        <translation>Bereitstellungsbedingungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the stage waits for</source>
        <translation>Worauf die Stufe wartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before deploying: approvals</source>
        <translation>Vor der Bereitstellung: Genehmigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before deploying: gates</source>
        <translation>Vor der Bereitstellung: Gates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After deploying: approvals</source>
        <translation>Nach der Bereitstellung: Genehmigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After deploying: gates</source>
        <translation>Nach der Bereitstellung: Gates</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Select a stage to see its deployment conditions.</source>
        <translation>Wählen Sie eine Stufe, um ihre Bereitstellungsbedingungen zu sehen.</translation>
    </message>
</context>
<context>
    <name>slipway::StageDecisionDialog</name>
    <message>
        <location filename="../views/stagedecisiondialog.cpp" line="-226"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded with the decision in the release&apos;s history</source>
        <translation>Wird mit der Entscheidung im Verlauf des Release gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the gate is ignored (required)</source>
        <translation>Warum das Gate ignoriert wird (erforderlich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment for the history (optional)</source>
        <translation>Ein Kommentar für den Verlauf (optional)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm this decision</source>
        <translation>Diese Entscheidung bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep it running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without deciding</source>
        <translation>Ohne Entscheidung schließen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 in %2 (attempt %3)</source>
        <translation>%1 in %2 (Versuch %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pre-deployment</source>
        <translation>vor der Bereitstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>post-deployment</source>
        <translation>nach der Bereitstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the %1 approval of %2.</source>
        <translation>Die Genehmigung %1 für %2 erteilen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the %1 approval of %2.</source>
        <translation>Die Genehmigung %1 für %2 ablehnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defer the %1 approval of %2: approve it, to start no earlier than the time below.</source>
        <translation>Die Genehmigung %1 für %2 verschieben: Sie wird erteilt, die Bereitstellung startet aber frühestens zum unten angegebenen Zeitpunkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassign the %1 approval of %2 to another user.</source>
        <translation>Die Genehmigung %1 für %2 einem anderen Benutzer zuweisen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaited from %1 since %2; requested by %3.</source>
        <translation>Erwartet von %1 seit %2; angefordert von %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system</source>
        <translation>dem System</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resume %1: the manual intervention &quot;%2&quot; is done and the deployment goes on.</source>
        <translation>%1 fortsetzen: Der manuelle Eingriff „%2“ ist erledigt und die Bereitstellung läuft weiter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the manual intervention &quot;%2&quot; of %1: the stage ends rejected.</source>
        <translation>Den manuellen Eingriff „%2“ von %1 ablehnen: Die Stufe endet als abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instructions: %1</source>
        <translation>Anweisungen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore a gate of %1: it no longer holds the deployment. Say why in the comment.</source>
        <translation>Ein Gate von %1 ignorieren: Es hält die Bereitstellung nicht mehr auf. Begründen Sie dies im Kommentar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the deployment of %1? A running task is stopped.</source>
        <translation>Die Bereitstellung von %1 abbrechen? Eine laufende Aufgabe wird beendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no pending approval any more.</source>
        <translation>%1 hat keine ausstehende Genehmigung mehr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>De&amp;fer</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassi&amp;gn</source>
        <translation>&amp;Neu zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;sume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ignore the gate</source>
        <translation>Gate &amp;ignorieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel the deployment</source>
        <translation>Bereitstellung abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start no earlier than</source>
        <translation>Frühestens starten um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time; the deployment starts no earlier than this</source>
        <translation>Ortszeit; die Bereitstellung startet nicht vor diesem Zeitpunkt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start no earlier &amp;than:</source>
        <translation>&amp;Frühestens starten um:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reassign to</source>
        <translation>Neu zuweisen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A user of the directory</source>
        <translation>Ein Benutzer des Verzeichnisses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reassign &amp;to:</source>
        <translation>Neu zuweisen &amp;an:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gate that holds the deployment now</source>
        <translation>Ein Gate, das die Bereitstellung gerade aufhält</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Gate:</source>
        <translation>&amp;Gate:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say in the comment why the gate is ignored.</source>
        <translation>Begründen Sie im Kommentar, warum das Gate ignoriert wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is in the past: choose a later time.</source>
        <translation>%1 liegt in der Vergangenheit: Wählen Sie einen späteren Zeitpunkt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2 has no pending approval any more.</source>
        <translation>%1 von %2 hat keine ausstehende Genehmigung mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 has not been deployed.</source>
        <translation>%1 von %2 wurde nicht bereitgestellt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approved %1 of %2.</source>
        <translation>%1 von %2 genehmigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected %1 of %2.</source>
        <translation>%1 von %2 abgelehnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deferred %1 of %2 until %3.</source>
        <translation>%1 von %2 bis %3 verschoben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The approval of %1 in %2 is now awaited from %3.</source>
        <translation>Die Genehmigung von %1 in %2 wird jetzt von %3 erwartet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resumed %1 of %2.</source>
        <translation>%1 von %2 fortgesetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected the intervention of %1 in %2.</source>
        <translation>Der Eingriff von %1 in %2 wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gate &quot;%1&quot; of %2 in %3 is ignored.</source>
        <translation>Das Gate „%1“ von %2 in %3 wird ignoriert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Canceling the deployment of %1 in %2…</source>
        <translation>Die Bereitstellung von %1 in %2 wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>slipway::StageTriggerEditor</name>
    <message>
        <location filename="../views/stagetriggereditor.cpp" line="+31"/>
        <source>Incomplete schedule: choose days, a time and a valid time zone.</source>
        <translation>Unvollständiger Zeitplan: Tage, eine Uhrzeit und eine gültige Zeitzone wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This schedule never fires: choose at least one day.</source>
        <translation>Dieser Zeitplan löst nie aus: mindestens einen Tag wählen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next firings:</source>
        <translation>Nächste Auslösungen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After the release is created</source>
        <translation>Nach dem Erstellen des Release</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After other stages succeed</source>
        <translation>Nach dem Erfolg anderer Stufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manually only</source>
        <translation>Nur von Hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When this stage deploys</source>
        <translation>Wann diese Stufe bereitgestellt wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stages that must all succeed first</source>
        <translation>Die Stufen, die zuerst alle erfolgreich sein müssen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also after a partial success</source>
        <translation>Auch nach einem Teilerfolg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also deploy on a schedule</source>
        <translation>Auch nach Zeitplan bereitstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deploys the newest release that passes the stage&apos;s artifact filters</source>
        <translation>Stellt das neueste Release bereit, das die Artefaktfilter der Stufe passiert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation>Uhrzeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trigger:</source>
        <translation>Auslöser:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After stages:</source>
        <translation>Nach Stufen:</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>No schedule.</source>
        <translation>Kein Zeitplan.</translation>
    </message>
</context>
<context>
    <name>slipway::TimelinePlot</name>
    <message>
        <location filename="../views/timelineplot.cpp" line="+99"/>
        <location line="+70"/>
        <source>Wheel to zoom, drag to pan; click a bar to open its release</source>
        <translation>Mausrad zum Zoomen, Ziehen zum Verschieben; Klick auf einen Balken öffnet sein Release</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 · attempt %3
%4 – %5</source>
        <translation>%1 · %2 · Versuch %3
%4 – %5</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
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
        <location filename="../views/traynotifier.cpp" line="+20"/>
        <source>&amp;Show Slipway</source>
        <translation>Slipway &amp;anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the main window</source>
        <translation>Das Hauptfenster anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approvals</source>
        <translation>&amp;Genehmigungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the approvals waiting for you</source>
        <translation>Die auf Sie wartenden Genehmigungen zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close Slipway</source>
        <translation>Slipway schließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>An approval waits for you</source>
        <translation>Eine Genehmigung wartet auf Sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2 / %3, requested by %4</source>
        <translation>%1 / %2 / %3, angefordert von %4</translation>
    </message>
</context>
<context>
    <name>slipway::UserPicker</name>
    <message>
        <location filename="../views/userpicker.cpp" line="+14"/>
        <source>Pick a user…</source>
        <translation>Benutzer wählen…</translation>
    </message>
</context>
<context>
    <name>slipway::VariableGroupDialog</name>
    <message>
        <location filename="../views/variablegroupdialog.cpp" line="+35"/>
        <source>New variable group</source>
        <translation>Neue Variablengruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variable group &quot;%1&quot;</source>
        <translation>Variablengruppe „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Add variable</source>
        <translation>Variable &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a variable to the group</source>
        <translation>Der Gruppe eine Variable hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove variable</source>
        <translation>Variable &amp;entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected variable</source>
        <translation>Die gewählte Variable entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>New secret value</source>
        <translation>Neuer geheimer Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set new &amp;value</source>
        <translation>Neuen &amp;Wert setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected variable secret with the value typed beside (it is never shown)</source>
        <translation>Die gewählte Variable mit dem daneben eingegebenen Wert geheim machen (er wird nie angezeigt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name%1</source>
        <translation>Name%1</translation>
    </message>
</context>
<context>
    <name>slipway::VariableGroupLinks</name>
    <message>
        <location filename="../views/variablegrouplinks.cpp" line="+35"/>
        <source>Linked variable groups</source>
        <translation>Verknüpfte Variablengruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The groups whose variables each release takes, in order: a later group wins over an earlier one</source>
        <translation>Die Gruppen, deren Variablen jedes Release übernimmt, der Reihe nach: eine spätere Gruppe gewinnt gegen eine frühere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Variable group to link</source>
        <translation>Zu verknüpfende Variablengruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A group of the Library</source>
        <translation>Eine Gruppe der Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link variable group</source>
        <translation>Variablengruppe verknüpfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link the chosen group</source>
        <translation>Die gewählte Gruppe verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink variable group</source>
        <translation>Variablengruppe lösen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop linking the selected group</source>
        <translation>Die ausgewählte Gruppe nicht mehr verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move variable group up</source>
        <translation>Variablengruppe nach oben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the selected group less weight</source>
        <translation>Der ausgewählten Gruppe weniger Gewicht geben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move variable group down</source>
        <translation>Variablengruppe nach unten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the selected group more weight</source>
        <translation>Der ausgewählten Gruppe mehr Gewicht geben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Variables defined in the pipeline or the stage win over those of its groups.</source>
        <translation>In der Pipeline oder der Stufe definierte Variablen gewinnen gegen die ihrer Gruppen.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 (not in the Library)</source>
        <translation>%1 (nicht in der Bibliothek)</translation>
    </message>
</context>
<context>
    <name>slipway::VariableGroupListModel</name>
    <message>
        <location filename="../models/variablegroupmodels.cpp" line="-145"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>slipway::WhatsWherePage</name>
    <message>
        <location filename="../views/whatswherepage.cpp" line="+23"/>
        <source>What&apos;s where</source>
        <translation>Was läuft wo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show what each stage ran at this local time</source>
        <translation>Zeigen, was jede Stufe zu dieser Ortszeit ausführte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Now</source>
        <translation>&amp;Jetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what each stage runs now</source>
        <translation>Zeigen, was jede Stufe jetzt ausführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Releases running in each stage</source>
        <translation>Releases in jeder Stufe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a cell to open its release</source>
        <translation>Doppelklick auf eine Zelle öffnet ihr Release</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;As of:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2 since %3, deployed by %4
%5</source>
        <translation>%1 auf %2 seit %3, bereitgestellt von %4
%5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No artifacts</source>
        <translation>Keine Artefakte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never deployed</source>
        <translation>Nie bereitgestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No such stage</source>
        <translation>Keine solche Stufe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing had succeeded on %1 of %2 by then</source>
        <translation>Bis dahin war auf %1 von %2 nichts erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no stage %2</source>
        <translation>%1 hat keine Stufe %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing had been deployed by then.</source>
        <translation>Bis dahin war nichts bereitgestellt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n stage(s) running a release.</source>
        <translation>
            <numerusform>%n Stufe führt ein Release aus.</numerusform>
            <numerusform>%n Stufen führen ein Release aus.</numerusform>
        </translation>
    </message>
</context>
</TS>
