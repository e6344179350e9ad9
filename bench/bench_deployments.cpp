// P4: 1,000 deployments of a one-task pipeline (`true`) through the engine, against a baseline that
// spawns the same 1,000 processes and writes comparable rows (one claim, one task run start and end,
// one completion per deployment, each in its own transaction). Both run one at a time.
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

#include <sqlite3.h>
#include <unistd.h>

using namespace slipway;

namespace {

const QByteArray pipeline = R"({
  "name": "Bench",
  "stages": [ { "name": "Dev", "trigger": { "type": "afterRelease" }, "queue": { "maxParallel": 1 },
                "tasks": [ { "name": "t", "type": "command", "program": "true" } ] } ]
})";

double engineSeconds(const QString &folder, int count) {
    auto store = SqliteStore::open(folder + QStringLiteral("/engine.db"));
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    SystemClock clock;
    Services services(**store, clock);
    const Identity user{QStringLiteral("bench")};
    if (!services.pipelines.save(pipeline, user))
        qFatal("setup failed");
    CreateReleaseRequest request;
    request.pipeline = QStringLiteral("Bench");
    for (int i = 0; i < count; ++i)
        if (!services.releases.create(request, user))
            qFatal("cannot create release");

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

double baselineSeconds(const QString &folder, int count) {
    sqlite3 *db = nullptr;
    sqlite3_open((folder + QStringLiteral("/baseline.db")).toUtf8().constData(), &db);
    sqlite3_exec(
        db,
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
        "CREATE TABLE deployments (id INTEGER PRIMARY KEY, status TEXT, started_at INTEGER, completed_at INTEGER);"
        "CREATE TABLE task_runs (id INTEGER PRIMARY KEY, deployment_id INTEGER, status TEXT, exit_code INTEGER);",
        nullptr, nullptr, nullptr);
    auto exec = [db](const QByteArray &sql) { sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr); };
    QElapsedTimer timer;
    timer.start();
    for (int i = 1; i <= count; ++i) {
        const QByteArray id = QByteArray::number(i);
        exec("BEGIN IMMEDIATE; INSERT INTO deployments VALUES (" + id + ", 'inProgress', 1, NULL); COMMIT");
        exec("BEGIN IMMEDIATE; INSERT INTO task_runs VALUES (" + id + ", " + id + ", 'inProgress', NULL); COMMIT");
        QProcess process;
        process.start(QStringLiteral("true"), {});
        process.waitForFinished();
        exec("BEGIN IMMEDIATE; UPDATE task_runs SET status = 'succeeded', exit_code = 0 WHERE id = " + id + "; COMMIT");
        exec("BEGIN IMMEDIATE; UPDATE deployments SET status = 'succeeded', completed_at = 2 WHERE id = " + id +
             "; COMMIT");
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
    out << "baseline (spawn + rows):  " << QString::number(baseline, 'f', 2) << " s, " << qRound(count / baseline)
        << " deployments/s\n";
    out << "engine:                   " << QString::number(engine, 'f', 2) << " s, " << qRound(count / engine)
        << " deployments/s (goal >= 200/s)\n";
    out << "ratio (engine/baseline):  " << QString::number(engine / baseline, 'f', 2) << "x (goal <= 2x)\n";
    return 0;
}
