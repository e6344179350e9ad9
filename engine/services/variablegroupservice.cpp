#include "variablegroupservice.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace slipway {

namespace {

constexpr qsizetype maxNameLength = 256;

// The names a task's $(name) can refer to.
bool isVariableName(const QString &name) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.\\-]+$"));
    return pattern.match(name).hasMatch();
}

Status checkGroupName(const QString &name) {
    if (name.trimmed().isEmpty())
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "a variable group needs a name"));
    if (name != name.trimmed() || name.size() > maxNameLength)
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "\"%1\" is not a valid variable group name (no leading "
                                                             "or trailing spaces, at most 256 characters)"),
                                 {name});
    return {};
}

qsizetype indexOf(const QList<GroupVariable> &variables, const QString &name) {
    for (qsizetype i = 0; i < variables.size(); ++i)
        if (variables[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

// `input` applied over `current` (the group's variable of that name, if any): sealed when secret; a secret given
// without a value keeps the current one.
Result<GroupVariable> applied(const GroupVariableInput &input, const GroupVariable *current, const SecretBox &box) {
    if (!isVariableName(input.name))
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "\"%1\" is not a valid variable name (use letters, "
                                                             "digits, '.', '_' and '-')"),
                                 {input.name});
    GroupVariable variable{input.name, input.value.value_or(QString()), input.secret};
    if (!input.secret)
        return variable;
    if (variable.value.isEmpty()) {
        variable.value = current && current->secret ? current->value : QString();
        return variable;
    }
    Result<QString> sealed = box.seal(variable.value);
    if (!sealed)
        return sealed.error();
    variable.value = *sealed;
    return variable;
}

QJsonObject auditDetails(const VariableGroupRecord &group) {
    QStringList plain, secret;
    for (const GroupVariable &variable : group.variables)
        (variable.secret ? secret : plain) << variable.name;
    return {{QStringLiteral("name"), group.name},
            {QStringLiteral("variables"), QJsonArray::fromStringList(plain)},
            {QStringLiteral("secrets"), QJsonArray::fromStringList(secret)}};
}

Status applyUpdate(VariableGroupRecord &group, const VariableGroupUpdate &change, const SecretBox &box) {
    if (change.description)
        group.description = *change.description;
    if (change.variables) {
        QList<GroupVariable> replaced;
        for (const GroupVariableInput &input : *change.variables) {
            if (indexOf(replaced, input.name) >= 0)
                return Error::validation(QT_TRANSLATE_NOOP("Engine", "variable \"%1\" is listed twice"), {input.name});
            const qsizetype at = indexOf(group.variables, input.name);
            Result<GroupVariable> variable = applied(input, at >= 0 ? &group.variables[at] : nullptr, box);
            if (!variable)
                return variable.error();
            replaced << *variable;
        }
        group.variables = replaced;
    }
    for (const GroupVariableInput &input : change.set) {
        const qsizetype at = indexOf(group.variables, input.name);
        Result<GroupVariable> variable = applied(input, at >= 0 ? &group.variables[at] : nullptr, box);
        if (!variable)
            return variable.error();
        if (at >= 0) {
            variable->name = group.variables[at].name; // set by name: the case it was added with stays
            group.variables[at] = *variable;
        } else
            group.variables << *variable;
    }
    for (const QString &name : change.unset) {
        const qsizetype at = indexOf(group.variables, name);
        if (at < 0)
            return Error::notFound(QT_TRANSLATE_NOOP("Engine", "variable group \"%1\" has no variable \"%2\""),
                                   {group.name, name});
        group.variables.removeAt(at);
    }
    return {};
}

} // namespace

VariableGroupRecord withoutSecretValues(VariableGroupRecord group) {
    for (GroupVariable &variable : group.variables)
        if (variable.secret)
            variable.value.clear();
    return group;
}

Result<VariableGroupRecord> VariableGroupService::stored(const QString &nameOrId) {
    Result<std::optional<VariableGroupRecord>> found = m_context.store.variableGroups().findGroup(nameOrId);
    if (!found)
        return found.error();
    bool isNumber = false;
    const qint64 id = nameOrId.toLongLong(&isNumber);
    if (!found->has_value() && isNumber) // a name first: a group may be named "42"
        found = m_context.store.variableGroups().group(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "variable group \"%1\" not found"), {nameOrId});
    return **found;
}

Status VariableGroupService::audit(const QString &action, const VariableGroupRecord &group, const Identity &actor) {
    return recordAudit(m_context.store.audit(), {0, m_context.clock.now(), actor.userName, action,
                                                 QStringLiteral("variableGroup"), group.id, auditDetails(group)});
}

Result<VariableGroupRecord> VariableGroupService::create(const QString &name, const QString &description,
                                                         const QList<GroupVariableInput> &variables,
                                                         const Identity &actor) {
    if (Status ok = checkGroupName(name); !ok)
        return ok.error();
    VariableGroupRecord group;
    group.name = name;
    group.createdBy = group.modifiedBy = actor.userName;
    group.createdAt = group.modifiedAt = m_context.clock.now();
    VariableGroupUpdate initial;
    initial.description = description;
    initial.variables = variables;
    if (Status ok = applyUpdate(group, initial, m_context.store.secrets()); !ok)
        return ok.error();
    const Status written = m_context.store.transaction([&]() -> Status {
        Result<qint64> id = m_context.store.variableGroups().createGroup(group);
        if (!id)
            return id.error();
        group.id = *id;
        return audit(QStringLiteral("variableGroup.created"), group, actor);
    });
    if (!written)
        return written.error();
    Q_EMIT m_context.notifier.variableGroupChanged(group.id);
    return withoutSecretValues(group);
}

Result<VariableGroupRecord> VariableGroupService::update(const QString &nameOrId, const VariableGroupUpdate &change,
                                                         const Identity &actor) {
    VariableGroupRecord group;
    const Status written = m_context.store.transaction([&]() -> Status {
        Result<VariableGroupRecord> current = stored(nameOrId);
        if (!current)
            return current.error();
        group = *current;
        if (Status ok = applyUpdate(group, change, m_context.store.secrets()); !ok)
            return ok;
        group.modifiedBy = actor.userName;
        group.modifiedAt = m_context.clock.now();
        if (Status ok = m_context.store.variableGroups().updateGroup(group); !ok)
            return ok;
        return audit(QStringLiteral("variableGroup.updated"), group, actor);
    });
    if (!written)
        return written.error();
    Q_EMIT m_context.notifier.variableGroupChanged(group.id);
    return withoutSecretValues(group);
}

Status VariableGroupService::remove(const QString &nameOrId, const Identity &actor) {
    qint64 removed = 0;
    const Status written = m_context.store.transaction([&]() -> Status {
        Result<VariableGroupRecord> group = stored(nameOrId);
        if (!group)
            return group.error();
        Result<QList<VariableGroupUsage>> users = m_context.store.variableGroups().usage(group->id);
        if (!users)
            return users.error();
        if (!users->isEmpty()) {
            QStringList where;
            for (const VariableGroupUsage &use : std::as_const(*users))
                where << (use.stage.isEmpty()
                              ? QStringLiteral("\"%1\"").arg(use.pipelineName)
                              : QStringLiteral("\"%1\" (stage \"%2\")").arg(use.pipelineName, use.stage));
            where.removeDuplicates();
            return Error::conflict(QT_TRANSLATE_NOOP("Engine", "variable group \"%1\" is linked by pipeline %2: "
                                                               "remove it from their variableGroups first"),
                                   {group->name, where.join(QStringLiteral(", "))});
        }
        if (Status ok = m_context.store.variableGroups().deleteGroup(group->id); !ok)
            return ok;
        removed = group->id;
        return audit(QStringLiteral("variableGroup.deleted"), *group, actor);
    });
    if (written)
        Q_EMIT m_context.notifier.variableGroupChanged(removed);
    return written;
}

Result<QList<VariableGroupRecord>> VariableGroupService::list() {
    Result<QList<VariableGroupRecord>> groups = m_context.store.variableGroups().groups();
    if (!groups)
        return groups.error();
    for (VariableGroupRecord &group : *groups)
        group = withoutSecretValues(group);
    return groups;
}

Result<VariableGroupRecord> VariableGroupService::get(const QString &nameOrId) {
    Result<VariableGroupRecord> group = stored(nameOrId);
    if (!group)
        return group.error();
    return withoutSecretValues(*group);
}

Result<QList<VariableGroupUsage>> VariableGroupService::usage(qint64 groupId) {
    return m_context.store.variableGroups().usage(groupId);
}

Result<QList<ReleaseVariableGroup>> snapshotVariableGroups(Store &store, const PipelineDefinition &definition) {
    QList<ReleaseVariableGroup> snapshot;
    auto add = [&](const QStringList &names, const QString &stage) -> Status {
        for (const QString &name : names) {
            Result<std::optional<VariableGroupRecord>> group = store.variableGroups().findGroup(name);
            if (!group)
                return group.error();
            if (!group->has_value())
                return Error::notFound(
                    QT_TRANSLATE_NOOP("Engine", "variable group \"%1\" linked by pipeline \"%2\" no longer exists"),
                    {name, definition.name});
            snapshot.append({(*group)->id, (*group)->name, stage, (*group)->variables});
        }
        return {};
    };
    if (Status ok = add(definition.variableGroups, QString()); !ok)
        return ok.error();
    for (const StageDefinition &stage : definition.stages)
        if (Status ok = add(stage.variableGroups, stage.name); !ok)
            return ok.error();
    return snapshot;
}

Result<QList<VariableGroupLink>> resolveVariableGroupLinks(Store &store, const PipelineDefinition &definition,
                                                           bool createMissing, const Identity &actor,
                                                           const QDateTime &at, QStringList &created,
                                                           QList<Problem> &problems) {
    QList<VariableGroupLink> links;
    auto resolve = [&](const QStringList &names, const QString &stage, const QString &path) -> Status {
        for (qsizetype i = 0; i < names.size(); ++i) {
            Result<std::optional<VariableGroupRecord>> group = store.variableGroups().findGroup(names[i]);
            if (!group)
                return group.error();
            if (group->has_value()) {
                links.append({(*group)->id, stage});
                continue;
            }
            if (!createMissing) {
                const char *source = QT_TRANSLATE_NOOP("Engine", "unknown variable group \"%1\"");
                problems.append({Problem::Severity::Error,
                                 indexPath(joinPath(path, QStringLiteral("variableGroups")), i),
                                 Error::fill(QString::fromUtf8(source), {names[i]}),
                                 source,
                                 {names[i]}});
                continue;
            }
            if (Status ok = checkGroupName(names[i]); !ok)
                return ok;
            VariableGroupRecord empty;
            empty.name = names[i];
            empty.createdBy = empty.modifiedBy = actor.userName;
            empty.createdAt = empty.modifiedAt = at;
            Result<qint64> id = store.variableGroups().createGroup(empty);
            if (!id)
                return id.error();
            empty.id = *id;
            if (Status ok = recordAudit(store.audit(), {0, at, actor.userName, QStringLiteral("variableGroup.created"),
                                                        QStringLiteral("variableGroup"), *id, auditDetails(empty)});
                !ok)
                return ok;
            created << empty.name;
            links.append({*id, stage});
        }
        return {};
    };
    if (Status ok = resolve(definition.variableGroups, QString(), QString()); !ok)
        return ok.error();
    for (qsizetype s = 0; s < definition.stages.size(); ++s)
        if (Status ok = resolve(definition.stages[s].variableGroups, definition.stages[s].name,
                                indexPath(QStringLiteral("stages"), s));
            !ok)
            return ok.error();
    return links;
}

} // namespace slipway
