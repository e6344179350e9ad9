#pragma once

#include "core/result.h"
#include "core/secretbox.h"
#include "records.h"

#include <functional>
#include <optional>

namespace slipway {

// Storage interfaces. All SQL lives behind them (SQLite today; PostgreSQL can implement the same).
// Mutating calls expect to run inside Store::transaction().

class PipelineRepository {
public:
    virtual ~PipelineRepository() = default;
    virtual Result<ProjectRecord> ensureProject(const QString &name, const QDateTime &at) = 0;
    virtual Result<QList<PipelineRecord>> pipelines() = 0;
    virtual Result<std::optional<PipelineRecord>> pipeline(qint64 id) = 0;
    virtual Result<std::optional<PipelineRecord>> findPipeline(const QString &name) = 0; // any project
    virtual Result<std::optional<PipelineRecord>> findPipeline(qint64 projectId, const QString &name) = 0;
    virtual Result<qint64> createPipeline(qint64 projectId, const QString &name, const QDateTime &at) = 0;
    // Appends revision N+1 and makes it current; also records the name and folder it carries.
    virtual Result<RevisionRecord> addRevision(qint64 pipelineId, const QString &name, const QString &folder,
                                               const QByteArray &body, const QString &author, const QString &comment,
                                               const QDateTime &at) = 0;
    virtual Result<std::optional<RevisionRecord>> revision(qint64 pipelineId, int revision) = 0;
    virtual Result<RevisionRecord> revisionById(qint64 revisionId) = 0;
    virtual Result<QList<RevisionRecord>> revisions(qint64 pipelineId) = 0; // newest first, bodies included
    virtual Status syncArtifactSources(qint64 pipelineId, const QList<ArtifactSourceRecord> &sources) = 0;
    virtual Result<QList<ArtifactSourceRecord>> artifactSources(qint64 pipelineId) = 0;
    // Hands out $(Rev:r) numbers, one per release, never twice; refused outside a transaction.
    virtual Result<qint64> takeReleaseNumber(qint64 pipelineId) = 0;
    // The number the next release would take, without taking it (for previews).
    virtual Result<qint64> nextReleaseNumber(qint64 pipelineId) = 0;
    virtual Result<qint64> pipelineCount() = 0;
    // Removes a pipeline that has no releases, with its revisions and artifact sources.
    virtual Status deletePipeline(qint64 pipelineId) = 0;
    virtual Result<QList<ProjectRecord>> projects() = 0;
    // Changes whenever a pipeline is created or revised: "count/latest revision id".
    virtual Result<QString> definitionsVersion() = 0;
    virtual Result<QList<ScheduleStateRecord>> scheduleStates() = 0;
    virtual Status setScheduleFired(qint64 pipelineId, const QString &key, const QDateTime &at) = 0;
};

class ArtifactRepository {
public:
    virtual ~ArtifactRepository() = default;
    // Conflict when the source already has this version.
    virtual Result<ArtifactVersionRecord> addVersion(const ArtifactVersionRecord &version) = 0;
    virtual Result<QList<ArtifactVersionRecord>> versions(qint64 sourceId, int limit) = 0; // newest first
    virtual Result<std::optional<ArtifactVersionRecord>> findVersion(qint64 sourceId, const QString &version) = 0;
    virtual Result<std::optional<ArtifactVersionRecord>> latestVersion(qint64 sourceId) = 0;
};

class ReleaseRepository {
public:
    virtual ~ReleaseRepository() = default;
    virtual Result<qint64> insertRelease(const NewRelease &release, const QString &name) = 0;
    virtual Result<std::optional<ReleaseRecord>> release(qint64 id) = 0;
    virtual Result<QList<ReleaseArtifactRecord>> releaseArtifacts(qint64 releaseId) = 0;
    virtual Result<QList<ReleaseStageRecord>> releaseStages(qint64 releaseId) = 0;
    virtual Result<QList<ReleaseRecord>> releases(qint64 pipelineId, int top) = 0; // newest first
    // Keyset page for the grid: releases with id < beforeId (0: from the newest), newest first.
    virtual Result<QList<ReleaseGridRow>> gridPage(qint64 pipelineId, qint64 beforeId, int limit) = 0;
    // The reverse keyset page: releases after `afterId` (0: the oldest), oldest first.
    virtual Result<QList<ReleaseGridRow>> gridPageAscending(qint64 pipelineId, qint64 afterId, int limit) = 0;
    virtual Result<std::optional<ReleaseGridRow>> gridRow(qint64 releaseId) = 0;
    // The grid's search through the whole history: keyset pages of the releases matching `filter`,
    // newest first from before `fromId` (0: the newest), or oldest first after it when `ascending`.
    virtual Result<QList<ReleaseGridRow>> gridSearch(qint64 pipelineId, const ReleaseGridFilter &filter, qint64 fromId,
                                                     bool ascending, int limit) = 0;
    virtual Result<std::optional<StageStatus>> latestReleaseStatus(qint64 pipelineId) = 0;
    virtual Status setReleaseStatus(qint64 releaseId, ReleaseStatus status) = 0;
    virtual Status setKeepForever(qint64 releaseId, bool keep) = 0;
    virtual Result<bool> hasDeploymentInProgress(qint64 releaseId) = 0;
    virtual Result<QList<StageDeploymentSummary>> stageDeployments(qint64 pipelineId) = 0;
    // Removes the release with its stages, deployments, task runs, logs and approvals (not its audit events).
    virtual Status deleteRelease(qint64 releaseId) = 0;
    virtual Result<QList<qint64>> deploymentIds(qint64 releaseId) = 0;
    virtual Result<QList<ReleaseRecord>> query(const ReleaseQuery &query) = 0;
    virtual Status setName(qint64 releaseId, const QString &name) = 0;
    virtual Status setDescription(qint64 releaseId, const QString &description) = 0;

    // A finished deployment is counted in the daily rollups at once (Rollup::Now), as a completion is, or left to
    // DeploymentRepository::rebuildRollups when history is written out of completion order (Rollup::Later).
    enum class Rollup { Now, Later };
    virtual Result<qint64> insertDeployment(const DeploymentRecord &deployment, Rollup rollup = Rollup::Now) = 0;
    virtual Result<QList<DeploymentRecord>> deployments(qint64 releaseStageId) = 0; // by attempt
    virtual Status setDeploymentState(qint64 deploymentId, DeploymentStatus status, OperationStatus operation,
                                      const QDateTime &at) = 0;
    virtual Status setStageStatus(qint64 releaseStageId, StageStatus status) = 0;
};

// Deployments as the engine drives them: requests, claims, outcomes, task runs and their logs.
class DeploymentRepository {
public:
    virtual ~DeploymentRepository() = default;
    // A new attempt of a release stage (attempt = previous + 1), queued or deferred to scheduledFor.
    virtual Result<DeploymentRecord> request(qint64 releaseStageId, DeploymentReason reason, const QString &requestedBy,
                                             const QString &comment, const QDateTime &queuedAt,
                                             const QDateTime &scheduledFor, const QJsonObject &variables = {}) = 0;
    virtual Result<std::optional<DeploymentContext>> deployment(qint64 id) = 0;
    // History: the pipeline's finished deployments completed at or after `from`, stage by stage, each by completion.
    virtual Result<QList<DeploymentFact>> facts(qint64 pipelineId, const QDateTime &from) = 0;
    // The same for the timeline's bars: without changeSeenAt and deliveredEarlier, which only lead times need.
    virtual Result<QList<DeploymentFact>> timelineFacts(qint64 pipelineId, const QDateTime &from) = 0;
    // The dashboard's figures (docs/metrics.md#rollups): the daily rollups of the pipeline's stages for the days
    // [firstDay, endDay) (days since the epoch, UTC), by stage and day.
    virtual Result<QList<StageDayRollup>> rollups(qint64 pipelineId, qint64 firstDay, qint64 endDay) = 0;
    // The stages the pipeline has rollups of, by name (a stage since removed keeps its history).
    virtual Result<QStringList> rollupStages(qint64 pipelineId) = 0;
    // One stage's finished deployments completed in [from, to) (UTC epoch ms), as the rollups counted them.
    virtual Result<QList<DeploymentOutcome>> outcomes(qint64 pipelineId, const QString &stage, qint64 from,
                                                      qint64 to) = 0;
    // Recomputes the rollups of one pipeline (all without one) from the deployments there are: the schema upgrade's
    // back-fill, generated history. Those of deleted releases are lost: the figures then follow the rows.
    virtual Status rebuildRollups(std::optional<qint64> pipelineId = std::nullopt) = 0;
    // What's where: every pipeline stage's newest successful deployment completed by `at`.
    virtual Result<QList<DeployedRelease>> deployedAt(const QDateTime &at) = 0;
    // Not done and not simply queued: what holds a slot, waits for a time, or must be stopped. Few rows.
    virtual Result<QList<DeploymentContext>> activeDeployments() = 0;
    // The (pipeline, stage) pairs with queued, unclaimed deployments.
    virtual Result<QList<std::pair<qint64, QString>>> queuedStages() = 0;
    // Queued, unclaimed deployments of one stage, oldest release first (at most `limit`; 0: all).
    virtual Result<QList<DeploymentContext>> queued(qint64 pipelineId, const QString &stage, int limit) = 0;
    // Atomic claim of a queued, unowned deployment: true when this owner got it.
    virtual Result<bool> claim(qint64 id, const EngineOwner &owner, const QDateTime &leaseUntil,
                               const QDateTime &now) = 0;
    virtual Status renewLeases(const QString &ownerId, const QDateTime &leaseUntil) = 0;
    virtual Status setOperation(qint64 id, OperationStatus operation) = 0;
    // Why a queued, unowned deployment still waits ("waiting for an agent of pool prod"); "" when nothing holds it.
    virtual Status noteWait(qint64 id, const QString &message) = 0;
    // Enters a step of the run (unowned); resets the gates' success run.
    virtual Status setStep(qint64 id, DeploymentStep step, OperationStatus operation, const QDateTime &startedAt,
                           const QDateTime &deadline) = 0;
    virtual Status setScheduledFor(qint64 id, const QDateTime &at) = 0;
    virtual Status setTasksOutcome(qint64 id, const QString &outcome) = 0;
    virtual Status setSucceedingSince(qint64 id, const QDateTime &at) = 0;
    virtual Status releaseOwner(qint64 id) = 0;
    // Atomic claim of an unowned deployment evaluating gates.
    virtual Result<bool> claimGates(qint64 id, const EngineOwner &owner, const QDateTime &leaseUntil) = 0;
    // Atomic claim of an unowned deployment waiting for a manual intervention (its engine stopped while it waited).
    virtual Result<bool> claimIntervention(qint64 id, const EngineOwner &owner, const QDateTime &leaseUntil) = 0;
    // The latest deployment of a release stage, if any.
    virtual Result<std::optional<DeploymentContext>> latestOf(qint64 releaseId, const QString &stage) = 0;
    virtual Result<QList<DeploymentContext>> query(const DeploymentQuery &query) = 0;
    virtual Status complete(qint64 id, DeploymentStatus status, const QString &message, const QDateTime &at) = 0;

    virtual Result<qint64> startTask(qint64 deploymentId, int index, const QString &name, const QDateTime &at) = 0;
    virtual Status recordTask(qint64 deploymentId, int index, const QString &name, TaskStatus status,
                              const QString &message) = 0; // a task that did not run
    virtual Status finishTask(qint64 taskRunId, TaskStatus status, std::optional<int> exitCode, const QString &message,
                              const QDateTime &at) = 0;
    virtual Status interruptRunningTasks(qint64 deploymentId, const QDateTime &at) = 0;
    virtual Status appendLog(const QList<LogLineRecord> &lines) = 0;
    // The process group a task run started (its taskRunId, group, start time, boot id and host; the rest is read).
    virtual Status recordProcessGroup(const ProcessGroupRecord &group) = 0;
    // Groups recorded on `host` that no engine runs any longer (their task ended, was interrupted or skipped) and
    // that no one has yet seen gone. A task that finishes under its engine has its group ended and seen gone then.
    virtual Result<QList<ProcessGroupRecord>> openProcessGroups(const QString &host) = 0;
    virtual Status processGroupGone(qint64 taskRunId, const QDateTime &at) = 0;
    virtual Result<QList<TaskRunRecord>> taskRuns(qint64 deploymentId) = 0;
    // Records the answer to a waiting manual intervention; false when it was already answered.
    virtual Result<bool> decideIntervention(qint64 taskRunId, const QString &decision, const QString &by,
                                            const QString &comment) = 0;
    virtual Result<QList<LogLineRecord>> logLines(qint64 deploymentId, qint64 afterId, int limit) = 0;
};

// The checks around a deployment: approvals with their history, gate samples and ignored gates.
class ApprovalRepository {
public:
    virtual ~ApprovalRepository() = default;
    virtual Result<qint64> create(const ApprovalRecord &approval) = 0; // writes its first history entry
    virtual Result<std::optional<ApprovalRecord>> approval(qint64 id) = 0;
    virtual Result<QList<ApprovalRecord>> ofDeployment(qint64 deploymentId) = 0; // by kind, rank, id
    // Pending approvals addressed to any of `approvers` (user names and group:NAME); all when empty.
    virtual Result<QList<ApprovalRecord>> pending(const QStringList &approvers, int limit) = 0;
    // Sets the status with who acted, and appends to the history.
    virtual Status decide(qint64 id, ApprovalStatus status, const QString &actor, const QString &comment,
                          const QDateTime &deferredUntil, const QDateTime &at) = 0;
    virtual Result<QList<ApprovalHistoryRecord>> history(qint64 approvalId) = 0;
    virtual Result<QList<ApprovalRecord>> query(const ApprovalQuery &query) = 0;

    virtual Result<qint64> recordGateEvaluation(const GateEvaluationRecord &evaluation) = 0;
    virtual Result<QList<GateEvaluationRecord>> gateEvaluations(qint64 deploymentId) = 0;
    virtual Status ignoreGate(qint64 deploymentId, const GateIgnoreRecord &ignore) = 0; // Conflict when already
    virtual Result<QList<GateIgnoreRecord>> ignoredGates(qint64 deploymentId) = 0;
};

// One audit event as a change of rows: the pipeline and release it touched (0 when none, or gone).
struct AuditedChange final {
    qint64 eventId = 0;
    QString action;
    QString objectType;
    qint64 objectId = 0;
    qint64 pipelineId = 0;
    qint64 releaseId = 0;
};

class AuditRepository {
public:
    virtual ~AuditRepository() = default;
    // Appends to the hash chain; must run in the transaction of the change it records.
    virtual Result<qint64> append(const AuditEventRecord &event) = 0;
    virtual Result<QList<AuditEventRecord>> events(const QString &objectType, qint64 objectId) = 0;
    virtual Result<AuditChainReport> verifyChain() = 0;
    // The newest event's id (0 for none), and the events after `afterId`, oldest first, at most `limit`:
    // every change is audited in its transaction, so this is what changed since a reader last looked.
    virtual Result<qint64> lastEventId() = 0;
    virtual Result<QList<AuditedChange>> changesAfter(qint64 afterId, int limit) = 0;
};

// Appends an audit event as a Status, for changes that end with their audit record.
inline Status recordAudit(AuditRepository &audit, const AuditEventRecord &event) {
    Result<qint64> appended = audit.append(event);
    return appended ? Status() : Status(appended.error());
}

class DirectoryRepository {
public:
    virtual ~DirectoryRepository() = default;
    virtual Result<QStringList> userNames() = 0;
    virtual Result<QStringList> groupNames() = 0;
    virtual Result<QStringList> groupMembers(const QString &group) = 0;
    virtual Result<qint64> addUser(const QString &name, const QString &displayName, const QDateTime &at) = 0;
    virtual Status setAdmin(const QString &user, bool admin) = 0;
    virtual Result<bool> isAdmin(const QString &user) = 0;
    virtual Result<qint64> addGroup(const QString &name, const QDateTime &at) = 0; // Conflict when taken
    virtual Status addMember(const QString &group, const QString &user) = 0;       // NotFound for either
    virtual Result<QStringList> groupsOf(const QString &user) = 0;
    virtual Result<qint64> addToken(const QString &user, const QString &name, const QString &hash,
                                    const QDateTime &at) = 0;
    virtual Result<bool> revokeToken(qint64 id, const QDateTime &at) = 0;      // false when unknown or already revoked
    virtual Result<std::optional<QString>> tokenUser(const QString &hash) = 0; // owner of a live token
    virtual Result<QList<TokenRecord>> tokens(const QString &user) = 0;        // all users when empty
};

// The Library's variable groups and the pipelines that link them. Values are stored as given: the service seals
// secret values before they get here.
class VariableGroupRepository {
public:
    virtual ~VariableGroupRepository() = default;
    virtual Result<QList<VariableGroupRecord>> groups() = 0; // by name
    virtual Result<std::optional<VariableGroupRecord>> group(qint64 id) = 0;
    virtual Result<std::optional<VariableGroupRecord>> findGroup(const QString &name) = 0; // case-insensitive
    virtual Result<qint64> createGroup(const VariableGroupRecord &group) = 0; // Conflict when the name is taken
    virtual Status updateGroup(const VariableGroupRecord &group) = 0;         // description, variables, modified
    virtual Status deleteGroup(qint64 id) = 0;
    // The links of a pipeline's current revision, replacing the ones it had.
    virtual Status setLinks(qint64 pipelineId, const QList<VariableGroupLink> &links) = 0;
    virtual Result<QList<VariableGroupUsage>> usage(qint64 groupId) = 0; // by pipeline name, then stage
    // The ids of the groups a pipeline links, in order: its own first, then each stage's (by `stage`).
    virtual Result<QList<VariableGroupLink>> links(qint64 pipelineId) = 0;
};

// What a login may do on a team database (docs/architecture.md#team-roles). Full: the SQLite file, a superuser or a
// member of the database's owner; Admin and Engine write every table; a Member writes none: what they ask for is a
// request that an engine carries out.
enum class TeamRole { Full, Admin, Engine, Member };

// Deployment agents (docs/agents.md): what they announce and their heartbeats.
class AgentRepository {
public:
    virtual ~AgentRepository() = default;
    // Records the agent as started now by `agent.ownerId` (its pools, capabilities and host as given; an admin's
    // enabled flag is kept).
    virtual Status announce(const AgentRecord &agent, const QDateTime &at) = 0;
    // The agent stopped: offline at once, its last heartbeat kept.
    virtual Status leave(const QString &name, const QString &ownerId) = 0;
    // Its heartbeat: whether it is enabled; nothing when the name is no longer this engine's (another took it over).
    virtual Result<std::optional<bool>> heartbeat(const QString &name, const QString &ownerId, const QDateTime &at) = 0;
    virtual Result<QList<AgentRecord>> agents() = 0;                        // by name
    virtual Result<bool> setEnabled(const QString &name, bool enabled) = 0; // false: no such agent
};

// Members' requests and the team's logins (a team database only; the SQLite file has neither).
class RequestRepository {
public:
    virtual ~RequestRepository() = default;
    // A member's side: hands a request to the engines under the connection's login; the database refuses an approval
    // decision from a login that is not one of its approvers.
    virtual Result<qint64> submit(const QString &kind, const QString &payload) = 0;
    virtual Result<std::optional<RequestRecord>> request(qint64 id) = 0;
    virtual Result<bool> withdraw(qint64 id) = 0; // false when an engine has already begun it
    // Whether an engine that carries out requests is connected now (its connection says so: markEngine()).
    virtual Result<bool> engineConnected() = 0;
    // An engine's side: shows its connection as an engine's; then, inside its transaction, the oldest pending request
    // no other engine holds, locked.
    virtual void markEngine() = 0;
    virtual Result<bool> anyPending() = 0;
    virtual Result<std::optional<RequestRecord>> claimNext() = 0;
    // Whether `name` still holds a role of the team (a removed login's requests are not carried out).
    virtual Result<bool> holdsTeamRole(const QString &name) = 0;
    // The rights `name` acts with when another connection acts for them (a REST token's user): Full on a file and
    // on a team database without roles yet, else the role the database gives that login (Member for none).
    virtual Result<TeamRole> teamRoleOf(const QString &name) = 0;
    virtual Status finish(qint64 id, const QString &status, const QString &result, const QString &engine,
                          const QDateTime &at) = 0;
    // An engine's: the request as kept once carried out (without the credential it carried).
    virtual Status replacePayload(qint64 id, const QString &payload) = 0;
    // The team's logins (an admin's): `verifier` is a SCRAM verifier (passwordVerifier), empty for none.
    virtual Status addLogin(const QString &name, const QString &verifier, const QString &role) = 0;
    virtual Status removeLogin(const QString &name) = 0;
    virtual Result<QList<TeamLogin>> logins() = 0;
    virtual Result<QString> passwordVerifier(const QString &name, const QByteArray &password) = 0;
};

// A unit of storage: the repositories over one connection, and its transactions.
class Store {
public:
    virtual ~Store() = default;
    virtual QString location() const = 0; // file path or URL, for the status bar
    // The login a team database knows this connection by (its session_user): who acts in team mode. Empty for
    // the SQLite file, where the user is who they say (--user, $SLIPWAY_USER, the OS login).
    virtual QString login() const = 0;
    virtual TeamRole role() const = 0; // read once at open
    virtual Status transaction(const std::function<Status()> &work) = 0;
    // Changes when another connection commits (SQLite: PRAGMA data_version); engines poll it.
    virtual Result<qint64> changeCounter() = 0;
    // Calls `changed` on this store's thread, soon after any client commits a change, when the database can say so
    // (a team database: LISTEN/NOTIFY); false when it cannot (the SQLite file), and polling changeCounter() it is.
    virtual bool watchChanges(std::function<void()> changed) = 0;
    // How long one call waits for another process's write lock before it fails with ErrorKind::Busy: the budget
    // of a user's call (a few seconds), or one attempt of the engine's own writes, which try again (docs/security.md).
    virtual void setBusyTimeout(int ms) = 0;
    virtual PipelineRepository &pipelines() = 0;
    virtual ArtifactRepository &artifacts() = 0;
    virtual ReleaseRepository &releases() = 0;
    virtual DeploymentRepository &deployments() = 0;
    virtual AuditRepository &audit() = 0;
    virtual DirectoryRepository &directory() = 0;
    virtual ApprovalRepository &approvals() = 0;
    virtual VariableGroupRepository &variableGroups() = 0;
    virtual RequestRepository &requests() = 0;
    virtual AgentRepository &agents() = 0;
    // Seals and opens secret variable values (docs/security.md#secrets-at-rest).
    virtual const SecretBox &secrets() const = 0;
};

} // namespace slipway
