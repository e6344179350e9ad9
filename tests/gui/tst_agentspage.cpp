// The Agents page clicked through with real widgets found by objectName, while the agents change under it: an agent
// goes offline when its heartbeats stop (on the virtual clock, no commit announcing it) and online again, row by row;
// the pool's queue counts what waits for it and opens its release; Disable and Enable switch the agent.
#include "agentmodels.h"
#include "agentspage.h"
#include "releasegridmodel.h"
#include "releasepage.h"
#include "statuspresentation.h"
#include "testenvironment.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {

const Identity alice{QStringLiteral("alice")};
const QString owner = QStringLiteral("elsewhere/4242/x"); // an engine of another host: never "gone"

template <typename W>
W *child(QWidget *parent, const char *name) {
    W *found = parent->findChild<W *>(QLatin1String(name));
    if (!found)
        qFatal("no widget %s", name);
    return found;
}

QString cell(QTableView *table, int row, int column) {
    return table->model()->index(row, column).data().toString();
}

void doubleClick(QTableView *table, int row, int column) {
    const QRect rect = table->visualRect(table->model()->index(row, column));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class AgentsPageTest final : public QObject {
    Q_OBJECT

    static Status announce(TestEnvironment &env, const QString &name, const QStringList &pools) {
        AgentRecord agent;
        agent.name = name;
        agent.host = QStringLiteral("web-host");
        agent.pools = pools;
        agent.capabilities = {{QStringLiteral("java"), QStringLiteral("11")},
                              {QStringLiteral("Agent.OS"), QStringLiteral("Linux")}};
        agent.ownerId = owner;
        agent.leaseSeconds = 30;
        return env.store->transaction([&] { return env.store->agents().announce(agent, env.clock.now()); });
    }

    static qint64 releaseWaitingForProd(TestEnvironment &env) {
        const QByteArray pipeline = R"({"name":"Web","stages":[{"name":"Prod","pool":"prod","trigger":{"type":"manual"},
            "tasks":[{"name":"t","type":"command","program":"true"}]}]})";
        if (!env.services->pipelines.save(pipeline, alice).ok())
            return 0;
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("Web");
        Result<ReleaseRecord> release = env.services->releases.create(request, alice);
        if (!release)
            return 0;
        DeployRequest deploy;
        deploy.releaseId = release->id;
        deploy.stage = QStringLiteral("Prod");
        return env.services->deployments.deploy(deploy, alice).ok() ? release->id : 0;
    }

private Q_SLOTS:
    void agentsGoOfflineAndBackLiveAndAnAdminSwitchesThem() {
        TestEnvironment env;
        QVERIFY(env.services->directory.addUser(QStringLiteral("alice"), {}, alice, true).ok());
        QVERIFY(announce(env, QStringLiteral("web-01"), {QStringLiteral("prod"), QStringLiteral("web")}).ok());
        const qint64 releaseId = releaseWaitingForProd(env);
        QVERIFY(releaseId > 0);
        WindowUnderTest ui(*env.services, env.clock, env.location(), QStringLiteral("alice"), true);
        ui.window.addAgentsPage({env.services->agents, env.clock, alice});
        ui.window.show();
        QTest::mouseClick(child<QPushButton>(&ui.window, "agentsButton"), Qt::LeftButton);
        auto *page = child<AgentsPage>(&ui.window, "agentsPage");
        QVERIFY(page->isVisible());
        auto *agents = child<QTableView>(page, "agentsTable");
        auto *pools = child<QTableView>(page, "poolsTable");
        QAbstractItemModelTester agentTester(agents->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester poolTester(pools->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(agents->model()->rowCount(), 1);
        QCOMPARE(cell(agents, 0, AgentListModel::NameColumn), QStringLiteral("web-01"));
        QCOMPARE(cell(agents, 0, AgentListModel::StateColumn), QStringLiteral("Online"));
        QCOMPARE(cell(agents, 0, AgentListModel::PoolsColumn), QStringLiteral("prod, web"));
        QCOMPARE(cell(agents, 0, AgentListModel::CapabilitiesColumn), QStringLiteral("java=11")); // Agent.* in tips
        QCOMPARE(pools->model()->rowCount(), 2);
        QCOMPARE(cell(pools, 0, PoolQueueModel::PoolColumn), QStringLiteral("prod"));
        QCOMPARE(cell(pools, 0, PoolQueueModel::AgentsColumn), QStringLiteral("1 of 1 online"));
        QCOMPARE(cell(pools, 0, PoolQueueModel::WaitingColumn), QStringLiteral("1"));
        QVERIFY(cell(pools, 0, PoolQueueModel::OldestColumn).startsWith(QStringLiteral("Release-1 · Prod")));

        // Its heartbeats stop: past the lease it shows offline, in place (no reset, the selection kept).
        QSignalSpy resets(agents->model(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(agents->model(), &QAbstractItemModel::rowsRemoved);
        agents->setCurrentIndex(agents->model()->index(0, 0));
        env.clock.advanceBy(29'000);
        QCOMPARE(cell(agents, 0, AgentListModel::StateColumn), QStringLiteral("Online"));
        env.clock.advanceBy(2'000);
        QTRY_COMPARE(cell(agents, 0, AgentListModel::StateColumn), QStringLiteral("Offline"));
        QCOMPARE(cell(pools, 0, PoolQueueModel::AgentsColumn), QStringLiteral("0 of 1 online"));
        QCOMPARE(agents->currentIndex().row(), 0);
        // It beats again (another process's commit, which only the page's own timer notices): online again.
        QVERIFY(env.store->transaction([&]() -> Status {
            Result<std::optional<bool>> beat =
                env.store->agents().heartbeat(QStringLiteral("web-01"), owner, env.clock.now());
            return beat ? Status{} : Status(beat.error());
        }));
        QTRY_COMPARE_WITH_TIMEOUT(cell(agents, 0, AgentListModel::StateColumn), QStringLiteral("Online"), 5000);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 0);

        // An admin disables it: it says so, and the button offers to enable it again.
        auto *toggle = child<QPushButton>(page, "agentSwitchButton");
        QCOMPARE(toggle->text(), QStringLiteral("&Disable"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(cell(agents, 0, AgentListModel::StateColumn), QStringLiteral("Disabled"));
        QCOMPARE(toggle->text(), QStringLiteral("&Enable"));
        QVERIFY(!env.services->agents.agents()->first().enabled);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(cell(agents, 0, AgentListModel::StateColumn), QStringLiteral("Online"));

        // The pool's queue opens the release that waits longest, whose card says what it waits for (as an engine notes
        // it while no agent of prod may take it).
        const qint64 deploymentId =
            env.store->deployments().latestOf(releaseId, QStringLiteral("Prod"))->value().deployment.id;
        QVERIFY(env.store->transaction([&] {
            return env.store->deployments().noteWait(deploymentId, QStringLiteral("waiting for an agent of pool prod"));
        }));
        doubleClick(pools, 0, PoolQueueModel::OldestColumn);
        auto *releasePage = child<ReleasePage>(&ui.window, "releasePage");
        QTRY_VERIFY(releasePage->isVisible());
        QCOMPARE(releasePage->releaseId(), releaseId);
        auto *waiting = child<QLabel>(releasePage, "stageWaiting_Prod");
        QTRY_VERIFY2(waiting->text().startsWith(QStringLiteral("Pool prod, no agent online · ")),
                     qPrintable(waiting->text()));
        QVERIFY(waiting->isVisible());
        QCOMPARE(waiting->toolTip(), QStringLiteral("waiting for an agent of pool prod"));
        QCOMPARE(child<QLabel>(releasePage, "stageStatus_Prod")->text(), QStringLiteral("Waiting for an agent"));
    }

    void theGridSaysWhichPoolADeploymentWaitsFor() {
        TestEnvironment env;
        const qint64 releaseId = releaseWaitingForProd(env);
        QVERIFY(releaseId > 0);
        const qint64 pipelineId = env.services->queries.pipelines()->constFirst().id;
        ReleaseGridModel grid(env.services->queries, env.services->notifier, pipelineId);
        QAbstractItemModelTester tester(&grid, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto chip = [&] { return grid.index(0, ReleaseGridModel::FixedColumnCount); };
        QTRY_COMPARE(chip().data().toString(), QStringLiteral("Queued"));
        // What the engine notes when no agent of the pool may take it (DeploymentEngine::mayRun).
        const qint64 deploymentId =
            env.store->deployments().latestOf(releaseId, QStringLiteral("Prod"))->value().deployment.id;
        QVERIFY(env.store->transaction([&] {
            return env.store->deployments().noteWait(deploymentId, QStringLiteral("waiting for an agent of pool prod"));
        }));
        Q_EMIT env.services->notifier.releaseChanged(pipelineId, releaseId);
        QTRY_COMPARE(chip().data().toString(), QStringLiteral("Waiting for an agent"));
        QCOMPARE(chip().data(ReleaseGridModel::StageStateRole).toInt(), int(StageState::WaitingForAgent));
        QVERIFY2(chip().data(Qt::ToolTipRole).toString().contains(QStringLiteral("waiting for an agent of pool prod")),
                 qPrintable(chip().data(Qt::ToolTipRole).toString()));
    }

    void aMemberSeesTheAgentsButCannotSwitchThem() {
        TestEnvironment env;
        QVERIFY(announce(env, QStringLiteral("web-01"), {QStringLiteral("prod")}).ok());
        AgentsPage page({env.services->agents, env.clock, Identity{QStringLiteral("bob")}, true});
        page.show();
        QTRY_COMPARE(page.agentModel()->rowCount(), 1);
        auto *toggle = child<QPushButton>(&page, "agentSwitchButton");
        QVERIFY(!toggle->isEnabled());
        QVERIFY(toggle->toolTip().contains(QStringLiteral("ask an admin")));
    }

    void aNonAdministratorIsRefusedInWords() {
        TestEnvironment env;
        QVERIFY(announce(env, QStringLiteral("web-01"), {QStringLiteral("prod")}).ok());
        AgentsPage page({env.services->agents, env.clock, Identity{QStringLiteral("carol")}});
        page.show();
        QTRY_COMPARE(page.agentModel()->rowCount(), 1);
        QTest::mouseClick(child<QPushButton>(&page, "agentSwitchButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(&page, "agentsMessage")->text().contains(QStringLiteral("only an administrator")));
        QVERIFY(env.services->agents.agents()->first().enabled);
    }
};

QTEST_MAIN(AgentsPageTest)
#include "tst_agentspage.moc"
