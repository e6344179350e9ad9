#pragma once

#include "rules/approvalpolicy.h"
#include "runtime/deadline.h"
#include "runtime/deploymentrun.h"

namespace slipway {

// Samples one deployment's gates: after the delay, every sampling interval, all gates
// together. Each round is recorded with every gate's result and message. The step passes when every
// gate (ignored ones count as passing) has kept succeeding for the minimum success duration, and
// fails when the timeout passes first. Probes are the `http` and `script` gates run as the
// httpRequest and script tasks they resemble. An engine runs it while it holds the deployment.
class GateRunner final : public QObject {
    Q_OBJECT
public:
    GateRunner(Services &services, DeploymentContext context, std::shared_ptr<const PipelineDefinition> snapshot,
               GatePolicy policy, const EngineConfig &config, QObject *parent = nullptr);
    ~GateRunner() override;

    void start();
    void stop(); // no more rounds; a running probe is stopped
    qint64 deploymentId() const { return m_context.deployment.id; }

Q_SIGNALS:
    void sampled(qint64 pipelineId, qint64 releaseId, qint64 deploymentId);
    void ended(qint64 deploymentId); // the step was decided, or the deployment left it

private:
    struct Probe final {
        QString name;
        std::unique_ptr<TaskExecutor> executor;
        QString lastLine;
        std::optional<TaskOutcome> outcome;
    };

    Services &m_services;
    DeploymentContext m_context;
    std::shared_ptr<const PipelineDefinition> m_snapshot;
    GatePolicy m_policy;
    const EngineConfig &m_config;
    std::unique_ptr<DeploymentVariables> m_variables;
    SecretMasker m_masker;
    QString m_workingDirectory;
    Deadline *m_nextRound = nullptr;
    Deadline *m_timeout = nullptr;
    std::vector<Probe> m_probes;
    QJsonArray m_ignoredResults;
    QDateTime m_roundStartedAt;
    bool m_timedOut = false;
    bool m_done = false;
    bool m_ended = false;

    Status prepare();
    void scheduleRound(const QDateTime &at);
    void round();
    void onProbeFinished();
    void concludeRound();
    void fail(const QString &message);
    void end();
};

} // namespace slipway
