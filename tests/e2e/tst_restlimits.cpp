// The REST server's limits over raw TCP: heads over 64 KiB, bodies over 1 MiB and unauthenticated requests refused
// before their bodies are read, malformed HTTP answered, pipelining, 100-continue, the idle timeout, the connection
// cap, 503 with Retry-After, and client numbers out of range.
#include "rawhttpclient.h"
#include "restfixture.h"

#include <QDir>
#include <QTest>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = 10000;
constexpr qint64 mib = 1024 * 1024;
const QByteArray releases = "/DefaultCollection/Default/_apis/Release/releases";

QByteArray head(const QByteArray &method, const QByteArray &path, const QByteArray &fields = {}) {
    return method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + fields + "\r\n";
}
QByteArray bearer(RestFixture &f) {
    return "Authorization: Bearer " + f.tokens.value(QStringLiteral("carol")).toUtf8() + "\r\n";
}
QString messageOf(const RawAnswer &answer) {
    return QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("message")).toString();
}
} // namespace

class RestLimitsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shouldRefuseAHeadOver64KiBWith431() {
        // GIVEN a client whose header never ends (256 MiB of it)
        RestFixture f;
        RawHttpClient client(f.port);
        client.send("GET /DefaultCollection/_apis/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ");
        client.flood(256 * mib);
        // THEN it gets a 431 with a JSON message once 64 KiB have come, and the connection closes
        QTRY_VERIFY_WITH_TIMEOUT(!client.answers().isEmpty() && client.closed, waitMs);
        QCOMPARE(client.first().status, 431);
        QVERIFY(messageOf(client.first()).contains(QStringLiteral("header")));
        QVERIFY2(client.flooded() < 32 * mib, qPrintable(QString::number(client.flooded())));
    }

    void shouldRefuseABodyOver1MiBBeforeItIsSent() {
        // GIVEN a head announcing 128 MiB, and not one byte of the body sent
        RestFixture f;
        RawHttpClient client(f.port);
        client.send(
            head("POST", releases, bearer(f) + "Content-Type: application/json\r\nContent-Length: 134217728\r\n"));
        // THEN the 413 comes at once, without the body
        QTRY_VERIFY_WITH_TIMEOUT(!client.answers().isEmpty(), waitMs);
        QCOMPARE(client.first().status, 413);
        QVERIFY(client.first().has("connection: close"));
        QVERIFY(messageOf(client.first()).contains(QStringLiteral("134217728")));
        // AND a client that sends it anyway is cut off long before the end
        client.flood(128 * mib);
        QTRY_VERIFY_WITH_TIMEOUT(client.closed, waitMs);
        QVERIFY2(client.flooded() < 32 * mib, qPrintable(QString::number(client.flooded())));
        QCOMPARE(f.env.services->releases.list(QStringLiteral("Web"), 10)->size(), 0);
    }

    void shouldRefuseAnUnauthenticatedRequestBeforeItsBody() {
        // GIVEN heads without a valid token for a route that needs one, their bodies not sent
        RestFixture f;
        for (const QByteArray &authorization : {QByteArray(), QByteArray("Authorization: Bearer nope\r\n")}) {
            RawHttpClient client(f.port);
            client.send(head("POST", releases, authorization + "Content-Length: 500000\r\n"));
            // THEN each gets its 401 right after its head
            QTRY_VERIFY_WITH_TIMEOUT(!client.answers().isEmpty(), waitMs);
            QCOMPARE(client.first().status, 401);
            QVERIFY(client.first().has("www-authenticate: basic"));
            QVERIFY(messageOf(client.first()).contains(QStringLiteral("token")));
        }
    }

    void shouldAnswerExpectContinue() {
        RestFixture f;
        const QByteArray body = RestClient::json(QJsonObject{{QStringLiteral("definitionId"), 1}});
        // GIVEN a client that waits for 100 Continue before its body
        RawHttpClient client(f.port);
        client.send(head("POST", releases,
                         bearer(f) + "Expect: 100-continue\r\nContent-Type: application/json\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\n"));
        QTRY_VERIFY_WITH_TIMEOUT(client.received.startsWith("HTTP/1.1 100 Continue\r\n\r\n"), waitMs);
        // WHEN it sends the body THEN the release is created
        client.send(body);
        QTRY_COMPARE_WITH_TIMEOUT(client.answers().size(), 1, waitMs);
        QCOMPARE(client.first().status, 200);
        // AND without a token it is refused instead of told to continue
        RawHttpClient anonymous(f.port);
        anonymous.send(head("POST", releases, "Expect: 100-continue\r\nContent-Length: 10\r\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!anonymous.answers().isEmpty(), waitMs);
        QCOMPARE(anonymous.first().status, 401);
        QVERIFY(!anonymous.received.contains(" 100 "));
    }

    void shouldAnswerMalformedHttpWith400AndClose() {
        RestFixture f;
        for (const QByteArray &bytes : {QByteArray("\x16\x03\x01\x02\x01 hello\r\n\r\n"),
                                        QByteArray("GET /DefaultCollection/_apis/health HTTP/1.1\r\n\r\n"),
                                        QByteArray("GET /x HTTP/1.1\r\nHost: a\r\nBad Field: 1\r\n\r\n")}) {
            RawHttpClient client(f.port);
            client.send(bytes);
            QTRY_VERIFY_WITH_TIMEOUT(!client.answers().isEmpty() && client.closed, waitMs);
            QCOMPARE(client.first().status, 400);
            QVERIFY(client.first().has("content-type: application/json"));
            QVERIFY(!messageOf(client.first()).isEmpty());
        }
        QCOMPARE(f.client(QStringLiteral("carol")).get(QStringLiteral("/_apis/health")).status, 200);
    }

    void shouldCountAChunkedBodyAsItArrives() {
        RestFixture f;
        // GIVEN a chunked body that would be 128 MiB
        RawHttpClient client(f.port);
        client.send(head("POST", releases, bearer(f) + "Transfer-Encoding: chunked\r\n"));
        client.flood(128 * mib, true);
        // THEN it is refused with 413 once it passes 1 MiB
        QTRY_VERIFY_WITH_TIMEOUT(!client.answers().isEmpty(), waitMs);
        QCOMPARE(client.first().status, 413);
        QTRY_VERIFY_WITH_TIMEOUT(client.closed, waitMs);
        QVERIFY2(client.flooded() < 32 * mib, qPrintable(QString::number(client.flooded())));
        // AND a small chunked body is read whole
        RawHttpClient small(f.port);
        small.send(head("POST", releases, bearer(f) + "Transfer-Encoding: chunked\r\n") +
                   "5\r\n{\"def\r\n0e\r\ninitionId\":1}\r\n0\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(small.answers().size(), 1, waitMs);
        QCOMPARE(small.first().status, 200);
    }

    void shouldAnswerPipelinedRequestsInOrder() {
        RestFixture f;
        RawHttpClient client(f.port);
        const QByteArray health = "/DefaultCollection/_apis/health";
        client.send(head("GET", health) + head("HEAD", health) +
                    head("GET", "/DefaultCollection/Default/_apis/Release/definitions", bearer(f)) +
                    head("GET", health + "?again=1", "Connection: close\r\n"));
        const QList<bool> headOnly{false, true, false, false};
        QTRY_VERIFY_WITH_TIMEOUT(client.answers(headOnly).size() == 4 && client.closed, waitMs);
        const QList<RawAnswer> answers = client.answers(headOnly);
        for (const RawAnswer &answer : answers)
            QCOMPARE(answer.status, 200);
        QVERIFY(answers.at(0).body.contains("\"ok\""));
        QVERIFY(answers.at(1).body.isEmpty()); // HEAD: the GET's length, no body
        QVERIFY(answers.at(1).has("content-length: " + QByteArray::number(answers.at(0).body.size())));
        QVERIFY(answers.at(2).body.contains("\"count\":1"));
        QVERIFY(answers.at(3).has("connection: close"));
        QCOMPARE(client.received.size(), answers.at(3).head.size() + 2 + client.received.indexOf(answers.at(3).head) +
                                             answers.at(3).body.size());
    }

    void shouldCloseAnIdleConnectionAfterTheTimeout() {
        RestFixture f;
        f.server.setIdleTimeout(std::chrono::milliseconds(300));
        QElapsedTimer clock;
        clock.start();
        RawHttpClient idle(f.port);
        RawHttpClient partial(f.port);
        partial.send("GET /DefaultCollection/_apis/health HTTP/1.1\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(idle.closed && partial.closed, waitMs);
        QVERIFY(clock.elapsed() >= 250);
        QVERIFY(idle.received.isEmpty());
        // A connection in use is not cut off: a keep-alive client's requests, each within the timeout.
        RawHttpClient busy(f.port);
        for (int i = 1; i <= 3; ++i) {
            busy.send(head("GET", "/DefaultCollection/_apis/health"));
            QTRY_COMPARE_WITH_TIMEOUT(busy.answers().size(), i, waitMs);
        }
        QVERIFY(!busy.closed);
    }

    void shouldCloseTheQuietestConnectionWhenFull() {
        // GIVEN a server capped at 4 connections and 8 idle clients
        RestFixture f;
        f.server.setConnectionCap(4);
        QCOMPARE(f.server.connectionCap(), 4);
        std::vector<std::unique_ptr<RawHttpClient>> idle;
        for (int i = 0; i < 8; ++i) {
            idle.push_back(std::make_unique<RawHttpClient>(f.port));
            QTRY_VERIFY_WITH_TIMEOUT(idle.back()->socket.state() == QAbstractSocket::ConnectedState, waitMs);
        }
        // THEN the oldest are closed to admit the newest, and a health check still gets in
        QTRY_VERIFY_WITH_TIMEOUT(idle.at(0)->closed && idle.at(3)->closed, waitMs);
        QVERIFY(f.server.openConnections() <= 4);
        QCOMPARE(f.client(QStringLiteral("carol")).get(QStringLiteral("/_apis/health")).status, 200);
        QVERIFY(!idle.at(7)->closed);
    }

    void shouldPauseInsteadOfSpinningWhenOutOfDescriptors() {
        // GIVEN four idle connections, then this process (server and clients) left no descriptor to spare
        RestFixture f;
        std::vector<std::unique_ptr<RawHttpClient>> idle;
        for (int i = 0; i < 4; ++i)
            idle.push_back(std::make_unique<RawHttpClient>(f.port));
        QTRY_COMPARE_WITH_TIMEOUT(f.server.openConnections(), 4, waitMs);
        rlimit saved{};
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &saved), 0);
        // The limit bounds descriptor numbers: fill every free one below it, then give one back.
        rlimit tight = saved;
        tight.rlim_cur = rlim_t(QDir(QStringLiteral("/proc/self/fd"))
                                    .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)
                                    .size() +
                                16);
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &tight), 0);
        QList<int> filler;
        for (int fd = ::open("/dev/null", O_RDONLY); fd >= 0; fd = ::open("/dev/null", O_RDONLY))
            filler << fd;
        QVERIFY(!filler.isEmpty());
        ::close(filler.takeLast()); // for the client's socket below
        // WHEN a client connects (its socket takes the last descriptor: the server's accept() fails)
        rusage before{};
        ::getrusage(RUSAGE_SELF, &before);
        QElapsedTimer clock;
        clock.start();
        RawHttpClient health(f.port);
        health.send(head("GET", "/DefaultCollection/_apis/health"));
        QTRY_VERIFY_WITH_TIMEOUT(!health.answers().isEmpty() || clock.elapsed() > waitMs, waitMs + 1000);
        rusage after{};
        ::getrusage(RUSAGE_SELF, &after);
        const qint64 wall = clock.elapsed();
        for (const int fd : std::as_const(filler))
            ::close(fd);
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &saved), 0);
        // THEN the quietest connection made room and the client was answered, with no busy loop meanwhile
        QCOMPARE(health.first().status, 200);
        QVERIFY(std::any_of(idle.cbegin(), idle.cend(), [](const auto &c) { return c->closed; }));
        const auto cpuMs = [](const rusage &u) {
            return qint64(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000 +
                   (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000;
        };
        qInfo("answered after %lld ms, %lld ms of processor time", wall, cpuMs(after) - cpuMs(before));
        QVERIFY(cpuMs(after) - cpuMs(before) <= wall / 2 + 20);
    }

    void shouldAnswerBusyWith503AndRetryAfter() {
        const rest::RestResponse busy =
            rest::RestServer::errorResponse(Error::busy(QStringLiteral("the database is busy")));
        QCOMPARE(busy.status, 503);
        QVERIFY(std::find(busy.headers.cbegin(), busy.headers.cend(),
                          std::pair{QByteArray("Retry-After"), QByteArray("2")}) != busy.headers.cend());
        const QJsonObject body = QJsonDocument::fromJson(busy.body).object();
        QCOMPARE(body.value(QStringLiteral("typeKey")).toString(), QStringLiteral("ServiceUnavailableException"));
        QCOMPARE(body.value(QStringLiteral("message")).toString(), QStringLiteral("the database is busy"));
        const QByteArray wire = rest::serializeResponse(busy, false, false);
        QVERIFY(wire.startsWith("HTTP/1.1 503 Service Unavailable\r\n"));
        QVERIFY(wire.contains("\r\nRetry-After: 2\r\n"));
        QVERIFY(rest::serializeResponse(busy, true, false, true).endsWith("\r\nConnection: keep-alive\r\n\r\n"));
    }

    void shouldRefuseClientNumbersOutOfRange() {
        // Numbers that do not fit (converting them was undefined behaviour) are a 400 naming the field.
        RestFixture f;
        RestClient carol = f.client(QStringLiteral("carol"));
        const QString api = QStringLiteral("/Default/_apis/Release");
        for (const QByteArray &number : {QByteArray("1e300"), QByteArray("-1e300"), QByteArray("9.3e18"),
                                         QByteArray("1e19"), QByteArray("1.5"), QByteArray("0")}) {
            const Reply created =
                carol.send("POST", api + QStringLiteral("/releases"), "{\"definitionId\":" + number + "}",
                           {{"Content-Type", "application/json"}});
            QCOMPARE(created.status, 400);
            QVERIFY(created.message().contains(QStringLiteral("definitionId")));
            const Reply decided =
                carol.send("PATCH", api + QStringLiteral("/approvals"), "[{\"id\":" + number + ",\"status\":2}]",
                           {{"Content-Type", "application/json"}});
            QCOMPARE(decided.status, 400);
            QVERIFY(decided.message().contains(QStringLiteral("[0].id")));
        }
        const QJsonObject release =
            carol.post(api + QStringLiteral("/releases"), QJsonObject{{QStringLiteral("definitionId"), 1}}).object();
        const qint64 id = release.value(QStringLiteral("id")).toInteger();
        const qint64 qa = release.value(QStringLiteral("environments"))
                              .toArray()
                              .at(1)
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toInteger();
        for (const QByteArray &number : {QByteArray("1e300"), QByteArray("4294967298"), QByteArray("-1e20")})
            QCOMPARE(carol
                         .send("PATCH", api + QStringLiteral("/releases/%1/environments/%2").arg(id).arg(qa),
                               "{\"status\":" + number + "}", {{"Content-Type", "application/json"}})
                         .status,
                     400);
    }
};

QTEST_GUILESS_MAIN(RestLimitsTest)
#include "tst_restlimits.moc"
