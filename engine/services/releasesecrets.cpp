#include "releasesecrets.h"

#include "core/secretbox.h"

#include <QSet>

namespace slipway {

namespace {

void addSecretsOf(const PipelineDefinition &definition, QStringList &values, QSet<QString> &names) {
    auto add = [&](const VariableDefinition &variable) {
        if (!variable.secret)
            return;
        values << variable.value;
        names.insert(variable.name.toLower());
    };
    for (const VariableDefinition &variable : definition.variables)
        add(variable);
    for (const StageDefinition &stage : definition.stages)
        for (const VariableDefinition &variable : stage.variables)
            add(variable);
}

void addGivenValues(const QJsonObject &given, const QSet<QString> &names, QStringList &values) {
    for (auto it = given.begin(); it != given.end(); ++it)
        if (names.contains(it.key().toLower()))
            values << it.value().toString();
}

} // namespace

Result<SecretMasker> ReleaseSecrets::ofRelease(qint64 releaseId) {
    Result<QStringList> secrets = values(releaseId);
    if (!secrets)
        return secrets.error();
    return SecretMasker(*secrets);
}

Result<QStringList> ReleaseSecrets::values(qint64 releaseId) {
    Result<std::optional<ReleaseRecord>> release = m_store.releases().release(releaseId);
    if (!release)
        return release.error();
    if (!release->has_value())
        return QStringList();
    QStringList values;
    QSet<QString> names;
    // A definition that cannot be read (its secrets not decryptable) leaves the values known from the others: what
    // was stored was masked when written, and this pass only guards rows stored before.
    if (Result<std::shared_ptr<const PipelineDefinition>> snapshot =
            m_pipelines.definitionOfRevision((*release)->revisionId))
        addSecretsOf(**snapshot, values, names);
    // Its pipeline's current values too: a secret changed since the release may still be in what it printed.
    if (Result<std::shared_ptr<const PipelineDefinition>> current =
            m_pipelines.currentDefinition((*release)->pipelineId))
        addSecretsOf(**current, values, names);
    for (const ReleaseVariableGroup &group : (*release)->variableGroups)
        for (const GroupVariable &variable : group.variables)
            if (variable.secret) {
                values << variable.value;
                names.insert(variable.name.toLower());
            }
    addGivenValues((*release)->variables, names, values);
    Result<QList<qint64>> deployments = m_store.releases().deploymentIds(releaseId);
    if (!deployments)
        return deployments.error();
    for (qint64 id : std::as_const(*deployments)) {
        Result<std::optional<DeploymentContext>> deployment = m_store.deployments().deployment(id);
        if (!deployment)
            return deployment.error();
        if (deployment->has_value())
            addGivenValues((*deployment)->deployment.variables, names, values);
    }
    // Stored values are sealed (docs/security.md#secrets-at-rest): the masker needs what a task could print. One
    // that cannot be opened never reached a task either.
    QStringList opened;
    for (const QString &value : std::as_const(values))
        if (Result<QString> plain = m_store.secrets().open(value); plain && !plain->isEmpty())
            opened << *plain;
    return opened;
}

Result<SecretMasker> ReleaseSecrets::ofDeployment(qint64 deploymentId) {
    Result<std::optional<DeploymentContext>> deployment = m_store.deployments().deployment(deploymentId);
    if (!deployment)
        return deployment.error();
    if (!deployment->has_value())
        return SecretMasker();
    return ofRelease((*deployment)->releaseId);
}

void maskRecord(const SecretMasker &masker, LogLineRecord &line) {
    line.line = masker.mask(line.line);
}

void maskRecord(const SecretMasker &masker, TaskRunRecord &run) {
    run.message = masker.mask(run.message);
    run.decisionComment = masker.mask(run.decisionComment);
}

void maskRecord(const SecretMasker &masker, DeploymentRecord &deployment) {
    deployment.message = masker.mask(deployment.message);
    deployment.comment = masker.mask(deployment.comment);
}

void maskRecord(const SecretMasker &masker, GateEvaluationRecord &round) {
    round.results = masker.mask(QJsonValue(round.results)).toArray();
}

void maskRecord(const SecretMasker &masker, ApprovalRecord &approval) {
    approval.comment = masker.mask(approval.comment);
}

void maskRecord(const SecretMasker &masker, ApprovalHistoryRecord &entry) {
    entry.comment = masker.mask(entry.comment);
}

void maskRecord(const SecretMasker &masker, GateIgnoreRecord &ignore) {
    ignore.comment = masker.mask(ignore.comment);
}

void maskRecord(const SecretMasker &masker, AuditEventRecord &event) {
    event.details = masker.mask(QJsonValue(event.details)).toObject();
}

} // namespace slipway
