// Release creation throughput through the engine API, against a bare prepared INSERT of one row
// per transaction in the same SQLite mode (WAL, synchronous=NORMAL). Goal: <= 3x the baseline.
// A release writes a release row, its stage and artifact rows and a hash-chained audit event
// (8 pages per commit against the baseline's 1-2), which is where the remaining ratio comes from.
#include "core/clock.h"
#include "services/services.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

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

double engineReleasesPerSecond(const QString &path, int count) {
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

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    const double baseline = baselineInsertsPerSecond(dir.filePath(QStringLiteral("baseline.db")), count);
    const double native = nativeInsertsPerSecond(dir.filePath(QStringLiteral("native.db")), count);
    const double engine = engineReleasesPerSecond(dir.filePath(QStringLiteral("engine.db")), count);
    QTextStream out(stdout);
    out << "releases created:        " << count << "\n";
    out << "baseline (1-row insert): " << qRound(baseline) << " transactions/s (QtSql prepared INSERT)\n";
    out << "native floor (1-row):    " << qRound(native) << " transactions/s (sqlite3 C API, for reference)\n";
    out << "engine (create release): " << qRound(engine) << " releases/s\n";
    out << "ratio (baseline/engine): " << QString::number(baseline / engine, 'f', 2) << "x (goal <= 3x)\n";
    out << "ratio (native/engine):   " << QString::number(native / engine, 'f', 2) << "x\n";
    return 0;
}
