#include "privatepgcluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace slipway;

namespace {

constexpr int waitMs = 60000;

struct Outcome final {
    int exitCode = -1; // -1: it did not finish in time
    QString out;
    QString err;
};

// Shop: Dev deploys after each release; Prod waits for alice's approval.
const char *const shopPipeline = R"({"name": "Shop", "stages": [
  {"name": "Dev", "trigger": {"type": "afterRelease"},
   "tasks": [{"name": "Ship", "type": "delay", "duration": "0s"}]},
  {"name": "Prod", "trigger": {"type": "afterStages", "stages": ["Dev"]},
   "preApprovals": {"approvers": ["alice"], "order": "anyOne", "timeout": "1h"},
   "tasks": [{"name": "Ship", "type": "delay", "duration": "0s"}]}]})";

} // namespace

// Team roles enforced by PostgreSQL (issue 19): each login acts as itself with the rights of its role. A member
// writes no table, even through psql with their own credentials; their actions are requests an engine carries out
// with every rule checked, recorded under the login the database saw. The cluster is this test's own: roles and
// logins belong to a whole PostgreSQL server.
class TeamRolesTest final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    testing::PrivatePgCluster m_cluster;
    std::unique_ptr<QProcess> m_engine;

    QString uriOf(const QString &login) const {
        QString uri = m_cluster.uri(QStringLiteral("team"));
        return uri.replace(QLatin1String("postgresql://slipway@"), QStringLiteral("postgresql://%1@").arg(login));
    }

    QProcessEnvironment environment(int requestTimeoutMs = 0) const {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("SLIPWAY_DATABASE"));
        environment.remove(QStringLiteral("SLIPWAY_USER"));
        environment.insert(QStringLiteral("SLIPWAY_KEY_FILE"), m_dir.filePath(QStringLiteral("team.key")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        if (requestTimeoutMs > 0)
            environment.insert(QStringLiteral("SLIPWAY_REQUEST_TIMEOUT_MS"), QString::number(requestTimeoutMs));
        return environment;
    }

    // `slipway --database URI-of-LOGIN ARGUMENTS…`, with `input` on its standard input.
    Outcome slipway(const QString &login, const QStringList &arguments, const QByteArray &input = {},
                    int requestTimeoutMs = 0) {
        QProcess process;
        process.setProcessEnvironment(environment(requestTimeoutMs));
        process.start(QStringLiteral(SLIPWAY_BINARY),
                      QStringList{QStringLiteral("--database"), uriOf(login)} + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(waitMs))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // psql as `login`: what a member with their own credentials can do without Slipway.
    Outcome psql(const QString &login, const QString &statement) {
        QProcess process;
        process.start(QStringLiteral("psql"), {uriOf(login), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                               QStringLiteral("-qAtc"), statement});
        if (!process.waitForFinished(waitMs))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString sql(const QString &statement) { return m_cluster.sql(QStringLiteral("team"), statement); }

    void startEngine() {
        m_engine = std::make_unique<QProcess>();
        m_engine->setProcessEnvironment(environment());
        m_engine->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_engine->start(QStringLiteral(SLIPWAY_BINARY),
                        {QStringLiteral("--headless"), QStringLiteral("--database"), uriOf(QStringLiteral("eng"))});
        QVERIFY(m_engine->waitForStarted());
        // Members' clients ask only once an engine is connected as one.
        QTRY_COMPARE_WITH_TIMEOUT(sql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                                                     "'slipway-engine'")),
                                  QStringLiteral("1"), waitMs);
    }

    void stopEngine() {
        if (!m_engine)
            return;
        m_engine->terminate();
        QVERIFY(m_engine->waitForFinished(waitMs));
        m_engine.reset();
    }

    // The id of the approval waiting for `approver` on the newest deployment of Prod, once there is one.
    QString pendingApproval(const QString &approver) {
        return sql(
            QStringLiteral("SELECT max(id) FROM approvals WHERE approver = '%1' AND status = 'pending'").arg(approver));
    }

    // Every row of every table, as the owner sees it: what must not change when a member is refused.
    QString everything() {
        const QStringList tables =
            sql(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"))
                .split(QLatin1Char('\n'));
        QString all;
        for (const QString &table : tables)
            all += table + QLatin1Char('=') +
                   sql(QStringLiteral("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM %1 t")
                           .arg(table)) +
                   QLatin1Char('\n');
        return all;
    }

private Q_SLOTS:
    void initTestCase() {
        if (!testing::PrivatePgCluster::available())
            QSKIP("PostgreSQL 15 is not installed (tools/install-deps.sh installs it)");
        QVERIFY(m_dir.isValid());
        const QString started = m_cluster.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString created = m_cluster.createDatabase(QStringLiteral("team"));
        QVERIFY2(created.isEmpty(), qPrintable(created));
        Outcome init = slipway(QStringLiteral("slipway"),
                               {QStringLiteral("db"), QStringLiteral("init"), uriOf(QStringLiteral("slipway"))});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QFile pipeline(m_dir.filePath(QStringLiteral("shop.json")));
        QVERIFY(pipeline.open(QIODevice::WriteOnly));
        pipeline.write(shopPipeline);
        pipeline.close();
        // The owner (who set the database up) imports the pipeline and makes the team's logins.
        Outcome imported = slipway(QStringLiteral("slipway"),
                                   {QStringLiteral("pipeline"), QStringLiteral("import"), pipeline.fileName()});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        Outcome alice = slipway(QStringLiteral("slipway"),
                                {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"),
                                 QStringLiteral("--password-stdin")},
                                "correct horse\n");
        QVERIFY2(alice.exitCode == 0, qPrintable(alice.err));
        for (const QStringList &user :
             {QStringList{QStringLiteral("bob")}, QStringList{QStringLiteral("eng"), QStringLiteral("--engine")},
              QStringList{QStringLiteral("ada"), QStringLiteral("--admin")}}) {
            Outcome added =
                slipway(QStringLiteral("slipway"), QStringList{QStringLiteral("user"), QStringLiteral("add")} + user);
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        }
    }

    void cleanupTestCase() { stopEngine(); }

    void loginsGetTheirRolesAndOnlyAVerifierOfThePassword() {
        Outcome listed =
            slipway(QStringLiteral("ada"), {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray logins = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QStringList seen;
        for (const QJsonValue &login : logins)
            seen << login[QStringLiteral("name")].toString() + QLatin1Char(':') +
                        login[QStringLiteral("role")].toString();
        QCOMPARE(seen, (QStringList{QStringLiteral("ada:admin"), QStringLiteral("alice:member"),
                                    QStringLiteral("bob:member"), QStringLiteral("eng:engine")}));
        // The server got a SCRAM verifier, made by the client: the clear password is nowhere on it.
        QVERIFY(sql(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'alice'"))
                    .startsWith(QLatin1String("SCRAM-SHA-256$")));
        QCOMPARE(sql(QStringLiteral("SELECT rolpassword IS NULL FROM pg_authid WHERE rolname = 'bob'")),
                 QStringLiteral("t"));
    }

    // A release made by `login` through an engine, and its pending approval for alice on Prod once Dev is done.
    std::pair<QString, QString> releaseBy(const QString &login) {
        Outcome created = slipway(login, {QStringLiteral("release"), QStringLiteral("create"), QStringLiteral("Shop"),
                                          QStringLiteral("--json")});
        if (created.exitCode != 0)
            qFatal("release create as %s: %s", qPrintable(login), qPrintable(created.err));
        const QString release =
            QString::number(QJsonDocument::fromJson(created.out.toUtf8())[QStringLiteral("id")].toInteger());
        const QString pending = QStringLiteral("SELECT a.id FROM approvals a WHERE a.release_id = %1 AND a.status = "
                                               "'pending' AND a.approver = 'alice'")
                                    .arg(release);
        QElapsedTimer waited;
        waited.start();
        while (sql(pending).isEmpty() && waited.elapsed() < waitMs)
            QTest::qWait(20); // another process deploys Dev: nothing here can signal it
        return {release, sql(pending)};
    }

    void aMembersActionsRunOnAnEngineUnderTheirOwnLogin() {
        startEngine();
        // alice's own release: the database takes her request, the engine refuses it by the pipeline's policy.
        const auto [own, ownApproval] = releaseBy(QStringLiteral("alice"));
        QVERIFY(!ownApproval.isEmpty());
        QCOMPARE(sql(QStringLiteral("SELECT created_by FROM releases WHERE id = %1").arg(own)),
                 QStringLiteral("alice"));
        Outcome selfApproval = slipway(QStringLiteral("alice"), {QStringLiteral("approve"), ownApproval});
        QVERIFY(selfApproval.exitCode != 0);
        QVERIFY2(selfApproval.err.contains(QLatin1String("requester cannot approve")), qPrintable(selfApproval.err));
        QCOMPARE(sql(QStringLiteral("SELECT status FROM approvals WHERE id = %1").arg(ownApproval)),
                 QStringLiteral("pending"));

        const auto [release, approval] = releaseBy(QStringLiteral("bob"));
        QVERIFY(!approval.isEmpty());
        QCOMPARE(sql(QStringLiteral("SELECT created_by FROM releases WHERE id = %1").arg(release)),
                 QStringLiteral("bob"));
        // bob is no approver of it: the database refuses his request outright.
        Outcome bob = slipway(QStringLiteral("bob"), {QStringLiteral("approve"), approval});
        QVERIFY(bob.exitCode != 0);
        QVERIFY2(bob.err.contains(QStringLiteral("bob is not an approver of approval %1").arg(approval)),
                 qPrintable(bob.err));
        QCOMPARE(sql(QStringLiteral("SELECT status FROM approvals WHERE id = %1").arg(approval)),
                 QStringLiteral("pending"));

        Outcome alice = slipway(QStringLiteral("alice"), {QStringLiteral("approve"), approval,
                                                          QStringLiteral("--comment"), QStringLiteral("fine by me")});
        QVERIFY2(alice.exitCode == 0, qPrintable(alice.err));
        QCOMPARE(sql(QStringLiteral("SELECT status || ' ' || acted_by FROM approvals WHERE id = %1").arg(approval)),
                 QStringLiteral("approved alice"));
        QTRY_COMPARE_WITH_TIMEOUT(sql(QStringLiteral("SELECT d.status FROM deployments d JOIN release_stages s ON "
                                                     "s.id = d.release_stage_id WHERE s.release_id = %1 AND "
                                                     "s.name = 'Prod'")
                                          .arg(release)),
                                  QStringLiteral("succeeded"), waitMs);
        QCOMPARE(
            sql(QStringLiteral("SELECT actor FROM audit_events WHERE action = 'approval.approved' ORDER BY id DESC "
                               "LIMIT 1")),
            QStringLiteral("alice"));
        QCOMPARE(sql(QStringLiteral("SELECT string_agg(actor || ':' || kind || ':' || status, ',' ORDER BY id) FROM "
                                    "requests")),
                 QStringLiteral("alice:createRelease:done,alice:approve:refused,bob:createRelease:done,"
                                "alice:approve:done"));
        Outcome verified = slipway(QStringLiteral("slipway"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    }

    void withoutAnEngineAMemberIsToldAtOnce() {
        stopEngine();
        const QString requestsBefore = sql(QStringLiteral("SELECT count(*) FROM requests"));
        Outcome asked = slipway(QStringLiteral("alice"),
                                {QStringLiteral("release"), QStringLiteral("create"), QStringLiteral("Shop")});
        QVERIFY(asked.exitCode != 0);
        QVERIFY2(asked.err.contains(QLatin1String("no engine carried out the request")), qPrintable(asked.err));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM requests")), requestsBefore);
    }

    void aRequestNoEngineTakesIsTakenBack() {
        // Something that looks like an engine is connected (an engine's login under the engine's application name)
        // but carries out nothing: the member's client stops waiting and takes the request back.
        QProcess idle;
        idle.start(QStringLiteral("psql"),
                   {uriOf(QStringLiteral("eng")) + QStringLiteral("?application_name=slipway-engine"),
                    QStringLiteral("-qAtc"), QStringLiteral("SELECT pg_sleep(120)")});
        QVERIFY(idle.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(sql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                                                     "'slipway-engine'")),
                                  QStringLiteral("1"), waitMs);
        const QString deploymentsBefore = sql(QStringLiteral("SELECT count(*) FROM deployments"));
        Outcome asked =
            slipway(QStringLiteral("alice"),
                    {QStringLiteral("release"), QStringLiteral("create"), QStringLiteral("Shop")}, {}, 1500);
        // Its server process would sleep on after the client is gone.
        sql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = "
                           "'slipway-engine'"));
        idle.waitForFinished();
        QVERIFY(asked.exitCode != 0);
        QVERIFY2(asked.err.contains(QLatin1String("no engine carried out the request")), qPrintable(asked.err));
        QCOMPARE(sql(QStringLiteral("SELECT status FROM requests ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("withdrawn"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM deployments")), deploymentsBefore);
        // An engine that starts later does not carry out what was taken back: the next request is its first.
        const QString releases = sql(QStringLiteral("SELECT count(*) FROM releases"));
        startEngine();
        const auto [release, approval] = releaseBy(QStringLiteral("bob"));
        QVERIFY(!approval.isEmpty());
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM releases")), QString::number(releases.toInt() + 1));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM requests WHERE status = 'withdrawn'")), QStringLiteral("1"));
    }

    void theDatabaseRefusesEveryWriteOfAMember() {
        const QString approval = sql(QStringLiteral("SELECT max(id) FROM approvals"));
        const QString before = everything();
        // What a member could try with their own credentials, each refused by PostgreSQL itself.
        const QStringList attempts{
            // under another user's name
            QStringLiteral("INSERT INTO audit_events (at, actor, action, object_type, object_id, details, prev_hash, "
                           "hash) VALUES (0, 'alice', 'approval.approved', 'approval', 1, '{}', '', '')"),
            QStringLiteral("UPDATE approvals SET status = 'approved', acted_by = 'alice' WHERE id = %1").arg(approval),
            QStringLiteral("SELECT slipway_submit('approve', '{\"approval\": %1}')").arg(approval),
            // the status of a deployment, a task or a stage; task runs and log lines
            QStringLiteral("UPDATE deployments SET status = 'succeeded'"),
            QStringLiteral("UPDATE task_runs SET status = 'succeeded'"),
            QStringLiteral("UPDATE release_stages SET status = 'succeeded'"),
            QStringLiteral("INSERT INTO log_lines (task_run_id, at, stream, line) VALUES (1, 0, 'stdout', 'forged')"),
            // a release's snapshot or a pipeline revision
            QStringLiteral("UPDATE releases SET revision_id = revision_id"),
            QStringLiteral("UPDATE pipeline_revisions SET body = '{}'"),
            // users, groups, tokens, admins
            QStringLiteral("SELECT slipway_user_add('mallory', '', 'admin')"),
            QStringLiteral("CREATE ROLE mallory LOGIN"),
            QStringLiteral("GRANT team_admin TO bob"),
            QStringLiteral("INSERT INTO tokens (user_id, name, hash, created_at) VALUES (1, 'x', 'y', 0)"),
            QStringLiteral("UPDATE users SET is_admin = 1"),
            // the audit trail; another member's requests
            QStringLiteral("DELETE FROM audit_events"),
            QStringLiteral("UPDATE audit_events SET actor = 'bob'"),
            QStringLiteral(
                "INSERT INTO requests (actor, kind, payload, created_at) VALUES ('alice', 'approve', '{}', 0)"),
            QStringLiteral("SELECT slipway_withdraw(1)"),
        };
        for (const QString &attempt : attempts) {
            const Outcome tried = psql(QStringLiteral("bob"), attempt);
            QVERIFY2(tried.exitCode != 0 || tried.out == QLatin1String("f") || tried.out.isEmpty(),
                     qPrintable(attempt));
            QVERIFY2(tried.exitCode == 0 || tried.err.contains(QLatin1String("permission denied")) ||
                         tried.err.contains(QLatin1String("must have admin option")) ||
                         tried.err.contains(QLatin1String("not an approver")),
                     qPrintable(attempt + QStringLiteral(": ") + tried.err));
        }
        // And generically: no table of the schema takes an INSERT, an UPDATE or a DELETE from a member.
        const QStringList tables =
            sql(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"))
                .split(QLatin1Char('\n'));
        QVERIFY(tables.size() >= 30);
        for (const QString &table : tables) {
            const QString column =
                sql(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_name = '%1' "
                                   "ORDER BY ordinal_position LIMIT 1")
                        .arg(table));
            for (const QString &write : {QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(table),
                                         QStringLiteral("UPDATE %1 SET %2 = %2").arg(table, column),
                                         QStringLiteral("DELETE FROM %1").arg(table)}) {
                const Outcome tried = psql(QStringLiteral("bob"), write);
                QVERIFY2(tried.exitCode != 0 && tried.err.contains(QLatin1String("permission denied")),
                         qPrintable(write + QStringLiteral(": ") + tried.err));
            }
        }
        QCOMPARE(everything(), before);
        Outcome verified = slipway(QStringLiteral("slipway"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    }

    void onlyAnAdminManagesLogins() {
        Outcome byMember = slipway(QStringLiteral("bob"), {QStringLiteral("user"), QStringLiteral("add"),
                                                           QStringLiteral("mallory"), QStringLiteral("--admin")});
        QVERIFY(byMember.exitCode != 0);
        QVERIFY2(byMember.err.contains(QLatin1String("permission denied")), qPrintable(byMember.err));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'mallory'")), QStringLiteral("0"));

        Outcome added =
            slipway(QStringLiteral("ada"), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carol")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        // An existing role that is not one of Slipway's logins (here the server's superuser) is never touched.
        Outcome superuser = slipway(QStringLiteral("ada"),
                                    {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("slipway"),
                                     QStringLiteral("--password-stdin")},
                                    "taken over\n");
        QVERIFY(superuser.exitCode != 0);
        QVERIFY2(superuser.err.contains(QLatin1String("is not a Slipway login")), qPrintable(superuser.err));
        // A token carol had (made here by the owner) must not outlive her login.
        sql(QStringLiteral("INSERT INTO tokens (user_id, name, hash, created_at) SELECT id, 'ci', 'carolshash', 0 FROM "
                           "users WHERE name = 'carol'"));
        Outcome removed =
            slipway(QStringLiteral("ada"), {QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("carol")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'carol'")), QStringLiteral("0"));
        QCOMPARE(sql(QStringLiteral("SELECT revoked_at IS NOT NULL FROM tokens WHERE hash = 'carolshash'")),
                 QStringLiteral("t"));
        QCOMPARE(sql(QStringLiteral("SELECT actor || ' ' || action FROM audit_events ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("ada user.removed"));
    }
};

QTEST_GUILESS_MAIN(TeamRolesTest)
#include "tst_teamroles.moc"
