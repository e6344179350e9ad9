#include "headless.h"

#include "appsession.h"
#include "arguments.h"
#include "restserver.h"
#include "engineconfiguration.h"
#include "runtime/enginehost.h"

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

int runHeadless(QCoreApplication &app, const Arguments &arguments) {
    QTextStream err(stderr);
    const int graceSeconds = arguments.graceSeconds();
    Result<std::unique_ptr<AppSession>> session =
        AppSession::open(arguments.value(QStringLiteral("database")), arguments.value(QStringLiteral("user")));
    if (!session) {
        err << "slipway: " << session.error().message << "\n";
        return 1;
    }
    // The REST server answers on this (main) thread over the session's services; the engine runs on its own.
    std::unique_ptr<rest::RestServer> server;
    if (arguments.isSet(QStringLiteral("listen"))) {
        Result<std::pair<QHostAddress, quint16>> address =
            rest::parseListenAddress(arguments.value(QStringLiteral("listen")));
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

    const QString database = (*session)->location();
    EngineHost host(storeFactory(database, (*session)->secretKey()), engineConfiguration(database));
    int exitCode = 0;
    QObject::connect(&host, &EngineHost::failed, &app, [&](const Error &error) {
        err << "slipway: the engine cannot start: " << error.message << "\n";
        exitCode = 1;
        app.quit();
    });
    QObject::connect(&host, &EngineHost::started, &app, [&] {
        err << "slipway: engine running on " << (*session)->store().location() << " (pid " << ::getpid() << ")\n";
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
