#include "azureshapes.h"

namespace slipway::rest {

// Azure's VariableGroup: a secret's value is null, as Azure itself answers.
QJsonObject AzureShapes::variableGroup(const VariableGroupRecord &group, const ProjectRecord &project) const {
    QJsonObject variables;
    for (const GroupVariable &variable : group.variables)
        variables.insert(variable.name, variable.secret ? QJsonObject{{QStringLiteral("value"), QJsonValue()},
                                                                      {QStringLiteral("isSecret"), true}}
                                                        : QJsonObject{{QStringLiteral("value"), variable.value}});
    const QJsonObject projectReference{{QStringLiteral("id"), QString::number(project.id)},
                                       {QStringLiteral("name"), project.name}};
    return {{QStringLiteral("variables"), variables},
            {QStringLiteral("id"), group.id},
            {QStringLiteral("type"), QStringLiteral("Vsts")},
            {QStringLiteral("name"), group.name},
            {QStringLiteral("description"), group.description},
            {QStringLiteral("createdBy"), person(group.createdBy)},
            {QStringLiteral("createdOn"), date(group.createdAt)},
            {QStringLiteral("modifiedBy"), person(group.modifiedBy)},
            {QStringLiteral("modifiedOn"), date(group.modifiedAt)},
            {QStringLiteral("isShared"), false},
            {QStringLiteral("variableGroupProjectReferences"),
             QJsonArray{QJsonObject{{QStringLiteral("projectReference"), projectReference},
                                    {QStringLiteral("name"), group.name},
                                    {QStringLiteral("description"), group.description}}}}};
}

// What a release snapshotted of the groups linked at `stage` (empty: the pipeline's), in the same shape.
QJsonArray AzureShapes::releaseVariableGroups(const ReleaseRecord &release, const QString &stage) const {
    QJsonArray groups;
    for (const ReleaseVariableGroup &snapshot : release.variableGroups) {
        if (snapshot.stage != stage)
            continue;
        QJsonObject variables;
        for (const GroupVariable &variable : snapshot.variables)
            variables.insert(variable.name, variable.secret ? QJsonObject{{QStringLiteral("value"), QJsonValue()},
                                                                          {QStringLiteral("isSecret"), true}}
                                                            : QJsonObject{{QStringLiteral("value"), variable.value}});
        groups.append(QJsonObject{{QStringLiteral("variables"), variables},
                                  {QStringLiteral("id"), snapshot.groupId},
                                  {QStringLiteral("type"), QStringLiteral("Vsts")},
                                  {QStringLiteral("name"), snapshot.name}});
    }
    return groups;
}

QJsonArray AzureShapes::variableGroupIds(const QStringList &names) const {
    QJsonArray ids;
    for (const QString &name : names)
        if (const std::optional<qint64> id = m_variableGroupId ? m_variableGroupId(name) : std::nullopt)
            ids.append(*id);
    return ids;
}

} // namespace slipway::rest
