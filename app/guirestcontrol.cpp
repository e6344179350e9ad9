#include "guirestcontrol.h"

#include <QSettings>

namespace slipway {

GuiRestControl::GuiRestControl(Services &services, bool remember) : m_services(services), m_remember(remember) {}

Result<QString> GuiRestControl::start(const QString &address) {
    Result<std::pair<QHostAddress, quint16>> parsed = rest::parseListenAddress(address);
    if (!parsed)
        return parsed.error();
    stop();
    auto server = std::make_unique<rest::RestServer>(m_services);
    Result<quint16> port = server->listen(parsed->first, parsed->second);
    if (!port)
        return port.error();
    m_server = std::move(server);
    m_address = address;
    m_served = QStringLiteral("http://%1:%2").arg(parsed->first.toString()).arg(*port);
    save(true);
    return m_served;
}

void GuiRestControl::stop() {
    if (!m_server)
        return;
    m_server.reset();
    m_served.clear();
    save(false);
}

void GuiRestControl::save(bool enabled) const {
    if (!m_remember)
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("rest/enabled"), enabled);
    settings.setValue(QStringLiteral("rest/address"), m_address);
}

void GuiRestControl::restoreFromSettings() {
    QSettings settings;
    m_address = settings.value(QStringLiteral("rest/address"), m_address).toString();
    if (settings.value(QStringLiteral("rest/enabled"), false).toBool())
        if (Result<QString> served = start(m_address); !served)
            qWarning("slipway: the REST server could not start on %s: %s", qPrintable(m_address),
                     qPrintable(served.error().message));
}

} // namespace slipway
