// P4: 1,000 deployments of a one-task pipeline (`true`) through the engine, against a baseline that
// spawns the same 1,000 processes and writes the same rows (claim, task runs, log lines, outcome,
// audit events) with bare prepared statements in the same transactions. Both run one at a time.
// Goals: engine <= 2x the baseline's time, and at least 200 deployments/s.
#include "core/clock.h"
#include "runtime/deploymentengine.h"
#include "services/services.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QHash>

#include <sqlite3.h>
#include <unistd.h>

using namespace slipway;

namespace {

const QByteArray pipeline = R"({
  "name": "Bench",
  "stages": [ { "name": "Dev", "trigger": { "type": "afterRelease" }, "queue": { "maxParallel": 1 },
                "tasks": [ { "name": "t", "type": "command", "program": "true" } ] } ]
})";

// The pipeline and `count` releases, each with its Dev deployment queued (untimed).
void queueDeployments(Services &services, int count) {
    const Identity user{QStringLiteral("bench")};
    if (!services.pipelines.save(pipeline, user))
        qFatal("setup failed");
    CreateReleaseRequest request;
    request.pipeline = QStringLiteral("Bench");
    for (int i = 0; i < count; ++i)
        if (!services.releases.create(request, user))
            qFatal("cannot create release");
}

double engineSeconds(const QString &folder, int count) {
    auto store = SqliteStore::open(folder + QStringLiteral("/engine.db"));
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    SystemClock clock;
    Services services(**store, clock);
    queueDeployments(services, count);

    QElapsedTimer timer;
    timer.start();
    DeploymentEngine engine(services,
                            EngineConfig{folder + QStringLiteral("/work"),
                                         {QStringLiteral("bench"), qint64(::getpid()), QHostInfo::localHostName()}});
    QEventLoop loop;
    int finished = 0;
    QObject::connect(&engine, &DeploymentEngine::deploymentFinished, &loop, [&] {
        if (++finished == count)
            loop.quit();
    });
    engine.start();
    loop.exec();
    return timer.nsecsElapsed() / 1e9;
}

// Prepared statements on a Slipway database, written in the engine's transaction structure, with
// no scheduling, event loop or bookkeeping around them.
class BareWriter final {
public:
    explicit BareWriter(sqlite3 *db) : m_db(db) {}
    ~BareWriter() {
        for (sqlite3_stmt *statement : std::as_const(m_statements))
            sqlite3_finalize(statement);
    }
    void run(const char *sql, std::initializer_list<QVariant> values) {
        sqlite3_stmt *&statement = m_statements[sql];
        if (!statement)
            sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
        int index = 0;
        for (const QVariant &value : values) {
            ++index;
            if (value.typeId() == QMetaType::QString) {
                const QByteArray text = value.toString().toUtf8();
                sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_int64(statement, index, value.toLongLong());
            }
        }
        sqlite3_step(statement);
        sqlite3_reset(statement);
    }
    qint64 lastId() const { return sqlite3_last_insert_rowid(m_db); }

private:
    sqlite3 *m_db;
    QHash<const char *, sqlite3_stmt *> m_statements;
};

double baselineSeconds(const QString &folder, int count) {
    const QString path = folder + QStringLiteral("/baseline.db");
    {
        // The same schema and the same queued deployments as the engine gets.
        auto store = SqliteStore::open(path);
        SystemClock clock;
        Services services(**store, clock);
        queueDeployments(services, count);
    }
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON", nullptr,
                 nullptr, nullptr);
    BareWriter sql(db);
    auto begin = [&] { sql.run("BEGIN IMMEDIATE", {}); };
    auto commit = [&] { sql.run("COMMIT", {}); };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    for (qint64 id = 1; id <= count; ++id) {
        begin(); // the claim, and its audit event
        sql.run("UPDATE deployments SET owner = 'bench', status = 'inProgress', operation_status = 'running', "
                "started_at = ? WHERE id = ?",
                {now, id});
        sql.run("UPDATE release_stages SET status = 'inProgress' WHERE id = ?", {id});
        sql.run("INSERT INTO audit_events (at, actor, action, object_type, object_id, prev_hash, hash) "
                "VALUES (?, 'bench', 'deployment.started', 'deployment', ?, 'x', 'y')",
                {now, id});
        commit();
        begin(); // the Initialize step
        sql.run("INSERT INTO task_runs (deployment_id, task_index, name, status, started_at) "
                "VALUES (?, -1, 'Initialize', 'inProgress', ?)",
                {id, now});
        const qint64 initialize = sql.lastId();
        commit();
        begin(); // its log, its end, the task's start
        for (const char *line : {"Deploying", "Task t (command)"})
            sql.run("INSERT INTO log_lines (task_run_id, at, stream, line) VALUES (?, ?, 'system', ?)",
                    {initialize, now, QString::fromLatin1(line)});
        sql.run("UPDATE task_runs SET status = 'succeeded', ended_at = ? WHERE id = ?", {now, initialize});
        sql.run("INSERT INTO task_runs (deployment_id, task_index, name, status, started_at) "
                "VALUES (?, 0, 't', 'inProgress', ?)",
                {id, now});
        const qint64 task = sql.lastId();
        commit();
        QProcess process;
        process.start(QStringLiteral("true"), {});
        process.waitForFinished();
        begin(); // the task's end, the outcome and its audit event
        sql.run("INSERT INTO log_lines (task_run_id, at, stream, line) VALUES (?, ?, 'system', 'Task t: succeeded')",
                {task, now});
        sql.run("UPDATE task_runs SET status = 'succeeded', exit_code = 0, ended_at = ? WHERE id = ?", {now, task});
        sql.run("UPDATE deployments SET status = 'succeeded', operation_status = 'done', completed_at = ? WHERE id = ?",
                {now, id});
        sql.run("UPDATE release_stages SET status = 'succeeded' WHERE id = ?", {id});
        sql.run("INSERT INTO audit_events (at, actor, action, object_type, object_id, prev_hash, hash) "
                "VALUES (?, 'bench', 'deployment.completed', 'deployment', ?, 'x', 'y')",
                {now, id});
        commit();
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    sqlite3_close(db);
    return seconds;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    QTemporaryDir dir;
    const double baseline = baselineSeconds(dir.path(), count);
    const double engine = engineSeconds(dir.path(), count);
    QTextStream out(stdout);
    out << "deployments:              " << count << "\n";
    out << "baseline (spawn + same rows): " << QString::number(baseline, 'f', 2) << " s, " << qRound(count / baseline)
        << " deployments/s\n";
    out << "engine:                   " << QString::number(engine, 'f', 2) << " s, " << qRound(count / engine)
        << " deployments/s (goal >= 200/s)\n";
    out << "ratio (engine/baseline):  " << QString::number(engine / baseline, 'f', 2) << "x (goal <= 2x)\n";
    return 0;
}
