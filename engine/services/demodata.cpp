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

} // namespace

Result<DemoDataReport> DemoDataGenerator::generate(qint64 releases, qint64 deployments, const Identity &actor,
                                                   quint32 seed) {
    if (releases < 1 || deployments < 0)
        return Error::validation(
            QT_TRANSLATE_NOOP("Engine", "give at least one release and no negative number of deployments"));
    Store &store = m_context.store;
    QRandomGenerator random(seed);
    const QDateTime end = m_context.clock.now();
    const QDateTime start = end.addDays(-365);
    DemoDataReport report;
    const QStringList people{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"),
                             QStringLiteral("dave")};

    for (const DemoPipeline &demo : demoPipelines) {
        const qint64 count = std::max<qint64>(1, releases * demo.weight / 100);
        const qint64 deploymentBudget = deployments * demo.weight / 100;
        Result<SavedPipeline> saved =
            m_pipelines.save(definitionOf(demo), actor, {}, std::nullopt, QStringLiteral("demo data"));
        if (!saved)
            return saved.error();
        Result<std::optional<PipelineRecord>> pipeline = store.pipelines().pipeline(saved->pipelineId);
        Result<QList<ArtifactSourceRecord>> sources = store.pipelines().artifactSources(saved->pipelineId);
        if (!pipeline || !pipeline->has_value() || !sources || sources->isEmpty())
            return Error::storage(QT_TRANSLATE_NOOP("Engine", "the demo pipeline %1 could not be read back"),
                                  {demo.name});
        ++report.pipelines;
        const qint64 spacing = start.secsTo(end) / count;
        qint64 spent = 0;
        for (qint64 done = 0; done < count;) {
            const qint64 batch = std::min<qint64>(5000, count - done);
            const Status written = store.transaction([&]() -> Status {
                for (qint64 i = done; i < done + batch; ++i) {
                    const QDateTime created =
                        start.addSecs(i * spacing + random.bounded(qint64(std::max<qint64>(1, spacing / 2))));
                    Result<qint64> number = store.pipelines().takeReleaseNumber(saved->pipelineId);
                    if (!number)
                        return number.error();
                    // Numbered after the release, so a second run adds more history instead of clashing (B39).
                    const qint64 n = *number - 1;
                    ArtifactVersionRecord version;
                    version.sourceId = sources->first().id;
                    version.version = QStringLiteral("%1.%2.%3").arg(1 + n / 2500).arg((n / 50) % 50).arg(n % 50);
                    version.branch = QStringLiteral("main");
                    version.seenAt = created.addSecs(-qint64(random.bounded(600, 3 * 86400)));
                    Result<ArtifactVersionRecord> added = store.artifacts().addVersion(version);
                    if (!added)
                        return added.error();
                    NewRelease release;
                    release.pipelineId = saved->pipelineId;
                    release.revisionId = (*pipeline)->revisionId;
                    release.createdBy = people[int(random.bounded(people.size()))];
                    release.createdAt = created;
                    release.reason = ReleaseReason::ContinuousDeployment;
                    release.artifacts = {{QStringLiteral("app"), added->id}};
                    for (const QString &stage : demo.stages)
                        release.stages.append({stage, false});
                    Result<qint64> releaseId =
                        store.releases().insertRelease(release, QStringLiteral("Release-%1").arg(*number));
                    if (!releaseId)
                        return releaseId.error();
                    Result<QList<ReleaseStageRecord>> stages = store.releases().releaseStages(*releaseId);
                    if (!stages)
                        return stages.error();
                    ++report.releases;

                    // This release's share of the deployments: through its stages in order; a failure is
                    // redeployed or ends the release's way; leftovers are redeploys of the last stage reached.
                    const qint64 share = (deploymentBudget * (i + 1)) / count - spent;
                    spent += share;
                    QDateTime at = created.addSecs(random.bounded(60, 1800));
                    int stageIndex = 0;
                    QHash<int, int> attempts;
                    for (qint64 n = 0; n < share; ++n) {
                        const int stageCount = int(stages->size());
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
                        d.releaseStageId = stages->at(s).id;
                        d.attempt = ++attempts[s];
                        d.reason = d.attempt > 1 ? DeploymentReason::Redeploy : DeploymentReason::Automated;
                        d.requestedBy =
                            d.attempt > 1 ? people[int(random.bounded(people.size()))] : QStringLiteral("slipway");
                        d.queuedAt = at;
                        d.startedAt = at.addSecs(random.bounded(5, 120));
                        d.completedAt = d.startedAt.addSecs(random.bounded(60, 1500));
                        if (d.completedAt > end)
                            break;
                        d.status = status;
                        d.operationStatus = OperationStatus::Done;
                        Result<qint64> deploymentId = Transitions(store, at).recordPast(d);
                        if (!deploymentId)
                            return deploymentId.error();
                        ++report.deployments;
                        report.failed += status == DeploymentStatus::Failed;
                        report.redeploys += d.attempt > 1;
                        if (stages->at(s).name == QLatin1String("Prod")) {
                            ApprovalRecord approval;
                            approval.deploymentId = *deploymentId;
                            approval.approver = QStringLiteral("lead");
                            approval.status = ApprovalStatus::Approved;
                            approval.actedBy = QStringLiteral("lead");
                            approval.createdAt = d.queuedAt;
                            approval.actedAt = d.queuedAt.addSecs(random.bounded(30, 900));
                            if (Result<qint64> created = store.approvals().create(approval); !created)
                                return created.error();
                            ++report.approvals;
                        }
                        // Success moves on to the next stage; a failure is mostly redeployed, sometimes later.
                        if (status == DeploymentStatus::Succeeded || status == DeploymentStatus::PartiallySucceeded)
                            ++stageIndex;
                        at = d.completedAt.addSecs(
                            random.bounded(120, status == DeploymentStatus::Failed ? 7200 : 86400));
                    }
                }
                return {};
            });
            if (!written)
                return written.error();
            done += batch;
        }
    }
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
