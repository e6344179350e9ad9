#include "core/clock.h"
#include "services/services.h"
#include "store/migrations.h"
#include "store/sqlitestore.h"

#include <QSqlDatabase>
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
