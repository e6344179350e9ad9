#include "core/secretbox.h"
#include "enginefixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <sys/stat.h>

using namespace slipway;
using slipway::testing::EngineFixture;
using slipway::testing::TestEnvironment;

namespace {

const Identity alice{QStringLiteral("alice")};
constexpr int waitMs = 20000;

// Regex and shell metacharacters, JSON escapes, Unicode and a newline; each marker is looked for on its own, since
// a stored plaintext could be escaped as a whole but never split inside a marker.
const QString canary = QStringLiteral("c@n4ry$(rm -rf /)*.+?[^x]|\\\"q\" ünï©ødé\nline2-m4rk ;&`x`");
const QString stageCanary = QStringLiteral("st4ge-c@nary ünï©ødé-2");
const QString releaseCanary = QStringLiteral("rel-c@n4ry\n$HOME-rel");
const QString deployCanary = QStringLiteral("dep-c@n4ry.*$-dep");
const QList<QByteArray> markers{"c@n4ry", "c@nary", "line2-m4rk", QStringLiteral("ünï©ødé").toUtf8(), "$HOME-rel"};

QJsonObject script(const QString &name, const QString &command, const QJsonObject &env = {}) {
    QJsonObject task{{QStringLiteral("name"), name},
                     {QStringLiteral("type"), QStringLiteral("script")},
                     {QStringLiteral("script"), command}};
    if (!env.isEmpty())
        task.insert(QStringLiteral("env"), env);
    return task;
}

// "Web app": a pipeline secret settable at release time, used by stage Uses through `env`; stage Plain uses none.
QByteArray webApp(const QString &outFile, const QString &name = QStringLiteral("Web app")) {
    const QJsonObject secret{{QStringLiteral("value"), canary},
                             {QStringLiteral("secret"), true},
                             {QStringLiteral("settableAtRelease"), true}};
    const QJsonObject stageSecret{{QStringLiteral("value"), stageCanary}, {QStringLiteral("secret"), true}};
    const QJsonObject afterRelease{{QStringLiteral("type"), QStringLiteral("afterRelease")}};
    const QJsonObject uses{
        {QStringLiteral("name"), QStringLiteral("Uses")},
        {QStringLiteral("trigger"), afterRelease},
        {QStringLiteral("variables"), QJsonObject{{QStringLiteral("stageKey"), stageSecret}}},
        {QStringLiteral("tasks"),
         QJsonArray{script(QStringLiteral("write"), QStringLiteral("printf %s \"$PW\" > '%1'").arg(outFile),
                           {{QStringLiteral("PW"), QStringLiteral("$(dbPassword)")}})}}};
    const QJsonObject plain{
        {QStringLiteral("name"), QStringLiteral("Plain")},
        {QStringLiteral("trigger"), afterRelease},
        {QStringLiteral("tasks"), QJsonArray{script(QStringLiteral("ok"), QStringLiteral("true"))}}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("variables"), QJsonObject{{QStringLiteral("dbPassword"), secret},
                                                                     {QStringLiteral("region"), QStringLiteral("eu")}}},
                           {QStringLiteral("stages"), QJsonArray{uses, plain}}})
        .toJson();
}

QByteArray bytesOf(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The first marker found in `bytes`, or empty.
QByteArray leakIn(const QByteArray &bytes) {
    for (const QByteArray &marker : markers)
        if (bytes.contains(marker))
            return marker;
    return {};
}

int modeOf(const QString &path) {
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

void reopen(TestEnvironment &env, const std::optional<SecretKey> &key = std::nullopt) {
    env.services.reset();
    env.store.reset();
    Result<std::unique_ptr<Store>> opened = openStore(env.location(), key);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    env.store = std::move(*opened);
    env.services = std::make_unique<Services>(*env.store, env.clock);
}

QString valueOf(const QByteArray &exported, const QString &variable) {
    return QJsonDocument::fromJson(exported)
        .object()
        .value(QStringLiteral("variables"))
        .toObject()
        .value(variable)
        .toObject()
        .value(QStringLiteral("value"))
        .toString(QStringLiteral("<not a string>"));
}

} // namespace

class SecretsAtRestTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sealsWithRandomNoncesAndRefusesAnotherKey() {
        const SecretBox box(SecretBox::randomKey(), QStringLiteral("the key in test.key"));
        const Result<QString> one = box.seal(canary);
        const Result<QString> two = box.seal(canary);
        QVERIFY(one && two);
        QVERIFY(one->startsWith(QLatin1String("slipway:v1:")));
        QVERIFY(*one != *two);
        QCOMPARE(*box.open(*one), canary);
        QCOMPARE(*box.seal(*one), *one); // sealed values are not sealed twice
        QCOMPARE(*box.open(QStringLiteral("plain")), QStringLiteral("plain"));

        const SecretBox other(SecretBox::randomKey(), QStringLiteral("the key in other.key"));
        const Result<QString> refused = other.open(*one);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message, QStringLiteral("the key in other.key does not match"));
        QByteArray bytes = QByteArray::fromBase64(one->mid(11).toLatin1());
        bytes[bytes.size() - 1] = char(bytes.at(bytes.size() - 1) ^ 1);
        QVERIFY(!box.open(QStringLiteral("slipway:v1:") + QString::fromLatin1(bytes.toBase64())));
        QVERIFY(box.keyCheck() != other.keyCheck());
    }

    void noCanaryReachesTheDatabaseFilesOrAnExport() {
        SLIPWAY_SQLITE_ONLY("reads the database files and their modes");
        TestEnvironment env;
        const Result<SavedPipeline> saved = env.save(webApp(env.path(QStringLiteral("out"))));
        QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().message));
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("Web app");
        request.manualStages = {QStringLiteral("Uses"), QStringLiteral("Plain")};
        request.variables.insert(QStringLiteral("dbPassword"), releaseCanary);
        const Result<ReleaseRecord> release = env.services->releases.create(request, alice);
        QVERIFY2(release.ok(), qPrintable(release ? QString() : release.error().message));
        DeployRequest deploy;
        deploy.releaseId = release->id;
        deploy.stage = QStringLiteral("Plain");
        deploy.variables.insert(QStringLiteral("dbPassword"), deployCanary);
        const Result<DeploymentRecord> deployment = env.services->deployments.deploy(deploy, alice);
        QVERIFY2(deployment.ok(), qPrintable(deployment ? QString() : deployment.error().message));

        const Result<QByteArray> exported = env.services->pipelines.exportDefinition(QStringLiteral("Web app"), alice);
        QVERIFY(exported.ok());
        QCOMPARE(leakIn(*exported), QByteArray());
        QVERIFY(QJsonDocument::fromJson(*exported)
                    .object()
                    .value(QStringLiteral("variables"))
                    .toObject()
                    .value(QStringLiteral("dbPassword"))
                    .toObject()
                    .value(QStringLiteral("value"))
                    .isNull());
        QVERIFY(exported->contains("\"secret\": true"));
        const Result<ParsedPipeline> valid = env.services->pipelines.validate(*exported);
        QVERIFY2(valid->ok(), qPrintable(describeProblems(valid->problems))); // an export validates as it is

        // Everything the store wrote is in the database file or its WAL while the store is open.
        for (const char *suffix : {"", "-wal", "-shm"}) {
            const QString file = env.databasePath() + QLatin1String(suffix);
            QVERIFY2(QFileInfo::exists(file), suffix);
            QCOMPARE(leakIn(bytesOf(file)), QByteArray());
            QCOMPARE(modeOf(file), 0600);
        }
        QCOMPARE(modeOf(keyFilePath(env.databasePath())), 0600);
        env.services.reset();
        env.store.reset(); // the last connection checkpoints the WAL into the file
        QCOMPARE(leakIn(bytesOf(env.databasePath())), QByteArray());
    }

    void createsItsFolderAndFilesPrivate() {
        SLIPWAY_SQLITE_ONLY("the database file and its folder");
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("made/data/slipway.db"));
        const mode_t previous = ::umask(022);
        Result<std::unique_ptr<SqliteStore>> opened = SqliteStore::open(database);
        ::umask(previous);
        QVERIFY(opened.ok());
        QCOMPARE(modeOf(QFileInfo(database).absolutePath()), 0700);
        QCOMPARE(modeOf(database), 0600);
        QCOMPARE(modeOf(database + QStringLiteral(".key")), 0600);
        QCOMPARE(modeOf(database + QStringLiteral("-wal")), 0600);
        opened->reset();
        // An older database made 0644 is tightened when opened.
        QVERIFY(::chmod(QFile::encodeName(database).constData(), 0644) == 0);
        QVERIFY(SqliteStore::open(database).ok());
        QCOMPARE(modeOf(database), 0600);
    }

    void importKeepsTheSecretsAndNamesTheMissingOnes() {
        TestEnvironment env;
        QVERIFY(env.save(webApp(env.path(QStringLiteral("out")))).ok());
        QVERIFY(env.services->directory.addUser(QStringLiteral("root"), {}, alice, true).ok());
        const Identity root{QStringLiteral("root")};
        const QByteArray exported = *env.services->pipelines.exportDefinition(QStringLiteral("Web app"), alice);

        // Imported back over the same pipeline: a new revision that keeps the values it had.
        const Result<SavedPipeline> again = env.save(exported);
        QVERIFY(again.ok());
        QCOMPARE(again->revision, 2);
        QCOMPARE(again->secretsWithoutValue, QStringList());
        const Result<QByteArray> full = env.services->pipelines.exportDefinition(QStringLiteral("Web app"), root, true);
        QVERIFY2(full.ok(), qPrintable(full ? QString() : full.error().message));
        QCOMPARE(valueOf(*full, QStringLiteral("dbPassword")), canary);
        QVERIFY(
            full->contains(QJsonDocument(QJsonArray{stageCanary}).toJson(QJsonDocument::Compact).mid(1).chopped(1)));

        // As a new pipeline it has no values: they are listed.
        QByteArray renamed = exported;
        renamed.replace("\"Web app\"", "\"Copy\"");
        const Result<SavedPipeline> copy = env.save(renamed);
        QVERIFY(copy.ok());
        QCOMPARE(copy->secretsWithoutValue,
                 (QStringList{QStringLiteral("dbPassword"), QStringLiteral("Uses/stageKey")}));
    }

    void onlyAnAdministratorExportsSecretsAndIsAudited() {
        TestEnvironment env;
        const Result<SavedPipeline> saved = env.save(webApp(env.path(QStringLiteral("out"))));
        QVERIFY(env.services->directory.addUser(QStringLiteral("root"), {}, alice, true).ok());
        QVERIFY(env.services->directory.addUser(QStringLiteral("bob"), {}, Identity{QStringLiteral("root")}).ok());
        const Result<QByteArray> refused =
            env.services->pipelines.exportDefinition(QStringLiteral("Web app"), Identity{QStringLiteral("bob")}, true);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Forbidden);
        QVERIFY(refused.error().message.contains(QLatin1String("only an administrator")));
        const Result<QByteArray> allowed =
            env.services->pipelines.exportDefinition(QStringLiteral("Web app"), Identity{QStringLiteral("root")}, true);
        QVERIFY(allowed.ok());
        const Result<QList<AuditEventRecord>> events =
            env.store->audit().events(QStringLiteral("pipeline"), saved->pipelineId);
        QVERIFY(events.ok());
        const auto exported = std::find_if(events->cbegin(), events->cend(), [](const AuditEventRecord &e) {
            return e.action == QLatin1String("pipeline.exported");
        });
        QVERIFY(exported != events->cend());
        QCOMPARE(exported->actor, QStringLiteral("root"));
        QVERIFY(exported->details.value(QStringLiteral("includeSecrets")).toBool());
    }

    void anOlderDatabaseHasItsPlaintextSecretsSealed() {
        SLIPWAY_SQLITE_ONLY("writes an older SQLite schema");
        TestEnvironment env;
        QVERIFY(env.save(webApp(env.path(QStringLiteral("out")))).ok());
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("Web app");
        request.manualStages = {QStringLiteral("Uses"), QStringLiteral("Plain")};
        QVERIFY(env.services->releases.create(request, alice).ok());
        env.services.reset();
        env.store.reset();
        {
            // As a version-6 database (before sealing) wrote it: plaintext in the revision and the release, no key
            // check.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(env.databasePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER pipeline_revisions_immutable")));
            QVERIFY(q.prepare(QStringLiteral("UPDATE pipeline_revisions SET body = ?")));
            q.addBindValue(QString::fromUtf8(webApp(env.path(QStringLiteral("out")))));
            QVERIFY(q.exec());
            QVERIFY(q.prepare(QStringLiteral("UPDATE releases SET variables = ?")));
            q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("dbPassword"), releaseCanary}})
                                                 .toJson(QJsonDocument::Compact)));
            QVERIFY(q.exec());
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER pipeline_revisions_immutable BEFORE UPDATE ON "
                                          "pipeline_revisions BEGIN SELECT RAISE(ABORT, 'immutable'); END")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE secret_key")));
            // and without what later versions added (schema 8: variable groups)
            QVERIFY(q.exec(QStringLiteral("DROP TABLE pipeline_variable_groups")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE variable_groups")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE releases DROP COLUMN variable_groups")));
            // (schema 9: the daily rollups)
            for (const char *undo :
                 {"DROP TABLE stage_daily_rollups", "DROP TABLE stage_failure_streaks", "DROP TABLE rollup_backfill",
                  "ALTER TABLE deployments DROP COLUMN lead_time_s",
                  "ALTER TABLE deployments DROP COLUMN starts_streak", "ALTER TABLE deployments DROP COLUMN restore_s"})
                QVERIFY2(q.exec(QString::fromLatin1(undo)), undo);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 6")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        QVERIFY(!leakIn(bytesOf(env.databasePath()) + bytesOf(env.databasePath() + QStringLiteral("-wal"))).isEmpty());

        reopen(env);
        for (const char *suffix : {"", "-wal"})
            QCOMPARE(leakIn(bytesOf(env.databasePath() + QLatin1String(suffix))), QByteArray());
        // Still immutable, and the values open with the key.
        QVERIFY(!env.sqlite().connection().execOnly(QStringLiteral("UPDATE pipeline_revisions SET author = 'x'")));
        QVERIFY(env.services->directory.addUser(QStringLiteral("root"), {}, alice, true).ok());
        const Result<QByteArray> full =
            env.services->pipelines.exportDefinition(QStringLiteral("Web app"), Identity{QStringLiteral("root")}, true);
        QVERIFY(full.ok());
        QCOMPARE(valueOf(*full, QStringLiteral("dbPassword")), canary);
    }

    void aWrongKeyFailsOnlyWhatNeedsTheSecret() {
        TestEnvironment env;
        const QString out = env.path(QStringLiteral("out"));
        QVERIFY(env.save(webApp(out)).ok());
        {
            EngineFixture fixture(env);
            const ReleaseRecord release = fixture.createRelease(QStringLiteral("Web app"));
            QVERIFY(QTest::qWaitFor(
                [&] { return fixture.stageStatus(release.id, QStringLiteral("Uses")) == QLatin1String("succeeded"); },
                waitMs));
            QCOMPARE(QString::fromUtf8(bytesOf(out)), canary); // the task got the plaintext
        }
        QFile::remove(out);

        reopen(env, SecretKey{SecretBox::randomKey(), QStringLiteral("the key in wrong.key")});
        QVERIFY(env.store->secrets().mismatched());
        QCOMPARE(env.services->pipelines.list()->size(), 1); // listing and viewing need no key
        QVERIFY(env.services->pipelines.exportDefinition(QStringLiteral("Web app"), alice).ok());
        const QString expected = QStringLiteral("secret variable \"dbPassword\" of pipeline \"Web app\" cannot be "
                                                "decrypted: the key in wrong.key does not match");
        EngineFixture fixture(env);
        const ReleaseRecord release = fixture.createRelease(QStringLiteral("Web app"));
        QVERIFY(QTest::qWaitFor(
            [&] { return fixture.stageStatus(release.id, QStringLiteral("Plain")) == QLatin1String("succeeded"); },
            waitMs));
        QVERIFY(QTest::qWaitFor(
            [&] { return fixture.latest(release.id, QStringLiteral("Uses")).operationStatus == OperationStatus::Done; },
            waitMs));
        const DeploymentRecord uses = fixture.latest(release.id, QStringLiteral("Uses"));
        QCOMPARE(toString(uses.status), QStringLiteral("failed"));
        QVERIFY2(fixture.logOf(uses.id).contains(expected) || uses.message.contains(expected),
                 qPrintable(fixture.logOf(uses.id) + QLatin1Char('\n') + uses.message));
        QVERIFY(!QFileInfo::exists(out));
    }

    void aMissingKeyFileIsSaidAndNotReplaced() {
        SLIPWAY_SQLITE_ONLY("the key file beside the database file");
        TestEnvironment env;
        QVERIFY(env.save(webApp(env.path(QStringLiteral("out")))).ok());
        QVERIFY(env.services->directory.addUser(QStringLiteral("root"), {}, alice, true).ok());
        const QString keyFile = keyFilePath(env.databasePath());
        QVERIFY(QFile::remove(keyFile));
        reopen(env);
        QVERIFY(!QFileInfo::exists(keyFile)); // a new key would open none of the stored secrets
        QCOMPARE(env.services->pipelines.list()->size(), 1);
        const Result<QByteArray> full =
            env.services->pipelines.exportDefinition(QStringLiteral("Web app"), Identity{QStringLiteral("root")}, true);
        QVERIFY(!full);
        QCOMPARE(full.error().message, QStringLiteral("secret variable \"dbPassword\" of pipeline \"Web app\" cannot "
                                                      "be decrypted: the key file %1 is missing")
                                           .arg(keyFile));
        const Result<SavedPipeline> newSecret =
            env.save(webApp(env.path(QStringLiteral("out")), QStringLiteral("Other")));
        QVERIFY(!newSecret);
        QVERIFY(newSecret.error().message.contains(QLatin1String("is missing")));
        QVERIFY(env.save(testing::threeStagePipeline().replace("\"secret\": true", "\"secret\": false")).ok());
    }
};

QTEST_GUILESS_MAIN(SecretsAtRestTest)
#include "tst_secretsatrest.moc"
