#include "stagetriggers.h"

#include "definition/values.h"

#include <QJsonArray>

namespace slipway {

Result<bool> StageTriggers::artifactFiltersPass(qint64 releaseId, const StageDefinition &stage) {
    const QList<ArtifactFilterSpec> &filters = stage.artifactFilters;
    if (filters.isEmpty())
        return true;
    Result<QList<ReleaseArtifactRecord>> artifacts = m_store.releases().releaseArtifacts(releaseId);
    if (!artifacts)
        return artifacts.error();
    for (const ArtifactFilterSpec &filter : filters) {
        const QString &alias = filter.alias;
        const auto artifact = std::find_if(artifacts->cbegin(), artifacts->cend(),
                                           [&](const ReleaseArtifactRecord &a) { return a.alias == alias; });
        if (artifact == artifacts->cend() || !artifact->version)
            return false;
        const QString branch = artifact->version->branch;
        const QStringList &include = filter.filter.includeBranches;
        auto matchesAny = [&branch](const QStringList &patterns) {
            return std::any_of(patterns.begin(), patterns.end(),
                               [&](const QString &p) { return wildcardMatch(p, branch); });
        };
        if (!include.isEmpty() && !matchesAny(include))
            return false;
        if (matchesAny(filter.filter.excludeBranches))
            return false;
        for (const QString &tag : filter.filter.tags)
            if (!artifact->version->tags.contains(tag))
                return false;
    }
    return true;
}

Status StageTriggers::queue(const ReleaseStageRecord &stage, const QString &requestedBy, const QDateTime &now) {
    DeploymentRequest request;
    request.releaseStageId = stage.id;
    request.reason = DeploymentReason::Automated;
    request.requestedBy = requestedBy;
    request.auditDetails = {{QStringLiteral("releaseId"), stage.releaseId},
                            {QStringLiteral("stage"), stage.name},
                            {QStringLiteral("reason"), QStringLiteral("automated")}};
    Result<DeploymentRecord> requested = Transitions(m_store, now).request(request);
    return requested ? Status() : Status(requested.error());
}

Status StageTriggers::queueIfFiltersPass(const ReleaseStageRecord &stage, const StageDefinition &definition,
                                         const QString &requestedBy, const QDateTime &now) {
    Result<bool> passes = artifactFiltersPass(stage.releaseId, definition);
    if (!passes)
        return passes.error();
    return *passes ? queue(stage, requestedBy, now) : Status();
}

Status StageTriggers::releaseStarted(qint64 releaseId, const QString &requestedBy, const QDateTime &now) {
    Result<QList<ReleaseStageRecord>> stages = m_store.releases().releaseStages(releaseId);
    if (!stages)
        return stages.error();
    for (const ReleaseStageRecord &stage : *stages) {
        const StageDefinition *definition = m_snapshot.stage(stage.name);
        if (!definition || stage.manual || definition->trigger.type != StageTrigger::Type::AfterRelease)
            continue;
        if (Status ok = queueIfFiltersPass(stage, *definition, requestedBy, now); !ok)
            return ok;
    }
    return {};
}

Status StageTriggers::stageCompleted(qint64 releaseId, const QString &completed, const QString &requestedBy,
                                     const QDateTime &now) {
    Result<QList<ReleaseStageRecord>> stages = m_store.releases().releaseStages(releaseId);
    if (!stages)
        return stages.error();
    auto statusOf = [&](const QString &name) -> std::optional<StageStatus> {
        for (const ReleaseStageRecord &stage : *stages)
            if (stage.name == name)
                return stage.status;
        return std::nullopt;
    };
    for (const ReleaseStageRecord &stage : *stages) {
        const StageDefinition *definition = m_snapshot.stage(stage.name);
        if (!definition || stage.manual || definition->trigger.type != StageTrigger::Type::AfterStages ||
            !definition->trigger.stages.contains(completed))
            continue;
        // A stage already waiting or running is not queued twice.
        if (stage.status == StageStatus::Queued || stage.status == StageStatus::Scheduled ||
            stage.status == StageStatus::InProgress)
            continue;
        const bool joined = std::all_of(
            definition->trigger.stages.cbegin(), definition->trigger.stages.cend(), [&](const QString &name) {
                const std::optional<StageStatus> status = statusOf(name);
                return status == StageStatus::Succeeded ||
                       (definition->trigger.onPartialSuccess && status == StageStatus::PartiallySucceeded);
            });
        if (!joined)
            continue;
        if (Status ok = queueIfFiltersPass(stage, *definition, requestedBy, now); !ok)
            return ok;
    }
    return {};
}

} // namespace slipway
