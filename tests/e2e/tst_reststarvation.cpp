// The REST server as a real `slipway --headless --listen` process, attacked as a tester would: 1,000 idle
// connections under a 256-descriptor limit while health must answer within 100 ms and a deployment runs, and four
// 128 MiB uploads at once that must leave its resident memory nearly flat.
#include "approvalpipelines.h"
#include "rawhttpclient.h"
#include "restclient.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <sys/resource.h>

using namespace slipway;
using namespace slipway::testing;

namespace {

constexpr qint64 mib = 1024 * 1024;

qint64 statusField(qint64 pid, const char *field) {
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong() * 1024;
    return -1;
}

// Waits for the first answer on the client's own signals (a QTRY_ step would blur a 100 ms measure).
bool waitForAnswer(RawHttpClient &client, int timeoutMs) {
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(&client.socket, &QTcpSocket::readyRead, &loop, [&] {
        if (!client.answers().isEmpty())
            loop.quit();
    });
    QObject::connect(&client.socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    if (client.answers().isEmpty())
        loop.exec();
    return !client.answers().isEmpty();
}

} // namespace

class RestStarvationTest final : public QObject {
    Q_OBJECT

    TestEnvironment m_env;
    QString m_token;
    QProcess m_server;
    quint16 m_port = 0;

    // The server on the test's database, with `descriptors` as its hard and soft RLIMIT_NOFILE (0: inherited).
    void startServer(rlim_t descriptors) {
        if (descriptors > 0)
            m_server.setChildProcessModifier([descriptors] {
                const rlimit limit{descriptors, descriptors};
                ::setrlimit(RLIMIT_NOFILE, &limit);
            });
        // Under AddressSanitizer freed blocks wait in a quarantine (256 MB by default) instead of being reused, which
        // would count as resident growth; a small one keeps the figure about the server's own memory.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString asan = environment.value(QStringLiteral("ASAN_OPTIONS"));
        environment.insert(QStringLiteral("ASAN_OPTIONS"),
                           asan + (asan.isEmpty() ? QString() : QStringLiteral(":")) +
                               QStringLiteral("quarantine_size_mb=4:thread_local_quarantine_size_kb=64"));
        m_server.setProcessEnvironment(environment);
        m_server.start(QStringLiteral(SLIPWAY_BINARY),
                       {QStringLiteral("--headless"), QStringLiteral("--database"), m_env.location(),
                        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(m_server.waitForStarted());
        static const QRegularExpression announced(QStringLiteral("REST API on http://127.0.0.1:(\\d+)/"));
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT(
            (said += m_server.readAllStandardError(), announced.match(QString::fromUtf8(said)).hasMatch()), 20000);
        m_port = quint16(announced.match(QString::fromUtf8(said)).captured(1).toUInt());
    }

    RawAnswer health(int timeoutMs, qint64 *elapsedMs = nullptr) {
        QElapsedTimer clock;
        clock.start();
        RawHttpClient client(m_port);
        client.send("GET /DefaultCollection/_apis/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        waitForAnswer(client, timeoutMs);
        if (elapsedMs)
            *elapsedMs = clock.elapsed();
        return client.first();
    }

    QString devStatus(qint64 releaseId) {
        const Result<ReleaseDetails> details = m_env.services->releases.details(releaseId);
        return details ? toString(details->stages.first().stage.status) : details.error().message;
    }

private Q_SLOTS:
    void initTestCase() {
        // The test holds a thousand sockets itself: its own limit goes up to the hard one.
        rlimit limit{};
        ::getrlimit(RLIMIT_NOFILE, &limit);
        if (limit.rlim_max < 1200)
            QSKIP("the hard RLIMIT_NOFILE is below 1200: cannot hold 1,000 connections from this process");
        limit.rlim_cur = limit.rlim_max;
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &limit), 0);
        addUsers(m_env, {QStringLiteral("carol")});
        QVERIFY(m_env.save(R"({"name":"Web","stages":[{"name":"Dev","trigger":{"type":"afterRelease"},
                               "tasks":[{"name":"work","type":"script","script":"echo deployed"}]}]})",
                           QStringLiteral("carol")));
        m_token = m_env.services->directory.createToken(QStringLiteral("t"), Identity{QStringLiteral("carol")})->secret;
    }

    void cleanup() {
        m_server.terminate();
        if (!m_server.waitForFinished(10000))
            m_server.kill();
        m_server.waitForFinished();
    }

    void shouldAnswerHealthAndDeployWhileAThousandIdleConnectionsAreHeld() {
        // GIVEN the server limited to 256 descriptors, and 1,000 connections that never send a byte
        startServer(256);
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        int connected = 0;
        for (int i = 0; i < 1000; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            connect(idle.back().get(), &QTcpSocket::connected, this, [&connected] { ++connected; });
            idle.back()->connectToHost(QHostAddress::LocalHost, m_port);
        }
        QTRY_COMPARE_WITH_TIMEOUT(connected, 1000, 30000);
        // WHEN a release is created (its deployment starts) while they are held
        QCOMPARE(health(20000).status, 200); // the first, once the server has taken the crowd in
        RestClient carol(m_port, m_token);
        const Reply created = carol.post(QStringLiteral("/Default/_apis/Release/releases"),
                                         QJsonObject{{QStringLiteral("definitionId"), 1}});
        QCOMPARE(created.status, 200);
        const qint64 releaseId = created.object().value(QStringLiteral("id")).toInteger();
        // THEN every health check from a new client answers within 100 ms
        qint64 slowest = 0;
        for (int i = 0; i < 10; ++i) {
            qint64 elapsed = 0;
            QCOMPARE(health(5000, &elapsed).status, 200);
            slowest = qMax(slowest, elapsed);
        }
        qInfo("slowest of 10 health checks beside 1,000 idle connections: %lld ms", slowest);
        QVERIFY2(slowest < 100, qPrintable(QString::number(slowest)));
        // AND the deployment finishes
        QTRY_COMPARE_WITH_TIMEOUT(devStatus(releaseId), QStringLiteral("succeeded"), 30000);
        QCOMPARE(m_server.state(), QProcess::Running);
    }

    void shouldKeepResidentMemoryFlatUnderFourLargeUploads() {
        // GIVEN the server at rest, its peak resident memory reset where the kernel allows it
        startServer(0);
        QCOMPARE(health(20000).status, 200);
        const qint64 pid = m_server.processId();
        QFile clear(QStringLiteral("/proc/%1/clear_refs").arg(pid));
        const bool peakReset = clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
        clear.close();
        const qint64 before = statusField(pid, "VmRSS:");
        QVERIFY(before > 0);
        qint64 highest = before; // sampled as well, for a kernel that cannot reset the peak
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] { highest = qMax(highest, statusField(pid, "VmRSS:")); });
        sampler.start(5);
        // WHEN four clients send 128 MiB each as fast as they can, two with Content-Length and two chunked
        std::vector<std::unique_ptr<RawHttpClient>> uploads;
        for (int i = 0; i < 4; ++i) {
            const bool chunked = i % 2 == 1;
            uploads.push_back(std::make_unique<RawHttpClient>(m_port));
            uploads.back()->send("POST /DefaultCollection/Default/_apis/Release/releases HTTP/1.1\r\n"
                                 "Host: 127.0.0.1\r\nAuthorization: Bearer " +
                                 m_token.toUtf8() + "\r\nContent-Type: application/json\r\n" +
                                 (chunked ? QByteArray("Transfer-Encoding: chunked\r\n\r\n")
                                          : "Content-Length: " + QByteArray::number(128 * mib) + "\r\n\r\n"));
            uploads.back()->flood(128 * mib, chunked);
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(uploads.cbegin(), uploads.cend(), [](const auto &u) { return u->closed; }),
                                 30000);
        sampler.stop();
        // THEN each was refused with 413 long before its end, and memory grew by less than 50 MB
        for (const auto &upload : uploads) {
            QCOMPARE(upload->first().status, 413);
            QVERIFY2(upload->flooded() < 64 * mib, qPrintable(QString::number(upload->flooded())));
        }
        const qint64 peak = peakReset ? qMax(highest, statusField(pid, "VmHWM:")) : highest;
        qInfo("resident memory: %lld MB before, %lld MB at the peak", before / mib, peak / mib);
        QVERIFY2(peak - before < 50 * 1000 * 1000, qPrintable(QString::number((peak - before) / mib)));
        QCOMPARE(health(5000).status, 200);
    }
};

QTEST_GUILESS_MAIN(RestStarvationTest)
#include "tst_reststarvation.moc"
