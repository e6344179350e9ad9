#include "core/clock.h"
#include "services/services.h"
#include "store/migrations.h"
#include "store/sqlitestore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

namespace {
QVariant pragma(SqliteStore &store, const QString &name) {
    QSqlQuery query(store.connection().database());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

void setUserVersion(const QString &path, int version) {
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
// Runs `statements` on the file through a connection of its own.
void rawExec(const QString &path, const QStringList &statements) {
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(statement + QStringLiteral(": ") + query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The id the next project gets after the newest one is deleted.
qint64 idAfterDeletingTheNewest(SqliteStore &store) {
    QSqlQuery query(store.connection().database());
    if (!query.exec(QStringLiteral("DELETE FROM projects WHERE id = (SELECT max(id) FROM projects)")))
        return -1;
    const Result<ProjectRecord> project =
        store.pipelines().ensureProject(QStringLiteral("Next"), QDateTime::currentDateTimeUtc());
    return project ? project->id : -1;
}
} // namespace

class MigrationTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shouldCreateEveryTableOnAFreshDatabase() {
        QTemporaryDir dir;
        Result<std::unique_ptr<SqliteStore>> store = SqliteStore::open(dir.filePath(QStringLiteral("new/slipway.db")));
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        QCOMPARE(pragma(**store, QStringLiteral("user_version")).toInt(), latestSchemaVersion());
        QCOMPARE(pragma(**store, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(**store, QStringLiteral("foreign_keys")).toInt(), 1);
        QVERIFY(pragma(**store, QStringLiteral("busy_timeout")).toInt() > 0);
        const QStringList tables = (*store)->connection().database().tables();
        for (const char *table : {"projects",
                                  "pipelines",
                                  "pipeline_revisions",
                                  "artifact_sources",
                                  "artifact_versions",
                                  "releases",
                                  "release_artifacts",
                                  "release_stages",
                                  "deployments",
                                  "task_runs",
                                  "log_lines",
                                  "approvals",
                                  "approval_history",
                                  "gate_evaluations",
                                  "audit_events",
                                  "users",
                                  "user_groups",
                                  "group_members",
                                  "tokens",
                                  "variable_groups",
                                  "pipeline_variable_groups"})
            QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
    }

    void shouldKeepDataWhenReopeningAnExistingDatabase() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("slipway.db"));
        {
            auto store = SqliteStore::open(path);
            QVERIFY(store.ok());
            QVERIFY((*store)->transaction([&] {
                return (*store)->pipelines().ensureProject(QStringLiteral("Kept"), QDateTime::currentDateTimeUtc()).ok()
                           ? Status()
                           : Status(Error::storage(QStringLiteral("insert failed")));
            }));
        }
        auto reopened = SqliteStore::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE(pragma(**reopened, QStringLiteral("user_version")).toInt(), latestSchemaVersion());
        auto project = (*reopened)->pipelines().ensureProject(QStringLiteral("Kept"), QDateTime::currentDateTimeUtc());
        QVERIFY(project.ok());
        QCOMPARE(project->id, qint64(1));
    }

    void anIdIsNeverHandedOutTwiceAlsoAfterTheUpgrade() {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.db"));
        const QString older = dir.filePath(QStringLiteral("older.db"));
        for (const QString &path : {fresh, older}) {
            auto store = SqliteStore::open(path);
            QVERIFY(store.ok());
            for (const char *name : {"A", "B", "C"})
                QVERIFY(
                    (*store)->pipelines().ensureProject(QString::fromLatin1(name), QDateTime::currentDateTimeUtc()));
        }
        // GIVEN a file as version 9 left it: plain INTEGER PRIMARY KEYs, which gave a deleted newest id out again
        rawExec(older, {QStringLiteral("PRAGMA writable_schema = ON"),
                        QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, 'id INTEGER PRIMARY KEY "
                                       "AUTOINCREMENT,', 'id INTEGER PRIMARY KEY,') WHERE type = 'table'"),
                        QStringLiteral("DELETE FROM sqlite_sequence"), QStringLiteral("PRAGMA schema_version = 1000"),
                        QStringLiteral("PRAGMA writable_schema = OFF"), QStringLiteral("PRAGMA user_version = 9")});
        rawExec(older, {QStringLiteral("DELETE FROM projects WHERE id = 3"),
                        QStringLiteral("INSERT INTO projects (name, created_at) VALUES ('C again', 0)")});
        // WHEN each is opened (the older one upgraded) and its newest project deleted
        for (const QString &path : {fresh, older}) {
            auto store = SqliteStore::open(path);
            QVERIFY(store.ok());
            QCOMPARE(pragma(**store, QStringLiteral("user_version")).toInt(), latestSchemaVersion());
            // THEN the next project gets a new id, and the file is sound
            QCOMPARE(idAfterDeletingTheNewest(**store), qint64(4));
            QCOMPARE(idAfterDeletingTheNewest(**store), qint64(5));
            QCOMPARE(pragma(**store, QStringLiteral("integrity_check")).toString(), QStringLiteral("ok"));
            QSqlQuery plain((*store)->connection().database());
            QVERIFY(plain.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE "
                                              "'%id INTEGER PRIMARY KEY,%'")));
            const bool found = plain.next(); // every id column remembers
            QVERIFY2(!found, qPrintable(found ? plain.value(0).toString() : QString()));
        }
    }

    void shouldRefuseADatabaseFromANewerSchema() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("slipway.db"));
        { QVERIFY(SqliteStore::open(path).ok()); }
        setUserVersion(path, latestSchemaVersion() + 5);
        auto store = SqliteStore::open(path);
        QVERIFY(!store.ok());
        const QString message = store.error().message;
        QVERIFY2(message.contains(QString::number(latestSchemaVersion() + 5)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("newer Slipway")), qPrintable(message));
    }

    void shouldRefuseAFileThatIsNotADatabase() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        auto store = SqliteStore::open(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().message.contains(path), qPrintable(store.error().message));
    }

    void aFailedNestedTransactionUndoesOnlyItsOwnWrites() {
        QTemporaryDir dir;
        auto store = SqliteStore::open(dir.filePath(QStringLiteral("slipway.db")));
        QVERIFY(store.ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        PipelineRepository &pipelines = (*store)->pipelines();
        const Status outer = (*store)->transaction([&]() -> Status {
            if (!pipelines.ensureProject(QStringLiteral("Kept"), now))
                return Error::storage(QStringLiteral("setup"));
            // The nested unit writes, then fails: its write goes, the outer one's stays.
            const Status nested = (*store)->transaction([&]() -> Status {
                (void)pipelines.ensureProject(QStringLiteral("Undone"), now);
                return Error::validation(QStringLiteral("refused"));
            });
            if (nested.ok() || nested.error().message != QStringLiteral("refused"))
                return Error::storage(QStringLiteral("the nested failure was lost"));
            // A nested unit that succeeds stays with the outer transaction.
            return (*store)->transaction([&]() -> Status {
                return pipelines.ensureProject(QStringLiteral("Nested"), now).ok()
                           ? Status()
                           : Error::storage(QStringLiteral("x"));
            });
        });
        QVERIFY2(outer.ok(), outer.ok() ? "" : qPrintable(outer.error().message));
        QSqlQuery names((*store)->connection().database());
        QVERIFY(names.exec(QStringLiteral("SELECT name FROM projects ORDER BY name")));
        QStringList found;
        while (names.next())
            found << names.value(0).toString();
        QVERIFY(found.contains(QStringLiteral("Kept")));
        QVERIFY(found.contains(QStringLiteral("Nested")));
        QVERIFY(!found.contains(QStringLiteral("Undone")));
    }

    void releaseNumbersAreTakenInATransactionOnceEach() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("slipway.db"));
        auto store = SqliteStore::open(path);
        QVERIFY(store.ok());
        SystemClock clock;
        Services services(**store, clock);
        Result<SavedPipeline> saved = services.pipelines.save(
            R"({"name": "Numbers", "stages": [{"name": "Dev", "tasks": [{"name": "t", "type": "script",
                "script": "true"}]}]})",
            Identity{QStringLiteral("tester")});
        QVERIFY(saved.ok());
        PipelineRepository &pipelines = (*store)->pipelines();
        // Read-then-write is only safe under the transaction's write lock, so it is refused outside one.
        Result<qint64> outside = pipelines.takeReleaseNumber(saved->pipelineId);
        QVERIFY(!outside.ok());
        QCOMPARE(outside.error().kind, ErrorKind::Storage);
        auto take = [&](SqliteStore &on, bool keep) -> qint64 {
            qint64 number = 0;
            (void)on.transaction([&]() -> Status {
                Result<qint64> taken = on.pipelines().takeReleaseNumber(saved->pipelineId);
                number = taken.ok() ? *taken : -1;
                return keep ? Status() : Error::validation(QStringLiteral("undone"));
            });
            return number;
        };
        QCOMPARE(take(**store, true), 1);
        QCOMPARE(take(**store, false), 2); // rolled back: handed out again
        QCOMPARE(take(**store, true), 2);
        auto other = SqliteStore::open(path); // another connection continues the same sequence
        QVERIFY(other.ok());
        QCOMPARE(take(**other, true), 3);
        QCOMPARE(take(**store, true), 4);
        const Status unknown = (*store)->transaction([&]() -> Status {
            Result<qint64> taken = pipelines.takeReleaseNumber(999);
            return taken.ok() ? Status() : taken.error();
        });
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
    }

    void shouldKeepRevisionsImmutable() {
        QTemporaryDir dir;
        auto store = SqliteStore::open(dir.filePath(QStringLiteral("slipway.db")));
        QVERIFY(store.ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY((*store)->transaction([&]() -> Status {
            auto project = (*store)->pipelines().ensureProject(QStringLiteral("P"), now);
            auto pipeline = (*store)->pipelines().createPipeline(project->id, QStringLiteral("X"), now);
            auto revision = (*store)->pipelines().addRevision(*pipeline, QStringLiteral("X"), QStringLiteral("/"), "{}",
                                                              QStringLiteral("me"), {}, now);
            return revision.ok() ? Status() : Status(revision.error());
        }));
        QSqlQuery update((*store)->connection().database());
        QVERIFY(!update.exec(QStringLiteral("UPDATE pipeline_revisions SET body = 'changed'")));
    }
};

QTEST_GUILESS_MAIN(MigrationTest)
#include "tst_migrations.moc"
