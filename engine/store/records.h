#pragma once

#include "agentrecord.h"
#include "domain/samplecounts.h"
#include "domain/states.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

// Plain rows as the store hands them out. Times are UTC.

struct ProjectRecord final {
    qint64 id = 0;
    QString name;
};

struct PipelineRecord final {
    qint64 id = 0;
    qint64 projectId = 0;
    QString projectName;
    QString name;
    QString folder;
    int revision = 0;
    QDateTime updatedAt;
    qint64 revisionId = 0; // of the current revision
};

struct RevisionRecord final {
    qint64 id = 0;
    qint64 pipelineId = 0;
    int revision = 0;
    QByteArray body;
    QString author;
    QString comment;
    QDateTime createdAt;
};

struct ArtifactSourceRecord final {
    qint64 id = 0;
    qint64 pipelineId = 0;
    QString alias;
    QString type;
    bool primary = false;
    QJsonObject settings;
};

struct ArtifactVersionRecord final {
    qint64 id = 0;
    qint64 sourceId = 0;
    QString version;
    QString branch;
    QStringList tags;
    QString commit;
    QString url;
    QDateTime seenAt;
};

struct ReleaseArtifactRecord final {
    QString alias;
    std::optional<ArtifactVersionRecord> version; // empty when the source had no version
};

struct ReleaseStageRecord final {
    qint64 id = 0;
    qint64 releaseId = 0;
    QString name;
    int rank = 0;
    StageStatus status = StageStatus::NotStarted;
    bool manual = false;
};

struct DeploymentRecord final {
    qint64 id = 0;
    qint64 releaseStageId = 0;
    int attempt = 1;
    DeploymentReason reason = DeploymentReason::Manual;
    QString requestedBy;
    QString comment;
    QDateTime queuedAt;
    QDateTime startedAt;
    QDateTime completedAt;
    DeploymentStatus status = DeploymentStatus::NotDeployed;
    OperationStatus operationStatus = OperationStatus::Queued;
    QDateTime scheduledFor; // deferred start
    QString message;        // why it ended, when not obvious (canceled for a newer release, interrupted…)
    QJsonObject variables;  // values given with the request, over the release's and the stage's
};

// A deployment with what the engine needs to run it: its release, pipeline, snapshot and owner.
struct DeploymentContext final {
    DeploymentRecord deployment;
    qint64 releaseId = 0;
    QString releaseName;
    ReleaseStatus releaseStatus = ReleaseStatus::Active;
    qint64 pipelineId = 0;
    qint64 revisionId = 0;
    QString stageName;
    int stageRank = 0;
    QString owner; // engine instance that claimed it, empty while unclaimed
    qint64 ownerPid = 0;
    QString ownerHost;
    QDateTime leaseUntil;
    std::optional<DeploymentStep> step; // empty until admitted
    QDateTime stepStartedAt;
    QDateTime stepDeadline;    // an approval step times out then
    QDateTime succeedingSince; // gates: first round of the current run of successes
    QString tasksOutcome;      // the tasks' result while post-deployment steps run
};

struct ApprovalRecord final {
    qint64 id = 0;
    qint64 deploymentId = 0;
    ApprovalKind kind = ApprovalKind::PreDeploy;
    QString approver; // a user name, or group:NAME
    int rank = 1;
    ApprovalStatus status = ApprovalStatus::Pending;
    QString comment;
    QString actedBy;
    QDateTime actedAt;
    QDateTime deferredUntil;
    QDateTime createdAt;
    // Where it belongs, for inboxes and output.
    qint64 releaseId = 0;
    QString releaseName;
    QString stageName;
    qint64 pipelineId = 0;
    QString pipelineName;
    int attempt = 1;
    QString requestedBy; // of the deployment
    qint64 releaseStageId = 0;
    int stageRank = 0;
};

struct ApprovalHistoryRecord final {
    qint64 id = 0;
    qint64 approvalId = 0;
    QDateTime at;
    QString actor;
    ApprovalStatus status = ApprovalStatus::Pending;
    QString comment;
};

// One sampling round of a deployment's gates: each gate's result and message.
struct GateEvaluationRecord final {
    qint64 id = 0;
    qint64 deploymentId = 0;
    QString phase; // pre | post
    QDateTime at;
    bool passed = false;
    QJsonArray results; // [{name, passed, ignored, message}]
};

struct GateIgnoreRecord final {
    QString phase;
    QString gate;
    QString actor;
    QString comment;
    QDateTime at;
};

struct ScheduleStateRecord final {
    qint64 pipelineId = 0;
    QString key; // release:N, stage:NAME, or an engine job
    QDateTime lastFiredAt;
};

// Retention's view of one release stage: when the release was last deployed there.
struct StageDeploymentSummary final {
    qint64 releaseId = 0;
    QString stage;
    QDateTime lastDeployedAt;
    bool active = false; // a deployment of it is not done
};

// Filters of the REST lists (docs/rest-api.md): zero/empty means "any". Pages are keyset: `startId`
// is the first id of the page (inclusive) in the query order.
struct ReleaseQuery final {
    qint64 pipelineId = 0;
    std::optional<ReleaseStatus> status;
    QString createdBy;
    QString searchText;        // in the name
    QList<qint64> ids;         // only these releases, when not empty
    QDateTime minCreated;      // created at or after
    QDateTime maxCreated;      // and before
    QStringList stageStatuses; // with a stage in one of these states, when not empty
    bool ascending = false;
    qint64 startId = 0;
    int limit = 50;
};

struct DeploymentQuery final {
    qint64 pipelineId = 0;
    int stageRank = 0;
    QString requestedBy;
    QStringList statuses;   // domain names
    QStringList operations; // domain names
    // With "done" among the operations: only the ended deployments in these states (all when empty).
    QStringList doneStatuses;
    QDateTime minModified; // the last change (completed, else started, else queued) at or after
    QDateTime maxModified; // and before
    bool latestAttemptsOnly = false;
    bool ascending = false;
    qint64 startId = 0;
    int limit = 50;
};

struct ApprovalQuery final {
    QStringList approvers; // user and group:NAME; empty: any
    std::optional<ApprovalStatus> status;
    QList<qint64> releaseIds;
    std::optional<ApprovalKind> kind;
    bool ascending = false;
    qint64 startId = 0;
    int limit = 50;
};

struct TokenRecord final {
    qint64 id = 0;
    QString userName;
    QString name;
    QDateTime createdAt;
    QDateTime revokedAt;
};

struct TaskRunRecord final {
    qint64 id = 0;
    qint64 deploymentId = 0;
    int index = 0;
    QString name;
    TaskStatus status = TaskStatus::Pending;
    QDateTime startedAt;
    QDateTime endedAt;
    std::optional<int> exitCode;
    QString message;
    QString decision; // manual intervention: resume | reject, once someone answered
    QString decidedBy;
    QString decisionComment;
};

// The process group a task run started (Linux): its id is the leader's pid; the leader's start time (clock ticks
// since boot, /proc/PID/stat field 22) and the boot id tell that pid apart from a later process given the same one.
struct ProcessGroupRecord final {
    qint64 taskRunId = 0;
    qint64 pipelineId = 0; // of the deployment, so that a redeploy of its stage can wait for it
    QString stageName;
    qint64 groupId = 0;
    qint64 leaderStartTicks = 0;
    QString bootId;
    QString host;
};

struct LogLineRecord final {
    qint64 id = 0;
    qint64 taskRunId = 0;
    QDateTime at;
    QString stream; // stdout | stderr | system
    QString line;
};

struct EngineOwner final {
    QString id; // unique per engine instance
    qint64 pid = 0;
    QString host;
};

// One variable of a Library variable group; a secret's value is sealed (docs/security.md#variable-groups).
struct GroupVariable final {
    QString name;
    QString value;
    bool secret = false;
};

struct VariableGroupRecord final {
    qint64 id = 0;
    QString name; // unique, case-insensitive
    QString description;
    QList<GroupVariable> variables; // in the order they were added
    QString createdBy;
    QDateTime createdAt;
    QString modifiedBy;
    QDateTime modifiedAt;
};

// Where a pipeline's current revision links a group: the pipeline itself (`stage` empty) or one of its stages.
struct VariableGroupLink final {
    qint64 groupId = 0;
    QString stage;
};

struct VariableGroupUsage final {
    qint64 pipelineId = 0;
    QString pipelineName;
    QString stage; // empty: linked by the pipeline itself
};

// A linked group as a release snapshotted it when it was created.
struct ReleaseVariableGroup final {
    qint64 groupId = 0;
    QString name;
    QString stage; // empty: linked by the pipeline
    QList<GroupVariable> variables;
};

struct ReleaseRecord final {
    qint64 id = 0;
    qint64 pipelineId = 0;
    QString pipelineName;
    qint64 revisionId = 0;
    int revision = 0;
    QString name;
    QString description;
    QString createdBy;
    QDateTime createdAt;
    ReleaseReason reason = ReleaseReason::Manual;
    ReleaseStatus status = ReleaseStatus::Active;
    bool keepForever = false;
    QJsonObject variables;                      // values given at creation
    QList<ReleaseVariableGroup> variableGroups; // pipeline's groups first, then each stage's, in the file's order
};

// The newest deployment of one stage of a release, as the grid's chip and its tooltip show it.
struct GridStageDeployment final {
    int attempt = 0;
    DeploymentStatus status = DeploymentStatus::NotDeployed;
    OperationStatus operation = OperationStatus::Queued;
    QString requestedBy;
    QDateTime queuedAt;
    QDateTime startedAt;
    QDateTime completedAt;
    QDateTime scheduledFor; // a deferred start
    QStringList approvedBy; // who approved it so far
    QStringList awaiting;   // approvers still pending ("group:ops" for a group)
    QString message;        // why a queued one has not started ("waiting for an agent of pool prod")

    bool waitsForAgent() const {
        return (operation == OperationStatus::Queued || operation == OperationStatus::Deferred) && isAgentWait(message);
    }
};

// What the releases grid searches across the whole history of a pipeline; empty parts match anything.
struct ReleaseGridFilter final {
    QString text; // in the release name, the creator or an artifact version
    QDateTime createdFrom;
    QDateTime createdTo; // exclusive
    bool isEmpty() const { return text.isEmpty() && !createdFrom.isValid() && !createdTo.isValid(); }
    bool operator==(const ReleaseGridFilter &) const = default;
};

// One row of the releases grid: a release and the status of each of its stages, by rank.
struct ReleaseGridRow final {
    qint64 id = 0;
    QString name;
    QString createdBy;
    QDateTime createdAt;
    ReleaseStatus status = ReleaseStatus::Active;
    QString artifactSummary; // "web 1.1.0, infra v2"
    QList<std::pair<QString, StageStatus>> stages;
    // Stages whose latest deployment waits for approvals, gates, a deferral or an intervention.
    QHash<QString, OperationStatus> waiting;
    QHash<QString, GridStageDeployment> latest; // by stage; absent when never deployed
    QStringList manualStages;                   // stages only deployed by hand for this release
};

// One finished deployment, as the metrics see it (docs/metrics.md). Times are UTC milliseconds since
// the epoch: the dashboard reads hundreds of thousands of these, and plain integers cost nothing to
// compare, subtract or bucket by day.
struct DeploymentFact final {
    qint64 id = 0;
    qint64 releaseId = 0;
    QString releaseName;
    QString stage;
    int attempt = 1;
    DeploymentStatus status = DeploymentStatus::Succeeded;
    qint64 queuedAt = 0;
    std::optional<qint64> startedAt;    // none when it never ran (rejected before it started)
    qint64 completedAt = 0;             // only finished deployments are facts
    std::optional<qint64> changeSeenAt; // when the newest artifact version of the release was first seen
    // The release had already succeeded on this stage before the measured period began.
    bool deliveredEarlier = false;
};

// One UTC day (days since the epoch) of one pipeline stage, kept by the store in the transaction that completes
// each deployment (docs/metrics.md#rollups). Percentiles cannot be summed, so the day keeps its samples exactly.
struct StageDayRollup final {
    QString stage;
    qint64 day = 0;
    int succeeded = 0;
    int partiallySucceeded = 0;
    int failed = 0;
    int canceled = 0;
    int interrupted = 0;
    int notDeployed = 0;
    qint64 durationSeconds = 0; // the sum over the deployments that ran (had started)
    int durations = 0;          // how many those are
    SampleCounts leadTimes;     // seconds, of the first successes of a release completed that day
    int streaks = 0;            // failure streaks whose first failure completed that day
    SampleCounts restores;      // seconds, of those streaks that a success ended since
};

// A finished deployment as the rollups counted it: what the partial first and last days of a period are
// measured from.
struct DeploymentOutcome final {
    QString stage;
    DeploymentStatus status = DeploymentStatus::Succeeded;
    std::optional<qint64> startedAt;
    qint64 completedAt = 0;
    std::optional<qint64> leadTimeSeconds; // its release's first success on the stage, with a seen artifact
    bool startsStreak = false;             // a failure after a success (or the stage's first failure)
    std::optional<qint64> restoreSeconds;  // for a streak's first failure: to the success that ended it
};

// What a stage of a pipeline runs at an instant: its newest successful deployment by then.
struct DeployedRelease final {
    qint64 pipelineId = 0;
    QString pipelineName;
    QString stage;
    qint64 releaseId = 0;
    QString releaseName;
    qint64 deploymentId = 0;
    QDateTime completedAt;
    QString artifacts;   // "web 1.1.0, api 2.0"
    QString requestedBy; // who asked for that deployment
};

struct AuditEventRecord final {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString objectType;
    qint64 objectId = 0;
    QJsonObject details;
};

// What a new release is made of; the store writes it in one go.
struct NewRelease final {
    qint64 pipelineId = 0;
    qint64 revisionId = 0;
    QString nameFormat; // rendered by the caller through ReleaseNameRenderer once the number is known
    QString description;
    QString createdBy;
    QDateTime createdAt;
    ReleaseReason reason = ReleaseReason::Manual;
    ReleaseStatus status = ReleaseStatus::Active;
    QJsonObject variables;
    QList<ReleaseVariableGroup> variableGroups;
    QList<std::pair<QString, std::optional<qint64>>> artifacts; // alias -> version id
    QList<std::pair<QString, bool>> stages;                     // name (in rank order) -> manual
};

struct AuditChainReport final {
    bool intact = true;
    qint64 eventsChecked = 0;
    qint64 firstBadEventId = 0; // 0 when intact or when the tail was removed
    QString problem;
};

// A member's request on a team database and, once an engine carried it out, its outcome
// (docs/architecture.md#team-roles).
struct RequestRecord final {
    qint64 id = 0;
    QString actor; // the login that asked, set by the database
    QString kind;  // approve, reject, defer, reassign, createRelease, deploy
    QString payload;
    QString status; // pending, done, refused, withdrawn
    QString result; // JSON: what was made, or the refusal
};

// A login of a team database and the Slipway role it holds.
struct TeamLogin final {
    QString name;
    QString role; // admin, member, engine
};

} // namespace slipway
