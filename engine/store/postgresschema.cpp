#include "postgresschema.h"

#include "migrations.h"
#include "postgresroles.h"

#include <QSqlError>
#include <QSqlQuery>

namespace slipway {

namespace {

// The schema of version 8 in PostgreSQL's words, made in one step: the SQLite file reached it through
// migrations 1-8 (migrations.cpp), a team database starts there. Differences that the shared SQL relies on:
// - times and ids are BIGINT (SQLite's INTEGER is 64-bit), ids BIGSERIAL (never reused);
// - a case-insensitive collation named nocase stands for SQLite's COLLATE NOCASE, in columns and in ORDER BY;
// - instr() is SQLite's name for strpos();
// - triggers are PL/pgSQL functions.
const char *const schemaV8[] = {
    "CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
    "CREATE FUNCTION instr(text, text) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT strpos($1, $2)'",
    "CREATE TABLE projects ("
    "         id BIGSERIAL PRIMARY KEY,"
    "         name TEXT NOT NULL COLLATE nocase UNIQUE,"
    "         created_at BIGINT NOT NULL)",
    "CREATE TABLE users ("
    "         id BIGSERIAL PRIMARY KEY,"
    "         name TEXT NOT NULL UNIQUE,"
    "         display_name TEXT NOT NULL DEFAULT '',"
    "         created_at BIGINT NOT NULL,"
    "         is_admin BIGINT NOT NULL DEFAULT 0)",
    "CREATE TABLE user_groups ("
    "         id BIGSERIAL PRIMARY KEY,"
    "         name TEXT NOT NULL UNIQUE,"
    "         created_at BIGINT NOT NULL)",
    "CREATE TABLE group_members ("
    "         group_id BIGINT NOT NULL REFERENCES user_groups(id) ON DELETE CASCADE,"
    "         user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    "         PRIMARY KEY (group_id, user_id))",
    "CREATE TABLE tokens ("
    "         id BIGSERIAL PRIMARY KEY,"
    "         user_id BIGINT NOT NULL REFERENCES users(id),"
    "         name TEXT NOT NULL DEFAULT '',"
    "         hash TEXT NOT NULL UNIQUE,"
    "         created_at BIGINT NOT NULL,"
    "         revoked_at BIGINT)",
    "CREATE TABLE pipelines ("
    "         id BIGSERIAL PRIMARY KEY,"
    "         project_id BIGINT NOT NULL REFERENCES projects(id),"
    "         name TEXT NOT NULL,"
    "         folder TEXT NOT NULL DEFAULT '/',"
    "         current_revision BIGINT NOT NULL DEFAULT 0,"
    "         next_release_number BIGINT NOT NULL DEFAULT 1,"
    "         created_at BIGINT NOT NULL,"
    "         updated_at BIGINT NOT NULL,"
    "         UNIQUE (project_id, name))",
    "CREATE TABLE pipeline_revisions ("
    "         id BIGSERIAL PRIMARY KEY,"
    "         pipeline_id BIGINT NOT NULL REFERENCES pipelines(id),"
    "         revision BIGINT NOT NULL,"
    "         body TEXT NOT NULL,"
    "         author TEXT NOT NULL,"
    "         comment TEXT NOT NULL DEFAULT '',"
    "         created_at BIGINT NOT NULL,"
    "         UNIQUE (pipeline_id, revision))",
    "CREATE TABLE artifact_sources ("
    "         id BIGSERIAL PRIMARY KEY,"
    "         pipeline_id BIGINT NOT NULL REFERENCES pipelines(id),"
    "         alias TEXT NOT NULL,"
    "         type TEXT NOT NULL,"
    "         settings TEXT NOT NULL DEFAULT '{}',"
    "         is_primary BIGINT NOT NULL DEFAULT 0,"
    "         active BIGINT NOT NULL DEFAULT 1,"
    "         UNIQUE (pipeline_id, alias))",
    "CREATE TABLE artifact_versions ("
    "         id BIGSERIAL PRIMARY KEY,"
    "         source_id BIGINT NOT NULL REFERENCES artifact_sources(id),"
    "         version TEXT NOT NULL,"
    "         branch TEXT NOT NULL DEFAULT '',"
    "         tags TEXT NOT NULL DEFAULT '[]',"
    "         commit_sha TEXT NOT NULL DEFAULT '',"
    "         url TEXT NOT NULL DEFAULT '',"
    "         metadata TEXT NOT NULL DEFAULT '{}',"
    "         seen_at BIGINT NOT NULL,"
    "         UNIQUE (source_id, version))",
    "CREATE TABLE releases ("
    "         id BIGSERIAL PRIMARY KEY,"
    "         pipeline_id BIGINT NOT NULL REFERENCES pipelines(id),"
    "         revision_id BIGINT NOT NULL REFERENCES pipeline_revisions(id),"
    "         name TEXT NOT NULL,"
    "         description TEXT NOT NULL DEFAULT '',"
    "         created_by TEXT NOT NULL,"
    "         created_at BIGINT NOT NULL,"
    "         reason TEXT NOT NULL,"
    "         status TEXT NOT NULL,"
    "         keep_forever BIGINT NOT NULL DEFAULT 0,"
    "         tags TEXT NOT NULL DEFAULT '[]',"
    "         variables TEXT NOT NULL DEFAULT '{}',"
    "         variable_groups TEXT NOT NULL DEFAULT '[]')",
    "CREATE INDEX releases_by_pipeline ON releases (pipeline_id, id DESC)",
    "CREATE TABLE release_artifacts ("
    "         release_id BIGINT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,"
    "         alias TEXT NOT NULL,"
    "         version_id BIGINT REFERENCES artifact_versions(id),"
    "         PRIMARY KEY (release_id, alias))",
    "CREATE TABLE release_stages ("
    "         id BIGSERIAL PRIMARY KEY,"
    "         release_id BIGINT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,"
    "         name TEXT NOT NULL,"
    "         rank BIGINT NOT NULL,"
    "         status TEXT NOT NULL DEFAULT 'notStarted',"
    "         is_manual BIGINT NOT NULL DEFAULT 0,"
    "         UNIQUE (release_id, rank))",
    "CREATE TABLE deployments ("
    "         id BIGSERIAL PRIMARY KEY,"
    "         release_stage_id BIGINT NOT NULL REFERENCES release_stages(id) ON DELETE CASCADE,"
    "         attempt BIGINT NOT NULL,"
    "         reason TEXT NOT NULL,"
    "         requested_by TEXT NOT NULL,"
    "         comment TEXT NOT NULL DEFAULT '',"
    "         queued_at BIGINT NOT NULL,"
    "         scheduled_for BIGINT,"
    "         started_at BIGINT,"
    "         completed_at BIGINT,"
    "         status TEXT NOT NULL,"
    "         operation_status TEXT NOT NULL,"
    "         owner TEXT,"
    "         lease_until BIGINT,"
    "         owner_pid BIGINT,"
    "         owner_host TEXT,"
    "         message TEXT NOT NULL DEFAULT '',"
    "         pipeline_id BIGINT,"
    "         stage_name TEXT,"
    "         release_id BIGINT,"
    "         step TEXT,"
    "         step_started_at BIGINT,"
    "         step_deadline BIGINT,"
    "         tasks_outcome TEXT,"
    "         succeeding_since BIGINT,"
    "         variables TEXT NOT NULL DEFAULT '{}',"
    "         UNIQUE (release_stage_id, attempt))",
    "CREATE INDEX deployments_open ON deployments (operation_status) WHERE operation_status <> 'done'",
    "CREATE TABLE task_runs ("
    "         id BIGSERIAL PRIMARY KEY,"
    "         deployment_id BIGINT NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,"
    "         phase TEXT NOT NULL DEFAULT 'deploy',"
    "         task_index BIGINT NOT NULL,"
    "         name TEXT NOT NULL,"
    "         status TEXT NOT NULL,"
    "         started_at BIGINT,"
    "         ended_at BIGINT,"
    "         exit_code BIGINT,"
    "         message TEXT NOT NULL DEFAULT '',"
    "         decision TEXT,"
    "         decided_by TEXT,"
    "         decision_comment TEXT NOT NULL DEFAULT '',"
    "         process_group BIGINT,"
    "         group_leader_start BIGINT,"
    "         group_boot_id TEXT,"
    "         group_host TEXT,"
    "         group_gone_at BIGINT,"
    "         UNIQUE (deployment_id, phase, task_index))",
    "CREATE TABLE log_lines ("
    "         id BIGSERIAL PRIMARY KEY,"
    "         task_run_id BIGINT NOT NULL REFERENCES task_runs(id) ON DELETE CASCADE,"
    "         at BIGINT NOT NULL,"
    "         stream TEXT NOT NULL DEFAULT 'stdout',"
    "         line TEXT NOT NULL)",
    "CREATE INDEX log_lines_by_task ON log_lines (task_run_id, id)",
    "CREATE TABLE approvals ("
    "         id BIGSERIAL PRIMARY KEY,"
    "         deployment_id BIGINT NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,"
    "         kind TEXT NOT NULL,"
    "         approver TEXT NOT NULL,"
    "         is_group BIGINT NOT NULL DEFAULT 0,"
    "         rank BIGINT NOT NULL DEFAULT 1,"
    "         status TEXT NOT NULL,"
    "         comment TEXT NOT NULL DEFAULT '',"
    "         acted_by TEXT,"
    "         acted_at BIGINT,"
    "         deferred_until BIGINT,"
    "         created_at BIGINT NOT NULL,"
    "         release_id BIGINT,"
    "         stage_name TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX approvals_by_deployment ON approvals (deployment_id)",
    "CREATE INDEX approvals_pending ON approvals (approver, created_at) WHERE status = 'pending'",
    "CREATE TABLE approval_history ("
    "         id BIGSERIAL PRIMARY KEY,"
    "         approval_id BIGINT NOT NULL REFERENCES approvals(id) ON DELETE CASCADE,"
    "         at BIGINT NOT NULL,"
    "         actor TEXT NOT NULL,"
    "         status TEXT NOT NULL,"
    "         comment TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE gate_evaluations ("
    "         id BIGSERIAL PRIMARY KEY,"
    "         deployment_id BIGINT NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,"
    "         phase TEXT NOT NULL,"
    "         at BIGINT NOT NULL,"
    "         passed BIGINT NOT NULL,"
    "         results TEXT NOT NULL DEFAULT '[]')",
    "CREATE INDEX gate_evaluations_by_deployment ON gate_evaluations (deployment_id, id)",
    "CREATE TABLE audit_events ("
    "         id BIGSERIAL PRIMARY KEY,"
    "         at BIGINT NOT NULL,"
    "         actor TEXT NOT NULL,"
    "         action TEXT NOT NULL,"
    "         object_type TEXT NOT NULL,"
    "         object_id BIGINT NOT NULL,"
    "         details TEXT NOT NULL DEFAULT '{}',"
    "         prev_hash TEXT NOT NULL,"
    "         hash TEXT NOT NULL)",
    "CREATE INDEX audit_events_by_object ON audit_events (object_type, object_id)",
    "CREATE TABLE audit_head ("
    "         id BIGINT PRIMARY KEY CHECK (id = 1),"
    "         last_id BIGINT NOT NULL,"
    "         last_hash TEXT NOT NULL,"
    "         count BIGINT NOT NULL)",
    "CREATE INDEX deployments_owned ON deployments (owner) WHERE status = 'inProgress'",
    "CREATE INDEX deployments_queue ON deployments (pipeline_id, stage_name, release_id, id) WHERE operation_status = "
    "'queued'",
    "CREATE TABLE gate_ignores ("
    "         id BIGSERIAL PRIMARY KEY,"
    "         deployment_id BIGINT NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,"
    "         phase TEXT NOT NULL,"
    "         gate TEXT NOT NULL,"
    "         actor TEXT NOT NULL,"
    "         comment TEXT NOT NULL DEFAULT '',"
    "         at BIGINT NOT NULL,"
    "         UNIQUE (deployment_id, phase, gate))",
    "CREATE TABLE schedule_state ("
    "         pipeline_id BIGINT NOT NULL,"
    "         schedule_key TEXT NOT NULL,"
    "         last_fired_at BIGINT NOT NULL,"
    "         PRIMARY KEY (pipeline_id, schedule_key))",
    "CREATE INDEX deployments_history ON deployments (pipeline_id, stage_name, completed_at, id, status, release_id, "
    "attempt, queued_at, started_at, release_stage_id, operation_status) WHERE operation_status = 'done'",
    "CREATE INDEX task_runs_open_groups ON task_runs (group_host) WHERE process_group IS NOT NULL AND group_gone_at IS "
    "NULL",
    "CREATE TABLE secret_key ("
    "         id BIGINT PRIMARY KEY CHECK (id = 1),"
    "         key_check TEXT NOT NULL,"
    "         created_at BIGINT NOT NULL)",
    "CREATE TABLE variable_groups ("
    "         id BIGSERIAL PRIMARY KEY,"
    "         name TEXT NOT NULL COLLATE nocase UNIQUE,"
    "         description TEXT NOT NULL DEFAULT '',"
    "         variables TEXT NOT NULL DEFAULT '[]',"
    "         created_by TEXT NOT NULL,"
    "         created_at BIGINT NOT NULL,"
    "         modified_by TEXT NOT NULL,"
    "         modified_at BIGINT NOT NULL)",
    "CREATE TABLE pipeline_variable_groups ("
    "         pipeline_id BIGINT NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,"
    "         stage_name TEXT NOT NULL DEFAULT '',"
    "         group_id BIGINT NOT NULL REFERENCES variable_groups(id),"
    "         position BIGINT NOT NULL,"
    "         PRIMARY KEY (pipeline_id, stage_name, group_id))",
    "CREATE INDEX pipeline_variable_groups_by_group ON pipeline_variable_groups (group_id)",
    // Releases snapshot a revision by reference, so revisions must never change.
    "CREATE FUNCTION pipeline_revisions_immutable() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'pipeline revisions are immutable'; END $$",
    "CREATE TRIGGER pipeline_revisions_immutable BEFORE UPDATE ON pipeline_revisions "
    "FOR EACH ROW EXECUTE FUNCTION pipeline_revisions_immutable()",
    // The chain's head follows every insert, so that deleting the newest events is detected as well.
    "CREATE FUNCTION audit_head_follows() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN INSERT INTO audit_head (id, last_id, last_hash, count) VALUES (1, NEW.id, NEW.hash, 1) "
    "ON CONFLICT (id) DO UPDATE SET last_id = NEW.id, last_hash = NEW.hash, count = audit_head.count + 1; "
    "RETURN NEW; END $$",
    "CREATE TRIGGER audit_head_follows AFTER INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_head_follows()",
    // What changeCounter() reads: one more per committed write transaction, whichever client wrote.
    "CREATE TABLE slipway_changes (id BIGINT PRIMARY KEY CHECK (id = 1), counter BIGINT NOT NULL)",
    "INSERT INTO slipway_changes (id, counter) VALUES (1, 0)",
};

struct PostgresMigration final {
    int version;
    const char *const *statements;
    std::size_t count;
};

// Schema v9 (migrations.cpp): the dashboard's daily rollups (docs/metrics.md#rollups). A new team database gets
// them after version 8's tables, in the same transaction; an older one is upgraded by `slipway db init`, and its
// rollups back-filled by the first store opened afterwards (the mark in rollup_backfill).
const char *const schemaV9[] = {
    "ALTER TABLE deployments ADD COLUMN lead_time_s BIGINT",
    "ALTER TABLE deployments ADD COLUMN starts_streak BIGINT NOT NULL DEFAULT 0",
    "ALTER TABLE deployments ADD COLUMN restore_s BIGINT",
    "CREATE TABLE stage_daily_rollups ("
    "         pipeline_id BIGINT NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,"
    "         stage_name TEXT NOT NULL,"
    "         day BIGINT NOT NULL,"
    "         succeeded BIGINT NOT NULL DEFAULT 0,"
    "         partially_succeeded BIGINT NOT NULL DEFAULT 0,"
    "         failed BIGINT NOT NULL DEFAULT 0,"
    "         canceled BIGINT NOT NULL DEFAULT 0,"
    "         interrupted BIGINT NOT NULL DEFAULT 0,"
    "         not_deployed BIGINT NOT NULL DEFAULT 0,"
    "         duration_sum BIGINT NOT NULL DEFAULT 0,"
    "         duration_count BIGINT NOT NULL DEFAULT 0,"
    "         lead_times TEXT NOT NULL DEFAULT '',"
    "         streaks BIGINT NOT NULL DEFAULT 0,"
    "         restores TEXT NOT NULL DEFAULT '',"
    "         PRIMARY KEY (pipeline_id, stage_name, day))",
    "CREATE TABLE stage_failure_streaks ("
    "         pipeline_id BIGINT NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,"
    "         stage_name TEXT NOT NULL,"
    "         deployment_id BIGINT NOT NULL,"
    "         failed_at BIGINT NOT NULL,"
    "         PRIMARY KEY (pipeline_id, stage_name))",
    "CREATE TABLE rollup_backfill (id BIGINT PRIMARY KEY CHECK (id = 1))",
    "INSERT INTO rollup_backfill (id) VALUES (1)",
};

// Schema v10 (migrations.cpp): ids never handed out twice. PostgreSQL's BIGSERIAL sequences already never go back,
// so only the version moves.
const char *const schemaV10[] = {
    "SELECT 1",
};

// Schema v13 (migrations.cpp): deployment agents.
const char *const schemaV13[] = {
    "CREATE TABLE IF NOT EXISTS agents ("
    "         name TEXT PRIMARY KEY,"
    "         host TEXT NOT NULL,"
    "         pools TEXT NOT NULL DEFAULT '[]',"
    "         capabilities TEXT NOT NULL DEFAULT '{}',"
    "         enabled INTEGER NOT NULL DEFAULT 1,"
    "         owner_id TEXT NOT NULL,"
    "         lease_seconds INTEGER NOT NULL,"
    "         started_at BIGINT NOT NULL,"
    "         last_seen BIGINT NOT NULL)",
};

// A team database made by an older Slipway moves on through these: version 8 is the first.
const PostgresMigration postgresMigrations[] = {
    {8, schemaV8, std::size(schemaV8)},
    {9, schemaV9, std::size(schemaV9)},
    {10, schemaV10, std::size(schemaV10)},
    {11, teamRoleSchema().data(), teamRoleSchema().size()},
    {12, teamRoleHardening().data(), teamRoleHardening().size()},
    {13, schemaV13, std::size(schemaV13)},
    {14, teamRequestKinds().data(), teamRequestKinds().size()},
};

Status run(QSqlDatabase &database, const QString &statement) {
    return runMigrationStatement(database, statement);
}

} // namespace

namespace {

// A login that may connect but not read Slipway's tables (SQLSTATE 42501) is told what to ask for.
Error unreadableSchema(const QSqlQuery &query, const QString &where) {
    if (query.lastError().nativeErrorCode() == QLatin1String("42501"))
        return Error::forbidden(QT_TRANSLATE_NOOP("Engine", "the team database %1 lets this login connect but not "
                                                            "read Slipway's tables: the database's owner grants "
                                                            "them (docs/team-setup.md)"),
                                {where});
    return Error::storage(QT_TRANSLATE_NOOP("Engine", "cannot read the schema version: %1"),
                          {query.lastError().text()});
}

} // namespace

Result<int> postgresSchemaVersion(QSqlDatabase &database, const QString &where) {
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT to_regclass('slipway_schema') IS NOT NULL")) || !query.next())
        return unreadableSchema(query, where);
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT version FROM slipway_schema")) || !query.next())
        return unreadableSchema(query, where);
    return query.value(0).toInt();
}

namespace {

Status migrateLocked(QSqlDatabase &database, const QString &where, MigrationPolicy policy) {
    const Result<int> version = postgresSchemaVersion(database, where);
    if (!version)
        return version.error();
    if (*version > latestSchemaVersion())
        return Error::storage(QT_TRANSLATE_NOOP("Engine", "the team database %1 uses schema version %2, but this "
                                                          "Slipway uses version %3; use a newer Slipway"),
                              {where, QString::number(*version), QString::number(latestSchemaVersion())});
    // `db init` on a current database makes the team's roles if its first client could not.
    if (*version == latestSchemaVersion())
        return policy == MigrationPolicy::Upgrade ? establishTeamRoles(database, where, true) : Status{};
    // Several desktops share the database: only `slipway db init` moves an existing one to a new version.
    if (*version > 0 && policy == MigrationPolicy::CreateOnly)
        return Error::storage(QT_TRANSLATE_NOOP("Engine", "the team database %1 uses schema version %2, but this "
                                                          "Slipway uses version %3; upgrade it with: slipway db init "
                                                          "URI"),
                              {where, QString::number(*version), QString::number(latestSchemaVersion())});
    if (*version == 0)
        if (Status made = run(database, QStringLiteral("CREATE TABLE slipway_schema (version INTEGER NOT NULL)"));
            !made)
            return made;
    for (const PostgresMigration &migration : postgresMigrations) {
        if (migration.version <= *version)
            continue;
        for (std::size_t i = 0; i < migration.count; ++i)
            if (Status step = run(database, QString::fromUtf8(migration.statements[i])); !step)
                return step;
    }
    if (Status rights = establishTeamRoles(database, where, policy == MigrationPolicy::Upgrade); !rights)
        return rights;
    if (Status none = run(database, QStringLiteral("DELETE FROM slipway_schema")); !none)
        return none;
    return run(database, QStringLiteral("INSERT INTO slipway_schema (version) VALUES (%1)").arg(latestSchemaVersion()));
}

} // namespace

Status migratePostgres(QSqlDatabase &database, const QString &where, MigrationPolicy policy) {
    if (Status begun = run(database, QStringLiteral("BEGIN")); !begun)
        return begun;
    // The schema belongs to the database's owner whoever makes it, so that every login of the team (a member of
    // the owner's role: docs/team-setup.md#who-acts) may use it.
    Status done = run(database, QStringLiteral("DO $$ DECLARE owner name; BEGIN SELECT pg_get_userbyid(datdba) INTO "
                                               "owner FROM pg_database WHERE datname = current_database(); IF owner <> "
                                               "session_user AND pg_has_role(session_user, owner, 'MEMBER') THEN "
                                               "EXECUTE format('SET LOCAL ROLE %I', owner); END IF; END $$"));
    // One transaction under the schema's lock, so that two clients opening an empty database make the schema once.
    // Once it exists that lock is the writers' row (postgresconnection.cpp), which a member may not take and so
    // cannot hold; only an empty database, which has no members yet, needs the advisory lock any login could hold.
    if (done)
        done = run(database, QStringLiteral("DO $$ BEGIN IF to_regclass('slipway_changes') IS NULL THEN PERFORM "
                                            "pg_advisory_xact_lock(%1); ELSE BEGIN PERFORM 1 FROM slipway_changes "
                                            "WHERE id = 1 FOR UPDATE; EXCEPTION WHEN insufficient_privilege THEN "
                                            "NULL; END; END IF; END $$")
                                 .arg(postgresSchemaLock));
    if (done)
        done = migrateLocked(database, where, policy);
    if (!done) {
        (void)run(database, QStringLiteral("ROLLBACK"));
        return done;
    }
    return run(database, QStringLiteral("COMMIT"));
}

} // namespace slipway
