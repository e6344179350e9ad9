#include "deploymentvariables.h"

#include "definition/macros.h"

namespace slipway {

DeploymentVariables::DeploymentVariables(const PipelineDefinition &snapshot, const StageDefinition &stage,
                                         const ReleaseRecord &release, const QList<ReleaseArtifactRecord> &artifacts,
                                         const DeploymentRecord &deployment, const QString &workingDirectory,
                                         const SecretBox &secrets)
    : m_secrets(secrets), m_pipeline(snapshot.name) {
    // Linked groups as the release snapshotted them, under the definition's own variables: the pipeline's groups,
    // then the stage's over them (docs/pipeline-format.md); within a list a later group wins.
    for (const bool stageGroups : {false, true})
        for (const ReleaseVariableGroup &group : release.variableGroups)
            if (stageGroups ? group.stage == stage.name : group.stage.isEmpty())
                for (const GroupVariable &variable : group.variables)
                    set(variable.name, variable.value, variable.secret);
    for (const VariableDefinition &variable : snapshot.variables)
        set(variable.name, release.variables.value(variable.name).toString(variable.value), variable.secret);
    for (const VariableDefinition &variable : stage.variables)
        set(variable.name, variable.value, variable.secret);
    // Given with the deployment request: over everything else, keeping the variable's secrecy.
    for (auto it = deployment.variables.begin(); it != deployment.variables.end(); ++it) {
        const auto defined = m_values.constFind(it.key().toLower());
        set(it.key(), it.value().toString(), defined != m_values.cend() && defined->secret);
    }
    set(QStringLiteral("Release.ReleaseName"), release.name);
    set(QStringLiteral("Release.ReleaseId"), QString::number(release.id));
    set(QStringLiteral("Release.DefinitionName"), snapshot.name);
    set(QStringLiteral("Release.EnvironmentName"), stage.name);
    set(QStringLiteral("Release.AttemptNumber"), QString::number(deployment.attempt));
    set(QStringLiteral("Release.RequestedFor"), release.createdBy);
    set(QStringLiteral("Release.Deployment.RequestedFor"), deployment.requestedBy);
    set(QStringLiteral("Release.DeploymentId"), QString::number(deployment.id));
    set(QStringLiteral("System.DefaultWorkingDirectory"), workingDirectory);
    for (const ReleaseArtifactRecord &artifact : artifacts) {
        const QString prefix = QStringLiteral("Release.Artifacts.") + artifact.alias + QLatin1Char('.');
        set(prefix + QStringLiteral("BuildNumber"), artifact.version ? artifact.version->version : QString());
        set(prefix + QStringLiteral("SourceBranch"), artifact.version ? artifact.version->branch : QString());
        set(prefix + QStringLiteral("SourceVersion"), artifact.version ? artifact.version->commit : QString());
    }
}

void DeploymentVariables::setAgent(const QString &name, const QString &machineName) {
    set(QStringLiteral("Agent.Name"), name);
    set(QStringLiteral("Agent.MachineName"), machineName);
}

void DeploymentVariables::set(const QString &name, const QString &value, bool secret) {
    m_unopened.remove(name.toLower());
    if (!secret || !SecretBox::isSealed(value)) {
        m_values.insert(name.toLower(), {name, value, secret});
        return;
    }
    Result<QString> opened = m_secrets.open(value);
    if (!opened)
        m_unopened.insert(name.toLower(), opened.error().message);
    m_values.insert(name.toLower(), {name, opened ? *opened : QString(), secret});
}

Status DeploymentVariables::secretsUsable(const QStringList &texts) const {
    for (const QString &text : texts)
        for (const QString &used : macroNames(text)) {
            const auto unopened = m_unopened.constFind(used.toLower());
            if (unopened != m_unopened.cend())
                return Error::storage(
                    QT_TRANSLATE_NOOP("Engine", "secret variable \"%1\" of pipeline \"%2\" cannot be decrypted: %3"),
                    {m_values.value(used.toLower()).name, m_pipeline, *unopened});
        }
    return {};
}

QString DeploymentVariables::expand(const QString &text) const {
    QString result;
    qsizetype last = 0;
    auto matches = macroPattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += text.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const auto found = m_values.constFind(match.captured(1).toLower());
        if (found == m_values.cend() || m_unopened.contains(found.key()))
            result += match.captured(0); // unknown names (and shell's own $(…)) stay as written
        else
            result += found->value;
    }
    return result + text.mid(last);
}

QProcessEnvironment DeploymentVariables::environment(const TextMap &taskEnv) const {
    static const QProcessEnvironment engineEnvironment = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment environment = engineEnvironment;
    for (const Variable &variable : m_values)
        if (!variable.secret)
            environment.insert(variable.name.toUpper().replace(QLatin1Char('.'), QLatin1Char('_')), variable.value);
    for (const auto &[name, value] : taskEnv)
        environment.insert(name, expand(value));
    return environment;
}

QStringList DeploymentVariables::secretValues() const {
    QStringList secrets;
    for (const Variable &variable : m_values)
        if (variable.secret)
            secrets << variable.value;
    return secrets;
}

} // namespace slipway
