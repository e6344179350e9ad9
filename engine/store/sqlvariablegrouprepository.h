#pragma once

#include "repositories.h"
#include "sqlconnection.h"

#include <QJsonArray>

namespace slipway {

class SqlVariableGroupRepository final : public VariableGroupRepository {
public:
    explicit SqlVariableGroupRepository(SqlConnection &connection) : m_db(connection) {}

    Result<QList<VariableGroupRecord>> groups() override;
    Result<std::optional<VariableGroupRecord>> group(qint64 id) override;
    Result<std::optional<VariableGroupRecord>> findGroup(const QString &name) override;
    Result<qint64> createGroup(const VariableGroupRecord &group) override;
    Status updateGroup(const VariableGroupRecord &group) override;
    Status deleteGroup(qint64 id) override;
    Status setLinks(qint64 pipelineId, const QList<VariableGroupLink> &links) override;
    Result<QList<VariableGroupUsage>> usage(qint64 groupId) override;
    Result<QList<VariableGroupLink>> links(qint64 pipelineId) override;

private:
    SqlConnection &m_db;

    Result<QList<VariableGroupRecord>> select(const QString &where, const QVariantList &values);
};

// The variables column of a group, a JSON array of [name, value, secret] entries, and the snapshot column of a
// release: an array of {id, group (its name), stage, entries}.
QJsonArray groupVariablesJson(const QList<GroupVariable> &variables);
QList<GroupVariable> groupVariablesOf(const QJsonArray &array);
QString releaseGroupsJson(const QList<ReleaseVariableGroup> &groups);
QList<ReleaseVariableGroup> releaseGroupsOf(const QVariant &column);

} // namespace slipway
