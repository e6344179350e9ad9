#pragma once

#include "definition/pipelinedefinition.h"
#include "services/releaseservice.h"
#include "jsonwriter.h"
#include "store/records.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <functional>

namespace slipway::rest {

// Slipway's objects in the Azure DevOps Release shapes, enums as camelCase names,
// dates as ISO 8601 UTC. Secret variable values never leave: `isSecret: true, value: null`.
class AzureShapes final {
public:
    AzureShapes(QString baseUrl, QString project)
        : m_base(std::move(baseUrl)), m_project(std::move(project)),
          m_projectUrl(m_base + QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(m_project))) {}

    static QJsonValue date(const QDateTime &at);
    static std::optional<QString> dateText(const QDateTime &at); // none for an invalid time
    // An IdentityRef; its url and imageUrl are under `base` (the collection URL).
    static QJsonObject identity(const QString &user, const QString &base);
    static QByteArray identityText(const QString &user, const QString &base); // the same, as JSON text
    QJsonObject person(const QString &user) const { return identity(user, m_base); }
    QByteArray personText(const QString &user) const { return identityText(user, m_base); }

    QJsonObject definition(const PipelineRecord &pipeline, const PipelineDefinition &definition,
                           bool withEnvironments) const;
    QJsonObject definitionReference(qint64 pipelineId, const QString &name) const;
    // A release and an environment, the hot shapes, are written as JSON text (JsonWriter).
    QByteArray release(const ReleaseDetails &details, const PipelineDefinition *snapshot,
                       const QHash<qint64, QList<ApprovalRecord>> &approvals) const;
    QJsonObject releaseSummary(const ReleaseRecord &release) const;
    QByteArray environment(const ReleaseDetails &details, const StageDetails &stage, const PipelineDefinition *snapshot,
                           const QHash<qint64, QList<ApprovalRecord>> &approvals) const;
    QJsonObject approval(const ApprovalRecord &approval, const QList<ApprovalHistoryRecord> &history) const;
    QJsonObject deployment(const DeploymentContext &deployment, const QString &pipelineName) const;
    QJsonObject variables(const QList<VariableDefinition> &variables, const QJsonObject &given = {}) const;
    // Variable groups (azurevariablegroupshapes.cpp): a group, a release's snapshot of those linked at `stage`
    // (empty: the pipeline's), and the ids of linked groups by name, through the lookup given (none: no ids).
    QJsonObject variableGroup(const VariableGroupRecord &group, const ProjectRecord &project) const;
    QJsonArray releaseVariableGroups(const ReleaseRecord &release, const QString &stage) const;
    QJsonArray variableGroupIds(const QStringList &names) const;
    void setVariableGroupLookup(std::function<std::optional<qint64>(const QString &)> lookup) {
        m_variableGroupId = std::move(lookup);
    }
    static QJsonArray stageConditions(const StageDefinition &stage);

    static QString environmentStatus(StageStatus status);
    static QString deploymentStatus(DeploymentStatus status);
    static QString operationStatus(const DeploymentRecord &deployment);
    static QString releaseReason(ReleaseReason reason);
    static QString deploymentReason(DeploymentReason reason);
    static QString taskStatus(TaskStatus status);

private:
    QString m_base;
    QString m_project;
    QString m_projectUrl; // the base with the project, percent-encoded: the prefix of every url
    std::function<std::optional<qint64>(const QString &)> m_variableGroupId;
    QString url(const QString &path) const;
    QString projectId() const; // a name-based UUID: Azure's projects are GUIDs
    QJsonObject definitionEnvironment(const StageDefinition &stage) const;
    QJsonObject deploymentShape(const DeploymentContext &deployment, const QString &pipelineName) const;
    void writeDefinitionReference(JsonWriter &w, qint64 pipelineId, const QString &name) const;
    void writeReleaseSummaryMembers(JsonWriter &w, const ReleaseRecord &release) const;
    void writeEnvironment(JsonWriter &w, const ReleaseDetails &details, const StageDetails &stage,
                          const PipelineDefinition *snapshot,
                          const QHash<qint64, QList<ApprovalRecord>> &approvals) const;
    // One deployment of an environment: its phase, its job and the job's tasks.
    void writeDeployStep(JsonWriter &w, const ReleaseRecord &release, const StageDetails &stage,
                         const DeploymentRecord &deployment) const;
    static void writeDate(JsonWriter &w, const QDateTime &at);
    // "conditions", "variables" and the approvals snapshots of a stage of a revision, as members.
    QByteArray stageSnapshotMembers(qint64 revisionId, const StageDefinition &stage) const;
};

} // namespace slipway::rest
