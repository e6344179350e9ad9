#include "gui.h"

#include "apppreferences.h"
#include "appsession.h"
#include "databaseopen.h"
#include "engineconfiguration.h"
#include "mainwindow.h"
#include "pipelineeditor.h"
#include "pipelinetreemodel.h"
#include "releasegridmodel.h"
#include "approvalinboxmodel.h"
#include "guirestcontrol.h"
#include "quitguard.h"
#include "screenfit.h"
#include "settingsdialog.h"
#include "statuspresentation.h"
#include "rules/stagetriggers.h"
#include "traynotifier.h"
#include "samplepipeline.h"

#include "store/sqlitestore.h"

#include <QApplication>
#include <QtConcurrent/QtConcurrentRun>
#include <QAction>
#include <QCommandLineParser>
#include <QDialog>
#include <QFileInfo>
#include <QTabWidget>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QSet>
#include <QTimer>

namespace slipway {

namespace {

struct GuiOptions final {
    QString database;
    QString user;
    QString screenshot;
    QString listen;
    QString page;
};

GuiOptions parseOptions(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("Gui", "Slipway, a local-first release manager."));
    parser.addOptions({
        {QStringLiteral("database"), QApplication::translate("Gui", "SQLite file to use."), QStringLiteral("PATH")},
        {QStringLiteral("user"), QApplication::translate("Gui", "Act as this user."), QStringLiteral("NAME")},
        {QStringLiteral("screenshot"), QApplication::translate("Gui", "Save the window as a PNG, then exit."),
         QStringLiteral("FILE")},
        {QStringLiteral("listen"), QApplication::translate("Gui", "Also serve the REST API on this address."),
         QStringLiteral("ADDR:PORT")},
        {QStringLiteral("page"),
         QApplication::translate(
             "Gui",
             "Open this page first: approvals, dashboard, whatswhere, settings, release:ID[:TAB] or editor:ID[:TAB]."),
         QStringLiteral("PAGE")},
    });
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(arguments);
    return {parser.value(QStringLiteral("database")), parser.value(QStringLiteral("user")),
            parser.value(QStringLiteral("screenshot")), parser.value(QStringLiteral("listen")),
            parser.value(QStringLiteral("page"))};
}

int fail(const QString &message, bool interactive) {
    QTextStream(stderr) << "slipway: " << message << "\n";
    if (interactive)
        QMessageBox::critical(nullptr, QApplication::translate("Gui", "Slipway cannot start"), message);
    return 1;
}

} // namespace

int runGui(QApplication &app) {
    const GuiOptions options = parseOptions(app.arguments());
    const bool interactive = options.screenshot.isEmpty();
    // The command line and $SLIPWAY_USER win over what Settings keep.
    AppPreferences preferences;
    const Preferences kept = preferences.load();
    const QString database = options.database.isEmpty() ? kept.database : options.database;
    const QString user =
        options.user.isEmpty() && qEnvironmentVariableIsEmpty("SLIPWAY_USER") ? kept.displayName : options.user;
    if (kept.theme != QLatin1String("system"))
        applyTheme(kept.theme);
    // A database that cannot be used offers another file, a new one, or quitting; the bad file stays as it is.
    QString openedPath;
    Result<std::unique_ptr<AppSession>> opened = interactive
                                                     ? openSessionAsking(database, user, DatabaseChooser{}, &openedPath)
                                                     : AppSession::open(database, user);
    if (!opened)
        return fail(opened.error().message, false); // the user chose to quit, or a screenshot cannot start
    AppSession &session = **opened;
    if (interactive && options.database.isEmpty() && openedPath != AppSession::resolvePath(database)) {
        Preferences chosen = kept;
        chosen.database = openedPath; // the next start opens what was chosen, not the broken file
        preferences.save(chosen);
    }
    // Every window (dialogs too) opens within its screen, at any scale factor (B37).
    ScreenFitFilter screenFit;
    app.installEventFilter(&screenFit);

    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (Result<qint64> sample = ensureSamplePipeline(session, dataFolder); !sample)
        return fail(
            QApplication::translate("Gui", "Could not create the sample pipeline: %1").arg(sample.error().message),
            interactive);

    Services &services = session.services();
    PipelineTreeModel pipelines(services.queries, services.notifier);
    auto makeGrid = [&services](qint64 pipelineId) {
        return std::make_unique<ReleaseGridModel>(services.queries, services.notifier, pipelineId);
    };
    // The REST server shares the window's thread and services; the engine has its own thread. --listen
    // serves for this run; otherwise Settings decide, and are remembered.
    GuiRestControl restControl(services, options.listen.isEmpty());
    if (!options.listen.isEmpty()) {
        if (Result<QString> served = restControl.start(options.listen); !served)
            return fail(served.error().message, interactive);
    } else if (interactive) {
        restControl.restoreFromSettings();
    }
    const QString restState = restStateText(restControl.servedAddress());
    const StatusInfo status{session.store().location(), session.identity().userName,
                            QApplication::translate("Gui", "Engine: starting"), restState};
    ApprovalInboxModel inbox({services.approvals, services.inbox, services.queries, services.notifier}, session.clock(),
                             session.identity());
    MainWindow window(pipelines, makeGrid, status);
    window.setRestControl(&restControl);
    window.setPreferences(&preferences);
    // The dashboard's figures on a worker thread, with a connection of its own (SQLite connections belong
    // to one thread): a year of a large history takes seconds, and the window stays responsive meanwhile.
    if (interactive) // a screenshot renders at once, so it computes on the spot
        window.setMetricsSource(
            [databasePath = session.store().location()](qint64 pipelineId, const QDateTime &from, const QDateTime &to) {
                return QtConcurrent::run([databasePath, pipelineId, from, to]() -> Result<PipelineMetrics> {
                    Result<std::unique_ptr<SqliteStore>> store = SqliteStore::open(databasePath);
                    if (!store)
                        return store.error();
                    SystemClock clock;
                    Services services(**store, clock);
                    return services.history.metrics(pipelineId, from, to);
                });
            });
    window.setReleaseActions({services, session.identity()});
    window.addApprovalsPage(inbox, {services.approvals, services.deployments, services.directory, services.inbox,
                                    session.clock(), session.identity()});

    // Tray notifications: approvals that arrive, and the end of deployments this user requested.
    TrayNotifier tray;
    notifyArrivingApprovals(inbox, tray);
    tray.setShowMessages(kept.notifications);
    QObject::connect(&window, &MainWindow::preferencesChanged, &tray,
                     [&tray](const Preferences &chosen) { tray.setShowMessages(chosen.notifications); });
    QObject::connect(&tray, &TrayNotifier::notified, &window, [&window](const QString &title, const QString &message) {
        window.showStatusMessage(title + QStringLiteral(": ") + message);
    });
    QSet<qint64> announced;

    // The engine runs on its own thread with its own connection; its changes reach the models here.
    const EngineConfig engineConfig = engineConfiguration(session.store().location());
    EngineHost engine(storeFactory(session.store().location()), engineConfig);
    // Closing with deployments active asks first; "keep running" lives on without the window (B7).
    app.setQuitOnLastWindowClosed(false);
    QuitGuard guard(window, [&services, owner = engineConfig.owner.id] { return activeDeployments(services, owner); });
    QObject::connect(&guard, &QuitGuard::quit, &app, &QCoreApplication::quit);
    QObject::connect(&guard, &QuitGuard::activeChanged, &window, [&window, &engine](int active) {
        if (engine.isRunning())
            window.setEngineState(QApplication::translate("Gui", "Engine: running, %n active", nullptr, active));
    });
    for (auto changed : {&EngineHost::started, &EngineHost::externalChange})
        QObject::connect(&engine, changed, &guard, &QuitGuard::recheck);
    QObject::connect(&engine, &EngineHost::activeCountChanged, &guard, &QuitGuard::recheck);
    QObject::connect(&engine, &EngineHost::deploymentChanged, &guard, &QuitGuard::recheck);
    QObject::connect(&tray, &TrayNotifier::showWindowRequested, &guard, &QuitGuard::showWindow);
    QObject::connect(&tray, &TrayNotifier::approvalsRequested, &window, [&guard, &window] {
        guard.showWindow();
        window.showApprovals();
    });
    QObject::connect(&tray, &TrayNotifier::quitRequested, &window, &MainWindow::requestQuit);
    QObject::connect(&tray, &TrayNotifier::openRelease, &window,
                     [&window, &guard](qint64 pipelineId, qint64 releaseId) {
                         guard.showWindow();
                         window.selectPipeline(pipelineId);
                         window.openRelease(releaseId);
                     });
    QObject::connect(
        &engine, &EngineHost::deploymentChanged, &services.notifier,
        [&services, &tray, &announced, &session](qint64 pipelineId, qint64 releaseId, qint64 deploymentId) {
            Q_EMIT services.notifier.releaseChanged(pipelineId, releaseId);
            Result<DeploymentContext> d = services.deployments.deployment(deploymentId);
            if (!d || d->deployment.operationStatus != OperationStatus::Done ||
                d->deployment.requestedBy != session.identity().userName || announced.contains(deploymentId))
                return;
            announced.insert(deploymentId);
            tray.notify(QApplication::translate("Gui", "Deployment finished: %1")
                            .arg(stageStatusLabel(stageStatusOf(d->deployment.status, OperationStatus::Done))),
                        QApplication::translate("Gui", "%1 to %2").arg(d->releaseName, d->stageName), pipelineId,
                        releaseId);
        });
    QObject::connect(&engine, &EngineHost::externalChange, &window, &MainWindow::refreshFromDatabase);
    QObject::connect(&engine, &EngineHost::logAppended, &window, &MainWindow::refreshOpenRelease);
    QObject::connect(&engine, &EngineHost::deploymentChanged, &window, &MainWindow::refreshOpenRelease);
    QObject::connect(&engine, &EngineHost::failed, &window, [&window](const QString &message) {
        window.setEngineState(QApplication::translate("Gui", "Engine: stopped (%1)").arg(message));
        window.showEngineProblem(message);
    });
    // A database the engine cannot use (damaged, read-only, full, locked) is said in the window, not only on stderr.
    QObject::connect(&engine, &EngineHost::problem, &window, &MainWindow::showEngineProblem);
    QObject::connect(&engine, &EngineHost::problemCleared, &window, &MainWindow::clearEngineProblem);
    // A screenshot only renders: it must not start (and then cut short) the sample's deployment.
    if (interactive)
        engine.start();
    else
        window.setEngineState(QApplication::translate("Gui", "Engine: not started (screenshot)"));

    const QString installedGuide = QStringLiteral(SLIPWAY_DOCS_INSTALLED "/user-guide.md");
    window.setDocumentation(QFileInfo::exists(installedGuide) ? installedGuide
                                                              : QStringLiteral(SLIPWAY_DOCS_SOURCE "/user-guide.md"));
    window.selectFirstPipeline();
    // Size, splitter and last pipeline as the last run left them; a screenshot keeps the defaults.
    QSettings layout;
    if (interactive)
        window.setLayoutStore(&layout);
    window.show();
    QWidget *shown = &window; // what --screenshot renders
    if (options.page == QLatin1String("approvals")) {
        window.showApprovals();
    } else if (options.page.startsWith(QLatin1String("release:"))) { // release:ID or release:ID:TAB
        const QStringList parts = options.page.split(QLatin1Char(':'));
        window.openRelease(parts.value(1).toLongLong());
        if (parts.size() > 2)
            if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("releaseTabs")))
                tabs->setCurrentIndex(parts.value(2).toInt());
    } else if (options.page == QLatin1String("dashboard")) {
        window.showDashboard();
    } else if (options.page == QLatin1String("whatswhere")) {
        window.showWhatsWhere();
    } else if (options.page == QLatin1String("settings")) {
        window.findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
        if (auto *dialog = window.findChild<QDialog *>(QStringLiteral("settingsDialog")))
            shown = dialog;
    } else if (options.page.startsWith(QLatin1String("editor"))) { // editor, editor:ID, editor:ID:TAB
        const QStringList parts = options.page.split(QLatin1Char(':'));
        PipelineEditorDialog *editor = window.openPipelineEditor(parts.value(1).toLongLong());
        if (editor && parts.size() > 2)
            editor->findChild<QTabWidget *>(QStringLiteral("editorTabs"))->setCurrentIndex(parts.value(2).toInt());
        if (editor)
            shown = editor;
    }

    if (!options.screenshot.isEmpty()) {
        QTimer::singleShot(0, &window, [&] {
            const bool saved = shown->grab().save(options.screenshot, "PNG");
            if (!saved)
                QTextStream(stderr) << "slipway: cannot write the screenshot " << options.screenshot << "\n";
            app.exit(saved ? 0 : 1);
        });
    }
    const int exitCode = app.exec();
    engine.stop(5000); // running deployments get a few seconds, then are recorded as interrupted
    return exitCode;
}

} // namespace slipway
