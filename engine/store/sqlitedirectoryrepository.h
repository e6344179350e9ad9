#pragma once

#include "repositories.h"
#include "sqliteconnection.h"

namespace slipway {

class SqliteDirectoryRepository final : public DirectoryRepository {
public:
    explicit SqliteDirectoryRepository(SqliteConnection &connection) : m_db(connection) {}

    Result<QStringList> userNames() override { return names(QStringLiteral("SELECT name FROM users ORDER BY name")); }
    Result<QStringList> groupNames() override {
        return names(QStringLiteral("SELECT name FROM user_groups ORDER BY name"));
    }
    Result<QStringList> groupMembers(const QString &group) override;
    Result<qint64> addUser(const QString &name, const QString &displayName, const QDateTime &at) override;

private:
    SqliteConnection &m_db;
    Result<QStringList> names(const QString &sql, const QVariantList &values = {});
};

} // namespace slipway
