#include "migrations.h"

#include "sqliteschemav1.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace slipway {

namespace {

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

// Schema v13: deployment agents (docs/agents.md), one row per name, kept while the agent is away so the Agents page
// shows it offline.
const char *const schemaV13[] = {
    R"(CREATE TABLE IF NOT EXISTS agents (
         name TEXT PRIMARY KEY,
         host TEXT NOT NULL,
         pools TEXT NOT NULL DEFAULT '[]',
         capabilities TEXT NOT NULL DEFAULT '{}',
         enabled INTEGER NOT NULL DEFAULT 1,
         owner_id TEXT NOT NULL,
         lease_seconds INTEGER NOT NULL,
         started_at INTEGER NOT NULL,
         last_seen INTEGER NOT NULL))",
};

// Schema v14: members' cancels and intervention answers (postgresroles.cpp); only the version moves here.
const char *const schemaV14[] = {
    "SELECT 1",
};

const Migration migrations[] = {
    {1, sqliteSchemaV1, sqliteSchemaV1Size}, {2, schemaV2, std::size(schemaV2)},
    {3, schemaV3, std::size(schemaV3)},      {4, schemaV4, std::size(schemaV4)},
    {5, schemaV5, std::size(schemaV5)},      {6, schemaV6, std::size(schemaV6)},
    {7, schemaV7, std::size(schemaV7)},      {8, schemaV8, std::size(schemaV8)},
    {9, schemaV9, std::size(schemaV9)},      {10, schemaV10, std::size(schemaV10), makeIdsMonotonic},
    {11, schemaV11, std::size(schemaV11)},   {12, schemaV12, std::size(schemaV12)},
    {13, schemaV13, std::size(schemaV13)},   {14, schemaV14, std::size(schemaV14)},
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
