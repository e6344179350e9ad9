#pragma once

#include "core/secretbox.h"
#include "definition/pipelinedefinition.h"
#include "store/records.h"

#include <QHash>
#include <QProcessEnvironment>

namespace slipway {

// The variables of one deployment (docs/pipeline-format.md, docs/domain.md#the-run-of-a-deployment): predefined
// Release.* values, the linked variable groups' (pipeline's, then stage's), pipeline variables over them, stage
// variables over those, values given at release time over both, and values
// given with the deployment request over all of them.
class DeploymentVariables final {
public:
    DeploymentVariables(const PipelineDefinition &snapshot, const StageDefinition &stage, const ReleaseRecord &release,
                        const QList<ReleaseArtifactRecord> &artifacts, const DeploymentRecord &deployment,
                        const QString &workingDirectory, const SecretBox &secrets);

    // $(Name) expansion in a task's inputs, case-insensitive, secrets included (as Azure does; every log masks
    // them). Unknown names stay as written.
    QString expand(const QString &text) const;
    // Process environment: the engine's own, every non-secret variable (Release.ReleaseName ->
    // RELEASE_RELEASENAME), then the task's `env` mapping. A secret enters it only through that mapping.
    QProcessEnvironment environment(const TextMap &taskEnv) const;
    QStringList secretValues() const;
    // Refused, naming the secret and why, when one of the texts uses a secret whose stored value cannot be opened
    // (a missing or wrong key): only the tasks that need it fail.
    Status secretsUsable(const QStringList &texts) const;
    QString value(const QString &name) const { return m_values.value(name.toLower()).value; }
    // Agent.Name and Agent.MachineName: the engine that runs it (docs/agents.md).
    void setAgent(const QString &name, const QString &machineName);

private:
    struct Variable final {
        QString name;
        QString value;
        bool secret = false;
    };
    QHash<QString, Variable> m_values; // by lower-case name
    const SecretBox &m_secrets;
    QString m_pipeline;
    QHash<QString, QString> m_unopened; // by lower-case name: why the secret's value cannot be opened

    void set(const QString &name, const QString &value, bool secret = false);
};

} // namespace slipway
