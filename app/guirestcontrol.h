#pragma once

#include "restcontrol.h"
#include "restserver.h"

#include <memory>

namespace slipway {

// The window's REST server, switched from Settings. With `remember`, the choice (on or off, and the
// address) is kept in the user's settings and applied at the next start.
class GuiRestControl final : public RestControl {
public:
    GuiRestControl(Services &services, bool remember);

    Result<QString> start(const QString &address) override;
    void stop() override;
    QString servedAddress() const override { return m_served; }
    QString configuredAddress() const override { return m_address; }

    // Starts the server if the settings say it was on when Slipway closed.
    void restoreFromSettings();

private:
    Services &m_services;
    bool m_remember;
    std::unique_ptr<rest::RestServer> m_server;
    QString m_address = QStringLiteral("127.0.0.1:8080");
    QString m_served;

    void save(bool enabled) const;
};

} // namespace slipway
