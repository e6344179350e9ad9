#pragma once

#include "core/result.h"
#include "definition/pipelinedefinition.h"
#include "store/records.h"

#include <optional>

namespace slipway {

// A stage's pre- or post-deployment approval settings (domain.md §6), with the file's defaults.
struct ApprovalPolicy final : ApprovalSpec {
    ApprovalKind kind = ApprovalKind::PreDeploy;

    // Empty when the stage asks for no approval of this kind.
    static std::optional<ApprovalPolicy> of(const StageDefinition &stage, ApprovalKind kind);
};

// A stage's pre- or post-deployment gates (domain.md §7).
struct GatePolicy final : GateSpec {
    QString phase; // pre | post

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
