#include "approvalpipelines.h"

#include "runtime/artifactwatcher.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {
const Identity ci{QStringLiteral("ci")};

QJsonObject source(const QString &alias, const QString &type, const QJsonObject &settings,
                   const QJsonObject &trigger = QJsonObject{{QStringLiteral("enabled"), true}}) {
    QJsonObject s{
        {QStringLiteral("alias"), alias}, {QStringLiteral("type"), type}, {QStringLiteral("trigger"), trigger}};
    for (auto it = settings.begin(); it != settings.end(); ++it)
        s.insert(it.key(), it.value());
    return s;
}

QByteArray cdPipeline(const QJsonArray &sources) {
    const QJsonObject dev{
        {QStringLiteral("name"), QStringLiteral("Dev")},
        {QStringLiteral("trigger"), QJsonObject{{QStringLiteral("type"), QStringLiteral("afterRelease")}}},
        {QStringLiteral("tasks"), QJsonArray{delayTask()}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("CD")},
                                     {QStringLiteral("artifacts"), sources},
                                     {QStringLiteral("stages"), QJsonArray{dev}}})
        .toJson();
}

QList<ReleaseRecord> releases(TestEnvironment &env) {
    const Result<QList<ReleaseRecord>> list = env.services->releases.list(QStringLiteral("CD"), 1000);
    return list ? *list : QList<ReleaseRecord>{};
}

QString versionOf(TestEnvironment &env, const ReleaseRecord &release, const QString &alias) {
    const Result<ReleaseDetails> details = env.services->releases.details(release.id);
    for (const ReleaseArtifactRecord &a : details->artifacts)
        if (a.alias == alias && a.version)
            return a.version->version;
    return {};
}

bool git(const QString &repository, const QStringList &arguments) {
    QProcess process;
    process.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), repository} + arguments);
    return process.waitForFinished(20000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}
} // namespace

class ContinuousDeploymentTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pushedVersionPassingTheFiltersCreatesARelease_data() {
        QTest::addColumn<QString>("branch");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<bool>("creates");
        QTest::newRow("included branch") << QStringLiteral("main") << QStringList{QStringLiteral("ok")} << true;
        QTest::newRow("wildcard include") << QStringLiteral("release/2.0") << QStringList{QStringLiteral("ok")} << true;
        QTest::newRow("not included") << QStringLiteral("feature/x") << QStringList{QStringLiteral("ok")} << false;
        QTest::newRow("excluded") << QStringLiteral("release/broken") << QStringList{QStringLiteral("ok")} << false;
        QTest::newRow("required tag missing") << QStringLiteral("main") << QStringList{} << false;
        QTest::newRow("no branch to filter")
            << QString() << QStringList{QStringLiteral("ok"), QStringLiteral("x")} << true;
    }

    void pushedVersionPassingTheFiltersCreatesARelease() {
        QFETCH(QString, branch);
        QFETCH(QStringList, tags);
        QFETCH(bool, creates);
        TestEnvironment env;
        const QJsonObject trigger{
            {QStringLiteral("enabled"), true},
            {QStringLiteral("branches"),
             QJsonObject{{QStringLiteral("include"), QJsonArray{QStringLiteral("main"), QStringLiteral("release/*")}},
                         {QStringLiteral("exclude"), QJsonArray{QStringLiteral("release/broken")}}}},
            {QStringLiteral("tags"), QJsonArray{QStringLiteral("ok")}}};
        QVERIFY(env.save(cdPipeline({source(QStringLiteral("app"), QStringLiteral("push"), {}, trigger),
                                     QJsonObject{{QStringLiteral("alias"), QStringLiteral("lib")},
                                                 {QStringLiteral("type"), QStringLiteral("push")}}}))
                    .ok());
        QVERIFY(env.services->artifacts.addPushedVersion(QStringLiteral("CD"), QStringLiteral("lib"),
                                                         {QStringLiteral("7")}, ci));
        QVERIFY(releases(env).isEmpty()); // lib has no trigger
        QVERIFY(env.services->artifacts.addPushedVersion(QStringLiteral("CD"), QStringLiteral("app"),
                                                         {QStringLiteral("1.0"), branch, tags}, ci));
        const QList<ReleaseRecord> made = releases(env);
        QCOMPARE(made.size(), creates ? 1 : 0);
        if (creates) {
            QCOMPARE(toString(made.first().reason), QStringLiteral("continuousDeployment"));
            QCOMPARE(versionOf(env, made.first(), QStringLiteral("app")), QStringLiteral("1.0"));
            QCOMPARE(versionOf(env, made.first(), QStringLiteral("lib")), QStringLiteral("7"));
        }
    }

    void disabledTriggerCreatesNothing() {
        TestEnvironment env;
        QVERIFY(env.save(cdPipeline({source(QStringLiteral("app"), QStringLiteral("push"), {},
                                            QJsonObject{{QStringLiteral("enabled"), false}})}))
                    .ok());
        QVERIFY(env.services->artifacts.addPushedVersion(QStringLiteral("CD"), QStringLiteral("app"),
                                                         {QStringLiteral("1")}, ci));
        QVERIFY(releases(env).isEmpty());
    }

    void droppingIntoAWatchedFolderCreatesAReleaseWithinTwoSeconds() {
        TestEnvironment env;
        const QString drops = env.path(QStringLiteral("drops"));
        QVERIFY(QDir().mkpath(drops + QStringLiteral("/1.0")));
        QVERIFY(env.save(cdPipeline({source(
                             QStringLiteral("web"), QStringLiteral("folder"),
                             {{QStringLiteral("path"), drops}, {QStringLiteral("pattern"), QStringLiteral("*")}})}))
                    .ok());
        ArtifactWatcher watcher(*env.services);
        watcher.start(); // the rescan on start finds 1.0, dropped while nothing watched
        QCOMPARE(releases(env).size(), 1);
        QVERIFY(QDir().mkpath(drops + QStringLiteral("/1.1")));
        QTRY_COMPARE_WITH_TIMEOUT(releases(env).size(), 2, 2000);
        QCOMPARE(versionOf(env, releases(env).first(), QStringLiteral("web")), QStringLiteral("1.1"));
        QCOMPARE(toString(releases(env).first().reason), QStringLiteral("continuousDeployment"));
    }

    void aGitTagCreatesARelease() {
        TestEnvironment env;
        const QString repository = env.path(QStringLiteral("infra"));
        QVERIFY(QDir().mkpath(repository));
        QVERIFY(git(repository, {QStringLiteral("init"), QStringLiteral("-q")}));
        QVERIFY(git(repository,
                    {QStringLiteral("-c"), QStringLiteral("user.name=t"), QStringLiteral("-c"),
                     QStringLiteral("user.email=t@example.test"), QStringLiteral("commit"), QStringLiteral("-q"),
                     QStringLiteral("--allow-empty"), QStringLiteral("-m"), QStringLiteral("first")}));
        QVERIFY(git(repository, {QStringLiteral("tag"), QStringLiteral("v1.0")}));
        QVERIFY(git(repository, {QStringLiteral("tag"), QStringLiteral("nightly-1")}));
        QVERIFY(env.save(cdPipeline({source(QStringLiteral("infra"), QStringLiteral("git"),
                                            {{QStringLiteral("repository"), repository},
                                             {QStringLiteral("tagPattern"), QStringLiteral("v*")}})}))
                    .ok());
        ArtifactWatcher watcher(*env.services, 3600 * 1000);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(releases(env).size(), 1, 10000);
        QCOMPARE(versionOf(env, releases(env).first(), QStringLiteral("infra")), QStringLiteral("v1.0"));
        QVERIFY(git(repository, {QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("v1.1"),
                                 QStringLiteral("-m"), QStringLiteral("annotated")}));
        QVERIFY(git(repository, {QStringLiteral("tag"), QStringLiteral("nightly-2")}));
        watcher.pollGit();
        QTRY_COMPARE_WITH_TIMEOUT(releases(env).size(), 2, 10000);
        const ReleaseDetails details = *env.services->releases.details(releases(env).first().id);
        QCOMPARE(details.artifacts.first().version->version, QStringLiteral("v1.1"));
        QCOMPARE(details.artifacts.first().version->commit.size(), 40); // the tagged commit, peeled
        QSignalSpy polled(&watcher, &ArtifactWatcher::gitPolled);
        watcher.pollGit();
        QVERIFY(polled.wait(10000));
        QCOMPARE(releases(env).size(), 2); // nightly tags do not match v*
    }
};

QTEST_GUILESS_MAIN(ContinuousDeploymentTest)
#include "tst_continuousdeployment.moc"
