#pragma once

#include "core/clock.h"
#include "services/services.h"
#include "store/sqlitestore.h"
#include "store/storefactory.h"
#include "testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace slipway::testing {

// A fresh database (an SQLite file, or its own database on the test PostgreSQL server: testdatabase.h), a manual
// clock and the engine services: what each engine test starts from.
class TestEnvironment final {
public:
    explicit TestEnvironment(const QDateTime &start = QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC))
        : database(dir.path()), clock(start) {
        Result<std::unique_ptr<Store>> opened = openStore(location());
        if (!opened)
            qFatal("cannot open the test database: %s", qPrintable(opened.error().message));
        store = std::move(*opened);
        services = std::make_unique<Services>(*store, clock);
    }

    // What openStore and `--database` take: the SQLite file or a PostgreSQL URI.
    QString location() const { return database.location(); }
    bool isPostgres() const { return database.isPostgres(); }
    // The SQLite file, for the tests of SQLite itself (they run on SQLite only).
    QString databasePath() const { return database.filePath(); }
    // The store as SQLite, for those tests; a fatal error on PostgreSQL.
    SqliteStore &sqlite() const {
        auto *sqlite = dynamic_cast<SqliteStore *>(store.get());
        if (!sqlite)
            qFatal("this test needs the SQLite store; it does not run on PostgreSQL");
        return *sqlite;
    }
    QString path(const QString &name) const { return dir.filePath(name); }

    Result<SavedPipeline> save(const QByteArray &json, const QString &user = QStringLiteral("alice")) {
        return services->pipelines.save(json, Identity{user});
    }

    QTemporaryDir dir;
    TestDatabase database; // dropped after the store's connections close
    ManualClock clock;
    std::unique_ptr<Store> store;
    std::unique_ptr<Services> services;
};

inline QByteArray readTestFile(const QString &name) {
    QFile file(QStringLiteral(SLIPWAY_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

// A small pipeline with a push source, Dev -> QA -> Prod.
inline QByteArray threeStagePipeline(const QString &name = QStringLiteral("Shop"),
                                     const QString &nameFormat = QStringLiteral("Release-$(Rev:r)")) {
    return QStringLiteral(R"({
  "name": "%1",
  "releaseNameFormat": "%2",
  "variables": {
    "region": "eu",
    "token": { "value": "hunter22", "secret": true },
    "level": { "value": "info", "settableAtRelease": true }
  },
  "artifacts": [ { "alias": "app", "type": "push" }, { "alias": "tools", "type": "push" } ],
  "stages": [
    { "name": "Dev", "trigger": { "type": "afterRelease" }, "tasks": [ { "name": "a", "type": "script", "script": "true" } ] },
    { "name": "QA", "trigger": { "type": "afterStages", "stages": ["Dev"] }, "tasks": [ { "name": "a", "type": "script", "script": "true" } ] },
    { "name": "Prod", "trigger": { "type": "afterStages", "stages": ["QA"] }, "tasks": [ { "name": "a", "type": "script", "script": "true" } ] }
  ]
})")
        .arg(name, nameFormat)
        .toUtf8();
}

} // namespace slipway::testing
