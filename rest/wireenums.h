#pragma once

#include <QJsonValue>
#include <QString>

#include <initializer_list>
#include <optional>
#include <vector>

namespace slipway::rest {

// One name table of Azure's wire enums: camelCase names out; numbers, numeric strings or names
// (case-insensitive; comma lists for flag enums) in. A number is taken as given, so a parsed value may
// lie outside the table: callers compare it with the enumerators and refuse the rest.
class WireTable final {
public:
    WireTable(const char *name, std::vector<std::pair<const char *, int>> values, bool flags)
        : m_name(name), m_values(std::move(values)), m_flags(flags) {}

    const char *name() const { return m_name; }
    QString nameOf(int value) const;
    std::optional<int> parse(const QJsonValue &value) const; // empty when nothing matches
    std::optional<int> parse(const QString &text) const;

private:
    const char *m_name;
    std::vector<std::pair<const char *, int>> m_values;
    bool m_flags;
};

// A wire enum as its typed values and its table, value <-> name.
template <typename E>
class WireEnum final {
public:
    WireEnum(const char *name, std::initializer_list<std::pair<const char *, E>> values, bool flags = false)
        : m_table(name, numbers(values), flags) {}

    const char *name() const { return m_table.name(); }
    QString nameOf(E value) const { return m_table.nameOf(int(value)); }
    std::optional<E> parse(const QJsonValue &value) const { return typed(m_table.parse(value)); }
    std::optional<E> parse(const QString &text) const { return typed(m_table.parse(text)); }

private:
    WireTable m_table;

    static std::optional<E> typed(std::optional<int> number) {
        return number ? std::optional<E>(E(*number)) : std::nullopt;
    }
    static std::vector<std::pair<const char *, int>> numbers(std::initializer_list<std::pair<const char *, E>> values) {
        std::vector<std::pair<const char *, int>> result;
        for (const auto &[name, value] : values)
            result.emplace_back(name, int(value));
        return result;
    }
};

namespace wire {

// The values as Azure numbers them; flag enums combine bits.
enum class EnvironmentStatus {
    Undefined = 0,
    NotStarted = 1,
    InProgress = 2,
    Succeeded = 4,
    Canceled = 8,
    Rejected = 16,
    Queued = 32,
    Scheduled = 64,
    PartiallySucceeded = 128
};
enum class ApprovalStatus {
    Undefined = 0,
    Pending = 1,
    Approved = 2,
    Rejected = 4,
    Reassigned = 6,
    Canceled = 7,
    Skipped = 8
};
enum class ReleaseStatus { Undefined = 0, Draft = 1, Active = 2, Abandoned = 4 };
enum class DeploymentStatus {
    Undefined = 0,
    NotDeployed = 1,
    InProgress = 2,
    Succeeded = 4,
    PartiallySucceeded = 8,
    Failed = 16,
    All = 31
};
enum class OperationStatus {
    Undefined = 0,
    Queued = 1,
    Scheduled = 2,
    Pending = 4,
    Approved = 8,
    Rejected = 16,
    Deferred = 32,
    QueuedForAgent = 64,
    PhaseInProgress = 128,
    PhaseSucceeded = 256,
    PhasePartiallySucceeded = 512,
    PhaseFailed = 1024,
    Canceled = 2048,
    PhaseCanceled = 4096,
    ManualInterventionPending = 8192,
    QueuedForPipeline = 16384,
    Cancelling = 32768,
    EvaluatingGates = 65536,
    GateFailed = 131072,
    All = 258047
};
enum class ApprovalType { Undefined = 0, PreDeploy = 1, PostDeploy = 2, All = 3 };
enum class ReleaseReason { None = 0, Manual = 1, ContinuousIntegration = 2, Schedule = 3, PullRequest = 4 };
enum class DeploymentReason { None = 0, Manual = 1, Automated = 2, Scheduled = 4, RedeployTrigger = 8 };
enum class ManualInterventionStatus {
    Unknown = 0,
    Pending = 1,
    Rejected = 2,
    Approved = 4,
    Canceled = 8,
    Bypassed = 16
};
enum class TaskStatus {
    Unknown = 0,
    Pending = 1,
    InProgress = 2,
    Success = 3,
    Failure = 4,
    Canceled = 5,
    Skipped = 6,
    Succeeded = 7,
    Failed = 8,
    PartiallySucceeded = 9
};
enum class GateStatus { None = 0, Pending = 1, InProgress = 2, Succeeded = 4, Failed = 8, Canceled = 16 };
enum class QueryOrder { Descending = 0, Ascending = 1 };
enum class ReleaseExpands {
    None = 0,
    Environments = 2,
    Artifacts = 4,
    Approvals = 8,
    ManualInterventions = 16,
    Variables = 32,
    Tags = 64
};
enum class ApprovalExecutionOrder { BeforeGates = 1, AfterSuccessfulGates = 2, AfterGatesAlways = 4 };

// Whether a flag value holds any bit of `flag` (a single flag or a combination).
template <typename E>
constexpr bool hasAny(E value, E flag) {
    return (int(value) & int(flag)) != 0;
}

extern const WireEnum<EnvironmentStatus> environmentStatus;
extern const WireEnum<ApprovalStatus> approvalStatus;
extern const WireEnum<ReleaseStatus> releaseStatus;
extern const WireEnum<DeploymentStatus> deploymentStatus;
extern const WireEnum<OperationStatus> operationStatus;
extern const WireEnum<ApprovalType> approvalType;
extern const WireEnum<ReleaseReason> releaseReason;
extern const WireEnum<DeploymentReason> deploymentReason;
extern const WireEnum<ManualInterventionStatus> manualInterventionStatus;
extern const WireEnum<TaskStatus> taskStatus;
extern const WireEnum<GateStatus> gateStatus;
extern const WireEnum<QueryOrder> queryOrder;
extern const WireEnum<ReleaseExpands> releaseExpands;
extern const WireEnum<ApprovalExecutionOrder> approvalExecutionOrder;

} // namespace wire

} // namespace slipway::rest
