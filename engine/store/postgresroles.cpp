#include "postgresroles.h"

#include "migrations.h"

#include <QSqlError>
#include <QSqlQuery>

namespace slipway {

namespace {

// What a login may do on a team database (docs/architecture.md#team-roles), read by every client at open and by the
// functions below: 'full' for a superuser or a member of the database's owner (the set-up before roles), else the
// team role it holds: 'engine', 'admin' or 'member'; '' for none of them.
const char *const roleFunction =
    "CREATE FUNCTION slipway_team_role(login name) RETURNS text LANGUAGE sql STABLE "
    "SET search_path = pg_catalog AS $f$"
    " SELECT CASE"
    "  WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = login) THEN 'full'"
    "  WHEN pg_has_role(login, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER')"
    "   THEN 'full'"
    "  WHEN EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = current_database() || '_engine'"
    "   AND pg_has_role(login, r.oid, 'MEMBER')) THEN 'engine'"
    "  WHEN EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = current_database() || '_admin'"
    "   AND pg_has_role(login, r.oid, 'MEMBER')) THEN 'admin'"
    "  WHEN EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = current_database() || '_member'"
    "   AND pg_has_role(login, r.oid, 'MEMBER')) THEN 'member'"
    "  ELSE '' END $f$";

// A member writes no table: what they ask for goes into `requests` through this function, under the login the
// database knows (never a name of their choosing), and an engine carries it out with every rule checked. An approval
// decision is refused here already when the login is not one of its approvers, directly or through a group.
const char *const submitFunction =
    "CREATE FUNCTION slipway_submit(p_kind text, p_payload text) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $f$"
    " DECLARE v_id bigint; v_approval bigint;"
    " BEGIN"
    "  IF slipway_team_role(session_user) = '' THEN"
    "   RAISE EXCEPTION '% has no role on this team database', session_user USING ERRCODE = '42501';"
    "  END IF;"
    "  IF p_kind NOT IN ('approve', 'reject', 'defer', 'reassign', 'createRelease', 'deploy') THEN"
    "   RAISE EXCEPTION 'unknown request %', p_kind USING ERRCODE = '22023';"
    "  END IF;"
    "  IF length(p_payload) > 65536 THEN"
    "   RAISE EXCEPTION 'request too long' USING ERRCODE = '54000';"
    "  END IF;"
    "  IF p_kind IN ('approve', 'reject', 'defer', 'reassign') THEN"
    "   v_approval := (p_payload::jsonb ->> 'approval')::bigint;"
    "   IF NOT EXISTS (SELECT 1 FROM approvals a WHERE a.id = v_approval AND (a.approver = session_user OR"
    "     a.approver IN (SELECT 'group:' || g.name FROM user_groups g JOIN group_members m ON m.group_id = g.id"
    "                    JOIN users u ON u.id = m.user_id WHERE u.name = session_user))) THEN"
    "    RAISE EXCEPTION '% is not an approver of approval %', session_user, v_approval"
    "     USING ERRCODE = '42501';"
    "   END IF;"
    "  END IF;"
    "  INSERT INTO requests (actor, kind, payload, created_at)"
    "   VALUES (session_user, p_kind, p_payload, (extract(epoch FROM clock_timestamp()) * 1000)::bigint)"
    "   RETURNING id INTO v_id;"
    "  PERFORM pg_notify('slipway_changes', '');"
    "  RETURN v_id;"
    " END $f$";

// A client that stops waiting takes its request back, unless an engine has already begun it.
const char *const withdrawFunction =
    "CREATE FUNCTION slipway_withdraw(p_id bigint) RETURNS boolean LANGUAGE sql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $f$"
    " UPDATE requests SET status = 'withdrawn' WHERE id = p_id AND actor = session_user AND status = 'pending'"
    " RETURNING true $f$";

// Logins are made by admins, only for Slipway's roles: an admin never touches an existing role that is anything
// else (a superuser, a role that creates roles, another application's login); the owner may adopt a plain login.
// The password arrives as a SCRAM verifier made by the client (PQencryptPasswordConn), so no clear password reaches
// the server or its logs.
const char *const userAddFunction =
    "CREATE FUNCTION slipway_user_add(p_name text, p_verifier text, p_role text) RETURNS void LANGUAGE plpgsql "
    "SECURITY DEFINER SET search_path = public, pg_temp AS $f$"
    " DECLARE v_prefix text := current_database() || '_';"
    " BEGIN"
    "  IF slipway_team_role(session_user) NOT IN ('full', 'admin') THEN"
    "   RAISE EXCEPTION 'only an admin adds users' USING ERRCODE = '42501';"
    "  END IF;"
    "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_prefix || 'member') THEN"
    "   RAISE EXCEPTION 'this team database has no roles yet: give its owner CREATEROLE and run slipway db init'"
    "    USING ERRCODE = '42704';"
    "  END IF;"
    "  IF p_role NOT IN ('admin', 'member', 'engine') THEN"
    "   RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = '22023';"
    "  END IF;"
    "  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name) THEN"
    "   IF (slipway_team_role(p_name) NOT IN ('admin', 'member', 'engine')"
    "       AND slipway_team_role(session_user) <> 'full')"
    "      OR (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = p_name) THEN"
    "    RAISE EXCEPTION 'the role % exists and is not a Slipway login', p_name USING ERRCODE = '42710';"
    "   END IF;"
    "   IF p_verifier <> '' THEN EXECUTE format('ALTER ROLE %I PASSWORD %L', p_name, p_verifier); END IF;"
    "   EXECUTE format('REVOKE %I, %I, %I FROM %I', v_prefix || 'admin', v_prefix || 'member',"
    "                  v_prefix || 'engine', p_name);"
    "  ELSIF p_verifier <> '' THEN"
    "   EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_name, p_verifier);"
    "  ELSE"
    "   EXECUTE format('CREATE ROLE %I LOGIN', p_name);"
    "  END IF;"
    "  EXECUTE format('GRANT %I TO %I', v_prefix || p_role, p_name);"
    " END $f$";

const char *const userRemoveFunction =
    "CREATE FUNCTION slipway_user_remove(p_name text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $f$"
    " BEGIN"
    "  IF slipway_team_role(session_user) NOT IN ('full', 'admin') THEN"
    "   RAISE EXCEPTION 'only an admin removes users' USING ERRCODE = '42501';"
    "  END IF;"
    "  IF p_name = session_user THEN"
    "   RAISE EXCEPTION '% cannot remove their own login', p_name USING ERRCODE = '42501';"
    "  END IF;"
    "  IF slipway_team_role(p_name) NOT IN ('admin', 'member', 'engine') THEN"
    "   RAISE EXCEPTION '% is not a Slipway login', p_name USING ERRCODE = '42704';"
    "  END IF;"
    "  EXECUTE format('DROP ROLE %I', p_name);"
    " END $f$";

const char *const schemaV11[] = {
    "CREATE TABLE requests ("
    "         id BIGSERIAL PRIMARY KEY,"
    "         actor TEXT NOT NULL,"
    "         kind TEXT NOT NULL,"
    "         payload TEXT NOT NULL,"
    "         status TEXT NOT NULL DEFAULT 'pending',"
    "         result TEXT NOT NULL DEFAULT '',"
    "         engine TEXT NOT NULL DEFAULT '',"
    "         created_at BIGINT NOT NULL,"
    "         finished_at BIGINT)",
    "CREATE INDEX requests_pending ON requests (id) WHERE status = 'pending'",
    "ALTER TABLE requests ENABLE ROW LEVEL SECURITY",
    roleFunction,
    submitFunction,
    withdrawFunction,
    userAddFunction,
    userRemoveFunction,
};

// Rights per role. PUBLIC may call no function of Slipway's that acts; members read every table (a member's own
// requests only) and write none; admins and engines write every table.
const char *const grants =
    "DO $g$ DECLARE admin text := current_database() || '_admin'; member text := current_database() || '_member';"
    " engine text := current_database() || '_engine';"
    " BEGIN"
    "  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I, %I', admin, engine);"
    "  EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %I, %I', admin, engine);"
    "  EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I', member);"
    "  REVOKE ALL ON FUNCTION slipway_submit(text, text), slipway_withdraw(bigint),"
    "   slipway_user_add(text, text, text), slipway_user_remove(text) FROM PUBLIC;"
    "  EXECUTE format('GRANT EXECUTE ON FUNCTION slipway_submit(text, text), slipway_withdraw(bigint) TO %I, %I, %I',"
    "                 admin, member, engine);"
    "  EXECUTE format('GRANT EXECUTE ON FUNCTION slipway_user_add(text, text, text), slipway_user_remove(text) TO %I',"
    "                 admin);"
    "  PERFORM set_config('client_min_messages', 'warning', true);"
    "  DROP POLICY IF EXISTS requests_own ON requests;"
    "  DROP POLICY IF EXISTS requests_all ON requests;"
    "  EXECUTE format('CREATE POLICY requests_own ON requests FOR SELECT TO %I USING (actor = session_user)', member);"
    "  EXECUTE format('CREATE POLICY requests_all ON requests FOR ALL TO %I, %I USING (true) WITH CHECK (true)',"
    "                 admin, engine);"
    " END $g$";

const char *const roles = "DO $r$ DECLARE r text; BEGIN"
                          " FOREACH r IN ARRAY ARRAY['admin', 'member', 'engine'] LOOP"
                          "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_database() || '_' || r) THEN"
                          "   EXECUTE format('CREATE ROLE %I NOLOGIN', current_database() || '_' || r);"
                          "  END IF;"
                          " END LOOP; END $r$";

} // namespace

std::span<const char *const> teamRoleSchema() {
    return schemaV11;
}

Status establishTeamRoles(QSqlDatabase &database, const QString &where, bool required) {
    QSqlQuery query(database);
    // A savepoint: without CREATEROLE the schema's transaction goes on, without the roles.
    if (!query.exec(QStringLiteral("SAVEPOINT team_roles")))
        return Error::storage(QT_TRANSLATE_NOOP("Engine", "cannot create the team's roles: %1"),
                              {query.lastError().text()});
    if (!query.exec(QString::fromUtf8(roles))) {
        const bool mayNot = query.lastError().nativeErrorCode() == QLatin1String("42501");
        if (mayNot && !required) {
            if (!query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT team_roles")))
                return Error::storage(QT_TRANSLATE_NOOP("Engine", "cannot create the team's roles: %1"),
                                      {query.lastError().text()});
            return {};
        }
        if (mayNot)
            return Error::forbidden(QT_TRANSLATE_NOOP("Engine", "the team database %1 needs its roles (admin, member, "
                                                                "engine), and its owner may not create roles: give "
                                                                "the owner CREATEROLE (ALTER ROLE … CREATEROLE) and "
                                                                "run slipway db init again (docs/team-setup.md)"),
                                    {where});
        return Error::storage(QT_TRANSLATE_NOOP("Engine", "cannot create the team's roles: %1"),
                              {query.lastError().text()});
    }
    return runMigrationStatement(database, QString::fromUtf8(grants));
}

} // namespace slipway
