#include "headless.h"

#include "appsession.h"
#include "restserver.h"
#include "engineconfiguration.h"
#include "runtime/enginehost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace slipway {

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGINT and SIGTERM become an event on the main thread (a handler may do nothing else safely).
bool watchTerminationSignals(QObject *receiver, const std::function<void()> &onTerminate) {
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, receiver);
    QObject::connect(notifier, &QSocketNotifier::activated, receiver, [notifier, onTerminate] {
        char byte;
        [[maybe_unused]] const auto read = ::read(signalPipe[0], &byte, 1);
        notifier->setEnabled(false);
        onTerminate();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    ::sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
}

} // namespace

int runHeadless(QCoreApplication &app) {
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("headless"), QStringLiteral("Run the engine without a window.")},
                       {QStringLiteral("database"), QStringLiteral("SQLite file to use."), QStringLiteral("PATH")},
                       {QStringLiteral("user"), QStringLiteral("Act as this user."), QStringLiteral("NAME")},
                       {QStringLiteral("listen"), QStringLiteral("Serve the REST API."), QStringLiteral("ADDR:PORT")},
                       {QStringLiteral("grace"), QStringLiteral("Seconds to let deployments finish on SIGTERM."),
                        QStringLiteral("SECONDS")}});
    parser.addHelpOption();
    QTextStream err(stderr);
    if (!parser.parse(app.arguments())) {
        err << "slipway: " << parser.errorText() << "\n";
        return 1;
    }
    bool graceOk = true;
    const int graceSeconds =
        parser.isSet(QStringLiteral("grace")) ? parser.value(QStringLiteral("grace")).toInt(&graceOk) : 10;
    if (!graceOk || graceSeconds < 0) {
        err << "slipway: --grace takes a number of seconds\n";
        return 1;
    }
    Result<std::unique_ptr<AppSession>> session =
        AppSession::open(parser.value(QStringLiteral("database")), parser.value(QStringLiteral("user")));
    if (!session) {
        err << "slipway: " << session.error().message << "\n";
        return 1;
    }
    // The REST server answers on this (main) thread over the session's services; the engine runs on its own.
    std::unique_ptr<rest::RestServer> server;
    if (parser.isSet(QStringLiteral("listen"))) {
        Result<std::pair<QHostAddress, quint16>> address =
            rest::parseListenAddress(parser.value(QStringLiteral("listen")));
        if (!address) {
            err << "slipway: " << address.error().message << "\n";
            return 1;
        }
        server = std::make_unique<rest::RestServer>((*session)->services());
        Result<quint16> port = server->listen(address->first, address->second);
        if (!port) {
            err << "slipway: " << port.error().message << "\n";
            return 1;
        }
        err << "slipway: REST API on http://" << address->first.toString() << ":" << *port
            << "/<collection> (for example /DefaultCollection)\n";
        err.flush();
    }

    const QString database = (*session)->store().location();
    EngineHost host(storeFactory(database), engineConfiguration(database));
    int exitCode = 0;
    QObject::connect(&host, &EngineHost::failed, &app, [&](const QString &message) {
        err << "slipway: the engine cannot start: " << message << "\n";
        exitCode = 1;
        app.quit();
    });
    QObject::connect(&host, &EngineHost::started, &app, [&] {
        err << "slipway: engine running on " << database << " (pid " << ::getpid() << ")\n";
        err.flush();
    });
    if (!watchTerminationSignals(&app, [&] {
            err << "slipway: stopping; waiting up to " << graceSeconds << " s for running deployments\n";
            err.flush();
            host.stop(graceSeconds * 1000);
            app.quit();
        })) {
        err << "slipway: cannot watch for SIGTERM\n";
        return 1;
    }
    host.start();
    app.exec();
    host.stop(0);
    return exitCode;
}

} // namespace slipway
