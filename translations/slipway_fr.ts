<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditListModel</name>
    <message>
        <location filename="../models/auditlistmodel.cpp" line="+23"/>
        <source>release created from revision %1</source>
        <translation>mise en production créée à partir de la révision %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draft started</source>
        <translation>brouillon démarré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>release abandoned</source>
        <translation>mise en production abandonnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept forever</source>
        <translation>conservée indéfiniment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no longer kept forever</source>
        <translation>n’est plus conservée indéfiniment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>description changed</source>
        <translation>description modifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>renamed to %1</source>
        <translation>renommée en %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>redeploy requested</source>
        <translation>redéploiement demandé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deployment requested by its trigger</source>
        <translation>déploiement demandé par son déclencheur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deployment requested by its schedule</source>
        <translation>déploiement demandé par sa planification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deployment requested</source>
        <translation>déploiement demandé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, to start at %1</source>
        <translation>, pour démarrer le %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>admitted by the queue</source>
        <translation>admis par la file d’attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>started</source>
        <translation>démarré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>finished: %1</source>
        <translation>terminé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cancel requested</source>
        <translation>annulation demandée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>approved by an administrator&apos;s override</source>
        <translation>approuvée par forçage d’un administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved, deferred until %1</source>
        <translation>approuvée, reportée au %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reassigned to %1</source>
        <translation>réattribuée à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approval canceled</source>
        <translation>approbation annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approval skipped</source>
        <translation>approbation ignorée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approvals overridden by an administrator</source>
        <translation>approbations forcées par un administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gate &quot;%1&quot; ignored</source>
        <translation>porte «&#xa0;%1&#xa0;» ignorée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for manual intervention &quot;%1&quot;</source>
        <translation>attend l’intervention manuelle « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manual intervention &quot;%1&quot; resumed</source>
        <translation>intervention manuelle «&#xa0;%1&#xa0;» reprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manual intervention &quot;%1&quot; rejected</source>
        <translation>intervention manuelle «&#xa0;%1&#xa0;» rejetée</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (OS login %2)</source>
        <translation>%1 (session système %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, comment “%1”</source>
        <translation>, commentaire «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ConditionsSummary</name>
    <message>
        <location filename="../views/conditionssummary.cpp" line="+29"/>
        <source>Starts when a release is created.</source>
        <translation>Démarre à la création d’une mise en production.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starts after other stages (none chosen yet).</source>
        <translation>Démarre après d’autres étapes (aucune choisie pour l’instant).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts after %1.</source>
        <translation>Démarre après %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Starts only when deployed by hand.</source>
        <translation>Démarre uniquement lors d’un déploiement manuel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also on its schedule.</source>
        <translation>Aussi selon sa planification.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>approval (no approver chosen yet)</source>
        <translation>approbation (aucun approbateur choisi pour l’instant)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>approval by %1</source>
        <translation>approbation de %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>, then by </source>
        <translation>, puis de </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approval by all of %1</source>
        <translation>approbation de tous parmi %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n gate(s) (every %1, at most %2</source>
        <translation>
            <numerusform>%n porte (toutes les %1, au plus %2</numerusform>
            <numerusform>%n portes (toutes les %1, au plus %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, first after %1</source>
        <translation>, d’abord après %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, passing for %1</source>
        <translation>, franchies pendant %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>, then </source>
        <translation>, puis </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploys without waiting for anyone.</source>
        <translation>Se déploie sans attendre personne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waits for: %1, then deploys.</source>
        <translation>Attend&#xa0;: %1, puis se déploie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afterwards waits for: %1.</source>
        <translation>Attend ensuite&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseChooser</name>
    <message>
        <location filename="../app/databaseopen.cpp" line="+33"/>
        <source>%1 cannot be created: the folder %2 is read-only.</source>
        <translation>Impossible de créer %1&#xa0;: le dossier %2 est en lecture seule.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder, not a Slipway database.</source>
        <translation>%1 est un dossier, et non une base de données Slipway.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Slipway database (it is not an SQLite file).</source>
        <translation>%1 n’est pas une base de données Slipway (ce n’est pas un fichier SQLite).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>%1 is read-only: Slipway needs to write its database.</source>
        <translation>%1 est en lecture seule&#xa0;: Slipway doit pouvoir écrire dans sa base de données.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 cannot be used: its folder %2 is read-only.</source>
        <translation>Impossible d’utiliser %1&#xa0;: son dossier %2 est en lecture seule.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a Slipway database (it is damaged, or another kind of file).</source>
        <translation>%1 n’est pas une base de données Slipway (elle est endommagée, ou il s’agit d’un autre type de fichier).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged: the database disk image is malformed.</source>
        <translation>%1 est endommagée&#xa0;: l’image disque de la base de données est mal formée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slipway cannot open the database</source>
        <translation>Slipway ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is left as it is. Choose another database file, create a new one, or quit.</source>
        <translation>La base de données n’a pas été modifiée. Choisissez un autre fichier de base de données, créez-en un nouveau ou quittez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose another file…</source>
        <translation>&amp;Choisir un autre fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a &amp;new database…</source>
        <translation>Créer une &amp;nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a Slipway database</source>
        <translation>Choisir une base de données Slipway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slipway databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données Slipway (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a Slipway database</source>
        <translation>Créer une base de données Slipway</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slipway databases (*.db)</source>
        <translation>Bases de données Slipway (*.db)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 already exists: a new database needs a new file name.</source>
        <translation>%1 existe déjà&#xa0;: une nouvelle base de données nécessite un nouveau nom de fichier.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../models/errortext.cpp" line="+49"/>
        <location filename="../engine/runtime/deploymentrun.cpp" line="+114"/>
        <source>Deploying %1 to %2, attempt %3</source>
        <translation>Déploiement de %1 sur %2, tentative %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../engine/runtime/deploymentrun.cpp" line="+72"/>
        <source>Artifact %1: version %2</source>
        <translation>Artefact %1&#xa0;: version %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../engine/runtime/deploymentrun.cpp" line="+28"/>
        <source>Skipped %1: %2</source>
        <translation>%1 ignorée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../engine/runtime/deploymentrun.cpp" line="+99"/>
        <source>Task %1: %2 (%3)</source>
        <translation>Tâche %1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../engine/runtime/deploymentrun.cpp" line="-1"/>
        <source>Task %1: %2</source>
        <translation>Tâche %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../engine/runtime/deploymentrun.cpp" line="-76"/>
        <source>Task %1 (%2)</source>
        <translation>Tâche %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../engine/runtime/deploymentrun.cpp" line="+34"/>
        <source>Output truncated after %1 lines; the task keeps running</source>
        <translation>Sortie tronquée après %1 lignes&#xa0;; la tâche continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../engine/runtime/builtintasks.cpp" line="+51"/>
        <source>Waiting for a manual intervention: %1</source>
        <translation>En attente d’une intervention manuelle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting %1</source>
        <translation>Attente de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../engine/runtime/builtintasks.cpp" line="+73"/>
        <source>Kept existing %1</source>
        <translation>Fichier existant %1 conservé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../engine/runtime/builtintasks.cpp" line="+10"/>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) copied to %1</source>
        <translation>
            <numerusform>%n fichier copié vers %1</numerusform>
            <numerusform>%n fichiers copiés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resumed: no answer within %1</source>
        <translation>reprise&#xa0;: aucune réponse dans un délai de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected: no answer within %1</source>
        <translation>rejetée&#xa0;: aucune réponse dans un délai de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resumed by %1: %2</source>
        <translation>reprise par %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resumed by %1</source>
        <translation>reprise par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected by %1: %2</source>
        <translation>rejetée par %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected by %1</source>
        <translation>rejetée par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>override by %1: %2</source>
        <translation>forcée par %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>override by %1</source>
        <translation>forcée par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reassigned to %1: %2</source>
        <translation>réattribuée à %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reassigned to %1</source>
        <translation>réattribuée à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reassigned from %1 by %2</source>
        <translation>réattribuée depuis %1 par %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped: %1 approved stage &quot;%2&quot; of this release</source>
        <translation>ignorée&#xa0;: %1 a approuvé l’étape «&#xa0;%2&#xa0;» de cette mise en production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed: rejected</source>
        <translation>inutile&#xa0;: rejetée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed: %1 decided</source>
        <translation>inutile&#xa0;: %1 a décidé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approval timed out at %1</source>
        <translation>approbation expirée le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot copy %1 to %2</source>
        <translation>impossible de copier %1 vers %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request to %1 failed: %2</source>
        <translation>la requête vers %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status %1 is outside %2</source>
        <translation>le statut %1 est hors de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>%1 vaut «&#xa0;%2&#xa0;», et non «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tasks of type &quot;%1&quot; are not supported by this version of Slipway yet</source>
        <translation>les tâches de type «&#xa0;%1&#xa0;» ne sont pas encore prises en charge par cette version de Slipway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted: the engine running it (%1, pid %2) stopped</source>
        <translation>interrompu&#xa0;: le moteur qui l’exécutait (%1, PID %2) s’est arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted: Slipway was shut down while it ran</source>
        <translation>interrompu&#xa0;: Slipway a été fermé pendant l’exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceled on request</source>
        <translation>annulé sur demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceled: a newer release, %1, was deployed instead</source>
        <translation>annulé&#xa0;: une mise en production plus récente, %1, a été déployée à la place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceled: the release was abandoned</source>
        <translation>annulé&#xa0;: la mise en production a été abandonnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceled by %1</source>
        <translation>annulé par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not run: %1</source>
        <translation>non exécutée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>condition &quot;%1&quot; not met</source>
        <translation>condition «&#xa0;%1&#xa0;» non remplie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot record task %1</source>
        <translation>impossible d’enregistrer la tâche %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot record the deployment&apos;s start</source>
        <translation>impossible d’enregistrer le début du déploiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out after %1</source>
        <translation>délai dépassé après %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the process crashed</source>
        <translation>le processus s’est arrêté brutalement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the gates did not pass within %1</source>
        <translation>les portes n’ont pas été franchies dans un délai de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all gates passed</source>
        <translation>toutes les portes sont franchies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gate evaluation stopped</source>
        <translation>évaluation des portes arrêtée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled deployment</source>
        <translation>déploiement planifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for an agent of pool %1 with %2 = %3</source>
        <translation>en attente d’un agent du pool %1 avec %2 = %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for an agent of pool %1 with the capability %2</source>
        <translation>en attente d’un agent du pool %1 ayant la capacité %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for an agent of pool %1</source>
        <translation>en attente d’un agent du pool %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initialize</source>
        <translation>Initialisation</translation>
    </message>
    <message>
        <location filename="../engine/definition/pipelinechecks.cpp" line="+59"/>
        <source>a pipeline needs at least one stage</source>
        <translation>un pipeline doit avoir au moins une étape</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duplicate stage &quot;%1&quot; (also %2)</source>
        <translation>étape «&#xa0;%1&#xa0;» en double (aussi %2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>must name at least one stage</source>
        <translation>doit nommer au moins une étape</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown stage &quot;%1&quot;</source>
        <translation>étape «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stage &quot;%1&quot; cannot trigger after itself</source>
        <translation>l’étape «&#xa0;%1&#xa0;» ne peut pas se déclencher après elle-même</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stage &quot;%1&quot; is listed twice</source>
        <translation>l’étape «&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>stages %1 form a cycle</source>
        <translation>les étapes %1 forment un cycle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>duplicate artifact alias &quot;%1&quot; (also %2)</source>
        <translation>alias d’artefact «&#xa0;%1&#xa0;» en double (aussi %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only one artifact source can be primary (%1 is)</source>
        <translation>une seule source d’artefacts peut être principale (c’est déjà le cas de %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown artifact &quot;%1&quot;</source>
        <translation>artefact «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown token %1</source>
        <translation>jeton %1 inconnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the token &quot;%1&quot; is not closed: add &quot;)&quot; after its name</source>
        <translation>le jeton «&#xa0;%1&#xa0;» n’est pas fermé&#xa0;: ajoutez «&#xa0;)&#xa0;» après son nom</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown group &quot;%1&quot;</source>
        <translation>groupe «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown user &quot;%1&quot;</source>
        <translation>utilisateur «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must name at least one approver</source>
        <translation>doit nommer au moins un approbateur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>stage &quot;%1&quot; is triggered automatically but has no tasks</source>
        <translation>l’étape «&#xa0;%1&#xa0;» est déclenchée automatiquement mais n’a aucune tâche</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>duplicate variable group &quot;%1&quot; (also %2)</source>
        <translation>groupe de variables «&#xa0;%1&#xa0;» en double (aussi %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must name at least one day</source>
        <translation>doit nommer au moins un jour</translation>
    </message>
    <message>
        <location filename="../engine/definition/pipelineparser.cpp" line="+112"/>
        <source>line %1, column %2: nested more than %3 levels deep</source>
        <translation>ligne %1, colonne %2 : imbriqué sur plus de %3 niveaux</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line %1, column %2: not valid JSON (%3)</source>
        <translation>ligne %1, colonne %2&#xa0;: JSON non valide (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a pipeline definition must be a JSON object</source>
        <translation>une définition de pipeline doit être un objet JSON</translation>
    </message>
    <message>
        <location filename="../engine/definition/schemavalidator.cpp" line="+46"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+112"/>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>&quot;%1&quot; is not a duration (use e.g. &quot;5m&quot;)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une durée (utilisez par exemple «&#xa0;5m&#xa0;»)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a time of day (use &quot;HH:MM&quot;, e.g. &quot;03:00&quot;)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une heure (utilisez «&#xa0;HH:MM&#xa0;», par exemple «&#xa0;03:00&#xa0;»)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an IANA time zone (e.g. &quot;Europe/Berlin&quot;)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire IANA (par exemple «&#xa0;Europe/Paris&#xa0;»)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a day (use mon, tue, wed, thu, fri, sat or sun)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un jour (utilisez mon, tue, wed, thu, fri, sat ou sun)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an HTTP status or range (use e.g. &quot;200&quot; or &quot;200-299&quot;)</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un statut HTTP ni une plage (utilisez par exemple «&#xa0;200&#xa0;» ou «&#xa0;200-299&#xa0;»)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be %2 or more</source>
        <translation>%1 doit valoir au moins %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected an object of names and string values</source>
        <translation>objet de noms et de valeurs de type chaîne attendu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a name must not be empty</source>
        <translation>un nom ne doit pas être vide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected an object of variables</source>
        <translation>objet de variables attendu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a variable name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de variable (lettres, chiffres, «&#xa0;_&#xa0;», «&#xa0;.&#xa0;», «&#xa0;-&#xa0;»)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a string or {&quot;value&quot;: …}</source>
        <translation>chaîne ou {&quot;value&quot;: …} attendu</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+46"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>unknown key &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>clé «&#xa0;%1&#xa0;» inconnue (vouliez-vous dire «&#xa0;%2&#xa0;»&#xa0;?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <location filename="../engine/rules/approvalpolicy.cpp" line="+57"/>
        <location filename="../engine/services/approvalservice.cpp" line="+279"/>
        <source>approval %1 is no longer pending (%2)</source>
        <translation>l’approbation %1 n’est plus en attente (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approval %1 is no longer pending (%2 by %3)</source>
        <translation>l’approbation %1 n’est plus en attente (%2 par %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not the approver of approval %2 (it is assigned to %3)</source>
        <translation>%1 n’est pas l’approbateur de l’approbation %2 (elle est attribuée à %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>approval %1 is a post-deployment approval; only a pre-deployment approval can be deferred</source>
        <translation>l’approbation %1 est une approbation après déploiement&#xa0;; seule une approbation avant déploiement peut être reportée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot approve approval %2: the policy &quot;requester cannot approve&quot; forbids the user who created the release from approving it</source>
        <translation>%1 ne peut pas accorder l’approbation %2&#xa0;: la règle «&#xa0;le demandeur ne peut pas approuver&#xa0;» l’interdit à l’utilisateur qui a créé la mise en production</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot approve approval %2: the policy &quot;requester cannot approve&quot; forbids the user who requested the deployment from approving it</source>
        <translation>%1 ne peut pas accorder l’approbation %2&#xa0;: la règle «&#xa0;le demandeur ne peut pas approuver&#xa0;» l’interdit à l’utilisateur qui a demandé le déploiement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>approval %1 requires %2 to confirm their identity again (policy &quot;revalidate identity&quot;): give one of your tokens</source>
        <translation>l’approbation %1 exige que %2 confirme à nouveau son identité (règle «&#xa0;revalider l’identité&#xa0;»)&#xa0;: indiquez l’un de vos jetons</translation>
    </message>
    <message>
        <location filename="../engine/rules/deploymentflow.cpp" line="+36"/>
        <location filename="../engine/runtime/deploymentrun.cpp" line="-134"/>
        <source>stage &quot;%1&quot; is not in the release&apos;s snapshot</source>
        <translation>l’étape «&#xa0;%1&#xa0;» ne figure pas dans l’instantané de la mise en production</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+13"/>
        <location filename="../engine/services/approvalservice.cpp" line="-231"/>
        <location line="+309"/>
        <location filename="../engine/services/deploymentservice.cpp" line="+50"/>
        <location line="+227"/>
        <source>deployment %1 not found</source>
        <translation>déploiement %1 introuvable</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>deployment %1 is not waiting for approvals</source>
        <translation>le déploiement %1 n’attend pas d’approbation</translation>
    </message>
    <message>
        <location filename="../engine/runtime/deploymentrun.cpp" line="+5"/>
        <location filename="../engine/services/deploymentservice.cpp" line="-248"/>
        <location line="+41"/>
        <location filename="../engine/services/releaseservice.cpp" line="+143"/>
        <location line="+89"/>
        <source>release %1 not found</source>
        <translation>mise en production %1 introuvable</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot create the working folder %1</source>
        <translation>impossible de créer le dossier de travail %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot copy artifact %1 %2 from %3</source>
        <translation>impossible de copier l’artefact %1 %2 depuis %3</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Canceled on request</source>
        <translation>Annulé sur demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../engine/services/deploymentservice.cpp" line="+113"/>
        <source>Canceled by %1</source>
        <translation>Annulé par %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interrupted: Slipway (%1, pid %2) was shut down while it ran</source>
        <translation>Interrompu&#xa0;: Slipway (%1, PID %2) a été fermé pendant l’exécution</translation>
    </message>
    <message>
        <location filename="../engine/runtime/gaterunner.cpp" line="+31"/>
        <source>release %1 or its stage is gone</source>
        <translation>la mise en production %1 ou son étape n’existe plus</translation>
    </message>
    <message>
        <location filename="../engine/services/approvalservice.cpp" line="-316"/>
        <location line="+276"/>
        <source>approval %1 not found</source>
        <translation>approbation %1 introuvable</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>approval %1 has no approval settings in its release&apos;s snapshot</source>
        <translation>l’approbation %1 n’a pas de paramètres d’approbation dans l’instantané de sa mise en production</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>deployment %1 is no longer waiting for approval %2 (%3)</source>
        <translation>le déploiement %1 n’attend plus l’approbation %2 (%3)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>defer needs a date and time to defer to</source>
        <translation>le report nécessite une date et une heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the deferral time %1 is not in the future</source>
        <translation>l’heure de report %1 n’est pas dans le futur</translation>
    </message>
    <message>
        <location line="+91"/>
        <location filename="../engine/store/sqldirectoryrepository.cpp" line="+45"/>
        <source>user &quot;%1&quot; not found</source>
        <translation>utilisateur «&#xa0;%1&#xa0;» introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approval %1 is already assigned to %2</source>
        <translation>l’approbation %1 est déjà attribuée à %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 cannot override approval %2: only an administrator can (slipway user add NAME --admin)</source>
        <translation>%1 ne peut pas forcer l’approbation %2&#xa0;: seul un administrateur le peut (slipway user add NOM --admin)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>deployment %1 has already finished</source>
        <translation>le déploiement %1 est déjà terminé</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>stage &quot;%1&quot; has no gate &quot;%2&quot;</source>
        <translation>l’étape «&#xa0;%1&#xa0;» n’a pas de porte «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stage &quot;%1&quot; has no gate &quot;%2&quot; (its gates: %3)</source>
        <translation>l’étape «&#xa0;%1&#xa0;» n’a pas de porte «&#xa0;%2&#xa0;» (ses portes&#xa0;: %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ignoring a gate needs a comment saying why</source>
        <translation>ignorer une porte nécessite un commentaire expliquant pourquoi</translation>
    </message>
    <message>
        <location filename="../engine/services/artifactservice.cpp" line="+53"/>
        <source>an artifact version needs a name</source>
        <translation>une version d’artefact doit avoir un nom</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../engine/services/releaseservice.cpp" line="-203"/>
        <source>artifact source &quot;%1&quot; is not in pipeline &quot;%2&quot;</source>
        <translation>la source d’artefacts «&#xa0;%1&#xa0;» ne fait pas partie du pipeline «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>artifact source &quot;%1&quot; is a %2 source; only push sources take versions from the command line or REST</source>
        <translation>la source d’artefacts «&#xa0;%1&#xa0;» est de type %2&#xa0;; seules les sources push acceptent des versions depuis la ligne de commande ou REST</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>artifact source &quot;%1&quot;: %2</source>
        <translation>source d’artefacts «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the folder &quot;%1&quot; of artifact source &quot;%2&quot; does not exist</source>
        <translation>le dossier «&#xa0;%1&#xa0;» de la source d’artefacts «&#xa0;%2&#xa0;» n’existe pas</translation>
    </message>
    <message>
        <location filename="../engine/services/demodata.cpp" line="+199"/>
        <source>give at least one release and no negative number of deployments</source>
        <translation>indiquez au moins une mise en production et un nombre de déploiements non négatif</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>the demo pipeline %1 could not be read back</source>
        <translation>le pipeline de démonstration %1 n’a pas pu être relu</translation>
    </message>
    <message>
        <location filename="../engine/services/deploymentservice.cpp" line="-124"/>
        <source>the start time %1 is in the past</source>
        <translation>l’heure de début %1 est dans le passé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>release %1 is abandoned; it cannot be deployed</source>
        <translation>la mise en production %1 est abandonnée&#xa0;; elle ne peut pas être déployée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>release %1 is a draft; start it before deploying</source>
        <translation>la mise en production %1 est un brouillon&#xa0;; démarrez-la avant de la déployer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stage &quot;%1&quot; is not in release %2</source>
        <translation>l’étape «&#xa0;%1&#xa0;» ne fait pas partie de la mise en production %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stage &quot;%1&quot; of release %2 already has deployment %3 (%4)</source>
        <translation>l’étape «&#xa0;%1&#xa0;» de la mise en production %2 a déjà le déploiement %3 (%4)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (a deployment can set only the pipeline variables marked settableAtRelease)</source>
        <translation>%1 (un déploiement ne peut définir que les variables du pipeline marquées settableAtRelease)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>deployment %1 has already finished (%2)</source>
        <translation>le déploiement %1 est déjà terminé (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deployment %1 is already being canceled</source>
        <translation>le déploiement %1 est déjà en cours d’annulation</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 may not answer this manual intervention; its approvers are %2</source>
        <translation>%1 ne peut pas répondre à cette intervention manuelle&#xa0;; ses approbateurs sont %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+9"/>
        <source>deployment %1 is not waiting for a manual intervention</source>
        <translation>le déploiement %1 n’attend pas d’intervention manuelle</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the manual intervention of deployment %1 was already answered</source>
        <translation>l’intervention manuelle du déploiement %1 a déjà reçu une réponse</translation>
    </message>
    <message>
        <location filename="../engine/services/directoryservice.cpp" line="+14"/>
        <source>&quot;%1&quot; is not a %2 name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;@&apos;, &apos;-&apos;)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de %2 valide (lettres, chiffres, «&#xa0;_&#xa0;», «&#xa0;.&#xa0;», «&#xa0;@&#xa0;», «&#xa0;-&#xa0;»)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a login name has at most 63 bytes: &quot;%1&quot;</source>
        <translation>un nom de connexion a au plus 63 octets&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>a token arrives as the SHA-256 of its secret</source>
        <translation>un jeton arrive sous la forme du SHA-256 de son secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a token&apos;s name has at most 200 characters</source>
        <translation>le nom d’un jeton a au plus 200 caractères</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>token %1 not found</source>
        <translation>jeton %1 introuvable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>token %1 belongs to %2; only they or an administrator can revoke it</source>
        <translation>le jeton %1 appartient à %2&#xa0;; seul cet utilisateur ou un administrateur peut le révoquer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>token %1 is already revoked</source>
        <translation>le jeton %1 est déjà révoqué</translation>
    </message>
    <message>
        <location filename="../engine/services/pipelineservice.cpp" line="+79"/>
        <location line="+61"/>
        <location line="+165"/>
        <location filename="../engine/services/queryservice.cpp" line="+29"/>
        <location filename="../engine/store/sqlpipelinerepository.cpp" line="+84"/>
        <location line="+97"/>
        <source>pipeline %1 not found</source>
        <translation>pipeline %1 introuvable</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>another pipeline is already named &quot;%1&quot;</source>
        <translation>un autre pipeline s’appelle déjà «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>pipeline &quot;%1&quot; has %2 active or draft releases: abandon them first</source>
        <translation>le pipeline «&#xa0;%1&#xa0;» a %2 mises en production actives ou en brouillon&#xa0;: abandonnez-les d’abord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pipeline &quot;%1&quot; keeps the history of %2 abandoned releases: it can be deleted once retention removed them</source>
        <translation>le pipeline «&#xa0;%1&#xa0;» conserve l’historique de %2 mises en production abandonnées&#xa0;: il pourra être supprimé une fois que la rétention les aura retirées</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>pipeline &quot;%1&quot; not found</source>
        <translation>pipeline «&#xa0;%1&#xa0;» introuvable</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>only an administrator can export secret values (%1 is not one); export without them instead</source>
        <translation>seul un administrateur peut exporter les valeurs secrètes (%1 n’en est pas un) ; exportez sans elles</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>revision %1 of pipeline %2 not found</source>
        <translation>révision %1 du pipeline %2 introuvable</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>stored revision %1 no longer parses: %2</source>
        <translation>la révision enregistrée %1 n’est plus lisible&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../engine/services/releaseservice.cpp" line="+17"/>
        <source>artifact source &quot;%1&quot; has no version &quot;%2&quot;</source>
        <translation>la source d’artefacts «&#xa0;%1&#xa0;» n’a pas de version «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>stage &quot;%1&quot; is not in pipeline &quot;%2&quot;</source>
        <translation>l’étape «&#xa0;%1&#xa0;» ne fait pas partie du pipeline «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>release %1 is already abandoned</source>
        <translation>la mise en production %1 est déjà abandonnée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>release %1 has a deployment in progress; cancel it before abandoning</source>
        <translation>la mise en production %1 a un déploiement en cours&#xa0;; annulez-le avant de l’abandonner</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a release name must have 1 to 256 characters</source>
        <translation>un nom de mise en production doit comporter de 1 à 256 caractères</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a release description must have at most 4000 characters</source>
        <translation>une description de mise en production doit comporter au plus 4000 caractères</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>release %1 is not a draft</source>
        <translation>la mise en production %1 n’est pas un brouillon</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>variable &quot;%1&quot; is not defined in pipeline &quot;%2&quot;</source>
        <translation>la variable «&#xa0;%1&#xa0;» n’est pas définie dans le pipeline «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>variable &quot;%1&quot; is not settable at release time</source>
        <translation>la variable «&#xa0;%1&#xa0;» ne peut pas être définie lors de la création de la mise en production</translation>
    </message>
    <message>
        <location filename="../engine/store/migrations.cpp" line="+186"/>
        <location line="+12"/>
        <location line="+80"/>
        <source>migration failed: %1 (%2)</source>
        <translation>échec de la migration&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="-10"/>
        <location filename="../engine/store/postgresschema.cpp" line="+360"/>
        <source>cannot read the schema version: %1</source>
        <translation>impossible de lire la version du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the database uses schema version %1, but this Slipway understands versions up to %2; use a newer Slipway</source>
        <translation>la base de données utilise la version de schéma %1, mais ce Slipway ne comprend que les versions jusqu’à %2&#xa0;; utilisez un Slipway plus récent</translation>
    </message>
    <message>
        <location filename="../engine/store/sqlapprovalrepository.cpp" line="+162"/>
        <source>gate &quot;%1&quot; of deployment %2 is already ignored</source>
        <translation>la porte «&#xa0;%1&#xa0;» du déploiement %2 est déjà ignorée</translation>
    </message>
    <message>
        <location filename="../engine/store/sqlartifactrepository.cpp" line="+14"/>
        <source>version &quot;%1&quot; already exists</source>
        <translation>la version «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <location filename="../engine/store/sqlauditrepository.cpp" line="+31"/>
        <source>audit events must be written in the transaction of their change</source>
        <translation>les événements d’audit doivent être écrits dans la transaction de leur modification</translation>
    </message>
    <message>
        <location filename="../engine/store/sqlconnection.h" line="+66"/>
        <source>the database is busy (locked by another process)</source>
        <translation>la base de données est occupée (verrouillée par un autre processus)</translation>
    </message>
    <message>
        <location filename="../engine/store/sqliteconnection.cpp" line="+63"/>
        <source>the Qt SQLite driver is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation>le pilote SQLite de Qt n’est pas installé (Debian&#xa0;: libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../engine/store/sqlsecrets.cpp" line="+149"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <location line="+8"/>
        <source>cannot open the database %1: %2</source>
        <translation>impossible d’ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Slipway database: %2</source>
        <translation>%1 n’est pas une base de données Slipway&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the Qt SQLite driver did not expose its connection</source>
        <translation>le pilote SQLite de Qt n’a pas exposé sa connexion</translation>
    </message>
    <message>
        <location filename="../engine/store/postgresconnection.cpp" line="+41"/>
        <source>the team database %1 refused the password of user %2</source>
        <translation>la base d’équipe %1 a refusé le mot de passe de l’utilisateur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the team database %1 asks for a password: give it in the URI, in ~/.pgpass or in PGPASSWORD</source>
        <translation>la base d’équipe %1 demande un mot de passe : indiquez-le dans l’URI, dans ~/.pgpass ou dans PGPASSWORD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the team database %1 does not exist on its server (create it first: createdb)</source>
        <translation>la base d’équipe %1 n’existe pas sur son serveur (créez-la d’abord : createdb)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot reach the team database %1: %2</source>
        <translation>impossible de joindre la base d’équipe %1 : %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the Qt PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>le pilote PostgreSQL de Qt n’est pas installé (Debian : libqt6sql6-psql)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>the team database refused this to your login: %1</source>
        <translation>la base de l’équipe a refusé ceci à votre connexion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+5"/>
        <location filename="../engine/store/sqliteconnection.cpp" line="+44"/>
        <source>cannot prepare statement: %1 (%2)</source>
        <translation>impossible de préparer l’instruction&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+100"/>
        <location line="+27"/>
        <location line="+6"/>
        <location filename="../engine/store/sqliteconnection.cpp" line="+6"/>
        <source>database error: %1 (%2)</source>
        <translation>erreur de base de données&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../engine/store/sqldirectoryrepository.cpp" line="-15"/>
        <source>user &quot;%1&quot; already exists</source>
        <translation>l’utilisateur «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>group &quot;%1&quot; already exists</source>
        <translation>le groupe «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>group &quot;%1&quot; not found</source>
        <translation>groupe «&#xa0;%1&#xa0;» introuvable</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>user &quot;%1&quot; not found; add it first with `slipway user add %1`</source>
        <translation>utilisateur «&#xa0;%1&#xa0;» introuvable&#xa0;; ajoutez-le d’abord avec `slipway user add %1`</translation>
    </message>
    <message>
        <location filename="../engine/store/sqlpipelinerepository.cpp" line="-55"/>
        <source>pipeline revision %1 not found</source>
        <translation>révision de pipeline %1 introuvable</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>release numbers must be taken in the transaction of their release</source>
        <translation>les numéros de mise en production doivent être attribués dans la transaction de leur mise en production</translation>
    </message>
    <message>
        <location filename="../rest/approvalscontroller.cpp" line="+34"/>
        <source>the field &quot;reassignTo&quot; must name a user (uniqueName, displayName or id)</source>
        <translation>le champ «&#xa0;reassignTo&#xa0;» doit désigner un utilisateur (uniqueName, displayName ou id)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no user has the identity id %1</source>
        <translation>aucun utilisateur n’a l’identifiant d’identité %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the field &quot;status&quot; must be approved or rejected</source>
        <translation>le champ «&#xa0;status&#xa0;» doit valoir approved ou rejected</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the field &quot;deferredDate&quot; must be an ISO 8601 date</source>
        <translation>le champ «&#xa0;deferredDate&#xa0;» doit être une date ISO 8601</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only an approval can be deferred</source>
        <translation>seule une approbation peut être reportée</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>statusFilter &quot;%1&quot; is not an ApprovalStatus</source>
        <translation>statusFilter «&#xa0;%1&#xa0;» n’est pas un ApprovalStatus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>typeFilter &quot;%1&quot; is not an ApprovalType</source>
        <translation>typeFilter «&#xa0;%1&#xa0;» n’est pas un ApprovalType</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>releaseIdsFilter holds &quot;%1&quot;, which is not a release id</source>
        <translation>releaseIdsFilter contient «&#xa0;%1&#xa0;», qui n’est pas un identifiant de mise en production</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the body must list at least one approval</source>
        <translation>le corps doit lister au moins une approbation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the field &quot;[%1].id&quot; must be a positive integer</source>
        <translation>le champ «&#xa0;[%1].id&#xa0;» doit être un entier positif</translation>
    </message>
    <message>
        <location filename="../rest/controllers.cpp" line="+13"/>
        <source>project &quot;%1&quot; not found</source>
        <translation>projet «&#xa0;%1&#xa0;» introuvable</translation>
    </message>
    <message>
        <location filename="../rest/definitionscontroller.cpp" line="+26"/>
        <source>$expand &quot;%1&quot; is not a ReleaseDefinitionExpands value</source>
        <translation>$expand «&#xa0;%1&#xa0;» n’est pas une valeur ReleaseDefinitionExpands</translation>
    </message>
    <message>
        <location filename="../rest/deploymentscontroller.cpp" line="+71"/>
        <source>deploymentStatus &quot;%1&quot; is not a DeploymentStatus</source>
        <translation>deploymentStatus «&#xa0;%1&#xa0;» n’est pas un DeploymentStatus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>operationStatus &quot;%1&quot; is not a DeploymentOperationStatus</source>
        <translation>operationStatus «&#xa0;%1&#xa0;» n’est pas un DeploymentOperationStatus</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../rest/releasescontroller.cpp" line="+35"/>
        <source>queryOrder &quot;%1&quot; is not descending or ascending</source>
        <translation>queryOrder «&#xa0;%1&#xa0;» ne vaut ni descending ni ascending</translation>
    </message>
    <message>
        <location filename="../rest/discoverycontroller.cpp" line="+129"/>
        <location line="+3"/>
        <source>the field &quot;tags&quot; must be an array of strings</source>
        <translation>le champ «&#xa0;tags&#xa0;» doit être un tableau de chaînes</translation>
    </message>
    <message>
        <location filename="../rest/environmentscontroller.cpp" line="+36"/>
        <location filename="../rest/logscontroller.cpp" line="+112"/>
        <source>environment %1 not found in release %2</source>
        <translation>environnement %1 introuvable dans la mise en production %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>stage &quot;%1&quot; has no deployment waiting for approval</source>
        <translation>l’étape «&#xa0;%1&#xa0;» n’a aucun déploiement en attente d’approbation</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>stage &quot;%1&quot; has no pending approval; a deployment can be deferred only while an approval is pending</source>
        <translation>l’étape «&#xa0;%1&#xa0;» n’a aucune approbation en attente&#xa0;; un déploiement ne peut être reporté que pendant qu’une approbation est en attente</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the field &quot;scheduledDeploymentTime&quot; must be an ISO 8601 date</source>
        <translation>le champ «&#xa0;scheduledDeploymentTime&#xa0;» doit être une date ISO 8601</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the field &quot;status&quot; must be an EnvironmentStatus</source>
        <translation>le champ «&#xa0;status&#xa0;» doit être un EnvironmentStatus</translation>
    </message>
    <message>
        <location line="-69"/>
        <location filename="../rest/releasescontroller.cpp" line="+98"/>
        <source>the field &quot;variables&quot; must be an object</source>
        <translation>le champ «&#xa0;variables&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../rest/releasescontroller.cpp" line="+5"/>
        <source>the field &quot;variables.%1.value&quot; must be a string</source>
        <translation>le champ «&#xa0;variables.%1.value&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>stage &quot;%1&quot; has no deployment to cancel</source>
        <translation>l’étape «&#xa0;%1&#xa0;» n’a aucun déploiement à annuler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>status must be inProgress (deploy), canceled, or scheduled with a scheduledDeploymentTime</source>
        <translation>status doit valoir inProgress (déployer), canceled, ou scheduled avec un scheduledDeploymentTime</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give a status (inProgress or canceled) or a scheduledDeploymentTime</source>
        <translation>indiquez un status (inProgress ou canceled) ou un scheduledDeploymentTime</translation>
    </message>
    <message>
        <location filename="../rest/releasescontroller.cpp" line="-112"/>
        <source>statusFilter &quot;%1&quot; is not a ReleaseStatus (draft, active, abandoned)</source>
        <translation>statusFilter «&#xa0;%1&#xa0;» n’est pas un ReleaseStatus (draft, active, abandoned)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>environmentStatusFilter &quot;%1&quot; is not an EnvironmentStatus</source>
        <translation>environmentStatusFilter «&#xa0;%1&#xa0;» n’est pas un EnvironmentStatus</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+4"/>
        <source>the field &quot;manualEnvironments&quot; must be an array of stage names</source>
        <translation>le champ «&#xa0;manualEnvironments&#xa0;» doit être un tableau de noms d’étapes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the field &quot;artifacts&quot; must be an array</source>
        <translation>le champ «&#xa0;artifacts&#xa0;» doit être un tableau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the field &quot;%1.alias&quot; must be a string</source>
        <translation>le champ «&#xa0;%1.alias&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the field &quot;%1.instanceReference&quot; must be an object</source>
        <translation>le champ «&#xa0;%1.instanceReference&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the field &quot;%1.instanceReference.name&quot; must name the version</source>
        <translation>le champ «&#xa0;%1.instanceReference.name&#xa0;» doit nommer la version</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the field &quot;status&quot; must be a ReleaseStatus (draft, active, abandoned)</source>
        <translation>le champ «&#xa0;status&#xa0;» doit être un ReleaseStatus (draft, active, abandoned)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>release %1 is %2; it cannot become a draft again</source>
        <translation>la mise en production %1 est %2&#xa0;; elle ne peut plus redevenir un brouillon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the field &quot;keepForever&quot; must be true or false</source>
        <translation>le champ «&#xa0;keepForever&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the field &quot;description&quot; must be a string</source>
        <translation>le champ «&#xa0;description&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the field &quot;name&quot; must be a string</source>
        <translation>le champ «&#xa0;name&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>$expand &quot;%1&quot; is not a ReleaseExpands value</source>
        <translation>$expand «&#xa0;%1&#xa0;» n’est pas une valeur ReleaseExpands</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the field &quot;definitionId&quot; must be a positive integer</source>
        <translation>le champ «&#xa0;definitionId&#xa0;» doit être un entier positif</translation>
    </message>
    <message>
        <location filename="../rest/restcontext.cpp" line="+15"/>
        <location line="+11"/>
        <source>%1 &quot;%2&quot; is not a valid id (a positive number)</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas un identifiant valide (un nombre positif)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 &quot;%2&quot; is not a positive number</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas un nombre positif</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 &quot;%2&quot; is not a date (ISO 8601 or RFC 1123)</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas une date (ISO 8601 ou RFC 1123)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 holds &quot;%2&quot;, which is not an id</source>
        <translation>%1 contient «&#xa0;%2&#xa0;», qui n’est pas un identifiant</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the request needs a JSON body</source>
        <translation>la requête nécessite un corps JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the body is not valid JSON: %1 at offset %2</source>
        <translation>le corps n’est pas un JSON valide&#xa0;: %1 à la position %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the body must be a JSON object</source>
        <translation>le corps doit être un objet JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the body must be a JSON array</source>
        <translation>le corps doit être un tableau JSON</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the field &quot;%1&quot; is required</source>
        <translation>le champ «&#xa0;%1&#xa0;» est obligatoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the field &quot;%1&quot; must be a string</source>
        <translation>le champ «&#xa0;%1&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the field &quot;%1&quot; must be true or false</source>
        <translation>le champ «&#xa0;%1&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a member of this team database: a member&apos;s token creates releases, deploys, cancels and decides approvals and manual interventions; ask an admin for the rest</source>
        <translation>%1 est membre de cette base d’équipe : le jeton d’un membre crée des releases, déploie, annule et décide des approbations et des interventions manuelles ; pour le reste, demandez à un administrateur</translation>
    </message>
    <message>
        <location filename="../rest/restserver.cpp" line="+58"/>
        <source>api-version &quot;%1&quot; is not supported; use 3.0 to 7.2, e.g. 7.1 or 7.2-preview.9</source>
        <translation>api-version «&#xa0;%1&#xa0;» n’est pas prise en charge&#xa0;; utilisez 3.0 à 7.2, par exemple 7.1 ou 7.2-preview.9</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d’écouter sur %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a personal access token is required: send it as Basic (any user name, the token as password) or Bearer</source>
        <translation>un jeton d’accès personnel est requis&#xa0;: envoyez-le en Basic (n’importe quel nom d’utilisateur, le jeton comme mot de passe) ou en Bearer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the token is not valid (unknown or revoked)</source>
        <translation>le jeton n’est pas valide (inconnu ou révoqué)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>this REST server runs on %1&apos;s member login and answers reads only; send writes to a server run by an engine</source>
        <translation>ce serveur REST fonctionne avec la connexion de membre de %1 et ne répond qu’aux lectures&#xa0;; envoyez les modifications à un serveur lancé par un moteur</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>--listen takes ADDR:PORT such as 127.0.0.1:8080, not &quot;%1&quot;</source>
        <translation>--listen attend ADRESSE:PORT, par exemple 127.0.0.1:8080, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IP</translation>
    </message>
    <message>
        <location filename="../rest/logscontroller.cpp" line="-3"/>
        <source>task %1 not found in environment %2</source>
        <translation>tâche %1 introuvable dans l’environnement %2</translation>
    </message>
    <message>
        <location filename="../rest/interventionscontroller.cpp" line="+105"/>
        <source>manual intervention %1 not found in release %2</source>
        <translation>intervention manuelle %1 introuvable dans la mise en production %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the field &quot;status&quot; must be approved (resume) or rejected</source>
        <translation>le champ «&#xa0;status&#xa0;» doit valoir approved (reprendre) ou rejected</translation>
    </message>
    <message>
        <location filename="../rest/gatescontroller.cpp" line="+22"/>
        <source>gate step %1 not found</source>
        <translation>étape de portes %1 introuvable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the field &quot;gatesToIgnore&quot; must be a non-empty array of gate names</source>
        <translation>le champ «&#xa0;gatesToIgnore&#xa0;» doit être un tableau non vide de noms de portes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the field &quot;gatesToIgnore&quot; must hold gate names</source>
        <translation>le champ «&#xa0;gatesToIgnore&#xa0;» doit contenir des noms de portes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the gates of deployment %1</source>
        <translation>impossible de lire les portes du déploiement %1</translation>
    </message>
    <message>
        <location filename="../engine/runtime/builtintasks.cpp" line="+4"/>
        <source>%1 file(s) copied to %2</source>
        <translation>%1 fichier(s) copié(s) vers %2</translation>
    </message>
    <message>
        <location filename="../engine/runtime/deploymentengine.cpp" line="+165"/>
        <source>Interrupted: the engine running it (%1, pid %2) stopped; it is not run again by itself</source>
        <translation>Interrompu&#xa0;: le moteur qui l’exécutait (%1, PID %2) s’est arrêté&#xa0;; il n’est pas relancé automatiquement</translation>
    </message>
    <message>
        <location filename="../engine/runtime/deploymentengineruns.cpp" line="+123"/>
        <source>The engine on %1 (pid %2) was shut down; the deployment keeps waiting for the manual intervention, and the next engine to run continues it after the answer</source>
        <translation>Le moteur sur %1 (PID %2) a été arrêté&#xa0;; le déploiement reste en attente de l’intervention manuelle, et le prochain moteur lancé le poursuivra après la réponse</translation>
    </message>
    <message>
        <location filename="../engine/runtime/deploymentrunparking.cpp" line="+28"/>
        <source>Continued by the engine on %1 (pid %2): still waiting for the manual intervention; the tasks before it are not run again</source>
        <translation>Poursuivi par le moteur sur %1 (PID %2)&#xa0;: toujours en attente de l’intervention manuelle&#xa0;; les tâches qui la précèdent ne sont pas réexécutées</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>deployment %1 has no manual intervention waiting</source>
        <translation>le déploiement %1 n’a aucune intervention manuelle en attente</translation>
    </message>
    <message>
        <location filename="../engine/domain/enginetext.cpp" line="+15"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location filename="../engine/runtime/engineproblem.cpp" line="+37"/>
        <source>The database %1 is damaged (&quot;database disk image is malformed&quot;): no deployment can start or record its progress. Restore it from a backup. The engine keeps retrying.</source>
        <translation>La base de données %1 est endommagée («&#xa0;database disk image is malformed&#xa0;»)&#xa0;: aucun déploiement ne peut démarrer ni enregistrer sa progression. Restaurez-la à partir d’une sauvegarde. Le moteur continue de réessayer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 is read-only: no deployment can start or record its progress. Check the file&apos;s permissions and whether its file system is mounted read-only. The engine keeps retrying.</source>
        <translation>La base de données %1 est en lecture seule&#xa0;: aucun déploiement ne peut démarrer ni enregistrer sa progression. Vérifiez les autorisations du fichier et si son système de fichiers est monté en lecture seule. Le moteur continue de réessayer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk holding the database %1 is full: no deployment can start or record its progress. Free some space; the engine keeps retrying.</source>
        <translation>Le disque contenant la base de données %1 est plein&#xa0;: aucun déploiement ne peut démarrer ni enregistrer sa progression. Libérez de l’espace&#xa0;; le moteur continue de réessayer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 is locked by another program: no deployment can start or record its progress until it lets go. The engine keeps retrying.</source>
        <translation>La base de données %1 est verrouillée par un autre programme&#xa0;: aucun déploiement ne peut démarrer ni enregistrer sa progression tant qu’elle n’est pas libérée. Le moteur continue de réessayer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The engine cannot reach the team database %1 (%2): no deployment can start or record its progress until the server answers. The engine keeps retrying and reconnects by itself.</source>
        <translation>Le moteur n’arrive pas à joindre la base d’équipe %1 (%2) : aucun déploiement ne peut démarrer ni enregistrer sa progression tant que le serveur ne répond pas. Le moteur réessaie et se reconnecte de lui-même.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The engine cannot use the database %1: %2. It keeps retrying.</source>
        <translation>Le moteur ne peut pas utiliser la base de données %1&#xa0;: %2. Il continue de réessayer.</translation>
    </message>
    <message>
        <location filename="../engine/core/secretbox.cpp" line="+100"/>
        <source>a secret cannot be encrypted: %1</source>
        <translation>un secret ne peut pas être chiffré : %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cannot read the key file %1: %2</source>
        <translation>impossible de lire le fichier de clé %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key file %1 does not hold a %2-byte key</source>
        <translation>le fichier de clé %1 ne contient pas de clé de %2 octets</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create the key file %1: %2</source>
        <translation>impossible de créer le fichier de clé %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot write the key file %1</source>
        <translation>impossible d’écrire le fichier de clé %1</translation>
    </message>
    <message>
        <location filename="../engine/definition/pipelinesecrets.cpp" line="+55"/>
        <location filename="../engine/runtime/deploymentvariables.cpp" line="+68"/>
        <source>secret variable &quot;%1&quot; of pipeline &quot;%2&quot; cannot be decrypted: %3</source>
        <translation>la variable secrète « %1 » du pipeline « %2 » ne peut pas être déchiffrée : %3</translation>
    </message>
    <message>
        <location filename="../engine/definition/macros.cpp" line="+61"/>
        <source>$(%1) is not a variable of this pipeline or stage: it stays as written when the task runs</source>
        <translation>$(%1) n&apos;est pas une variable de ce pipeline ni de cette étape : il reste tel quel à l&apos;exécution de la tâche</translation>
    </message>
    <message>
        <location filename="../engine/azure/azuremapper.cpp" line="+36"/>
        <source>a token is not closed; Slipway&apos;s default format is used</source>
        <translation>un jeton n’est pas fermé&#xa0;; le format par défaut de Slipway est utilisé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the token %1 has no Slipway equivalent and was left out</source>
        <translation>le jeton %1 n’a pas d’équivalent dans Slipway et a été omis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ releaseNameFormat &quot;%1&quot;</source>
        <translation>→ releaseNameFormat «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>→ artifact source &quot;%1&quot; (push)</source>
        <translation>→ source d’artefacts «&#xa0;%1&#xa0;» (push)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure type %1 kept as metadata: versions are pushed to Slipway (`slipway artifact add` or REST)</source>
        <translation>type Azure %1 gardé comme métadonnée&#xa0;: les versions sont poussées vers Slipway (`slipway artifact add` ou REST)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the definition, project and source id are kept as metadata</source>
        <translation>la définition, le projet et l’identifiant de source sont gardés comme métadonnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept as metadata</source>
        <translation>gardé comme métadonnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ primary</source>
        <translation>→ principale</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>default version &quot;%1&quot;: Slipway&apos;s default is the latest</source>
        <translation>version par défaut «&#xa0;%1&#xa0;»&#xa0;: par défaut, Slipway prend la plus récente</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>→ the trigger&apos;s branch and tag filters</source>
        <translation>→ les filtres de branche et d’étiquette du déclencheur</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no artifact source &quot;%1&quot; to trigger on</source>
        <translation>aucune source d’artefacts «&#xa0;%1&#xa0;» sur laquelle déclencher</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>artifact source trigger</source>
        <translation>déclencheur de source d’artefacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→ continuous-deployment trigger of artifact &quot;%1&quot;</source>
        <translation>→ déclencheur de déploiement continu de l’artefact «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>→ a release schedule</source>
        <translation>→ une planification de mise en production</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pull-request release triggers have no Slipway equivalent</source>
        <translation>les déclencheurs de mise en production sur pull request n’ont pas d’équivalent dans Slipway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trigger type &quot;%1&quot; has no Slipway equivalent</source>
        <translation>le type de déclencheur «&#xa0;%1&#xa0;» n’a pas d’équivalent dans Slipway</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>not an Azure release definition: it has no &quot;environments&quot; list</source>
        <translation>ce n’est pas une définition de mise en production Azure&#xa0;: elle n’a pas de liste «&#xa0;environments&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>→ name</source>
        <translation>→ nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ folder &quot;%1&quot;</source>
        <translation>→ dossier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>→ description</source>
        <translation>→ description</translation>
    </message>
    <message>
        <location filename="../engine/azure/azurereport.cpp" line="+51"/>
        <source>Azure server metadata; Slipway keeps its own</source>
        <translation>métadonnées du serveur Azure&#xa0;; Slipway tient les siennes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not mapped: Slipway has no equivalent</source>
        <translation>non repris&#xa0;: Slipway n’a pas d’équivalent</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>not valid JSON: the UTF-16 text is malformed</source>
        <translation>ce n’est pas un JSON valide&#xa0;: le texte UTF-16 est mal formé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not valid JSON: nested deeper than %1 levels</source>
        <translation>ce n’est pas un JSON valide&#xa0;: imbrication sur plus de %1 niveaux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>ce n’est pas un JSON valide&#xa0;: %1 à la position %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a definition: the JSON is not an object</source>
        <translation>ce n’est pas une définition&#xa0;: le JSON n’est pas un objet</translation>
    </message>
    <message>
        <location filename="../engine/services/variablegroupservice.cpp" line="+21"/>
        <source>a variable group needs a name</source>
        <translation>un groupe de variables doit avoir un nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid variable group name (no leading or trailing spaces, at most 256 characters)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de groupe de variables valide (pas d’espace au début ni à la fin, 256 caractères au plus)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a valid variable name (use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de variable valide (utilisez des lettres, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;»)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>variable &quot;%1&quot; is listed twice</source>
        <translation>la variable «&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>variable group &quot;%1&quot; has no variable &quot;%2&quot;</source>
        <translation>le groupe de variables «&#xa0;%1&#xa0;» n’a pas de variable «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>variable group &quot;%1&quot; not found</source>
        <translation>groupe de variables «&#xa0;%1&#xa0;» introuvable</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>variable group &quot;%1&quot; is linked by pipeline %2: remove it from their variableGroups first</source>
        <translation>le groupe de variables «&#xa0;%1&#xa0;» est lié au pipeline %2&#xa0;: retirez-le d’abord de ses variableGroups</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>variable group &quot;%1&quot; linked by pipeline &quot;%2&quot; no longer exists</source>
        <translation>le groupe de variables «&#xa0;%1&#xa0;» lié au pipeline «&#xa0;%2&#xa0;» n’existe plus</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unknown variable group &quot;%1&quot;</source>
        <translation>groupe de variables «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <location filename="../engine/store/sqlvariablegrouprepository.cpp" line="+101"/>
        <source>a variable group named &quot;%1&quot; already exists</source>
        <translation>un groupe de variables nommé «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <location filename="../rest/controllers.cpp" line="+60"/>
        <location filename="../rest/definitionwrites.cpp" line="+49"/>
        <source>release definition %1 not found</source>
        <translation>définition de mise en production %1 introuvable</translation>
    </message>
    <message>
        <location filename="../rest/definitionwrites.cpp" line="+25"/>
        <source>a release definition named &quot;%1&quot; exists already (id %2); replace it with PUT, giving its id and revision</source>
        <translation>une définition de mise en production nommée «&#xa0;%1&#xa0;» existe déjà (id %2)&#xa0;; remplacez-la avec PUT en indiquant son id et sa révision</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the field &quot;id&quot; must name the release definition</source>
        <translation>le champ «&#xa0;id&#xa0;» doit désigner la définition de mise en production</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the field &quot;revision&quot; must be a revision number</source>
        <translation>le champ «&#xa0;revision&#xa0;» doit être un numéro de révision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>release definition %1 is at revision %2, not %3: it was saved since; get it again and apply your change to it</source>
        <translation>la définition de mise en production %1 en est à la révision %2, et non %3&#xa0;: elle a été enregistrée entre-temps&#xa0;; récupérez-la à nouveau et appliquez-y votre modification</translation>
    </message>
    <message>
        <location filename="../rest/revisionscontroller.cpp" line="+113"/>
        <source>folder &quot;%1&quot; not found</source>
        <translation>dossier «&#xa0;%1&#xa0;» introuvable</translation>
    </message>
    <message>
        <location filename="../rest/variablegroupscontroller.cpp" line="+24"/>
        <source>queryOrder &quot;%1&quot; is not a VariableGroupQueryOrder value</source>
        <translation>queryOrder «&#xa0;%1&#xa0;» n’est pas une valeur VariableGroupQueryOrder</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>variable group %1 not found</source>
        <translation>groupe de variables %1 introuvable</translation>
    </message>
    <message>
        <location filename="../engine/store/databasecopy.cpp" line="+139"/>
        <source>the database %1 already holds pipelines, releases or audit events; slipway db copy writes only into an empty database, and nothing was written</source>
        <translation>la base %1 contient déjà des pipelines, des mises en production ou des événements d’audit ; slipway db copy n’écrit que dans une base vide, et rien n’a été écrit</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>there is no database file %1 to copy</source>
        <translation>il n’y a pas de fichier de base %1 à copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a database cannot be copied into itself</source>
        <translation>une base ne peut pas être copiée sur elle-même</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the copy of table %1 has %2 rows, the original %3</source>
        <translation>la copie de la table %1 a %2 lignes, l’original %3</translation>
    </message>
    <message>
        <location filename="../engine/store/postgreslocation.cpp" line="+31"/>
        <source>the database URI is not valid: an IPv6 address lacks its closing bracket</source>
        <translation>l’URI de la base n’est pas valide : il manque le crochet fermant d’une adresse IPv6</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the database URI is not valid: the port must be a number from 1 to 65535</source>
        <translation>l’URI de la base n’est pas valide : le port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the database URI is not valid: each parameter after ? must be name=value</source>
        <translation>l’URI de la base n’est pas valide : chaque paramètre après ? doit être nom=valeur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the database URI is not valid: a parameter name has a space or a semicolon</source>
        <translation>l’URI de la base n’est pas valide : un nom de paramètre contient une espace ou un point-virgule</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the database URI is not valid: it must start with postgresql://</source>
        <translation>l’URI de la base n’est pas valide : elle doit commencer par postgresql://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database URI is not valid: it is longer than 4096 characters</source>
        <translation>l’URI de la base n’est pas valide : elle dépasse 4096 caractères</translation>
    </message>
    <message>
        <location filename="../engine/store/postgresschema.cpp" line="-4"/>
        <source>the team database %1 lets this login connect but not read Slipway&apos;s tables: the database&apos;s owner grants them (docs/team-setup.md)</source>
        <translation>la base d’équipe %1 accepte cette connexion mais ne lui laisse pas lire les tables de Slipway&#xa0;: le propriétaire de la base les accorde (docs/team-setup.md)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the team database %1 uses schema version %2, but this Slipway uses version %3; use a newer Slipway</source>
        <translation>la base d’équipe %1 utilise la version de schéma %2, mais ce Slipway la version %3 ; utilisez un Slipway plus récent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the team database %1 uses schema version %2, but this Slipway uses version %3; upgrade it with: slipway db init URI</source>
        <translation>la base d’équipe %1 utilise la version de schéma %2, mais ce Slipway la version %3 ; mettez-la à jour avec : slipway db init URI</translation>
    </message>
    <message>
        <location filename="../app/appsession.cpp" line="+58"/>
        <source>on a team database you act as your database login &quot;%1&quot;; --user or $SLIPWAY_USER &quot;%2&quot; cannot change that (connect as &quot;%2&quot; instead)</source>
        <translation>sur une base d’équipe, vous agissez sous votre identifiant de base de données «&#xa0;%1&#xa0;»&#xa0;; --user ou $SLIPWAY_USER «&#xa0;%2&#xa0;» n’y change rien (connectez-vous plutôt en tant que «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../engine/azure/azurestages.cpp" line="+46"/>
        <source>→ trigger after release</source>
        <translation>→ déclencheur après la mise en production</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>status bits %1: Slipway starts a stage only after its stages succeed (or partially succeed); mapped as after &quot;%2&quot; succeeds</source>
        <translation>bits d’état %1&#xa0;: Slipway ne démarre une étape qu’après la réussite (ou la réussite partielle) de ses étapes&#xa0;; repris comme après la réussite de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>→ trigger after stage &quot;%1&quot;, also on partial success</source>
        <translation>→ déclencheur après l’étape «&#xa0;%1&#xa0;», aussi en cas de réussite partielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ trigger after stage &quot;%1&quot;</source>
        <translation>→ déclencheur après l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ artifact filter on &quot;%1&quot;</source>
        <translation>→ filtre d’artefact sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>condition &quot;%1&quot; (type %2) names nothing Slipway knows</source>
        <translation>la condition «&#xa0;%1&#xa0;» (type %2) ne désigne rien que Slipway connaisse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>both after release and after stages: after stages is kept</source>
        <translation>après la mise en production et après des étapes&#xa0;: après les étapes est gardé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no start condition → manual trigger</source>
        <translation>aucune condition de démarrage → déclencheur manuel</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>an approval without an approver</source>
        <translation>une approbation sans approbateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>→ approver &quot;%1&quot; (create the user or group in Slipway)</source>
        <translation>→ approbateur «&#xa0;%1&#xa0;» (créez l’utilisateur ou le groupe dans Slipway)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>automated: no approval</source>
        <translation>automatique&#xa0;: pas d’approbation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>→ order %1</source>
        <translation>→ ordre %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../engine/azure/azuretasks.cpp" line="+243"/>
        <source>→ timeout</source>
        <translation>→ délai d’expiration</translation>
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
        <translation>→ approvalOrder des portes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>gates not enabled or none defined: no gates</source>
        <translation>portes non activées ou aucune définie&#xa0;: pas de portes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>gate &quot;%1&quot; (task %2) has no Slipway equivalent</source>
        <translation>la porte «&#xa0;%1&#xa0;» (tâche %2) n’a pas d’équivalent dans Slipway</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>InvokeRESTAPI → http gate</source>
        <translation>InvokeRESTAPI → porte HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ the gate&apos;s name</source>
        <translation>→ nom de la porte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slipway&apos;s http gate stands for every version</source>
        <translation>la porte HTTP de Slipway vaut pour toutes les versions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a disabled gate is imported enabled</source>
        <translation>une porte désactivée est importée activée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>→ delay (stabilizationTime), samplingInterval, timeout, minSuccessDuration</source>
        <translation>→ delay (stabilizationTime), samplingInterval, timeout, minSuccessDuration</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>→ queue (concurrencyCount → maxParallel, queueDepthCount → policy)</source>
        <translation>→ file d’attente (concurrencyCount → maxParallel, queueDepthCount → politique)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only the latest release is deployed (Slipway keeps one, not %1)</source>
        <translation>seule la mise en production la plus récente est déployée (Slipway en garde une, pas %1)</translation>
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
        <translation>→ étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ the stage&apos;s position</source>
        <translation>→ position de l’étape</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a Slipway stage has one schedule: only the first is kept</source>
        <translation>une étape Slipway a une seule planification&#xa0;: seule la première est gardée</translation>
    </message>
    <message>
        <location filename="../engine/azure/azuretasks.cpp" line="-136"/>
        <source>only the first pattern &quot;%1&quot; is kept</source>
        <translation>seul le premier motif «&#xa0;%1&#xa0;» est gardé</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Slipway sends no mail; anyone may resume or reject the intervention</source>
        <translation>Slipway n’envoie pas de courriel&#xa0;; tout le monde peut reprendre ou rejeter l’intervention</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>→ condition succeededOrFailed</source>
        <translation>→ condition succeededOrFailed</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>→ condition %1</source>
        <translation>→ condition %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>custom condition &quot;%1&quot; is not supported: the task is imported disabled</source>
        <translation>la condition personnalisée «&#xa0;%1&#xa0;» n’est pas prise en charge&#xa0;: la tâche est importée désactivée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>task group %1 has no Slipway equivalent: kept as a disabled placeholder with its id, version and inputs</source>
        <translation>le groupe de tâches %1 n’a pas d’équivalent dans Slipway&#xa0;: gardé comme espace réservé désactivé avec son identifiant, sa version et ses entrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure task %1 has no Slipway equivalent: kept as a disabled placeholder with its id, version and inputs</source>
        <translation>la tâche Azure %1 n’a pas d’équivalent dans Slipway&#xa0;: gardée comme espace réservé désactivé avec son identifiant, sa version et ses entrées</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>→ %1 task</source>
        <translation>→ tâche %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ the task&apos;s inputs</source>
        <translation>→ entrées de la tâche</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>→ env</source>
        <translation>→ env</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>→ task name</source>
        <translation>→ nom de la tâche</translation>
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
        <translation>la tâche de Slipway vaut pour toutes les versions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a task (not a task group)</source>
        <translation>une tâche (pas un groupe de tâches)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>deployment-group job &quot;%1&quot;: its tasks would run wherever the stage runs; they are imported disabled until you give the stage a pool and check them</source>
        <translation>job de groupe de déploiement « %1 » : ses tâches s’exécuteraient là où s’exécute l’étape ; elles sont importées désactivées jusqu’à ce que vous donniez un pool à l’étape et les vérifiiez</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>an Azure agent queue names no Slipway pool: give the stage a pool of your agents (docs/agents.md)</source>
        <translation>une file d’agents Azure ne nomme aucun pool Slipway : donnez à l’étape un pool de vos agents (docs/agents.md)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>→ the stage&apos;s demands</source>
        <translation>→ les exigences de l’étape</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>job &quot;%1&quot; → the stage&apos;s tasks, in order</source>
        <translation>travail «&#xa0;%1&#xa0;» → les tâches de l’étape, dans l’ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ the stage&apos;s tasks</source>
        <translation>→ les tâches de l’étape</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the job&apos;s condition &quot;%1&quot; is not mapped</source>
        <translation>la condition «&#xa0;%1&#xa0;» du travail n’est pas reprise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the job runs when the jobs before it succeed</source>
        <translation>le travail s’exécute quand les travaux précédents réussissent</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>parallel jobs: tasks run one at a time</source>
        <translation>travaux parallèles&#xa0;: les tâches s’exécutent l’une après l’autre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no parallelism: tasks run one at a time</source>
        <translation>pas de parallélisme&#xa0;: les tâches s’exécutent l’une après l’autre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Slipway makes the release&apos;s artifacts available to every stage</source>
        <translation>Slipway met les artefacts de la mise en production à la disposition de chaque étape</translation>
    </message>
    <message>
        <location filename="../engine/azure/azurevalues.cpp" line="+53"/>
        <source>→ secret variable; it needs a value</source>
        <translation>→ variable secrète&#xa0;; elle a besoin d’une valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ secret variable, value kept</source>
        <translation>→ variable secrète, valeur gardée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ variable, settable at release</source>
        <translation>→ variable, modifiable à la mise en production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ variable</source>
        <translation>→ variable</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>variable group %1 is already linked</source>
        <translation>le groupe de variables %1 est déjà lié</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>variable group %1 → linked group &quot;%2&quot; (created empty on import when the Library has none of that name: fill in its variables)</source>
        <translation>groupe de variables %1 → groupe lié «&#xa0;%2&#xa0;» (créé vide à l’import si la bibliothèque n’en a aucun de ce nom&#xa0;: renseignez ses variables)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the schedule names no day; left out</source>
        <translation>la planification ne nomme aucun jour&#xa0;; omise</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown time zone &quot;%1&quot;; UTC is used</source>
        <translation>fuseau horaire inconnu «&#xa0;%1&#xa0;»&#xa0;; UTC est utilisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→ time zone %1</source>
        <translation>→ fuseau horaire %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>→ days</source>
        <translation>→ jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ time %1</source>
        <translation>→ heure %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→ time</source>
        <translation>→ heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→ onlyIfChanged</source>
        <translation>→ onlyIfChanged</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>method &quot;%1&quot; is not supported; GET is used</source>
        <translation>la méthode «&#xa0;%1&#xa0;» n’est pas prise en charge&#xa0;; GET est utilisée</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>service connection &quot;%1&quot;: set the variable %2 to its URL</source>
        <translation>connexion de service «&#xa0;%1&#xa0;»&#xa0;: donnez à la variable %2 son URL</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>→ jsonPath &quot;%1&quot; equals &quot;%2&quot;</source>
        <translation>→ jsonPath «&#xa0;%1&#xa0;» égal à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the expression &quot;%1&quot; is not mapped: any 2xx answer passes</source>
        <translation>l’expression «&#xa0;%1&#xa0;» n’est pas reprise&#xa0;: toute réponse 2xx passe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>callback completion is not supported</source>
        <translation>la complétion par rappel n’est pas prise en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ method, url, headers and body</source>
        <translation>→ méthode, URL, en-têtes et corps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ url</source>
        <translation>→ URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the kind of service connection</source>
        <translation>le type de connexion de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ headers</source>
        <translation>→ en-têtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ body</source>
        <translation>→ corps</translation>
    </message>
    <message>
        <location filename="../app/cli/usercommands.cpp" line="+29"/>
        <source>give one role: --%1</source>
        <translation>indiquez un seul rôle&#xa0;: --%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read the password from standard input</source>
        <translation>impossible de lire le mot de passe sur l’entrée standard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--password-stdin: standard input holds no password</source>
        <translation>--password-stdin&#xa0;: l’entrée standard ne contient aucun mot de passe</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../engine/store/sqlconnection.h" line="+11"/>
        <location filename="../engine/store/sqlrequestrepository.cpp" line="+10"/>
        <source>logins and roles belong to a team database; a database file has one account (docs/team-setup.md)</source>
        <translation>les connexions et les rôles appartiennent à une base d’équipe&#xa0;; un fichier de base n’a qu’un compte (docs/team-setup.md)</translation>
    </message>
    <message>
        <location filename="../engine/services/memberrequests.cpp" line="+31"/>
        <source>no engine carried out the request: on a team database a member&apos;s actions run on an engine; start one with slipway --headless --database URI as an engine login (docs/team-setup.md)</source>
        <translation>aucun moteur n’a exécuté la demande&#xa0;: sur une base d’équipe, les actions d’un membre s’exécutent sur un moteur&#xa0;; démarrez-en un avec slipway --headless --database URI sous une connexion de moteur (docs/team-setup.md)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>variable &quot;%1&quot; is secret: on a team database a member&apos;s request would carry its value in clear, so only an admin sets it (docs/team-setup.md)</source>
        <translation>la variable « %1 » est secrète : sur une base d’équipe, la requête d’un membre porterait sa valeur en clair ; seul un administrateur la définit (docs/team-setup.md)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>you stopped waiting: the request was taken back and nothing was done</source>
        <translation>vous avez cessé d’attendre&#xa0;: la demande a été retirée et rien n’a été fait</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the engine has not answered request %1 yet; it may still be carried out</source>
        <translation>le moteur n’a pas encore répondu à la demande %1&#xa0;; elle peut encore être exécutée</translation>
    </message>
    <message>
        <location filename="../engine/services/requestrunner.cpp" line="+60"/>
        <source>%1 is no longer a login of this team database</source>
        <translation>%1 n’est plus une connexion de cette base d’équipe</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unknown request %1</source>
        <translation>demande inconnue %1</translation>
    </message>
    <message>
        <location filename="../engine/store/postgresroles.cpp" line="+255"/>
        <location line="+6"/>
        <location line="+10"/>
        <source>cannot create the team&apos;s roles: %1</source>
        <translation>impossible de créer les rôles de l’équipe&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the team database %1 needs its roles (admin, member, engine), and its owner may not create roles: give the owner CREATEROLE (ALTER ROLE … CREATEROLE) and run slipway db init again (docs/team-setup.md)</source>
        <translation>la base d’équipe %1 a besoin de ses rôles (admin, member, engine), et son propriétaire ne peut pas créer de rôles&#xa0;: donnez-lui CREATEROLE (ALTER ROLE … CREATEROLE) et relancez slipway db init (docs/team-setup.md)</translation>
    </message>
    <message>
        <location filename="../engine/runtime/agentpresence.cpp" line="+27"/>
        <source>an agent named %1 is already online on %2: give this one another --name, or stop that one first</source>
        <translation>un agent nommé %1 est déjà en ligne sur %2&#xa0;: donnez à celui-ci un autre --name, ou arrêtez d’abord l’autre</translation>
    </message>
    <message>
        <location filename="../engine/services/agentservice.cpp" line="+59"/>
        <source>only an administrator can enable or disable an agent (%1 is not one)</source>
        <translation>seul un administrateur peut activer ou désactiver un agent (%1 n’en est pas un)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no agent named %1 (slipway agents lists them)</source>
        <translation>aucun agent nommé %1 (slipway agents les liste)</translation>
    </message>
    <message>
        <location filename="../engine/azure/azuretasks.cpp" line="-18"/>
        <location filename="../rest/agentpoolscontroller.cpp" line="+126"/>
        <source>the demand &quot;%1&quot; is not &quot;name&quot; or &quot;name -equals value&quot;</source>
        <translation>l’exigence « %1 » n’est ni « nom » ni « nom -equals valeur »</translation>
    </message>
    <message>
        <location filename="../rest/agentpoolscontroller.cpp" line="+17"/>
        <source>agent pool %1 not found</source>
        <translation>pool d’agents %1 introuvable</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>agent %1 not found in agent pool %2</source>
        <translation>agent %1 introuvable dans le pool d’agents %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>poolType &quot;%1&quot; is not automation or deployment</source>
        <translation>poolType « %1 » n’est ni automation ni deployment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>actionFilter &quot;%1&quot; is not none, manage or use</source>
        <translation>actionFilter « %1 » n’est ni none, ni manage, ni use</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>the field &quot;enabled&quot; must be true or false: it is what Slipway changes of an agent</source>
        <translation>le champ « enabled » doit valoir true ou false : c’est ce que Slipway change d’un agent</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../app/arguments.cpp" line="+108"/>
        <source>Slipway, a local-first release manager.</source>
        <translation>Slipway, un gestionnaire de mises en production local.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>SQLite file or postgresql:// URI to use.</source>
        <translation>Fichier SQLite ou URI postgresql:// à utiliser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act as this user (on a file; a team database acts as its login).</source>
        <translation>Agir sous ce nom d’utilisateur (sur un fichier&#xa0;; une base d’équipe agit sous son identifiant).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the window as a PNG, then exit.</source>
        <translation>Enregistrer la fenêtre au format PNG, puis quitter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also serve the REST API on this address.</source>
        <translation>Servir aussi l’API REST à cette adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this page first: approvals, dashboard, whatswhere, library, agents, settings, release:ID[:TAB] or editor:ID[:TAB].</source>
        <translation>Ouvrir d’abord cette page&#xa0;: approvals, dashboard, whatswhere, library, agents, settings, release:ID[:TAB] ou editor:ID[:TAB].</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="+28"/>
        <source>Slipway cannot start</source>
        <translation>Slipway ne peut pas démarrer</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Could not create the sample pipeline: %1</source>
        <translation>Impossible de créer le pipeline d’exemple&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/guiwiring.cpp" line="+52"/>
        <source>Engine: starting</source>
        <translation>Moteur&#xa0;: démarrage</translation>
    </message>
    <message>
        <location filename="../app/finishednotice.cpp" line="+20"/>
        <source>Deployment finished: %1</source>
        <translation>Déploiement terminé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/guiwiring.cpp" line="+65"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Engine: the team&apos;s engines</source>
        <translation>Moteur&#xa0;: les moteurs de l’équipe</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Engine: running, %n active</source>
        <translation>
            <numerusform>Moteur&#xa0;: en marche, %n actif</numerusform>
            <numerusform>Moteur&#xa0;: en marche, %n actifs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Engine: stopped (%1)</source>
        <translation>Moteur&#xa0;: arrêté (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Engine: not started (screenshot)</source>
        <translation>Moteur&#xa0;: non démarré (capture d’écran)</translation>
    </message>
</context>
<context>
    <name>MemberWaitDialog</name>
    <message>
        <location filename="../views/memberwaitdialog.cpp" line="+19"/>
        <source>Waiting for the team&apos;s engine to carry out your request…</source>
        <translation>En attente du moteur de l’équipe pour exécuter votre demande…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop waiting</source>
        <translation>Ne plus attendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team request</source>
        <translation>Demande à l’équipe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Taking the request back…</source>
        <translation>Retrait de la demande…</translation>
    </message>
</context>
<context>
    <name>PipelineChanges</name>
    <message>
        <location filename="../views/pipelinechanges.cpp" line="+41"/>
        <source>Pipeline changes since %1</source>
        <translation>Modifications du pipeline depuis %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pipeline has not changed since this release was created.</source>
        <translation>Le pipeline n’a pas changé depuis la création de cette mise en production.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pipeline changed since revision %1, which this release uses. Its deployments run that revision; the differences are in the details.</source>
        <translation>Le pipeline a changé depuis la révision %1, utilisée par cette mise en production. Ses déploiements exécutent cette révision&#xa0;; les différences figurent dans les détails.</translation>
    </message>
</context>
<context>
    <name>PipelineGraphView</name>
    <message>
        <location filename="../views/pipelinegraphview.cpp" line="+59"/>
        <source>Also deploys on a schedule</source>
        <translation>Se déploie aussi selon une planification</translation>
    </message>
</context>
<context>
    <name>ReleaseActions</name>
    <message>
        <location filename="../views/releaseactions.cpp" line="+8"/>
        <source>Your login is a member of this team database: ask an admin to do this</source>
        <translation>Votre connexion est membre de cette base d’équipe&#xa0;: demandez-le à un administrateur</translation>
    </message>
</context>
<context>
    <name>ReleaseCards</name>
    <message>
        <location filename="../views/releasecards.cpp" line="+24"/>
        <source>Attempt %1, requested by %2</source>
        <translation>Tentative %1, demandée par %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the system</source>
        <translation>le système</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started %1</source>
        <translation>Démarrée le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration %1</source>
        <translation>Durée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued %1</source>
        <translation>Mise en file d’attente le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment: %1</source>
        <translation>Commentaire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pool %1, a demand unmet · %2</source>
        <translation>Pool %1, exigence manquante · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pool %1, no agent online · %2</source>
        <translation>Pool %1, aucun agent en ligne · %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deferred until %1</source>
        <translation>Reportée au %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you (%1)</source>
        <translation>vous (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting %1 · %2</source>
        <translation>En attente de %1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Awaiting an intervention (%1) · %2</source>
        <translation>En attente d’une intervention (%1) · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evaluating gates · %1</source>
        <translation>Évaluation des portes · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by %1 · %2</source>
        <translation>Retenue par %1 · %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>passed</source>
        <translation>franchies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not passed yet</source>
        <translation>pas encore franchies</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>approved by %1 for %2</source>
        <translation>approuvée par %1 pour le %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved by %1</source>
        <translation>approuvée par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected by %1</source>
        <translation>rejetée par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for %1</source>
        <translation>en attente de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reassigned it</source>
        <translation>%1 l’a réattribuée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: canceled</source>
        <translation>%1&#xa0;: annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: skipped</source>
        <translation>%1&#xa0;: ignorée</translation>
    </message>
</context>
<context>
    <name>ReleasePage</name>
    <message>
        <location filename="../views/releasetabs.cpp" line="+33"/>
        <source>waiting for %1</source>
        <translation>en attente de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (deferred to %1)</source>
        <translation> (reportée au %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre-deployment approval: %1</source>
        <translation>Approbation avant déploiement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-deployment approval: %1</source>
        <translation>Approbation après déploiement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gates (%1)</source>
        <translation>Portes (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>franchies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not passed</source>
        <translation>non franchies</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · attempt %2</source>
        <translation>%1 · tentative %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>release</source>
        <translation>mise en production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pipeline</source>
        <translation>pipeline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stage %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Release: %1 (%2, revision %3)
</source>
        <translation>Mise en production&#xa0;: %1 (%2, révision %3)
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage: %1, attempt %2 (%3)
</source>
        <translation>Étape&#xa0;: %1, tentative %2 (%3)
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Task: %1
</source>
        <translation>Tâche&#xa0;: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved: %1

</source>
        <translation>Enregistré le&#xa0;: %1

</translation>
    </message>
</context>
<context>
    <name>StageDecision</name>
    <message>
        <location filename="../views/stagedecisiondialog.cpp" line="+264"/>
        <source>Approve, to start at a later time</source>
        <translation>Approuver, pour démarrer plus tard</translation>
    </message>
    <message>
        <location filename="../views/stagesituation.cpp" line="+103"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;fer…</source>
        <translation>Re&amp;porter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassi&amp;gn…</source>
        <translation>Réa&amp;ttribuer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;sume the intervention…</source>
        <translation>Re&amp;prendre l’intervention…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject the &amp;intervention…</source>
        <translation>Rejeter l’&amp;intervention…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ignore a gate…</source>
        <translation>&amp;Ignorer une porte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel the deployment…</source>
        <translation>A&amp;nnuler le déploiement…</translation>
    </message>
</context>
<context>
    <name>StageStatus</name>
    <message>
        <location filename="../models/statuspresentation.cpp" line="+103"/>
        <source>Not started</source>
        <translation>Non démarrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Deployed only by hand for this release</source>
        <translation>Déployée uniquement manuellement pour cette mise en production</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deferred until %1</source>
        <translation>Reportée au %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt %1, requested by %2</source>
        <translation>Tentative %1, demandée par %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started %1, took %2</source>
        <translation>Démarrée le %1, durée %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started %1</source>
        <translation>Démarrée le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended %1 without starting</source>
        <translation>Terminée le %1 sans avoir démarré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued %1</source>
        <translation>Mise en file d’attente le %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approved by %1</source>
        <translation>Approuvée par %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for %1</source>
        <translation>En attente de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>In progress</source>
        <translation>En cours</translation>
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
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Canceling</source>
        <translation>Annulation en cours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for an agent</source>
        <translation>En attente d’un agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frozen</source>
        <translation>Gelée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially succeeded</source>
        <translation>Partiellement réussie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Awaiting approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluating gates</source>
        <translation>Évaluation des portes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deferred</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Awaiting intervention</source>
        <translation>En attente d’intervention</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../models/errortext.cpp" line="+103"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not deployed</source>
        <translation>Non déployé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially succeeded</source>
        <translation>Partiellement réussi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluating gates</source>
        <translation>Évaluation des portes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>En cours d’exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting intervention</source>
        <translation>En attente d’intervention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceling</source>
        <translation>Annulation en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending</source>
        <comment>task</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <comment>task</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <comment>task</comment>
        <translation>Réussie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <comment>task</comment>
        <translation>Échouée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <comment>task</comment>
        <translation>Ignorée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled</source>
        <comment>task</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <comment>task</comment>
        <translation>Interrompue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassigned</source>
        <translation>Réattribué</translation>
    </message>
</context>
<context>
    <name>slipway::AgentListModel</name>
    <message>
        <location filename="../models/agentmodels.cpp" line="+67"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Deployment %1</source>
        <translation>Déploiement %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double-click to open its release</source>
        <translation>Double-cliquer pour ouvrir sa mise en production</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started %1; offline %2 s after its last heartbeat</source>
        <translation>Démarré %1&#xa0;; hors ligne %2 s après son dernier signe de vie</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last heartbeat</source>
        <translation>Dernier signe de vie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>slipway::AgentsPage</name>
    <message>
        <location filename="../views/agentspage.cpp" line="+46"/>
        <source>Deployment agents</source>
        <translation>Agents de déploiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pools and their queues</source>
        <translation>Pools et leurs files d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Disable or enable the agent</source>
        <translation>Désactiver ou activer l’agent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pools (double-click opens the oldest waiting release):</source>
        <translation>Pools (un double-clic ouvre la mise en production en attente la plus ancienne)&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot read the agents: %1</source>
        <translation>Impossible de lire les agents&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No agents yet. Start one on a deployment machine with: slipway agent --database URI --name NAME --pool POOL (docs/agents.md)</source>
        <translation>Aucun agent pour l’instant. Démarrez-en un sur une machine cible avec&#xa0;: slipway agent --database URI --name NAME --pool POOL (docs/agents.md)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent finishes what it runs and claims nothing more (an administrator&apos;s)</source>
        <translation>L’agent termine ce qu’il exécute et ne prend plus rien (réservé à un administrateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent claims deployments again</source>
        <translation>L’agent prend de nouveau des déploiements</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enabled %1: it claims deployments again at its next heartbeat</source>
        <translation>%1 activé&#xa0;: il reprend des déploiements à son prochain signe de vie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled %1: it finishes what it runs and claims nothing more</source>
        <translation>%1 désactivé&#xa0;: il termine ce qu’il exécute et ne prend plus rien</translation>
    </message>
</context>
<context>
    <name>slipway::ApprovalInboxModel</name>
    <message numerus="yes">
        <location filename="../models/approvalinboxmodel.cpp" line="+42"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
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
        <translation>Mise en production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message numerus="yes">
        <location line="-112"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>anyone</source>
        <translation>n’importe qui</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Manual intervention</source>
        <translation>Intervention manuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-deployment approval</source>
        <translation>Approbation avant déploiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-deployment approval</source>
        <translation>Approbation après déploiement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting since %1</source>
        <translation>En attente depuis le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An earlier approver deferred the start to %1</source>
        <translation>Un approbateur précédent a reporté le démarrage au %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
Manual intervention &quot;%2&quot; of %3 · %4 (attempt %5)</source>
        <translation>%1
Intervention manuelle «&#xa0;%2&#xa0;» de %3 · %4 (tentative %5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
Approval for %2 · %3, assigned to %4; attempt %5</source>
        <translation>%1
Approbation pour %2 · %3, attribuée à %4&#xa0;; tentative %5</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Waiting for</source>
        <translation>En attente de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artifacts</source>
        <translation>Artefacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred to</source>
        <translation>Reportée au</translation>
    </message>
</context>
<context>
    <name>slipway::ApprovalsEditor</name>
    <message>
        <location filename="../views/approvalseditor.cpp" line="+35"/>
        <source>Tick to require approval; untick to remove the approvals</source>
        <translation>Cochez pour exiger une approbation&#xa0;; décochez pour supprimer les approbations</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approvers</source>
        <translation>Approbateurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who approves, in order</source>
        <translation>Qui approuve, dans l’ordre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add approver</source>
        <translation>Ajouter un approbateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the chosen user or group as an approver</source>
        <translation>Ajouter l’utilisateur ou le groupe choisi comme approbateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove approver</source>
        <translation>Supprimer l’approbateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected approver</source>
        <translation>Supprimer l’approbateur sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move approver up</source>
        <translation>Monter l’approbateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask the selected approver earlier</source>
        <translation>Solliciter l’approbateur sélectionné plus tôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move approver down</source>
        <translation>Descendre l’approbateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask the selected approver later</source>
        <translation>Solliciter l’approbateur sélectionné plus tard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval order</source>
        <translation>Ordre d’approbation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whose approval is needed</source>
        <translation>Quelles approbations sont nécessaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any one of them</source>
        <translation>L’un d’entre eux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of them, in the listed order</source>
        <translation>Tous, dans l’ordre de la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of them, in any order</source>
        <translation>Tous, dans n’importe quel ordre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval timeout</source>
        <translation>Délai d’approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the approval may wait before it is rejected, e.g. 8h or 30d</source>
        <translation>Durée pendant laquelle l’approbation peut attendre avant d’être rejetée, par exemple 8h ou 30d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30d (the default)</source>
        <translation>30d (valeur par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person who created the release cannot approve it</source>
        <translation>La personne qui a créé la mise en production ne peut pas l’approuver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Four eyes: the release&apos;s creator is not counted as an approver</source>
        <translation>Principe des quatre yeux&#xa0;: le créateur de la mise en production n’est pas compté comme approbateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip if the same approvers approved the previous stage</source>
        <translation>Ignorer si les mêmes approbateurs ont approuvé l’étape précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No second approval when the previous stage&apos;s approvers already approved this release</source>
        <translation>Pas de seconde approbation quand les approbateurs de l’étape précédente ont déjà approuvé cette mise en production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvers confirm their identity again</source>
        <translation>Les approbateurs confirment à nouveau leur identité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An approver signs in again before the approval counts</source>
        <translation>Un approbateur se reconnecte avant que son approbation soit prise en compte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approvers:</source>
        <translation>Approbateurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval by:</source>
        <translation>Approbation par&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout:</source>
        <translation>Délai&#xa0;:</translation>
    </message>
</context>
<context>
    <name>slipway::ApprovalsPage</name>
    <message>
        <location filename="../views/approvalspage.cpp" line="+61"/>
        <source>Waiting for you</source>
        <translation>En attente de votre action</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Approvals and interventions waiting for you</source>
        <translation>Approbations et interventions qui vous attendent</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check what to act on; Space toggles the current row, a double-click opens the release</source>
        <translation>Cochez les éléments à traiter&#xa0;; Espace coche ou décoche la ligne courante, un double-clic ouvre la mise en production</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment for the approvers&apos; history (used once)</source>
        <translation>Commentaire pour l’historique des approbateurs (utilisé une seule fois)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded with the next action only; cleared after it</source>
        <translation>Enregistré uniquement avec la prochaine action&#xa0;; effacé ensuite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve the checked approvals (Ctrl+Enter)</source>
        <translation>Approuver les approbations cochées (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the checked approvals or interventions (Ctrl+Shift+Enter)</source>
        <translation>Rejeter les approbations ou interventions cochées (Ctrl+Maj+Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;sume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume the deployments waiting for the checked interventions</source>
        <translation>Reprendre les déploiements qui attendent les interventions cochées</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>D&amp;efer…</source>
        <translation>Re&amp;porter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reassign &amp;to:</source>
        <translation>Réattribuer &amp;à&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reassign to</source>
        <translation>Réattribuer à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user to hand the checked approvals to</source>
        <translation>L’utilisateur à qui confier les approbations cochées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reassi&amp;gn…</source>
        <translation>Réa&amp;ttribuer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hand the checked approvals to the picked user</source>
        <translation>Confier les approbations cochées à l’utilisateur choisi</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>That item no longer waits for you.</source>
        <translation>Cet élément ne vous attend plus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The inbox cannot be read: %1</source>
        <translation>Impossible de lire la boîte de réception&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That approval no longer waits for you.</source>
        <translation>Cette approbation ne vous attend plus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That manual intervention no longer waits for you.</source>
        <translation>Cette intervention manuelle ne vous attend plus.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 no longer waits for you; nothing was done. Check again.</source>
        <translation>%1 ne vous attend plus&#xa0;; rien n’a été fait. Cochez à nouveau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list changed, so your ticks were cleared. Check again what to act on.</source>
        <translation>La liste a changé, vos coches ont donc été effacées. Cochez à nouveau les éléments à traiter.</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do what the summary says (Enter)</source>
        <translation>Effectuer ce qu’indique le résumé (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do nothing (Escape)</source>
        <translation>Ne rien faire (Échap)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Defer to:</source>
        <translation>&amp;Reporter au&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Defer to</source>
        <translation>Reporter au</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local time (%1)</source>
        <translation>Heure locale (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve, but start the deployment no earlier than this time</source>
        <translation>Approuver, mais ne pas démarrer le déploiement avant cette heure</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>= %1 UTC</source>
        <translation>= %1 UTC</translation>
    </message>
    <message>
        <location filename="../views/approvalsactions.cpp" line="+39"/>
        <source>%1 · %2 · %3 (manual intervention &quot;%4&quot;)</source>
        <translation>%1 · %2 · %3 (intervention manuelle «&#xa0;%4&#xa0;»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 · %3 (%4)</source>
        <translation>%1 · %2 · %3 (%4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pre-deployment</source>
        <translation>avant déploiement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>post-deployment</source>
        <translation>après déploiement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing is checked: check the approvals or interventions to act on first.</source>
        <translation>Rien n’est coché&#xa0;: cochez d’abord les approbations ou interventions à traiter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only manual interventions are resumed; uncheck %1.</source>
        <translation>Seules les interventions manuelles peuvent être reprises&#xa0;; décochez %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A manual intervention is resumed or rejected, not approved, deferred or reassigned; uncheck %1.</source>
        <translation>Une intervention manuelle se reprend ou se rejette, elle ne s’approuve pas, ne se reporte pas et ne se réattribue pas&#xa0;; décochez %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is in the past; pick a later time.</source>
        <translation>%1 est dans le passé&#xa0;; choisissez une heure ultérieure.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Approve %n approval(s):</source>
        <translation>
            <numerusform>Accorder %n approbation&#xa0;:</numerusform>
            <numerusform>Accorder %n approbations&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reject %n item(s):</source>
        <translation>
            <numerusform>Rejeter %n élément&#xa0;:</numerusform>
            <numerusform>Rejeter %n éléments&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Resume %n manual intervention(s):</source>
        <translation>
            <numerusform>Reprendre %n intervention manuelle&#xa0;:</numerusform>
            <numerusform>Reprendre %n interventions manuelles&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Approve %n approval(s), starting no earlier than %1 (%2 UTC):</source>
        <translation>
            <numerusform>Accorder %n approbation, avec un démarrage au plus tôt le %1 (%2 UTC)&#xa0;:</numerusform>
            <numerusform>Accorder %n approbations, avec un démarrage au plus tôt le %1 (%2 UTC)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Hand %n approval(s) to %1:</source>
        <translation>
            <numerusform>Confier %n approbation à %1&#xa0;:</numerusform>
            <numerusform>Confier %n approbations à %1&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No comment.</source>
        <translation>Aucun commentaire.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment: &quot;%1&quot;</source>
        <translation>Commentaire&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n approval(s) approved.</source>
        <translation>
            <numerusform>%n approbation accordée.</numerusform>
            <numerusform>%n approbations accordées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) rejected.</source>
        <translation>
            <numerusform>%n élément rejeté.</numerusform>
            <numerusform>%n éléments rejetés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n manual intervention(s) resumed.</source>
        <translation>
            <numerusform>%n intervention manuelle reprise.</numerusform>
            <numerusform>%n interventions manuelles reprises.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n approval(s) deferred to %1.</source>
        <translation>
            <numerusform>%n approbation reportée au %1.</numerusform>
            <numerusform>%n approbations reportées au %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n approval(s) handed to %1.</source>
        <translation>
            <numerusform>%n approbation confiée à %1.</numerusform>
            <numerusform>%n approbations confiées à %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Pick the user to hand the approvals to.</source>
        <translation>Choisissez l’utilisateur à qui confier les approbations.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Not done: %1</source>
        <translation>Non effectué&#xa0;: %1</translation>
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
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>slipway::AzureImportDialog</name>
    <message>
        <location filename="../views/azureimportdialog.cpp" line="+20"/>
        <source>Import Azure release definition</source>
        <translation>Importer une définition de mise en production Azure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is an Azure classic release definition. It becomes the pipeline &quot;%2&quot;; the parts below were mapped or could not be. Nothing is saved until you import it.</source>
        <translation>%1 est une définition de mise en production classique Azure. Elle devient le pipeline «&#xa0;%2&#xa0;»&#xa0;; les parties ci-dessous ont été reprises ou n’ont pas pu l’être. Rien n’est enregistré tant que vous ne l’importez pas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mapped: %1 · Not mapped: %2 (listed first)</source>
        <translation>Repris&#xa0;: %1 · Non repris&#xa0;: %2 (listés en premier)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Part of the Azure file</source>
        <translation>Partie du fichier Azure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No secret variable needs a value.</source>
        <translation>Aucune variable secrète n’a besoin de valeur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret variables that need a value after the import: %1</source>
        <translation>Variables secrètes qui ont besoin d’une valeur après l’importation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mapped</source>
        <translation>Repris</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not mapped</source>
        <translation>Non repris</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was saved: %1</source>
        <translation>Rien n’a été enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>slipway::CompareDialog</name>
    <message>
        <location filename="../views/comparedialog.cpp" line="+25"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This release</source>
        <translation>Cette mise en production</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other release</source>
        <translation>Autre mise en production</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Different</source>
        <translation>Différent</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare releases</source>
        <translation>Comparer des mises en production</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Artifacts</source>
        <translation>Artefacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline snapshot</source>
        <translation>Instantané du pipeline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare with:</source>
        <translation>Comparer avec&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The pipeline has no other release to compare with.</source>
        <translation>Le pipeline n’a aucune autre mise en production à comparer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Both releases use the same pipeline revision.</source>
        <translation>Les deux mises en production utilisent la même révision du pipeline.</translation>
    </message>
</context>
<context>
    <name>slipway::CreateReleaseDialog</name>
    <message>
        <location filename="../views/createreleasedialog.cpp" line="+38"/>
        <source>Create a release of %1</source>
        <translation>Créer une mise en production de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artifacts</source>
        <translation>Artefacts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Latest</source>
        <translation>La plus récente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This pipeline has no artifact sources.</source>
        <translation>Ce pipeline n’a aucune source d’artefacts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this release is for</source>
        <translation>L’objet de cette mise en production</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All stages, as their triggers say</source>
        <translation>Toutes les étapes, selon leurs déclencheurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked stages are not triggered automatically for this release</source>
        <translation>Les étapes cochées ne sont pas déclenchées automatiquement pour cette mise en production</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Variables set at release time</source>
        <translation>Variables définies à la création</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Empty: keep the pipeline&apos;s secret</source>
        <translation>Vide&#xa0;: conserver le secret du pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a value only to replace the pipeline&apos;s secret for this release</source>
        <translation>Saisissez une valeur uniquement pour remplacer le secret du pipeline pour cette mise en production</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value for this release</source>
        <translation>La valeur pour cette mise en production</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as a draft (triggers nothing until started)</source>
        <translation>Enregistrer comme brouillon (ne déclenche rien avant le démarrage)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploy automatically &amp;up to:</source>
        <translation>Déployer automatiquement &amp;jusqu’à&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual stages:</source>
        <translation>Étapes &amp;manuelles&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
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
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The stage the charts show</source>
        <translation>L’étape que montrent les graphiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the figures and the chosen stage&apos;s daily values to a CSV file</source>
        <translation>Écrire les indicateurs et les valeurs quotidiennes de l’étape choisie dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+19"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The pipeline the figures are for</source>
        <translation>Le pipeline concerné par les indicateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period measured, up to now</source>
        <translation>La période mesurée, jusqu’à maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Last %n days</source>
        <translation>
            <numerusform>%n dernier jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deployment figures per stage</source>
        <translation>Chiffres de déploiement par étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployments</source>
        <translation>Déploiements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead time (median)</source>
        <translation>Délai de livraison (médiane)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change failure rate</source>
        <translation>Taux d’échec des changements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time to restore (median)</source>
        <translation>Délai de rétablissement (médiane)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unrestored</source>
        <translation>Non rétablis</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pipeline&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pe&amp;riod:</source>
        <translation>Pé&amp;riode&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tage:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading the timeline&apos;s deployments…</source>
        <translation>Chargement des déploiements de la chronologie…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Computed in %1 ms.</source>
        <translation>Calculé en %1 ms.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Succeeded</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échoués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployments per day</source>
        <translation>Déploiements par jour</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Median lead time (h)</source>
        <translation>Délai de livraison médian (h)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Success rate (%)</source>
        <translation>Taux de réussite (%)</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Mean duration (min)</source>
        <translation>Durée moyenne (min)</translation>
    </message>
</context>
<context>
    <name>slipway::DatabaseSettings</name>
    <message>
        <location filename="../views/databasesettings.cpp" line="+31"/>
        <source>&amp;Local file</source>
        <translation>&amp;Fichier local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An SQLite file on this computer: Slipway&apos;s default</source>
        <translation>Un fichier SQLite sur cet ordinateur&#xa0;: le choix par défaut de Slipway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team server</source>
        <translation>Serveur d’é&amp;quipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PostgreSQL database shared by the team (docs/team-setup.md)</source>
        <translation>Une base de données PostgreSQL partagée par l’équipe (docs/team-setup.md)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database applies the next time Slipway starts; until then this window keeps working on the one it has.</source>
        <translation>La base de données s’applique au prochain démarrage de Slipway&#xa0;; d’ici là, cette fenêtre continue avec celle qu’elle a.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>slipway.db in the app data folder</source>
        <translation>slipway.db dans le dossier de données de l’application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite database</source>
        <translation>Base de données SQLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données SQLite (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File:</source>
        <translation>&amp;Chemin&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>db.example.com; empty: this computer&apos;s socket</source>
        <translation>db.example.com&#xa0;; vide&#xa0;: le socket de cet ordinateur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>your login name</source>
        <translation>votre nom de connexion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kept in the system keyring; empty: the keyring&apos;s, ~/.pgpass or PGPASSWORD</source>
        <translation>gardé dans le trousseau du système&#xa0;; vide&#xa0;: celui du trousseau, ~/.pgpass ou PGPASSWORD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disable: never TLS</source>
        <translation>disable&#xa0;: jamais TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allow: TLS when the server insists</source>
        <translation>allow&#xa0;: TLS si le serveur l’exige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prefer: TLS when the server offers it</source>
        <translation>prefer&#xa0;: TLS si le serveur le propose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>require: always TLS, any certificate</source>
        <translation>require&#xa0;: toujours TLS, tout certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify-ca: TLS, a certificate of a trusted authority</source>
        <translation>verify-ca&#xa0;: TLS, un certificat d’une autorité de confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify-full: TLS, a trusted certificate for this host name</source>
        <translation>verify-full&#xa0;: TLS, un certificat de confiance pour ce nom d’hôte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test &amp;connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data&amp;base:</source>
        <translation>Base de &amp;données&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TL&amp;S:</source>
        <translation>T&amp;LS&#xa0;:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No system keyring took the password. Leave the password empty and keep it in ~/.pgpass or PGPASSWORD instead (docs/team-setup.md).</source>
        <translation>Aucun trousseau du système n’a pris le mot de passe. Laissez le mot de passe vide et gardez-le plutôt dans ~/.pgpass ou PGPASSWORD (docs/team-setup.md).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not connected: %1.</source>
        <translation>Non connecté&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to an empty database: Slipway makes its tables when it first opens it (or run slipway db init).</source>
        <translation>Connecté à une base de données vide&#xa0;: Slipway crée ses tables en l’ouvrant pour la première fois (ou lancez slipway db init).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected, but the database uses schema version %1 and this Slipway version %2: upgrade it with slipway db init.</source>
        <translation>Connecté, mais la base de données utilise la version de schéma %1 et ce Slipway la version %2&#xa0;: mettez-la à jour avec slipway db init.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected, but the database uses schema version %1 and this Slipway only knows version %2: use a newer Slipway.</source>
        <translation>Connecté, mais la base de données utilise la version de schéma %1 et ce Slipway ne connaît que la version %2&#xa0;: utilisez un Slipway plus récent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: the database uses schema version %1, as this Slipway does.</source>
        <translation>Connecté&#xa0;: la base de données utilise la version de schéma %1, comme ce Slipway.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>slipway::DeployDialog</name>
    <message>
        <location filename="../views/deploydialog.cpp" line="+37"/>
        <source>The pipeline has changed since this release was created (revision %1, now %2). The redeploy runs the release&apos;s own snapshot, not the current definition. &lt;a href=&quot;changes&quot;&gt;Show the changes&lt;/a&gt;</source>
        <translation>Le pipeline a changé depuis la création de cette mise en production (révision %1, désormais %2). Le redéploiement exécute l’instantané de la mise en production, et non la définition actuelle. &lt;a href=&quot;changes&quot;&gt;Afficher les modifications&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Redeploy %1 of %2</source>
        <translation>Redéployer %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploy %1 of %2</source>
        <translation>Déployer %1 de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why, for the history</source>
        <translation>Pourquoi, pour l’historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;at:</source>
        <translation>Démarrer &amp;à&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start at</source>
        <translation>Démarrer à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Used by this deployment only; the release keeps its value</source>
        <translation>Utilisée par ce déploiement seulement&#xa0;; la mise en production garde sa valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty: keep the release&apos;s secret</source>
        <translation>Vide&#xa0;: conserver le secret de la mise en production</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redeploy</source>
        <translation>&amp;Redéployer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Deploy</source>
        <translation>&amp;Déployer</translation>
    </message>
</context>
<context>
    <name>slipway::DeploymentLogModel</name>
    <message>
        <location filename="../models/deploymentlogmodel.cpp" line="+50"/>
        <source>%1 · attempt %2</source>
        <translation>%1 · tentative %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not started</source>
        <translation>Non démarrée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deployment and task</source>
        <translation>Déploiement et tâche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>slipway::DocumentSection</name>
    <message>
        <location filename="../views/documentsection.cpp" line="+50"/>
        <source>Double-click a value to edit it; grey fields are not set</source>
        <translation>Double-cliquez sur une valeur pour la modifier&#xa0;; les champs grisés ne sont pas définis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The selected field&apos;s text, over as many lines as it needs</source>
        <translation>Le texte du champ sélectionné, sur autant de lignes que nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the selected field</source>
        <translation>Texte du champ sélectionné</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an entry to the selected list or map</source>
        <translation>Ajouter une entrée à la liste ou au dictionnaire sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected entry, or unset the field</source>
        <translation>Supprimer l’entrée sélectionnée, ou retirer la valeur du champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected entry up</source>
        <translation>Monter l’entrée sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected entry down</source>
        <translation>Descendre l’entrée sélectionnée</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Add entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 of &quot;%2&quot;:</source>
        <translation>%1 de «&#xa0;%2&#xa0;»&#xa0;:</translation>
    </message>
</context>
<context>
    <name>slipway::GatesEditor</name>
    <message>
        <location filename="../views/gateseditor.cpp" line="+31"/>
        <source>HTTP check</source>
        <translation>Vérification HTTP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Script check</source>
        <translation>Vérification par script</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick to evaluate gates; untick to remove them</source>
        <translation>Cochez pour évaluer des portes&#xa0;; décochez pour les supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gates</source>
        <translation>Portes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The gates; all must succeed. Select one to edit it</source>
        <translation>Les portes&#xa0;; toutes doivent réussir. Sélectionnez-en une pour la modifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add HTTP check</source>
        <translation>Ajouter une vérification HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A gate that calls a URL and checks the answer</source>
        <translation>Une porte qui appelle une URL et vérifie la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add script check</source>
        <translation>Ajouter une vérification par script</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A gate that runs a script; exit code 0 passes</source>
        <translation>Une porte qui exécute un script&#xa0;; le code de sortie 0 la fait passer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove gate</source>
        <translation>Supprimer la porte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected gate</source>
        <translation>Supprimer la porte sélectionnée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gates:</source>
        <translation>Portes&#xa0;:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Wait before the first check:</source>
        <translation>Attente avant la première vérification&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time to let the deployment settle</source>
        <translation>Le temps de laisser le déploiement se stabiliser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every:</source>
        <translation>Vérifier toutes les&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time between two evaluations</source>
        <translation>Durée entre deux évaluations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up after:</source>
        <translation>Abandonner après&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stage fails when the gates have not passed by then</source>
        <translation>L’étape échoue si les portes ne sont pas franchies d’ici là</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must pass for:</source>
        <translation>Doivent être franchies pendant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gates must keep passing this long before the stage goes on</source>
        <translation>Les portes doivent rester franchies pendant cette durée avant que l’étape continue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (the default)</source>
        <translation>%1 (valeur par défaut)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approvals and gates order</source>
        <translation>Ordre des approbations et des portes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When this side&apos;s approvals are asked for, relative to the gates</source>
        <translation>Quand les approbations de ce côté sont demandées, par rapport aux portes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals first, then the gates</source>
        <translation>D’abord les approbations, puis les portes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gates first; approvals once they pass</source>
        <translation>D’abord les portes&#xa0;; les approbations une fois celles-ci franchies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gates first; approvals whatever their result</source>
        <translation>D’abord les portes&#xa0;; les approbations quel que soit leur résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approvals:</source>
        <translation>Approbations&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gate name</source>
        <translation>Nom de la porte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the gate checks, shown on the release</source>
        <translation>Ce que vérifie la porte, affiché sur la mise en production</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gate name:</source>
        <translation>Nom de la porte&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP method</source>
        <translation>Méthode HTTP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The request&apos;s method</source>
        <translation>La méthode de la requête</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Method:</source>
        <translation>Méthode&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>URL:</source>
        <translation>URL&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The address to call; variables such as $(url) are replaced</source>
        <translation>L’adresse à appeler&#xa0;; les variables telles que $(url) sont remplacées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passing status:</source>
        <translation>Statut de réussite&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The HTTP statuses that pass, e.g. 200 or 200-299</source>
        <translation>Les statuts HTTP acceptés, par exemple 200 ou 200-299</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON field:</source>
        <translation>Champ JSON&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional: a field of the JSON answer to compare, e.g. status</source>
        <translation>Facultatif&#xa0;: un champ de la réponse JSON à comparer, par exemple status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must equal:</source>
        <translation>Doit valoir&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional: the value that field must have</source>
        <translation>Facultatif&#xa0;: la valeur que ce champ doit avoir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gate script</source>
        <translation>Script de la porte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A shell script; it passes when it exits with 0</source>
        <translation>Un script shell&#xa0;; la porte est franchie quand il se termine avec le code 0</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+70"/>
        <source>%1 (script)</source>
        <translation>%1 (script)</translation>
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
        <translation>*** (nouvelle valeur)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no value)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
</context>
<context>
    <name>slipway::InboxDetails</name>
    <message>
        <location filename="../views/inboxdetails.cpp" line="+22"/>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reassigned</source>
        <translation>réattribuée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open release</source>
        <translation>&amp;Ouvrir la mise en production</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open release</source>
        <translation>Ouvrir la mise en production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the release of the current row (or double-click the row)</source>
        <translation>Ouvrir la mise en production de la ligne courante (ou double-cliquez sur la ligne)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Click a row to see what it waits for.</source>
        <translation>Cliquez sur une ligne pour voir ce qu’elle attend.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 · %3, pipeline %4</source>
        <translation>%1 · %2 · %3, pipeline %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pre-deployment approval</source>
        <translation>approbation avant déploiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>post-deployment approval</source>
        <translation>approbation après déploiement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 · manual intervention &quot;%3&quot;, pipeline %4</source>
        <translation>%1 · %2 · intervention manuelle «&#xa0;%3&#xa0;», pipeline %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instructions: %1</source>
        <translation>Instructions&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none given)</source>
        <translation>(aucune fournie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approver: %1</source>
        <translation>Approbateur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested by %1; waiting since %2</source>
        <translation>Demandée par %1&#xa0;; en attente depuis le %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The context cannot be read: %1</source>
        <translation>Impossible de lire le contexte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An earlier approver deferred the start to %1</source>
        <translation>Un approbateur précédent a reporté le démarrage au %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no version</source>
        <translation>aucune version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 (new in %3)</source>
        <translation>%1 %2 (nouveau dans %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 (unchanged)</source>
        <translation>%1 %2 (inchangé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 (%3 runs %4)</source>
        <translation>%1 %2 (%3 exécute %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Artifacts: %1</source>
        <translation>Artefacts&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has not run a release of this pipeline yet.</source>
        <translation>%1 n’a encore exécuté aucune mise en production de ce pipeline.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 runs %2 now.</source>
        <translation>%1 exécute actuellement %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No approvals of this release were decided yet.</source>
        <translation>Aucune approbation de cette mise en production n’a encore été décidée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approvals of this release so far:</source>
        <translation>Approbations de cette mise en production jusqu’à présent&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1 (%2): %3 by %4 at %5</source>
        <translation>  %1 (%2)&#xa0;: %3 par %4 le %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-deployment</source>
        <translation>avant déploiement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>post-deployment</source>
        <translation>après déploiement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, &quot;%1&quot;</source>
        <translation>, «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>slipway::LibraryPage</name>
    <message>
        <location filename="../views/librarypage.cpp" line="+49"/>
        <source>Library: variable groups</source>
        <translation>Bibliothèque&#xa0;: groupes de variables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variable groups</source>
        <translation>Groupes de variables</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Variables of the group</source>
        <translation>Variables du groupe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipelines that use the group</source>
        <translation>Pipelines qui utilisent le groupe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Variables (secret values are never shown):</source>
        <translation>Variables (les valeurs secrètes ne sont jamais affichées)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used by:</source>
        <translation>Utilisé par&#xa0;:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;New group…</source>
        <translation>&amp;Nouveau groupe…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a variable group</source>
        <translation>Créer un groupe de variables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected group&apos;s description and variables</source>
        <translation>Modifier la description et les variables du groupe sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected group</source>
        <translation>Supprimer le groupe sélectionné</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the variable group &quot;%1&quot;?</source>
        <translation>Supprimer le groupe de variables «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the group for good</source>
        <translation>Supprimer définitivement le groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not delete it</source>
        <translation>Ne pas le supprimer</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 (stage %2)</source>
        <translation>%1 (étape %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No pipeline links this group.</source>
        <translation>Aucun pipeline n’est lié à ce groupe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved the variable group &quot;%1&quot;.</source>
        <translation>Groupe de variables «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deleted the variable group &quot;%1&quot;.</source>
        <translation>Groupe de variables «&#xa0;%1&#xa0;» supprimé.</translation>
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
        <translation>Approbations</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s where</source>
        <translation>Quoi et où</translation>
    </message>
    <message>
        <location filename="../views/mainwindowactions.cpp" line="+49"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New pipeline…</source>
        <translation>&amp;Nouveau pipeline…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Define a new release pipeline</source>
        <translation>Définir un nouveau pipeline de mise en production</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import definition…</source>
        <translation>&amp;Importer une définition…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a pipeline JSON file in the editor</source>
        <translation>Ouvrir un fichier JSON de pipeline dans l’éditeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export definition…</source>
        <translation>E&amp;xporter la définition…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected pipeline as a JSON file</source>
        <translation>Enregistrer le pipeline sélectionné dans un fichier JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The REST server, language, theme and other settings</source>
        <translation>Le serveur REST, la langue, le thème et les autres paramètres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Release</source>
        <translation>&amp;Mise en production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create release…</source>
        <translation>&amp;Créer une mise en production…</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Close Slipway (asks first while deployments are active)</source>
        <translation>Fermer Slipway (demande confirmation tant que des déploiements sont actifs)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create a release of the selected (or last shown) pipeline</source>
        <translation>Créer une mise en production du pipeline sélectionné (ou du dernier affiché)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Deploy…</source>
        <translation>&amp;Déployer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploy the selected stage of the selected release</source>
        <translation>Déployer l’étape sélectionnée de la mise en production sélectionnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redeploy…</source>
        <translation>&amp;Redéployer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploy the selected stage again, as a new attempt</source>
        <translation>Déployer à nouveau l’étape sélectionnée, comme une nouvelle tentative</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ancel deployment</source>
        <translation>A&amp;nnuler le déploiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the deployment of the selected stage</source>
        <translation>Annuler le déploiement de l’étape sélectionnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;bandon release…</source>
        <translation>A&amp;bandonner la mise en production…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandon the selected release</source>
        <translation>Abandonner la mise en production sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit pipeline…</source>
        <translation>&amp;Modifier le pipeline…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected pipeline</source>
        <translation>Modifier le pipeline sélectionné</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a pipeline to edit.</source>
        <translation>Sélectionnez un pipeline à modifier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approvals</source>
        <translation>&amp;Approbations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the approvals waiting for you</source>
        <translation>Afficher les approbations qui vous attendent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics and the timeline of the selected pipeline</source>
        <translation>Indicateurs et chronologie du pipeline sélectionné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;What&apos;s where</source>
        <translation>&amp;Quoi et où</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which release each stage runs</source>
        <translation>Quelle mise en production chaque étape exécute</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open selected &amp;release</source>
        <translation>Ouvrir la mise en p&amp;roduction sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs, approvals, variables and history of the selected release</source>
        <translation>Journaux, approbations, variables et historique de la mise en production sélectionnée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a release in the grid to open it.</source>
        <translation>Sélectionnez une mise en production dans la grille pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to the pipeline</source>
        <translation>Retour au pipe&amp;line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the release page for its pipeline&apos;s releases</source>
        <translation>Quitter la page de la mise en production pour revenir aux mises en production de son pipeline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the focus to the next pane: the tree, the page</source>
        <translation>Déplacer le focus vers le volet suivant&#xa0;: l’arborescence, la page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous pane</source>
        <translation>Volet &amp;précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the focus to the previous pane</source>
        <translation>Déplacer le focus vers le volet précédent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the user guide</source>
        <translation>Ouvrir le guide de l’utilisateur</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Select a pipeline first: a release is created of a pipeline.</source>
        <translation>Sélectionnez d’abord un pipeline&#xa0;: une mise en production est créée à partir d’un pipeline.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Opened the user guide.</source>
        <translation>Guide de l’utilisateur ouvert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user guide is not installed (looked for %1).</source>
        <translation>Le guide de l’utilisateur n’est pas installé (recherché&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program could be started to show the user guide. It is here:
%1</source>
        <translation>Aucun programme n’a pu être lancé pour afficher le guide de l’utilisateur. Il se trouve ici&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>&amp;About Slipway</source>
        <translation>À &amp;propos de Slipway</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the version of Slipway</source>
        <translation>Afficher la version de Slipway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Slipway</source>
        <translation>À propos de Slipway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Slipway&lt;/b&gt; %1&lt;br&gt;A local-first desktop release manager.</source>
        <translation>&lt;b&gt;Slipway&lt;/b&gt; %1&lt;br&gt;Un gestionnaire de mises en production local pour le poste de travail.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="-79"/>
        <source>Select a pipeline on the left, or define one with File ▸ New pipeline… or File ▸ Import definition….</source>
        <translation>Sélectionnez un pipeline à gauche, ou définissez-en un avec Fichier ▸ Nouveau pipeline… ou Fichier ▸ Importer une définition….</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pipelines, grouped by folder (F6 moves between the tree and the page)</source>
        <translation>Pipelines, regroupés par dossier (F6 passe de l’arborescence à la page)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Approvals waiting for you (Ctrl+Shift+A)</source>
        <translation>Approbations qui vous attendent (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deployment frequency, lead time, failure rate, time to restore, timeline (Ctrl+Shift+D)</source>
        <translation>Fréquence de déploiement, délai de livraison, taux d’échec, délai de rétablissement, chronologie (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which release each stage runs, at any time (Ctrl+Shift+W)</source>
        <translation>Quelle mise en production chaque étape exécute, à tout moment (Ctrl+Maj+W)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pipeline saved.</source>
        <translation>Pipeline enregistré.</translation>
    </message>
    <message>
        <location filename="../views/mainwindowimport.cpp" line="+20"/>
        <location line="+8"/>
        <source>Import definition</source>
        <translation>Importer une définition</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Pipeline or Azure release definition JSON (*.json);;All files (*)</source>
        <translation>JSON de pipeline ou de définition de mise en production Azure (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pipeline imported.</source>
        <translation>Pipeline importé.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="+10"/>
        <source>Select a pipeline to export.</source>
        <translation>Sélectionnez un pipeline à exporter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <location line="+5"/>
        <source>Export definition</source>
        <translation>Exporter la définition</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Pipeline JSON (*.json)</source>
        <translation>JSON de pipeline (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approvals (%1)</source>
        <translation>Approbations (%1)</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../views/mainwindowsession.cpp" line="+84"/>
        <source>The state of the deployment engine</source>
        <translation>L’état du moteur de déploiement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The REST API for scripts and CI systems</source>
        <translation>L’API REST pour les scripts et les systèmes d’intégration continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>engine</source>
        <translation>moteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User: %1</source>
        <translation>Utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User: %1 (%2)</source>
        <translation>Utilisateur&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You act as this database login; as a member, your actions run on the team&apos;s engines</source>
        <translation>Vous agissez sous cette connexion à la base&#xa0;; en tant que membre, vos actions s’exécutent sur les moteurs de l’équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You act as this user</source>
        <translation>Vous agissez en tant que cet utilisateur</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsession.cpp" line="-56"/>
        <source>Deployments are active</source>
        <translation>Des déploiements sont actifs</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deployment(s) of this window are running, queued or waiting.</source>
        <translation>
            <numerusform>%n déploiement de cette fenêtre est en cours, en file d’attente ou en attente.</numerusform>
            <numerusform>%n déploiements de cette fenêtre sont en cours, en file d’attente ou en attente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep running in the background: the window closes and Slipway goes on without it until nothing is active any more (the tray icon, where there is one, brings the window back).
Wait: keep the window open.
Stop: quit now; running deployments are interrupted.</source>
        <translation>Continuer en arrière-plan&#xa0;: la fenêtre se ferme et Slipway continue sans elle jusqu’à ce que plus rien ne soit actif (l’icône de la zone de notification, si elle existe, rouvre la fenêtre).
Attendre&#xa0;: garder la fenêtre ouverte.
Arrêter&#xa0;: quitter maintenant&#xa0;; les déploiements en cours sont interrompus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep running in the background</source>
        <translation>&amp;Continuer en arrière-plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wait</source>
        <translation>&amp;Attendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Slipway stays open: %n deployment(s) active.</source>
        <translation>
            <numerusform>Slipway reste ouvert&#xa0;: %n déploiement actif.</numerusform>
            <numerusform>Slipway reste ouvert&#xa0;: %n déploiements actifs.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The engine has a problem: %1</source>
        <translation>Le moteur rencontre un problème&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine: problem</source>
        <translation>Moteur&#xa0;: problème</translation>
    </message>
    <message>
        <location filename="../views/mainwindowlibrary.cpp" line="+17"/>
        <location line="+3"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Variable groups that pipelines and stages link</source>
        <translation>Groupes de variables liés aux pipelines et aux étapes</translation>
    </message>
    <message>
        <location filename="../views/mainwindowagents.cpp" line="+15"/>
        <location line="+3"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The deployment agents, online or not, and what waits for each pool</source>
        <translation>Les agents de déploiement, en ligne ou non, et ce qui attend chaque pool</translation>
    </message>
</context>
<context>
    <name>slipway::MessageBar</name>
    <message>
        <location filename="../views/messagebar.cpp" line="+33"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this message until the problem happens again</source>
        <translation>Masquer ce message jusqu’à ce que le problème se reproduise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>Masquer le message</translation>
    </message>
</context>
<context>
    <name>slipway::PipelineDocumentModel</name>
    <message>
        <location filename="../models/pipelinedocumentmodel.cpp" line="+334"/>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(%1 entry)</source>
        <translation>(entrée %1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>slipway::PipelineEditorDialog</name>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="+37"/>
        <location line="+115"/>
        <source>New pipeline</source>
        <translation>Nouveau pipeline</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Pipeline editor</source>
        <translation>Éditeur de pipeline</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Revision %1 is loaded. Save to make it the current revision.</source>
        <translation>La révision %1 est chargée. Enregistrez pour en faire la révision actuelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artifacts</source>
        <translation>Artefacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/pipelineeditortabs.cpp" line="+79"/>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedules</source>
        <translation>Planifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All fields</source>
        <translation>Tous les champs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What changed (optional, kept with the revision)</source>
        <translation>Ce qui a changé (facultatif, conservé avec la révision)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment kept with the saved revision</source>
        <translation>Un commentaire conservé avec la révision enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision comment</source>
        <translation>Commentaire de révision</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load a pipeline JSON file</source>
        <translation>Charger un fichier JSON de pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the pipeline to a JSON file</source>
        <translation>Écrire le pipeline dans un fichier JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as a new revision (Ctrl+S); refused while there are errors</source>
        <translation>Enregistrer comme nouvelle révision (Ctrl+S)&#xa0;; refusé tant qu’il y a des erreurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the editor</source>
        <translation>Fermer l’éditeur</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+78"/>
        <source>Edit pipeline – %1</source>
        <translation>Modifier le pipeline – %1</translation>
    </message>
    <message numerus="yes">
        <location line="-37"/>
        <source>Not saved: fix the %n error(s) listed above first.</source>
        <translation>
            <numerusform>Non enregistré&#xa0;: corrigez d’abord %n erreur (voir ci-dessus).</numerusform>
            <numerusform>Non enregistré&#xa0;: corrigez d’abord les %n erreurs (voir ci-dessus).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The errors are fixed: the pipeline can be saved.</source>
        <translation>Les erreurs sont corrigées&#xa0;: le pipeline peut être enregistré.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %1; fix the %n error(s) listed above, then save.</source>
        <translation>
            <numerusform>%1 importé&#xa0;; corrigez %n erreur (voir ci-dessus), puis enregistrez.</numerusform>
            <numerusform>%1 importé&#xa0;; corrigez les %n erreurs (voir ci-dessus), puis enregistrez.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1; the errors are fixed. Save to make it a revision.</source>
        <translation>%1 importé&#xa0;; les erreurs sont corrigées. Enregistrez pour en faire une révision.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved revision %1 of &quot;%2&quot;. These secret variables have no value yet: %3</source>
        <translation>Révision %1 de « %2 » enregistrée. Ces variables secrètes n’ont pas encore de valeur : %3</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditortabs.cpp" line="-40"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown in the navigation tree</source>
        <translation>Affiché dans l’arborescence de navigation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For example /web; the tree groups pipelines by folder</source>
        <translation>Par exemple /web&#xa0;; l’arborescence regroupe les pipelines par dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What this pipeline delivers, for whoever opens it</source>
        <translation>Ce que livre ce pipeline, pour quiconque l’ouvre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release name format:</source>
        <translation>Format du nom de mise en production&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The name the next release would get, with a sample build number</source>
        <translation>Le nom que recevrait la prochaine mise en production, avec un numéro de build d’exemple</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens: $(Rev:r), $(Date:yyyyMMdd), $(Build.BuildNumber), $(Build.DefinitionName), $(Release.DefinitionName) and any pipeline variable.</source>
        <translation>Jetons&#xa0;: $(Rev:r), $(Date:yyyyMMdd), $(Build.BuildNumber), $(Build.DefinitionName), $(Release.DefinitionName) et toute variable du pipeline.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Variable groups of the pipeline</source>
        <translation>Groupes de variables du pipeline</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The stages in order; select one to edit it</source>
        <translation>Les étapes dans l’ordre&#xa0;; sélectionnez-en une pour la modifier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deployment conditions</source>
        <translation>Conditions de déploiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks and all fields</source>
        <translation>Tâches et tous les champs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variable groups of the stage</source>
        <translation>Groupes de variables de l’étape</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Variable groups</source>
        <translation>Groupes de variables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the stage deploys and what it waits for: trigger, approvals, gates</source>
        <translation>Quand l’étape se déploie et ce qu’elle attend&#xa0;: déclencheur, approbations, portes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every field of the stage, its tasks and their scripts</source>
        <translation>Tous les champs de l’étape, ses tâches et leurs scripts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Library&apos;s groups whose variables this stage&apos;s releases take</source>
        <translation>Les groupes de la bibliothèque dont les mises en production de cette étape reprennent les variables</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a stage at the end</source>
        <translation>Ajouter une étape à la fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected stage</source>
        <translation>Supprimer l’étape sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected stage earlier</source>
        <translation>Avancer l’étape sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected stage later</source>
        <translation>Reculer l’étape sélectionnée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Release schedules create a release at these times; with onlyIfChanged only when an artifact has a newer version.</source>
        <translation>Les planifications créent une mise en production à ces heures&#xa0;; avec onlyIfChanged, seulement quand un artefact a une version plus récente.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click a problem to go to its field</source>
        <translation>Cliquez sur un problème pour aller à son champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Preview: %1</source>
        <translation>Aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a schedule to preview its next firings.</source>
        <translation>Sélectionnez une planification pour voir ses prochains déclenchements.</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="-52"/>
        <source>No problems: the pipeline can be saved.</source>
        <translation>Aucun problème&#xa0;: le pipeline peut être enregistré.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source> – click one to go to its field.</source>
        <translation> – cliquez sur l’un d’eux pour aller à son champ.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved revision %1 of &quot;%2&quot;.</source>
        <translation>Révision %1 de «&#xa0;%2&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditorfile.cpp" line="+21"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not valid JSON at line %2, column %3: %4.</source>
        <translation>%1 n’est pas un JSON valide à la ligne %2, colonne %3&#xa0;: %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not hold a JSON object.</source>
        <translation>%1 ne contient pas d’objet JSON.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imported %1. Save to make it a revision.</source>
        <translation>%1 importé. Enregistrez pour en faire une révision.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import pipeline</source>
        <translation>Importer un pipeline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pipeline JSON (*.json);;All files (*)</source>
        <translation>JSON de pipeline (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export pipeline</source>
        <translation>Exporter le pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline JSON (*.json)</source>
        <translation>JSON de pipeline (*.json)</translation>
    </message>
    <message>
        <location filename="../views/pipelineeditor.cpp" line="+49"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The pipeline has changes that are not saved. Save them?</source>
        <translation>Le pipeline comporte des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>slipway::PipelineGraphView</name>
    <message>
        <location filename="../views/pipelinegraphview.cpp" line="+12"/>
        <location line="+1"/>
        <source>Pipeline graph</source>
        <translation>Graphe du pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline: artifacts on the left, stages joined by their triggers; click a stage</source>
        <translation>Le pipeline&#xa0;: les artefacts à gauche, les étapes reliées par leurs déclencheurs&#xa0;; cliquez sur une étape</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Artifact source %1</source>
        <translation>Source d’artefacts %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No artifacts</source>
        <translation>Aucun artefact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This pipeline has no artifact source</source>
        <translation>Ce pipeline n’a aucune source d’artefacts</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 deploys after a release is created</source>
        <translation>%1 se déploie après la création d’une mise en production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 deploys after %2 succeeds</source>
        <translation>%1 se déploie après la réussite de %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: deployed by hand</source>
        <translation>%1&#xa0;: déployée manuellement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest release: %1</source>
        <translation>Mise en production la plus récente&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also deploys on a schedule</source>
        <translation>Se déploie aussi selon une planification</translation>
    </message>
</context>
<context>
    <name>slipway::PipelineHistoryTab</name>
    <message>
        <location filename="../views/pipelinehistorytab.cpp" line="+44"/>
        <source>Select one revision to compare with the editor, or two to compare them</source>
        <translation>Sélectionnez une révision à comparer avec l’éditeur, ou deux à comparer entre elles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what changed between the selected revisions</source>
        <translation>Afficher ce qui a changé entre les révisions sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert to this revision</source>
        <translation>Revenir à cette révision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the selected revision into the editor; saving makes it a new revision</source>
        <translation>Charger la révision sélectionnée dans l’éditeur&#xa0;; l’enregistrer en fait une nouvelle révision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select revisions and click Compare.</source>
        <translation>Sélectionnez des révisions et cliquez sur Comparer.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A new pipeline has no history until it is saved.</source>
        <translation>Un nouveau pipeline n’a pas d’historique avant d’être enregistré.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revision %1 · %2 · %3</source>
        <translation>Révision %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n révision</numerusform>
            <numerusform>%n révisions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The revision could not be read.</source>
        <translation>La révision n’a pas pu être lue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revision %1 → revision %2</source>
        <translation>Révision %1 → révision %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision %1 → the editor</source>
        <translation>Révision %1 → l’éditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
</context>
<context>
    <name>slipway::PipelinePage</name>
    <message>
        <location filename="../views/pipelinepage.cpp" line="+35"/>
        <location line="+360"/>
        <source>No releases yet: click Create release…, or run &quot;slipway release create&quot;.</source>
        <translation>Aucune mise en production pour l’instant&#xa0;: cliquez sur Créer une mise en production… ou lancez «&#xa0;slipway release create&#xa0;».</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>The releases of this pipeline, newest first; Ctrl+End shows the oldest</source>
        <translation>Les mises en production de ce pipeline, les plus récentes en premier&#xa0;; Ctrl+Fin affiche les plus anciennes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Releases</source>
        <translation>Mises en production</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Create release…</source>
        <translation>&amp;Créer une mise en production…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a release of this pipeline (Ctrl+N)</source>
        <translation>Créer une mise en production de ce pipeline (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Deploy</source>
        <translation>&amp;Déployer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploy (or redeploy) the selected stage of the selected release</source>
        <translation>Déployer (ou redéployer) l’étape sélectionnée de la mise en production sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel deployment</source>
        <translation>A&amp;nnuler le déploiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the deployment of the selected stage</source>
        <translation>Annuler le déploiement de l’étape sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit pipeline…</source>
        <translation>&amp;Modifier le pipeline…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit this pipeline&apos;s stages, triggers, approvals and tasks (Ctrl+E)</source>
        <translation>Modifier les étapes, déclencheurs, approbations et tâches de ce pipeline (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Release %1 created.</source>
        <translation>Mise en production %1 créée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the stage chip of a release to deploy.</source>
        <translation>Sélectionnez la pastille d’étape d’une mise en production à déployer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 is not finished (%3): wait for it, or cancel it, before deploying again.</source>
        <translation>Le déploiement de %1 de %2 n’est pas terminé (%3)&#xa0;: attendez sa fin ou annulez-le avant de redéployer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 requested (attempt %2).</source>
        <translation>%1 demandé (tentative %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the stage chip of the deployment to cancel.</source>
        <translation>Sélectionnez la pastille d’étape du déploiement à annuler.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Canceling the deployment of %1.</source>
        <translation>Annulation du déploiement de %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage %1 has no deployment to cancel.</source>
        <translation>L’étape %1 n’a aucun déploiement à annuler.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a release to abandon.</source>
        <translation>Sélectionnez une mise en production à abandonner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Abandon release</source>
        <translation>Abandonner la mise en production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandon %1? Its stages can no longer be deployed.</source>
        <translation>Abandonner %1&#xa0;? Ses étapes ne pourront plus être déployées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 abandoned.</source>
        <translation>%1 abandonnée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>View logs</source>
        <translation>Afficher les journaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create release…</source>
        <translation>Créer une mise en production…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redeploy %1…</source>
        <translation>Redéployer %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deploy %1…</source>
        <translation>Déployer %1…</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>No release matches the search (all releases of this pipeline were searched).</source>
        <translation>Aucune mise en production ne correspond à la recherche (toutes les mises en production de ce pipeline ont été parcourues).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No loaded release has a stage in this state; scroll down to load older ones.</source>
        <translation>Aucune mise en production chargée n’a d’étape dans cet état&#xa0;; faites défiler vers le bas pour charger les plus anciennes.</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Abandon release…</source>
        <translation>Abandonner la mise en production…</translation>
    </message>
</context>
<context>
    <name>slipway::PipelineTreeModel</name>
    <message>
        <location filename="../models/pipelinetreemodel.cpp" line="+220"/>
        <source>%1: newest release is %2</source>
        <translation>%1&#xa0;: la mise en production la plus récente est %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no releases yet</source>
        <translation>%1&#xa0;: aucune mise en production pour l’instant</translation>
    </message>
</context>
<context>
    <name>slipway::PoolQueueModel</name>
    <message>
        <location filename="../models/agentmodels.cpp" line="+43"/>
        <source>%1 of %2 online</source>
        <translation>%1 sur %2 en ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2, queued %3</source>
        <translation>%1 · %2, en file depuis %3</translation>
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
        <translation>Agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest waiting</source>
        <translation>Le plus ancien en attente</translation>
    </message>
</context>
<context>
    <name>slipway::PrincipalPicker</name>
    <message>
        <location filename="../views/principalpicker.cpp" line="+11"/>
        <source>A user or group of the directory</source>
        <translation>Un utilisateur ou un groupe de l’annuaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approver to add</source>
        <translation>Approbateur à ajouter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The directory cannot be read: %1</source>
        <translation>Impossible de lire l’annuaire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (user)</source>
        <translation>%1 (utilisateur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (group)</source>
        <translation>%1 (groupe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No users or groups yet (slipway user add, slipway group add)</source>
        <translation>Aucun utilisateur ni groupe pour l’instant (slipway user add, slipway group add)</translation>
    </message>
</context>
<context>
    <name>slipway::ReleaseGridModel</name>
    <message>
        <location filename="../models/releasegridmodel.cpp" line="+302"/>
        <source>%1 (draft)</source>
        <translation>%1 (brouillon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (abandoned)</source>
        <translation>%1 (abandonnée)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, created %2 by %3</source>
        <translation>%1, créée le %2 par %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created by %1</source>
        <translation>Créée par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No artifacts</source>
        <translation>Aucun artefact</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This release has no stage &quot;%1&quot;</source>
        <translation>Cette mise en production n’a pas d’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2: %3</source>
        <translation>%1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Release</source>
        <translation>Mise en production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artifacts</source>
        <translation>Artefacts</translation>
    </message>
</context>
<context>
    <name>slipway::ReleaseLogPane</name>
    <message>
        <location filename="../views/releaselogpane.cpp" line="+32"/>
        <source>Attempts and tasks</source>
        <translation>Tentatives et tâches</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find in the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Find in the log (Enter for the next match)</source>
        <translation>Rechercher dans le journal (Entrée pour l’occurrence suivante)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save log…</source>
        <translation>&amp;Enregistrer le journal…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the shown log with its release, stage and attempt</source>
        <translation>Enregistrer le journal affiché avec sa mise en production, son étape et sa tentative</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the log</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The log could not be saved to %1.</source>
        <translation>Le journal n’a pas pu être enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>slipway::ReleasePage</name>
    <message>
        <location filename="../views/releasepage.cpp" line="+79"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Retour</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Step</source>
        <translation>Étape du processus</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>%1, approval by %2</source>
        <translation>%1, approbation de %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Back to the pipeline (Escape, Alt+Left)</source>
        <translation>Retour au pipeline (Échap, Alt+Gauche)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Release history</source>
        <translation>Historique de la mise en production</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approvals and gates</source>
        <translation>Approbations et portes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who and when</source>
        <translation>Qui et quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment or message</source>
        <translation>Commentaire ou message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Release variables</source>
        <translation>Variables de la mise en production</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Release details</source>
        <translation>Détails de la mise en production</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Logs</source>
        <translation>&amp;Journaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approvals and gates</source>
        <translation>&amp;Approbations et portes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variables</source>
        <translation>&amp;Variables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Keep forever</source>
        <translation>Conserver &amp;indéfiniment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention never deletes a release kept forever</source>
        <translation>La rétention ne supprime jamais une mise en production conservée indéfiniment</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>%1 of %2 requested (attempt %3).</source>
        <translation>Déploiement de %1 de %2 demandé (tentative %3).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The deployment of %1 in %2 (attempt %3) has ended: %4.</source>
        <translation>Le déploiement de %1 dans %2 (tentative %3) est terminé&#xa0;: %4.</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Abandon release</source>
        <translation>Abandonner la mise en production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandon %1? Its stages can no longer be deployed.</source>
        <translation>Abandonner %1&#xa0;? Ses étapes ne pourront plus être déployées.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Co&amp;mpare with…</source>
        <translation>Co&amp;mparer avec…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artifacts, variables and pipeline snapshot against another release</source>
        <translation>Artefacts, variables et instantané du pipeline comparés à une autre mise en production</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pipeline &amp;changes…</source>
        <translation>Modi&amp;fications du pipeline…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed in the pipeline since this release&apos;s snapshot</source>
        <translation>Ce qui a changé dans le pipeline depuis l’instantané de cette mise en production</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is kept forever.</source>
        <translation>%1 est conservée indéfiniment.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is no longer kept forever.</source>
        <translation>%1 n’est plus conservée indéfiniment.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aba&amp;ndon…</source>
        <translation>Aba&amp;ndonner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandon the release: none of its stages can be deployed any more (asks first)</source>
        <translation>Abandonner la mise en production&#xa0;: aucune de ses étapes ne pourra plus être déployée (demande confirmation)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is abandoned.</source>
        <translation>%1 est abandonnée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abandoned</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3, revision %4 · created by %5, %6&lt;br&gt;Artifacts: %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3, révision %4 · créée par %5, %6&lt;br&gt;Artefacts&#xa0;: %7</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>%1 · attempt %2</source>
        <translation>%1 · tentative %2</translation>
    </message>
</context>
<context>
    <name>slipway::ReleaseSearchBar</name>
    <message>
        <location filename="../views/releasesearchbar.cpp" line="+35"/>
        <source>Search release, creator, version</source>
        <translation>Rechercher une mise en production, un créateur, une version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the whole history of this pipeline by release name, creator or artifact version</source>
        <translation>Rechercher dans tout l’historique de ce pipeline par nom de mise en production, créateur ou version d’artefact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search releases</source>
        <translation>Rechercher des mises en production</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From any date</source>
        <translation>Depuis toujours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only releases created on or after this day</source>
        <translation>Uniquement les mises en production créées ce jour-là ou après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To any date</source>
        <translation>Jusqu’à aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only releases created on or before this day</source>
        <translation>Uniquement les mises en production créées ce jour-là ou avant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the loaded releases with a stage in this state</source>
        <translation>Afficher les mises en production chargées ayant une étape dans cet état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage state filter</source>
        <translation>Filtre sur l’état des étapes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued or in progress</source>
        <translation>En file d’attente ou en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting (approval, gates, time)</source>
        <translation>En attente (approbation, portes, heure)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed or rejected</source>
        <translation>Échouée ou rejetée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled or interrupted</source>
        <translation>Annulée ou interrompue</translation>
    </message>
</context>
<context>
    <name>slipway::SchemaValueDelegate</name>
    <message>
        <location filename="../views/schemavaluedelegate.cpp" line="+56"/>
        <source>for example 30s, 10m, 6h, 30d</source>
        <translation>par exemple 30s, 10m, 6h, 30d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example 200 or 200-299</source>
        <translation>par exemple 200 ou 200-299</translation>
    </message>
</context>
<context>
    <name>slipway::SettingsDialog</name>
    <message>
        <location filename="../views/settingsdialog.cpp" line="+24"/>
        <source>REST: off</source>
        <translation>REST&#xa0;: désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REST: %1</source>
        <translation>REST&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;REST server</source>
        <translation>&amp;Serveur REST</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>your login name</source>
        <translation>votre nom de connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name you act as on a local file: approvals, history and requests carry it. On a team server you act as your database login.</source>
        <translation>Le nom sous lequel vous agissez sur un fichier local&#xa0;: approbations, historique et demandes le portent. Sur un serveur d’équipe, vous agissez sous votre identifiant de base de données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify me when an approval waits for me or my deployment finishes</source>
        <translation>M’avertir quand une approbation m’attend ou quand mon déploiement se termine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On a team server you act as your database login (the user on the Database tab); the name is used with local files.</source>
        <translation>Sur un serveur d’équipe, vous agissez sous votre identifiant de base de données (l’utilisateur de l’onglet Base de données)&#xa0;; le nom sert pour les fichiers locaux.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name and the language apply the next time Slipway starts.</source>
        <translation>Le nom et la langue s’appliquent au prochain démarrage de Slipway.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Serve the REST API (Azure DevOps Release compatible)</source>
        <translation>Servir l’API REST (compatible Azure DevOps Release)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address and port to listen on; 127.0.0.1 keeps the API on this computer</source>
        <translation>Adresse et port d’écoute&#xa0;; 127.0.0.1 garde l’API sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clients authenticate with personal access tokens: &lt;code&gt;slipway token create&lt;/code&gt;.</source>
        <translation>Les clients s’authentifient avec des jetons d’accès personnels&#xa0;: &lt;code&gt;slipway token create&lt;/code&gt;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the token is for, e.g. ci</source>
        <translation>L’usage du jeton, par exemple ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create token</source>
        <translation>&amp;Créer un jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;voke</source>
        <translation>Ré&amp;voquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke the selected token: requests carrying it get 401</source>
        <translation>Révoquer le jeton sélectionné&#xa0;: les requêtes qui le portent reçoivent 401</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new token is shown here once; copy it then</source>
        <translation>Un nouveau jeton n’est affiché ici qu’une fois&#xa0;; copiez-le à ce moment-là</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your tokens:</source>
        <translation>Vos jetons&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 · created %2</source>
        <translation>%1 · créé le %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The REST server could not start: %1</source>
        <translation>Le serveur REST n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>slipway::StageCardsArea</name>
    <message>
        <location filename="../views/stagecardsarea.cpp" line="+13"/>
        <source>Stages of the release</source>
        <translation>Étapes de la mise en production</translation>
    </message>
</context>
<context>
    <name>slipway::StageCardsView</name>
    <message>
        <location filename="../views/stagecardsview.cpp" line="+210"/>
        <source>Artifacts</source>
        <translation>Artefacts</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+90"/>
        <source>Decide</source>
        <translation>Décider</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Approve, reject, defer, reassign, resume or ignore a gate</source>
        <translation>Approuver, rejeter, reporter, réattribuer, reprendre ou ignorer une porte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide on %1</source>
        <translation>Décider pour %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Attempt %1</source>
        <translation>Tentative %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Before: %1</source>
        <translation>Avant&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gates: %1</source>
        <translation>Portes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After: %1</source>
        <translation>Après&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier: %1</source>
        <translation>Précédemment&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+35"/>
        <source>Deploy…</source>
        <translation>Déployer…</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>Redeploy…</source>
        <translation>Redéployer…</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+33"/>
        <source>Cancel…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+32"/>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel this stage&apos;s deployment (asks first)</source>
        <translation>Annuler le déploiement de cette étape (demande confirmation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploy this stage of the release</source>
        <translation>Déployer cette étape de la mise en production</translation>
    </message>
</context>
<context>
    <name>slipway::StageConditionsPanel</name>
    <message>
        <location filename="../views/stageconditionspanel.cpp" line="+19"/>
        <source>Deployment conditions</source>
        <translation>Conditions de déploiement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the stage waits for</source>
        <translation>Ce qu’attend l’étape</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before deploying: approvals</source>
        <translation>Avant le déploiement&#xa0;: approbations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before deploying: gates</source>
        <translation>Avant le déploiement&#xa0;: portes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After deploying: approvals</source>
        <translation>Après le déploiement&#xa0;: approbations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After deploying: gates</source>
        <translation>Après le déploiement&#xa0;: portes</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Select a stage to see its deployment conditions.</source>
        <translation>Sélectionnez une étape pour voir ses conditions de déploiement.</translation>
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
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded with the decision in the release&apos;s history</source>
        <translation>Enregistré avec la décision dans l’historique de la mise en production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the gate is ignored (required)</source>
        <translation>Pourquoi la porte est ignorée (obligatoire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment for the history (optional)</source>
        <translation>Un commentaire pour l’historique (facultatif)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm this decision</source>
        <translation>Confirmer cette décision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep it running</source>
        <translation>&amp;Laisser continuer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without deciding</source>
        <translation>Fermer sans décider</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 in %2 (attempt %3)</source>
        <translation>%1 dans %2 (tentative %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pre-deployment</source>
        <translation>avant déploiement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>post-deployment</source>
        <translation>après déploiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the %1 approval of %2.</source>
        <translation>Accorder l’approbation %1 de %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the %1 approval of %2.</source>
        <translation>Rejeter l’approbation %1 de %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defer the %1 approval of %2: approve it, to start no earlier than the time below.</source>
        <translation>Reporter l’approbation %1 de %2&#xa0;: l’accorder, avec un démarrage au plus tôt à l’heure ci-dessous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassign the %1 approval of %2 to another user.</source>
        <translation>Réattribuer l’approbation %1 de %2 à un autre utilisateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaited from %1 since %2; requested by %3.</source>
        <translation>Attendue de %1 depuis le %2&#xa0;; demandée par %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system</source>
        <translation>le système</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resume %1: the manual intervention &quot;%2&quot; is done and the deployment goes on.</source>
        <translation>Reprendre %1&#xa0;: l’intervention manuelle «&#xa0;%2&#xa0;» est effectuée et le déploiement continue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the manual intervention &quot;%2&quot; of %1: the stage ends rejected.</source>
        <translation>Rejeter l’intervention manuelle «&#xa0;%2&#xa0;» de %1&#xa0;: l’étape se termine à l’état rejeté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instructions: %1</source>
        <translation>Instructions&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore a gate of %1: it no longer holds the deployment. Say why in the comment.</source>
        <translation>Ignorer une porte de %1&#xa0;: elle ne retient plus le déploiement. Indiquez pourquoi dans le commentaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the deployment of %1? A running task is stopped.</source>
        <translation>Annuler le déploiement de %1&#xa0;? Une tâche en cours d’exécution sera arrêtée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no pending approval any more.</source>
        <translation>%1 n’a plus d’approbation en attente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>De&amp;fer</source>
        <translation>Re&amp;porter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassi&amp;gn</source>
        <translation>Réa&amp;ttribuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;sume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ignore the gate</source>
        <translation>&amp;Ignorer la porte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel the deployment</source>
        <translation>A&amp;nnuler le déploiement</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start no earlier than</source>
        <translation>Démarrer au plus tôt le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time; the deployment starts no earlier than this</source>
        <translation>Heure locale&#xa0;; le déploiement ne démarre pas avant cette heure</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start no earlier &amp;than:</source>
        <translation>Démarrer au plus &amp;tôt le&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reassign to</source>
        <translation>Réattribuer à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A user of the directory</source>
        <translation>Un utilisateur de l’annuaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reassign &amp;to:</source>
        <translation>Réattribuer &amp;à&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gate</source>
        <translation>Porte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gate that holds the deployment now</source>
        <translation>Une porte qui retient actuellement le déploiement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Gate:</source>
        <translation>&amp;Porte&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say in the comment why the gate is ignored.</source>
        <translation>Indiquez dans le commentaire pourquoi la porte est ignorée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is in the past: choose a later time.</source>
        <translation>%1 est dans le passé&#xa0;: choisissez une heure ultérieure.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2 has no pending approval any more.</source>
        <translation>%1 de %2 n’a plus d’approbation en attente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 has not been deployed.</source>
        <translation>%1 de %2 n’a pas été déployée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approved %1 of %2.</source>
        <translation>Approbation accordée pour %1 de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected %1 of %2.</source>
        <translation>Approbation rejetée pour %1 de %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deferred %1 of %2 until %3.</source>
        <translation>Approbation de %1 de %2 reportée au %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The approval of %1 in %2 is now awaited from %3.</source>
        <translation>L’approbation de %1 dans %2 est désormais attendue de %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resumed %1 of %2.</source>
        <translation>Déploiement de %1 de %2 repris.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected the intervention of %1 in %2.</source>
        <translation>Intervention de %1 dans %2 rejetée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gate &quot;%1&quot; of %2 in %3 is ignored.</source>
        <translation>La porte «&#xa0;%1&#xa0;» de %2 dans %3 est ignorée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Canceling the deployment of %1 in %2…</source>
        <translation>Annulation du déploiement de %1 dans %2…</translation>
    </message>
</context>
<context>
    <name>slipway::StageTriggerEditor</name>
    <message>
        <location filename="../views/stagetriggereditor.cpp" line="+31"/>
        <source>Incomplete schedule: choose days, a time and a valid time zone.</source>
        <translation>Planification incomplète&#xa0;: choisissez des jours, une heure et un fuseau horaire valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This schedule never fires: choose at least one day.</source>
        <translation>Cette planification ne se déclenche jamais&#xa0;: choisissez au moins un jour.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next firings:</source>
        <translation>Prochains déclenchements&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After the release is created</source>
        <translation>Après la création de la mise en production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After other stages succeed</source>
        <translation>Après la réussite d’autres étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manually only</source>
        <translation>Manuellement uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When this stage deploys</source>
        <translation>Quand cette étape se déploie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stages that must all succeed first</source>
        <translation>Les étapes qui doivent toutes réussir d’abord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also after a partial success</source>
        <translation>Aussi après une réussite partielle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also deploy on a schedule</source>
        <translation>Déployer aussi selon une planification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deploys the newest release that passes the stage&apos;s artifact filters</source>
        <translation>Déploie la mise en production la plus récente qui satisfait les filtres d’artefacts de l’étape</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Days:</source>
        <translation>Jours&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation>Heure&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone:</source>
        <translation>Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trigger:</source>
        <translation>Déclencheur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After stages:</source>
        <translation>Après les étapes&#xa0;:</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>No schedule.</source>
        <translation>Aucune planification.</translation>
    </message>
</context>
<context>
    <name>slipway::TimelinePlot</name>
    <message>
        <location filename="../views/timelineplot.cpp" line="+99"/>
        <location line="+70"/>
        <source>Wheel to zoom, drag to pan; click a bar to open its release</source>
        <translation>Molette pour zoomer, glisser pour déplacer&#xa0;; cliquez sur une barre pour ouvrir sa mise en production</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 · attempt %3
%4 – %5</source>
        <translation>%1 · %2 · tentative %3
%4 – %5</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n deployment(s): %1 succeeded, %2 failed, %3 other
Click to zoom in</source>
        <translation>
            <numerusform>%n déploiement (réussis&#xa0;: %1, échoués&#xa0;: %2, autres&#xa0;: %3)
Cliquez pour zoomer</numerusform>
            <numerusform>%n déploiements (réussis&#xa0;: %1, échoués&#xa0;: %2, autres&#xa0;: %3)
Cliquez pour zoomer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::TrayNotifier</name>
    <message>
        <location filename="../views/traynotifier.cpp" line="+20"/>
        <source>&amp;Show Slipway</source>
        <translation>&amp;Afficher Slipway</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the main window</source>
        <translation>Afficher la fenêtre principale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approvals</source>
        <translation>A&amp;pprobations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the approvals waiting for you</source>
        <translation>Afficher les approbations qui vous attendent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close Slipway</source>
        <translation>Fermer Slipway</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>An approval waits for you</source>
        <translation>Une approbation vous attend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2 / %3, requested by %4</source>
        <translation>%1 / %2 / %3, demandée par %4</translation>
    </message>
</context>
<context>
    <name>slipway::UserPicker</name>
    <message>
        <location filename="../views/userpicker.cpp" line="+14"/>
        <source>Pick a user…</source>
        <translation>Choisir un utilisateur…</translation>
    </message>
</context>
<context>
    <name>slipway::VariableGroupDialog</name>
    <message>
        <location filename="../views/variablegroupdialog.cpp" line="+35"/>
        <source>New variable group</source>
        <translation>Nouveau groupe de variables</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variable group &quot;%1&quot;</source>
        <translation>Groupe de variables «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Add variable</source>
        <translation>&amp;Ajouter une variable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a variable to the group</source>
        <translation>Ajouter une variable au groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove variable</source>
        <translation>&amp;Supprimer la variable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected variable</source>
        <translation>Supprimer la variable sélectionnée</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>New secret value</source>
        <translation>Nouvelle valeur secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set new &amp;value</source>
        <translation>Définir une nouvelle &amp;valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected variable secret with the value typed beside (it is never shown)</source>
        <translation>Rendre secrète la variable sélectionnée avec la valeur saisie à côté (elle n’est jamais affichée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name%1</source>
        <translation>nom%1</translation>
    </message>
</context>
<context>
    <name>slipway::VariableGroupLinks</name>
    <message>
        <location filename="../views/variablegrouplinks.cpp" line="+35"/>
        <source>Linked variable groups</source>
        <translation>Groupes de variables liés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The groups whose variables each release takes, in order: a later group wins over an earlier one</source>
        <translation>Les groupes dont chaque mise en production reprend les variables, dans l’ordre&#xa0;: un groupe plus loin l’emporte sur un groupe plus haut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Variable group to link</source>
        <translation>Groupe de variables à lier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A group of the Library</source>
        <translation>Un groupe de la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link variable group</source>
        <translation>Lier le groupe de variables</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link the chosen group</source>
        <translation>Lier le groupe choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink variable group</source>
        <translation>Délier le groupe de variables</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop linking the selected group</source>
        <translation>Ne plus lier le groupe sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move variable group up</source>
        <translation>Monter le groupe de variables</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the selected group less weight</source>
        <translation>Donner moins de poids au groupe sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move variable group down</source>
        <translation>Descendre le groupe de variables</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the selected group more weight</source>
        <translation>Donner plus de poids au groupe sélectionné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Variables defined in the pipeline or the stage win over those of its groups.</source>
        <translation>Les variables définies dans le pipeline ou l’étape l’emportent sur celles de ses groupes.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 (not in the Library)</source>
        <translation>%1 (absent de la bibliothèque)</translation>
    </message>
</context>
<context>
    <name>slipway::VariableGroupListModel</name>
    <message>
        <location filename="../models/variablegroupmodels.cpp" line="-145"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>slipway::WhatsWherePage</name>
    <message>
        <location filename="../views/whatswherepage.cpp" line="+23"/>
        <source>What&apos;s where</source>
        <translation>Quoi et où</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show what each stage ran at this local time</source>
        <translation>Afficher ce que chaque étape exécutait à cette heure locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>À la date du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Now</source>
        <translation>&amp;Maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what each stage runs now</source>
        <translation>Afficher ce que chaque étape exécute maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Releases running in each stage</source>
        <translation>Mises en production en cours dans chaque étape</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a cell to open its release</source>
        <translation>Double-cliquez sur une cellule pour ouvrir sa mise en production</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;As of:</source>
        <translation>&amp;À la date du&#xa0;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2 since %3, deployed by %4
%5</source>
        <translation>%1 sur %2 depuis le %3, déployée par %4
%5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No artifacts</source>
        <translation>Aucun artefact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never deployed</source>
        <translation>Jamais déployée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No such stage</source>
        <translation>Étape inexistante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing had succeeded on %1 of %2 by then</source>
        <translation>Rien n’avait encore réussi sur %1 de %2 à ce moment-là</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no stage %2</source>
        <translation>%1 n’a pas d’étape %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing had been deployed by then.</source>
        <translation>Rien n’avait encore été déployé à ce moment-là.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n stage(s) running a release.</source>
        <translation>
            <numerusform>%n étape exécute une mise en production.</numerusform>
            <numerusform>%n étapes exécutent une mise en production.</numerusform>
        </translation>
    </message>
</context>
</TS>
