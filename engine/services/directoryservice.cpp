#include "directoryservice.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace slipway {

namespace {
Status checkName(const QString &name, const QString &what) {
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9_.@-]+$"));
    if (!validName.match(name).hasMatch())
        return Error::validation(
            QT_TRANSLATE_NOOP("Engine", "\"%1\" is not a %2 name (letters, digits, '_', '.', '@', '-')"), {name, what});
    return {};
}
} // namespace

Status DirectoryService::audited(const QString &actor, const QString &action, const QString &type, qint64 id,
                                 const QJsonObject &details, const std::function<Status()> &change) {
    Store &store = m_context.store;
    const QDateTime now = m_context.clock.now();
    return store.transaction([&]() -> Status {
        if (Status ok = change(); !ok)
            return ok;
        return recordAudit(store.audit(), {0, now, actor, action, type, id, details});
    });
}

Result<qint64> DirectoryService::addUser(const QString &name, const QString &displayName, const Identity &actor,
                                         bool admin) {
    if (Status ok = checkName(name, QStringLiteral("user")); !ok)
        return ok.error();
    Store &store = m_context.store;
    const QDateTime now = m_context.clock.now();
    qint64 id = 0;
    const Status written = store.transaction([&]() -> Status {
        Result<qint64> added = store.directory().addUser(name, displayName, now);
        if (!added)
            return added.error();
        id = *added;
        if (admin)
            if (Status ok = store.directory().setAdmin(name, true); !ok)
                return ok;
        return recordAudit(store.audit(),
                           {0, now, actor.userName, QStringLiteral("user.added"), QStringLiteral("user"), id,
                            QJsonObject{{QStringLiteral("name"), name},
                                        {QStringLiteral("displayName"), displayName},
                                        {QStringLiteral("admin"), admin}}});
    });
    if (!written)
        return written.error();
    return id;
}

Result<qint64> DirectoryService::addLogin(const QString &name, const QString &displayName, const QString &role,
                                          const QByteArray &password, const Identity &actor) {
    if (Status ok = checkName(name, QStringLiteral("user")); !ok)
        return ok.error();
    if (name.toUtf8().size() > 63) // PostgreSQL's limit for a role name
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "a login name has at most 63 bytes: \"%1\""), {name});
    Store &store = m_context.store;
    QString verifier;
    if (!password.isEmpty()) {
        Result<QString> made = store.requests().passwordVerifier(name, password);
        if (!made)
            return made.error();
        verifier = *made;
    }
    const QDateTime now = m_context.clock.now();
    qint64 id = 0;
    const Status written = store.transaction([&]() -> Status {
        if (Status made = store.requests().addLogin(name, verifier, role); !made)
            return made;
        // A name the directory has is refused as on a file (the login's changes above are undone with it).
        Result<qint64> added = store.directory().addUser(name, displayName, now);
        if (!added)
            return added.error();
        id = *added;
        if (Status ok = store.directory().setAdmin(name, role == QLatin1String("admin")); !ok)
            return ok;
        return recordAudit(store.audit(),
                           {0, now, actor.userName, QStringLiteral("user.added"), QStringLiteral("user"), id,
                            QJsonObject{{QStringLiteral("name"), name},
                                        {QStringLiteral("role"), role},
                                        {QStringLiteral("password"), !password.isEmpty()}}});
    });
    if (!written)
        return written.error();
    return id;
}

namespace {

// Every live token of `user`, revoked at `now`.
Status revokeTokensOf(Store &store, const QString &user, const QDateTime &now) {
    Result<QList<TokenRecord>> tokens = store.directory().tokens(user);
    if (!tokens)
        return tokens.error();
    for (const TokenRecord &token : *tokens) {
        if (token.revokedAt.isValid())
            continue;
        if (Result<bool> revoked = store.directory().revokeToken(token.id, now); !revoked)
            return revoked.error();
    }
    return {};
}

} // namespace

// The login goes, and with it every token of that user: a REST call must not act for someone who may no longer
// connect.
Status DirectoryService::removeLogin(const QString &name, const Identity &actor) {
    Store &store = m_context.store;
    const QDateTime now = m_context.clock.now();
    const Status removed = audited(actor.userName, QStringLiteral("user.removed"), QStringLiteral("user"), 0,
                                   QJsonObject{{QStringLiteral("name"), name}}, [&]() -> Status {
                                       if (Status dropped = store.requests().removeLogin(name); !dropped)
                                           return dropped;
                                       return revokeTokensOf(store, name, now);
                                   });
    if (removed)
        m_liveTokensCounter = -1; // the cache of live tokens is stale
    return removed;
}

Status DirectoryService::addGroup(const QString &name, const QStringList &members, const Identity &actor) {
    if (Status ok = checkName(name, QStringLiteral("group")); !ok)
        return ok;
    Store &store = m_context.store;
    const QDateTime now = m_context.clock.now();
    return store.transaction([&]() -> Status {
        Result<QStringList> groups = store.directory().groupNames();
        if (!groups)
            return groups.error();
        qint64 id = 0;
        if (!groups->contains(name)) {
            Result<qint64> added = store.directory().addGroup(name, now);
            if (!added)
                return added.error();
            id = *added;
        }
        for (const QString &member : members)
            if (Status ok = store.directory().addMember(name, member); !ok)
                return ok;
        return recordAudit(store.audit(),
                           {0, now, actor.userName, QStringLiteral("group.changed"), QStringLiteral("group"), id,
                            QJsonObject{{QStringLiteral("name"), name},
                                        {QStringLiteral("added"), QJsonArray::fromStringList(members)}}});
    });
}

Result<QStringList> DirectoryService::groupsOf(const QString &user) {
    return m_context.store.directory().groupsOf(user);
}

Result<bool> DirectoryService::isAdmin(const QString &user) {
    return m_context.store.directory().isAdmin(user);
}

Result<TeamRole> DirectoryService::teamRoleOf(const QString &user) {
    return m_context.store.requests().teamRoleOf(user);
}

QString DirectoryService::hashOf(const QString &secret) {
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<CreatedToken> DirectoryService::createToken(const QString &name, const Identity &owner) {
    // 32 random bytes as 52 base-32 characters: typeable, and safe in Basic and Bearer headers.
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QString secret;
    for (int i = 0; i < 52; ++i)
        secret += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    CreatedToken created;
    created.secret = secret;
    // A member's engine stores it: the request carries only its hash, so the secret never leaves this machine.
    if (m_context.memberRequests.apply()) {
        Result<QJsonObject> made = m_context.memberRequests.run(
            QStringLiteral("createToken"), {{QStringLiteral("name"), name}, {QStringLiteral("hash"), hashOf(secret)}});
        if (!made)
            return made.error();
        created.id = made->value(QStringLiteral("token")).toInteger();
        return created;
    }
    Result<qint64> id = addTokenHash(name, hashOf(secret), owner);
    if (!id)
        return id.error();
    created.id = *id;
    return created;
}

Result<qint64> DirectoryService::addTokenHash(const QString &name, const QString &hash, const Identity &owner) {
    static const QRegularExpression sha256Hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!sha256Hex.match(hash).hasMatch())
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "a token arrives as the SHA-256 of its secret"));
    if (name.size() > 200)
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "a token's name has at most 200 characters"));
    Store &store = m_context.store;
    qint64 made = 0;
    const Status written =
        audited(owner.userName, QStringLiteral("token.created"), QStringLiteral("token"), 0,
                QJsonObject{{QStringLiteral("name"), name}}, [&]() -> Status {
                    Result<qint64> id = store.directory().addToken(owner.userName, name, hash, m_context.clock.now());
                    if (!id)
                        return id.error();
                    made = *id;
                    return {};
                });
    if (!written)
        return written.error();
    return made;
}

Status DirectoryService::revokeToken(qint64 id, const Identity &actor) {
    m_liveTokens.clear(); // a revoked token must fail its next request
    Store &store = m_context.store;
    return audited(actor.userName, QStringLiteral("token.revoked"), QStringLiteral("token"), id, {}, [&]() -> Status {
        Result<QList<TokenRecord>> all = store.directory().tokens({});
        if (!all)
            return all.error();
        const auto token = std::find_if(all->cbegin(), all->cend(), [id](const TokenRecord &t) { return t.id == id; });
        if (token == all->cend())
            return Error::notFound(QT_TRANSLATE_NOOP("Engine", "token %1 not found"), {QString::number(id)});
        Result<bool> admin = store.directory().isAdmin(actor.userName);
        if (token->userName != actor.userName && !(admin && *admin))
            return Error::forbidden(
                QT_TRANSLATE_NOOP("Engine", "token %1 belongs to %2; only they or an administrator can revoke it"),
                {QString::number(id), token->userName});
        Result<bool> revoked = store.directory().revokeToken(id, m_context.clock.now());
        if (!revoked)
            return revoked.error();
        if (!*revoked)
            return Error::conflict(QT_TRANSLATE_NOOP("Engine", "token %1 is already revoked"), {QString::number(id)});
        return {};
    });
}

Result<std::optional<QString>> DirectoryService::userOfToken(const QString &secret) {
    if (secret.isEmpty())
        return std::optional<QString>();
    // Looked up by its SHA-256: the comparison is on a hash, never on the secret itself.
    const QString hash = hashOf(secret);
    Result<qint64> counter = m_context.store.changeCounter();
    if (!counter)
        return counter.error();
    if (*counter != m_liveTokensCounter) {
        m_liveTokens.clear();
        m_liveTokensCounter = *counter;
    }
    if (const auto known = m_liveTokens.constFind(hash); known != m_liveTokens.cend())
        return std::optional<QString>(*known);
    Result<std::optional<QString>> user = m_context.store.directory().tokenUser(hash);
    if (user && user->has_value())
        m_liveTokens.insert(hash, **user);
    return user;
}

Result<QList<TokenRecord>> DirectoryService::tokens(const QString &user) {
    return m_context.store.directory().tokens(user);
}

} // namespace slipway
