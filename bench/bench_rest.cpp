// P1: create-release throughput and p99 latency over HTTP with keep-alive, at concurrency 1 and 16,
// through Slipway's REST server, against a baseline measured in the same run: a bare QHttpServer route
// doing one prepared INSERT per request on the same SQLite mode (WAL, synchronous=NORMAL).
// Goals: >= 0.5x the baseline's throughput, and at least 2,000 releases/s.
#include "core/clock.h"
#include "restserver.h"
#include "services/services.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSemaphore>
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

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 2000;
    QTemporaryDir dir;

    // Slipway: a one-stage pipeline whose releases start nothing, and a token.
    const QString slipwayDb = dir.filePath(QStringLiteral("slipway.db"));
    QString token;
    {
        auto store = SqliteStore::open(slipwayDb);
        SystemClock clock;
        Services services(**store, clock);
        const QByteArray pipeline =
            "{\"name\":\"Bench\",\"stages\":[{\"name\":\"Dev\",\"trigger\":{\"type\":\"manual\"},"
            "\"tasks\":[{\"name\":\"t\",\"type\":\"command\",\"program\":\"true\"}]}]}";
        if (!services.directory.addUser(QStringLiteral("bench"), {}, Identity{QStringLiteral("bench")}) ||
            !services.pipelines.save(pipeline, Identity{QStringLiteral("bench")}))
            qFatal("setup failed");
        token = services.directory.createToken(QStringLiteral("bench"), Identity{QStringLiteral("bench")})->secret;
    }
    std::unique_ptr<SqliteStore> serverStore;
    std::unique_ptr<SystemClock> serverClock;
    std::unique_ptr<Services> serverServices;
    ServerThread slipway([&](QObject *owner) -> quint16 {
        serverStore = SqliteStore::open(slipwayDb).value();
        serverClock = std::make_unique<SystemClock>();
        serverServices = std::make_unique<Services>(*serverStore, *serverClock);
        auto *server = new rest::RestServer(*serverServices, owner);
        return *server->listen(QHostAddress::LocalHost, 0);
    });
    slipway.start();
    const QUrl slipwayUrl(QStringLiteral("http://127.0.0.1:%1/DefaultCollection/Default/_apis/Release/releases")
                              .arg(slipway.waitForPort()));

    // Baseline: one prepared INSERT per request, same SQLite mode, same thread arrangement.
    const QByteArray baselineDb = dir.filePath(QStringLiteral("baseline.db")).toUtf8();
    sqlite3 *db = nullptr;
    sqlite3_stmt *insert = nullptr;
    ServerThread baseline([&](QObject *owner) -> quint16 {
        sqlite3_open(baselineDb.constData(), &db);
        sqlite3_exec(db,
                     "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000;"
                     "CREATE TABLE releases (id INTEGER PRIMARY KEY, name TEXT, body TEXT, created_at INTEGER)",
                     nullptr, nullptr, nullptr);
        sqlite3_prepare_v2(db, "INSERT INTO releases (name, body, created_at) VALUES (?, ?, ?)", -1, &insert, nullptr);
        auto *server = new QHttpServer(owner);
        server->route(
            QStringLiteral("/releases"), QHttpServerRequest::Method::Post,
            [db, insert](const QHttpServerRequest &request) {
                static int number = 0;
                const QByteArray name = "Release-" + QByteArray::number(++number);
                sqlite3_bind_text(insert, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(insert, 2, request.body().constData(), int(request.body().size()), SQLITE_TRANSIENT);
                sqlite3_bind_int64(insert, 3, QDateTime::currentMSecsSinceEpoch());
                sqlite3_step(insert);
                sqlite3_reset(insert);
                return QHttpServerResponse(QJsonObject{{QStringLiteral("id"), qint64(sqlite3_last_insert_rowid(db))},
                                                       {QStringLiteral("name"), QString::fromLatin1(name)}});
            });
        auto *tcp = new QTcpServer(owner);
        tcp->listen(QHostAddress::LocalHost, 0);
        server->bind(tcp);
        return tcp->serverPort();
    });
    baseline.start();
    const QUrl baselineUrl(QStringLiteral("http://127.0.0.1:%1/releases").arg(baseline.waitForPort()));

    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("definitionId"), 1},
                                                      {QStringLiteral("description"), QStringLiteral("bench")}})
                                .toJson(QJsonDocument::Compact);
    const QByteArray authorization = "Basic " + QByteArray(":" + token.toUtf8()).toBase64();
    out << "P1 REST create release: " << count << " requests per run, keep-alive\n";
    bool met = true;
    for (int concurrency : {1, 16}) {
        const Figures base = measured(baseline, baselineUrl, {}, body, count, concurrency);
        const Figures ours = measured(slipway, slipwayUrl, authorization, body, count, concurrency);
        const double ratio = ours.perSecond / base.perSecond;
        out << QStringLiteral(
                   "  concurrency %1: Slipway %2 releases/s (p99 %3 ms, %4 failed)   baseline %5/s (p99 %6 ms)   "
                   "ratio %7x (goal >= 0.5x, >= 2000/s)\n"
                   "                  server CPU per request: Slipway %8 us, baseline %9 us\n")
                   .arg(concurrency, 2)
                   .arg(ours.perSecond, 0, 'f', 0)
                   .arg(ours.p99Ms, 0, 'f', 2)
                   .arg(ours.failures)
                   .arg(base.perSecond, 0, 'f', 0)
                   .arg(base.p99Ms, 0, 'f', 2)
                   .arg(ratio, 0, 'f', 2)
                   .arg(ours.serverCpuUs, 0, 'f', 0)
                   .arg(base.serverCpuUs, 0, 'f', 0);
        out.flush();
        met = met && ratio >= 0.5 && ours.perSecond >= 2000 && ours.failures == 0;
    }
    out << (met ? "  goals met\n" : "  goals NOT met\n");
    slipway.quit();
    baseline.quit();
    slipway.wait();
    baseline.wait();
    return 0;
}
