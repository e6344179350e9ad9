#include "appsession.h"
#include "clioutput.h"
#include "commands.h"

#include <QFile>
#include <QJsonArray>

#include <cstdio>

namespace slipway::cli {

namespace {

Status usage(const Invocation &call, int count, const char *text) {
    const QString line = QStringLiteral("usage: slipway variable-group %1").arg(QLatin1String(text));
    if (call.words.size() < count)
        return Error::validation(line);
    if (call.words.size() > count)
        return Error::validation(QStringLiteral("unexpected argument \"%1\"; %2").arg(call.words.at(count), line));
    return {};
}

QJsonObject groupJson(const VariableGroupRecord &group, const QList<VariableGroupUsage> &usage) {
    QJsonArray variables;
    for (const GroupVariable &variable : group.variables)
        variables.append(QJsonObject{{QStringLiteral("name"), variable.name},
                                     {QStringLiteral("value"), variable.secret ? QJsonValue() : variable.value},
                                     {QStringLiteral("secret"), variable.secret}});
    QJsonArray usedBy;
    for (const VariableGroupUsage &use : usage)
        usedBy.append(QJsonObject{{QStringLiteral("pipelineId"), use.pipelineId},
                                  {QStringLiteral("pipeline"), use.pipelineName},
                                  {QStringLiteral("stage"), use.stage.isEmpty() ? QJsonValue() : use.stage}});
    return {{QStringLiteral("id"), group.id},
            {QStringLiteral("name"), group.name},
            {QStringLiteral("description"), group.description},
            {QStringLiteral("variables"), variables},
            {QStringLiteral("createdBy"), group.createdBy},
            {QStringLiteral("createdAt"), isoTime(group.createdAt)},
            {QStringLiteral("modifiedBy"), group.modifiedBy},
            {QStringLiteral("modifiedAt"), isoTime(group.modifiedAt)},
            {QStringLiteral("usedBy"), usedBy}};
}

// The value of `set`: "-" reads standard input (so that a secret is not in the shell's history), without the one
// line end a pipe or a terminal adds.
QString valueOf(const QString &word) {
    if (word != QLatin1String("-"))
        return word;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QString value = QString::fromUtf8(in.readAll());
    if (value.endsWith(QLatin1Char('\n')))
        value.chop(value.endsWith(QLatin1String("\r\n")) ? 2 : 1);
    return value;
}

Status printGroup(const Invocation &call, const VariableGroupRecord &group) {
    Result<QList<VariableGroupUsage>> usage = call.session.services().variableGroups.usage(group.id);
    if (!usage)
        return usage.error();
    if (call.json) {
        printJson(call.out, groupJson(group, *usage));
        return {};
    }
    call.out << "Variable group " << group.id << " \"" << group.name << "\"\n";
    if (!group.description.isEmpty())
        call.out << "Description: " << group.description << "\n";
    call.out << "Modified " << isoTime(group.modifiedAt) << " by " << group.modifiedBy << "\n";
    call.out << "Variables:\n";
    for (const GroupVariable &variable : group.variables)
        call.out << "  " << variable.name << " = "
                 << (variable.secret ? QStringLiteral("*** (secret)") : variable.value) << "\n";
    if (group.variables.isEmpty())
        call.out << "  (none)\n";
    call.out << "Used by:\n";
    for (const VariableGroupUsage &use : std::as_const(*usage))
        call.out << "  " << use.pipelineName << (use.stage.isEmpty() ? QString() : QStringLiteral(" / ") + use.stage)
                 << "\n";
    if (usage->isEmpty())
        call.out << "  (no pipeline)\n";
    return {};
}

} // namespace

Status variableGroupAdd(const Invocation &call) {
    if (Status ok = usage(call, 1, "add NAME [--description TEXT]"); !ok)
        return ok;
    Result<VariableGroupRecord> group = call.session.services().variableGroups.create(
        call.words.first(), call.options.value(QStringLiteral("description")), {}, call.session.identity());
    if (!group)
        return group.error();
    if (call.json)
        printJson(call.out, groupJson(*group, {}));
    else
        call.out << "Created variable group " << group->id << " \"" << group->name << "\"\n";
    return {};
}

Status variableGroupSet(const Invocation &call) {
    if (Status ok = usage(call, 3, "set NAME VARIABLE VALUE [--secret] (VALUE - reads standard input)"); !ok)
        return ok;
    VariableGroupUpdate change;
    change.set.append({call.words.at(1), valueOf(call.words.at(2)), call.options.isSet(QStringLiteral("secret"))});
    Result<VariableGroupRecord> group =
        call.session.services().variableGroups.update(call.words.first(), change, call.session.identity());
    if (!group)
        return group.error();
    if (call.json)
        return printGroup(call, *group);
    call.out << "Set " << call.words.at(1) << (change.set.first().secret ? " (secret)" : "") << " in variable group \""
             << group->name << "\"\n";
    return {};
}

Status variableGroupUnset(const Invocation &call) {
    if (Status ok = usage(call, 2, "unset NAME VARIABLE"); !ok)
        return ok;
    VariableGroupUpdate change;
    change.unset.append(call.words.at(1));
    Result<VariableGroupRecord> group =
        call.session.services().variableGroups.update(call.words.first(), change, call.session.identity());
    if (!group)
        return group.error();
    if (call.json)
        return printGroup(call, *group);
    call.out << "Removed " << call.words.at(1) << " from variable group \"" << group->name << "\"\n";
    return {};
}

Status variableGroupList(const Invocation &call) {
    if (Status ok = usage(call, 0, "list"); !ok)
        return ok;
    Result<QList<VariableGroupRecord>> groups = call.session.services().variableGroups.list();
    if (!groups)
        return groups.error();
    if (call.json) {
        QJsonArray all;
        for (const VariableGroupRecord &group : std::as_const(*groups)) {
            Result<QList<VariableGroupUsage>> usage = call.session.services().variableGroups.usage(group.id);
            if (!usage)
                return usage.error();
            all.append(groupJson(group, *usage));
        }
        printJson(call.out, all);
        return {};
    }
    for (const VariableGroupRecord &group : std::as_const(*groups))
        call.out << group.id << "\t" << group.name << "\t" << group.variables.size() << " variables\t"
                 << group.description << "\n";
    return {};
}

Status variableGroupShow(const Invocation &call) {
    if (Status ok = usage(call, 1, "show NAME"); !ok)
        return ok;
    Result<VariableGroupRecord> group = call.session.services().variableGroups.get(call.words.first());
    if (!group)
        return group.error();
    return printGroup(call, *group);
}

Status variableGroupRemove(const Invocation &call) {
    if (Status ok = usage(call, 1, "remove NAME"); !ok)
        return ok;
    if (Status removed = call.session.services().variableGroups.remove(call.words.first(), call.session.identity());
        !removed)
        return removed;
    if (!call.json)
        call.out << "Removed variable group \"" << call.words.first() << "\"\n";
    else
        printJson(call.out, QJsonObject{{QStringLiteral("removed"), call.words.first()}});
    return {};
}

} // namespace slipway::cli
