#include "sqldirectoryrepository.h"

#include "sqlvalues.h"

namespace slipway {

Result<QStringList> SqlDirectoryRepository::groupMembers(const QString &group) {
    return names(QStringLiteral("SELECT u.name FROM group_members m JOIN user_groups g ON g.id = m.group_id "
                                "JOIN users u ON u.id = m.user_id WHERE g.name = ? ORDER BY u.name"),
                 {group});
}

Result<QStringList> SqlDirectoryRepository::names(const QString &sql, const QVariantList &values) {
    Result<SqlCursor *> query = m_db.exec(sql, values);
    if (!query)
        return query.error();
    QStringList result;
    while ((*query)->next())
        result << (*query)->value(0).toString();
    (*query)->finish();
    return result;
}

Result<qint64> SqlDirectoryRepository::addUser(const QString &name, const QString &displayName,
                                                  const QDateTime &at) {
    Result<QVariant> existing = m_db.scalar(QStringLiteral("SELECT id FROM users WHERE name = ?"), {name});
    if (!existing)
        return existing.error();
    if (existing->isValid())
        return Error::conflict(QT_TRANSLATE_NOOP("Engine", "user \"%1\" already exists"), {name});
    Result<SqlCursor *> inserted =
        m_db.exec(QStringLiteral("INSERT INTO users (name, display_name, created_at) VALUES (?, ?, ?) RETURNING id"),
                  {name, displayName, sql::time(at)});
    if (!inserted)
        return inserted.error();
    return sql::insertedId(**inserted);
}

Status SqlDirectoryRepository::setAdmin(const QString &user, bool admin) {
    Result<QVariant> updated =
        m_db.scalar(QStringLiteral("UPDATE users SET is_admin = ? WHERE name = ? RETURNING id"), {admin, user});
    if (!updated)
        return updated.error();
    if (!updated->isValid())
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "user \"%1\" not found"), {user});
    return {};
}

Result<bool> SqlDirectoryRepository::isAdmin(const QString &user) {
    Result<QVariant> admin = m_db.scalar(QStringLiteral("SELECT is_admin FROM users WHERE name = ?"), {user});
    if (!admin)
        return admin.error();
    return admin->toBool();
}

Result<qint64> SqlDirectoryRepository::addGroup(const QString &name, const QDateTime &at) {
    Result<QVariant> inserted = m_db.scalar(QStringLiteral("INSERT INTO user_groups (name, created_at) VALUES (?, ?) "
                                                           "ON CONFLICT (name) DO NOTHING RETURNING id"),
                                            {name, sql::time(at)});
    if (!inserted)
        return inserted.error();
    if (!inserted->isValid())
        return Error::conflict(QT_TRANSLATE_NOOP("Engine", "group \"%1\" already exists"), {name});
    return inserted->toLongLong();
}

Status SqlDirectoryRepository::addMember(const QString &group, const QString &user) {
    Result<QVariant> groupId = m_db.scalar(QStringLiteral("SELECT id FROM user_groups WHERE name = ?"), {group});
    if (!groupId)
        return groupId.error();
    if (!groupId->isValid())
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "group \"%1\" not found"), {group});
    Result<QVariant> userId = m_db.scalar(QStringLiteral("SELECT id FROM users WHERE name = ?"), {user});
    if (!userId)
        return userId.error();
    if (!userId->isValid())
        return Error::notFound(
            QT_TRANSLATE_NOOP("Engine", "user \"%1\" not found; add it first with `slipway user add %1`"), {user});
    return m_db.execOnly(
        QStringLiteral("INSERT INTO group_members (group_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
        {*groupId, *userId});
}

Result<QStringList> SqlDirectoryRepository::groupsOf(const QString &user) {
    return names(QStringLiteral("SELECT g.name FROM group_members m JOIN user_groups g ON g.id = m.group_id "
                                "JOIN users u ON u.id = m.user_id WHERE u.name = ? ORDER BY g.name"),
                 {user});
}

Result<qint64> SqlDirectoryRepository::addToken(const QString &user, const QString &name, const QString &hash,
                                                   const QDateTime &at) {
    Result<QVariant> inserted =
        m_db.scalar(QStringLiteral("INSERT INTO tokens (user_id, name, hash, created_at) SELECT id, ?, ?, ? FROM users "
                                   "WHERE name = ? RETURNING id"),
                    {name, hash, sql::time(at), user});
    if (!inserted)
        return inserted.error();
    if (!inserted->isValid())
        return Error::notFound(
            QT_TRANSLATE_NOOP("Engine", "user \"%1\" not found; add it first with `slipway user add %1`"), {user});
    return inserted->toLongLong();
}

Result<bool> SqlDirectoryRepository::revokeToken(qint64 id, const QDateTime &at) {
    Result<QVariant> revoked =
        m_db.scalar(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL RETURNING id"),
                    {sql::time(at), id});
    if (!revoked)
        return revoked.error();
    return revoked->isValid();
}

Result<std::optional<QString>> SqlDirectoryRepository::tokenUser(const QString &hash) {
    Result<QVariant> user = m_db.scalar(QStringLiteral("SELECT u.name FROM tokens t JOIN users u ON u.id = t.user_id "
                                                       "WHERE t.hash = ? AND t.revoked_at IS NULL"),
                                        {hash});
    if (!user)
        return user.error();
    return user->isValid() ? std::optional<QString>(user->toString()) : std::nullopt;
}

Result<QList<TokenRecord>> SqlDirectoryRepository::tokens(const QString &user) {
    Result<SqlCursor *> query =
        m_db.exec(QStringLiteral("SELECT t.id, u.name, t.name, t.created_at, t.revoked_at FROM tokens t "
                                 "JOIN users u ON u.id = t.user_id WHERE ? = '' OR u.name = ? ORDER BY t.id"),
                  {user, user});
    if (!query)
        return query.error();
    QList<TokenRecord> rows;
    SqlCursor &q = **query;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), sql::time(q.value(3)),
                     sql::time(q.value(4))});
    q.finish();
    return rows;
}

} // namespace slipway
