#include "releaseservice.h"

#include "artifactservice.h"
#include "definition/releasenameformat.h"
#include "pipelineservice.h"
#include "releasesecrets.h"
#include "variablegroupservice.h"
#include "rules/stagetriggers.h"

#include <QJsonArray>
#include <QSignalBlocker>

namespace slipway {

namespace {

struct ChosenArtifacts final {
    QList<std::pair<QString, std::optional<qint64>>> ids;
    QString primaryVersion;
    QString primaryAlias;
    QJsonObject audit;
};

Result<ChosenArtifacts> chooseArtifacts(Store &store, const PipelineDefinition &definition,
                                        const QList<ArtifactSourceRecord> &sources,
                                        const QHash<QString, QString> &requested) {
    for (auto it = requested.cbegin(); it != requested.cend(); ++it)
        if (!definition.artifact(it.key()))
            return Error::notFound(QT_TRANSLATE_NOOP("Engine", "artifact source \"%1\" is not in pipeline \"%2\""),
                                   {it.key(), definition.name});
    ChosenArtifacts chosen;
    for (const ArtifactSourceDefinition &source : definition.artifacts) {
        const auto record = std::find_if(sources.cbegin(), sources.cend(),
                                         [&](const ArtifactSourceRecord &s) { return s.alias == source.alias; });
        std::optional<ArtifactVersionRecord> version;
        if (record != sources.cend()) {
            Result<std::optional<ArtifactVersionRecord>> found =
                requested.contains(source.alias)
                    ? store.artifacts().findVersion(record->id, requested.value(source.alias))
                    : store.artifacts().latestVersion(record->id);
            if (!found)
                return found.error();
            version = *found;
        }
        if (requested.contains(source.alias) && !version)
            return Error::notFound(QT_TRANSLATE_NOOP("Engine", "artifact source \"%1\" has no version \"%2\""),
                                   {source.alias, requested.value(source.alias)});
        chosen.ids.append({source.alias, version ? std::optional<qint64>(version->id) : std::nullopt});
        chosen.audit.insert(source.alias, version ? QJsonValue(version->version) : QJsonValue());
        if (source.primary) {
            chosen.primaryAlias = source.alias;
            chosen.primaryVersion = version ? version->version : QString();
        }
    }
    return chosen;
}

QHash<QString, QString> nameVariables(const PipelineDefinition &definition, const QJsonObject &overrides) {
    QHash<QString, QString> variables;
    for (const VariableDefinition &variable : definition.variables) {
        const QString value = overrides.value(variable.name).toString(variable.value);
        variables.insert(variable.name.toLower(), variable.secret ? QStringLiteral("***") : value);
    }
    return variables;
}

NewRelease newReleaseOf(const CreateReleaseRequest &request, const PipelineRecord &pipeline,
                        const PipelineDefinition &definition, const QJsonObject &variables, const Identity &actor,
                        const QDateTime &now) {
    NewRelease release;
    release.pipelineId = pipeline.id;
    release.revisionId = pipeline.revisionId;
    release.description = request.description;
    release.createdBy = actor.userName;
    release.createdAt = now;
    release.reason = request.reason;
    release.status = request.draft ? ReleaseStatus::Draft : ReleaseStatus::Active;
    release.variables = variables;
    for (const StageDefinition &stage : definition.stages)
        release.stages.append({stage.name, request.manualStages.contains(stage.name)});
    return release;
}

QString releaseNameOf(const PipelineDefinition &definition, const NewRelease &release, qint64 number,
                      const ChosenArtifacts &artifacts) {
    ReleaseNameContext naming;
    naming.revision = number;
    naming.localTime = release.createdAt.toLocalTime();
    naming.pipelineName = definition.name;
    naming.buildNumber = artifacts.primaryVersion;
    naming.buildDefinitionName = artifacts.primaryAlias;
    naming.variables = nameVariables(definition, release.variables);
    return renderReleaseName(definition.releaseNameFormat, naming);
}

QJsonObject releaseCreatedDetails(const CreateReleaseRequest &request, const PipelineRecord &pipeline,
                                  const NewRelease &release, const QString &name, const ChosenArtifacts &artifacts) {
    return {{QStringLiteral("name"), name},
            {QStringLiteral("pipelineId"), pipeline.id},
            {QStringLiteral("revision"), pipeline.revision},
            {QStringLiteral("artifacts"), artifacts.audit},
            {QStringLiteral("manualStages"), QJsonArray::fromStringList(request.manualStages)},
            {QStringLiteral("variables"), QJsonArray::fromStringList(release.variables.keys())},
            {QStringLiteral("draft"), request.draft},
            {QStringLiteral("reason"), toString(request.reason)}};
}

} // namespace

Result<ReleaseRecord> ReleaseService::createByEngine(const CreateReleaseRequest &request) {
    QJsonObject variables;
    if (!request.variables.isEmpty()) {
        Result<PipelineRecord> pipeline = m_pipelines.resolve(request.pipeline);
        if (!pipeline)
            return pipeline.error();
        Result<std::shared_ptr<const PipelineDefinition>> definition =
            m_pipelines.definitionOfRevision(pipeline->revisionId);
        if (!definition)
            return definition.error();
        Result<QJsonObject> carried = MemberRequests::requestVariables(**definition, request.variables);
        if (!carried)
            return carried.error();
        variables = *carried;
    }
    QJsonObject versions;
    for (auto it = request.artifactVersions.begin(); it != request.artifactVersions.end(); ++it)
        versions.insert(it.key(), it.value());
    Result<QJsonObject> made = m_context.memberRequests.run(
        QStringLiteral("createRelease"),
        {{QStringLiteral("pipeline"), request.pipeline},
         {QStringLiteral("versions"), versions},
         {QStringLiteral("manualStages"), QJsonArray::fromStringList(request.manualStages)},
         {QStringLiteral("description"), request.description},
         {QStringLiteral("draft"), request.draft},
         {QStringLiteral("variableValues"), variables}});
    if (!made)
        return made.error();
    Result<std::optional<ReleaseRecord>> release =
        m_context.store.releases().release(made->value(QStringLiteral("release")).toInteger());
    if (!release)
        return release.error();
    if (!*release)
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "release %1 not found"),
                               {QString::number(made->value(QStringLiteral("release")).toInteger())});
    return **release;
}

Result<ReleaseRecord> ReleaseService::create(const CreateReleaseRequest &request, const Identity &actor) {
    if (m_context.memberRequests.apply())
        return createByEngine(request);
    Result<PipelineRecord> pipeline = m_pipelines.resolve(request.pipeline);
    if (!pipeline)
        return pipeline.error();
    // The current revision is the snapshot: revisions never change, so referring to one is enough.
    Result<std::shared_ptr<const PipelineDefinition>> snapshot = m_pipelines.definitionOfRevision(pipeline->revisionId);
    if (!snapshot)
        return snapshot.error();
    const PipelineDefinition &definition = **snapshot;

    for (const QString &stage : request.manualStages)
        if (!definition.stage(stage))
            return Error::notFound(QT_TRANSLATE_NOOP("Engine", "stage \"%1\" is not in pipeline \"%2\""),
                                   {stage, definition.name});
    Result<QJsonObject> variables = settableVariableValues(definition, request.variables, m_context.store.secrets());
    if (!variables)
        return variables.error();

    // New drops in watched folders count as versions before the default is chosen.
    if (request.scanFolders &&
        std::any_of(definition.artifacts.cbegin(), definition.artifacts.cend(),
                    [](const ArtifactSourceDefinition &s) { return s.type == QLatin1String("folder"); }))
        (void)m_artifacts.scanFolderSources(pipeline->id, actor);

    NewRelease release = newReleaseOf(request, *pipeline, definition, *variables, actor, m_context.clock.now());

    Store &store = m_context.store;
    ReleaseRecord created;
    const Status written = store.transaction([&]() -> Status {
        Result<QList<ArtifactSourceRecord>> sources = store.pipelines().artifactSources(pipeline->id);
        if (!sources)
            return sources.error();
        Result<ChosenArtifacts> artifacts = chooseArtifacts(store, definition, *sources, request.artifactVersions);
        if (!artifacts)
            return artifacts.error();
        release.artifacts = artifacts->ids;
        Result<qint64> number = store.pipelines().takeReleaseNumber(pipeline->id);
        if (!number)
            return number.error();
        const QString name = releaseNameOf(definition, release, *number, *artifacts);

        Result<QList<ReleaseVariableGroup>> groups = snapshotVariableGroups(store, definition);
        if (!groups)
            return groups.error();
        release.variableGroups = *groups;
        Result<qint64> id = store.releases().insertRelease(release, name);
        if (!id)
            return id.error();
        if (!request.draft)
            if (Status triggered =
                    StageTriggers(store, definition).releaseStarted(*id, actor.userName, release.createdAt);
                !triggered)
                return triggered;
        created = ReleaseRecord{*id,
                                pipeline->id,
                                definition.name,
                                pipeline->revisionId,
                                pipeline->revision,
                                name,
                                release.description,
                                release.createdBy,
                                release.createdAt,
                                release.reason,
                                release.status,
                                false,
                                release.variables,
                                release.variableGroups};
        return recordAudit(store.audit(), {0, release.createdAt, actor.userName, QStringLiteral("release.created"),
                                           QStringLiteral("release"), *id,
                                           releaseCreatedDetails(request, *pipeline, release, name, *artifacts)});
    });
    if (!written)
        return written.error();
    Q_EMIT m_context.notifier.releaseCreated(created.pipelineId, created.id);
    return created;
}

Result<ReleaseRecord> ReleaseService::existing(qint64 releaseId) {
    Result<std::optional<ReleaseRecord>> found = m_context.store.releases().release(releaseId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "release %1 not found"), {QString::number(releaseId)});
    return **found;
}

// What deployments and their tasks said, masked as it is shown: rows stored before masking covered them.
Result<ReleaseDetails> ReleaseService::masked(ReleaseDetails details) {
    Result<SecretMasker> masker = ReleaseSecrets(m_context.store, m_pipelines).ofRelease(details.release.id);
    if (!masker)
        return masker.error();
    for (StageDetails &stage : details.stages) {
        maskRecords(*masker, stage.deployments);
        for (QList<TaskRunRecord> &runs : stage.tasks)
            maskRecords(*masker, runs);
    }
    return details;
}

Result<ReleaseDetails> ReleaseService::details(qint64 releaseId) {
    Result<ReleaseRecord> release = existing(releaseId);
    if (!release)
        return release.error();
    ReleaseRepository &releases = m_context.store.releases();
    Result<QList<ReleaseArtifactRecord>> artifacts = releases.releaseArtifacts(releaseId);
    if (!artifacts)
        return artifacts.error();
    Result<QList<ReleaseStageRecord>> stages = releases.releaseStages(releaseId);
    if (!stages)
        return stages.error();
    ReleaseDetails details{*release, *artifacts, {}};
    for (const ReleaseStageRecord &stage : *stages) {
        Result<QList<DeploymentRecord>> deployments = releases.deployments(stage.id);
        if (!deployments)
            return deployments.error();
        StageDetails stageDetails{stage, *deployments, {}};
        for (const DeploymentRecord &deployment : *deployments) {
            Result<QList<TaskRunRecord>> tasks = m_context.store.deployments().taskRuns(deployment.id);
            if (!tasks)
                return tasks.error();
            stageDetails.tasks.insert(deployment.id, *tasks);
        }
        details.stages.append(stageDetails);
    }
    return masked(std::move(details));
}

Result<QList<ReleaseRecord>> ReleaseService::list(const QString &pipeline, int top) {
    Result<PipelineRecord> owner = m_pipelines.resolve(pipeline);
    if (!owner)
        return owner.error();
    return m_context.store.releases().releases(owner->id, top);
}

Status ReleaseService::changeRelease(const ReleaseRecord &release, const Identity &actor, const QString &action,
                                     const QJsonObject &details, const std::function<Status()> &change) {
    Store &store = m_context.store;
    const QDateTime now = m_context.clock.now();
    const Status written = store.transaction([&]() -> Status {
        if (Status changed = change(); !changed)
            return changed;
        return recordAudit(store.audit(),
                           {0, now, actor.userName, action, QStringLiteral("release"), release.id, details});
    });
    if (written)
        Q_EMIT m_context.notifier.releaseChanged(release.pipelineId, release.id);
    return written;
}

Status ReleaseService::abandon(qint64 releaseId, const Identity &actor) {
    Result<ReleaseRecord> release = existing(releaseId);
    if (!release)
        return release.error();
    ReleaseRepository &releases = m_context.store.releases();
    return changeRelease(*release, actor, QStringLiteral("release.abandoned"), {}, [&]() -> Status {
        // Re-read inside the transaction: another process may have changed it since.
        Result<ReleaseRecord> current = existing(releaseId);
        if (!current)
            return current.error();
        if (current->status == ReleaseStatus::Abandoned)
            return Error::conflict(QT_TRANSLATE_NOOP("Engine", "release %1 is already abandoned"),
                                   {QString::number(releaseId)});
        Result<bool> busy = releases.hasDeploymentInProgress(releaseId);
        if (!busy)
            return busy.error();
        if (*busy)
            return Error::conflict(
                QT_TRANSLATE_NOOP("Engine", "release %1 has a deployment in progress; cancel it before abandoning"),
                {QString::number(releaseId)});
        return releases.setReleaseStatus(releaseId, ReleaseStatus::Abandoned);
    });
}

Status ReleaseService::setKeepForever(qint64 releaseId, bool keep, const Identity &actor) {
    Result<ReleaseRecord> release = existing(releaseId);
    if (!release)
        return release.error();
    return changeRelease(*release, actor, QStringLiteral("release.keepForever"),
                         QJsonObject{{QStringLiteral("keepForever"), keep}},
                         [&]() { return m_context.store.releases().setKeepForever(releaseId, keep); });
}

Status ReleaseService::rename(qint64 releaseId, const QString &name, const Identity &actor) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 256)
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "a release name must have 1 to 256 characters"));
    Result<ReleaseRecord> release = existing(releaseId);
    if (!release)
        return release.error();
    return changeRelease(*release, actor, QStringLiteral("release.renamed"),
                         QJsonObject{{QStringLiteral("from"), release->name}, {QStringLiteral("to"), trimmed}},
                         [&]() { return m_context.store.releases().setName(releaseId, trimmed); });
}

Status ReleaseService::setDescription(qint64 releaseId, const QString &description, const Identity &actor) {
    if (description.size() > 4000)
        return Error::validation(
            QT_TRANSLATE_NOOP("Engine", "a release description must have at most 4000 characters"));
    Result<ReleaseRecord> release = existing(releaseId);
    if (!release)
        return release.error();
    return changeRelease(
        *release, actor, QStringLiteral("release.described"),
        QJsonObject{{QStringLiteral("from"), release->description}, {QStringLiteral("to"), description}},
        [&]() { return m_context.store.releases().setDescription(releaseId, description); });
}

Status ReleaseService::startDraft(qint64 releaseId, const Identity &actor) {
    Result<ReleaseRecord> release = existing(releaseId);
    if (!release)
        return release.error();
    return changeRelease(*release, actor, QStringLiteral("release.started"), {}, [&]() -> Status {
        Result<ReleaseRecord> current = existing(releaseId);
        if (!current)
            return current.error();
        if (current->status != ReleaseStatus::Draft)
            return Error::conflict(QT_TRANSLATE_NOOP("Engine", "release %1 is not a draft"),
                                   {QString::number(releaseId)});
        Result<std::shared_ptr<const PipelineDefinition>> snapshot =
            m_pipelines.definitionOfRevision(current->revisionId);
        if (!snapshot)
            return snapshot.error();
        if (Status ok = m_context.store.releases().setReleaseStatus(releaseId, ReleaseStatus::Active); !ok)
            return ok;
        return StageTriggers(m_context.store, **snapshot)
            .releaseStarted(releaseId, current->createdBy, m_context.clock.now());
    });
}

Result<QJsonObject> settableVariableValues(const PipelineDefinition &definition, const QHash<QString, QString> &given,
                                           const SecretBox &secrets) {
    QJsonObject values;
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        const VariableDefinition *variable = definition.variable(it.key());
        if (!variable)
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "variable \"%1\" is not defined in pipeline \"%2\""),
                                     {it.key(), definition.name});
        if (!variable->settableAtRelease)
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "variable \"%1\" is not settable at release time"),
                                     {it.key()});
        if (!variable->secret || it.value().isEmpty()) {
            values.insert(variable->name, it.value());
            continue;
        }
        Result<QString> sealed = secrets.seal(it.value()); // stored sealed, opened only for the task that needs it
        if (!sealed)
            return sealed.error();
        values.insert(variable->name, *sealed);
    }
    return values;
}

QList<Result<ReleaseRecord>>
ReleaseService::createBatch(const QList<ReleaseBatchItem> &items,
                            const std::function<Status(qsizetype, const ReleaseRecord &)> &created) {
    QList<Result<ReleaseRecord>> results;
    Status committed;
    {
        // create() tells the listeners after its savepoint, before the commit: they hear of the batch below.
        const QSignalBlocker quiet(&m_context.notifier);
        committed = m_context.store.transaction([&]() -> Status {
            for (qsizetype i = 0; i < items.size(); ++i) {
                std::optional<Result<ReleaseRecord>> result;
                (void)m_context.store.transaction([&]() -> Status {
                    result = create(items.at(i).request, items.at(i).actor);
                    if (*result && created)
                        if (Status answered = created(i, **result); !answered)
                            result = answered.error();
                    return *result ? Status() : Status(result->error());
                });
                results.append(*result);
            }
            return {};
        });
    }
    if (!committed) {
        results.clear();
        for (qsizetype i = 0; i < items.size(); ++i)
            results.append(committed.error());
        return results;
    }
    for (const Result<ReleaseRecord> &release : std::as_const(results))
        if (release)
            Q_EMIT m_context.notifier.releaseCreated(release->pipelineId, release->id);
    return results;
}

Result<ReleaseDetails> ReleaseService::stageDetails(qint64 releaseId, qint64 stageId) {
    Result<ReleaseRecord> release = existing(releaseId);
    if (!release)
        return release.error();
    ReleaseRepository &releases = m_context.store.releases();
    Result<QList<ReleaseStageRecord>> stages = releases.releaseStages(releaseId);
    if (!stages)
        return stages.error();
    ReleaseDetails details{*release, {}, {}};
    for (const ReleaseStageRecord &stage : std::as_const(*stages)) {
        if (stage.id != stageId)
            continue;
        Result<QList<DeploymentRecord>> deployments = releases.deployments(stage.id);
        if (!deployments)
            return deployments.error();
        StageDetails stageDetails{stage, *deployments, {}};
        for (const DeploymentRecord &deployment : std::as_const(*deployments)) {
            Result<QList<TaskRunRecord>> tasks = m_context.store.deployments().taskRuns(deployment.id);
            if (!tasks)
                return tasks.error();
            stageDetails.tasks.insert(deployment.id, *tasks);
        }
        details.stages.append(stageDetails);
    }
    return masked(std::move(details));
}

} // namespace slipway
