// What the runtime does with the pipeline format's Azure additions: an imported pipeline runs end to end (its
// scripts run under bash, placeholders log that they did not run), succeededOrFailed and requiredApproverCount.

#include "approvalpipelines.h"
#include "azure/azureimport.h"

#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = 10000;

QByteArray importedRunnable() {
    const Result<QJsonObject> document =
        azure::readJsonText(readTestFile(QStringLiteral("azure/synthetic-runnable.json")));
    const Result<azure::AzureImport> import = azure::mapAzureDefinition(*document);
    return QJsonDocument(import->pipeline).toJson();
}

bool done(EngineFixture &fixture, qint64 releaseId, const QString &stage) {
    return fixture.latest(releaseId, stage).operationStatus == OperationStatus::Done;
}
} // namespace

class AzureRunsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void anImportedPipelineRunsItsScriptsAndLogsItsPlaceholders() {
        // GIVEN the pipeline imported from an Azure definition with a Bash task, an Azure CLI task and a CmdLine task
        TestEnvironment env;
        const Result<SavedPipeline> saved = env.save(importedRunnable());
        QVERIFY2(saved.ok(), saved ? "" : qPrintable(saved.error().message));
        EngineFixture fixture(env);
        // WHEN a release is created (Dev starts after release)
        const qint64 release = fixture.createRelease(QStringLiteral("Runnable")).id;
        QTRY_VERIFY_WITH_TIMEOUT(done(fixture, release, QStringLiteral("Dev")), waitMs);
        // THEN the scripts ran (the Bash task under bash), and the placeholder logged that it did not run
        const DeploymentRecord dev = fixture.latest(release, QStringLiteral("Dev"));
        QCOMPARE(fixture.stageStatus(release, QStringLiteral("Dev")), QStringLiteral("succeeded"));
        QCOMPARE(fixture.taskSummary(dev.id),
                 (QStringList{QStringLiteral("Say hello:succeeded"), QStringLiteral("Azure CLI:skipped"),
                              QStringLiteral("Report:succeeded")}));
        const QString log = fixture.logOf(dev.id);
        QVERIFY2(log.contains(QStringLiteral("bash says web in bash")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("not run: Azure task 46e4be58-730b-4389-8a2f-ea10b3e5e815 has no "
                                             "Slipway equivalent")),
                 qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("report done")), qPrintable(log));
    }

    void succeededOrFailedRunsAfterAFailure() {
        TestEnvironment env;
        QVERIFY(env.save(pipelineJson(
                             QStringLiteral("T"),
                             {stageJson(QStringLiteral("Dev"), afterRelease,
                                        script(QStringLiteral("boom"), QStringLiteral("exit 3")) + QStringLiteral(",") +
                                            script(QStringLiteral("next"), QStringLiteral("echo next")) +
                                            QStringLiteral(",") +
                                            script(QStringLiteral("cleanup"), QStringLiteral("echo cleaned"),
                                                   QStringLiteral(R"("condition":"succeededOrFailed")")))}))
                    .ok());
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("T")).id;
        QTRY_VERIFY_WITH_TIMEOUT(done(fixture, release, QStringLiteral("Dev")), waitMs);
        const DeploymentRecord dev = fixture.latest(release, QStringLiteral("Dev"));
        QCOMPARE(fixture.taskSummary(dev.id),
                 (QStringList{QStringLiteral("boom:failed"), QStringLiteral("next:skipped"),
                              QStringLiteral("cleanup:succeeded")}));
    }

    void aRequiredApproverCountApprovesOnceThatManyApprove() {
        // GIVEN a stage three people approve in any order, of whom two must approve (Azure's minimum count)
        TestEnvironment env;
        addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")});
        ApprovalSettings settings{{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")},
                                  QStringLiteral("allAnyOrder")};
        QJsonObject approvals = settings.json();
        approvals.insert(QStringLiteral("requiredApproverCount"), 2);
        QVERIFY(
            env.save(pipelineOf(QStringLiteral("P"), {approvalStage(QStringLiteral("QA"), triggerAfterRelease(),
                                                                    {{QStringLiteral("preApprovals"), approvals}})}))
                .ok());
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, release, QStringLiteral("QA"), QStringLiteral("alice")), waitMs);
        ApprovalService &service = env.services->approvals;
        // WHEN one approves, THEN the stage still waits
        QVERIFY(service.approve(pendingFor(fixture, release, QStringLiteral("QA"), QStringLiteral("alice"))->id, {},
                                Identity{QStringLiteral("alice")}));
        fixture.engine.tick();
        QVERIFY(pendingFor(fixture, release, QStringLiteral("QA"), QStringLiteral("carol")));
        QVERIFY(fixture.latest(release, QStringLiteral("QA")).operationStatus == OperationStatus::PendingApproval);
        // WHEN a second approves, THEN the third approval is no longer needed and the stage deploys
        QVERIFY(service.approve(pendingFor(fixture, release, QStringLiteral("QA"), QStringLiteral("bob"))->id, {},
                                Identity{QStringLiteral("bob")}));
        QTRY_VERIFY_WITH_TIMEOUT(done(fixture, release, QStringLiteral("QA")), waitMs);
        QCOMPARE(fixture.stageStatus(release, QStringLiteral("QA")), QStringLiteral("succeeded"));
        const QList<ApprovalRecord> rows = approvalsOf(fixture, release, QStringLiteral("QA"));
        QCOMPARE(toString(rows.last().status), QStringLiteral("skipped"));
        QVERIFY2(rows.last().comment.contains(QStringLiteral("2 of 3 approved")), qPrintable(rows.last().comment));
    }
};

QTEST_GUILESS_MAIN(AzureRunsTest)
#include "tst_azureruns.moc"
