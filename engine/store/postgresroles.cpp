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
    "CREATE OR REPLACE FUNCTION slipway_team_role(login name) RETURNS text LANGUAGE sql STABLE "
    "SET search_path = pg_catalog, pg_temp AS $f$"
    " SELECT CASE"
    "  WHEN NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = login) THEN ''"
    "  WHEN (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = login) THEN 'full'"
    "  WHEN pg_catalog.pg_has_role(login, (SELECT datdba FROM pg_catalog.pg_database"
    "   WHERE datname = pg_catalog.current_database()), 'MEMBER') THEN 'full'"
    "  WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = pg_catalog.current_database() || '_engine'"
    "   AND pg_catalog.pg_has_role(login, r.oid, 'MEMBER')) THEN 'engine'"
    "  WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = pg_catalog.current_database() || '_admin'"
    "   AND pg_catalog.pg_has_role(login, r.oid, 'MEMBER')) THEN 'admin'"
    "  WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = pg_catalog.current_database() || '_member'"
    "   AND pg_catalog.pg_has_role(login, r.oid, 'MEMBER')) THEN 'member'"
    "  ELSE '' END $f$";

// A member writes no table: what they ask for goes into `requests` through this function, under the login the
// database knows (never a name of their choosing), and an engine carries it out with every rule checked. An approval
// decision is refused here already when the login is not one of its approvers, directly or through a group.
const char *const submitFunction =
    "CREATE OR REPLACE FUNCTION slipway_submit(p_kind text, p_payload text) RETURNS bigint LANGUAGE plpgsql SECURITY "
    "DEFINER "
    "SET search_path = public, pg_temp AS $f$"
    " DECLARE v_id bigint; v_approval bigint;"
    " BEGIN"
    "  IF public.slipway_team_role(session_user) = '' THEN"
    "   RAISE EXCEPTION '% has no role on this team database', session_user USING ERRCODE = '42501';"
    "  END IF;"
    "  IF p_kind NOT IN ('approve', 'reject', 'defer', 'reassign', 'createRelease', 'deploy', 'createToken',"
    "   'cancel', 'intervention') THEN"
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

// A client that stops waiting takes its request back, unless an engine has already begun it (it holds the row: then
// the answer comes, and this says no at once rather than waiting for it).
const char *const withdrawFunction =
    "CREATE OR REPLACE FUNCTION slipway_withdraw(p_id bigint) RETURNS boolean LANGUAGE sql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $f$"
    " UPDATE requests SET status = 'withdrawn' WHERE id = (SELECT id FROM requests WHERE id = p_id"
    "  AND actor = session_user AND status = 'pending' FOR UPDATE SKIP LOCKED)"
    " RETURNING true $f$";

// Logins are made by admins, only for Slipway's roles: an admin never touches an existing role that is anything
// else (a superuser, a role that creates roles, another application's login); the owner may adopt a plain login.
// The password arrives as a SCRAM verifier made by the client (PQencryptPasswordConn), so no clear password reaches
// the server or its logs.
const char *const userAddFunction =
    "CREATE OR REPLACE FUNCTION slipway_user_add(p_name text, p_verifier text, p_role text) RETURNS void LANGUAGE "
    "plpgsql "
    "SECURITY DEFINER SET search_path = public, pg_temp AS $f$"
    " DECLARE v_prefix text := current_database() || '_';"
    " BEGIN"
    "  IF public.slipway_team_role(session_user) NOT IN ('full', 'admin') THEN"
    "   RAISE EXCEPTION 'only an admin adds users' USING ERRCODE = '42501';"
    "  END IF;"
    "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_prefix || 'member') THEN"
    "   RAISE EXCEPTION 'this team database has no roles yet: give its owner CREATEROLE and run slipway db init'"
    "    USING ERRCODE = '42704';"
    "  END IF;"
    "  IF p_role NOT IN ('admin', 'member', 'engine') THEN"
    "   RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = '22023';"
    "  END IF;"
    "  IF p_name !~ '^[A-Za-z0-9_.@-]{1,63}$' THEN"
    "   RAISE EXCEPTION 'not a login name: %', p_name USING ERRCODE = '22023';"
    "  END IF;"
    "  IF p_verifier <> '' AND p_verifier !~ '^SCRAM-SHA-256[$]' THEN"
    "   RAISE EXCEPTION 'a password arrives as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';"
    "  END IF;"
    "  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name) THEN"
    "   IF (SELECT NOT rolcanlogin OR rolcreaterole OR rolsuper OR rolbypassrls FROM pg_catalog.pg_roles"
    "       WHERE rolname = p_name)"
    "      OR (public.slipway_team_role(session_user) <> 'full' AND (public.slipway_team_role(p_name::name) NOT IN "
    "('admin', 'member',"
    "       'engine') OR EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles r"
    "        ON r.oid = m.roleid WHERE m.member = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = p_name)"
    "        AND r.rolname NOT IN (v_prefix || 'admin', v_prefix || 'member', v_prefix || 'engine')))) THEN"
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
    "CREATE OR REPLACE FUNCTION slipway_user_remove(p_name text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $f$"
    " BEGIN"
    "  IF public.slipway_team_role(session_user) NOT IN ('full', 'admin') THEN"
    "   RAISE EXCEPTION 'only an admin removes users' USING ERRCODE = '42501';"
    "  END IF;"
    "  IF p_name = session_user THEN"
    "   RAISE EXCEPTION '% cannot remove their own login', p_name USING ERRCODE = '42501';"
    "  END IF;"
    "  IF public.slipway_team_role(p_name::name) NOT IN ('admin', 'member', 'engine') OR"
    "   (public.slipway_team_role(session_user) <> 'full' AND EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m JOIN "
    "pg_catalog.pg_roles r ON r.oid = m.roleid WHERE m.member = (SELECT oid"
    "   FROM pg_catalog.pg_roles WHERE rolname = p_name) AND r.rolname NOT IN (current_database() || '_admin',"
    "   current_database() || '_member', current_database() || '_engine'))) THEN"
    "   RAISE EXCEPTION '% is not a Slipway login', p_name USING ERRCODE = '42704';"
    "  END IF;"
    "  UPDATE requests SET status = 'withdrawn' WHERE actor = p_name AND status = 'pending';"
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

// Schema v12: the same functions hardened (a catalogue no temporary object can shadow, a verifier and a plain name
// checked, a removed login's requests withdrawn), and the roles v11 made marked as Slipway's, so that a role someone
// else made under such a name is never taken over. v11's roles are known by the rights v11 gave them on `requests`:
// a database made just now has granted nothing yet.
const char *const markRoles =
    "DO $m$ DECLARE r text; v_oid oid; BEGIN"
    " FOREACH r IN ARRAY ARRAY['admin', 'member', 'engine'] LOOP"
    "  SELECT oid INTO v_oid FROM pg_catalog.pg_roles WHERE rolname = pg_catalog.current_database() || '_' || r;"
    "  IF v_oid IS NOT NULL AND pg_catalog.shobj_description(v_oid, 'pg_authid') IS NULL AND EXISTS (SELECT 1"
    "   FROM pg_catalog.pg_class c, pg_catalog.aclexplode(c.relacl) a WHERE c.oid = 'public.requests'::regclass"
    "   AND a.grantee = v_oid) THEN"
    "   BEGIN EXECUTE format('COMMENT ON ROLE %I IS %L', pg_catalog.current_database() || '_' || r,"
    "                        'slipway team role');"
    "   EXCEPTION WHEN insufficient_privilege THEN RAISE EXCEPTION 'the database''s owner may not mark the team''s "
    "    roles as Slipway''s (it needs CREATEROLE): give it and run slipway db init again' USING ERRCODE = '42501';"
    "   END;"
    "  END IF;"
    " END LOOP; END $m$";

const char *const schemaV12[] = {
    roleFunction, submitFunction, withdrawFunction, userAddFunction, userRemoveFunction, markRoles,
};

// Schema v14: members also cancel deployments and answer manual interventions (the engine checks who may).
const char *const schemaV14[] = {
    submitFunction,
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
    "  EXECUTE format('REVOKE INSERT, DELETE ON requests FROM %I, %I', admin, engine);"
    "  EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());"
    "  REVOKE CREATE ON SCHEMA public FROM PUBLIC;" // nobody shadows what the definer functions call
    "  EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO %I, %I', current_database(), admin, engine);"
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

// A role of that name that Slipway did not make (marked by its comment) is never taken over: it could carry rights
// of its own to every login made in it.
const char *const roles =
    "DO $r$ DECLARE r text; v_name text; BEGIN"
    " IF octet_length(current_database()) > 56 THEN" // role names have at most 63 bytes
    "  RAISE EXCEPTION 'a team database name has at most 56 bytes: %', current_database() USING ERRCODE = '42622';"
    " END IF;"
    " FOREACH r IN ARRAY ARRAY['admin', 'member', 'engine'] LOOP"
    "  v_name := current_database() || '_' || r;"
    "  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = v_name) THEN"
    "   EXECUTE format('CREATE ROLE %I NOLOGIN', v_name);"
    "   EXECUTE format('COMMENT ON ROLE %I IS %L', v_name, 'slipway team role');"
    "  ELSIF pg_catalog.shobj_description((SELECT oid FROM pg_catalog.pg_roles WHERE rolname = v_name), 'pg_authid')"
    "        IS DISTINCT FROM 'slipway team role' THEN"
    "   RAISE EXCEPTION 'the role % exists and Slipway did not make it: rename or drop it', v_name"
    "    USING ERRCODE = '42710';"
    "  END IF;"
    " END LOOP; END $r$";

} // namespace

std::span<const char *const> teamRoleSchema() {
    return schemaV11;
}

std::span<const char *const> teamRoleHardening() {
    return schemaV12;
}

std::span<const char *const> teamRequestKinds() {
    return schemaV14;
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
