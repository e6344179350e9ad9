#pragma once

#include "repositories.h"
#include "sqlconnection.h"

namespace slipway {

class SqlDirectoryRepository final : public DirectoryRepository {
public:
    explicit SqlDirectoryRepository(SqlConnection &connection) : m_db(connection) {}

    Result<QStringList> userNames() override { return names(QStringLiteral("SELECT name FROM users ORDER BY name")); }
    Result<QStringList> groupNames() override {
        return names(QStringLiteral("SELECT name FROM user_groups ORDER BY name"));
    }
    Result<QStringList> groupMembers(const QString &group) override;
    Result<qint64> addUser(const QString &name, const QString &displayName, const QDateTime &at) override;
    Status setAdmin(const QString &user, bool admin) override;
    Result<bool> isAdmin(const QString &user) override;
    Result<qint64> addGroup(const QString &name, const QDateTime &at) override;
    Status addMember(const QString &group, const QString &user) override;
    Result<QStringList> groupsOf(const QString &user) override;
    Result<qint64> addToken(const QString &user, const QString &name, const QString &hash,
                            const QDateTime &at) override;
    Result<bool> revokeToken(qint64 id, const QDateTime &at) override;
    Result<std::optional<QString>> tokenUser(const QString &hash) override;
    Result<QList<TokenRecord>> tokens(const QString &user) override;

private:
    SqlConnection &m_db;
    Result<QStringList> names(const QString &sql, const QVariantList &values = {});
};

} // namespace slipway
