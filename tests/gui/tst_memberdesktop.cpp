#include "appsession.h"
#include "approvalspage.h"
#include "engineconfiguration.h"
#include "guiwiring.h"
#include "privatepgcluster.h"
#include "services/services.h"
#include "store/storefactory.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace slipway;

namespace {
constexpr int waitMs = 60000;

// Dev deploys after each release; Prod waits for carol's approval.
const char *const teamPipeline = R"({"name": "Team", "stages": [
  {"name": "Dev", "trigger": {"type": "afterRelease"}, "tasks": [{"name": "ship", "type": "command", "program": "true"}]},
  {"name": "Prod", "trigger": {"type": "afterStages", "stages": ["Dev"]},
   "preApprovals": {"approvers": ["carol"], "order": "anyOne", "timeout": "1h"},
   "tasks": [{"name": "ship", "type": "command", "program": "true"}]}]})";

QString stageStatusText(QWidget &window, const QString &stage) {
    auto *label = window.findChild<QLabel *>(QStringLiteral("stageStatus_") + stage);
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace

// A member's window on a team database with roles (issue 19), on a cluster of the test's own (roles belong to a
// whole server).
class MemberDesktopTest final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    testing::PrivatePgCluster m_cluster;
    std::unique_ptr<Store> m_ownerStore;
    SystemClock m_clock;
    std::unique_ptr<Services> m_setup;
    const Identity m_admin{QStringLiteral("slipway")};

    QString loginUri(const QString &login) const {
        return m_cluster.uri(QStringLiteral("members"))
            .replace(QLatin1String("postgresql://slipway@"), QStringLiteral("postgresql://%1@").arg(login));
    }

    // Carol approves the only item of her inbox, through its buttons; returns when the action is over.
    static void approveTheOnlyItem(MainWindow &window) {
        window.showApprovals();
        auto *approvals = window.findChild<ApprovalsPage *>(QStringLiteral("approvalsPage"));
        auto *table = approvals->findChild<QTableView *>(QStringLiteral("approvalsTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, waitMs); // it arrives by itself
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 1)).center());
        QTest::keyClick(table, Qt::Key_Space);
        QTest::mouseClick(approvals->findChild<QPushButton *>(QStringLiteral("approveButton")), Qt::LeftButton);
        QTest::mouseClick(approvals->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("SLIPWAY_KEY_FILE", QFile::encodeName(m_dir.filePath(QStringLiteral("team.key"))));
        if (!testing::PrivatePgCluster::available())
            QSKIP("PostgreSQL 15 is not installed (tools/install-deps.sh installs it)");
        QString failed = m_cluster.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        failed = m_cluster.createDatabase(QStringLiteral("members"));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QString owner = m_cluster.uri(QStringLiteral("members"));
        QVERIFY(initializeDatabase(owner).ok());
        m_ownerStore = openStore(owner).value();
        m_setup = std::make_unique<Services>(*m_ownerStore, m_clock);
        QVERIFY(m_setup->directory.addLogin(QStringLiteral("carol"), {}, QStringLiteral("member"), {}, m_admin).ok());
        QVERIFY(m_setup->directory.addLogin(QStringLiteral("eng"), {}, QStringLiteral("engine"), {}, m_admin).ok());
        QVERIFY(m_setup->pipelines.save(QByteArray(teamPipeline), m_admin).ok());
    }

    void cleanupTestCase() {
        m_setup.reset();
        m_ownerStore.reset();
    }

    // A member's desktop on a team database with roles (issue 19): it runs nothing and writes no table, yet the
    // approval its user gives in the inbox goes through, carried out by the team's engine (another connection, as
    // an engine login), and the window shows the deployment moving on by itself.
    void aMembersDesktopApprovesThroughTheTeamsEngine() {
        EngineHost engine(storeFactory(loginUri(QStringLiteral("eng"))),
                          engineConfiguration(loginUri(QStringLiteral("eng"))));
        QSignalSpy engineStarted(&engine, &EngineHost::started);
        engine.start();
        QVERIFY(engineStarted.wait(waitMs));

        // GIVEN carol's desktop, a member's, with a release waiting for her approval on Prod
        Result<std::unique_ptr<AppSession>> session = AppSession::open(loginUri(QStringLiteral("carol")), {});
        QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
        QCOMPARE((*session)->store().role(), TeamRole::Member);
        // The team's key file is right there (SLIPWAY_KEY_FILE), yet a member's client does not open it.
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("team.key"))));
        QVERIFY(m_ownerStore->secrets().hasKey());
        QVERIFY(!(*session)->store().secrets().hasKey());
        GuiComposition gui(**session, GuiRun{true, false, true});
        MainWindow &window = gui.window();
        gui.startEngine();
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusUser"))->text(),
                 QStringLiteral("User: carol (member)"));
        QTRY_COMPARE_WITH_TIMEOUT(window.findChild<QLabel *>(QStringLiteral("statusEngine"))->text(),
                                  QStringLiteral("Engine: the team's engines"), waitMs);
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("Team");
        const qint64 release = m_setup->releases.create(request, m_admin).value().id;

        // WHEN she approves it in her inbox
        approveTheOnlyItem(window);
        auto *table = window.findChild<QTableView *>(QStringLiteral("approvalsTable"));

        // THEN the engine carried it out as carol, her inbox empties and Prod deploys, shown live on the release page
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, waitMs);
        window.openRelease(release);
        QTRY_COMPARE_WITH_TIMEOUT(stageStatusText(window, QStringLiteral("Prod")), QStringLiteral("Succeeded"), waitMs);
        // AND what is an admin's is disabled for her, saying why, while what she may do is there
        const QString why = QStringLiteral("Your login is a member of this team database: ask an admin to do this");
        for (const char *name : {"releaseAbandon", "releaseKeepForever", "editPipelineButton", "libraryNew",
                                 "libraryEdit", "libraryDelete"}) {
            auto *button = window.findChild<QPushButton *>(QLatin1String(name));
            QVERIFY2(button && !button->isEnabled(), name);
            QCOMPARE(button->toolTip(), why);
        }
        for (const char *name :
             {"actionNewPipeline", "actionImportDefinition", "actionEditPipeline", "actionAbandonRelease"}) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action && !action->isEnabled(), name);
        }
        // Cancelling and answering interventions are a member's too (through the engine), so nothing says otherwise.
        for (const char *name : {"cancelDeploymentButton", "resumeButton"})
            QVERIFY2(window.findChild<QPushButton *>(QLatin1String(name))->toolTip() != why, name);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionCancelDeployment"))->toolTip() != why);
        window.findChild<QAction *>(QStringLiteral("actionBack"))->trigger(); // to the grid
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionAbandonRelease"))->toolTip() == why);
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionAbandonRelease"))->isEnabled());
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("createReleaseButton"))->isEnabled());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionDeploy"))->isEnabled());
        QCOMPARE(m_cluster.sql(QStringLiteral("members"),
                               QStringLiteral("SELECT acted_by FROM approvals WHERE release_id = %1").arg(release)),
                 QStringLiteral("carol"));
        QCOMPARE(
            m_cluster.sql(QStringLiteral("members"), QStringLiteral("SELECT actor || ':' || status FROM requests")),
            QStringLiteral("carol:done"));
        gui.engine().stop(5000);
        engine.stop(5000);
    }

    // The team's engine is slow to answer: her window says that it waits and stays live meanwhile, and "Stop
    // waiting" takes the request back with nothing done.
    void aSlowAnswerShowsTheWaitAndStoppingTakesTheRequestBack() {
        Result<std::unique_ptr<AppSession>> session = AppSession::open(loginUri(QStringLiteral("carol")), {});
        QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
        GuiComposition gui(**session, GuiRun{true, false, true});
        MainWindow &window = gui.window();
        gui.startEngine();
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        {
            // GIVEN a release waiting for carol on Prod (a real engine deployed Dev), then only a connection that
            // counts as an engine (an engine login under the engine's name) and answers nothing
            EngineHost engine(storeFactory(loginUri(QStringLiteral("eng"))),
                              engineConfiguration(loginUri(QStringLiteral("eng"))));
            QSignalSpy engineStarted(&engine, &EngineHost::started);
            engine.start();
            QVERIFY(engineStarted.wait(waitMs));
            CreateReleaseRequest request;
            request.pipeline = QStringLiteral("Team");
            QVERIFY(m_setup->releases.create(request, m_admin).ok());
            window.showApprovals();
            auto *table = window.findChild<QTableView *>(QStringLiteral("approvalsTable"));
            QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, waitMs);
            engine.stop(5000);
        }
        const QString engines = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                                               "'slipway-engine'");
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster.sql(QStringLiteral("members"), engines), QStringLiteral("0"), waitMs);
        QProcess silent;
        silent.start(QStringLiteral("psql"),
                     {loginUri(QStringLiteral("eng")) + QStringLiteral("?application_name=slipway-engine"),
                      QStringLiteral("-qAtc"), QStringLiteral("SELECT pg_sleep(120)")});
        QVERIFY(silent.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster.sql(QStringLiteral("members"), engines), QStringLiteral("1"), waitMs);

        // WHEN she approves, watches the wait for a while, and stops waiting
        int ticksWhileWaiting = 0;
        QString shown;
        QTimer watcher;
        watcher.setInterval(20);
        QObject::connect(&watcher, &QTimer::timeout, &window, [&] {
            auto *wait = window.findChild<QProgressDialog *>(QStringLiteral("memberWaitDialog"));
            if (!wait || !wait->isVisible() || !shown.isEmpty())
                return;
            if (++ticksWhileWaiting < 10) // timers keep firing: the window is not frozen by the wait
                return;
            shown = wait->labelText();
            QTest::mouseClick(wait->findChild<QPushButton *>(), Qt::LeftButton);
        });
        watcher.start();
        approveTheOnlyItem(window); // returns once the action is over
        watcher.stop();

        // THEN she saw the wait, the request was taken back, nothing was approved, and she is told so
        QCOMPARE(shown, QStringLiteral("Waiting for the team's engine to carry out your request…"));
        QVERIFY(!window.findChild<QProgressDialog *>(QStringLiteral("memberWaitDialog")));
        QCOMPARE(m_cluster.sql(QStringLiteral("members"),
                               QStringLiteral("SELECT status FROM requests ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("withdrawn"));
        QCOMPARE(m_cluster.sql(QStringLiteral("members"),
                               QStringLiteral("SELECT count(*) FROM approvals WHERE status = 'pending'")),
                 QStringLiteral("1"));
        auto *problem = window.findChild<QLabel *>(QStringLiteral("approvalProblem"));
        QVERIFY2(problem->text().contains(QLatin1String("you stopped waiting: the request was taken back")),
                 qPrintable(problem->text()));
        QCOMPARE(window.findChild<QTableView *>(QStringLiteral("approvalsTable"))->model()->rowCount(), 1);
        m_cluster.sql(QStringLiteral("members"),
                      QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                     "application_name = 'slipway-engine'"));
        silent.waitForFinished();
        gui.engine().stop(5000);
    }

    // A manual intervention that names her: she resumes it from her inbox like an approval, the team's engine carries
    // it out under her login, and the deployment goes on.
    void aMemberResumesHerInterventionFromTheInbox() {
        const QByteArray sign = R"({"name": "Sign", "stages": [{"name": "Check", "trigger": {"type": "afterRelease"},
            "tasks": [{"name": "Look", "type": "manualIntervention", "instructions": "Look first",
                       "approvers": ["carol"], "timeout": "1h"}]}]})";
        QVERIFY(m_setup->pipelines.save(sign, m_admin).ok());
        EngineHost engine(storeFactory(loginUri(QStringLiteral("eng"))),
                          engineConfiguration(loginUri(QStringLiteral("eng"))));
        QSignalSpy engineStarted(&engine, &EngineHost::started);
        engine.start();
        QVERIFY(engineStarted.wait(waitMs));
        Result<std::unique_ptr<AppSession>> session = AppSession::open(loginUri(QStringLiteral("carol")), {});
        QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
        GuiComposition gui(**session, GuiRun{true, false, true});
        MainWindow &window = gui.window();
        gui.startEngine();
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Her window knows the team's engines once it has seen them; the intervention then reaches her inbox live.
        QTRY_COMPARE_WITH_TIMEOUT(window.findChild<QLabel *>(QStringLiteral("statusEngine"))->text(),
                                  QStringLiteral("Engine: the team's engines"), waitMs);
        window.showApprovals();
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("Sign");
        const Result<ReleaseRecord> created = m_setup->releases.create(request, m_admin);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        const qint64 release = created->id;

        window.showApprovals();
        auto *approvals = window.findChild<ApprovalsPage *>(QStringLiteral("approvalsPage"));
        auto *table = approvals->findChild<QTableView *>(QStringLiteral("approvalsTable"));
        // Her inbox may hold an approval from before; the intervention is the row of pipeline Sign.
        const auto signRow = [&] {
            for (int row = 0; row < table->model()->rowCount(); ++row)
                for (int column = 0; column < table->model()->columnCount(); ++column)
                    if (table->model()->index(row, column).data().toString().contains(QLatin1String("Sign")))
                        return row;
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(signRow() >= 0, waitMs);
        const int before = table->model()->rowCount();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(signRow(), 1)).center());
        QTest::keyClick(table, Qt::Key_Space);
        auto *resume = approvals->findChild<QPushButton *>(QStringLiteral("resumeButton"));
        QVERIFY(resume->isEnabled());
        QTest::mouseClick(resume, Qt::LeftButton);
        QTest::mouseClick(approvals->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), before - 1, waitMs);
        QCOMPARE(signRow(), -1);
        window.openRelease(release);
        QTRY_COMPARE_WITH_TIMEOUT(stageStatusText(window, QStringLiteral("Check")), QStringLiteral("Succeeded"),
                                  waitMs);
        QCOMPARE(m_cluster.sql(QStringLiteral("members"), QStringLiteral("SELECT actor || ':' || kind || ':' || status "
                                                                         "FROM requests ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("carol:intervention:done"));
        gui.engine().stop(5000);
        engine.stop(5000);
    }
};

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    MemberDesktopTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_memberdesktop.moc"
