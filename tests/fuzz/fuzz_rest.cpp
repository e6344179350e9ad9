// The REST server's HTTP request parser and router on any bytes: never a crash, a hang, a leak or undefined
// behaviour; what it makes of the bytes never depends on how they were split into reads; it never takes more than
// its bound before a decision; and every request it parses is routed through the real route table.
#include "httprequestparser.h"
#include "restroutes.h"
#include "restserver.h"
#include "store/storefactory.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace slipway;
using namespace slipway::rest;

namespace {

// The route table as the server builds it: its controllers need services over a store, here a temporary database.
struct RealRoutes final {
    QTemporaryDir dir;
    SystemClock clock;
    std::unique_ptr<Store> store;
    std::unique_ptr<Services> services;
    Router router;
    std::unique_ptr<RestRoutes> routes;

    RealRoutes() {
        Result<std::unique_ptr<Store>> opened = openStore(dir.filePath(QStringLiteral("fuzz.db")));
        if (!opened) {
            std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(opened.error().message));
            std::abort();
        }
        store = std::move(*opened);
        services = std::make_unique<Services>(*store, clock);
        routes = std::make_unique<RestRoutes>(router, *services);
    }
};

const Router &router() {
    static int argc = 1;
    static char name[] = "fuzz_rest";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv); // the SQLite driver is a plugin
    static RealRoutes routes;
    return routes.router;
}

[[noreturn]] void fail(const char *what) {
    std::fprintf(stderr, "%s\n", what);
    std::abort();
}

void route(const HttpRequestHead &head) {
    QStringList segments = splitTarget(head.target).segments;
    if (segments.isEmpty())
        return;
    segments.removeFirst(); // the collection
    const QString method = head.method == "HEAD" ? QStringLiteral("GET") : QString::fromLatin1(head.method);
    const Router::Match match = router().match(method, segments);
    if (match.route && match.route->method != method)
        fail("a route matched another method");
    if (!match.route && match.allowed.contains(method))
        fail("a method listed as allowed did not match");
}

// What the parser makes of `input` fed `piece` bytes at a time, as one line per event.
QByteArrayList parse(const QByteArray &input, qsizetype piece) {
    HttpRequestParser parser(RestServer::maxBodyBytes);
    QByteArrayList events;
    qsizetype at = 0;
    for (;;) {
        if (parser.capacity() > HttpRequestParser::maxHeadBytes + 1)
            fail("the parser takes more than its bound");
        switch (parser.step()) {
        case HttpRequestParser::Step::NeedMore: {
            const qsizetype count = qMin(qMin(piece, parser.capacity()), input.size() - at);
            if (at == input.size())
                return events;
            if (count <= 0)
                fail("the parser wants more bytes but takes none");
            parser.feed(QByteArrayView(input).sliced(at, count));
            at += count;
            break;
        }
        case HttpRequestParser::Step::Head:
            events << "head " + parser.head().method + ' ' + parser.head().target;
            route(parser.head());
            parser.acceptBody();
            break;
        case HttpRequestParser::Step::Complete:
            events << "body " + QByteArray::number(qHash(parser.takeBody()));
            parser.next();
            break;
        case HttpRequestParser::Step::Failed: {
            const int status = parser.error().status;
            if (status < 400 || status > 505 || parser.error().message.isEmpty())
                fail("an error without a client or server status and a message");
            events << "failed " + QByteArray::number(status);
            return events;
        }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArrayList whole = parse(input, qMax<qsizetype>(1, input.size()));
    // Split points from the data itself: its first byte sets a piece size, and single bytes as a slow client sends.
    const qsizetype piece = size > 0 ? 1 + data[0] % 97 : 1;
    for (const qsizetype split : {piece, qsizetype(1)})
        if (parse(input, split) != whole) {
            std::fprintf(stderr, "split into pieces of %lld bytes, the input parses otherwise than whole\n",
                         static_cast<long long>(split));
            std::abort();
        }
    return 0;
}
