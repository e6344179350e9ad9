#pragma once

#include "restcontext.h"

namespace slipway::rest {

// Requests of one route answered together, in one commit: one answer per request, in their order.
using GroupHandler = std::function<QList<Result<RestResponse>>(const QList<const RestRequest *> &)>;

// The allowed-methods table: templates of literal segments (matched case-insensitively) and
// {values}. A path no template matches is a 404; a path matched with another method, a 405.
class Router final {
public:
    struct Route final {
        QString method;
        QStringList pattern;
        bool needsToken = true;
        Handler handler;
        // Set for routes whose writes may share one commit with the other requests of that route
        // which arrive meanwhile; a request that finds nobody to share with goes to `handler`.
        GroupHandler group;
        // A write a team database's member may make (create a release, deploy, decide an approval).
        bool forMembers = false;
    };
    struct Match final {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QStringList allowed; // when the path matched but the method did not
    };

    void add(const QString &method, const QString &pattern, Handler handler, bool needsToken = true);
    // Marks the route added last as one a member may use (Route::forMembers).
    void forMembers() { m_routes.last().forMembers = true; }
    void addGrouped(const QString &method, const QString &pattern, Handler handler, GroupHandler group);
    Match match(const QString &method, const QStringList &segments) const;

private:
    QList<Route> m_routes;
    static bool matches(const QStringList &pattern, const QStringList &segments, QHash<QString, QString> &params);
};

} // namespace slipway::rest
