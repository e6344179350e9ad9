#include "sqliteschemav1.h"

#include <iterator>

namespace slipway {

// Version 1: every object of docs/domain.md#objects. Times are UTC milliseconds since the epoch.
// Plain INTEGER PRIMARY KEYs here; version 10 makes them AUTOINCREMENT.
const char *const sqliteSchemaV1[] = {
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

const std::size_t sqliteSchemaV1Size = std::size(sqliteSchemaV1);

} // namespace slipway
