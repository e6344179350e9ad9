#include "databasecopy.h"

#include "migrations.h"
#include "postgresconnection.h"
#include "sqlrollups.h"
#include "sqliteconnection.h"
#include "storefactory.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlQuery>

namespace slipway {

namespace {

struct TableColumns final {
    const char *table;
    const char *columns;
};

// Every table of the schema (the same in both backends), parents before the tables that refer to them. The schema
// version and the change counter belong to each database and are not copied.
const TableColumns copiedTables[] = {
    {"projects", "id, name, created_at"},
    {"users", "id, name, display_name, created_at, is_admin"},
    {"user_groups", "id, name, created_at"},
    {"group_members", "group_id, user_id"},
    {"tokens", "id, user_id, name, hash, created_at, revoked_at"},
    {"pipelines", "id, project_id, name, folder, current_revision, next_release_number, created_at, updated_at"},
    {"pipeline_revisions", "id, pipeline_id, revision, body, author, comment, created_at"},
    {"artifact_sources", "id, pipeline_id, alias, type, settings, is_primary, active"},
    {"artifact_versions", "id, source_id, version, branch, tags, commit_sha, url, metadata, seen_at"},
    {"releases", "id, pipeline_id, revision_id, name, description, created_by, created_at, reason, status, "
                 "keep_forever, tags, variables, variable_groups"},
    {"release_artifacts", "release_id, alias, version_id"},
    {"release_stages", "id, release_id, name, rank, status, is_manual"},
    {"deployments", "id, release_stage_id, attempt, reason, requested_by, comment, queued_at, scheduled_for, "
                    "started_at, completed_at, status, operation_status, owner, lease_until, owner_pid, owner_host, "
                    "message, pipeline_id, stage_name, release_id, step, step_started_at, step_deadline, "
                    "tasks_outcome, succeeding_since, variables, lead_time_s, starts_streak, restore_s"},
    {"task_runs", "id, deployment_id, phase, task_index, name, status, started_at, ended_at, exit_code, message, "
                  "decision, decided_by, decision_comment, process_group, group_leader_start, group_boot_id, "
                  "group_host, group_gone_at"},
    {"log_lines", "id, task_run_id, at, stream, line"},
    {"approvals", "id, deployment_id, kind, approver, is_group, rank, status, comment, acted_by, acted_at, "
                  "deferred_until, created_at, release_id, stage_name"},
    {"approval_history", "id, approval_id, at, actor, status, comment"},
    {"gate_evaluations", "id, deployment_id, phase, at, passed, results"},
    {"audit_events", "id, at, actor, action, object_type, object_id, details, prev_hash, hash"},
    // After audit_events: their insert trigger made a head, replaced by the one copied.
    {"audit_head", "id, last_id, last_hash, count"},
    {"gate_ignores", "id, deployment_id, phase, gate, actor, comment, at"},
    {"schedule_state", "pipeline_id, schedule_key, last_fired_at"},
    {"secret_key", "id, key_check, created_at"},
    {"variable_groups", "id, name, description, variables, created_by, created_at, modified_by, modified_at"},
    {"pipeline_variable_groups", "pipeline_id, stage_name, group_id, position"},
    // The rollups are copied, not recomputed: they keep the figures of releases that retention deleted.
    {"stage_daily_rollups", "pipeline_id, stage_name, day, succeeded, partially_succeeded, failed, canceled, "
                            "interrupted, not_deployed, duration_sum, duration_count, lead_times, streaks, restores"},
    {"stage_failure_streaks", "pipeline_id, stage_name, deployment_id, failed_at"},
    {"rollup_backfill", "id"},
    {"agents", "name, host, pools, capabilities, enabled, owner_id, lease_seconds, started_at, last_seen"},
};

// Rows are sent in batches of this many between progress reports.
constexpr qint64 progressStep = 500;

QString nextConnectionName() {
    static QAtomicInteger<int> counter;
    return QStringLiteral("slipway-version-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The version of a database without touching it: 0 for a missing file or an empty database, -1 when it cannot be
// read (initializeDatabase() then says why).
int schemaVersionOf(const QString &location) {
    const QString name = nextConnectionName();
    int version = -1;
    {
        const bool server = isServerLocation(location);
        if (!server && !QFileInfo::exists(location))
            return 0;
        QSqlDatabase db = QSqlDatabase::addDatabase(server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (server) {
            Result<PostgresLocation> parsed = parsePostgresUri(location);
            if (parsed) {
                db.setHostName(parsed->host);
                if (parsed->port > 0)
                    db.setPort(parsed->port);
                db.setDatabaseName(parsed->database);
                db.setUserName(parsed->user);
                db.setPassword(parsed->password);
                db.setConnectOptions(parsed->connectOptions());
            }
        } else {
            db.setDatabaseName(location);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (db.open()) {
            QSqlQuery query(db);
            const QString sql = server ? QStringLiteral("SELECT CASE WHEN to_regclass('slipway_schema') IS NULL THEN 0 "
                                                        "ELSE (SELECT max(version) FROM slipway_schema) END")
                                       : QStringLiteral("PRAGMA user_version");
            if (query.exec(sql) && query.next())
                version = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

Result<std::unique_ptr<SqlConnection>> openConnection(const QString &location) {
    if (isServerLocation(location)) {
        Result<std::unique_ptr<PostgresConnection>> opened = PostgresConnection::open(location);
        if (!opened)
            return opened.error();
        return std::unique_ptr<SqlConnection>(std::move(*opened));
    }
    Result<std::unique_ptr<SqliteConnection>> opened = SqliteConnection::open(location);
    if (!opened)
        return opened.error();
    return std::unique_ptr<SqlConnection>(std::move(*opened));
}

Result<qint64> countRows(SqlConnection &connection, const QString &table) {
    Result<QVariant> count = connection.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    if (!count)
        return count.error();
    return count->toLongLong();
}

Status refuseUnlessEmpty(SqlConnection &target) {
    for (const char *table : {"pipelines", "releases", "audit_events"}) {
        Result<qint64> rows = countRows(target, QString::fromLatin1(table));
        if (!rows)
            return rows.error();
        if (*rows > 0)
            return Error::conflict(QT_TRANSLATE_NOOP("Engine", "the database %1 already holds pipelines, releases "
                                                               "or audit events; slipway db copy writes only into "
                                                               "an empty database, and nothing was written"),
                                   {target.location()});
    }
    return {};
}

QString placeholders(const QString &columns) {
    QStringList marks;
    for (qsizetype i = 0; i < columns.count(QLatin1Char(',')) + 1; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

// The largest id `table` has ever handed out, deleted rows included (SQLite's AUTOINCREMENT record, PostgreSQL's
// sequence), or its largest id where no such record exists; 0 for none.
Result<qint64> idHighWater(SqlConnection &connection, const QString &table) {
    const QString sql =
        connection.dialect() == SqlDialect::Postgres
            ? QStringLiteral("SELECT GREATEST(COALESCE(pg_sequence_last_value(pg_get_serial_sequence('%1', 'id')"
                             "::regclass), 0), COALESCE((SELECT MAX(id) FROM %1), 0))")
            : QStringLiteral("SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = '%1'), 0), "
                             "COALESCE((SELECT MAX(id) FROM %1), 0))");
    Result<QVariant> highest = connection.scalar(sql.arg(table));
    if (!highest)
        return highest.error();
    return highest->toLongLong();
}

// The copy hands out ids after the source's high-water mark, so an id deleted in the source is not given again.
Status continueIdsAfter(SqlConnection &target, const QString &table, qint64 highWater) {
    if (target.dialect() == SqlDialect::Postgres)
        // A table without a sequence gets NULL.
        return target.execOnly(
            QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), GREATEST(?, COALESCE(MAX(id), 0)) + 1, "
                           "false) FROM %1")
                .arg(table),
            {highWater});
    if (Status cleared = target.execOnly(QStringLiteral("DELETE FROM sqlite_sequence WHERE name = ?"), {table});
        !cleared)
        return cleared;
    // Only AUTOINCREMENT tables keep a high-water mark (all of them since schema version 10).
    return target.execOnly(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT ?, MAX(?, COALESCE((SELECT "
                                          "MAX(id) FROM %1), 0)) WHERE EXISTS (SELECT 1 FROM sqlite_master WHERE "
                                          "type = 'table' AND name = ? AND sql LIKE '%AUTOINCREMENT%')")
                               .arg(table),
                           {table, highWater, table});
}

Status copyTable(SqlConnection &source, SqlConnection &target, const TableColumns &spec, qint64 total,
                 const CopyProgress &progress) {
    const QString table = QString::fromLatin1(spec.table);
    const QString columns = QString::fromLatin1(spec.columns);
    const int width = int(columns.count(QLatin1Char(',')) + 1);
    if (Status cleared = target.execOnly(QStringLiteral("DELETE FROM ") + table); !cleared)
        return cleared;
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns, placeholders(columns));
    Result<SqlCursor *> rows = source.exec(
        QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns, table, columns.section(QLatin1Char(','), 0, 0)));
    if (!rows)
        return rows.error();
    qint64 done = 0;
    while ((*rows)->next()) {
        QVariantList values;
        values.reserve(width);
        for (int column = 0; column < width; ++column)
            values.append((*rows)->isNull(column) ? QVariant() : (*rows)->value(column));
        if (Status inserted = target.execOnly(insert, values); !inserted) {
            (*rows)->finish();
            return inserted;
        }
        if (++done % progressStep == 0 && progress)
            progress(table, done, total);
    }
    (*rows)->finish();
    if (progress)
        progress(table, done, total);
    if (!columns.startsWith(QLatin1String("id,")))
        return {};
    Result<qint64> highWater = idHighWater(source, table);
    if (!highWater)
        return highWater.error();
    return continueIdsAfter(target, table, *highWater);
}

Status copyAll(SqlConnection &source, SqlConnection &target, QList<CopiedTable> &tables, const CopyProgress &progress) {
    for (const TableColumns &spec : copiedTables) {
        Result<qint64> total = countRows(source, QString::fromLatin1(spec.table));
        if (!total)
            return total.error();
        tables.append(CopiedTable{QString::fromLatin1(spec.table), *total, 0});
    }
    return target.transaction([&]() -> Status {
        if (Status empty = refuseUnlessEmpty(target); !empty)
            return empty;
        // Rows the new schema made (the first audit head, a key check) give way to the copied ones.
        for (auto spec = std::rbegin(copiedTables); spec != std::rend(copiedTables); ++spec)
            if (Status cleared = target.execOnly(QStringLiteral("DELETE FROM ") + QString::fromLatin1(spec->table));
                !cleared)
                return cleared;
        for (qsizetype i = 0; i < tables.size(); ++i)
            if (Status copied = copyTable(source, target, copiedTables[i], tables.at(i).sourceRows, progress); !copied)
                return copied;
        return {};
    });
}

} // namespace

Result<SchemaChange> initializeDatabaseReporting(const QString &location) {
    const int before = schemaVersionOf(location);
    if (Status done = initializeDatabase(location); !done)
        return done.error();
    return SchemaChange{qMax(before, 0), latestSchemaVersion()};
}

Result<QList<CopiedTable>> copyDatabase(const QString &from, const QString &to, const CopyProgress &progress) {
    if (!isServerLocation(from) && !QFileInfo::exists(from))
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "there is no database file %1 to copy"), {from});
    if (from == to)
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "a database cannot be copied into itself"));
    Result<std::unique_ptr<SqlConnection>> source = openConnection(from);
    if (!source)
        return source.error();
    // A source just upgraded to schema version 9 gets its rollups first: the copy takes them as they are.
    if (Status filled = backfillRollupsIfPending(**source); !filled)
        return filled.error();
    Result<std::unique_ptr<SqlConnection>> target = openConnection(to);
    if (!target)
        return target.error();
    QList<CopiedTable> tables;
    // The source's transaction holds its writers back, so that the copy is of one moment.
    const Status copied =
        (*source)->transaction([&]() -> Status { return copyAll(**source, **target, tables, progress); });
    if (!copied)
        return copied.error();
    for (CopiedTable &table : tables) {
        Result<qint64> rows = countRows(**target, table.table);
        if (!rows)
            return rows.error();
        table.targetRows = *rows;
        if (table.targetRows != table.sourceRows)
            return Error::storage(QT_TRANSLATE_NOOP("Engine", "the copy of table %1 has %2 rows, the original %3"),
                                  {table.table, QString::number(table.targetRows), QString::number(table.sourceRows)});
    }
    return tables;
}

} // namespace slipway
