#include "cliprocess.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

using Outcome = slipway::testing::CliOutcome;

QString testData(const char *name) {
    return QStringLiteral(SLIPWAY_TEST_DATA "/") + QString::fromLatin1(name);
}

int modeOf(const QString &path) {
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

} // namespace

// The command line end to end: the real binary, a real SQLite file, through QProcess.
class CliTest final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<slipway::testing::TestDatabase> m_database; // an SQLite file or a PostgreSQL database

    QString database() {
        if (!m_database)
            m_database = std::make_unique<slipway::testing::TestDatabase>(m_dir.path(), QStringLiteral("cli.db"));
        return m_database->location();
    }

    Outcome slipway(const QStringList &arguments) {
        return slipway::testing::runSlipway(slipway::testing::actingAs(database(), QStringLiteral("carol")) + arguments,
                                            m_dir.filePath(QStringLiteral("data")));
    }

private Q_SLOTS:
    void demoDataFillsADatabaseWithHistory() {
        const slipway::testing::TestDatabase demoDatabase(m_dir.path(), QStringLiteral("demo.db"));
        const QString demo = demoDatabase.location();
        const Outcome made = slipway({QStringLiteral("demo-data"), QStringLiteral("--releases"), QStringLiteral("300"),
                                      QStringLiteral("--deployments"), QStringLiteral("3000"), QStringLiteral("--json"),
                                      QStringLiteral("--database"), demo});
        QCOMPARE(made.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(made.out).object();
        QCOMPARE(report.value(QStringLiteral("pipelines")).toInt(), 3);
        QCOMPARE(report.value(QStringLiteral("releases")).toInt(), 300);
        QVERIFY(report.value(QStringLiteral("deployments")).toInt() > 2900);
        QVERIFY(report.value(QStringLiteral("failed")).toInt() > 0);
        QVERIFY(report.value(QStringLiteral("redeploys")).toInt() > 0);
        QVERIFY(report.value(QStringLiteral("approvals")).toInt() > 0);
        const Outcome listed = slipway({QStringLiteral("release"), QStringLiteral("list"), QStringLiteral("Web shop"),
                                        QStringLiteral("--json"), QStringLiteral("--database"), demo});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(listed.out).array().isEmpty());
        // Nothing waits for anyone: the generated approvals are all decided.
        const Outcome pending = slipway({QStringLiteral("approvals"), QStringLiteral("--all"), QStringLiteral("--json"),
                                         QStringLiteral("--database"), demo});
        QCOMPARE(QJsonDocument::fromJson(pending.out).array().size(), 0);
        const Outcome bad =
            slipway({QStringLiteral("demo-data"), QStringLiteral("--releases"), QStringLiteral("x"),
                     QStringLiteral("--deployments"), QStringLiteral("3"), QStringLiteral("--database"), demo});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(QStringLiteral("usage: slipway demo-data")));
    }

    // B39: demo-data on a database that has demo data adds more history (it used to stop with
    // `version "1.0.0" already exists`).
    void demoDataTwiceAddsMoreHistory() {
        const slipway::testing::TestDatabase twiceDatabase(m_dir.path(), QStringLiteral("twice.db"));
        const QString demo = twiceDatabase.location();
        const QStringList generate{QStringLiteral("demo-data"),  QStringLiteral("--releases"),
                                   QStringLiteral("20"),         QStringLiteral("--deployments"),
                                   QStringLiteral("60"),         QStringLiteral("--json"),
                                   QStringLiteral("--database"), demo};
        QCOMPARE(slipway(generate).exitCode, 0);
        const Outcome again = slipway(generate);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("releases")).toInt(), 20);
        const Outcome listed = slipway({QStringLiteral("release"), QStringLiteral("list"), QStringLiteral("Web shop"),
                                        QStringLiteral("--json"), QStringLiteral("--database"), demo});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray releases = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(releases.size(), 20); // 50% of 20, twice
        QStringList names;
        for (const QJsonValue &release : releases)
            names << release.toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(names.contains(QStringLiteral("Release-20")) && names.contains(QStringLiteral("Release-1")),
                 qPrintable(names.join(QLatin1Char(' '))));
    }

    void importCreateAndShowReleases() {
        const Outcome imported =
            slipway({QStringLiteral("pipeline"), QStringLiteral("import"), testData("example-spec.json")});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains("\"Web app\", revision 1"), imported.out.constData());

        for (const char *expected : {"Release-1", "Release-2"}) {
            const Outcome created =
                slipway({QStringLiteral("release"), QStringLiteral("create"), QStringLiteral("Web app"),
                         QStringLiteral("--manual-stage"), QStringLiteral("Prod"), QStringLiteral("--var"),
                         QStringLiteral("logLevel=debug")});
            QCOMPARE(created.exitCode, 0);
            QVERIFY2(created.out.contains(expected), created.out.constData());
        }

        const Outcome first =
            slipway({QStringLiteral("release"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(first.out).object().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Release-1"));
        const Outcome shown =
            slipway({QStringLiteral("release"), QStringLiteral("show"), QStringLiteral("2"), QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject release = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(release.value(QStringLiteral("id")).toInt(), 2);
        QCOMPARE(release.value(QStringLiteral("name")).toString(), QStringLiteral("Release-2"));
        QCOMPARE(release.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(release.value(QStringLiteral("pipeline")).toString(), QStringLiteral("Web app"));
        QCOMPARE(release.value(QStringLiteral("createdBy")).toString(), QStringLiteral("carol"));
        QCOMPARE(release.value(QStringLiteral("artifacts")).toArray().size(), 3);
        QCOMPARE(release.value(QStringLiteral("variables")).toObject().value(QStringLiteral("logLevel")).toString(),
                 QStringLiteral("debug"));
        const QJsonArray stages = release.value(QStringLiteral("stages")).toArray();
        QCOMPARE(stages.size(), 3);
        QCOMPARE(stages.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Dev"));
        QCOMPARE(stages.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("notStarted"));
        QVERIFY(stages.at(0).toObject().value(QStringLiteral("deployments")).isArray());
        QVERIFY(stages.at(2).toObject().value(QStringLiteral("manual")).toBool());

        const Outcome listed = slipway(
            {QStringLiteral("release"), QStringLiteral("list"), QStringLiteral("Web app"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray releases = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(releases.size(), 2);
        QCOMPARE(releases.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Release-2"));
    }

    // Team mode: the database login is who acts; a --user or $SLIPWAY_USER naming someone else is refused, and
    // what was refused wrote nothing.
    void onATeamDatabaseTheLoginIsWhoActs() {
        const QString location = database();
        if (!location.startsWith(QLatin1String("postgres")))
            QSKIP("a team database only (on a file the user is who --user says: importCreateAndShowReleases)");
        using slipway::testing::runSlipway;
        const QStringList asDave = slipway::testing::actingAs(location, QStringLiteral("dave"));
        QCOMPARE(runSlipway(asDave + QStringList{QStringLiteral("pipeline"), QStringLiteral("import"),
                                                 testData("example-spec.json")})
                     .exitCode,
                 0);
        const QStringList create{QStringLiteral("release"),        QStringLiteral("create"), QStringLiteral("Web app"),
                                 QStringLiteral("--manual-stage"), QStringLiteral("Prod"),   QStringLiteral("--json")};
        const Outcome claimed =
            runSlipway(asDave + QStringList{QStringLiteral("--user"), QStringLiteral("mallory")} + create);
        QCOMPARE(claimed.exitCode, 3);
        QVERIFY2(claimed.err.contains(QStringLiteral("database login \"dave\"")) &&
                     claimed.err.contains(QStringLiteral("\"mallory\"")),
                 qPrintable(claimed.err));
        qputenv("SLIPWAY_USER", "mallory");
        const Outcome fromEnvironment = runSlipway(asDave + create);
        qunsetenv("SLIPWAY_USER");
        QCOMPARE(fromEnvironment.exitCode, 3);
        const Outcome created =
            runSlipway(asDave + QStringList{QStringLiteral("--user"), QStringLiteral("dave")} + create);
        QCOMPARE(created.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(created.out).object().value(QStringLiteral("createdBy")).toString(),
                 QStringLiteral("dave"));
        const Outcome listed = runSlipway(asDave + QStringList{QStringLiteral("release"), QStringLiteral("list"),
                                                               QStringLiteral("Web app"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 1); // the refused calls created nothing
        // Carol, another login of the team, sees dave's release as dave's.
        const Outcome shown = slipway(
            {QStringLiteral("release"), QStringLiteral("show"),
             QString::number(QJsonDocument::fromJson(created.out).object().value(QStringLiteral("id")).toInteger()),
             QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("createdBy")).toString(),
                 QStringLiteral("dave"));
    }

    void anInvalidFileGivesExitCodeOneAndItsProblems() {
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name":"Broken","stages":[{"name":"A","trigger":{"type":"afterStages","stages":["QA2"]}}]})");
        file.close();
        for (const char *command : {"validate", "import"}) {
            const Outcome outcome = slipway({QStringLiteral("pipeline"), QString::fromLatin1(command), path});
            QCOMPARE(outcome.exitCode, 1);
            QVERIFY2(outcome.err.contains(QStringLiteral("stages[0].trigger.stages[0]: unknown stage \"QA2\"")),
                     qPrintable(outcome.err));
        }
        const Outcome list = slipway({QStringLiteral("pipeline"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &pipeline : QJsonDocument::fromJson(list.out).array())
            QVERIFY(pipeline.toObject().value(QStringLiteral("name")).toString() != QLatin1String("Broken"));
    }

    void exportGivesTheCanonicalBytes() {
        QCOMPARE(
            slipway({QStringLiteral("pipeline"), QStringLiteral("import"), testData("example-spec.json")}).exitCode, 0);
        const Outcome exported =
            slipway({QStringLiteral("pipeline"), QStringLiteral("export"), QStringLiteral("Web app")});
        QCOMPARE(exported.exitCode, 0);
        // The canonical form with the secret's value left out; the value itself is nowhere in the output.
        QFile canonical(testData("example-export.json"));
        QVERIFY(canonical.open(QIODevice::ReadOnly));
        QCOMPARE(exported.out, canonical.readAll());
        QVERIFY(!exported.out.contains("s3cr3t-value"));
    }

    void secretsLeaveOnlyForAnAdministratorAndNeverSitInTheFiles() {
        QCOMPARE(
            slipway({QStringLiteral("pipeline"), QStringLiteral("import"), testData("example-spec.json")}).exitCode, 0);
        // Re-imported without values: the stored one is kept, nothing is reported missing. (Before any user exists:
        // then the example's approvers are checked against the directory.)
        const QString shared = m_dir.filePath(QStringLiteral("shared.json"));
        QCOMPARE(
            slipway({QStringLiteral("pipeline"), QStringLiteral("export"), QStringLiteral("Web app"), shared}).exitCode,
            0);
        const Outcome reimported = slipway({QStringLiteral("pipeline"), QStringLiteral("import"), shared});
        QCOMPARE(reimported.exitCode, 0);
        QVERIFY2(!reimported.err.contains(QStringLiteral("has no value")), qPrintable(reimported.err));

        const QStringList full{QStringLiteral("pipeline"), QStringLiteral("export"), QStringLiteral("Web app"),
                               QStringLiteral("--include-secrets")};
        const Outcome refused = slipway(full);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("only an administrator can export secret values")),
                 qPrintable(refused.err));
        QCOMPARE(
            slipway({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carol"), QStringLiteral("--admin")})
                .exitCode,
            0);
        const QString file = m_dir.filePath(QStringLiteral("full.json"));
        QCOMPARE(slipway(full + QStringList{file}).exitCode, 0);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("\"s3cr3t-value\""));
        QCOMPARE(modeOf(file), 0600);
        for (const char *name : {"cli.db", "cli.db-wal", "cli.db.key"}) {
            QFile raw(m_dir.filePath(QString::fromLatin1(name)));
            if (!raw.exists())
                continue; // the last process to close the database checkpointed its WAL away
            QVERIFY(raw.open(QIODevice::ReadOnly));
            QVERIFY2(!raw.readAll().contains("s3cr3t-value"), name);
            QCOMPARE(modeOf(raw.fileName()), 0600);
        }
    }

    void exitCodesFollowTheContract() {
        QCOMPARE(
            slipway({QStringLiteral("pipeline"), QStringLiteral("import"), testData("example-spec.json")}).exitCode, 0);
        const Outcome missing = slipway({QStringLiteral("release"), QStringLiteral("show"), QStringLiteral("999")});
        QCOMPARE(missing.exitCode, 2);
        QCOMPARE(missing.err.trimmed(), QStringLiteral("release 999 not found"));
        const Outcome stage = slipway({QStringLiteral("release"), QStringLiteral("create"), QStringLiteral("Web app"),
                                       QStringLiteral("--manual-stage"), QStringLiteral("Staging")});
        QCOMPARE(stage.exitCode, 2);
        QCOMPARE(stage.err.trimmed(), QStringLiteral("stage \"Staging\" is not in pipeline \"Web app\""));
        const Outcome created = slipway(
            {QStringLiteral("release"), QStringLiteral("create"), QStringLiteral("Web app"), QStringLiteral("--json")});
        const int id = QJsonDocument::fromJson(created.out).object().value(QStringLiteral("id")).toInt();
        QVERIFY(id > 0);
        QCOMPARE(slipway({QStringLiteral("release"), QStringLiteral("abandon"), QString::number(id)}).exitCode, 0);
        QCOMPARE(slipway({QStringLiteral("release"), QStringLiteral("abandon"), QString::number(id)}).exitCode, 4);
        QCOMPARE(slipway({QStringLiteral("release"), QStringLiteral("show")}).exitCode, 1);
        const Outcome unknown = slipway({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("unknown command \"frobnicate\"")), qPrintable(unknown.err));
        // A group without (or with a wrong) second word names the commands it has.
        const Outcome group = slipway({QStringLiteral("release"), QStringLiteral("frob")});
        QCOMPARE(group.exitCode, 1);
        QCOMPARE(group.err.trimmed(),
                 QStringLiteral("slipway: \"release\" needs one of: create, list, show, abandon (not \"frob\")"));
        QCOMPARE(slipway({QStringLiteral("token")}).err.trimmed(),
                 QStringLiteral("slipway: \"token\" needs one of: create, revoke"));
        QCOMPARE(
            slipway({QStringLiteral("pipeline"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("none.json"))})
                .exitCode,
            2);
    }

    void pushedVersionsFeedReleases() {
        QCOMPARE(
            slipway({QStringLiteral("pipeline"), QStringLiteral("import"), testData("example-spec.json")}).exitCode, 0);
        const Outcome added =
            slipway({QStringLiteral("artifact"), QStringLiteral("add"), QStringLiteral("Web app"),
                     QStringLiteral("api"), QStringLiteral("3.1.4"), QStringLiteral("--branch"), QStringLiteral("main"),
                     QStringLiteral("--tag"), QStringLiteral("stable"), QStringLiteral("--json")});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(added.out).object().value(QStringLiteral("version")).toString(),
                 QStringLiteral("3.1.4"));
        const Outcome twice = slipway({QStringLiteral("artifact"), QStringLiteral("add"), QStringLiteral("Web app"),
                                       QStringLiteral("api"), QStringLiteral("3.1.4")});
        QCOMPARE(twice.exitCode, 4);
        const Outcome created = slipway(
            {QStringLiteral("release"), QStringLiteral("create"), QStringLiteral("Web app"), QStringLiteral("--json")});
        const QJsonArray artifacts =
            QJsonDocument::fromJson(created.out).object().value(QStringLiteral("artifacts")).toArray();
        bool found = false;
        for (const QJsonValue &artifact : artifacts)
            found |= artifact.toObject().value(QStringLiteral("version")).toString() == QLatin1String("3.1.4");
        QVERIFY(found);
    }

    void approversMustBeKnownOnceUsersExist() {
        QCOMPARE(slipway({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice")}).exitCode, 0);
        QCOMPARE(slipway({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice")}).exitCode, 4);
        QCOMPARE(slipway({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("group:x")}).exitCode, 1);
        // The example names bob and group:release-managers, which the directory does not have.
        const Outcome refused =
            slipway({QStringLiteral("pipeline"), QStringLiteral("import"), testData("example-spec.json")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("unknown user \"bob\"")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("unknown group \"release-managers\"")), qPrintable(refused.err));
    }

    void auditVerifySaysWhetherTheChainHolds() {
        for (const QString &user : {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("dave")})
            QCOMPARE(slipway({QStringLiteral("user"), QStringLiteral("add"), user}).exitCode, 0);
        const Outcome intact = slipway({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(intact.exitCode, 0);
        QVERIFY2(intact.out.startsWith("The audit chain verifies: "), intact.out.constData());
        const Outcome json = slipway({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        const QJsonObject report = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(report.value(QStringLiteral("intact")).toBool(), true);
        QVERIFY(report.value(QStringLiteral("eventsChecked")).toInt() >= 3);
        // Someone with the database's own access edits an event: the chain says where it breaks.
        QVERIFY(m_database->exec(QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE id = 2")));
        const Outcome broken = slipway({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains(QStringLiteral("the audit chain is broken at event 2")), qPrintable(broken.err));
        QCOMPARE(slipway({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("extra")}).exitCode, 1);
    }

    void theWindowRendersAScreenshot() {
        const QString png = m_dir.filePath(QStringLiteral("window.png"));
        const Outcome shot = slipway({QStringLiteral("--screenshot"), png});
        QCOMPARE(shot.exitCode, 0);
        QVERIFY(QFile::exists(png));
        QVERIFY(QFile(png).size() > 1000);
    }

    void cleanup() {
        m_database.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("cli.db")));
        QFile::remove(m_dir.filePath(QStringLiteral("cli.db-wal")));
        QFile::remove(m_dir.filePath(QStringLiteral("cli.db-shm")));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
