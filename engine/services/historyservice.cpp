#include "historyservice.h"

#include "definition/maskedsnapshot.h"
#include "definition/textdiff.h"
#include "services/pipelineservice.h"
#include "services/releaseservice.h"

#include <QJsonDocument>
#include <QMap>

namespace slipway {

namespace {

// name -> (value, secret)
using Values = QMap<QString, std::pair<QString, bool>>;

QList<ValueDifference> differences(const Values &before, const Values &after) {
    QStringList names = before.keys();
    for (const QString &name : after.keys())
        if (!names.contains(name))
            names << name;
    std::sort(names.begin(), names.end());
    QList<ValueDifference> result;
    for (const QString &name : std::as_const(names)) {
        const auto a = before.value(name);
        const auto b = after.value(name);
        const bool secret = a.second || b.second;
        ValueDifference d{name, a.first, b.first, before.contains(name) != after.contains(name) || a.first != b.first};
        if (secret) { // changed or not is known; the values are not shown
            d.before = before.contains(name) ? QStringLiteral("***") : QString();
            d.after = after.contains(name) ? QStringLiteral("***") : QString();
        }
        result << d;
    }
    return result;
}

} // namespace

Result<PipelineMetrics> HistoryService::metrics(qint64 pipelineId, const QDateTime &from, const QDateTime &to) {
    Result<PipelineMetrics> result = figures(pipelineId, from, to);
    if (!result)
        return result;
    Result<QList<DeploymentFact>> facts = m_context.store.deployments().facts(pipelineId, from);
    if (!facts)
        return facts.error();
    result->deployments = std::move(*facts);
    return result;
}

Result<PipelineMetrics> HistoryService::timeline(qint64 pipelineId, const QDateTime &from, const QDateTime &to) {
    Result<QList<DeploymentFact>> facts = m_context.store.deployments().timelineFacts(pipelineId, from);
    if (!facts)
        return facts.error();
    return PipelineMetrics{from, to, {}, {}, std::move(*facts)};
}

Result<PipelineMetrics> HistoryService::figures(qint64 pipelineId, const QDateTime &from, const QDateTime &to) {
    DeploymentRepository &deployments = m_context.store.deployments();
    QStringList stages;
    if (Result<std::shared_ptr<const PipelineDefinition>> current = m_pipelines.currentDefinition(pipelineId))
        for (const StageDefinition &stage : (*current)->stages)
            stages << stage.name;
    Result<QStringList> withHistory = deployments.rollupStages(pipelineId);
    if (!withHistory)
        return withHistory.error();
    for (const QString &stage : std::as_const(*withHistory))
        if (!stages.contains(stage))
            stages << stage; // a stage since removed from the pipeline still has history
    const RollupSpan span = rollupSpan(from, to);
    Result<QList<StageDayRollup>> rollups = deployments.rollups(pipelineId, span.firstFullDay, span.endFullDay);
    if (!rollups)
        return rollups.error();
    // The store returns the rollups stage by stage: each stage is one contiguous run, measured in place.
    QHash<QString, std::span<const StageDayRollup>> byStage;
    for (qsizetype begin = 0; begin < rollups->size();) {
        qsizetype end = begin;
        while (end < rollups->size() && rollups->at(end).stage == rollups->at(begin).stage)
            ++end;
        byStage.insert(rollups->at(begin).stage,
                       std::span<const StageDayRollup>(rollups->cbegin() + begin, rollups->cbegin() + end));
        begin = end;
    }
    PipelineMetrics result{from, to, {}, {}, {}};
    for (const QString &stage : std::as_const(stages)) {
        QList<DeploymentOutcome> edges;
        if (withHistory->contains(stage))
            for (const auto &[edgeFrom, edgeTo] : span.edges) {
                Result<QList<DeploymentOutcome>> outcomes = deployments.outcomes(pipelineId, stage, edgeFrom, edgeTo);
                if (!outcomes)
                    return outcomes.error();
                edges << *outcomes;
            }
        StageFigures figures =
            stageFigures(stage, byStage.value(stage),
                         std::span<const DeploymentOutcome>(edges.constData(), std::size_t(edges.size())), from, to);
        result.stages << std::move(figures.metrics);
        result.daily.insert(stage, std::move(figures.daily));
    }
    return result;
}

Result<QList<DeployedRelease>> HistoryService::whatsWhere(const QDateTime &at) {
    return m_context.store.deployments().deployedAt(at);
}

Result<ReleaseComparison> HistoryService::compare(qint64 beforeReleaseId, qint64 afterReleaseId) {
    Result<ReleaseDetails> before = m_releases.details(beforeReleaseId);
    if (!before)
        return before.error();
    Result<ReleaseDetails> after = m_releases.details(afterReleaseId);
    if (!after)
        return after.error();
    ReleaseComparison comparison;
    comparison.before = before->release;
    comparison.after = after->release;

    auto artifactsOf = [](const ReleaseDetails &details) {
        Values values;
        for (const ReleaseArtifactRecord &a : details.artifacts)
            values.insert(a.alias, {a.version ? a.version->version : QString(), false});
        return values;
    };
    comparison.artifacts = differences(artifactsOf(*before), artifactsOf(*after));

    // The variables as each release runs them: the snapshot's, with the values given at creation.
    auto variablesOf = [this](const ReleaseDetails &details) -> Result<Values> {
        Result<std::shared_ptr<const PipelineDefinition>> snapshot =
            m_pipelines.definitionOfRevision(details.release.revisionId);
        if (!snapshot)
            return snapshot.error();
        // Sealed values differ on every sealing (random nonces): compared opened, in memory, and never shown.
        const auto comparable = [this](const QString &value, bool secret) {
            const Result<QString> opened = secret ? m_context.store.secrets().open(value) : Result<QString>(value);
            return opened ? *opened : value;
        };
        Values values;
        for (const VariableDefinition &v : (*snapshot)->variables)
            values.insert(v.name,
                          {comparable(details.release.variables.value(v.name).toString(v.value), v.secret), v.secret});
        for (const StageDefinition &stage : (*snapshot)->stages)
            for (const VariableDefinition &v : stage.variables)
                values.insert(stage.name + QLatin1Char('/') + v.name, {comparable(v.value, v.secret), v.secret});
        return values;
    };
    Result<Values> beforeValues = variablesOf(*before);
    Result<Values> afterValues = variablesOf(*after);
    if (!beforeValues)
        return beforeValues.error();
    if (!afterValues)
        return afterValues.error();
    comparison.variables = differences(*beforeValues, *afterValues);

    if (before->release.revisionId != after->release.revisionId) {
        Result<RevisionRecord> a = m_pipelines.revision(before->release.pipelineId, before->release.revision);
        Result<RevisionRecord> b = m_pipelines.revision(after->release.pipelineId, after->release.revision);
        if (!a)
            return a.error();
        if (!b)
            return b.error();
        comparison.snapshotDiff = renderDiff(diffLines(maskedDefinitionLines(a->body), maskedDefinitionLines(b->body)));
    }
    return comparison;
}

} // namespace slipway
