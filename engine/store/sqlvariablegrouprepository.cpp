#include "sqlvariablegrouprepository.h"

#include "sqlvalues.h"

namespace slipway {

QJsonArray groupVariablesJson(const QList<GroupVariable> &variables) {
    QJsonArray array;
    for (const GroupVariable &variable : variables)
        array.append(QJsonArray{variable.name, variable.value, variable.secret});
    return array;
}

QList<GroupVariable> groupVariablesOf(const QJsonArray &array) {
    QList<GroupVariable> variables;
    for (const QJsonValue &value : array) {
        const QJsonArray entry = value.toArray();
        variables.append({entry.at(0).toString(), entry.at(1).toString(), entry.at(2).toBool()});
    }
    return variables;
}

QString releaseGroupsJson(const QList<ReleaseVariableGroup> &groups) {
    QJsonArray array;
    for (const ReleaseVariableGroup &group : groups)
        array.append(QJsonObject{{QStringLiteral("id"), group.groupId},
                                 {QStringLiteral("group"), group.name},
                                 {QStringLiteral("stage"), group.stage},
                                 {QStringLiteral("entries"), groupVariablesJson(group.variables)}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ReleaseVariableGroup> releaseGroupsOf(const QVariant &column) {
    QList<ReleaseVariableGroup> groups;
    if (column.toString() == QLatin1String("[]")) // the common case, without a JSON parse
        return groups;
    for (const QJsonValue &value : QJsonDocument::fromJson(column.toString().toUtf8()).array()) {
        const QJsonObject object = value.toObject();
        groups.append({object.value(QLatin1String("id")).toInteger(), object.value(QLatin1String("group")).toString(),
                       object.value(QLatin1String("stage")).toString(),
                       groupVariablesOf(object.value(QLatin1String("entries")).toArray())});
    }
    return groups;
}

Result<QList<VariableGroupRecord>> SqlVariableGroupRepository::select(const QString &where,
                                                                         const QVariantList &values) {
    Result<SqlCursor *> query = m_db.exec(QStringLiteral("SELECT id, name, description, variables, created_by, "
                                                         "created_at, modified_by, modified_at FROM variable_groups ") +
                                              where,
                                          values);
    if (!query)
        return query.error();
    QList<VariableGroupRecord> rows;
    SqlCursor &q = **query;
    while (q.next()) {
        VariableGroupRecord group;
        group.id = q.value(0).toLongLong();
        group.name = q.value(1).toString();
        group.description = q.value(2).toString();
        group.variables = groupVariablesOf(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array());
        group.createdBy = q.value(4).toString();
        group.createdAt = sql::time(q.value(5));
        group.modifiedBy = q.value(6).toString();
        group.modifiedAt = sql::time(q.value(7));
        rows << group;
    }
    q.finish();
    return rows;
}

Result<QList<VariableGroupRecord>> SqlVariableGroupRepository::groups() {
    return select(QStringLiteral("ORDER BY name COLLATE NOCASE, id"), {});
}

Result<std::optional<VariableGroupRecord>> SqlVariableGroupRepository::group(qint64 id) {
    Result<QList<VariableGroupRecord>> rows = select(QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<VariableGroupRecord>() : rows->first();
}

Result<std::optional<VariableGroupRecord>> SqlVariableGroupRepository::findGroup(const QString &name) {
    Result<QList<VariableGroupRecord>> rows = select(QStringLiteral("WHERE name = ?"), {name}); // NOCASE column
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<VariableGroupRecord>() : rows->first();
}

Result<qint64> SqlVariableGroupRepository::createGroup(const VariableGroupRecord &group) {
    Result<QVariant> inserted = m_db.scalar(
        QStringLiteral("INSERT INTO variable_groups (name, description, variables, created_by, created_at, "
                       "modified_by, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING "
                       "RETURNING id"),
        {group.name, group.description,
         QString::fromUtf8(QJsonDocument(groupVariablesJson(group.variables)).toJson(QJsonDocument::Compact)),
         group.createdBy, sql::time(group.createdAt), group.modifiedBy, sql::time(group.modifiedAt)});
    if (!inserted)
        return inserted.error();
    if (!inserted->isValid())
        return Error::conflict(QT_TRANSLATE_NOOP("Engine", "a variable group named \"%1\" already exists"),
                               {group.name});
    return inserted->toLongLong();
}

Status SqlVariableGroupRepository::updateGroup(const VariableGroupRecord &group) {
    return m_db.execOnly(
        QStringLiteral("UPDATE variable_groups SET description = ?, variables = ?, modified_by = ?, modified_at = ? "
                       "WHERE id = ?"),
        {group.description,
         QString::fromUtf8(QJsonDocument(groupVariablesJson(group.variables)).toJson(QJsonDocument::Compact)),
         group.modifiedBy, sql::time(group.modifiedAt), group.id});
}

Status SqlVariableGroupRepository::deleteGroup(qint64 id) {
    return m_db.execOnly(QStringLiteral("DELETE FROM variable_groups WHERE id = ?"), {id});
}

Status SqlVariableGroupRepository::setLinks(qint64 pipelineId, const QList<VariableGroupLink> &links) {
    if (Status cleared =
            m_db.execOnly(QStringLiteral("DELETE FROM pipeline_variable_groups WHERE pipeline_id = ?"), {pipelineId});
        !cleared)
        return cleared;
    int position = 0;
    for (const VariableGroupLink &link : links)
        if (Status added =
                m_db.execOnly(QStringLiteral("INSERT INTO pipeline_variable_groups (pipeline_id, stage_name, "
                                             "group_id, position) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                              {pipelineId, link.stage, link.groupId, ++position});
            !added)
            return added;
    return {};
}

Result<QList<VariableGroupUsage>> SqlVariableGroupRepository::usage(qint64 groupId) {
    Result<SqlCursor *> query =
        m_db.exec(QStringLiteral("SELECT l.pipeline_id, p.name, l.stage_name FROM pipeline_variable_groups l "
                                 "JOIN pipelines p ON p.id = l.pipeline_id WHERE l.group_id = ? "
                                 "ORDER BY p.name COLLATE NOCASE, l.pipeline_id, l.position"),
                  {groupId});
    if (!query)
        return query.error();
    QList<VariableGroupUsage> rows;
    SqlCursor &q = **query;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    q.finish();
    return rows;
}

Result<QList<VariableGroupLink>> SqlVariableGroupRepository::links(qint64 pipelineId) {
    Result<SqlCursor *> query = m_db.exec(QStringLiteral("SELECT group_id, stage_name FROM pipeline_variable_groups "
                                                         "WHERE pipeline_id = ? ORDER BY position"),
                                          {pipelineId});
    if (!query)
        return query.error();
    QList<VariableGroupLink> rows;
    SqlCursor &q = **query;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString()});
    q.finish();
    return rows;
}

} // namespace slipway
