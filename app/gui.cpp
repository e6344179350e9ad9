#include "gui.h"

#include "apppreferences.h"
#include "appsession.h"
#include "arguments.h"
#include "databaseconnector.h"
#include "databaseopen.h"
#include "errortext.h"
#include "guiwiring.h"
#include "samplepipeline.h"
#include "screenfit.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

namespace slipway {

namespace {

int fail(const QString &message, bool interactive) {
    QTextStream(stderr) << "slipway: " << message << "\n";
    if (interactive)
        QMessageBox::critical(nullptr, QApplication::translate("Gui", "Slipway cannot start"), message);
    return 1;
}

// The database and the user: the command line and $SLIPWAY_USER win over what Settings keep. A database
// that cannot be used offers another file, a new one, or quitting; the bad file stays as it is.
// A team server's password comes from `keyring` (Settings keep the URI without it).
Result<std::unique_ptr<AppSession>> openSession(const Arguments &arguments, bool interactive,
                                                AppPreferences &preferences, const Preferences &kept,
                                                PasswordKeyring &keyring) {
    const QString given = arguments.value(QStringLiteral("database"));
    const QString database = given.isEmpty() ? kept.database : given;
    // The display name acts on whichever file opens; a team database acts as its login (AppSession::actingUser).
    const QString user = arguments.value(QStringLiteral("user"));
    if (!interactive)
        return AppSession::open(database, user, &keyring, kept.displayName);
    QString openedPath;
    Result<std::unique_ptr<AppSession>> opened =
        openSessionAsking(database, user, DatabaseChooser{}, &openedPath, &keyring, kept.displayName);
    if (opened && given.isEmpty() && openedPath != AppSession::resolvePath(database)) {
        Preferences chosen = kept;
        chosen.database = openedPath; // the next start opens what was chosen, not the broken file
        preferences.save(chosen);
    }
    return opened;
}

// The REST server shares the window's thread and services; the engine has its own thread. --listen
// serves for this run; otherwise Settings decide, and are remembered.
Status startRest(GuiComposition &gui, const QString &listen, bool interactive) {
    if (!listen.isEmpty()) {
        if (Result<QString> served = gui.rest().start(listen); !served)
            return served.error();
    } else if (interactive) {
        gui.rest().restoreFromSettings();
    }
    gui.window().setRestState(restStateText(gui.rest().servedAddress()));
    return {};
}

// Renders `shown` into `file` once the window is on screen, then ends the run (1 when it cannot be written).
void saveScreenshotAndExit(QApplication &app, QWidget *shown, const QString &file) {
    QTimer::singleShot(0, shown, [&app, shown, file] {
        const bool saved = shown->grab().save(file, "PNG");
        if (!saved)
            QTextStream(stderr) << "slipway: cannot write the screenshot " << file << "\n";
        app.exit(saved ? 0 : 1);
    });
}

} // namespace

int runGui(QApplication &app, const Arguments &arguments) {
    const QString screenshot = arguments.value(QStringLiteral("screenshot"));
    const QString listen = arguments.value(QStringLiteral("listen"));
    const bool interactive = screenshot.isEmpty();
    AppPreferences preferences;
    const Preferences kept = preferences.load();
    if (kept.theme != QLatin1String("system"))
        applyTheme(kept.theme);
    const auto keyring = std::make_shared<SystemKeyring>();
    Result<std::unique_ptr<AppSession>> opened = openSession(arguments, interactive, preferences, kept, *keyring);
    if (!opened)
        return fail(opened.error().message, false); // the user chose to quit, or a screenshot cannot start
    AppSession &session = **opened;
    // Every window (dialogs too) opens within its screen, at any scale factor (B37).
    ScreenFitFilter screenFit;
    app.installEventFilter(&screenFit);
    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (Result<qint64> sample = ensureSamplePipeline(session, dataFolder); !sample)
        return fail(
            QApplication::translate("Gui", "Could not create the sample pipeline: %1").arg(errorText(sample.error())),
            interactive);

    GuiComposition gui(session, {interactive, kept.notifications, listen.isEmpty()});
    if (Status served = startRest(gui, listen, interactive); !served)
        return fail(errorText(served.error()), interactive);
    MainWindow &window = gui.window();
    window.setPreferences(&preferences);
    window.setDatabaseConnector(databaseConnector(keyring));
    app.setQuitOnLastWindowClosed(false);
    gui.startEngine();
    window.selectFirstPipeline();
    // Size, splitter and last pipeline as the last run left them; a screenshot keeps the defaults.
    QSettings layout;
    if (interactive)
        window.setLayoutStore(&layout);
    window.show();
    WindowPages pages(window);
    QWidget *dialog = openPage(pages, arguments.page());
    if (!interactive)
        saveScreenshotAndExit(app, dialog ? dialog : &window, screenshot);
    const int exitCode = app.exec();
    gui.engine().stop(5000); // running deployments get a few seconds, then are recorded as interrupted
    return exitCode;
}

} // namespace slipway
