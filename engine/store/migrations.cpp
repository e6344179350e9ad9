#include "migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace slipway {

namespace {

// Version 1: every object of docs/domain.md#objects. Times are UTC milliseconds since the epoch.
// Plain INTEGER PRIMARY KEYs here; version 10 makes them AUTOINCREMENT.
const char *const schemaV1[] = {
    R"(CREATE TABLE projects (
         id INTEGER PRIMARY KEY,
         name TEXT NOT NULL UNIQUE COLLATE NOCASE,
         created_at INTEGER NOT NULL))",
    R"(CREATE TABLE users (
         id INTEGER PRIMARY KEY,
         name TEXT NOT NULL UNIQUE,
         display_name TEXT NOT NULL DEFAULT '',
         created_at INTEGER NOT NULL))",
    R"(CREATE TABLE user_groups (
         id INTEGER PRIMARY KEY,
         name TEXT NOT NULL UNIQUE,
         created_at INTEGER NOT NULL))",
    R"(CREATE TABLE group_members (
         group_id INTEGER NOT NULL REFERENCES user_groups(id) ON DELETE CASCADE,
         user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
         PRIMARY KEY (group_id, user_id)))",
    R"(CREATE TABLE tokens (
         id INTEGER PRIMARY KEY,
         user_id INTEGER NOT NULL REFERENCES users(id),
         name TEXT NOT NULL DEFAULT '',
         hash TEXT NOT NULL UNIQUE,
         created_at INTEGER NOT NULL,
         revoked_at INTEGER))",
    R"(CREATE TABLE pipelines (
         id INTEGER PRIMARY KEY,
         project_id INTEGER NOT NULL REFERENCES projects(id),
         name TEXT NOT NULL,
         folder TEXT NOT NULL DEFAULT '/',
         current_revision INTEGER NOT NULL DEFAULT 0,
         next_release_number INTEGER NOT NULL DEFAULT 1,
         created_at INTEGER NOT NULL,
         updated_at INTEGER NOT NULL,
         UNIQUE (project_id, name)))",
    R"(CREATE TABLE pipeline_revisions (
         id INTEGER PRIMARY KEY,
         pipeline_id INTEGER NOT NULL REFERENCES pipelines(id),
         revision INTEGER NOT NULL,
         body TEXT NOT NULL,
         author TEXT NOT NULL,
         comment TEXT NOT NULL DEFAULT '',
         created_at INTEGER NOT NULL,
         UNIQUE (pipeline_id, revision)))",
    // Releases snapshot a revision by reference, so revisions must never change.
    R"(CREATE TRIGGER pipeline_revisions_immutable BEFORE UPDATE ON pipeline_revisions
       BEGIN SELECT RAISE(ABORT, 'pipeline revisions are immutable'); END)",
    R"(CREATE TABLE artifact_sources (
         id INTEGER PRIMARY KEY,
         pipeline_id INTEGER NOT NULL REFERENCES pipelines(id),
         alias TEXT NOT NULL,
         type TEXT NOT NULL,
         settings TEXT NOT NULL DEFAULT '{}',
         is_primary INTEGER NOT NULL DEFAULT 0,
         active INTEGER NOT NULL DEFAULT 1,
         UNIQUE (pipeline_id, alias)))",
    R"(CREATE TABLE artifact_versions (
         id INTEGER PRIMARY KEY,
         source_id INTEGER NOT NULL REFERENCES artifact_sources(id),
         version TEXT NOT NULL,
         branch TEXT NOT NULL DEFAULT '',
         tags TEXT NOT NULL DEFAULT '[]',
         commit_sha TEXT NOT NULL DEFAULT '',
         url TEXT NOT NULL DEFAULT '',
         metadata TEXT NOT NULL DEFAULT '{}',
         seen_at INTEGER NOT NULL,
         UNIQUE (source_id, version)))",
    R"(CREATE TABLE releases (
         id INTEGER PRIMARY KEY,
         pipeline_id INTEGER NOT NULL REFERENCES pipelines(id),
         revision_id INTEGER NOT NULL REFERENCES pipeline_revisions(id),
         name TEXT NOT NULL,
         description TEXT NOT NULL DEFAULT '',
         created_by TEXT NOT NULL,
         created_at INTEGER NOT NULL,
         reason TEXT NOT NULL,
         status TEXT NOT NULL,
         keep_forever INTEGER NOT NULL DEFAULT 0,
         tags TEXT NOT NULL DEFAULT '[]',
         variables TEXT NOT NULL DEFAULT '{}'))",
    // Release grid pages: newest first per pipeline, keyset on id.
    "CREATE INDEX releases_by_pipeline ON releases (pipeline_id, id DESC)",
    R"(CREATE TABLE release_artifacts (
         release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
         alias TEXT NOT NULL,
         version_id INTEGER REFERENCES artifact_versions(id),
         PRIMARY KEY (release_id, alias)) WITHOUT ROWID)",
    R"(CREATE TABLE release_stages (
         id INTEGER PRIMARY KEY,
         release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
         name TEXT NOT NULL,
         rank INTEGER NOT NULL,
         status TEXT NOT NULL DEFAULT 'notStarted',
         is_manual INTEGER NOT NULL DEFAULT 0,
         UNIQUE (release_id, rank)))",
    R"(CREATE TABLE deployments (
         id INTEGER PRIMARY KEY,
         release_stage_id INTEGER NOT NULL REFERENCES release_stages(id) ON DELETE CASCADE,
         attempt INTEGER NOT NULL,
         reason TEXT NOT NULL,
         requested_by TEXT NOT NULL,
         comment TEXT NOT NULL DEFAULT '',
         queued_at INTEGER NOT NULL,
         scheduled_for INTEGER,
         started_at INTEGER,
         completed_at INTEGER,
         status TEXT NOT NULL,
         operation_status TEXT NOT NULL,
         owner TEXT,
         lease_until INTEGER,
         UNIQUE (release_stage_id, attempt)))",
    // Work the engines must look at: everything not yet done.
    "CREATE INDEX deployments_open ON deployments (operation_status) WHERE operation_status <> 'done'",
    R"(CREATE TABLE task_runs (
         id INTEGER PRIMARY KEY,
         deployment_id INTEGER NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
         phase TEXT NOT NULL DEFAULT 'deploy',
         task_index INTEGER NOT NULL,
         name TEXT NOT NULL,
         status TEXT NOT NULL,
         started_at INTEGER,
         ended_at INTEGER,
         exit_code INTEGER,
         UNIQUE (deployment_id, phase, task_index)))",
    R"(CREATE TABLE log_lines (
         id INTEGER PRIMARY KEY,
         task_run_id INTEGER NOT NULL REFERENCES task_runs(id) ON DELETE CASCADE,
         at INTEGER NOT NULL,
         stream TEXT NOT NULL DEFAULT 'stdout',
         line TEXT NOT NULL))",
    "CREATE INDEX log_lines_by_task ON log_lines (task_run_id, id)",
    R"(CREATE TABLE approvals (
         id INTEGER PRIMARY KEY,
         deployment_id INTEGER NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
         kind TEXT NOT NULL,
         approver TEXT NOT NULL,
         is_group INTEGER NOT NULL DEFAULT 0,
         rank INTEGER NOT NULL DEFAULT 1,
         status TEXT NOT NULL,
         comment TEXT NOT NULL DEFAULT '',
         acted_by TEXT,
         acted_at INTEGER,
         deferred_until INTEGER,
         created_at INTEGER NOT NULL))",
    "CREATE INDEX approvals_by_deployment ON approvals (deployment_id)",
    // The approver's inbox: pending approvals per user or group.
    "CREATE INDEX approvals_pending ON approvals (approver, created_at) WHERE status = 'pending'",
    R"(CREATE TABLE approval_history (
         id INTEGER PRIMARY KEY,
         approval_id INTEGER NOT NULL REFERENCES approvals(id) ON DELETE CASCADE,
         at INTEGER NOT NULL,
         actor TEXT NOT NULL,
         status TEXT NOT NULL,
         comment TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE gate_evaluations (
         id INTEGER PRIMARY KEY,
         deployment_id INTEGER NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
         phase TEXT NOT NULL,
         at INTEGER NOT NULL,
         passed INTEGER NOT NULL,
         results TEXT NOT NULL DEFAULT '[]'))",
    "CREATE INDEX gate_evaluations_by_deployment ON gate_evaluations (deployment_id, id)",
    R"(CREATE TABLE audit_events (
         id INTEGER PRIMARY KEY,
         at INTEGER NOT NULL,
         actor TEXT NOT NULL,
         action TEXT NOT NULL,
         object_type TEXT NOT NULL,
         object_id INTEGER NOT NULL,
         details TEXT NOT NULL DEFAULT '{}',
         prev_hash TEXT NOT NULL,
         hash TEXT NOT NULL))",
    "CREATE INDEX audit_events_by_object ON audit_events (object_type, object_id)",
    // The chain's head, so that deleting the newest events is detected as well.
    R"(CREATE TABLE audit_head (
         id INTEGER PRIMARY KEY CHECK (id = 1),
         last_id INTEGER NOT NULL,
         last_hash TEXT NOT NULL,
         count INTEGER NOT NULL))",
    R"(CREATE TRIGGER audit_head_follows AFTER INSERT ON audit_events BEGIN
         INSERT INTO audit_head (id, last_id, last_hash, count) VALUES (1, NEW.id, NEW.hash, 1)
         ON CONFLICT (id) DO UPDATE SET last_id = NEW.id, last_hash = NEW.hash, count = count + 1;
       END)",
};

// Version 2: what the deployment engine records: who runs a deployment (owner, process, host,
// lease), why it ended, a message per task run, and the queue key (pipeline, stage, release) so an
// engine finds the head of a stage's queue without reading the whole queue.
const char *const schemaV2[] = {
    "ALTER TABLE deployments ADD COLUMN owner_pid INTEGER",
    "ALTER TABLE deployments ADD COLUMN owner_host TEXT",
    "ALTER TABLE deployments ADD COLUMN message TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE task_runs ADD COLUMN message TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX deployments_owned ON deployments (owner) WHERE status = 'inProgress'",
    "ALTER TABLE deployments ADD COLUMN pipeline_id INTEGER",
    "ALTER TABLE deployments ADD COLUMN stage_name TEXT",
    "ALTER TABLE deployments ADD COLUMN release_id INTEGER",
    R"(UPDATE deployments SET
         release_id = (SELECT s.release_id FROM release_stages s WHERE s.id = deployments.release_stage_id),
         stage_name = (SELECT s.name FROM release_stages s WHERE s.id = deployments.release_stage_id),
         pipeline_id = (SELECT r.pipeline_id FROM release_stages s JOIN releases r ON r.id = s.release_id
                        WHERE s.id = deployments.release_stage_id))",
    "CREATE INDEX deployments_queue ON deployments (pipeline_id, stage_name, release_id, id) "
    "WHERE operation_status = 'queued'",
    // A manual intervention's answer, written by whoever resumes or rejects it, read by the engine.
    "ALTER TABLE task_runs ADD COLUMN decision TEXT",
    "ALTER TABLE task_runs ADD COLUMN decided_by TEXT",
    "ALTER TABLE task_runs ADD COLUMN decision_comment TEXT NOT NULL DEFAULT ''",
};

// Version 3: approvals and gates in the run, schedules, retention. A deployment remembers the step it
// is in (preApprovals, preGates, tasks, postGates, postApprovals), when that step started and when it
// times out, and the tasks' outcome while post-deployment steps run. Ignored gates, administrators,
// schedule state and the artifact sources' scan state have tables of their own.
const char *const schemaV3[] = {
    "ALTER TABLE deployments ADD COLUMN step TEXT",
    "ALTER TABLE deployments ADD COLUMN step_started_at INTEGER",
    "ALTER TABLE deployments ADD COLUMN step_deadline INTEGER",
    "ALTER TABLE deployments ADD COLUMN tasks_outcome TEXT",
    "ALTER TABLE deployments ADD COLUMN succeeding_since INTEGER",
    "ALTER TABLE approvals ADD COLUMN release_id INTEGER",
    "ALTER TABLE approvals ADD COLUMN stage_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE users ADD COLUMN is_admin INTEGER NOT NULL DEFAULT 0",
    R"(CREATE TABLE gate_ignores (
         id INTEGER PRIMARY KEY,
         deployment_id INTEGER NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
         phase TEXT NOT NULL,
         gate TEXT NOT NULL,
         actor TEXT NOT NULL,
         comment TEXT NOT NULL DEFAULT '',
         at INTEGER NOT NULL,
         UNIQUE (deployment_id, phase, gate)))",
    // When each schedule (release schedule i, or a stage's schedule) last fired, per pipeline;
    // pipeline 0 holds the engine's own daily jobs (retention).
    R"(CREATE TABLE schedule_state (
         pipeline_id INTEGER NOT NULL,
         schedule_key TEXT NOT NULL,
         last_fired_at INTEGER NOT NULL,
         PRIMARY KEY (pipeline_id, schedule_key)) WITHOUT ROWID)",
    "CREATE INDEX deployments_by_stage_completed ON deployments (pipeline_id, stage_name, completed_at)",
};

// Schema v4: values given when a deployment is requested (the Deploy dialog's variable overrides).
const char *const schemaV4[] = {
    "ALTER TABLE deployments ADD COLUMN variables TEXT NOT NULL DEFAULT '{}'",
};

// Schema v5: the history index covers what the dashboard reads of a finished deployment, so a year of
// a busy pipeline is read from the index alone; it holds finished deployments only, so deployments
// under way do not rewrite it as they progress.
const char *const schemaV5[] = {
    "DROP INDEX deployments_by_stage_completed",
    "CREATE INDEX deployments_history ON deployments (pipeline_id, stage_name, completed_at, id, status, "
    "release_id, attempt, queued_at, started_at, release_stage_id, operation_status) WHERE operation_status = 'done'",
};

// Schema v6: the process group each task started, so that an engine can end what a dead engine left running
// (docs/security.md#task-processes-and-their-engine): the group id (its leader's pid), the leader's start time
// in clock ticks since boot and the boot id (a reused pid or a reboot is never mistaken for it), the host it
// runs on, and when the group was seen gone.
const char *const schemaV6[] = {
    "ALTER TABLE task_runs ADD COLUMN process_group INTEGER",
    "ALTER TABLE task_runs ADD COLUMN group_leader_start INTEGER",
    "ALTER TABLE task_runs ADD COLUMN group_boot_id TEXT",
    "ALTER TABLE task_runs ADD COLUMN group_host TEXT",
    "ALTER TABLE task_runs ADD COLUMN group_gone_at INTEGER",
    "CREATE INDEX task_runs_open_groups ON task_runs (group_host) "
    "WHERE process_group IS NOT NULL AND group_gone_at IS NULL",
};

// Schema v7: the key check of the key that seals secret
// values (docs/security.md#secrets-at-rest). Its row is written on the first open with a key, when the plaintext
// secrets of an older database are sealed (engine/store/sqlsecrets.cpp).
const char *const schemaV7[] = {
    R"(CREATE TABLE secret_key (
         id INTEGER PRIMARY KEY CHECK (id = 1),
         key_check TEXT NOT NULL,
         created_at INTEGER NOT NULL))",
};

// Schema v8: the Library's variable groups (docs/pipeline-format.md, docs/security.md#variable-groups). A group's
// variables are a JSON array of [name, value, secret] entries, secret values sealed. The links of each pipeline's
// current revision are kept beside it, so that a linked group cannot be deleted (the foreign key refuses it too) and
// its users are found without parsing every definition. A release keeps the snapshot of its groups' variables.
const char *const schemaV8[] = {
    R"(CREATE TABLE variable_groups (
         id INTEGER PRIMARY KEY,
         name TEXT NOT NULL UNIQUE COLLATE NOCASE,
         description TEXT NOT NULL DEFAULT '',
         variables TEXT NOT NULL DEFAULT '[]',
         created_by TEXT NOT NULL,
         created_at INTEGER NOT NULL,
         modified_by TEXT NOT NULL,
         modified_at INTEGER NOT NULL))",
    R"(CREATE TABLE pipeline_variable_groups (
         pipeline_id INTEGER NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
         stage_name TEXT NOT NULL DEFAULT '',
         group_id INTEGER NOT NULL REFERENCES variable_groups(id),
         position INTEGER NOT NULL,
         PRIMARY KEY (pipeline_id, stage_name, group_id)) WITHOUT ROWID)",
    "CREATE INDEX pipeline_variable_groups_by_group ON pipeline_variable_groups (group_id)",
    "ALTER TABLE releases ADD COLUMN variable_groups TEXT NOT NULL DEFAULT '[]'",
};

// Schema v9: the dashboard's per-stage daily rollups (docs/metrics.md#rollups), kept in the transaction that
// completes each deployment: a day's counts by final status, its durations, and its lead-time and time-to-restore
// samples, exactly (percentiles cannot be summed); the failure streak each stage has open; and, on the deployments,
// what each one added (the partial days at a period's ends are read from there). Retention deletes releases, not
// rollups. The back-fill runs on the first open after the upgrade (engine/store/sqlrollups.cpp), marked here.
const char *const schemaV9[] = {
    "ALTER TABLE deployments ADD COLUMN lead_time_s INTEGER",
    "ALTER TABLE deployments ADD COLUMN starts_streak INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE deployments ADD COLUMN restore_s INTEGER",
    R"(CREATE TABLE stage_daily_rollups (
         pipeline_id INTEGER NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
         stage_name TEXT NOT NULL,
         day INTEGER NOT NULL,
         succeeded INTEGER NOT NULL DEFAULT 0,
         partially_succeeded INTEGER NOT NULL DEFAULT 0,
         failed INTEGER NOT NULL DEFAULT 0,
         canceled INTEGER NOT NULL DEFAULT 0,
         interrupted INTEGER NOT NULL DEFAULT 0,
         not_deployed INTEGER NOT NULL DEFAULT 0,
         duration_sum INTEGER NOT NULL DEFAULT 0,
         duration_count INTEGER NOT NULL DEFAULT 0,
         lead_times TEXT NOT NULL DEFAULT '',
         streaks INTEGER NOT NULL DEFAULT 0,
         restores TEXT NOT NULL DEFAULT '',
         PRIMARY KEY (pipeline_id, stage_name, day)) WITHOUT ROWID)",
    R"(CREATE TABLE stage_failure_streaks (
         pipeline_id INTEGER NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
         stage_name TEXT NOT NULL,
         deployment_id INTEGER NOT NULL,
         failed_at INTEGER NOT NULL,
         PRIMARY KEY (pipeline_id, stage_name)) WITHOUT ROWID)",
    "CREATE TABLE rollup_backfill (id INTEGER PRIMARY KEY CHECK (id = 1))",
    "INSERT INTO rollup_backfill (id) VALUES (1)",
};

// Schema v10: no id is handed out twice. A plain INTEGER PRIMARY KEY takes the largest id plus one, so deleting the
// newest release (or pipeline, deployment...) gave its id to the next one, whose History then showed the deleted
// one's audit events. AUTOINCREMENT remembers the largest id ever used (sqlite_sequence). It changes nothing on
// disk, so the tables' definitions are edited in place (SQLite's documented writable_schema procedure for changes
// that leave the stored rows as they are) instead of copying every table: instant on any size of history.
// makeIdsMonotonic() completes it: the schema cookie, and each table's sequence starting at its largest id.
const char *const schemaV10[] = {
    "CREATE TABLE slipway_sequence_maker (id INTEGER PRIMARY KEY AUTOINCREMENT)", // creates sqlite_sequence
    "DROP TABLE slipway_sequence_maker",
    "PRAGMA writable_schema = ON",
    "UPDATE sqlite_master SET sql = replace(sql, 'id INTEGER PRIMARY KEY,', 'id INTEGER PRIMARY KEY AUTOINCREMENT,') "
    "WHERE type = 'table' AND sql LIKE '%id INTEGER PRIMARY KEY,%'",
};

Status run(QSqlDatabase &database, const QString &statement);

Status makeIdsMonotonic(QSqlDatabase &database) {
    QSqlQuery cookie(database);
    if (!cookie.exec(QStringLiteral("PRAGMA schema_version")) || !cookie.next())
        return Error::storage(QT_TRANSLATE_NOOP("Engine", "migration failed: %1 (%2)"),
                              {cookie.lastError().text(), QStringLiteral("PRAGMA schema_version")});
    const qint64 version = cookie.value(0).toLongLong();
    cookie.finish();
    // A new cookie makes every connection, this one included, read the edited definitions.
    for (const QString &statement : {QStringLiteral("PRAGMA schema_version = %1").arg(version + 1),
                                     QStringLiteral("PRAGMA writable_schema = OFF")})
        if (Status done = run(database, statement); !done)
            return done;
    QSqlQuery tables(database);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE "
                                    "'%AUTOINCREMENT%' AND name <> 'sqlite_sequence' ORDER BY name")))
        return Error::storage(QT_TRANSLATE_NOOP("Engine", "migration failed: %1 (%2)"),
                              {tables.lastError().text(), QStringLiteral("sqlite_master")});
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    tables.finish();
    for (const QString &name : std::as_const(names))
        if (Status seeded = run(database, QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT '%1', "
                                                         "coalesce(max(id), 0) FROM \"%1\"")
                                              .arg(name));
            !seeded)
            return seeded;
    return {};
}

struct Migration final {
    int version;
    const char *const *statements;
    std::size_t count;
    Status (*complete)(QSqlDatabase &) = nullptr; // what the statements cannot say, in the same transaction
};

// Schema v11: the team database's roles and members' requests (postgresroles.cpp). A file has one account and
// runs its requests itself, so only the version moves.
const char *const schemaV11[] = {
    "SELECT 1",
};

// Schema v12: the team database's functions hardened (postgresroles.cpp); again only the version moves here.
const char *const schemaV12[] = {
    "SELECT 1",
};

const Migration migrations[] = {
    {1, schemaV1, std::size(schemaV1)},    {2, schemaV2, std::size(schemaV2)},
    {3, schemaV3, std::size(schemaV3)},    {4, schemaV4, std::size(schemaV4)},
    {5, schemaV5, std::size(schemaV5)},    {6, schemaV6, std::size(schemaV6)},
    {7, schemaV7, std::size(schemaV7)},    {8, schemaV8, std::size(schemaV8)},
    {9, schemaV9, std::size(schemaV9)},    {10, schemaV10, std::size(schemaV10), makeIdsMonotonic},
    {11, schemaV11, std::size(schemaV11)}, {12, schemaV12, std::size(schemaV12)},
};

Status run(QSqlDatabase &database, const QString &statement) {
    return runMigrationStatement(database, statement);
}

Result<int> currentVersion(QSqlDatabase &database) {
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Error::storage(QT_TRANSLATE_NOOP("Engine", "cannot read the schema version: %1"),
                              {query.lastError().text()});
    return query.value(0).toInt();
}

} // namespace

Status runMigrationStatement(QSqlDatabase &database, const QString &statement) {
    QSqlQuery query(database);
    if (!query.exec(statement))
        return Error::storage(QT_TRANSLATE_NOOP("Engine", "migration failed: %1 (%2)"),
                              {query.lastError().text(), statement.left(60).simplified()});
    return {};
}

int latestSchemaVersion() {
    return migrations[std::size(migrations) - 1].version;
}

Status migrate(QSqlDatabase &database) {
    const Result<int> version = currentVersion(database);
    if (!version)
        return version.error();
    if (*version > latestSchemaVersion())
        return Error::storage(QT_TRANSLATE_NOOP("Engine",
                                                "the database uses schema version %1, but this Slipway understands "
                                                "versions up to %2; use a newer Slipway"),
                              {QString::number(*version), QString::number(latestSchemaVersion())});
    for (const Migration &migration : migrations) {
        if (migration.version <= *version)
            continue;
        if (Status begun = run(database, QStringLiteral("BEGIN IMMEDIATE")); !begun)
            return begun;
        // Another process may have migrated between our read and the lock.
        const Result<int> locked = currentVersion(database);
        if (locked && *locked >= migration.version) {
            (void)run(database, QStringLiteral("COMMIT"));
            continue;
        }
        Status step;
        for (std::size_t i = 0; i < migration.count && step; ++i)
            step = run(database, QString::fromUtf8(migration.statements[i]));
        if (step && migration.complete)
            step = migration.complete(database);
        if (step)
            step = run(database, QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        if (!step) {
            (void)run(database, QStringLiteral("ROLLBACK"));
            return step;
        }
        if (Status committed = run(database, QStringLiteral("COMMIT")); !committed)
            return committed;
    }
    return {};
}

} // namespace slipway
