#pragma once

#include "store/postgreslocation.h"

#include <QSqlDatabase>
#include <QSqlError>

// A QPSQL connection of a benchmark's own (its baseline, its counters) to the team database at `uri`.
inline QSqlDatabase openBenchConnection(const QString &uri, const QString &name) {
    const slipway::PostgresLocation location = slipway::parsePostgresUri(uri).value();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(location.host);
    if (location.port > 0)
        db.setPort(location.port);
    db.setDatabaseName(location.database);
    db.setUserName(location.user);
    db.setPassword(location.password);
    db.setConnectOptions(location.connectOptions());
    if (!db.open())
        qFatal("%s: %s", qPrintable(name), qPrintable(db.lastError().text()));
    return db;
}
