#pragma once

#include "core/identity.h"
#include "definition/pipelineparser.h"
#include "services/enginecontext.h"

#include <QHash>

#include <memory>

namespace slipway {

inline const QString defaultProjectName = QStringLiteral("Default");

struct SavedPipeline final {
    qint64 pipelineId = 0;
    QString name;
    int revision = 0;
    bool created = false;
    QList<Problem> warnings;
    QStringList secretsWithoutValue;   // "dbPassword", "Production/dbPassword": secret variables that have no value
    QStringList createdVariableGroups; // linked groups the save created empty (createMissingVariableGroups)
};

// Pipeline definitions: validate, save as a new revision, export, look up, read revisions back.
class PipelineService final {
public:
    explicit PipelineService(EngineContext context) : m_context(context) {}
    Q_DISABLE_COPY_MOVE(PipelineService)

    // Validates against the users and groups the store knows (once any are defined).
    Result<ParsedPipeline> validate(const QByteArray &json);

    // Creates the pipeline or, when `pipelineId` is given or the name exists in the project, adds a revision.
    // Validation errors come back as one Validation error with one line per problem. Each linked variable group
    // must exist, unless `createMissingVariableGroups` (for importers): then missing ones are created empty in the
    // same transaction and named in SavedPipeline::createdVariableGroups.
    Result<SavedPipeline> save(const QByteArray &json, const Identity &actor, const QString &project = {},
                               std::optional<qint64> pipelineId = std::nullopt, const QString &comment = {},
                               bool createMissingVariableGroups = false);

    Result<PipelineRecord> resolve(const QString &nameOrId);
    Result<QList<PipelineRecord>> list();
    // The current revision as stored, secret values sealed (for the editor and diffs: never written to a file).
    Result<QByteArray> exportCurrent(const QString &nameOrId);
    // The current revision as a file to share: each secret variable with a null value, or, for an administrator
    // who asks (audited as pipeline.exported), with its value in plaintext.
    Result<QByteArray> exportDefinition(const QString &nameOrId, const Identity &actor, bool includeSecrets = false);
    Result<QList<RevisionRecord>> revisions(qint64 pipelineId);
    // Deletes a pipeline that never had a release kept: refused (Conflict) while it has releases, since they
    // keep its history; abandoned ones go with retention.
    Status remove(qint64 pipelineId, const Identity &actor);
    // The $(Rev:r) number the pipeline's next release will get (1 for a pipeline not saved yet).
    Result<qint64> nextReleaseNumber(qint64 pipelineId);
    Result<RevisionRecord> revision(qint64 pipelineId, int revision);

    // Revisions never change, so their parsed definitions are cached by revision id.
    Result<std::shared_ptr<const PipelineDefinition>> definitionOfRevision(qint64 revisionId);
    Result<std::shared_ptr<const PipelineDefinition>> currentDefinition(qint64 pipelineId);

private:
    EngineContext m_context;
    QHash<qint64, std::shared_ptr<const PipelineDefinition>> m_definitions;

    Result<std::optional<KnownPrincipals>> principals();
    // The document of the revision a save replaces (empty for a new pipeline): its secrets are kept.
    Result<QJsonObject> replacedDocument(const QString &name, const QString &project, std::optional<qint64> pipelineId);
};

// One line per problem, for messages that cross a boundary.
QString describeProblems(const QList<Problem> &problems);

} // namespace slipway
