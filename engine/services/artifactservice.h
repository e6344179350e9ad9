#pragma once

#include "core/identity.h"
#include "services/enginecontext.h"

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

    Result<QList<ArtifactSourceRecord>> sources(qint64 pipelineId);
    Result<QList<ArtifactVersionRecord>> versions(qint64 sourceId, int limit = 200);

private:
    EngineContext m_context;
    PipelineService &m_pipelines;

    Result<ArtifactVersionRecord> record(const ArtifactSourceRecord &source, const NewArtifactVersion &version,
                                         const Identity &actor);
};

} // namespace slipway
