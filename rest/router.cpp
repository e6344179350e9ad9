#include "router.h"

namespace slipway::rest {

void Router::add(const QString &method, const QString &pattern, Handler handler, bool needsToken) {
    m_routes.append({method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), needsToken, std::move(handler), {}});
}

void Router::addGrouped(const QString &method, const QString &pattern, Handler handler, GroupHandler group) {
    m_routes.append(
        {method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), true, std::move(handler), std::move(group)});
}

bool Router::matches(const QStringList &pattern, const QStringList &segments, QHash<QString, QString> &params) {
    if (pattern.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &part = pattern.at(i);
        if (part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}'))) {
            if (segments.at(i).isEmpty())
                return false;
            params.insert(part.mid(1, part.size() - 2), segments.at(i));
        } else if (part.compare(segments.at(i), Qt::CaseInsensitive) != 0) {
            return false;
        }
    }
    return true;
}

Router::Match Router::match(const QString &method, const QStringList &segments) const {
    Match result;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!matches(route.pattern, segments, params))
            continue;
        if (route.method == method) {
            result.route = &route;
            result.params = params;
            return result;
        }
        if (!result.allowed.contains(route.method))
            result.allowed << route.method;
    }
    return result;
}

} // namespace slipway::rest
