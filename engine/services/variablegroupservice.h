#pragma once

#include "core/identity.h"
#include "definition/pipelinedefinition.h"
#include "definition/problem.h"
#include "services/enginecontext.h"

#include <optional>

namespace slipway {

// A variable as a caller gives it. A secret given without a value (nullopt or "") keeps the value it has.
struct GroupVariableInput final {
    QString name;
    std::optional<QString> value;
    bool secret = false;
};

struct VariableGroupUpdate final {
    std::optional<QString> description;
    std::optional<QList<GroupVariableInput>> variables; // the whole list, replacing the group's
    QList<GroupVariableInput> set;                      // added, or replacing the one of the same name
    QStringList unset;                                  // removed by name (case-insensitive); unknown ones refused
};

// The Library's variable groups (docs/user-guide.md#library): named sets of plain and secret variables that
// pipelines and stages link by name and releases snapshot. Secret values are sealed before they are stored and
// never leave this service: what it returns has each secret's value empty.
class VariableGroupService final {
public:
    explicit VariableGroupService(EngineContext context) : m_context(context) {}
    Q_DISABLE_COPY_MOVE(VariableGroupService)

    Result<VariableGroupRecord> create(const QString &name, const QString &description,
                                       const QList<GroupVariableInput> &variables, const Identity &actor);
    Result<VariableGroupRecord> update(const QString &nameOrId, const VariableGroupUpdate &change,
                                       const Identity &actor);
    // Refused (Conflict) while a pipeline links the group.
    Status remove(const QString &nameOrId, const Identity &actor);
    Result<QList<VariableGroupRecord>> list();
    Result<VariableGroupRecord> get(const QString &nameOrId);
    Result<QList<VariableGroupUsage>> usage(qint64 groupId);

private:
    EngineContext m_context;

    Result<VariableGroupRecord> stored(const QString &nameOrId);
    Status audit(const QString &action, const VariableGroupRecord &group, const Identity &actor);
};

// What a release keeps of the groups its definition links, read in the caller's transaction: each group's variables
// as they are now, secrets still sealed; the pipeline's groups first, then each stage's. NotFound for a group that
// no longer exists.
Result<QList<ReleaseVariableGroup>> snapshotVariableGroups(Store &store, const PipelineDefinition &definition);

// The links a definition makes, resolved in the caller's transaction. A group that does not exist is created empty
// when `createMissing` (its name lands in `created`) and otherwise a problem `variableGroups[0]: unknown variable
// group "X"` (stages too).
Result<QList<VariableGroupLink>> resolveVariableGroupLinks(Store &store, const PipelineDefinition &definition,
                                                           bool createMissing, const Identity &actor,
                                                           const QDateTime &at, QStringList &created,
                                                           QList<Problem> &problems);

// The group with each secret's value left out: what callers may see.
VariableGroupRecord withoutSecretValues(VariableGroupRecord group);

} // namespace slipway
