#pragma once

#include "core/result.h"
#include "definition/pipelinedefinition.h"
#include "store/records.h"

#include <optional>

namespace slipway {

// A stage's pre- or post-deployment approval settings, with the file's defaults: who approves (users and
// group:NAME), in which order, the timeout, and the policies on the requester, earlier stages and identity.
struct ApprovalPolicy final : ApprovalSpec {
    ApprovalKind kind = ApprovalKind::PreDeploy;

    // Empty when the stage asks for no approval of this kind.
    static std::optional<ApprovalPolicy> of(const StageDefinition &stage, ApprovalKind kind);
};

// A stage's pre- or post-deployment gates: probes sampled after a delay at an interval, passing when all of
// them keep succeeding for the minimum success duration, failing when the timeout comes first.
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

// The rules for one action on one pending approval: only its approver (or a member of its group) acts; only
// a pre-deployment approval can be deferred; under "requester cannot approve" neither the release's creator
// nor the deployment's requester approves or defers; under "revalidate identity" approving, rejecting and
// deferring need a confirmed identity. A refusal names the rule.
// `releaseCreator` and `requester` are who created the release and who requested the deployment.
Status checkApprovalAction(const ApprovalPolicy &policy, const ApprovalRecord &approval, ApprovalAction action,
                           const ApprovalActor &actor, const QString &releaseCreator, const QString &requester);

} // namespace slipway
