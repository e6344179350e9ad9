#include "enginefixture.h"
#include "maskingcanaries.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

using namespace slipway;
using slipway::testing::EngineFixture;
using slipway::testing::TestEnvironment;

namespace {

const Identity alice{QStringLiteral("alice")};
constexpr int waitMs = 20000;
const QString canary = QStringLiteral("gr0up-c@n4ry$(id)*.+?ünï");

GroupVariableInput plain(const QString &name, const QString &value) {
    return {name, value, false};
}
GroupVariableInput secret(const QString &name, const std::optional<QString> &value) {
    return {name, value, true};
}

QByteArray bytesOf(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file of the database (main file, WAL, shared memory), or on PostgreSQL every stored cell: none may hold a
// secret in clear.
QByteArray databaseBytes(const TestEnvironment &env) {
    if (env.isPostgres())
        return storedText(env.database).toUtf8();
    QByteArray all;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        all += bytesOf(env.databasePath() + suffix);
    return all;
}

// Dev prints what it sees; its groups and variables overlap on purpose (the precedence test).
QByteArray linkedPipeline(const QString &outFile, const QString &devTrigger = QStringLiteral("afterRelease")) {
    const QString command = QStringLiteral("printf '%s|%s|%s|%s|%s|%s|' \"$(shared)\" \"$(onlyPipelineGroup)\" "
                                           "\"$(stageVar)\" \"$(pipeVar)\" \"$(stageGroupVar)\" \"$TOK\" > '%1'; "
                                           "printenv TOKEN_IN_GROUP >> '%1' || printf absent >> '%1'; "
                                           "echo \"token is $TOK\"")
                                .arg(outFile);
    const QJsonObject dev{
        {QStringLiteral("name"), QStringLiteral("Dev")},
        {QStringLiteral("trigger"), QJsonObject{{QStringLiteral("type"), devTrigger}}},
        {QStringLiteral("variables"), QJsonObject{{QStringLiteral("stageVar"), QStringLiteral("stage")}}},
        {QStringLiteral("variableGroups"), QJsonArray{QStringLiteral("Stage group")}},
        {QStringLiteral("tasks"),
         QJsonArray{QJsonObject{
             {QStringLiteral("name"), QStringLiteral("print")},
             {QStringLiteral("type"), QStringLiteral("script")},
             {QStringLiteral("script"), command},
             {QStringLiteral("env"), QJsonObject{{QStringLiteral("TOK"), QStringLiteral("$(token_in_group)")}}}}}}};
    const QJsonObject other{{QStringLiteral("name"), QStringLiteral("Other")}};
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Linked")},
                                     {QStringLiteral("variables"),
                                      QJsonObject{{QStringLiteral("pipeVar"), QStringLiteral("pipeline")}}},
                                     {QStringLiteral("variableGroups"), QJsonArray{QStringLiteral("pipeline group")}},
                                     {QStringLiteral("stages"), QJsonArray{dev, other}}})
        .toJson();
}

void createGroups(TestEnvironment &env) {
    VariableGroupService &groups = env.services->variableGroups;
    QVERIFY(groups
                .create(QStringLiteral("Pipeline group"), QStringLiteral("shared by all"),
                        {plain(QStringLiteral("shared"), QStringLiteral("from-pipeline-group")),
                         plain(QStringLiteral("onlyPipelineGroup"), QStringLiteral("pg")),
                         plain(QStringLiteral("pipeVar"), QStringLiteral("pipeline-group")),
                         plain(QStringLiteral("stageVar"), QStringLiteral("pipeline-group")),
                         secret(QStringLiteral("token_in_group"), canary)},
                        alice)
                .ok());
    QVERIFY(groups
                .create(QStringLiteral("Stage group"), {},
                        {plain(QStringLiteral("shared"), QStringLiteral("from-stage-group")),
                         plain(QStringLiteral("stageVar"), QStringLiteral("stage-group")),
                         plain(QStringLiteral("stageGroupVar"), QStringLiteral("sg"))},
                        alice)
                .ok());
}

} // namespace

class VariableGroupsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsUpdatesAndListsWithSecretsSealedAndHidden() {
        TestEnvironment env;
        createGroups(env);
        VariableGroupService &groups = env.services->variableGroups;
        const Result<VariableGroupRecord> taken = groups.create(QStringLiteral("PIPELINE GROUP"), {}, {}, alice);
        QCOMPARE(taken.ok() ? ErrorKind::Storage : taken.error().kind, ErrorKind::Conflict);

        const Result<VariableGroupRecord> shown = groups.get(QStringLiteral("pipeline group"));
        QVERIFY(shown.ok());
        QCOMPARE(shown->name, QStringLiteral("Pipeline group"));
        QCOMPARE(shown->description, QStringLiteral("shared by all"));
        QCOMPARE(shown->variables.size(), 5);
        QVERIFY(shown->variables[4].secret);
        QCOMPARE(shown->variables[4].value, QString()); // never handed out
        QCOMPARE(shown->createdBy, QStringLiteral("alice"));

        // A secret set again without a value keeps it; one with a value is replaced.
        VariableGroupUpdate keep;
        keep.set = {secret(QStringLiteral("TOKEN_IN_GROUP"), QString()),
                    plain(QStringLiteral("added"), QStringLiteral("1"))};
        keep.unset = {QStringLiteral("onlyPipelineGroup")};
        QVERIFY(groups.update(QStringLiteral("Pipeline group"), keep, Identity{QStringLiteral("bob")}).ok());
        const std::optional<VariableGroupRecord> stored =
            *env.store->variableGroups().findGroup(QStringLiteral("Pipeline group"));
        QVERIFY(stored.has_value());
        QCOMPARE(stored->modifiedBy, QStringLiteral("bob"));
        QCOMPARE(stored->variables.size(), 5);
        QCOMPARE(stored->variables[3].name, QStringLiteral("token_in_group"));
        QVERIFY(SecretBox::isSealed(stored->variables[3].value));
        QCOMPARE(*env.store->secrets().open(stored->variables[3].value), canary);
        QCOMPARE(stored->variables[4].name, QStringLiteral("added"));

        VariableGroupUpdate unknown;
        unknown.unset = {QStringLiteral("nope")};
        QCOMPARE(groups.update(QStringLiteral("Pipeline group"), unknown, alice).error().kind, ErrorKind::NotFound);
        VariableGroupUpdate badName;
        badName.set = {plain(QStringLiteral("has space"), QStringLiteral("x"))};
        QCOMPARE(groups.update(QStringLiteral("Pipeline group"), badName, alice).error().kind, ErrorKind::Validation);

        QCOMPARE(groups.list()->size(), 2);
        QVERIFY(databaseBytes(env).size() > 0);
        QVERIFY(!databaseBytes(env).contains(canary.toUtf8()));
        QVERIFY(!databaseBytes(env).contains("gr0up-c@n4ry"));
        const Result<QList<AuditEventRecord>> events =
            env.store->audit().events(QStringLiteral("variableGroup"), stored->id);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->at(1).action, QStringLiteral("variableGroup.updated"));
        QVERIFY(!QJsonDocument(events->at(1).details).toJson().contains("c@n4ry"));
    }

    void savingRefusesUnknownGroupsUnlessAskedToCreateThem() {
        TestEnvironment env;
        const QByteArray json = linkedPipeline(env.path(QStringLiteral("out")));
        const Result<SavedPipeline> refused = env.save(json);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Validation);
        QCOMPARE(refused.error().message,
                 QStringLiteral("variableGroups[0]: unknown variable group \"pipeline group\"\n"
                                "stages[0].variableGroups[0]: unknown variable group \"Stage group\""));
        QCOMPARE(env.services->pipelines.list()->size(), 0);
        QCOMPARE(env.services->variableGroups.list()->size(), 0);

        const Result<SavedPipeline> saved =
            env.services->pipelines.save(json, alice, {}, std::nullopt, {}, /*createMissingVariableGroups=*/true);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(saved->createdVariableGroups,
                 (QStringList{QStringLiteral("pipeline group"), QStringLiteral("Stage group")}));
        QCOMPARE(env.services->variableGroups.list()->size(), 2);
        const VariableGroupRecord stageGroup = *env.services->variableGroups.get(QStringLiteral("stage group"));
        QVERIFY(stageGroup.variables.isEmpty());
        const QList<VariableGroupUsage> usage = *env.services->variableGroups.usage(stageGroup.id);
        QCOMPARE(usage.size(), 1);
        QCOMPARE(usage[0].pipelineName, QStringLiteral("Linked"));
        QCOMPARE(usage[0].stage, QStringLiteral("Dev"));
        // Saved again, the groups exist: none is created.
        const Result<SavedPipeline> again = env.save(json);
        QVERIFY(again.ok());
        QVERIFY(again->createdVariableGroups.isEmpty());
    }

    void aLinkedGroupCannotBeDeleted() {
        TestEnvironment env;
        createGroups(env);
        QVERIFY(env.save(linkedPipeline(env.path(QStringLiteral("out")))).ok());
        const Status refused = env.services->variableGroups.remove(QStringLiteral("Stage group"), alice);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Conflict);
        QCOMPARE(refused.error().message,
                 QStringLiteral("variable group \"Stage group\" is linked by pipeline \"Linked\" (stage \"Dev\"): "
                                "remove it from their variableGroups first"));
        // Unlinked by a new revision, it goes.
        QJsonObject document = QJsonDocument::fromJson(linkedPipeline(env.path(QStringLiteral("out")))).object();
        QJsonArray stages = document.value(QStringLiteral("stages")).toArray();
        QJsonObject dev = stages[0].toObject();
        dev.remove(QStringLiteral("variableGroups"));
        stages[0] = dev;
        document.insert(QStringLiteral("stages"), stages);
        const QByteArray unlinked = QJsonDocument(document).toJson();
        QVERIFY(!unlinked.contains("Stage group"));
        QVERIFY(env.save(unlinked).ok());
        QVERIFY(env.services->variableGroups.remove(QStringLiteral("stage group"), alice).ok());
        QCOMPARE(env.services->variableGroups.get(QStringLiteral("Stage group")).error().kind, ErrorKind::NotFound);
    }

    // Stage variables > pipeline variables > stage groups > pipeline groups; a release keeps the values its groups
    // had when it was created; a group secret reaches the task only through `env` and is masked in the log.
    void aDeploymentSeesTheSnapshotInAzurePrecedenceWithTheSecretMasked() {
        TestEnvironment env;
        createGroups(env);
        const QString out = env.path(QStringLiteral("out"));
        QVERIFY(env.save(linkedPipeline(out, QStringLiteral("manual"))).ok());
        EngineFixture fixture(env);
        const ReleaseRecord release = fixture.createRelease(QStringLiteral("Linked"));
        QCOMPARE(release.variableGroups.size(), 2);

        VariableGroupUpdate later;
        later.set = {plain(QStringLiteral("shared"), QStringLiteral("changed-later")),
                     plain(QStringLiteral("stageGroupVar"), QStringLiteral("changed-later"))};
        QVERIFY(env.services->variableGroups.update(QStringLiteral("Pipeline group"), later, alice).ok());
        QVERIFY(env.services->variableGroups.update(QStringLiteral("Stage group"), later, alice).ok());

        DeployRequest deploy;
        deploy.releaseId = release.id;
        deploy.stage = QStringLiteral("Dev");
        QVERIFY(env.services->deployments.deploy(deploy, alice).ok());
        QVERIFY(QTest::qWaitFor(
            [&] { return fixture.latest(release.id, QStringLiteral("Dev")).operationStatus == OperationStatus::Done; },
            waitMs));
        const DeploymentRecord done = fixture.latest(release.id, QStringLiteral("Dev"));
        const QString log = fixture.logOf(done.id);
        QCOMPARE(toString(done.status), QStringLiteral("succeeded"));
        QCOMPARE(QString::fromUtf8(bytesOf(out)),
                 QStringLiteral("from-stage-group|pg|stage|pipeline|sg|") + canary + QStringLiteral("|absent"));
        QVERIFY2(log.contains(QStringLiteral("token is ***")), qPrintable(log));
        QVERIFY2(!log.contains(QStringLiteral("c@n4ry")), qPrintable(log));

        // A new release takes the groups as they are now.
        const ReleaseRecord next = fixture.createRelease(QStringLiteral("Linked"));
        QCOMPARE(next.variableGroups[1].variables[0].value, QStringLiteral("changed-later"));
        QVERIFY(!databaseBytes(env).contains("gr0up-c@n4ry"));
    }
};

QTEST_GUILESS_MAIN(VariableGroupsTest)
#include "tst_variablegroups.moc"
