#pragma once

#include "core/identity.h"
#include "services/enginecontext.h"

#include <QHash>

namespace slipway {

struct CreatedToken final {
    qint64 id = 0;
    QString secret; // shown once; only its hash is stored
};

// Users, groups, administrators and personal access tokens, which approvals and REST refer to.
class DirectoryService final {
public:
    explicit DirectoryService(EngineContext context) : m_context(context) {}
    Q_DISABLE_COPY_MOVE(DirectoryService)

    // Conflict when the name is taken; Validation for a name that could not be typed as an approver.
    Result<qint64> addUser(const QString &name, const QString &displayName, const Identity &actor, bool admin = false);
    // A login of a team database with its Slipway role (admin, member, engine) and, when given, a password (sent as a
    // SCRAM verifier). An admin's. Conflict when the directory has the name; an existing PostgreSQL role is adopted
    // only when it is one of Slipway's logins or the owner asks (postgresroles.cpp).
    Result<qint64> addLogin(const QString &name, const QString &displayName, const QString &role,
                            const QByteArray &password, const Identity &actor);
    Status removeLogin(const QString &name, const Identity &actor);
    Result<QList<TeamLogin>> logins() { return m_context.store.requests().logins(); }
    // Creates the group if needed and adds the members (who must be users already).
    Status addGroup(const QString &name, const QStringList &members, const Identity &actor);
    Result<QStringList> groupsOf(const QString &user);
    Result<QStringList> users() { return m_context.store.directory().userNames(); }
    Result<QStringList> groups() { return m_context.store.directory().groupNames(); }
    Result<QStringList> groupMembers(const QString &group) { return m_context.store.directory().groupMembers(group); }
    Result<bool> isAdmin(const QString &user);
    // A token whose secret only its owner knows: stored by its SHA-256 (hashOf), as a member's engine does.
    Result<qint64> addTokenHash(const QString &name, const QString &hash, const Identity &owner);
    // The rights `user` has on a team database when another connection acts for them (RequestRepository).
    Result<TeamRole> teamRoleOf(const QString &user);

    Result<CreatedToken> createToken(const QString &name, const Identity &owner);
    Status revokeToken(qint64 id, const Identity &actor);
    // The user a token belongs to, if it is live.
    Result<std::optional<QString>> userOfToken(const QString &secret);
    Result<QList<TokenRecord>> tokens(const QString &user = {});

    static QString hashOf(const QString &secret);

private:
    EngineContext m_context;
    // Tokens are looked up on every REST request. The answers are kept while nothing else has
    // committed to the database (its change counter) and this service revoked nothing.
    QHash<QString, QString> m_liveTokens; // hash -> user
    qint64 m_liveTokensCounter = -1;
    Status audited(const QString &actor, const QString &action, const QString &type, qint64 id,
                   const QJsonObject &details, const std::function<Status()> &change);
};

} // namespace slipway
