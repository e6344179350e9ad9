#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>
#include <utility>

namespace slipway {

// The typed parts of a stage and its tasks. Every default of the pipeline file (docs/pipeline-format.md) is the
// initial value of a member here and nowhere else: the parser starts from a default-constructed spec and
// overwrites what the file writes, so the runtime and the REST layer never restate a default.

// A `{"KEY": "value"}` mapping, in key order.
using TextMap = QList<std::pair<QString, QString>>;

// An `httpRequest` task's inputs, also those of an `http` gate.
struct HttpRequestSpec final {
    QString method = QStringLiteral("GET");
    QString url;
    TextMap headers;
    QString body;
    QString successStatus = QStringLiteral("200-299");
    QString jsonPath; // empty: the body is not checked
    QString equals;
};

struct TaskSpec final {
    // SucceededOrFailed (Azure's) runs after a failure like Always; neither runs once the deployment is stopped.
    enum class Condition { Succeeded, Always, Failed, SucceededOrFailed };
    QString name;
    QString type; // script | command | copyFiles | httpRequest | delay | manualIntervention | azureTask
    bool enabled = true;
    Condition condition = Condition::Succeeded;
    qint64 timeoutSeconds = 60 * 60; // "60m"; a manual intervention waits this long
    bool continueOnError = false;

    QString script;                          // script
    QString shell = QStringLiteral("sh");    // script: sh | bash | pwsh
    QString program;                         // command
    QStringList arguments;                   // command
    std::optional<QString> workingDirectory; // script, command: relative to the deployment's folder
    TextMap env;                             // script, command
    QString from;                            // copyFiles
    QString pattern = QStringLiteral("**/*");
    QString to;
    bool overwrite = true;
    HttpRequestSpec http;       // httpRequest
    qint64 durationSeconds = 0; // delay
    QString instructions;       // manualIntervention
    QStringList approvers;      // manualIntervention: empty lets anyone answer
    bool resumeOnTimeout = false;
    QString azureTaskId;  // azureTask: the Azure task it stands for
    QString azureVersion; // azureTask
    TextMap azureInputs;  // azureTask

    // Every text field as written except name and type: what the Azure API shows as the task's inputs.
    TextMap textInputs;

    bool isManualIntervention() const { return type == QLatin1String("manualIntervention"); }
    bool isAzurePlaceholder() const { return type == QLatin1String("azureTask"); }
};

// succeeded | always | failed | succeededOrFailed, as the file writes it.
QString conditionName(TaskSpec::Condition condition);

// Not final: the runtime's ApprovalPolicy adds the kind.
struct ApprovalSpec {
    enum class Order { AnyOne, AllInSequence, AllAnyOrder };
    QStringList approvers; // user names and group:NAME
    Order order = Order::AnyOne;
    int requiredApproverCount = 0;          // allAnyOrder: approved once this many approve; 0 (or more than named): all
    qint64 timeoutSeconds = 30 * 24 * 3600; // "30d"
    bool requesterCannotApprove = true;
    bool skipIfApprovedInPreviousStage = false;
    bool revalidateIdentity = false;
};

// One gate: an `http` gate probes like an httpRequest task, a `script` gate like a script task.
struct GateCheckSpec final {
    QString name;
    QString type; // http | script
    TaskSpec probe;
};

// Not final: the runtime's GatePolicy adds the phase.
struct GateSpec {
    enum class ApprovalOrder { BeforeGates, AfterSuccessfulGates, AfterGatesAlways };
    static constexpr ApprovalOrder defaultOrderBeforeTasks = ApprovalOrder::BeforeGates;
    static constexpr ApprovalOrder defaultOrderAfterTasks = ApprovalOrder::AfterSuccessfulGates;
    qint64 delaySeconds = 0;
    qint64 samplingSeconds = 5 * 60;  // "5m"
    qint64 timeoutSeconds = 6 * 3600; // "6h"
    qint64 minSuccessSeconds = 0;
    ApprovalOrder approvalOrder = defaultOrderBeforeTasks; // the parser gives post gates their own default
    QList<GateCheckSpec> gates;
};

struct QueueSpec final {
    enum class Policy { AllInOrder, LatestOnly };
    int maxParallel = 0; // 0: no limit
    Policy policy = Policy::AllInOrder;
};

struct RetentionSpec final {
    int daysToKeep = 30;
    int minReleasesToKeep = 3;
};

// Branch and tag patterns (`*` wildcard) a version must match.
struct VersionFilterSpec final {
    QStringList includeBranches; // empty: any branch
    QStringList excludeBranches;
    QStringList tags; // all of them
};

struct ArtifactFilterSpec final {
    QString alias;
    VersionFilterSpec filter;
};

// When a new version of an artifact source creates a release (continuous deployment).
struct ArtifactTriggerSpec final {
    bool enabled = true;
    VersionFilterSpec filter;
};

// A weekly schedule as the file writes it: a release schedule of the pipeline or a stage's schedule.
// (The firing times are computed by the runtime's ScheduleSpec.)
struct ScheduleDefinition final {
    QList<int> days; // Qt::Monday (1) .. Qt::Sunday (7), in the file's order
    QTime time;      // invalid when the text is not HH:MM
    QString timeZone = QStringLiteral("UTC");
    bool onlyIfChanged = false; // release schedules only
};

} // namespace slipway
