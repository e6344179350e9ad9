#include "retentionservice.h"

#include "definition/values.h"
#include "pipelineservice.h"

#include <QDir>
#include <QJsonArray>

namespace slipway {

namespace {

RetentionSpec retentionOf(const PipelineDefinition *definition, const QString &stage) {
    const StageDefinition *found = definition ? definition->stage(stage) : nullptr;
    return found ? found->retention : RetentionSpec();
}

// Per stage, releases by their latest deployment there, most recent first (the first N are kept):
// stage -> release -> 1-based place.
QHash<QString, QHash<qint64, int>> recencyOf(const QList<StageDeploymentSummary> &deployed) {
    QHash<QString, QList<StageDeploymentSummary>> byStage;
    for (const StageDeploymentSummary &row : deployed)
        byStage[row.stage] << row;
    QHash<QString, QHash<qint64, int>> recency;
    for (auto it = byStage.begin(); it != byStage.end(); ++it) {
        std::sort(it->begin(), it->end(), [](const StageDeploymentSummary &a, const StageDeploymentSummary &b) {
            return a.lastDeployedAt != b.lastDeployedAt ? a.lastDeployedAt > b.lastDeployedAt
                                                        : a.releaseId > b.releaseId;
        });
        for (qsizetype i = 0; i < it->size(); ++i)
            recency[it.key()].insert(it->at(i).releaseId, int(i + 1));
    }
    return recency;
}

} // namespace

int RetentionReport::removed() const {
    return int(std::count_if(verdicts.cbegin(), verdicts.cend(), [](const RetentionVerdict &v) { return v.remove; }));
}

Result<QList<RetentionVerdict>> RetentionService::evaluatePipeline(const PipelineRecord &pipeline,
                                                                   const QDateTime &now) {
    Store &store = m_context.store;
    Result<std::shared_ptr<const PipelineDefinition>> current = m_pipelines.definitionOfRevision(pipeline.revisionId);
    const PipelineDefinition *definition = current ? current->get() : nullptr;
    Result<QList<ReleaseRecord>> releases = store.releases().releases(pipeline.id, -1);
    if (!releases)
        return releases.error();
    Result<QList<StageDeploymentSummary>> deployed = store.releases().stageDeployments(pipeline.id);
    if (!deployed)
        return deployed.error();

    QHash<qint64, QList<StageDeploymentSummary>> byRelease;
    for (const StageDeploymentSummary &row : std::as_const(*deployed))
        byRelease[row.releaseId] << row;
    const QHash<QString, QHash<qint64, int>> recency = recencyOf(*deployed);
    int longestDays = 0;
    if (definition)
        for (const StageDefinition &stage : definition->stages)
            longestDays = qMax(longestDays, retentionOf(definition, stage.name).daysToKeep);
    else
        longestDays = RetentionSpec().daysToKeep;

    QList<RetentionVerdict> verdicts;
    for (const ReleaseRecord &release : std::as_const(*releases)) {
        RetentionVerdict verdict{release.id, release.name, pipeline.name, false, {}};
        const QList<StageDeploymentSummary> stages = byRelease.value(release.id);
        if (release.keepForever) {
            verdict.reason = QStringLiteral("kept: marked keep forever");
        } else if (std::any_of(stages.cbegin(), stages.cend(),
                               [](const StageDeploymentSummary &s) { return s.active; })) {
            verdict.reason = QStringLiteral("kept: a deployment is under way");
        } else if (stages.isEmpty()) {
            const qint64 age = release.createdAt.daysTo(now);
            verdict.remove = age > longestDays;
            verdict.reason =
                verdict.remove
                    ? QStringLiteral("never deployed; created %1 days ago, over %2 days").arg(age).arg(longestDays)
                    : QStringLiteral("kept: never deployed; created %1 days ago, within %2 days")
                          .arg(age)
                          .arg(longestDays);
        } else {
            QStringList keeps, allows;
            for (const StageDeploymentSummary &s : stages) {
                const RetentionSpec rule = retentionOf(definition, s.stage);
                const int place = recency.value(s.stage).value(release.id);
                const qint64 age = s.lastDeployedAt.daysTo(now);
                if (place <= rule.minReleasesToKeep)
                    keeps << QStringLiteral("%1: among the %2 releases most recently deployed there (#%3)")
                                 .arg(s.stage)
                                 .arg(rule.minReleasesToKeep)
                                 .arg(place);
                else if (age <= rule.daysToKeep)
                    keeps << QStringLiteral("%1: deployed %2 days ago, within %3 days")
                                 .arg(s.stage)
                                 .arg(age)
                                 .arg(rule.daysToKeep);
                else
                    allows << QStringLiteral("%1: deployed %2 days ago (over %3), #%4 by recency (keeps %5)")
                                  .arg(s.stage)
                                  .arg(age)
                                  .arg(rule.daysToKeep)
                                  .arg(place)
                                  .arg(rule.minReleasesToKeep);
            }
            verdict.remove = keeps.isEmpty();
            verdict.reason = verdict.remove ? allows.join(QStringLiteral("; "))
                                            : QStringLiteral("kept: ") + keeps.join(QStringLiteral("; "));
        }
        verdicts << verdict;
    }
    return verdicts;
}

Result<RetentionReport> RetentionService::evaluate() {
    RetentionReport report;
    report.evaluatedAt = m_context.clock.now();
    Result<QList<PipelineRecord>> pipelines = m_context.store.pipelines().pipelines();
    if (!pipelines)
        return pipelines.error();
    for (const PipelineRecord &pipeline : std::as_const(*pipelines)) {
        Result<QList<RetentionVerdict>> verdicts = evaluatePipeline(pipeline, report.evaluatedAt);
        if (!verdicts)
            return verdicts.error();
        report.verdicts << *verdicts;
    }
    return report;
}

Result<RetentionReport> RetentionService::run(const QString &workRoot, const Identity &actor) {
    Store &store = m_context.store;
    RetentionReport report;
    QList<qint64> workspaces;
    const Status written = store.transaction([&]() -> Status {
        Result<RetentionReport> evaluated = evaluate();
        if (!evaluated)
            return evaluated.error();
        report = *evaluated;
        for (const RetentionVerdict &verdict : std::as_const(report.verdicts)) {
            if (!verdict.remove)
                continue;
            Result<QList<qint64>> deployments = store.releases().deploymentIds(verdict.releaseId);
            if (!deployments)
                return deployments.error();
            workspaces << *deployments;
            if (Status ok = store.releases().deleteRelease(verdict.releaseId); !ok)
                return ok;
            if (Status ok = recordAudit(store.audit(),
                                        {0, report.evaluatedAt, actor.userName, QStringLiteral("release.deleted"),
                                         QStringLiteral("release"), verdict.releaseId,
                                         QJsonObject{{QStringLiteral("name"), verdict.release},
                                                     {QStringLiteral("pipeline"), verdict.pipeline},
                                                     {QStringLiteral("reason"), verdict.reason}}});
                !ok)
                return ok;
        }
        return {};
    });
    if (!written)
        return written.error();
    // Files go after the commit: a crash before this leaves only folders nobody refers to.
    for (qint64 id : std::as_const(workspaces)) {
        QDir(QDir(workRoot).filePath(QStringLiteral("deployment-%1").arg(id))).removeRecursively();
        for (const QString &phase : {QStringLiteral("pre"), QStringLiteral("post")})
            QDir(QDir(workRoot).filePath(QStringLiteral("deployment-%1-%2gates").arg(id).arg(phase)))
                .removeRecursively();
    }
    if (report.removed() > 0)
        Q_EMIT m_context.notifier.releasesRemoved();
    return report;
}

} // namespace slipway
