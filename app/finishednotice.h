#pragma once

#include "store/records.h"

#include <QSet>

#include <optional>

namespace slipway {

// A tray notification: what it says, and the release a click opens.
struct TrayMessage final {
    QString title;
    QString message;
    qint64 pipelineId = 0;
    qint64 releaseId = 0;
};

// The tray's "deployment finished" rule: a deployment the user requested says so once, when it is done
// (succeeded, partially succeeded, failed, canceled or interrupted alike); nothing for other users' deployments or
// deployments still queued, waiting or running.
class FinishedDeploymentNotice final {
public:
    explicit FinishedDeploymentNotice(QString userName) : m_user(std::move(userName)) {}

    // The message for `deployment` as it is now; empty when there is nothing (more) to say about it.
    std::optional<TrayMessage> consider(const DeploymentContext &deployment);

private:
    QString m_user;
    QSet<qint64> m_announced;
};

} // namespace slipway
