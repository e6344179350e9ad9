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

// `slipway agent`: the name (the host's by default), pools and capabilities it announces (docs/agents.md).
std::optional<AgentIdentity> agentOf(const Arguments &arguments, const QString &host) {
    if (arguments.positional().value(0) != QLatin1String("agent"))
        return std::nullopt;
    AgentIdentity agent;
    agent.name = arguments.isSet(QStringLiteral("name")) ? arguments.value(QStringLiteral("name")) : host;
    for (const QString &list : arguments.options().values(QStringLiteral("pool")))
        for (const QString &pool : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!agent.pools.contains(pool.trimmed(), Qt::CaseInsensitive))
                agent.pools << pool.trimmed();
    agent.capabilities = systemCapabilities(agent.name, host);
    for (const QString &capability : arguments.options().values(QStringLiteral("capability"))) {
        const qsizetype equals = capability.indexOf(QLatin1Char('='));
        agent.capabilities.insert(capability.left(equals).trimmed(), capability.mid(equals + 1));
    }
    return agent;
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
    EngineConfig config = engineConfiguration(database);
    const std::optional<AgentIdentity> agent = agentOf(arguments, config.owner.host);
    if (agent && (*session)->store().role() == TeamRole::Member) {
        err << "slipway: " << (*session)->store().login()
            << " is a member of this team database: an agent runs deployments and needs an engine's login (an "
               "admin adds one with: slipway user add NAME --engine --password-stdin)\n";
        return 1;
    }
    if (agent)
        config.agent = *agent;
    EngineHost host(storeFactory(database, (*session)->secretKey()), config);
    int exitCode = 0;
    QObject::connect(&host, &EngineHost::failed, &app, [&](const Error &error) {
        err << "slipway: the engine cannot start: " << error.message << "\n";
        exitCode = 1;
        app.quit();
    });
    QObject::connect(&host, &EngineHost::started, &app, [&] {
        if (agent)
            err << "slipway: agent " << agent->name << " serving "
                << (agent->pools.isEmpty() ? QStringLiteral("no pool")
                                           : QStringLiteral("pools ") + agent->pools.join(QStringLiteral(", ")))
                << " on " << (*session)->store().location() << " (pid " << ::getpid() << ")\n";
        else
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
