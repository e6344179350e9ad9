// Issue 18, deliverable 7: deployments per second of a one-task pipeline (`true`) run by `slipway --headless`
// engines sharing one team database, two engines against one engine measured in the same run on the same database.
// Goal: two engines >= 200 deployments/s.
//   bench_teamengines --database postgresql://... [COUNT]     (COUNT deployments per round, default 1000)
// The releases of a round are created in one transaction once the engines run; the clock runs from that commit
// until every deployment of the round has ended, read on a connection of the bench's own every 20 ms.
#include "core/clock.h"
#include "services/services.h"
#include "benchpostgres.h"
#include "store/storefactory.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace slipway;

namespace {

const Identity bench{QStringLiteral("bench")};

QSqlDatabase counter(const QString &uri) {
    return openBenchConnection(uri, QStringLiteral("counter"));
}

qint64 endedDeployments(QSqlDatabase &db, const QString &pipeline) {
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT count(*) FROM deployments d JOIN release_stages s ON s.id = d.release_stage_id "
                       "JOIN releases r ON r.id = s.release_id JOIN pipelines p ON p.id = r.pipeline_id "
                       "WHERE p.name = ? AND d.operation_status = 'done'"));
    query.addBindValue(pipeline);
    if (!query.exec() || !query.next())
        qFatal("%s", qPrintable(query.lastError().text()));
    return query.value(0).toLongLong();
}

QProcess *startEngine(const QString &uri, const QString &work) {
    auto *engine = new QProcess;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), work); // the engines' work folders
    engine->setProcessEnvironment(environment);
    engine->setReadChannel(QProcess::StandardError);
    engine->start(QStringLiteral(SLIPWAY_BINARY), {QStringLiteral("--headless"), QStringLiteral("--database"), uri});
    QByteArray said;
    QDeadlineTimer deadline(30000);
    while (!said.contains("engine running on") && !deadline.hasExpired() && engine->state() != QProcess::NotRunning) {
        engine->waitForReadyRead(100);
        said += engine->readAllStandardError();
    }
    if (!said.contains("engine running on"))
        qFatal("the engine did not start: %s", said.constData());
    return engine;
}

// One round: `engines` engines run `count` deployments of a pipeline of its own; deployments per second.
double round(Services &services, Store &store, QSqlDatabase &db, const QString &uri, int engines, int count,
             const QString &work) {
    const QString name = QStringLiteral("Bench%1").arg(engines);
    const QByteArray pipeline = QStringLiteral("{\"name\":\"%1\",\"stages\":[{\"name\":\"Dev\",\"trigger\":{\"type\":"
                                               "\"afterRelease\"},\"tasks\":[{\"name\":\"t\",\"type\":\"command\","
                                               "\"program\":\"true\"}]}]}")
                                    .arg(name)
                                    .toUtf8();
    if (!services.pipelines.save(pipeline, bench))
        qFatal("cannot save the pipeline (is the database empty?)");
    QList<QProcess *> running;
    for (int i = 0; i < engines; ++i)
        running << startEngine(uri, work);
    QElapsedTimer timer;
    const Status created = store.transaction([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            CreateReleaseRequest request;
            request.pipeline = name;
            if (Result<ReleaseRecord> release = services.releases.create(request, bench); !release)
                return release.error();
        }
        timer.start();
        return {};
    });
    if (!created.ok())
        qFatal("%s", qPrintable(created.error().message));
    while (endedDeployments(db, name) < count)
        QThread::msleep(20);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    for (QProcess *engine : std::as_const(running)) {
        engine->terminate();
        engine->waitForFinished(10000);
        delete engine;
    }
    return count / seconds;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    const qsizetype at = arguments.indexOf(QStringLiteral("--database"));
    if (at < 0 || at + 1 >= arguments.size() || !isServerLocation(arguments.at(at + 1))) {
        QTextStream(stderr) << "usage: bench_teamengines --database postgresql://... [COUNT]\n";
        return 2;
    }
    const QString uri = arguments.at(at + 1);
    int count = 1000;
    for (int i = 1; i < arguments.size(); ++i)
        if (i != at && i != at + 1 && arguments.at(i).toInt() > 0)
            count = arguments.at(i).toInt();
    QTemporaryDir work;
    Result<std::unique_ptr<Store>> store = openStore(uri);
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    SystemClock clock;
    Services services(**store, clock);
    QSqlDatabase db = counter(uri);
    out << "team engines on " << displayLocation(uri) << ": " << count << " one-task deployments per round\n";
    out.flush();
    const double one = round(services, **store, db, uri, 1, count, work.path());
    out << "  one engine (baseline): " << qRound(one) << " deployments/s\n";
    out.flush();
    const double two = round(services, **store, db, uri, 2, count, work.path());
    out << "  two engines:           " << qRound(two) << " deployments/s (goal >= 200/s), "
        << QString::number(two / one, 'f', 2) << "x one engine\n";
    out << (two >= 200 ? "  goal met\n" : "  goal NOT met\n");
    return 0;
}
