#include "sqlitedirectoryrepository.h"

#include "sqlvalues.h"

namespace slipway {

Result<QStringList> SqliteDirectoryRepository::groupMembers(const QString &group) {
    return names(QStringLiteral("SELECT u.name FROM group_members m JOIN user_groups g ON g.id = m.group_id "
                                "JOIN users u ON u.id = m.user_id WHERE g.name = ? ORDER BY u.name"),
                 {group});
}

Result<QStringList> SqliteDirectoryRepository::names(const QString &sql, const QVariantList &values) {
    Result<SqlCursor *> query = m_db.exec(sql, values);
    if (!query)
        return query.error();
    QStringList result;
    while ((*query)->next())
        result << (*query)->value(0).toString();
    (*query)->finish();
    return result;
}

Result<qint64> SqliteDirectoryRepository::addUser(const QString &name, const QString &displayName,
                                                  const QDateTime &at) {
    Result<QVariant> existing = m_db.scalar(QStringLiteral("SELECT id FROM users WHERE name = ?"), {name});
    if (!existing)
        return existing.error();
    if (existing->isValid())
        return Error::conflict(QStringLiteral("user \"%1\" already exists").arg(name));
    Result<SqlCursor *> inserted =
        m_db.exec(QStringLiteral("INSERT INTO users (name, display_name, created_at) VALUES (?, ?, ?)"),
                  {name, displayName, sql::time(at)});
    if (!inserted)
        return inserted.error();
    return (*inserted)->lastInsertId().toLongLong();
}

} // namespace slipway
