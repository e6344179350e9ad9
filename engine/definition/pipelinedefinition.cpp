#include "pipelinedefinition.h"

namespace slipway {

const TaskSpec *StageDefinition::task(qsizetype index) const {
    return index >= 0 && index < tasks.size() ? &tasks.at(index) : nullptr;
}

const ArtifactSourceDefinition *PipelineDefinition::primaryArtifact() const {
    for (const ArtifactSourceDefinition &source : artifacts)
        if (source.primary)
            return &source;
    return artifacts.isEmpty() ? nullptr : &artifacts.first();
}

const ArtifactSourceDefinition *PipelineDefinition::artifact(const QString &alias) const {
    for (const ArtifactSourceDefinition &source : artifacts)
        if (source.alias == alias)
            return &source;
    return nullptr;
}

const StageDefinition *PipelineDefinition::stage(const QString &name) const {
    for (const StageDefinition &candidate : stages)
        if (candidate.name == name)
            return &candidate;
    return nullptr;
}

const VariableDefinition *PipelineDefinition::variable(const QString &name) const {
    for (const VariableDefinition &candidate : variables)
        if (candidate.name.compare(name, Qt::CaseInsensitive) == 0)
            return &candidate;
    return nullptr;
}

} // namespace slipway
