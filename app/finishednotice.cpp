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
    return TrayMessage{QCoreApplication::translate("Gui", "Deployment finished: %1")
                           .arg(stageStatusLabel(stageStatusOf(d.deployment.status, OperationStatus::Done))),
                       QCoreApplication::translate("Gui", "%1 to %2").arg(d.releaseName, d.stageName), d.pipelineId,
                       d.releaseId};
}

} // namespace slipway
