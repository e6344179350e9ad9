#include "sqlrequestrepository.h"

#include "sqlvalues.h"

namespace slipway {

namespace {

Error teamOnly() {
    return Error::validation(QT_TRANSLATE_NOOP("Engine", "logins and roles belong to a team database; a database "
                                                         "file has one account (docs/team-setup.md)"));
}

const QString requestColumns = QStringLiteral("SELECT id, actor, kind, payload, status, result FROM requests ");

} // namespace

Result<qint64> SqlRequestRepository::submit(const QString &kind, const QString &payload) {
    if (!team())
        return teamOnly();
    Result<QVariant> id = m_db.scalar(QStringLiteral("SELECT slipway_submit(?, ?)"), {kind, payload});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<std::optional<RequestRecord>> SqlRequestRepository::one(const QString &sql, const QVariantList &values) {
    Result<SqlCursor *> rows = m_db.exec(sql, values);
    if (!rows)
        return rows.error();
    SqlCursor &q = **rows;
    std::optional<RequestRecord> found;
    if (q.next())
        found = RequestRecord{q.int64(0),
                              q.value(1).toString(),
                              q.value(2).toString(),
                              q.value(3).toString(),
                              q.value(4).toString(),
                              q.value(5).toString()};
    q.finish();
    return found;
}

Result<std::optional<RequestRecord>> SqlRequestRepository::request(qint64 id) {
    if (!team())
        return std::optional<RequestRecord>();
    return one(requestColumns + QStringLiteral("WHERE id = ?"), {id});
}

Result<bool> SqlRequestRepository::withdraw(qint64 id) {
    if (!team())
        return false;
    Result<QVariant> taken = m_db.scalar(QStringLiteral("SELECT slipway_withdraw(?)"), {id});
    if (!taken)
        return taken.error();
    return taken->toBool();
}

// Any login may see who is connected to the database and under which application name; the role check keeps a
// member's connection that calls itself an engine from counting.
Result<bool> SqlRequestRepository::engineConnected() {
    if (!team())
        return false;
    Result<QVariant> any = m_db.scalar(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND application_name = "
        "'slipway-engine' AND slipway_team_role(usename) IN ('engine', 'admin', 'full'))"));
    if (!any)
        return any.error();
    return any->toBool();
}

Result<bool> SqlRequestRepository::anyPending() {
    if (!team())
        return false;
    Result<QVariant> any =
        m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM requests WHERE status = 'pending')"));
    if (!any)
        return any.error();
    return any->toBool();
}

Result<std::optional<RequestRecord>> SqlRequestRepository::claimNext() {
    if (!team())
        return std::optional<RequestRecord>();
    return one(requestColumns + QStringLiteral("WHERE status = 'pending' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED"),
               {});
}

Result<bool> SqlRequestRepository::holdsTeamRole(const QString &name) {
    if (!team())
        return false;
    Result<QVariant> role = m_db.scalar(QStringLiteral("SELECT slipway_team_role(?)"), {name});
    if (!role)
        return role.error();
    return !role->toString().isEmpty();
}

Result<TeamRole> SqlRequestRepository::teamRoleOf(const QString &name) {
    if (!team())
        return TeamRole::Full;
    Result<QVariant> role = m_db.scalar(
        QStringLiteral("SELECT CASE WHEN to_regrole(current_database() || '_member') IS NULL THEN 'full' ELSE "
                       "slipway_team_role(?) END"),
        {name});
    if (!role)
        return role.error();
    const QString text = role->toString();
    if (text == QLatin1String("full"))
        return TeamRole::Full;
    if (text == QLatin1String("admin"))
        return TeamRole::Admin;
    return text == QLatin1String("engine") ? TeamRole::Engine : TeamRole::Member;
}

Status SqlRequestRepository::replacePayload(qint64 id, const QString &payload) {
    return m_db.execOnly(QStringLiteral("UPDATE requests SET payload = ? WHERE id = ?"), {payload, id});
}

Status SqlRequestRepository::finish(qint64 id, const QString &status, const QString &result, const QString &engine,
                                    const QDateTime &at) {
    return m_db.execOnly(
        QStringLiteral("UPDATE requests SET status = ?, result = ?, engine = ?, finished_at = ? WHERE id = ?"),
        {status, result, engine, sql::time(at), id});
}

Status SqlRequestRepository::addLogin(const QString &name, const QString &verifier, const QString &role) {
    if (!team())
        return teamOnly();
    return m_db.execOnly(QStringLiteral("SELECT slipway_user_add(?, ?, ?)"), {name, verifier, role});
}

Status SqlRequestRepository::removeLogin(const QString &name) {
    if (!team())
        return teamOnly();
    return m_db.execOnly(QStringLiteral("SELECT slipway_user_remove(?)"), {name});
}

Result<QList<TeamLogin>> SqlRequestRepository::logins() {
    if (!team())
        return teamOnly();
    Result<SqlCursor *> rows =
        m_db.exec(QStringLiteral("SELECT rolname::text, slipway_team_role(rolname) FROM pg_roles WHERE rolcanlogin "
                                 "AND slipway_team_role(rolname) IN ('admin', 'member', 'engine') ORDER BY rolname"));
    if (!rows)
        return rows.error();
    QList<TeamLogin> logins;
    while ((*rows)->next())
        logins << TeamLogin{(*rows)->value(0).toString(), (*rows)->value(1).toString()};
    (*rows)->finish();
    return logins;
}

} // namespace slipway
