#pragma once

#include "specs.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

struct VariableDefinition final {
    QString name;
    QString value;
    bool secret = false;
    bool settableAtRelease = false;
};

struct ArtifactSourceDefinition final {
    QString alias;
    QString type; // folder | git | push
    bool primary = false;
    QString path; // folder
    QString pattern = QStringLiteral("*");
    QString repository; // git
    QString tagPattern = QStringLiteral("*");
    std::optional<ArtifactTriggerSpec> trigger;
    QJsonObject settings; // the source as written: what the store keeps, read back with artifactSourceOf()
};

struct StageTrigger final {
    enum class Type { AfterRelease, AfterStages, Manual };
    Type type = Type::Manual;
    QStringList stages;
    bool onPartialSuccess = false;
};

struct StageDefinition final {
    QString name;
    int rank = 0; // position in the file, from 1
    StageTrigger trigger;
    QList<ArtifactFilterSpec> artifactFilters;
    std::optional<ScheduleDefinition> schedule;
    QueueSpec queue;
    QString pool;    // the agents that may run its tasks (docs/agents.md); empty: any engine
    TextMap demands; // capability = value an agent of the pool must have ("" : only that it has the capability)
    std::optional<ApprovalSpec> preApprovals;
    std::optional<GateSpec> preGates;
    std::optional<ApprovalSpec> postApprovals;
    std::optional<GateSpec> postGates;
    QList<VariableDefinition> variables;
    QStringList variableGroups; // names of the library's variable groups, in the file's order
    QList<TaskSpec> tasks;
    RetentionSpec retention;

    const TaskSpec *task(qsizetype index) const; // null when out of range
};

// The typed view of a valid definition. `document` is the parsed JSON it came from; its
// canonical bytes are what the store keeps per revision and what `pipeline export` writes.
struct PipelineDefinition final {
    QString name;
    QString folder = QStringLiteral("/");
    QString description;
    QString releaseNameFormat;
    QList<VariableDefinition> variables;
    QStringList variableGroups; // names of the library's variable groups, in the file's order
    QList<ArtifactSourceDefinition> artifacts;
    QList<ScheduleDefinition> schedules; // each creates releases
    QList<StageDefinition> stages;
    QJsonObject document;

    const ArtifactSourceDefinition *primaryArtifact() const;
    const ArtifactSourceDefinition *artifact(const QString &alias) const;
    const StageDefinition *stage(const QString &name) const;
    const VariableDefinition *variable(const QString &name) const; // case-insensitive
};

} // namespace slipway
