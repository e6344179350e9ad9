#pragma once

// What the team-roles tests share (issue 19): a private PostgreSQL cluster, the team's logins, and ways to act as
// each of them through Slipway, through psql and as the server's superuser. A cluster of its own, because roles and
// logins belong to a whole PostgreSQL server.

#include "privatepgcluster.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace slipway::testing {

inline constexpr int teamWaitMs = 60000;

struct Outcome final {
    int exitCode = -1; // -1: it did not finish in time
    QString out;
    QString err;
};

// Shop: Dev deploys after each release; Prod waits for alice's approval.
inline const char *const shopPipeline = R"({"name": "Shop",
  "variables": {"dbPassword": {"value": "team-canary-s3cret", "secret": true}}, "stages": [
  {"name": "Dev", "trigger": {"type": "afterRelease"},
   "tasks": [{"name": "Ship", "type": "delay", "duration": "0s"}]},
  {"name": "Prod", "trigger": {"type": "afterStages", "stages": ["Dev"]},
   "preApprovals": {"approvers": ["alice"], "order": "anyOne", "timeout": "1h"},
   "tasks": [{"name": "Ship", "type": "delay", "duration": "0s"}]}]})";

class TeamFixture {
protected:
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
        if (!process.waitForFinished(teamWaitMs))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // psql as `login`: what a member with their own credentials can do without Slipway.
    Outcome psql(const QString &login, const QString &statement) {
        QProcess process;
        process.start(QStringLiteral("psql"), {uriOf(login), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                               QStringLiteral("-qAtc"), statement});
        if (!process.waitForFinished(teamWaitMs))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString sql(const QString &statement) { return m_cluster.sql(QStringLiteral("team"), statement); }

    // A `slipway --headless` engine as eng, with `options` (such as --listen); replaces the one running.
    void startEngine(const QStringList &options = {}) {
        stopEngine();
        m_engine = std::make_unique<QProcess>();
        m_engine->setProcessEnvironment(environment());
        m_engine->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_engine->start(
            QStringLiteral(SLIPWAY_BINARY),
            QStringList{QStringLiteral("--headless"), QStringLiteral("--database"), uriOf(QStringLiteral("eng"))} +
                options);
        QVERIFY(m_engine->waitForStarted());
        // Members' clients ask only once an engine is connected as one.
        QTRY_COMPARE_WITH_TIMEOUT(sql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                                                     "'slipway-engine'")),
                                  QStringLiteral("1"), teamWaitMs);
    }

    void stopEngine() {
        if (!m_engine)
            return;
        m_engine->terminate();
        QVERIFY(m_engine->waitForFinished(teamWaitMs));
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

    // A private cluster with database team: the owner imports Shop and adds alice and bob (members), eng (an
    // engine) and ada (an admin).
    void setUp() {
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

    // A release made by `login` through an engine, and its pending approval for alice on Prod once Dev is done; no
    // approval if it failed (said here, and the test fails on it: never qFatal, which leaves the cluster running).
    std::pair<QString, QString> releaseBy(const QString &login) {
        Outcome created = slipway(login, {QStringLiteral("release"), QStringLiteral("create"), QStringLiteral("Shop"),
                                          QStringLiteral("--json")});
        if (created.exitCode != 0) {
            qWarning("release create as %s: %s", qPrintable(login), qPrintable(created.err));
            return {};
        }
        const QString release =
            QString::number(QJsonDocument::fromJson(created.out.toUtf8())[QStringLiteral("id")].toInteger());
        const QString pending = QStringLiteral("SELECT a.id FROM approvals a WHERE a.release_id = %1 AND a.status = "
                                               "'pending' AND a.approver = 'alice'")
                                    .arg(release);
        QElapsedTimer waited;
        waited.start();
        while (sql(pending).isEmpty() && waited.elapsed() < teamWaitMs)
            QTest::qWait(20); // another process deploys Dev: nothing here can signal it
        return {release, sql(pending)};
    }
};

} // namespace slipway::testing
