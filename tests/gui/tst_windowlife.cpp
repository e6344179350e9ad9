// The window's life: asking before a quit leaves deployments behind, a database that cannot be opened,
// the remembered layout, fitting the screen, the tray, the user guide, the dark theme, engine problems.
#include "databaseopen.h"
#include "enginefixture.h"
#include "pipelineeditor.h"
#include "preferences.h"
#include "quitguard.h"
#include "samplepipeline.h"
#include "screenfit.h"
#include "traynotifier.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <memory>

#include <unistd.h>

using namespace slipway;
using namespace slipway::testing;

namespace {

// Clicks the button `name` of the next modal message box (within 3 s), as a user answers it.
void answerNextMessageBox(const QString &name, QString *text = nullptr) {
    auto answer = std::make_shared<std::function<void(int)>>();
    // Only the pending timer owns the function: a strong self-reference would never be freed (LeakSanitizer).
    const std::weak_ptr<std::function<void(int)>> self = answer;
    *answer = [name, text, self](int triesLeft) {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QPushButton *button = box ? box->findChild<QPushButton *>(name) : nullptr;
        if (!button) {
            if (const auto again = self.lock(); again && triesLeft > 0)
                QTimer::singleShot(10, [again, triesLeft] { (*again)(triesLeft - 1); });
            return;
        }
        if (text)
            *text = box->text();
        QTest::mouseClick(button, Qt::LeftButton);
    };
    QTimer::singleShot(0, [answer] { (*answer)(300); });
}

QByteArray md5Of(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Md5)
                                          : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

double luminance(const QColor &colour) {
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

// The WCAG contrast ratio: 1 (none) to 21 (black on white).
double contrast(const QColor &a, const QColor &b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool within(const QRect &outer, const QRect &inner) {
    return outer.contains(inner.topLeft()) && outer.contains(inner.bottomRight());
}

// Stands in for the engine host's problem signal, which the app connects to the window.
class FakeEngine final : public QObject {
    Q_OBJECT
Q_SIGNALS:
    void problem(const QString &message);
    void problemCleared();
};

} // namespace

class WindowLifeTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quittingWithActiveDeploymentsAsksFirst();
    void keepRunningLastsUntilNothingIsActive();
    void aBrokenDatabaseOffersAnotherOneAndIsLeftAlone();
    void theLayoutIsRememberedBetweenRuns();
    void everyWindowOpensWithinTheScreen();
    void theTrayMenuAndBalloonLeadToTheWindow();
    void f1OpensTheUserGuideOrSaysWhereItIs();
    void theDarkThemeKeepsCheckBoxesVisible();
    void engineProblemsShowInABanner();
};

void WindowLifeTest::quittingWithActiveDeploymentsAsksFirst() {
    QTemporaryDir dir;
    auto session = AppSession::open(dir.filePath(QStringLiteral("slipway.db")), QStringLiteral("newcomer"));
    QVERIFY(session.ok());
    WindowUnderTest ui(**session);
    MainWindow &window = ui.window;
    int active = 0;
    window.setActiveWork([&active] { return active; });
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window)); // Ctrl+Q is a window shortcut
    QSignalSpy quit(&window, &MainWindow::quitRequested);
    auto *quitAction = window.findChild<QAction *>(QStringLiteral("actionQuit"));
    QCOMPARE(quitAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));

    // GIVEN two active deployments, WHEN Ctrl+Q is pressed and the user answers Wait, THEN the window stays.
    active = 2;
    QString asked;
    answerNextMessageBox(QStringLiteral("quitWait"), &asked);
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    QVERIFY2(asked.contains(QStringLiteral("2 deployment")), qPrintable(asked));
    QVERIFY(window.isVisible());
    QCOMPARE(quit.count(), 0);
    // Keep running in the background: the window closes, the engine is to go on.
    answerNextMessageBox(QStringLiteral("quitKeepRunning"));
    quitAction->trigger();
    QVERIFY(!window.isVisible());
    QCOMPARE(quit.count(), 1);
    QCOMPARE(quit.takeFirst().at(0).toBool(), true);
    // Shown again and closed again, it asks again; Stop quits for good.
    window.show();
    answerNextMessageBox(QStringLiteral("quitStop"));
    window.close();
    QCOMPARE(quit.count(), 1);
    QCOMPARE(quit.takeFirst().at(0).toBool(), false);
    // With nothing active it does not ask.
    active = 0;
    int asks = 0;
    window.setQuitQuestion([&asks](QWidget *, int) {
        ++asks;
        return QuitChoice::Wait;
    });
    window.show();
    quitAction->trigger();
    QCOMPARE(asks, 0);
    QCOMPARE(quit.count(), 1);
}

void WindowLifeTest::keepRunningLastsUntilNothingIsActive() {
    // GIVEN a deployment that runs until a marker file appears, on this window's engine
    TestEnvironment env;
    const QString go = env.path(QStringLiteral("go"));
    QVERIFY(
        env.save(pipelineJson(QStringLiteral("P"),
                              {stageJson(QStringLiteral("Dev"), afterRelease,
                                         script(QStringLiteral("work"),
                                                QStringLiteral("while [ ! -f %1 ]; do sleep 0.05; done").arg(go)))}))
            .ok());
    EngineFixture fixture(env, QStringLiteral("window-engine"));
    WindowUnderTest ui(*env.services, env.clock, env.location());
    QuitGuard guard(ui.window, [&env] { return activeDeployments(*env.services, QStringLiteral("window-engine")); });
    connect(&fixture.engine, &DeploymentEngine::deploymentChanged, &guard, &QuitGuard::recheck);
    connect(&fixture.engine, &DeploymentEngine::activeCountChanged, &guard, &QuitGuard::recheck);
    QSignalSpy quit(&guard, &QuitGuard::quit);
    ui.window.show();
    const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
    QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Dev")), QStringLiteral("inProgress"), 15000);
    QCOMPARE(activeDeployments(*env.services, QStringLiteral("window-engine")), 1);
    QCOMPARE(activeDeployments(*env.services, QStringLiteral("another-engine")), 0); // not this window's

    // WHEN the window closes with "Keep running in the background"
    int askedAbout = 0;
    ui.window.setQuitQuestion([&askedAbout](QWidget *, int active) {
        askedAbout = active;
        return QuitChoice::KeepRunning;
    });
    ui.window.findChild<QAction *>(QStringLiteral("actionQuit"))->trigger();
    QCOMPARE(askedAbout, 1);
    QVERIFY(!ui.window.isVisible());
    QVERIFY(guard.inBackground());
    // THEN the app stays while the deployment runs
    QTest::qWait(0);
    guard.recheck();
    QTRY_COMPARE(guard.active(), 1);
    QCOMPARE(quit.count(), 0);
    // AND quits once it has finished
    writeFile(go, "go");
    QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Dev")), QStringLiteral("succeeded"), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(quit.count(), 1, 5000);
}

void WindowLifeTest::aBrokenDatabaseOffersAnotherOneAndIsLeftAlone() {
    QTemporaryDir dir;
    const QString garbage = dir.filePath(QStringLiteral("garbage.db"));
    writeFile(garbage, QByteArray(4096, '\x5a'));
    const QString fake = dir.filePath(QStringLiteral("fake.db"));
    writeFile(fake, QByteArray("SQLite format 3\0", 16) + QByteArray(8192, '\x01'));
    const QByteArray garbageSum = md5Of(garbage), fakeSum = md5Of(fake);

    // A file that is not SQLite: the message says so; Choose another file opens the one chosen.
    QStringList problems;
    DatabaseChooser chooser;
    chooser.ask = [&problems](const QString &problem) {
        problems << problem;
        return DatabaseRecovery::ChooseAnother;
    };
    QStringList offered{fake, dir.filePath(QStringLiteral("good.db"))};
    chooser.chooseExisting = [&offered] { return offered.takeFirst(); };
    QString opened;
    Result<std::unique_ptr<AppSession>> session = openSessionAsking(garbage, QStringLiteral("me"), chooser, &opened);
    QVERIFY(session.ok());
    QCOMPARE(opened, dir.filePath(QStringLiteral("good.db")));
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems[0].contains(garbage + QStringLiteral(" is not a Slipway database")), qPrintable(problems[0]));
    QVERIFY2(problems[1].contains(fake + QStringLiteral(" is not a Slipway database")), qPrintable(problems[1]));
    // Neither bad file was touched.
    QCOMPARE(md5Of(garbage), garbageSum);
    QCOMPARE(md5Of(fake), fakeSum);
    QVERIFY(!QFileInfo::exists(fake + QStringLiteral("-wal")));

    // Through the real message box: Create a new database (an existing file is refused), then Quit.
    DatabaseChooser asking;
    QStringList created{garbage, dir.filePath(QStringLiteral("new.db"))};
    asking.chooseNew = [&created] { return created.takeFirst(); };
    QString shown;
    answerNextMessageBox(QStringLiteral("databaseCreateNew"), &shown);
    QTimer::singleShot(50, this, [] { answerNextMessageBox(QStringLiteral("databaseCreateNew")); });
    session = openSessionAsking(garbage, QStringLiteral("me"), asking, &opened);
    QVERIFY(session.ok());
    QCOMPARE(opened, dir.filePath(QStringLiteral("new.db")));
    QVERIFY2(shown.contains(QStringLiteral("is not a Slipway database")), qPrintable(shown));
    QCOMPARE(md5Of(garbage), garbageSum);
    answerNextMessageBox(QStringLiteral("databaseQuit"));
    QVERIFY(!openSessionAsking(garbage, QStringLiteral("me"), asking).ok());

    // A read-only database is named as such (root may write anything, so only as another user).
    const Error readOnly = Error::storage(QStringLiteral("attempt to write a readonly database"));
    QVERIFY(databaseProblem(fake, readOnly).contains(fake + QStringLiteral(" is read-only")));
    if (::geteuid() != 0) {
        const QString locked = dir.filePath(QStringLiteral("good.db"));
        QFile::setPermissions(locked, QFile::ReadOwner);
        QVERIFY(databaseProblemBeforeOpening(locked).contains(QStringLiteral("is read-only")));
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner);
    }
}

void WindowLifeTest::theLayoutIsRememberedBetweenRuns() {
    QTemporaryDir dir;
    auto session = AppSession::open(dir.filePath(QStringLiteral("slipway.db")), QStringLiteral("newcomer"));
    QVERIFY(session.ok());
    Services &services = (*session)->services();
    QVERIFY(ensureSamplePipeline(**session, dir.path()).ok());
    const qint64 billing =
        services.pipelines
            .save(simplePipeline(QStringLiteral("Billing"), {QStringLiteral("Dev")}), Identity{QStringLiteral("lead")})
            ->pipelineId;
    QSettings settings(dir.filePath(QStringLiteral("layout.ini")), QSettings::IniFormat);
    QList<int> sizes;
    {
        // GIVEN a run that resized the window and the tree pane and showed Billing
        WindowUnderTest ui(**session);
        ui.window.selectFirstPipeline();
        ui.window.setLayoutStore(&settings);
        ui.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ui.window));
        ui.window.resize(700, 520);
        auto *splitter = ui.window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({120, 580});
        sizes = splitter->sizes();
        ui.window.selectPipeline(billing);
        ui.window.findChild<QAction *>(QStringLiteral("actionQuit"))->trigger();
    }
    {
        // WHEN the next run starts, THEN all of it is back
        WindowUnderTest ui(**session);
        ui.window.selectFirstPipeline();
        ui.window.setLayoutStore(&settings);
        ui.window.show();
        QCOMPARE(ui.window.size(), QSize(700, 520));
        QCOMPARE(ui.window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
        QCOMPARE(ui.window.findChild<QLabel *>(QStringLiteral("pipelineTitle"))->text(), QStringLiteral("Billing"));
        ui.window.showMaximized();
        QTRY_VERIFY(ui.window.isMaximized());
        ui.window.close();
    }
    WindowUnderTest ui(**session);
    ui.window.setLayoutStore(&settings);
    ui.window.show();
    QTRY_VERIFY(ui.window.isMaximized());
}

void WindowLifeTest::everyWindowOpensWithinTheScreen() {
    QTemporaryDir dir;
    auto session = AppSession::open(dir.filePath(QStringLiteral("slipway.db")), QStringLiteral("newcomer"));
    QVERIFY(session.ok());
    const qint64 sample = *ensureSamplePipeline(**session, dir.path());
    ScreenFitFilter fit; // as the app installs it
    qApp->installEventFilter(&fit);
    // A layout saved on a larger screen (or at a smaller scale) than this one.
    QSettings settings(dir.filePath(QStringLiteral("layout.ini")), QSettings::IniFormat);
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    {
        WindowUnderTest ui(**session);
        ui.window.setLayoutStore(&settings);
        ui.window.setGeometry(QRect(available.topLeft() + QPoint(200, 100), available.size() * 2));
        ui.window.close();
    }
    WindowUnderTest ui(**session, true);
    MemoryPreferences preferences;
    ui.window.setPreferences(&preferences);
    ui.window.setLayoutStore(&settings);
    ui.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ui.window));
    QVERIFY(ui.window.minimumSize().width() <= 640 && ui.window.minimumSize().height() <= 480);
    QVERIFY(ui.window.minimumSizeHint().width() <= 640);
    QVERIFY2(within(available, ui.window.frameGeometry()), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                                          .arg(ui.window.frameGeometry().x())
                                                                          .arg(ui.window.frameGeometry().y())
                                                                          .arg(ui.window.frameGeometry().width())
                                                                          .arg(ui.window.frameGeometry().height())));
    // The dialogs it opens too: Settings, and the pipeline editor (a large dialog).
    ui.window.findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
    auto *settingsDialog = ui.window.findChild<QDialog *>(QStringLiteral("settingsDialog"));
    QTRY_VERIFY(settingsDialog->isVisible());
    QVERIFY(within(available, settingsDialog->frameGeometry()));
    settingsDialog->reject();
    PipelineEditorDialog *editor = ui.window.openPipelineEditor(sample);
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    QVERIFY(within(available, editor->frameGeometry()));
    editor->close();
    qApp->removeEventFilter(&fit);
}

void WindowLifeTest::theTrayMenuAndBalloonLeadToTheWindow() {
    TrayNotifier tray;
    QSignalSpy show(&tray, &TrayNotifier::showWindowRequested);
    QSignalSpy approvals(&tray, &TrayNotifier::approvalsRequested);
    QSignalSpy quit(&tray, &TrayNotifier::quitRequested);
    QSignalSpy open(&tray, &TrayNotifier::openRelease);
    QMenu *menu = tray.menu();
    QVERIFY(menu);
    QStringList items;
    for (QAction *action : menu->actions())
        if (!action->isSeparator())
            items << action->objectName();
    QCOMPARE(items,
             (QStringList{QStringLiteral("trayShow"), QStringLiteral("trayApprovals"), QStringLiteral("trayQuit")}));
    menu->findChild<QAction *>(QStringLiteral("trayShow"))->trigger();
    menu->findChild<QAction *>(QStringLiteral("trayApprovals"))->trigger();
    menu->findChild<QAction *>(QStringLiteral("trayQuit"))->trigger();
    QCOMPARE(show.count(), 1);
    QCOMPARE(approvals.count(), 1);
    QCOMPARE(quit.count(), 1);
    // The balloon is about a release: clicking it opens that release.
    tray.notify(QStringLiteral("Deployment finished"), QStringLiteral("Release-3 to Dev"), 7, 42);
    tray.openLastNotified();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), qint64(7));
    QCOMPARE(open.at(0).at(1).toLongLong(), qint64(42));
}

void WindowLifeTest::f1OpensTheUserGuideOrSaysWhereItIs() {
    QTemporaryDir dir;
    auto session = AppSession::open(dir.filePath(QStringLiteral("slipway.db")), QStringLiteral("newcomer"));
    QVERIFY(session.ok());
    const QString guide = dir.filePath(QStringLiteral("user-guide.md"));
    writeFile(guide, "# Slipway user guide\n");
    WindowUnderTest ui(**session);
    ui.window.setDocumentation(guide);
    QList<QUrl> opened;
    bool launcher = true;
    ui.window.setUrlOpener([&](const QUrl &url) {
        opened << url;
        return launcher;
    });
    ui.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&ui.window));
    QTest::keyClick(&ui.window, Qt::Key_F1);
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(guide)});
    QVERIFY(!ui.window.findChild<QMessageBox *>(QStringLiteral("documentationMessage")));
    // No launcher: a message says where the guide is.
    launcher = false;
    QTest::keyClick(&ui.window, Qt::Key_F1);
    auto *message = ui.window.findChild<QMessageBox *>(QStringLiteral("documentationMessage"));
    QVERIFY(message);
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(guide), qPrintable(message->text()));
    message->accept();
}

void WindowLifeTest::theDarkThemeKeepsCheckBoxesVisible() {
    applyTheme(QStringLiteral("dark"));
    const QPalette palette = QApplication::palette();
    QVERIFY(palette.color(QPalette::Window).lightness() < 80);
    // Text on its backgrounds, enabled and disabled.
    QVERIFY(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 4.5);
    QVERIFY(contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 4.5);
    QVERIFY(contrast(palette.color(QPalette::ButtonText), palette.color(QPalette::Button)) >= 4.5);
    QVERIFY(contrast(palette.color(QPalette::Disabled, QPalette::Text),
                     palette.color(QPalette::Disabled, QPalette::Base)) >= 2.5);
    // Fusion fills an unticked box with Base and outlines it from Window: Base must stand apart.
    QVERIFY2(contrast(palette.color(QPalette::Base), palette.color(QPalette::Window)) >= 1.4,
             qPrintable(QString::number(contrast(palette.color(QPalette::Base), palette.color(QPalette::Window)))));
    QVERIFY(palette.color(QPalette::Light) != palette.color(QPalette::Dark));
    // What a person sees: the unticked box drawn in the dark theme differs from the background around it.
    QCheckBox box(QStringLiteral("Keep forever"));
    box.setPalette(palette);
    box.resize(box.sizeHint());
    const QImage shot = box.grab().toImage();
    QStyleOptionButton option;
    option.initFrom(&box);
    const QRect indicator = box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
    const QColor background = palette.color(QPalette::Window);
    double strongest = 1;
    for (int y = indicator.top(); y <= indicator.bottom(); ++y)
        for (int x = indicator.left(); x <= indicator.right(); ++x)
            strongest =
                std::max(strongest,
                         contrast(QColor(shot.pixel(x * shot.width() / box.width(), y * shot.height() / box.height())),
                                  background));
    QVERIFY2(strongest >= 1.4, qPrintable(QString::number(strongest)));
    applyTheme(QStringLiteral("system"));
}

void WindowLifeTest::engineProblemsShowInABanner() {
    QTemporaryDir dir;
    auto session = AppSession::open(dir.filePath(QStringLiteral("slipway.db")), QStringLiteral("newcomer"));
    QVERIFY(session.ok());
    WindowUnderTest ui(**session);
    ui.window.show();
    auto *banner = ui.window.findChild<QWidget *>(QStringLiteral("engineProblemBanner"));
    auto *state = ui.window.findChild<QLabel *>(QStringLiteral("statusEngine"));
    QVERIFY(!banner->isVisible());
    ui.window.setEngineState(QStringLiteral("Engine: running, 0 active"));
    // The engine's problem signal, as the app connects it (simulated here).
    FakeEngine engine;
    connect(&engine, &FakeEngine::problem, &ui.window, &MainWindow::showEngineProblem);
    connect(&engine, &FakeEngine::problemCleared, &ui.window, &MainWindow::clearEngineProblem);
    Q_EMIT engine.problem(QStringLiteral("the database /x/slipway.db is read-only"));
    QVERIFY(banner->isVisible());
    auto *text = banner->findChild<QLabel *>(QStringLiteral("engineProblemBannerText"));
    QVERIFY2(text->text().contains(QStringLiteral("/x/slipway.db is read-only")), qPrintable(text->text()));
    QCOMPARE(state->text(), QStringLiteral("Engine: problem"));
    ui.window.setEngineState(QStringLiteral("Engine: running, 1 active"));
    QCOMPARE(state->text(), QStringLiteral("Engine: problem"));
    // Cleared: the banner goes, the state is the latest.
    Q_EMIT engine.problemCleared();
    QVERIFY(!banner->isVisible());
    QCOMPARE(state->text(), QStringLiteral("Engine: running, 1 active"));
    // Dismissed by the user: it comes back only with the next problem.
    ui.window.showEngineProblem(QStringLiteral("the disk is full"));
    QTest::mouseClick(banner->findChild<QWidget *>(QStringLiteral("engineProblemBannerDismiss")), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

QTEST_MAIN(WindowLifeTest)
#include "tst_windowlife.moc"
