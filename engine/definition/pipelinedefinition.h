#pragma once

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
    QString path;       // folder
    QString pattern;    // folder; "*" when left out
    QString repository; // git
    QString tagPattern; // git
    QJsonObject raw;
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
    QList<VariableDefinition> variables;
    QJsonArray tasks;
    QJsonObject raw;
};

// The typed view of a valid definition. `document` is the parsed JSON it came from; its
// canonical bytes are what the store keeps per revision and what `pipeline export` writes.
struct PipelineDefinition final {
    QString name;
    QString folder = QStringLiteral("/");
    QString description;
    QString releaseNameFormat;
    QList<VariableDefinition> variables;
    QList<ArtifactSourceDefinition> artifacts;
    QList<StageDefinition> stages;
    QJsonObject document;

    const ArtifactSourceDefinition *primaryArtifact() const;
    const ArtifactSourceDefinition *artifact(const QString &alias) const;
    const StageDefinition *stage(const QString &name) const;
    const VariableDefinition *variable(const QString &name) const; // case-insensitive
};

} // namespace slipway
