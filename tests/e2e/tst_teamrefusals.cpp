#include "teamfixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = teamWaitMs;
} // namespace

// What PostgreSQL itself refuses a team member who goes around Slipway with their own credentials (psql), and who
// may manage the team's logins (issue 19). tst_teamroles covers what members do through Slipway.
class TeamRefusalsTest final : public QObject, TeamFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        if (!PrivatePgCluster::available())
            QSKIP("PostgreSQL 15 is not installed (tools/install-deps.sh installs it)");
        setUp();
    }

    void cleanupTestCase() { stopEngine(); }

    void theDatabaseRefusesEveryWriteOfAMember() {
        startEngine();
        const auto [release, approval] = releaseBy(QStringLiteral("bob")); // alice's to decide, pending
        QVERIFY(!approval.isEmpty());
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
            // holding every writer back, or shadowing the catalogue for a definer function
            QStringLiteral("SELECT 1 FROM slipway_changes WHERE id = 1 FOR UPDATE"),
            QStringLiteral("CREATE TEMP VIEW pg_roles AS SELECT 1"),
        };
        for (const QString &attempt : attempts) {
            const Outcome tried = psql(QStringLiteral("bob"), attempt);
            // Refused outright; only taking back a request that is not one's own runs, and does nothing.
            const bool mayRun = attempt.startsWith(QLatin1String("SELECT slipway_withdraw"));
            QVERIFY2(tried.exitCode != 0 || (mayRun && tried.out.isEmpty()),
                     qPrintable(attempt + QStringLiteral(": ran, printing ") + tried.out));
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
        // Nor read a secret value: what a member's SELECT finds of Shop's dbPassword is sealed, never the value.
        const Outcome revisions =
            psql(QStringLiteral("bob"), QStringLiteral("SELECT string_agg(body, '') FROM pipeline_revisions"));
        QVERIFY2(revisions.exitCode == 0, qPrintable(revisions.err));
        QVERIFY(revisions.out.contains(QLatin1String("dbPassword")));
        QVERIFY(!revisions.out.contains(QLatin1String("team-canary-s3cret")));
        QVERIFY(revisions.out.contains(QLatin1String("slipway:v1:")));
    }

    void onlyAnAdminManagesLogins() {
        stopEngine(); // what carol leaves pending below stays so
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
        // A token carol had (made here by the owner) must not outlive her login, nor a request she left pending.
        sql(QStringLiteral(
            "INSERT INTO requests (actor, kind, payload, created_at) VALUES ('carol', 'deploy', '{}', 0)"));
        sql(QStringLiteral("INSERT INTO tokens (user_id, name, hash, created_at) SELECT id, 'ci', 'carolshash', 0 FROM "
                           "users WHERE name = 'carol'"));
        Outcome removed =
            slipway(QStringLiteral("ada"), {QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("carol")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'carol'")), QStringLiteral("0"));
        QCOMPARE(sql(QStringLiteral("SELECT revoked_at IS NOT NULL FROM tokens WHERE hash = 'carolshash'")),
                 QStringLiteral("t"));
        QCOMPARE(sql(QStringLiteral("SELECT status FROM requests WHERE actor = 'carol'")), QStringLiteral("withdrawn"));
        QCOMPARE(sql(QStringLiteral("SELECT actor || ' ' || action FROM audit_events ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("ada user.removed"));
    }

    void aMembersTokenHasAMembersRightsOverRest() {
        // Tokens for bob (a member) and ada (an admin), as `slipway token create` makes them.
        for (const QString &user : {QStringLiteral("bob"), QStringLiteral("ada")})
            sql(QStringLiteral("INSERT INTO tokens (user_id, name, hash, created_at) SELECT id, 'rest', '%1', 0 FROM "
                               "users WHERE name = '%2'")
                    .arg(QString::fromLatin1(QCryptographicHash::hash((user + QStringLiteral("-token")).toUtf8(),
                                                                      QCryptographicHash::Sha256)
                                                 .toHex()),
                         user));
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        startEngine({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
        QNetworkAccessManager network;
        const auto call = [&](const QString &user, const QByteArray &method, const QString &path,
                              const QJsonObject &body) -> std::pair<int, QJsonObject> {
            QNetworkRequest request(
                QUrl(QStringLiteral("http://127.0.0.1:%1/DefaultCollection/Default/_apis/%2").arg(port).arg(path)));
            request.setRawHeader("Authorization", "Basic " + QByteArray(":" + user.toUtf8() + "-token").toBase64());
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            QNetworkReply *reply = network.sendCustomRequest(request, method, QJsonDocument(body).toJson());
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!reply->isFinished() && !finished.wait(waitMs))
                return {0, {}};
            reply->deleteLater();
            return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                    QJsonDocument::fromJson(reply->readAll()).object()};
        };
        // Listening takes a moment after the engine connects.
        QTRY_VERIFY_WITH_TIMEOUT(
            call(QStringLiteral("bob"), "GET", QStringLiteral("Release/releases"), {}).first == 200, waitMs);
        // What a member may do: create a release (under bob's name).
        const auto [created, release] = call(QStringLiteral("bob"), "POST", QStringLiteral("Release/releases"),
                                             {{QStringLiteral("definitionId"), 1}});
        QCOMPARE(created, 200);
        const qint64 id = release.value(QStringLiteral("id")).toInteger();
        QCOMPARE(sql(QStringLiteral("SELECT created_by FROM releases WHERE id = %1").arg(id)), QStringLiteral("bob"));
        // What is an admin's: keeping a release; refused to bob, said why, nothing changed.
        const QJsonObject keep{{QStringLiteral("keepForever"), true}};
        const auto [kept, refusal] =
            call(QStringLiteral("bob"), "PATCH", QStringLiteral("Release/releases/%1").arg(id), keep);
        QCOMPARE(kept, 403);
        QVERIFY2(refusal.value(QStringLiteral("message")).toString().contains(QLatin1String("bob is a member")),
                 QJsonDocument(refusal).toJson().constData());
        QCOMPARE(sql(QStringLiteral("SELECT keep_forever FROM releases WHERE id = %1").arg(id)), QStringLiteral("0"));
        // What a member may do as well: cancel a deployment, here Prod waiting for alice's approval.
        const QString pending =
            QStringLiteral("SELECT count(*) FROM approvals WHERE release_id = %1 AND status = 'pending'").arg(id);
        QTRY_COMPARE_WITH_TIMEOUT(sql(pending), QStringLiteral("1"), waitMs);
        const qint64 prod = release.value(QStringLiteral("environments"))
                                .toArray()
                                .at(1)
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toInteger();
        QCOMPARE(call(QStringLiteral("bob"), "PATCH",
                      QStringLiteral("Release/releases/%1/environments/%2").arg(id).arg(prod),
                      {{QStringLiteral("status"), QStringLiteral("canceled")}})
                     .first,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(sql(QStringLiteral("SELECT d.status FROM deployments d JOIN release_stages s ON "
                                                     "s.id = d.release_stage_id WHERE s.release_id = %1 AND "
                                                     "s.name = 'Prod'")
                                          .arg(id)),
                                  QStringLiteral("canceled"), waitMs);
        QCOMPARE(
            sql(QStringLiteral("SELECT actor FROM audit_events WHERE action = 'deployment.cancelRequested' ORDER BY "
                               "id DESC LIMIT 1")),
            QStringLiteral("bob"));
        // A member's token sets variables as anyone's does (the server carries them, not a request): checked as
        // for anyone, here refused because Shop defines none.
        const auto [withVariables, variablesRefusal] =
            call(QStringLiteral("bob"), "POST", QStringLiteral("Release/releases"),
                 {{QStringLiteral("definitionId"), 1},
                  {QStringLiteral("variables"),
                   QJsonObject{{QStringLiteral("X"), QJsonObject{{QStringLiteral("value"), QStringLiteral("1")}}}}}});
        QCOMPARE(withVariables, 400);
        QVERIFY(variablesRefusal.value(QStringLiteral("message")).toString().contains(QLatin1String("not defined")));
        // ada, an admin, may.
        QCOMPARE(call(QStringLiteral("ada"), "PATCH", QStringLiteral("Release/releases/%1").arg(id), keep).first, 200);
    }

    void aLoginIsMadeOnlyFromAVerifierAndAPlainName() {
        // What `user add` sends is a SCRAM verifier; the database takes nothing else as a password, nor a name that
        // is not a plain login name.
        for (const QString &call : {QStringLiteral("SELECT slipway_user_add('dave', 'correct horse', 'member')"),
                                    QStringLiteral("SELECT slipway_user_add('da\"ve', '', 'member')"),
                                    QStringLiteral("SELECT slipway_user_add('', '', 'member')")}) {
            const Outcome tried = psql(QStringLiteral("ada"), call);
            QVERIFY2(tried.exitCode != 0, qPrintable(call));
            QVERIFY2(tried.err.contains(QLatin1String("SCRAM-SHA-256 verifier")) ||
                         tried.err.contains(QLatin1String("not a login name")),
                     qPrintable(call + QStringLiteral(": ") + tried.err));
        }
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'da%ve'")), QStringLiteral("0"));
    }

    void anEngineCarriesOutNothingForALoginThatIsGone() {
        // A login dropped behind Slipway's back (by the server's superuser) leaves a pending request: refused.
        startEngine();
        sql(QStringLiteral("CREATE ROLE ghost LOGIN"));
        const QString request = sql(
            QStringLiteral("INSERT INTO requests (actor, kind, payload, created_at) VALUES ('ghost', 'createRelease', "
                           "'{\"pipeline\": \"Shop\"}', 0) RETURNING id"));
        QTRY_COMPARE_WITH_TIMEOUT(sql(QStringLiteral("SELECT status FROM requests WHERE id = %1").arg(request)),
                                  QStringLiteral("refused"), waitMs);
        QVERIFY2(sql(QStringLiteral("SELECT result FROM requests WHERE id = %1").arg(request))
                     .contains(QLatin1String("ghost is no longer a login of this team database")),
                 qPrintable(sql(QStringLiteral("SELECT result FROM requests WHERE id = %1").arg(request))));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM releases WHERE created_by = 'ghost'")), QStringLiteral("0"));
    }

    void aVersion11DatabaseIsHardenedByDbInit() {
        // As the first team databases were made: v11's functions, roles without Slipway's mark.
        sql(QStringLiteral("UPDATE slipway_schema SET version = 11"));
        sql(QStringLiteral("DROP TABLE agents")); // v13's
        sql(QStringLiteral("COMMENT ON ROLE team_admin IS NULL"));
        Outcome init = slipway(QStringLiteral("slipway"),
                               {QStringLiteral("db"), QStringLiteral("init"), uriOf(QStringLiteral("slipway"))});
        QVERIFY2(init.exitCode == 0, qPrintable(init.out + init.err));
        QCOMPARE(sql(QStringLiteral("SELECT version FROM slipway_schema")), QString::number(14));
        QCOMPARE(sql(QStringLiteral("SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = "
                                    "'team_admin'")),
                 QStringLiteral("slipway team role"));
        QCOMPARE(sql(QStringLiteral("SELECT slipway_team_role('nobody-at-all')")), QString());
    }

    void aRoleSlipwayDidNotMakeIsNeverTakenOver() {
        // Someone made other_admin first, with rights of its own: the database other is not set up around it.
        const QString created = m_cluster.createDatabase(QStringLiteral("other"));
        QVERIFY2(created.isEmpty(), qPrintable(created));
        sql(QStringLiteral("CREATE ROLE other_admin NOLOGIN"));
        QString uri = uriOf(QStringLiteral("slipway"));
        uri.replace(QLatin1String("/team"), QLatin1String("/other"));
        Outcome init = slipway(QStringLiteral("slipway"), {QStringLiteral("db"), QStringLiteral("init"), uri});
        QVERIFY2(init.exitCode != 0, qPrintable(uri + QLatin1Char(' ') + init.out));
        QVERIFY2(init.err.contains(QLatin1String("the role other_admin exists and Slipway did not make it")),
                 qPrintable(init.err));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'other\\_%'")),
                 QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TeamRefusalsTest)
#include "tst_teamrefusals.moc"
