// The parser's typed specs: a stage that leaves a setting out gets the default of the spec (one place,
// definition/specs.h), and every value the file writes arrives in its typed field.

#include "definition/pipelineparser.h"
#include "definition/specreader.h"

#include <QJsonDocument>
#include <QTest>

using namespace slipway;

namespace {

PipelineDefinition parsed(const QByteArray &json) {
    const ParsedPipeline result = parsePipeline(json);
    if (!result.ok())
        qFatal("not a valid pipeline: %s", qPrintable(result.errorMessages().join(QLatin1Char('\n'))));
    return *result.definition;
}

PipelineDefinition withStage(const QByteArray &stage) {
    return parsed(QByteArray(R"({"name":"P","stages":[)") + stage + "]}");
}

const TaskSpec &onlyTask(const PipelineDefinition &definition) {
    return definition.stages.first().tasks.first();
}

PipelineDefinition withTask(const QByteArray &task) {
    return withStage(QByteArray(R"({"name":"Dev","tasks":[)") + task + "]}");
}

} // namespace

class DefinitionSpecsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shouldGiveAStageThatSetsNothingTheDefaultsOfTheSpecs() {
        // GIVEN a stage with one bare task and no approvals, gates, queue, schedule, retention or filters
        const PipelineDefinition definition = withTask(R"({"name":"t","type":"script","script":"true"})");
        const StageDefinition &stage = definition.stages.first();
        // THEN the settings it leaves out are absent or the default-constructed spec
        QVERIFY(!stage.preApprovals && !stage.postApprovals && !stage.preGates && !stage.postGates);
        QVERIFY(!stage.schedule);
        QVERIFY(stage.artifactFilters.isEmpty());
        QCOMPARE(stage.queue.maxParallel, QueueSpec().maxParallel);
        QCOMPARE(stage.queue.policy, QueueSpec().policy);
        QCOMPARE(stage.retention.daysToKeep, RetentionSpec().daysToKeep);
        QCOMPARE(stage.retention.minReleasesToKeep, RetentionSpec().minReleasesToKeep);
        const TaskSpec &task = onlyTask(definition);
        QCOMPARE(task.timeoutSeconds, TaskSpec().timeoutSeconds);
        QCOMPARE(task.enabled, TaskSpec().enabled);
        QCOMPARE(task.condition, TaskSpec().condition);
        QCOMPARE(task.continueOnError, TaskSpec().continueOnError);
        QVERIFY(!task.workingDirectory);
    }

    void theDefaultsAreTheDocumentedValues() {
        // The values docs/pipeline-format.md states, written once in definition/specs.h.
        QCOMPARE(TaskSpec().timeoutSeconds, 60 * 60);
        QVERIFY(TaskSpec().enabled);
        QCOMPARE(conditionName(TaskSpec().condition), QStringLiteral("succeeded"));
        QCOMPARE(TaskSpec().pattern, QStringLiteral("**/*"));
        QVERIFY(TaskSpec().overwrite);
        QCOMPARE(TaskSpec().http.method, QStringLiteral("GET"));
        QCOMPARE(TaskSpec().http.successStatus, QStringLiteral("200-299"));
        QCOMPARE(ApprovalSpec().timeoutSeconds, 30 * 24 * 3600);
        QCOMPARE(ApprovalSpec().order, ApprovalSpec::Order::AnyOne);
        QVERIFY(ApprovalSpec().requesterCannotApprove);
        QVERIFY(!ApprovalSpec().skipIfApprovedInPreviousStage);
        QCOMPARE(GateSpec().samplingSeconds, 5 * 60);
        QCOMPARE(GateSpec().timeoutSeconds, 6 * 3600);
        QCOMPARE(GateSpec().delaySeconds, 0);
        QCOMPARE(QueueSpec().maxParallel, 0);
        QCOMPARE(QueueSpec().policy, QueueSpec::Policy::AllInOrder);
        QCOMPARE(RetentionSpec().daysToKeep, 30);
        QCOMPARE(RetentionSpec().minReleasesToKeep, 3);
        QCOMPARE(ArtifactSourceDefinition().pattern, QStringLiteral("*"));
        QCOMPARE(ArtifactSourceDefinition().tagPattern, QStringLiteral("*"));
    }

    void shouldReadApprovalsWithTheirValuesAndDefaults() {
        const PipelineDefinition definition =
            withStage(R"({"name":"Prod","preApprovals":{"approvers":["alice","group:ops"],"order":"allInSequence",)"
                      R"("timeout":"2h","requesterCannotApprove":false,"skipIfApprovedInPreviousStage":true,)"
                      R"("revalidateIdentity":true},"postApprovals":{"approvers":["bob"]}})");
        const StageDefinition &stage = definition.stages.first();
        QVERIFY(stage.preApprovals && stage.postApprovals);
        QCOMPARE(stage.preApprovals->approvers, (QStringList{QStringLiteral("alice"), QStringLiteral("group:ops")}));
        QCOMPARE(stage.preApprovals->order, ApprovalSpec::Order::AllInSequence);
        QCOMPARE(stage.preApprovals->timeoutSeconds, 2 * 3600);
        QVERIFY(!stage.preApprovals->requesterCannotApprove);
        QVERIFY(stage.preApprovals->skipIfApprovedInPreviousStage);
        QVERIFY(stage.preApprovals->revalidateIdentity);
        // The post-deployment approvals write only their approver: the rest is the spec's default.
        QCOMPARE(stage.postApprovals->approvers, QStringList{QStringLiteral("bob")});
        QCOMPARE(stage.postApprovals->order, ApprovalSpec().order);
        QCOMPARE(stage.postApprovals->timeoutSeconds, ApprovalSpec().timeoutSeconds);
        QCOMPARE(stage.postApprovals->requesterCannotApprove, ApprovalSpec().requesterCannotApprove);
    }

    void shouldReadGatesAsProbesWithTheApprovalOrderOfTheirPhase() {
        const PipelineDefinition definition =
            withStage(R"({"name":"Prod","preGates":{"delay":"2m","samplingInterval":"1m","timeout":"1h",)"
                      R"("minSuccessDuration":"3m","gates":[{"name":"health","type":"http","url":"http:\/\/h\/health",)"
                      R"("method":"POST","headers":{"A":"1"},"successStatus":"204","jsonPath":"a.b","equals":"ok"}]},)"
                      R"("postGates":{"gates":[{"name":"smoke","type":"script","script":"exit 0","env":{"K":"v"}}]}})");
        const StageDefinition &stage = definition.stages.first();
        QVERIFY(stage.preGates && stage.postGates);
        QCOMPARE(stage.preGates->delaySeconds, 120);
        QCOMPARE(stage.preGates->samplingSeconds, 60);
        QCOMPARE(stage.preGates->timeoutSeconds, 3600);
        QCOMPARE(stage.preGates->minSuccessSeconds, 180);
        QCOMPARE(stage.preGates->approvalOrder, GateSpec::ApprovalOrder::BeforeGates);
        const GateCheckSpec &health = stage.preGates->gates.first();
        QCOMPARE(health.name, QStringLiteral("health"));
        QCOMPARE(health.type, QStringLiteral("http"));
        QCOMPARE(health.probe.type, QStringLiteral("httpRequest"));
        QCOMPARE(health.probe.http.url, QStringLiteral("http://h/health"));
        QCOMPARE(health.probe.http.method, QStringLiteral("POST"));
        QCOMPARE(health.probe.http.headers, (TextMap{{QStringLiteral("A"), QStringLiteral("1")}}));
        QCOMPARE(health.probe.http.successStatus, QStringLiteral("204"));
        QCOMPARE(health.probe.http.jsonPath, QStringLiteral("a.b"));
        QCOMPARE(health.probe.http.equals, QStringLiteral("ok"));
        // Post-deployment gates default to approvals after successful gates; intervals to the spec's.
        QCOMPARE(stage.postGates->approvalOrder, GateSpec::ApprovalOrder::AfterSuccessfulGates);
        QCOMPARE(stage.postGates->samplingSeconds, GateSpec().samplingSeconds);
        QCOMPARE(stage.postGates->timeoutSeconds, GateSpec().timeoutSeconds);
        const GateCheckSpec &smoke = stage.postGates->gates.first();
        QCOMPARE(smoke.probe.type, QStringLiteral("script"));
        QCOMPARE(smoke.probe.script, QStringLiteral("exit 0"));
        QCOMPARE(smoke.probe.env, (TextMap{{QStringLiteral("K"), QStringLiteral("v")}}));
    }

    void shouldReadAWrittenApprovalOrderOverThePhaseDefault() {
        const PipelineDefinition definition =
            withStage(R"({"name":"Prod","postGates":{"approvalOrder":"afterGatesAlways",)"
                      R"("gates":[{"name":"g","type":"script","script":"true"}]}})");
        QCOMPARE(definition.stages.first().postGates->approvalOrder, GateSpec::ApprovalOrder::AfterGatesAlways);
    }

    void shouldReadQueueScheduleRetentionAndFilters() {
        const PipelineDefinition definition = parsed(
            R"({"name":"P","artifacts":[{"alias":"app","type":"git","repository":"/r","tagPattern":"v*",)"
            R"("trigger":{"enabled":false,"branches":{"include":["main"],"exclude":["tmp*"]},"tags":["ok"]}}],)"
            R"("schedules":[{"days":["sat","mon"],"time":"06:30","timeZone":"Europe/Berlin","onlyIfChanged":true}],)"
            R"("stages":[{"name":"Prod","queue":{"maxParallel":2,"policy":"latestOnly"},)"
            R"("schedule":{"days":["fri"],"time":"23:05","timeZone":"UTC"},)"
            R"("retention":{"daysToKeep":7,"minReleasesToKeep":1},)"
            R"("artifactFilters":[{"alias":"app","branches":{"include":["release*"]},"tags":["green"]}]}]})");
        const StageDefinition &stage = definition.stages.first();
        QCOMPARE(stage.queue.maxParallel, 2);
        QCOMPARE(stage.queue.policy, QueueSpec::Policy::LatestOnly);
        QCOMPARE(stage.retention.daysToKeep, 7);
        QCOMPARE(stage.retention.minReleasesToKeep, 1);
        QVERIFY(stage.schedule);
        QCOMPARE(stage.schedule->days, QList<int>{5});
        QCOMPARE(stage.schedule->time, QTime(23, 5));
        QCOMPARE(stage.schedule->timeZone, QStringLiteral("UTC"));
        QCOMPARE(stage.artifactFilters.size(), 1);
        QCOMPARE(stage.artifactFilters.first().alias, QStringLiteral("app"));
        QCOMPARE(stage.artifactFilters.first().filter.includeBranches, QStringList{QStringLiteral("release*")});
        QCOMPARE(stage.artifactFilters.first().filter.tags, QStringList{QStringLiteral("green")});
        QCOMPARE(definition.schedules.size(), 1);
        QCOMPARE(definition.schedules.first().days, (QList<int>{6, 1}));
        QVERIFY(definition.schedules.first().onlyIfChanged);
        const ArtifactSourceDefinition &source = definition.artifacts.first();
        QCOMPARE(source.tagPattern, QStringLiteral("v*"));
        QVERIFY(source.trigger && !source.trigger->enabled);
        QCOMPARE(source.trigger->filter.excludeBranches, QStringList{QStringLiteral("tmp*")});
        // What the store keeps reads back the same.
        QCOMPARE(artifactSourceOf(source.settings).repository, QStringLiteral("/r"));
        QCOMPARE(artifactSourceOf(source.settings).trigger->filter.tags, QStringList{QStringLiteral("ok")});
    }

    void shouldWriteAScheduleBackAsTheFileHasIt() {
        const QJsonObject written =
            QJsonDocument::fromJson(R"({"days":["sun","wed"],"time":"00:15","timeZone":"America/New_York"})").object();
        QCOMPARE(scheduleJson(scheduleOf(written)), written);
    }

    void shouldReadTheInputsOfEachTaskType() {
        const TaskSpec command = onlyTask(withTask(
            R"({"name":"c","type":"command","program":"make","arguments":["-j","2"],"workingDirectory":"src",)"
            R"("env":{"B":"2","A":"1"},"timeout":"5m","continueOnError":true,"condition":"always","enabled":false})"));
        QCOMPARE(command.program, QStringLiteral("make"));
        QCOMPARE(command.arguments, (QStringList{QStringLiteral("-j"), QStringLiteral("2")}));
        QCOMPARE(command.workingDirectory, std::optional<QString>(QStringLiteral("src")));
        QCOMPARE(command.env,
                 (TextMap{{QStringLiteral("A"), QStringLiteral("1")}, {QStringLiteral("B"), QStringLiteral("2")}}));
        QCOMPARE(command.timeoutSeconds, 300);
        QVERIFY(command.continueOnError);
        QCOMPARE(command.condition, TaskSpec::Condition::Always);
        QVERIFY(!command.enabled);
        // The Azure inputs are the text fields but name and type, in key order.
        QCOMPARE(command.textInputs, (TextMap{{QStringLiteral("condition"), QStringLiteral("always")},
                                              {QStringLiteral("program"), QStringLiteral("make")},
                                              {QStringLiteral("timeout"), QStringLiteral("5m")},
                                              {QStringLiteral("workingDirectory"), QStringLiteral("src")}}));

        const TaskSpec copy = onlyTask(withTask(R"({"name":"f","type":"copyFiles","from":"a","to":"b"})"));
        QCOMPARE(copy.from, QStringLiteral("a"));
        QCOMPARE(copy.to, QStringLiteral("b"));
        QCOMPARE(copy.pattern, TaskSpec().pattern);
        QCOMPARE(copy.overwrite, TaskSpec().overwrite);

        QCOMPARE(onlyTask(withTask(R"({"name":"d","type":"delay","duration":"90s"})")).durationSeconds, 90);

        const TaskSpec manual =
            onlyTask(withTask(R"({"name":"m","type":"manualIntervention","instructions":"Check","approvers":["carol"],)"
                              R"("timeout":"10m","onTimeout":"resume"})"));
        QVERIFY(manual.isManualIntervention());
        QCOMPARE(manual.instructions, QStringLiteral("Check"));
        QCOMPARE(manual.approvers, QStringList{QStringLiteral("carol")});
        QCOMPARE(manual.timeoutSeconds, 600);
        QVERIFY(manual.resumeOnTimeout);
        QVERIFY(!onlyTask(withTask(R"({"name":"m","type":"manualIntervention"})")).resumeOnTimeout);

        const TaskSpec http = onlyTask(withTask(R"({"name":"h","type":"httpRequest","url":"http:\/\/x","body":"{}"})"));
        QCOMPARE(http.http.url, QStringLiteral("http://x"));
        QCOMPARE(http.http.body, QStringLiteral("{}"));
        QCOMPARE(http.http.method, HttpRequestSpec().method);
        QCOMPARE(http.http.successStatus, HttpRequestSpec().successStatus);
    }

    void aTaskIndexOutOfRangeIsNoTask() {
        const PipelineDefinition definition = withTask(R"({"name":"t","type":"script","script":"true"})");
        const StageDefinition &stage = definition.stages.first();
        QCOMPARE(stage.task(0)->name, QStringLiteral("t"));
        QVERIFY(!stage.task(1));
        QVERIFY(!stage.task(-1));
    }
};

QTEST_GUILESS_MAIN(DefinitionSpecsTest)
#include "tst_definitionspecs.moc"
