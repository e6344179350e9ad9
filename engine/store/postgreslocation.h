#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace slipway {

// A team database named by a libpq connection URI:
//   postgresql://[user[:password]@][host][:port][/dbname][?param=value&...]   (also postgres://)
// A host that is an absolute path (percent-encoded in the authority, or given as ?host=/dir) is the folder of a Unix
// socket, as in libpq. Parameters other than host, port, dbname, user and password (sslmode, connect_timeout,
// service, passfile, ...) go to libpq unchanged; a missing password is found by libpq (~/.pgpass, PGPASSWORD,
// PGSERVICE).
struct PostgresLocation final {
    QString user;
    QString password;
    QString host;
    int port = -1;
    QString database;
    QStringList options; // "key=value", in the order given

    // The URI again without its password: what the status bar, the logs and errors show.
    QString display() const;
    // The whole URI, the password included: what a connection is opened with, never what is shown or kept.
    QString uri() const;
    // The libpq parameters as Qt's PostgreSQL driver takes them (semicolon-separated key=value).
    QString connectOptions() const;

private:
    QString composed(bool withPassword) const;
};

bool isPostgresUri(const QString &location);
Result<PostgresLocation> parsePostgresUri(const QString &uri);

} // namespace slipway
