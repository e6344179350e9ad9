#include "demodata.h"

#include "rules/transitions.h"
#include "services/pipelineservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace slipway {

namespace {

struct DemoPipeline final {
    QString name;
    QStringList stages;
    int weight; // share of the releases, in percent
};

const QList<DemoPipeline> demoPipelines{
    {QStringLiteral("Web shop"),
     {QStringLiteral("Dev"), QStringLiteral("QA"), QStringLiteral("Staging"), QStringLiteral("Prod")},
     50},
    {QStringLiteral("Billing API"), {QStringLiteral("Dev"), QStringLiteral("QA"), QStringLiteral("Prod")}, 30},
    {QStringLiteral("Mobile backend"), {QStringLiteral("Dev"), QStringLiteral("Prod")}, 20},
};

QByteArray definitionOf(const DemoPipeline &pipeline) {
    QJsonArray stages;
    for (qsizetype i = 0; i < pipeline.stages.size(); ++i) {
        QJsonObject stage{
            {QStringLiteral("name"), pipeline.stages[i]},
            {QStringLiteral("trigger"),
             i == 0 ? QJsonObject{{QStringLiteral("type"), QStringLiteral("afterRelease")}}
                    : QJsonObject{{QStringLiteral("type"), QStringLiteral("afterStages")},
                                  {QStringLiteral("stages"), QJsonArray{pipeline.stages[i - 1]}}}},
            {QStringLiteral("tasks"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Deploy")},
                                                             {QStringLiteral("type"), QStringLiteral("script")},
                                                             {QStringLiteral("script"), QStringLiteral("true")}}}}};
        if (pipeline.stages[i] == QLatin1String("Prod"))
            stage.insert(QStringLiteral("preApprovals"),
                         QJsonObject{{QStringLiteral("approvers"), QJsonArray{QStringLiteral("lead")}}});
        stages.append(stage);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), pipeline.name},
                                     {QStringLiteral("folder"), QStringLiteral("/demo")},
                                     {QStringLiteral("artifacts"),
                                      QJsonArray{QJsonObject{{QStringLiteral("alias"), QStringLiteral("app")},
                                                             {QStringLiteral("type"), QStringLiteral("push")}}}},
                                     {QStringLiteral("stages"), stages}})
        .toJson(QJsonDocument::Compact);
}

// One pipeline's share of the history being generated, and where its releases stand.
struct DemoRun final {
    Store &store;
    QRandomGenerator &random;
    const QStringList &people;
    QDateTime end;
    DemoDataReport &report;
};

// A release's deployments, `share` of them: through its stages in order; a failure is redeployed or ends the
// release's way; leftovers are redeploys of the last stage reached.
Status addDeployments(DemoRun &run, const QList<ReleaseStageRecord> &stages, QDateTime at, qint64 share) {
    QRandomGenerator &random = run.random;
    int stageIndex = 0;
    QHash<int, int> attempts;
    for (qint64 n = 0; n < share; ++n) {
        const int stageCount = int(stages.size());
        // Past the last stage, the rest are redeploys, mostly of the early stages.
        const int s = stageIndex < stageCount
                          ? stageIndex
                          : std::min(int(random.bounded(stageCount)), int(random.bounded(stageCount)));
        const int roll = int(random.bounded(100));
        const DeploymentStatus status = roll < 8    ? DeploymentStatus::Failed
                                        : roll < 10 ? DeploymentStatus::Canceled
                                        : roll < 13 ? DeploymentStatus::PartiallySucceeded
                                                    : DeploymentStatus::Succeeded;
        DeploymentRecord d;
        d.releaseStageId = stages.at(s).id;
        d.attempt = ++attempts[s];
        d.reason = d.attempt > 1 ? DeploymentReason::Redeploy : DeploymentReason::Automated;
        d.requestedBy = d.attempt > 1 ? run.people[int(random.bounded(run.people.size()))] : QStringLiteral("slipway");
        d.queuedAt = at;
        d.startedAt = at.addSecs(random.bounded(5, 120));
        d.completedAt = d.startedAt.addSecs(random.bounded(60, 1500));
        if (d.completedAt > run.end)
            break;
        d.status = status;
        d.operationStatus = OperationStatus::Done;
        Result<qint64> deploymentId = Transitions(run.store, at).recordPast(d, ReleaseRepository::Rollup::Later);
        if (!deploymentId)
            return deploymentId.error();
        ++run.report.deployments;
        run.report.failed += status == DeploymentStatus::Failed;
        run.report.redeploys += d.attempt > 1;
        if (stages.at(s).name == QLatin1String("Prod")) {
            ApprovalRecord approval;
            approval.deploymentId = *deploymentId;
            approval.approver = QStringLiteral("lead");
            approval.status = ApprovalStatus::Approved;
            approval.actedBy = QStringLiteral("lead");
            approval.createdAt = d.queuedAt;
            approval.actedAt = d.queuedAt.addSecs(random.bounded(30, 900));
            if (Result<qint64> created = run.store.approvals().create(approval); !created)
                return created.error();
            ++run.report.approvals;
        }
        // Success moves on to the next stage; a failure is mostly redeployed, sometimes later.
        if (status == DeploymentStatus::Succeeded || status == DeploymentStatus::PartiallySucceeded)
            ++stageIndex;
        at = d.completedAt.addSecs(random.bounded(120, status == DeploymentStatus::Failed ? 7200 : 86400));
    }
    return {};
}

// A release created at `created`, with a new version of its artifact; its stages, or the error.
Result<QList<ReleaseStageRecord>> addRelease(DemoRun &run, const DemoPipeline &demo, const PipelineRecord &pipeline,
                                             qint64 sourceId, const QDateTime &created) {
    Store &store = run.store;
    Result<qint64> number = store.pipelines().takeReleaseNumber(pipeline.id);
    if (!number)
        return number.error();
    // Numbered after the release, so a second run adds more history instead of clashing (B39).
    const qint64 n = *number - 1;
    ArtifactVersionRecord version;
    version.sourceId = sourceId;
    version.version = QStringLiteral("%1.%2.%3").arg(1 + n / 2500).arg((n / 50) % 50).arg(n % 50);
    version.branch = QStringLiteral("main");
    version.seenAt = created.addSecs(-qint64(run.random.bounded(600, 3 * 86400)));
    Result<ArtifactVersionRecord> added = store.artifacts().addVersion(version);
    if (!added)
        return added.error();
    NewRelease release;
    release.pipelineId = pipeline.id;
    release.revisionId = pipeline.revisionId;
    release.createdBy = run.people[int(run.random.bounded(run.people.size()))];
    release.createdAt = created;
    release.reason = ReleaseReason::ContinuousDeployment;
    release.artifacts = {{QStringLiteral("app"), added->id}};
    for (const QString &stage : demo.stages)
        release.stages.append({stage, false});
    Result<qint64> releaseId = store.releases().insertRelease(release, QStringLiteral("Release-%1").arg(*number));
    if (!releaseId)
        return releaseId.error();
    ++run.report.releases;
    return store.releases().releaseStages(*releaseId);
}

// One pipeline: its definition, `count` releases and its share of the deployments, 5,000 releases a transaction.
Status generatePipeline(DemoRun &run, PipelineService &pipelines, const DemoPipeline &demo, qint64 count,
                        qint64 deploymentBudget, const Identity &actor) {
    Store &store = run.store;
    Result<SavedPipeline> saved =
        pipelines.save(definitionOf(demo), actor, {}, std::nullopt, QStringLiteral("demo data"));
    if (!saved)
        return saved.error();
    Result<std::optional<PipelineRecord>> pipeline = store.pipelines().pipeline(saved->pipelineId);
    Result<QList<ArtifactSourceRecord>> sources = store.pipelines().artifactSources(saved->pipelineId);
    if (!pipeline || !pipeline->has_value() || !sources || sources->isEmpty())
        return Error::storage(QT_TRANSLATE_NOOP("Engine", "the demo pipeline %1 could not be read back"), {demo.name});
    ++run.report.pipelines;
    const QDateTime start = run.end.addDays(-365);
    const qint64 spacing = start.secsTo(run.end) / count;
    qint64 spent = 0;
    for (qint64 done = 0; done < count;) {
        const qint64 batch = std::min<qint64>(5000, count - done);
        const Status written = store.transaction([&]() -> Status {
            for (qint64 i = done; i < done + batch; ++i) {
                const QDateTime created =
                    start.addSecs(i * spacing + run.random.bounded(qint64(std::max<qint64>(1, spacing / 2))));
                Result<QList<ReleaseStageRecord>> stages =
                    addRelease(run, demo, **pipeline, sources->first().id, created);
                if (!stages)
                    return stages.error();
                // This release's share of the deployments.
                const qint64 share = (deploymentBudget * (i + 1)) / count - spent;
                spent += share;
                if (Status ok = addDeployments(run, *stages, created.addSecs(run.random.bounded(60, 1800)), share); !ok)
                    return ok;
            }
            return {};
        });
        if (!written)
            return written;
        done += batch;
    }
    // Generated release by release, the history is not in completion order: its rollups are made once, at the end.
    return store.transaction([&]() -> Status { return store.deployments().rebuildRollups(saved->pipelineId); });
}

} // namespace

Result<DemoDataReport> DemoDataGenerator::generate(qint64 releases, qint64 deployments, const Identity &actor,
                                                   quint32 seed) {
    if (releases < 1 || deployments < 0)
        return Error::validation(
            QT_TRANSLATE_NOOP("Engine", "give at least one release and no negative number of deployments"));
    Store &store = m_context.store;
    QRandomGenerator random(seed);
    const QDateTime end = m_context.clock.now();
    DemoDataReport report;
    const QStringList people{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"),
                             QStringLiteral("dave")};
    DemoRun run{store, random, people, end, report};
    for (const DemoPipeline &demo : demoPipelines)
        if (Status ok = generatePipeline(run, m_pipelines, demo, std::max<qint64>(1, releases * demo.weight / 100),
                                         deployments * demo.weight / 100, actor);
            !ok)
            return ok.error();
    const Status audited = store.transaction([&]() -> Status {
        return recordAudit(store.audit(),
                           {0, end, actor.userName, QStringLiteral("demo.generated"), QStringLiteral("store"), 0,
                            QJsonObject{{QStringLiteral("releases"), report.releases},
                                        {QStringLiteral("deployments"), report.deployments},
                                        {QStringLiteral("approvals"), report.approvals}}});
    });
    if (!audited)
        return audited.error();
    return report;
}

} // namespace slipway
