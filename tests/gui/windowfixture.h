#pragma once

// The main window as app/gui.cpp wires it, for the window's tests.
#include "appsession.h"
#include "approvalinboxmodel.h"
#include "mainwindow.h"
#include "pipelinetreemodel.h"
#include "releasegridmodel.h"

#include <QByteArray>

namespace slipway::testing {

// Preferences kept in memory, as the app keeps them in QSettings.
class MemoryPreferences final : public PreferenceStore {
public:
    Preferences kept;
    Preferences load() const override { return kept; }
    void save(const Preferences &preferences) override { kept = preferences; }
};

// The tree and the grids over the given services; `withActions` adds what the app adds (release
// actions, the approvals inbox).
struct WindowUnderTest final {
    WindowUnderTest(Services &services, const Clock &clock, const QString &location,
                    const QString &user = QStringLiteral("newcomer"), bool withActions = false)
        : services(services), identity{user}, pipelines(services.queries, services.notifier),
          inbox({services.approvals, services.inbox, services.queries, services.notifier}, clock, identity),
          window(pipelines,
                 [this](qint64 pipelineId) {
                     return std::make_unique<ReleaseGridModel>(this->services.queries, this->services.notifier,
                                                               pipelineId);
                 },
                 {location, user, QString()}) {
        if (!withActions)
            return;
        window.setReleaseActions({services, identity});
        window.addApprovalsPage(
            inbox, {services.approvals, services.deployments, services.directory, services.inbox, clock, identity});
    }
    explicit WindowUnderTest(AppSession &session, bool withActions = false)
        : WindowUnderTest(session.services(), session.clock(), session.store().location(), session.identity().userName,
                          withActions) {}

    Services &services;
    Identity identity;
    PipelineTreeModel pipelines;
    ApprovalInboxModel inbox;
    MainWindow window;
};

// A pipeline of one stage per name, each with a command task that succeeds at once.
inline QByteArray simplePipeline(const QString &name, const QStringList &stages) {
    QStringList parts;
    for (const QString &stage : stages)
        parts << QStringLiteral("{\"name\":\"%1\",\"trigger\":{\"type\":\"manual\"},"
                                "\"tasks\":[{\"name\":\"t\",\"type\":\"command\",\"program\":\"true\"}]}")
                     .arg(stage);
    return QStringLiteral("{\"name\":\"%1\",\"stages\":[%2]}").arg(name, parts.join(QLatin1Char(','))).toUtf8();
}

} // namespace slipway::testing
