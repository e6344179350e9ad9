#pragma once

#include "core/result.h"
#include "definition/pipelinedefinition.h"
#include "store/records.h"

#include <optional>

namespace slipway {

// A stage's pre- or post-deployment approval settings (domain.md §6), with the file's defaults.
struct ApprovalPolicy final {
    enum class Order { AnyOne, AllInSequence, AllAnyOrder };
    ApprovalKind kind = ApprovalKind::PreDeploy;
    QStringList approvers; // user names and group:NAME
    Order order = Order::AnyOne;
    qint64 timeoutSeconds = 30 * 24 * 3600;
    bool requesterCannotApprove = true;
    bool skipIfApprovedInPreviousStage = false;
    bool revalidateIdentity = false;

    // Empty when the stage asks for no approval of this kind.
    static std::optional<ApprovalPolicy> of(const StageDefinition &stage, ApprovalKind kind);
};

// A stage's pre- or post-deployment gates (domain.md §7).
struct GatePolicy final {
    enum class ApprovalOrder { BeforeGates, AfterSuccessfulGates, AfterGatesAlways };
    QString phase; // pre | post
    qint64 delaySeconds = 0;
    qint64 samplingSeconds = 300;
    qint64 timeoutSeconds = 6 * 3600;
    qint64 minSuccessSeconds = 0;
    ApprovalOrder approvalOrder = ApprovalOrder::BeforeGates;
    QJsonArray gates;

    static std::optional<GatePolicy> of(const StageDefinition &stage, const QString &phase);
};

// The steps of a deployment of this stage, in run order: only those the stage configures, and the tasks.
QList<DeploymentStep> stepsOf(const StageDefinition &stage);

// Who is acting on an approval, as the rules need to know them.
struct ApprovalActor final {
    QString user;
    QStringList groups;
    bool admin = false;
    bool identityConfirmed = false; // revalidation passed (a valid token of this user was given)
};

enum class ApprovalAction { Approve, Reject, Defer, Reassign };

// Whether `approver` (a user or group:NAME) is, or includes, the actor.
bool actsFor(const QString &approver, const ApprovalActor &actor);

// The rules of domain.md §6 for one action on one pending approval. A refusal names the rule.
// `releaseCreator` and `requester` are who created the release and who requested the deployment.
Status checkApprovalAction(const ApprovalPolicy &policy, const ApprovalRecord &approval, ApprovalAction action,
                           const ApprovalActor &actor, const QString &releaseCreator, const QString &requester);

} // namespace slipway
