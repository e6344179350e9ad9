#include "appsession.h"
#include "approvalspage.h"
#include "guiwiring.h"
#include "privatepgcluster.h"
#include "services/services.h"
#include "store/storefactory.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QElapsedTimer>

#include <unistd.h>

using namespace slipway;

namespace {
constexpr int waitMs = 60000;

QLabel *stageStatus(QWidget &window, const QString &stage) {
    QLabel *label = window.findChild<QLabel *>(QStringLiteral("stageStatus_") + stage);
    return label && label->isVisible() ? label : nullptr;
}

QString stageStatusText(QWidget &window, const QString &stage) {
    QLabel *label = stageStatus(window, stage);
    return label ? label->text() : QString();
}

// Dev waits for the file `go`; Prod follows Dev once carol approves.
QByteArray teamPipeline(const QString &go) {
    const QJsonObject waitForGo{
        {QStringLiteral("name"), QStringLiteral("wait")},
        {QStringLiteral("type"), QStringLiteral("script")},
        {QStringLiteral("script"), QStringLiteral("while [ ! -e '%1' ]; do sleep 0.05; done").arg(go)}};
    const QJsonObject quick{{QStringLiteral("name"), QStringLiteral("ship")},
                            {QStringLiteral("type"), QStringLiteral("command")},
                            {QStringLiteral("program"), QStringLiteral("true")}};
    const QJsonObject dev{
        {QStringLiteral("name"), QStringLiteral("Dev")},
        {QStringLiteral("trigger"), QJsonObject{{QStringLiteral("type"), QStringLiteral("afterRelease")}}},
        {QStringLiteral("tasks"), QJsonArray{waitForGo}}};
    const QJsonObject prod{
        {QStringLiteral("name"), QStringLiteral("Prod")},
        {QStringLiteral("trigger"), QJsonObject{{QStringLiteral("type"), QStringLiteral("afterStages")},
                                                {QStringLiteral("stages"), QJsonArray{QStringLiteral("Dev")}}}},
        {QStringLiteral("preApprovals"), QJsonObject{{QStringLiteral("approvers"), QJsonArray{QStringLiteral("carol")}},
                                                     {QStringLiteral("order"), QStringLiteral("anyOne")},
                                                     {QStringLiteral("timeout"), QStringLiteral("1h")}}},
        {QStringLiteral("tasks"), QJsonArray{quick}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Team")},
                                     {QStringLiteral("stages"), QJsonArray{dev, prod}}})
        .toJson();
}

// The other desktop: a whole window as the app wires it (app/gui.cpp), run by this binary with --peer, driven
// through stdin one command a line, answering on stdout:
//   create                 clicks Create release, then OK, then opens the new release    -> "created"
//   watch STAGE TEXT...    waits until the open release's STAGE card reads TEXT           -> "seen STAGE"
//   quit
class Peer final : public QObject {
public:
    explicit Peer(MainWindow &window) : m_window(window), m_input(STDIN_FILENO, QSocketNotifier::Read) {
        connect(&m_input, &QSocketNotifier::activated, this, &Peer::readCommands);
    }

private:
    MainWindow &m_window;
    QSocketNotifier m_input;
    QByteArray m_pending;

    static void say(const QByteArray &line) {
        fputs(QByteArray(line + '\n').constData(), stdout);
        fflush(stdout);
    }

    void readCommands() {
        char buffer[256];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) {
            m_input.setEnabled(false);
            QCoreApplication::quit();
            return;
        }
        m_pending.append(buffer, got);
        for (qsizetype end = m_pending.indexOf('\n'); end >= 0; end = m_pending.indexOf('\n')) {
            const QString line = QString::fromUtf8(m_pending.left(end));
            m_pending.remove(0, end + 1);
            run(line.split(QLatin1Char(' ')));
        }
    }

    void run(const QStringList &command) {
        if (command.first() == QLatin1String("create"))
            create();
        else if (command.first() == QLatin1String("watch") && command.size() >= 3)
            watch(command.at(1), command.mid(2).join(QLatin1Char(' ')));
        else if (command.first() == QLatin1String("quit"))
            QCoreApplication::quit();
    }

    // Runs `step` every 20 ms until it returns true or a minute is over (then `late`).
    void poll(std::function<bool()> step, std::function<void()> late) {
        auto *timer = new QTimer(this);
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        connect(timer, &QTimer::timeout, this, [timer, started, step = std::move(step), late = std::move(late)] {
            if (step() || (started->elapsed() > waitMs && (late(), true)))
                timer->deleteLater();
        });
        timer->start(20);
    }

    void create() {
        QTest::mouseClick(m_window.findChild<QPushButton *>(QStringLiteral("createReleaseButton")), Qt::LeftButton);
        poll(
            [this] {
                auto *ok = m_window.findChild<QPushButton *>(QStringLiteral("createReleaseOk"));
                if (!ok || !ok->isVisible())
                    return false;
                QTest::mouseClick(ok, Qt::LeftButton);
                openNewest();
                return true;
            },
            [] { say("timeout create"); });
    }

    void openNewest() {
        poll(
            [this] {
                auto *grid = m_window.findChild<QTableView *>(QStringLiteral("releaseGrid"));
                if (grid->model()->rowCount() == 0)
                    return false;
                const QRect cell = grid->visualRect(grid->model()->index(0, 0));
                QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, cell.center());
                QTest::mouseDClick(grid->viewport(), Qt::LeftButton, {}, cell.center());
                say("created");
                return true;
            },
            [] { say("timeout open"); });
    }

    void watch(const QString &stage, const QString &text) {
        poll([this, stage,
              text] { return stageStatusText(m_window, stage) == text && (say("seen " + stage.toUtf8()), true); },
             [this, stage] { say("timeout " + stage.toUtf8() + " " + stageStatusText(m_window, stage).toUtf8()); });
    }
};

int runPeer(const QString &location, const QString &user) {
    const testing::Actor actor = testing::actorOn(location, user);
    Result<std::unique_ptr<AppSession>> session = AppSession::open(actor.location, actor.user);
    if (!session) {
        fprintf(stderr, "peer: %s\n", qPrintable(session.error().message));
        return 2;
    }
    GuiComposition gui(**session, GuiRun{true, false, true});
    MainWindow &window = gui.window();
    gui.startEngine();
    window.selectFirstPipeline();
    window.resize(1100, 700);
    window.show();
    Peer peer(window);
    const int exitCode = QCoreApplication::exec();
    gui.engine().stop(5000);
    return exitCode;
}

} // namespace

// Two desktops on one database (issue 18): a release made in one window shows in the other with its live
// deployment, and an approval given in one shows in the other, without a refresh. The other desktop is a process
// of its own. On SQLite the file is shared; the @postgres variant shares a team database.
class TwoDesktopsTest final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_peer;
    QByteArray m_peerSaid;

    bool peerSaid(const QByteArray &line) {
        m_peerSaid += m_peer.readAllStandardOutput();
        return m_peerSaid.split('\n').contains(line);
    }
    void tellPeer(const QByteArray &command) { m_peer.write(command + '\n'); }

private Q_SLOTS:
    void initTestCase() { qputenv("SLIPWAY_KEY_FILE", QFile::encodeName(m_dir.filePath(QStringLiteral("team.key")))); }

    void cleanup() {
        if (m_peer.state() != QProcess::NotRunning) {
            tellPeer("quit");
            if (!m_peer.waitForFinished(15000))
                m_peer.kill();
        }
    }

    void aReleaseAndAnApprovalShowLiveOnTheOtherDesktop() {
        testing::TestDatabase database(m_dir.path(), QStringLiteral("desktops.db"));
        const QString go = m_dir.filePath(QStringLiteral("go"));
        const testing::Actor carol = testing::actorOn(database.location(), QStringLiteral("carol"));
        Result<std::unique_ptr<AppSession>> session = AppSession::open(carol.location, carol.user);
        QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
        Services &services = (*session)->services();
        for (const QString &user : {QStringLiteral("carol"), QStringLiteral("bob")})
            QVERIFY(services.directory.addUser(user, {}, Identity{QStringLiteral("setup")}).ok());
        QVERIFY(services.pipelines.save(teamPipeline(go), Identity{QStringLiteral("carol")}).ok());

        // GIVEN carol's desktop showing the pipeline's (empty) grid
        GuiComposition gui(**session, GuiRun{true, false, true});
        MainWindow &window = gui.window();
        gui.startEngine();
        window.selectFirstPipeline();
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *grid = window.findChild<QTableView *>(QStringLiteral("releaseGrid"));
        QAbstractItemModel *rows = grid->model();
        QAbstractItemModelTester tester(rows);
        QSignalSpy inserted(rows, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(rows, &QAbstractItemModel::modelReset);
        QCOMPARE(rows->rowCount(), 0);

        // WHEN bob, at his own desktop, creates a release
        m_peer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_peer.start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--peer"), database.location(), QStringLiteral("bob")});
        QVERIFY(m_peer.waitForStarted());
        tellPeer("create");
        QTRY_VERIFY_WITH_TIMEOUT(peerSaid("created"), waitMs);

        // THEN carol's grid gains the row by itself, as a row inserted (no reset), and its deployment runs live
        QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 1, waitMs);
        QVERIFY(inserted.count() >= 1);
        QCOMPARE(reset.count(), 0);
        const QRect cell = grid->visualRect(rows->index(0, 0));
        // A double-click as a mouse makes it: a click, then the second press (QTest's alone is not seen).
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(grid->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE_WITH_TIMEOUT(stageStatusText(window, QStringLiteral("Dev")), QStringLiteral("In progress"),
                                  waitMs);
        QWidget *devCard = window.findChild<QWidget *>(QStringLiteral("stageCard_Dev"));
        const int cardHeight = devCard->height();
        QVERIFY(QFile(go).open(QIODevice::WriteOnly)); // Dev's task ends
        QTRY_COMPARE_WITH_TIMEOUT(stageStatusText(window, QStringLiteral("Dev")), QStringLiteral("Succeeded"), waitMs);
        QCOMPARE(window.findChild<QWidget *>(QStringLiteral("stageCard_Dev"))->height(), cardHeight); // B2: no collapse

        // WHEN carol approves Prod in her inbox, where it appeared by itself
        tellPeer("watch Prod Succeeded");
        window.showApprovals();
        auto *approvals = window.findChild<ApprovalsPage *>(QStringLiteral("approvalsPage"));
        QVERIFY(approvals);
        auto *table = approvals->findChild<QTableView *>(QStringLiteral("approvalsTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, waitMs);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 1)).center());
        QTest::keyClick(table, Qt::Key_Space);
        QTest::mouseClick(approvals->findChild<QPushButton *>(QStringLiteral("approveButton")), Qt::LeftButton);
        QTest::mouseClick(approvals->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);

        // THEN bob's window, open on the release, sees Prod deploy and succeed
        QTRY_VERIFY_WITH_TIMEOUT(peerSaid("seen Prod"), waitMs);
        QVERIFY2(!m_peerSaid.contains("timeout"), m_peerSaid.constData());
        tellPeer("quit");
        QVERIFY(m_peer.waitForFinished(15000));
        QCOMPARE(m_peer.exitCode(), 0);
        gui.engine().stop(5000);
    }

    // The team server goes away under a window and comes back (PostgreSQL only: a cluster of the test's own, which it
    // may stop): the window says so, then reconnects by itself and shows what others commit again.
    void theWindowRidesOutTheTeamServerGoingAway() {
        if (testing::testServerUri().isEmpty())
            QSKIP("PostgreSQL only: the team server goes away");
        testing::PrivatePgCluster cluster;
        QString failed = cluster.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        failed = cluster.createDatabase(QStringLiteral("desktop"));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QString uri = cluster.uri(QStringLiteral("desktop"));
        const testing::Actor carol = testing::actorOn(uri, QStringLiteral("carol"));
        Result<std::unique_ptr<AppSession>> session = AppSession::open(carol.location, carol.user);
        QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
        const QByteArray pipeline = QStringLiteral("{\"name\":\"Team\",\"stages\":[{\"name\":\"Dev\",\"trigger\":"
                                                   "{\"type\":\"afterRelease\"},\"tasks\":[{\"name\":\"t\","
                                                   "\"type\":\"command\",\"program\":\"true\"}]}]}")
                                        .toUtf8();
        QVERIFY((*session)->services().pipelines.save(pipeline, Identity{QStringLiteral("carol")}).ok());
        GuiComposition gui(**session, GuiRun{true, false, true});
        MainWindow &window = gui.window();
        gui.startEngine();
        window.selectFirstPipeline();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModel *rows = window.findChild<QTableView *>(QStringLiteral("releaseGrid"))->model();
        QSignalSpy reset(rows, &QAbstractItemModel::modelReset);
        auto *engineState = window.findChild<QLabel *>(QStringLiteral("statusEngine"));
        QTRY_VERIFY_WITH_TIMEOUT(engineState->text().startsWith(QStringLiteral("Engine: running")), waitMs);

        // WHEN the server stops, THEN the window says the engine cannot reach it
        QVERIFY(cluster.stopServer().isEmpty());
        auto *banner = window.findChild<QWidget *>(QStringLiteral("engineProblemBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), waitMs);
        const QString said = banner->findChild<QLabel *>(QStringLiteral("engineProblemBannerText"))->text();
        QVERIFY2(said.contains(QStringLiteral("cannot reach the team database")), qPrintable(said));

        // WHEN it is back, THEN the banner goes by itself, and a release made elsewhere shows and deploys live
        QVERIFY(cluster.startServer().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), waitMs);
        std::unique_ptr<Store> elsewhere = openStore(uri).value();
        SystemClock clock;
        Services services(*elsewhere, clock);
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("Team");
        QVERIFY(services.releases.create(request, Identity{QStringLiteral("bob")}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 1, waitMs);
        QCOMPARE(reset.count(), 0);
        gui.engine().stop(5000);
    }
};

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc >= 4 && qstrcmp(argv[1], "--peer") == 0)
        return runPeer(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TwoDesktopsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_twodesktops.moc"
