#include "finishednotice.h"

#include "rules/stagetriggers.h"
#include "statuspresentation.h"

#include <QCoreApplication>

namespace slipway {

std::optional<TrayMessage> FinishedDeploymentNotice::consider(const DeploymentContext &d) {
    if (d.deployment.operationStatus != OperationStatus::Done || d.deployment.requestedBy != m_user ||
        m_announced.contains(d.deployment.id))
        return std::nullopt;
    m_announced.insert(d.deployment.id);
    // Worded as the release page's card: a deployment its engine's shutdown stopped reads "Interrupted", not the
    // stage's "Canceled".
    const QString ended = d.deployment.status == DeploymentStatus::Interrupted
                              ? stageStateLabel(StageState::Interrupted)
                              : stageStatusLabel(stageStatusOf(d.deployment.status, OperationStatus::Done));
    return TrayMessage{QCoreApplication::translate("Gui", "Deployment finished: %1").arg(ended),
                       QCoreApplication::translate("Gui", "%1 to %2").arg(d.releaseName, d.stageName), d.pipelineId,
                       d.releaseId};
}

} // namespace slipway
