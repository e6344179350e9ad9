// The REST server's HTTP request parser without a socket: each limit and each error, pipelining, chunked bodies,
// and the bound on what it takes in before it has decided.
#include "httprequestparser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace slipway::rest;
using Step = HttpRequestParser::Step;

namespace {

constexpr qint64 maxBody = 1024 * 1024;

// Feeds `bytes` as a connection would (never more than capacity() at once) and returns the first event.
Step feedAll(HttpRequestParser &parser, QByteArray &bytes, qsizetype piece = 1 << 30) {
    for (;;) {
        const Step step = parser.step();
        if (step != Step::NeedMore)
            return step;
        const qsizetype count = qMin(qMin(parser.capacity(), piece), bytes.size());
        if (count == 0)
            return Step::NeedMore;
        parser.feed(QByteArrayView(bytes).first(count));
        bytes.remove(0, count);
    }
}

struct Parsed final {
    QByteArray method, target, body;
};

// Every request of `bytes`, each accepted on its head, or the status of the first error.
std::pair<QList<Parsed>, int> parseAll(QByteArray bytes, qsizetype piece = 1 << 30) {
    HttpRequestParser parser(maxBody);
    QList<Parsed> requests;
    for (;;) {
        Step step = feedAll(parser, bytes, piece);
        if (step == Step::Head) {
            parser.acceptBody();
            step = feedAll(parser, bytes, piece);
        }
        if (step == Step::Failed)
            return {requests, parser.error().status};
        if (step != Step::Complete)
            return {requests, 0};
        requests.append({parser.head().method, parser.head().target, parser.takeBody()});
        parser.next();
    }
}

int statusOf(const QByteArray &bytes) {
    return parseAll(bytes).second;
}

QByteArray post(const QByteArray &body) {
    return "POST /c/_apis/x HTTP/1.1\r\nHost: h\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
           body;
}

} // namespace

class HttpRequestParserTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shouldParseARequestWithItsHeadersAndBody() {
        HttpRequestParser parser(maxBody);
        QByteArray bytes = "POST /DefaultCollection/_apis/x?a=1 HTTP/1.1\r\nHost: example:8080\r\n"
                           "Authorization:  Bearer abc \r\nContent-Length: 5\r\n\r\nhello";
        QCOMPARE(feedAll(parser, bytes), Step::Head);
        QCOMPARE(parser.head().method, QByteArray("POST"));
        QCOMPARE(parser.head().target, QByteArray("/DefaultCollection/_apis/x?a=1"));
        QCOMPARE(parser.head().header("authorization"), QByteArray("Bearer abc"));
        QCOMPARE(parser.head().contentLength, 5);
        QVERIFY(parser.head().keepAlive);
        QCOMPARE(parser.capacity(), 0); // nothing more is read before the decision
        parser.acceptBody();
        QCOMPARE(feedAll(parser, bytes), Step::Complete);
        QCOMPARE(parser.takeBody(), QByteArray("hello"));
    }

    void shouldAnswerPipelinedRequestsInOrderWhateverTheSplits() {
        const QByteArray bytes = "GET /a HTTP/1.1\r\nHost: h\r\n\r\n" + post("{\"x\":1}") +
                                 "HEAD /c HTTP/1.1\r\nHost: h\r\n\r\n"
                                 "POST /d HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                                 "3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\nTrailer: x\r\n\r\n"
                                 "\r\nGET /e HTTP/1.0\r\n\r\n";
        for (const qsizetype piece : {qsizetype(1), qsizetype(2), qsizetype(7), qsizetype(1 << 20)}) {
            const auto [requests, status] = parseAll(bytes, piece);
            QCOMPARE(status, 0);
            QCOMPARE(requests.size(), 5);
            QCOMPARE(requests.at(0).target, QByteArray("/a"));
            QCOMPARE(requests.at(1).body, QByteArray("{\"x\":1}"));
            QCOMPARE(requests.at(2).method, QByteArray("HEAD"));
            QCOMPARE(requests.at(3).body, QByteArray("abcde"));
            QCOMPARE(requests.at(4).target, QByteArray("/e"));
        }
    }

    void shouldKnowWhenTheConnectionStaysOpen() {
        HttpRequestParser parser(maxBody);
        QByteArray bytes = "GET / HTTP/1.0\r\n\r\n";
        QCOMPARE(feedAll(parser, bytes), Step::Head);
        QVERIFY(!parser.head().keepAlive);
        parser.acceptBody();
        QCOMPARE(parser.step(), Step::Complete);
        parser.next();
        QVERIFY(parser.idle());
        bytes = "GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n";
        QCOMPARE(feedAll(parser, bytes), Step::Head);
        QVERIFY(!parser.head().keepAlive);
        QVERIFY(parser.skipRequest()); // no body: the next request may follow
        bytes = "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n";
        QCOMPARE(feedAll(parser, bytes), Step::Head);
        QVERIFY(parser.head().keepAlive);
    }

    void shouldRefuseHeadersBeyond64KiBWithoutTakingMore() {
        // A header that never ends: 431 once 64 KiB have come, having taken no more than that.
        HttpRequestParser parser(maxBody);
        QByteArray head = "GET / HTTP/1.1\r\nHost: h\r\nX-Big: " + QByteArray(256 * 1024, 'a');
        const qsizetype sent = head.size();
        QCOMPARE(feedAll(parser, head), Step::Failed);
        QCOMPARE(parser.error().status, 431);
        QVERIFY(sent - head.size() <= HttpRequestParser::maxHeadBytes + 1);
        // Many fields, each short, that add up to more.
        QByteArray many = "GET / HTTP/1.1\r\nHost: h\r\n";
        for (int i = 0; i < 90; ++i)
            many += "X-" + QByteArray::number(i) + ": " + QByteArray(800, 'b') + "\r\n";
        QCOMPARE(statusOf(many + "\r\n"), 431);
        // Too many fields, however short.
        QByteArray fields = "GET / HTTP/1.1\r\nHost: h\r\n";
        for (int i = 0; i < 200; ++i)
            fields += "A" + QByteArray::number(i) + ": b\r\n";
        QCOMPARE(statusOf(fields + "\r\n"), 431);
        // A request line that long is a 414; just under the limit is fine.
        QCOMPARE(statusOf("GET /" + QByteArray(70 * 1024, 'x') + " HTTP/1.1\r\nHost: h\r\n\r\n"), 414);
        QCOMPARE(statusOf("GET /" + QByteArray(60 * 1024, 'x') + " HTTP/1.1\r\nHost: h\r\n\r\n"), 0);
    }

    void shouldRefuseABodyOverTheLimitOnItsHead() {
        // 413 comes with the head, before a byte of the body has been taken.
        HttpRequestParser parser(maxBody);
        QByteArray bytes = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 134217728\r\n\r\n" + QByteArray(4096, 'x');
        QCOMPARE(feedAll(parser, bytes, 16), Step::Failed);
        QCOMPARE(parser.error().status, 413);
        QVERIFY(bytes.size() > 4096 - 16); // at most the head's last piece took some of it
        QCOMPARE(parser.capacity(), 0);
        QCOMPARE(statusOf("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999999\r\n\r\n"), 413);
        QCOMPARE(statusOf(post(QByteArray(maxBody, 'x'))), 0); // the limit itself is accepted
    }

    void shouldCountAChunkedBodyAsItArrives() {
        // One chunk announced over the limit: refused on its size line, before its data.
        HttpRequestParser parser(maxBody);
        QByteArray bytes =
            "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n100001\r\n" + QByteArray(4096, 'x');
        QCOMPARE(feedAll(parser, bytes, 16), Step::Head);
        parser.acceptBody();
        QCOMPARE(feedAll(parser, bytes, 16), Step::Failed);
        QCOMPARE(parser.error().status, 413);
        QVERIFY(bytes.size() > 4096 - 16);
        // Small chunks that add up past the limit: refused at the first one that passes it.
        QByteArray small = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 1100; ++i)
            small += "400\r\n" + QByteArray(1024, 'y') + "\r\n";
        const auto [requests, status] = parseAll(small + "0\r\n\r\n");
        QCOMPARE(status, 413);
        QVERIFY(requests.isEmpty());
        QCOMPARE(statusOf("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffffff\r\n"),
                 413);
    }

    void shouldRefuseMalformedRequests_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        const QByteArray host = "Host: h\r\n";
        QTest::newRow("garbage") << QByteArray("\x01\x02\x03 garbage\r\n\r\n") << 400;
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("bad target") << QByteArray("GET x HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("control in target") << QByteArray("GET /\x7f HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("bad version") << QByteArray("GET / HTTP/x.y\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n") << 505;
        QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two Hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\n" + host + "Nonsense\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A : b\r\n\r\n") << 400;
        QTest::newRow("folded") << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: b\r\n c\r\n\r\n") << 400;
        QTest::newRow("NUL in value") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX-A: b" + QByteArray(1, '\0') +
                                                    "c\r\n\r\n")
                                      << 400;
        QTest::newRow("bad length") << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 1x\r\n\r\n") << 400;
        QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: -1\r\n\r\n")
                                         << 400;
        QTest::newRow("two lengths") << QByteArray("POST / HTTP/1.1\r\n" + host +
                                                   "Content-Length: 1\r\nContent-Length: 2\r\n\r\nab")
                                     << 400;
        QTest::newRow("length and chunked")
            << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n")
            << 400;
        QTest::newRow("gzip coding") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: gzip\r\n\r\n")
                                     << 501;
        QTest::newRow("bad chunk size") << QByteArray("POST / HTTP/1.1\r\n" + host +
                                                      "Transfer-Encoding: chunked\r\n\r\nzz\r\n")
                                        << 400;
        QTest::newRow("chunk without CRLF")
            << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n1\r\naXY\r\n") << 400;
        QTest::newRow("endless chunk line")
            << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n1;" + QByteArray(4000, 'e'))
            << 400;
        QTest::newRow("odd expectation") << QByteArray("POST / HTTP/1.1\r\n" + host + "Expect: 200-ok\r\n\r\n") << 417;
    }
    void shouldRefuseMalformedRequests() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QCOMPARE(statusOf(bytes), status);
    }

    void shouldTellWhenTheClientExpectsToContinue() {
        HttpRequestParser parser(maxBody);
        QByteArray bytes = "POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-Continue\r\nContent-Length: 3\r\n\r\n";
        QCOMPARE(feedAll(parser, bytes), Step::Head);
        QVERIFY(parser.head().expectContinue);
        QVERIFY(!parser.skipRequest()); // a body follows: a refusal must close the connection
    }

    void shouldSplitTargetsForRouting() {
        const RequestTarget target = splitTarget("/Default%20Collection/a%2Fb//c?%24top=2&x=a+b%26&empty");
        QCOMPARE(target.segments,
                 (QStringList{QStringLiteral("Default Collection"), QStringLiteral("a/b"), QStringLiteral("c")}));
        QCOMPARE(target.query.size(), 3);
        QCOMPARE(target.query.at(0), (std::pair{QStringLiteral("$top"), QStringLiteral("2")}));
        QCOMPARE(target.query.at(1).second, QStringLiteral("a+b&"));
        QCOMPARE(splitTarget("http://host:1/x/y?z=1").segments,
                 (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
        QVERIFY(splitTarget("*").segments == QStringList{QStringLiteral("*")});
    }

    void shouldNeverTakeMoreThanItsBoundOnRandomInput() {
        // Random bytes around valid requests: whatever happens, what it holds stays bounded.
        QRandomGenerator random(16);
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes = post("{}");
            for (int i = 0; i < 20; ++i)
                bytes.insert(random.bounded(bytes.size() + 1), char(random.bounded(256)));
            HttpRequestParser parser(maxBody);
            for (int guard = 0; guard < 1000 && !bytes.isEmpty(); ++guard) {
                const Step step = feedAll(parser, bytes, 1 + random.bounded(9));
                QVERIFY(parser.capacity() <= HttpRequestParser::maxHeadBytes + 1);
                if (step == Step::Head)
                    parser.acceptBody();
                else if (step == Step::Complete)
                    parser.next();
                else
                    break;
            }
        }
    }
};

QTEST_GUILESS_MAIN(HttpRequestParserTest)
#include "tst_httprequestparser.moc"
