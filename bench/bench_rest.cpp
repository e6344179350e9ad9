// P1: create-release throughput and p99 latency over HTTP with keep-alive, at concurrency 1 and 16,
// through Slipway's REST server, against a baseline measured in the same run: a bare QHttpServer route
// doing one prepared INSERT per request on the same database: an SQLite file in the same mode (WAL,
// synchronous=NORMAL), or, with --database URI, the same PostgreSQL database through the same driver (QPSQL).
// Goals: >= 0.5x the baseline's throughput, and at least 2,000 releases/s on SQLite.
//   bench_rest [COUNT] [--database postgresql://...]   (the team database must be empty: `slipway db init` is not
//                                                        needed, the bench makes the schema)
#include "core/clock.h"
#include "restserver.h"
#include "services/services.h"
#include "benchpostgres.h"
#include "store/storefactory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sqlite3.h>

#include <pthread.h>
#include <time.h>

#include <algorithm>

using namespace slipway;

namespace {

struct Figures final {
    double perSecond = 0;
    double p99Ms = 0;
    int failures = 0;
    double serverCpuUs = 0; // the server thread's CPU time per request
};

// Sends `count` POSTs keeping `concurrency` in flight, each client on its own connection (keep-alive).
Figures load(const QUrl &url, const QByteArray &authorization, const QByteArray &body, int count, int concurrency) {
    QList<QNetworkAccessManager *> clients;
    for (int i = 0; i < concurrency; ++i)
        clients << new QNetworkAccessManager;
    QList<double> latencies;
    int started = 0, finished = 0, failures = 0;
    QEventLoop loop;
    QElapsedTimer total;
    std::function<void(QNetworkAccessManager *)> next = [&](QNetworkAccessManager *client) {
        if (started >= count)
            return;
        ++started;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        auto *timer = new QElapsedTimer;
        timer->start();
        QNetworkReply *reply = client->post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, timer, client] {
            latencies << double(timer->nsecsElapsed()) / 1e6;
            delete timer;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status < 200 || status > 299)
                ++failures;
            reply->deleteLater();
            if (++finished == count)
                loop.quit();
            else
                next(client);
        });
    };
    total.start();
    for (QNetworkAccessManager *client : std::as_const(clients))
        next(client);
    loop.exec();
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    qDeleteAll(clients);
    std::sort(latencies.begin(), latencies.end());
    return {count / seconds, latencies.at(qMin(latencies.size() - 1, qsizetype(latencies.size() * 0.99))), failures};
}

// Runs a server-making function on its own thread and hands back its port.
class ServerThread final : public QThread {
public:
    explicit ServerThread(std::function<quint16(QObject *)> make) : m_make(std::move(make)) {}
    quint16 waitForPort() {
        m_ready.acquire();
        return m_port;
    }
    // CPU time the server thread has used so far, in microseconds.
    double cpuMicroseconds() const {
        clockid_t clock;
        timespec used{};
        if (pthread_getcpuclockid(m_thread, &clock) != 0 || clock_gettime(clock, &used) != 0)
            return 0;
        return double(used.tv_sec) * 1e6 + double(used.tv_nsec) / 1e3;
    }

protected:
    void run() override {
        m_thread = pthread_self();
        QObject owner;
        m_port = m_make(&owner);
        m_ready.release();
        exec();
    }

private:
    std::function<quint16(QObject *)> m_make;
    QSemaphore m_ready;
    quint16 m_port = 0;
    pthread_t m_thread{};
};

Figures measured(ServerThread &server, const QUrl &url, const QByteArray &authorization, const QByteArray &body,
                 int count, int concurrency) {
    const double before = server.cpuMicroseconds();
    Figures figures = load(url, authorization, body, count, concurrency);
    figures.serverCpuUs = (server.cpuMicroseconds() - before) / count;
    return figures;
}

// The pipeline the releases are made of, a user and a token, in the database at `location`.
struct Setup final {
    QString token;
    qint64 definitionId = 0;
};
Setup setUp(const QString &location) {
    Result<std::unique_ptr<Store>> store = openStore(location);
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    SystemClock clock;
    Services services(**store, clock);
    const QByteArray pipeline = "{\"name\":\"Bench\",\"stages\":[{\"name\":\"Dev\",\"trigger\":{\"type\":\"manual\"},"
                                "\"tasks\":[{\"name\":\"t\",\"type\":\"command\",\"program\":\"true\"}]}]}";
    Result<SavedPipeline> saved = services.pipelines.save(pipeline, Identity{QStringLiteral("bench")});
    if (!services.directory.addUser(QStringLiteral("bench"), {}, Identity{QStringLiteral("bench")}) || !saved)
        qFatal("setup failed (is the team database empty?)");
    return {services.directory.createToken(QStringLiteral("bench"), Identity{QStringLiteral("bench")})->secret,
            saved->pipelineId};
}

QJsonObject created(qint64 id, const QByteArray &name) {
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), QString::fromLatin1(name)}};
}

// The bare route on SQLite: one prepared INSERT per request through the sqlite3 C API.
quint16 sqliteBaseline(QObject *owner, const QByteArray &file) {
    sqlite3 *db = nullptr;
    sqlite3_stmt *insert = nullptr;
    sqlite3_open(file.constData(), &db);
    sqlite3_exec(db,
                 "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000;"
                 "CREATE TABLE releases (id INTEGER PRIMARY KEY, name TEXT, body TEXT, created_at INTEGER)",
                 nullptr, nullptr, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO releases (name, body, created_at) VALUES (?, ?, ?)", -1, &insert, nullptr);
    auto *server = new QHttpServer(owner);
    server->route(
        QStringLiteral("/releases"), QHttpServerRequest::Method::Post, [db, insert](const QHttpServerRequest &request) {
            static int number = 0;
            const QByteArray name = "Release-" + QByteArray::number(++number);
            sqlite3_bind_text(insert, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 2, request.body().constData(), int(request.body().size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(insert, 3, QDateTime::currentMSecsSinceEpoch());
            sqlite3_step(insert);
            sqlite3_reset(insert);
            return QHttpServerResponse(created(sqlite3_last_insert_rowid(db), name));
        });
    auto *tcp = new QTcpServer(owner);
    tcp->listen(QHostAddress::LocalHost, 0);
    server->bind(tcp);
    return tcp->serverPort();
}

// The bare route on PostgreSQL: one prepared INSERT ... RETURNING id per request through QPSQL, into a table of its
// own in the same database (made afresh on each run).
quint16 postgresBaseline(QObject *owner, const QString &uri) {
    QSqlDatabase db = openBenchConnection(uri, QStringLiteral("baseline"));
    QSqlQuery(db).exec(QStringLiteral("DROP TABLE IF EXISTS bench_baseline_releases"));
    QSqlQuery(db).exec(QStringLiteral("CREATE TABLE bench_baseline_releases (id BIGSERIAL PRIMARY KEY, name TEXT, "
                                      "body TEXT, created_at BIGINT)"));
    auto insert = std::make_shared<QSqlQuery>(db);
    insert->prepare(
        QStringLiteral("INSERT INTO bench_baseline_releases (name, body, created_at) VALUES (?, ?, ?) RETURNING id"));
    auto *server = new QHttpServer(owner);
    server->route(QStringLiteral("/releases"), QHttpServerRequest::Method::Post,
                  [insert](const QHttpServerRequest &request) {
                      static int number = 0;
                      const QByteArray name = "Release-" + QByteArray::number(++number);
                      insert->bindValue(0, QString::fromLatin1(name));
                      insert->bindValue(1, QString::fromUtf8(request.body()));
                      insert->bindValue(2, QDateTime::currentMSecsSinceEpoch());
                      const bool ok = insert->exec() && insert->next();
                      const qint64 id = ok ? insert->value(0).toLongLong() : 0;
                      insert->finish();
                      return QHttpServerResponse(created(id, name));
                  });
    auto *tcp = new QTcpServer(owner);
    tcp->listen(QHostAddress::LocalHost, 0);
    server->bind(tcp);
    return tcp->serverPort();
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    const qsizetype databaseAt = arguments.indexOf(QStringLiteral("--database"));
    const QString server =
        databaseAt > 0 && databaseAt + 1 < arguments.size() ? arguments.at(databaseAt + 1) : QString();
    const int count = argc > 1 && databaseAt != 1 ? QByteArray(argv[1]).toInt() : 2000;
    QTemporaryDir dir;
    const bool onServer = isServerLocation(server);
    const QString location = onServer ? server : dir.filePath(QStringLiteral("slipway.db"));
    const Setup setup = setUp(location);

    // Slipway's REST server over its own connection, on a thread of its own.
    std::unique_ptr<Store> serverStore;
    std::unique_ptr<SystemClock> serverClock;
    std::unique_ptr<Services> serverServices;
    ServerThread slipway([&](QObject *owner) -> quint16 {
        serverStore = openStore(location).value();
        serverClock = std::make_unique<SystemClock>();
        serverServices = std::make_unique<Services>(*serverStore, *serverClock);
        auto *rest = new rest::RestServer(*serverServices, owner);
        return *rest->listen(QHostAddress::LocalHost, 0);
    });
    slipway.start();
    const QUrl slipwayUrl(QStringLiteral("http://127.0.0.1:%1/DefaultCollection/Default/_apis/Release/releases")
                              .arg(slipway.waitForPort()));
    const QByteArray baselineFile = dir.filePath(QStringLiteral("baseline.db")).toUtf8();
    ServerThread baseline([&](QObject *owner) -> quint16 {
        return onServer ? postgresBaseline(owner, server) : sqliteBaseline(owner, baselineFile);
    });
    baseline.start();
    const QUrl baselineUrl(QStringLiteral("http://127.0.0.1:%1/releases").arg(baseline.waitForPort()));

    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("definitionId"), setup.definitionId},
                                                      {QStringLiteral("description"), QStringLiteral("bench")}})
                                .toJson(QJsonDocument::Compact);
    const QByteArray authorization = "Basic " + QByteArray(":" + setup.token.toUtf8()).toBase64();
    out << "P1 REST create release on " << (onServer ? displayLocation(server) : QStringLiteral("SQLite")) << ": "
        << count << " requests per run, keep-alive\n";
    bool met = true;
    for (int concurrency : {1, 16}) {
        const Figures base = measured(baseline, baselineUrl, {}, body, count, concurrency);
        const Figures ours = measured(slipway, slipwayUrl, authorization, body, count, concurrency);
        const double ratio = ours.perSecond / base.perSecond;
        out << QStringLiteral(
                   "  concurrency %1: Slipway %2 releases/s (p99 %3 ms, %4 failed)   baseline %5/s (p99 %6 ms)   "
                   "ratio %7x (goal >= 0.5x%10)\n"
                   "                  server CPU per request: Slipway %8 us, baseline %9 us\n")
                   .arg(concurrency, 2)
                   .arg(ours.perSecond, 0, 'f', 0)
                   .arg(ours.p99Ms, 0, 'f', 2)
                   .arg(ours.failures)
                   .arg(base.perSecond, 0, 'f', 0)
                   .arg(base.p99Ms, 0, 'f', 2)
                   .arg(ratio, 0, 'f', 2)
                   .arg(ours.serverCpuUs, 0, 'f', 0)
                   .arg(base.serverCpuUs, 0, 'f', 0)
                   .arg(onServer ? QString() : QStringLiteral(", >= 2000/s"));
        out.flush();
        met = met && ratio >= 0.5 && (onServer || ours.perSecond >= 2000) && ours.failures == 0;
    }
    out << (met ? "  goals met\n" : "  goals NOT met\n");
    slipway.quit();
    baseline.quit();
    slipway.wait();
    baseline.wait();
    return 0;
}
