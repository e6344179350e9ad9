#include "testenvironment.h"

#include <QTest>

using namespace slipway;
using slipway::testing::TestEnvironment;
using slipway::testing::threeStagePipeline;

namespace {
const Identity alice{QStringLiteral("alice")};

CreateReleaseRequest requestFor(const QString &pipeline) {
    CreateReleaseRequest request;
    request.pipeline = pipeline;
    return request;
}

QStringList stageSummary(const ReleaseDetails &details) {
    QStringList summary;
    for (const StageDetails &stage : details.stages)
        summary << stage.stage.name + QLatin1Char(':') + toString(stage.stage.status) +
                       (stage.stage.manual ? QStringLiteral(":manual") : QString());
    return summary;
}
} // namespace

class ReleaseTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shouldNameReleasesWithSequentialNumbers() {
        TestEnvironment env;
        QVERIFY(env.save(threeStagePipeline(QStringLiteral("Shop"), QStringLiteral("Shop-$(Rev:rrr)"))).ok());
        for (const char *expected : {"Shop-001", "Shop-002", "Shop-003"}) {
            Result<ReleaseRecord> release = env.services->releases.create(requestFor(QStringLiteral("Shop")), alice);
            QVERIFY(release.ok());
            QCOMPARE(release->name, QString::fromLatin1(expected));
        }
    }

    void shouldNameReleasesFromDateArtifactAndVariables() {
        TestEnvironment env(QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(env.save(threeStagePipeline(
                             QStringLiteral("Shop"),
                             QStringLiteral("$(Release.DefinitionName)-$(Date:yyyyMMdd)-"
                                            "$(Build.DefinitionName)-$(Build.BuildNumber)-$(level)-$(token)")))
                    .ok());
        QVERIFY(env.services->artifacts
                    .addPushedVersion(QStringLiteral("Shop"), QStringLiteral("app"),
                                      {QStringLiteral("4.2"), {}, {}, {}}, alice)
                    .ok());
        CreateReleaseRequest request = requestFor(QStringLiteral("Shop"));
        request.variables.insert(QStringLiteral("level"), QStringLiteral("debug"));
        Result<ReleaseRecord> release = env.services->releases.create(request, alice);
        QVERIFY2(release.ok(), qPrintable(release.ok() ? QString() : release.error().message));
        const QString date = env.clock.now().toLocalTime().toString(QStringLiteral("yyyyMMdd"));
        // Secrets never reach a release name.
        QCOMPARE(release->name, QStringLiteral("Shop-%1-app-4.2-debug-***").arg(date));
    }

    void shouldDefaultToTheLatestVersionAndTakeAChosenOne() {
        TestEnvironment env;
        QVERIFY(env.save(threeStagePipeline()).ok());
        for (const char *version : {"1.0", "1.1", "2.0"})
            QVERIFY(env.services->artifacts
                        .addPushedVersion(QStringLiteral("Shop"), QStringLiteral("app"),
                                          {QString::fromLatin1(version), {}, {}, {}}, alice)
                        .ok());
        Result<ReleaseRecord> latest = env.services->releases.create(requestFor(QStringLiteral("Shop")), alice);
        QVERIFY(latest.ok());
        CreateReleaseRequest chosen = requestFor(QStringLiteral("Shop"));
        chosen.artifactVersions.insert(QStringLiteral("app"), QStringLiteral("1.1"));
        Result<ReleaseRecord> older = env.services->releases.create(chosen, alice);
        QVERIFY(older.ok());
        auto versionOf = [&](qint64 id) {
            const ReleaseDetails details = *env.services->releases.details(id);
            for (const ReleaseArtifactRecord &artifact : details.artifacts)
                if (artifact.alias == QLatin1String("app"))
                    return artifact.version ? artifact.version->version : QString();
            return QString();
        };
        QCOMPARE(versionOf(latest->id), QStringLiteral("2.0"));
        QCOMPARE(versionOf(older->id), QStringLiteral("1.1"));

        chosen.artifactVersions.insert(QStringLiteral("app"), QStringLiteral("9.9"));
        Result<ReleaseRecord> missing = env.services->releases.create(chosen, alice);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        QCOMPARE(missing.error().message, QStringLiteral("artifact source \"app\" has no version \"9.9\""));
    }

    void shouldKeepTheSnapshotWhenThePipelineChanges() {
        TestEnvironment env;
        QVERIFY(env.save(threeStagePipeline()).ok());
        Result<ReleaseRecord> before = env.services->releases.create(requestFor(QStringLiteral("Shop")), alice);
        QVERIFY(before.ok());

        QByteArray edited = threeStagePipeline();
        edited.replace("\"Prod\"", "\"Production\"").replace("[\"QA\"]", "[\"QA\"]");
        Result<SavedPipeline> saved = env.save(edited);
        QVERIFY(saved.ok());
        QCOMPARE(saved->revision, 2);

        const ReleaseDetails old = *env.services->releases.details(before->id);
        QCOMPARE(old.release.revision, 1);
        QCOMPARE(old.stages.last().stage.name, QStringLiteral("Prod"));
        auto snapshot = env.services->pipelines.definitionOfRevision(old.release.revisionId);
        QVERIFY(snapshot.ok());
        QVERIFY((*snapshot)->stage(QStringLiteral("Prod")));

        Result<ReleaseRecord> after = env.services->releases.create(requestFor(QStringLiteral("Shop")), alice);
        QCOMPARE(env.services->releases.details(after->id)->stages.last().stage.name, QStringLiteral("Production"));
        QCOMPARE(env.services->pipelines.revisions(saved->pipelineId)->size(), 2);
        // Any two revisions read back, for a diff.
        const QByteArray first = env.services->pipelines.revision(saved->pipelineId, 1)->body;
        const QByteArray second = env.services->pipelines.revision(saved->pipelineId, 2)->body;
        QVERIFY(first.contains("\"Prod\"") && !first.contains("\"Production\""));
        QVERIFY(second.contains("\"Production\""));
        QCOMPARE(env.services->pipelines.revision(saved->pipelineId, 3).error().kind, ErrorKind::NotFound);
    }

    void shouldMakeListedStagesManualForThisReleaseOnly() {
        TestEnvironment env;
        QVERIFY(env.save(threeStagePipeline()).ok());
        CreateReleaseRequest request = requestFor(QStringLiteral("Shop"));
        request.manualStages = {QStringLiteral("Prod")};
        Result<ReleaseRecord> upToQa = env.services->releases.create(request, alice);
        QVERIFY(upToQa.ok());
        QCOMPARE(stageSummary(*env.services->releases.details(upToQa->id)),
                 (QStringList{QStringLiteral("Dev:queued"), QStringLiteral("QA:notStarted"),
                              QStringLiteral("Prod:notStarted:manual")}));
        Result<ReleaseRecord> normal = env.services->releases.create(requestFor(QStringLiteral("Shop")), alice);
        QCOMPARE(stageSummary(*env.services->releases.details(normal->id)).last(), QStringLiteral("Prod:notStarted"));

        request.manualStages = {QStringLiteral("Staging")};
        Result<ReleaseRecord> unknown = env.services->releases.create(request, alice);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
        QCOMPARE(unknown.error().message, QStringLiteral("stage \"Staging\" is not in pipeline \"Shop\""));
    }

    void shouldCreateADraftThatCanBeStartedOnce() {
        TestEnvironment env;
        QVERIFY(env.save(threeStagePipeline()).ok());
        CreateReleaseRequest request = requestFor(QStringLiteral("Shop"));
        request.draft = true;
        Result<ReleaseRecord> draft = env.services->releases.create(request, alice);
        QVERIFY(draft.ok());
        QCOMPARE(toString(draft->status), toString(ReleaseStatus::Draft));
        QVERIFY(env.services->releases.startDraft(draft->id, alice).ok());
        QCOMPARE(toString(env.services->releases.details(draft->id)->release.status), toString(ReleaseStatus::Active));
        Status again = env.services->releases.startDraft(draft->id, alice);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, ErrorKind::Conflict);
    }

    void shouldAcceptOnlySettableVariables() {
        TestEnvironment env;
        QVERIFY(env.save(threeStagePipeline()).ok());
        CreateReleaseRequest request = requestFor(QStringLiteral("Shop"));
        request.variables.insert(QStringLiteral("region"), QStringLiteral("us"));
        Result<ReleaseRecord> refused = env.services->releases.create(request, alice);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, QStringLiteral("variable \"region\" is not settable at release time"));
        request.variables = {{QStringLiteral("nope"), QStringLiteral("1")}};
        refused = env.services->releases.create(request, alice);
        QCOMPARE(refused.error().message, QStringLiteral("variable \"nope\" is not defined in pipeline \"Shop\""));
        request.variables = {{QStringLiteral("level"), QStringLiteral("trace")}};
        Result<ReleaseRecord> accepted = env.services->releases.create(request, alice);
        QVERIFY(accepted.ok());
        QCOMPARE(accepted->variables.value(QStringLiteral("level")).toString(), QStringLiteral("trace"));
    }

    void shouldRefuseToAbandonWhileADeploymentRuns() {
        TestEnvironment env;
        QVERIFY(env.save(threeStagePipeline()).ok());
        Result<ReleaseRecord> release = env.services->releases.create(requestFor(QStringLiteral("Shop")), alice);
        const ReleaseDetails details = *env.services->releases.details(release->id);
        // Dev is triggered after release: its deployment is queued; an engine claims it.
        QCOMPARE(details.stages.first().deployments.size(), 1);
        const qint64 deployment = details.stages.first().deployments.first().id;
        QVERIFY(*env.store->deployments().claim(deployment, {QStringLiteral("engine-1"), 1, QStringLiteral("host")},
                                                env.clock.now().addSecs(30), env.clock.now()));

        Status refused = env.services->releases.abandon(release->id, alice);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Conflict);
        QVERIFY(refused.error().message.contains(QStringLiteral("in progress")));
        QCOMPARE(toString(env.services->releases.details(release->id)->release.status),
                 toString(ReleaseStatus::Active));

        QVERIFY(env.store->deployments().complete(deployment, DeploymentStatus::Succeeded, {}, env.clock.now()).ok());
        QVERIFY(env.services->releases.abandon(release->id, alice).ok());
        QCOMPARE(toString(env.services->releases.details(release->id)->release.status),
                 toString(ReleaseStatus::Abandoned));
        Status twice = env.services->releases.abandon(release->id, alice);
        QCOMPARE(twice.error().kind, ErrorKind::Conflict);
        Status unknown = env.services->releases.abandon(4711, alice);
        QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
        QCOMPARE(unknown.error().message, QStringLiteral("release 4711 not found"));
    }

    void shouldKeepForeverAndAuditIt() {
        TestEnvironment env;
        QVERIFY(env.save(threeStagePipeline()).ok());
        Result<ReleaseRecord> release = env.services->releases.create(requestFor(QStringLiteral("Shop")), alice);
        QVERIFY(env.services->releases.setKeepForever(release->id, true, alice).ok());
        QVERIFY(env.services->releases.details(release->id)->release.keepForever);
        auto events = env.store->audit().events(QStringLiteral("release"), release->id);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->at(0).action, QStringLiteral("release.created"));
        QCOMPARE(events->at(1).action, QStringLiteral("release.keepForever"));
        QCOMPARE(events->at(1).actor, QStringLiteral("alice"));
    }

    void shouldFindNewVersionsInAFolderSource() {
        TestEnvironment env;
        const QString drops = env.path(QStringLiteral("drops"));
        for (const char *version : {"1.9.0", "1.10.0", "1.2.0"})
            QVERIFY(QDir().mkpath(drops + QLatin1Char('/') + QString::fromLatin1(version)));
        const QByteArray json =
            QStringLiteral(R"({"name":"Folder","artifacts":[{"alias":"web","type":"folder","path":"%1"}],
            "stages":[{"name":"Dev","tasks":[]}]})")
                .arg(drops)
                .toUtf8();
        QVERIFY(env.save(json).ok());
        Result<ReleaseRecord> release = env.services->releases.create(requestFor(QStringLiteral("Folder")), alice);
        QVERIFY(release.ok());
        // Numeric order: 1.10.0 is the newest.
        QCOMPARE(env.services->releases.details(release->id)->artifacts.first().version->version,
                 QStringLiteral("1.10.0"));
    }

    void shouldRefuseVersionsForSourcesThatAreNotPush() {
        TestEnvironment env;
        QVERIFY(env.save(QByteArray(R"({"name":"G","artifacts":[{"alias":"infra","type":"git","repository":"/x"}],
                                       "stages":[{"name":"Dev"}]})"))
                    .ok());
        auto refused = env.services->artifacts.addPushedVersion(QStringLiteral("G"), QStringLiteral("infra"),
                                                                {QStringLiteral("v1"), {}, {}, {}}, alice);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Validation);
        auto unknown = env.services->artifacts.addPushedVersion(QStringLiteral("G"), QStringLiteral("nope"),
                                                                {QStringLiteral("v1"), {}, {}, {}}, alice);
        QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(ReleaseTest)
#include "tst_releases.moc"
