#pragma once

#include "pipelinedefinition.h"
#include "problem.h"

#include <QByteArray>

#include <optional>

namespace slipway {

// Users and groups that approvers may name. Passed when the store knows them.
struct KnownPrincipals final {
    QStringList users;
    QStringList groups;
};

struct ParsedPipeline final {
    std::optional<PipelineDefinition> definition; // set when there are no errors (warnings allowed)
    QList<Problem> problems;

    bool ok() const { return definition.has_value(); }
    QStringList errorMessages() const;
};

ParsedPipeline parsePipeline(const QByteArray &json, const KnownPrincipals *principals = nullptr);
ParsedPipeline parsePipeline(const QJsonObject &document, const KnownPrincipals *principals = nullptr);

// The stable export form (docs/pipeline-format.md): identical bytes for an unchanged pipeline.
QByteArray exportPipeline(const PipelineDefinition &definition);

} // namespace slipway
