#pragma once

#include "core/identity.h"
#include "services/enginecontext.h"

#include <functional>

namespace slipway {

class PipelineService;

struct NewArtifactVersion final {
    QString version;
    QString branch;
    QStringList tags;
    QString commit;
};

// Artifact sources and their versions: pushed versions, and folder sources scanned for new entries.
class ArtifactService final {
public:
    ArtifactService(EngineContext context, PipelineService &pipelines) : m_context(context), m_pipelines(pipelines) {}
    Q_DISABLE_COPY_MOVE(ArtifactService)

    // `slipway artifact add`: only for `push` sources.
    Result<ArtifactVersionRecord> addPushedVersion(const QString &pipeline, const QString &alias,
                                                   const NewArtifactVersion &version, const Identity &actor);

    // Registers entries of a folder source not seen before, oldest name first; returns how many were new.
    Result<int> scanFolderSource(const ArtifactSourceRecord &source, const Identity &actor);
    Result<int> scanFolderSources(qint64 pipelineId, const Identity &actor);

    // Records a version found by a watcher or poller; the source's CD trigger may create a release.
    Result<ArtifactVersionRecord> recordVersion(const ArtifactSourceRecord &source, const NewArtifactVersion &version,
                                                const Identity &actor) {
        return record(source, version, actor);
    }

    // What creates a release when a new version passes its source's CD trigger (set by Services).
    using ReleaseTrigger = std::function<Result<qint64>(const ArtifactSourceRecord &, const ArtifactVersionRecord &)>;
    void setReleaseTrigger(ReleaseTrigger trigger) { m_releaseTrigger = std::move(trigger); }

    Result<QList<ArtifactSourceRecord>> sources(qint64 pipelineId);
    Result<QList<ArtifactVersionRecord>> versions(qint64 sourceId, int limit = 200);

private:
    EngineContext m_context;
    PipelineService &m_pipelines;
    ReleaseTrigger m_releaseTrigger;

    Result<ArtifactVersionRecord> record(const ArtifactSourceRecord &source, const NewArtifactVersion &version,
                                         const Identity &actor);
};

// Whether a new version passes its source's CD trigger: enabled, branch include/exclude (`*`
// wildcards; a version without a branch has nothing to filter on) and every required tag.
bool continuousDeploymentFires(const QJsonObject &sourceSettings, const ArtifactVersionRecord &version);

} // namespace slipway
