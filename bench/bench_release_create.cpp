// Release creation throughput through the engine API, against a bare prepared INSERT of one row
// per transaction in the same SQLite mode (WAL, synchronous=NORMAL). Goal: <= 3x the baseline.
// A third figure writes exactly the rows a release writes (same schema, indexes and triggers) by
// bare prepared statements: it splits the ratio into what the rows themselves cost (~14 pages per
// commit against the baseline's 1-2) and what the engine adds on top of them.
#include "core/clock.h"
#include "services/services.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

#include <sqlite3.h>

using namespace slipway;

namespace {

const QByteArray pipeline = R"({
  "name": "Bench",
  "artifacts": [ { "alias": "app", "type": "push" } ],
  "stages": [
    { "name": "Dev", "trigger": { "type": "afterRelease" }, "tasks": [ { "name": "t", "type": "script", "script": "true" } ] },
    { "name": "QA", "trigger": { "type": "afterStages", "stages": ["Dev"] }, "tasks": [ { "name": "t", "type": "script", "script": "true" } ] },
    { "name": "Prod", "trigger": { "type": "afterStages", "stages": ["QA"] }, "tasks": [ { "name": "t", "type": "script", "script": "true" } ] }
  ]
})";

// A fresh store holding the benchmark's pipeline with one pushed version, set up through the engine.
std::unique_ptr<SqliteStore> openBenchStore(const QString &path) {
    auto store = SqliteStore::open(path);
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    SystemClock clock;
    Services services(**store, clock);
    const Identity user{QStringLiteral("bench")};
    if (!services.pipelines.save(pipeline, user).ok() ||
        !services.artifacts
             .addPushedVersion(QStringLiteral("Bench"), QStringLiteral("app"), {QStringLiteral("1.0"), {}, {}, {}},
                               user)
             .ok())
        qFatal("setup failed");
    return std::move(*store);
}

double engineReleasesPerSecond(const QString &path, int count) {
    const std::unique_ptr<SqliteStore> store = openBenchStore(path);
    SystemClock clock;
    Services services(*store, clock);
    const Identity user{QStringLiteral("bench")};
    CreateReleaseRequest request;
    request.pipeline = QStringLiteral("Bench");
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i)
        if (Result<ReleaseRecord> created = services.releases.create(request, user); !created)
            qFatal("%s", qPrintable(created.error().message));
    return count / (timer.nsecsElapsed() / 1e9);
}

double baselineInsertsPerSecond(const QString &path, int count) {
    double rate = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open baseline database");
        QSqlQuery setup(db);
        for (const char *statement :
             {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
              "CREATE TABLE rows (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT, created_at INTEGER)"})
            setup.exec(QString::fromLatin1(statement));
        QSqlQuery begin(db), insert(db), commit(db);
        begin.prepare(QStringLiteral("BEGIN IMMEDIATE"));
        insert.prepare(QStringLiteral("INSERT INTO rows (name, created_at) VALUES (?, ?)"));
        commit.prepare(QStringLiteral("COMMIT"));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i) {
            begin.exec();
            insert.bindValue(0, QStringLiteral("Release-%1").arg(i));
            insert.bindValue(1, QDateTime::currentMSecsSinceEpoch());
            insert.exec();
            commit.exec();
        }
        rate = count / (timer.nsecsElapsed() / 1e9);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("baseline"));
    return rate;
}

// The same baseline without QtSql: the floor that SQLite itself sets for one-row transactions.
double nativeInsertsPerSecond(const QString &path, int count) {
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        qFatal("cannot open native baseline database");
    sqlite3_exec(db,
                 "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;"
                 "CREATE TABLE rows (id INTEGER PRIMARY KEY, name TEXT, created_at INTEGER);",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO rows (name, created_at) VALUES (?, ?)", -1, &insert, nullptr);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        const QByteArray name = QByteArray("Release-") + QByteArray::number(i);
        sqlite3_bind_text(insert, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(insert, 2, QDateTime::currentMSecsSinceEpoch());
        sqlite3_step(insert);
        sqlite3_reset(insert);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double rate = count / (timer.nsecsElapsed() / 1e9);
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return rate;
}

// What a release writes, without the engine: the same rows (release, artifact, three stages, the
// queued Dev deployment, the stage's status, two chained audit events) by prepared statements with
// constant values, one transaction per release, in the same schema with the same indexes and
// triggers. The gap between this and the 1-row baseline is the cost of the rows themselves.
double sameRowsPerSecond(const QString &path, int count) {
    openBenchStore(path).reset(); // closed again: the loop below writes through its own connection
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        qFatal("cannot open the same-rows database");
    // The engine connection's settings, checkpoint interval included.
    sqlite3_exec(db,
                 "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; "
                 "PRAGMA wal_autocheckpoint = 4000;",
                 nullptr, nullptr, nullptr);
    const char *statements[] = {
        "UPDATE pipelines SET next_release_number = next_release_number + 1 WHERE id = 1",
        "INSERT INTO releases (pipeline_id, revision_id, name, description, created_by, created_at, reason, status, "
        "variables) VALUES (1, 1, 'Release-' || ?1, '', 'bench', ?2, 'manual', 'active', '{}')",
        "INSERT INTO release_artifacts (release_id, alias, version_id) VALUES (last_insert_rowid(), 'app', 1)",
        "INSERT INTO release_stages (release_id, name, rank, is_manual) VALUES ((SELECT max(id) FROM releases), "
        "'Dev', 1, 0), ((SELECT max(id) FROM releases), 'QA', 2, 0), ((SELECT max(id) FROM releases), 'Prod', 3, 0)",
        "INSERT INTO deployments (release_stage_id, attempt, reason, requested_by, comment, queued_at, status, "
        "operation_status, variables, release_id, stage_name, pipeline_id) SELECT id, 1, 'automated', 'bench', '', "
        "?2, 'notDeployed', 'queued', '{}', release_id, name, 1 FROM release_stages WHERE id = last_insert_rowid() - 2",
        "UPDATE release_stages SET status = 'queued' WHERE id = (SELECT release_stage_id FROM deployments WHERE id = "
        "last_insert_rowid())",
        "INSERT INTO audit_events (at, actor, action, object_type, object_id, details, prev_hash, hash) VALUES (?2, "
        "'bench', 'deployment.requested', 'deployment', ?1, '{\"reason\":\"automated\",\"stage\":\"Dev\"}', "
        "'3abd6b7a35d891902ba03ec865507a4ea67ad60c0a14a2b54fa0e1ef51891909', "
        "'712367ed869543555b0a56ac67f67b4976fa6fd5cfbd7135913aa622500478cf')",
        "INSERT INTO audit_events (at, actor, action, object_type, object_id, details, prev_hash, hash) VALUES (?2, "
        "'bench', 'release.created', 'release', ?1, '{\"artifacts\":{\"app\":\"1.0\"},\"draft\":false}', "
        "'712367ed869543555b0a56ac67f67b4976fa6fd5cfbd7135913aa622500478cf', "
        "'ec32c5aaa372797a47d56d6cd7b503a91207769b0d81fd6e6a0a262166044e55')",
    };
    std::vector<sqlite3_stmt *> prepared;
    for (const char *sql : statements) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
            qFatal("same-rows statement refused: %s", sqlite3_errmsg(db));
        prepared.push_back(statement);
    }
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        for (sqlite3_stmt *statement : prepared) {
            if (sqlite3_bind_parameter_count(statement) >= 1)
                sqlite3_bind_int64(statement, 1, i + 2);
            if (sqlite3_bind_parameter_count(statement) >= 2)
                sqlite3_bind_int64(statement, 2, QDateTime::currentMSecsSinceEpoch());
            if (sqlite3_step(statement) != SQLITE_DONE)
                qFatal("same-rows statement failed: %s", sqlite3_errmsg(db));
            sqlite3_reset(statement);
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double rate = count / (timer.nsecsElapsed() / 1e9);
    for (sqlite3_stmt *statement : prepared)
        sqlite3_finalize(statement);
    // The rows really were written as the engine writes them.
    sqlite3_stmt *check = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT (SELECT count(*) FROM release_stages WHERE status = 'queued'), (SELECT count(*) FROM "
                       "deployments d JOIN release_stages s ON s.id = d.release_stage_id WHERE s.name = 'Dev'), "
                       "(SELECT count FROM audit_head)",
                       -1, &check, nullptr);
    if (sqlite3_step(check) != SQLITE_ROW || sqlite3_column_int(check, 0) != count ||
        sqlite3_column_int(check, 1) != count || sqlite3_column_int(check, 2) < 2 * count)
        qFatal("the same-rows loop did not write what a release writes");
    sqlite3_finalize(check);
    sqlite3_close(db);
    return rate;
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const int rounds = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 3;
    // The four measures take turns, each on a fresh file, and each figure is the median of its rounds: a
    // neighbour's burst on a shared machine then skews one round of one measure, not the ratio.
    QList<double> baselines, natives, sameRowsRates, engines;
    for (int round = 0; round < qMax(1, rounds); ++round) {
        QTemporaryDir dir;
        baselines << baselineInsertsPerSecond(dir.filePath(QStringLiteral("baseline.db")), count);
        natives << nativeInsertsPerSecond(dir.filePath(QStringLiteral("native.db")), count);
        sameRowsRates << sameRowsPerSecond(dir.filePath(QStringLiteral("rows.db")), count);
        engines << engineReleasesPerSecond(dir.filePath(QStringLiteral("engine.db")), count);
    }
    const double baseline = median(baselines), native = median(natives), sameRows = median(sameRowsRates),
                 engine = median(engines);
    QTextStream out(stdout);
    out << "releases created:        " << count << " per round, median of " << baselines.size() << " rounds\n";
    out << "baseline (1-row insert): " << qRound(baseline) << " transactions/s (QtSql prepared INSERT)\n";
    out << "native floor (1-row):    " << qRound(native) << " transactions/s (sqlite3 C API, for reference)\n";
    out << "engine (create release): " << qRound(engine) << " releases/s\n";
    out << "ratio (baseline/engine): " << QString::number(baseline / engine, 'f', 2) << "x (goal <= 3x)\n";
    out << "ratio (native/engine):   " << QString::number(native / engine, 'f', 2) << "x\n";
    out << "same rows, bare SQL:     " << qRound(sameRows) << " releases/s (what a release writes, sqlite3 C API)\n";
    out << "ratio (baseline/rows):   " << QString::number(baseline / sameRows, 'f', 2)
        << "x (the floor the rows alone set)\n";
    out << "ratio (rows/engine):     " << QString::number(sameRows / engine, 'f', 2) << "x (the engine's own cost)\n";
    return 0;
}
