#pragma once

#include "core/identity.h"
#include "services/enginecontext.h"

#include <QHash>

namespace slipway {

class ArtifactService;
class PipelineService;

struct CreateReleaseRequest final {
    QString pipeline;                         // name or id
    QHash<QString, QString> artifactVersions; // alias -> version name; others default to the latest
    QStringList manualStages;
    QString description;
    bool draft = false;
    QHash<QString, QString> variables; // settable-at-release variables only
    ReleaseReason reason = ReleaseReason::Manual;
    bool scanFolders = true; // look for new drops in folder sources first
};

struct StageDetails final {
    ReleaseStageRecord stage;
    QList<DeploymentRecord> deployments;
    QHash<qint64, QList<TaskRunRecord>> tasks; // by deployment id
};

struct ReleaseDetails final {
    ReleaseRecord release;
    QList<ReleaseArtifactRecord> artifacts;
    QList<StageDetails> stages;
};

struct PipelineDefinition;

// A release to create in a batch, and who asks for it.
struct ReleaseBatchItem final {
    CreateReleaseRequest request;
    Identity actor;
};

// Values given for variables, checked against the definition: each must be a pipeline variable marked
// settableAtRelease. Release creation and deployment requests share this rule. Keys come back as defined.
Result<QJsonObject> settableVariableValues(const PipelineDefinition &definition, const QHash<QString, QString> &given,
                                           const SecretBox &secrets);

// Releases (docs/domain.md#release-states): create from a snapshot, read, abandon, keep forever, start a draft.
class ReleaseService final {
public:
    ReleaseService(EngineContext context, PipelineService &pipelines, ArtifactService &artifacts)
        : m_context(context), m_pipelines(pipelines), m_artifacts(artifacts) {}
    Q_DISABLE_COPY_MOVE(ReleaseService)

    Result<ReleaseRecord> create(const CreateReleaseRequest &request, const Identity &actor);
    // Creates the releases in one commit, each in a savepoint of its own: a refused one undoes its own
    // writes alone. `created` runs in that savepoint for each release made, so what it reads shows the
    // release as written; an error from it undoes that release. The listeners hear of each release once
    // the commit has them all on disk, and of nothing else meanwhile. One result per item, in order.
    QList<Result<ReleaseRecord>> createBatch(const QList<ReleaseBatchItem> &items,
                                             const std::function<Status(qsizetype, const ReleaseRecord &)> &created);
    Result<ReleaseDetails> details(qint64 releaseId);
    // The release with the one stage `stageId` (its deployments and their task runs) and without its
    // artifacts: what one environment shows, read without the other stages. `stages` is empty when the
    // release has no such stage.
    Result<ReleaseDetails> stageDetails(qint64 releaseId, qint64 stageId);
    Result<QList<ReleaseRecord>> list(const QString &pipeline, int top);
    Status abandon(qint64 releaseId, const Identity &actor);
    Status setKeepForever(qint64 releaseId, bool keep, const Identity &actor);
    Status startDraft(qint64 releaseId, const Identity &actor);
    Status rename(qint64 releaseId, const QString &name, const Identity &actor);
    Status setDescription(qint64 releaseId, const QString &description, const Identity &actor);

private:
    Result<ReleaseDetails> masked(ReleaseDetails details);

    EngineContext m_context;
    Result<ReleaseRecord> createByEngine(const CreateReleaseRequest &request); // a member's, on a team database
    PipelineService &m_pipelines;
    ArtifactService &m_artifacts;

    Result<ReleaseRecord> existing(qint64 releaseId);
    Status changeRelease(const ReleaseRecord &release, const Identity &actor, const QString &action,
                         const QJsonObject &details, const std::function<Status()> &change);
};

} // namespace slipway
