#pragma once

#include "restcontext.h"

namespace slipway::rest {

// The allowed-methods table: templates of literal segments (matched case-insensitively) and
// {values}. A path no template matches is a 404; a path matched with another method, a 405.
class Router final {
public:
    // How a route's writes reach the disk: in a transaction of their own, or grouped with the other
    // requests of that kind which arrive meanwhile (one commit for all, each request a savepoint).
    enum class Commit { Own, Grouped };
    struct Route final {
        QString method;
        QStringList pattern;
        bool needsToken = true;
        Handler handler;
        Commit commit = Commit::Own;
    };
    struct Match final {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QStringList allowed; // when the path matched but the method did not
    };

    void add(const QString &method, const QString &pattern, Handler handler, bool needsToken = true,
             Commit commit = Commit::Own);
    Match match(const QString &method, const QStringList &segments) const;

private:
    QList<Route> m_routes;
    static bool matches(const QStringList &pattern, const QStringList &segments, QHash<QString, QString> &params);
};

} // namespace slipway::rest
