#include "teamfixture.h"

#include <QCryptographicHash>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = teamWaitMs;
} // namespace

// Team roles enforced by PostgreSQL (issue 19): each login acts as itself with the rights of its role. A member
// writes no table; their actions are requests an engine carries out with every rule checked, recorded under the
// login the database saw (tst_teamrefusals: what the database refuses a member who tries anyway).
class TeamRolesTest final : public QObject, TeamFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        if (!PrivatePgCluster::available())
            QSKIP("PostgreSQL 15 is not installed (tools/install-deps.sh installs it)");
        setUp();
    }

    void cleanupTestCase() { stopEngine(); }

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

    void aRequestThatFailsIsRefusedAndTheQueueGoesOn() {
        // A member's request whose statements fail (a NUL in a name) ends refused; the next one is carried out.
        const Outcome poison = psql(QStringLiteral("bob"), QStringLiteral("SELECT slipway_submit('createRelease', "
                                                                          "'{\"pipeline\": \"Sh\\u0000op\"}')"));
        QVERIFY2(poison.exitCode == 0, qPrintable(poison.err));
        const auto [release, approval] = releaseBy(QStringLiteral("bob"));
        QVERIFY(!approval.isEmpty());
        QCOMPARE(sql(QStringLiteral("SELECT status FROM requests WHERE id = %1").arg(poison.out)),
                 QStringLiteral("refused"));
        // And a member's advisory lock on the old writers' key holds nobody back.
        QProcess holder;
        holder.start(QStringLiteral("psql"), {uriOf(QStringLiteral("bob")), QStringLiteral("-qAtc"),
                                              QStringLiteral("SELECT pg_advisory_lock(85038503), pg_sleep(60)")});
        QVERIFY(holder.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(sql(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")),
                                  QStringLiteral("1"), waitMs);
        const auto [next, nextApproval] = releaseBy(QStringLiteral("bob"));
        QVERIFY(!nextApproval.isEmpty());
        sql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'"));
        holder.waitForFinished();
    }

    void aMemberMakesATokenAndRevalidatesWithIt() {
        // Vault's Prod asks its approver to confirm their identity with one of their tokens.
        QFile vault(m_dir.filePath(QStringLiteral("vault.json")));
        QVERIFY(vault.open(QIODevice::WriteOnly));
        vault.write(QByteArray(shopPipeline)
                        .replace("\"Shop\"", "\"Vault\"")
                        .replace("\"order\": \"anyOne\"", "\"order\": \"anyOne\", \"revalidateIdentity\": true"));
        vault.close();
        Outcome imported = slipway(QStringLiteral("slipway"),
                                   {QStringLiteral("pipeline"), QStringLiteral("import"), vault.fileName()});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        startEngine();
        // alice, a member, makes a token: the engine stores its hash; the secret never left her machine.
        Outcome made = slipway(QStringLiteral("alice"),
                               {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--name"),
                                QStringLiteral("ci"), QStringLiteral("--json")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const QString secret = QJsonDocument::fromJson(made.out.toUtf8())[QStringLiteral("token")].toString();
        QCOMPARE(secret.size(), 52);
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM tokens t JOIN users u ON u.id = t.user_id WHERE u.name = "
                                    "'alice' AND t.hash = '%1' AND t.revoked_at IS NULL")
                         .arg(hash)),
                 QStringLiteral("1"));
        const QString anywhere = QStringLiteral("SELECT count(*) FROM requests WHERE payload LIKE '%%1%' OR result "
                                                "LIKE '%%1%'")
                                     .arg(secret);
        QCOMPARE(sql(anywhere), QStringLiteral("0"));

        // bob's release of Vault waits for alice, who must confirm who she is: refused without her token, done with it.
        Outcome created = slipway(QStringLiteral("bob"), {QStringLiteral("release"), QStringLiteral("create"),
                                                          QStringLiteral("Vault"), QStringLiteral("--json")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const qint64 release = QJsonDocument::fromJson(created.out.toUtf8())[QStringLiteral("id")].toInteger();
        const QString pending =
            QStringLiteral("SELECT id FROM approvals WHERE release_id = %1 AND status = 'pending'").arg(release);
        QTRY_VERIFY_WITH_TIMEOUT(!sql(pending).isEmpty(), waitMs);
        const QString approval = sql(pending);
        Outcome unconfirmed = slipway(QStringLiteral("alice"), {QStringLiteral("approve"), approval});
        QVERIFY(unconfirmed.exitCode != 0);
        QVERIFY2(unconfirmed.err.contains(QLatin1String("to confirm their identity again")),
                 qPrintable(unconfirmed.err));
        Outcome confirmed =
            slipway(QStringLiteral("alice"), {QStringLiteral("approve"), approval, QStringLiteral("--token"), secret});
        QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));
        QCOMPARE(sql(QStringLiteral("SELECT status || ' ' || acted_by FROM approvals WHERE id = %1").arg(approval)),
                 QStringLiteral("approved alice"));
        QCOMPARE(sql(anywhere), QStringLiteral("0")); // the engine kept no copy of the token it checked
    }

    void aMemberCancelsAndAnswersTheInterventionsTheyApprove() {
        // Check's only task is a sign-off that alice gives.
        QFile check(m_dir.filePath(QStringLiteral("check.json")));
        QVERIFY(check.open(QIODevice::WriteOnly));
        check.write(R"({"name": "Check", "stages": [{"name": "Verify", "trigger": {"type": "afterRelease"},
            "tasks": [{"name": "Look", "type": "manualIntervention", "instructions": "Look at it",
                       "approvers": ["alice"], "timeout": "1h", "onTimeout": "reject"}]}]})");
        check.close();
        Outcome imported = slipway(QStringLiteral("slipway"),
                                   {QStringLiteral("pipeline"), QStringLiteral("import"), check.fileName()});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        startEngine();
        const auto waitingDeployment = [&] {
            Outcome created = slipway(QStringLiteral("bob"), {QStringLiteral("release"), QStringLiteral("create"),
                                                              QStringLiteral("Check"), QStringLiteral("--json")});
            const qint64 release = QJsonDocument::fromJson(created.out.toUtf8())[QStringLiteral("id")].toInteger();
            const QString waiting = QStringLiteral("SELECT d.id FROM deployments d JOIN release_stages s ON s.id = "
                                                   "d.release_stage_id WHERE s.release_id = %1 AND "
                                                   "d.operation_status = 'pendingIntervention'")
                                        .arg(release);
            QElapsedTimer waited;
            waited.start();
            while (sql(waiting).isEmpty() && waited.elapsed() < waitMs)
                QTest::qWait(20); // another process runs it: nothing here can signal it
            return sql(waiting);
        };
        const auto statusOf = [&](const QString &deployment) {
            return sql(QStringLiteral("SELECT status FROM deployments WHERE id = %1").arg(deployment));
        };
        // bob is no approver of the sign-off: the engine refuses him and the deployment still waits.
        const QString first = waitingDeployment();
        QVERIFY(!first.isEmpty());
        Outcome bob = slipway(QStringLiteral("bob"), {QStringLiteral("intervention"), first, QStringLiteral("resume")});
        QVERIFY(bob.exitCode != 0);
        QVERIFY2(bob.err.contains(QLatin1String("bob may not answer this manual intervention")), qPrintable(bob.err));
        QCOMPARE(sql(QStringLiteral("SELECT operation_status FROM deployments WHERE id = %1").arg(first)),
                 QStringLiteral("pendingIntervention"));
        // alice, a member and its approver, resumes it: the deployment succeeds.
        Outcome alice =
            slipway(QStringLiteral("alice"), {QStringLiteral("intervention"), first, QStringLiteral("resume"),
                                              QStringLiteral("--comment"), QStringLiteral("looked")});
        QVERIFY2(alice.exitCode == 0, qPrintable(alice.err));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(first), QStringLiteral("succeeded"), waitMs);
        // bob cancels the next one, which he deployed.
        const QString second = waitingDeployment();
        QVERIFY(!second.isEmpty());
        Outcome cancel = slipway(QStringLiteral("bob"), {QStringLiteral("cancel"), second});
        QVERIFY2(cancel.exitCode == 0, qPrintable(cancel.err));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(second), QStringLiteral("canceled"), waitMs);
        QCOMPARE(sql(QStringLiteral("SELECT string_agg(actor || ':' || kind || ':' || status, ',' ORDER BY id) FROM "
                                    "requests WHERE kind IN ('cancel', 'intervention')")),
                 QStringLiteral("bob:intervention:refused,alice:intervention:done,bob:cancel:done"));
        QCOMPARE(sql(QStringLiteral("SELECT actor FROM audit_events WHERE action = 'deployment.cancelRequested' ORDER "
                                    "BY id DESC LIMIT 1")),
                 QStringLiteral("bob"));
        Outcome verified = slipway(QStringLiteral("slipway"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    }

    void aMemberSetsVariablesButNoSecretOne() {
        // Tune's task writes its settable variable where the test can read it; token is settable and secret.
        const QString marker = m_dir.filePath(QStringLiteral("tune.marker"));
        QFile tune(m_dir.filePath(QStringLiteral("tune.json")));
        QVERIFY(tune.open(QIODevice::WriteOnly));
        tune.write(
            QStringLiteral(R"({"name": "Tune", "variables": {"level": {"value": "info", "settableAtRelease": true},
            "token": {"value": "t0ken", "secret": true, "settableAtRelease": true}},
            "stages": [{"name": "Run", "trigger": {"type": "afterRelease"},
                        "tasks": [{"name": "w", "type": "script", "script": "echo $(level) >> %1"}]}]})")
                .arg(marker)
                .toUtf8());
        tune.close();
        Outcome imported =
            slipway(QStringLiteral("slipway"), {QStringLiteral("pipeline"), QStringLiteral("import"), tune.fileName()});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        startEngine();
        const auto release = [&](const QString &variable) {
            return slipway(QStringLiteral("bob"), {QStringLiteral("release"), QStringLiteral("create"),
                                                   QStringLiteral("Tune"), QStringLiteral("--var"), variable});
        };
        // A secret's value would sit in the request in clear: refused before anything is asked, naming it.
        const QString requestsBefore = sql(QStringLiteral("SELECT count(*) FROM requests"));
        Outcome secret = release(QStringLiteral("token=guess"));
        QVERIFY(secret.exitCode != 0);
        QVERIFY2(secret.err.contains(QLatin1String("variable \"token\" is secret")), qPrintable(secret.err));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM requests")), requestsBefore);
        // Any other settable variable goes with the request; the engine checks it as for anyone.
        Outcome unknown = release(QStringLiteral("colour=red"));
        QVERIFY(unknown.exitCode != 0);
        QVERIFY2(unknown.err.contains(QLatin1String("variable \"colour\" is not defined")), qPrintable(unknown.err));
        Outcome level = release(QStringLiteral("level=debug"));
        QVERIFY2(level.exitCode == 0, qPrintable(level.err));
        const auto written = [&] {
            QFile file(marker);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(written(), QStringLiteral("debug\n"), waitMs);
        QCOMPARE(sql(QStringLiteral("SELECT created_by FROM releases ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("bob"));
    }
};

QTEST_GUILESS_MAIN(TeamRolesTest)
#include "tst_teamroles.moc"
