#include "appsession.h"
#include "approvalspage.h"
#include "engineconfiguration.h"
#include "guiwiring.h"
#include "privatepgcluster.h"
#include "services/services.h"
#include "store/storefactory.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

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

private Q_SLOTS:
    void initTestCase() { qputenv("SLIPWAY_KEY_FILE", QFile::encodeName(m_dir.filePath(QStringLiteral("team.key")))); }

    // A member's desktop on a team database with roles (issue 19): it runs nothing and writes no table, yet the
    // approval its user gives in the inbox goes through, carried out by the team's engine (another connection, as
    // an engine login), and the window shows the deployment moving on by itself.
    void aMembersDesktopApprovesThroughTheTeamsEngine() {
        if (!testing::PrivatePgCluster::available())
            QSKIP("PostgreSQL 15 is not installed (tools/install-deps.sh installs it)");
        testing::PrivatePgCluster cluster;
        QString failed = cluster.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        failed = cluster.createDatabase(QStringLiteral("members"));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QString owner = cluster.uri(QStringLiteral("members"));
        auto loginUri = [&owner](const QString &login) {
            return QString(owner).replace(QLatin1String("postgresql://slipway@"),
                                          QStringLiteral("postgresql://%1@").arg(login));
        };
        QVERIFY(initializeDatabase(owner).ok());
        std::unique_ptr<Store> ownerStore = openStore(owner).value();
        SystemClock clock;
        Services setup(*ownerStore, clock);
        const Identity admin{QStringLiteral("slipway")};
        QVERIFY(setup.directory.addLogin(QStringLiteral("carol"), {}, QStringLiteral("member"), {}, admin).ok());
        QVERIFY(setup.directory.addLogin(QStringLiteral("eng"), {}, QStringLiteral("engine"), {}, admin).ok());
        QVERIFY(setup.pipelines.save(QByteArray(teamPipeline), admin).ok());
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
        QVERIFY(ownerStore->secrets().hasKey());
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
        const qint64 release = setup.releases.create(request, admin).value().id;
        window.showApprovals();
        auto *approvals = window.findChild<ApprovalsPage *>(QStringLiteral("approvalsPage"));
        auto *table = approvals->findChild<QTableView *>(QStringLiteral("approvalsTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, waitMs); // it arrives by itself

        // WHEN she approves it there
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 1)).center());
        QTest::keyClick(table, Qt::Key_Space);
        QTest::mouseClick(approvals->findChild<QPushButton *>(QStringLiteral("approveButton")), Qt::LeftButton);
        QTest::mouseClick(approvals->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);

        // THEN the engine carried it out as carol, her inbox empties and Prod deploys, shown live on the release page
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, waitMs);
        window.openRelease(release);
        QTRY_COMPARE_WITH_TIMEOUT(stageStatusText(window, QStringLiteral("Prod")), QStringLiteral("Succeeded"), waitMs);
        QCOMPARE(cluster.sql(QStringLiteral("members"),
                             QStringLiteral("SELECT acted_by FROM approvals WHERE release_id = %1").arg(release)),
                 QStringLiteral("carol"));
        QCOMPARE(cluster.sql(QStringLiteral("members"), QStringLiteral("SELECT actor || ':' || status FROM requests")),
                 QStringLiteral("carol:done"));
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
