#include "appsession.h"

#include <QStandardPaths>

namespace slipway {

QString AppSession::defaultDatabasePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/slipway.db");
}

AppSession::AppSession(std::unique_ptr<Store> store, Identity identity)
    : m_store(std::move(store)), m_identity(std::move(identity)),
      m_services(std::make_unique<Services>(*m_store, m_clock)) {}

QString AppSession::resolvePath(const QString &database) {
    QString path = database;
    if (path.isEmpty())
        path = qEnvironmentVariable("SLIPWAY_DATABASE");
    if (path.isEmpty())
        path = defaultDatabasePath();
    return path;
}

Result<std::unique_ptr<AppSession>> AppSession::open(const QString &database, const QString &user) {
    const QString path = resolvePath(database);
    if (path.startsWith(QLatin1String("postgresql://")) || path.startsWith(QLatin1String("postgres://")))
        return Error::validation(QStringLiteral("PostgreSQL databases are not supported yet; use an SQLite file"));
    Result<std::unique_ptr<Store>> store = openStore(path);
    if (!store)
        return store.error();
    return std::unique_ptr<AppSession>(new AppSession(std::move(*store), Identity::resolve(user)));
}

} // namespace slipway
