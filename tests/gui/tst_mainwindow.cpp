#include "appsession.h"
#include "guirestcontrol.h"
#include "mainwindow.h"
#include "pipelineeditor.h"
#include "pipelinedocumentmodel.h"
#include "pipelinetreemodel.h"
#include "releasegridmodel.h"
#include "samplepipeline.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QTabWidget>
#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QPalette>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace slipway;

using namespace slipway::testing;

namespace {
// The inbox's and the release actions' identity: the one the session resolved.
using slipway::testing::MemoryPreferences;
} // namespace

class MainWindowTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void settingsSwitchTheRestServerOnAndOff() {
        QTemporaryDir dir;
        auto session = AppSession::open(dir.filePath(QStringLiteral("slipway.db")), QStringLiteral("newcomer"));
        QVERIFY(session.ok());
        WindowUnderTest ui(**session);
        Services &services = ui.services;
        MainWindow &window = ui.window;
        GuiRestControl rest(services, false);
        window.setRestControl(&rest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *state = window.findChild<QLabel *>(QStringLiteral("statusRest"));
        QCOMPARE(state->text(), QStringLiteral("REST: off"));

        auto openSettings = [&window]() -> QDialog * {
            window.findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
            auto *dialog = window.findChild<QDialog *>(QStringLiteral("settingsDialog"));
            return dialog && dialog->isVisible() ? dialog : nullptr;
        };
        // A bad address is explained in the dialog, which keeps what was typed.
        QDialog *dialog = openSettings();
        QVERIFY(dialog);
        dialog->findChild<QCheckBox *>(QStringLiteral("restEnabled"))->setChecked(true);
        auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("restAddress"));
        address->setText(QStringLiteral("not-an-address:80"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("settingsButtons"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("restProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("not an IP address")), qPrintable(problem->text()));
        QCOMPARE(address->text(), QStringLiteral("not-an-address:80"));
        // A good one starts the server, and the status bar says where.
        address->setText(QStringLiteral("127.0.0.1:0"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY2(state->text().startsWith(QStringLiteral("REST: http://127.0.0.1:")), qPrintable(state->text()));
        QNetworkAccessManager network;
        QNetworkReply *health =
            network.get(QNetworkRequest(QUrl(rest.servedAddress() + QStringLiteral("/c/_apis/health"))));
        QTRY_VERIFY(health->isFinished());
        QCOMPARE(health->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete health;
        // And off again.
        dialog = openSettings();
        QVERIFY(dialog);
        dialog->findChild<QCheckBox *>(QStringLiteral("restEnabled"))->setChecked(false);
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox *>(QStringLiteral("settingsButtons"))->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        QTRY_COMPARE(state->text(), QStringLiteral("REST: off"));
        QVERIFY(rest.servedAddress().isEmpty());
    }

    void aNewcomerSeesTheSamplePipelineAndItsReleases() {
        // GIVEN an empty database
        QTemporaryDir dir;
        auto session = AppSession::open(dir.filePath(QStringLiteral("slipway.db")), QStringLiteral("newcomer"));
        QVERIFY(session.ok());
        // WHEN the app starts
        Result<qint64> sample = ensureSamplePipeline(**session, dir.path());
        QVERIFY2(sample.ok(), qPrintable(sample.ok() ? QString() : sample.error().message));
        QVERIFY(*sample > 0);
        WindowUnderTest ui(**session);
        PipelineTreeModel &pipelines = ui.pipelines;
        MainWindow &window = ui.window;
        QAbstractItemModelTester treeTester(&pipelines, QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // THEN the tree shows the sample pipeline
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("navigationTree"));
        QVERIFY(tree);
        const QModelIndex sampleIndex = pipelines.indexOfPipeline(*sample);
        QCOMPARE(sampleIndex.data().toString(), QStringLiteral("Sample web app"));

        // AND clicking it shows its releases grid, with a column per stage
        const QRect itemRect = tree->visualRect(sampleIndex);
        QVERIFY(itemRect.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, itemRect.center());
        auto *table = window.findChild<QTableView *>(QStringLiteral("releaseGrid"));
        QVERIFY(table);
        QTRY_VERIFY(table->isVisible());
        QVERIFY(table->model());
        QAbstractItemModelTester gridTester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ReleaseGridModel::NameColumn).data().toString(), QStringLiteral("Release-1"));
        QCOMPARE(table->model()->index(0, ReleaseGridModel::ArtifactsColumn).data().toString(),
                 QStringLiteral("web 1.1.0"));
        QStringList stages;
        for (int column = ReleaseGridModel::FixedColumnCount; column < table->model()->columnCount(); ++column)
            stages << table->model()->headerData(column, Qt::Horizontal).toString();
        QCOMPARE(stages, (QStringList{QStringLiteral("Dev"), QStringLiteral("QA"), QStringLiteral("Prod")}));
        auto *title = window.findChild<QLabel *>(QStringLiteral("pipelineTitle"));
        QCOMPARE(title->text(), QStringLiteral("Sample web app"));
        auto *user = window.findChild<QLabel *>(QStringLiteral("statusUser"));
        QVERIFY(user->text().contains(QStringLiteral("newcomer")));
    }

    void menusToolbarAndTheEditorFromThePipelinePage() {
        QTemporaryDir dir;
        auto session = AppSession::open(dir.filePath(QStringLiteral("slipway.db")), QStringLiteral("newcomer"));
        QVERIFY(session.ok());
        const qint64 sample = *ensureSamplePipeline(**session, dir.path());
        WindowUnderTest ui(**session);
        Services &services = ui.services;
        PipelineTreeModel &pipelines = ui.pipelines;
        MainWindow &window = ui.window;
        window.setReleaseActions({services, (*session)->identity()});
        window.show();
        window.selectPipeline(sample);

        // The window's menus, every action named and explained.
        QStringList menus;
        for (QAction *menu : window.menuBar()->actions())
            menus << menu->text().remove(QLatin1Char('&'));
        QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Release"), QStringLiteral("View"),
                                     QStringLiteral("Help")}));
        for (const char *name :
             {"actionNewPipeline", "actionImportDefinition", "actionExportDefinition", "actionSettings", "actionQuit",
              "actionCreateRelease", "actionDeploy", "actionRedeploy", "actionCancelDeployment", "actionAbandonRelease",
              "actionEditPipeline", "actionApprovals", "actionDocumentation", "actionAbout"}) {
            auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(action && !action->statusTip().isEmpty(), name);
        }
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionDeploy"))->isEnabled());
        auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolBar && toolBar->actions().size() >= 3);

        // Edit pipeline opens the editor on the shown pipeline; a saved rename shows in the tree.
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("editPipelineButton")), Qt::LeftButton);
        auto *editor = window.findChild<PipelineEditorDialog *>(QStringLiteral("pipelineEditor"));
        QVERIFY(editor);
        QCOMPARE(editor->pipelineId(), sample);
        QVERIFY(editor->document().setValue(QStringLiteral("name"), QStringLiteral("Web shop")));
        QVERIFY(editor->save());
        QTRY_COMPARE(pipelines.indexOfPipeline(sample).data().toString(), QStringLiteral("Web shop"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("pipelineTitle"))->text(), QStringLiteral("Web shop"));
    }

    void anOpenedReleaseTakesTheTreeToItsPipelineAndBackReturnsThere() {
        QTemporaryDir dir;
        auto session = AppSession::open(dir.filePath(QStringLiteral("slipway.db")), QStringLiteral("newcomer"));
        QVERIFY(session.ok());
        const qint64 sample = *ensureSamplePipeline(**session, dir.path());
        Services &services = (*session)->services();
        const Identity lead{QStringLiteral("lead")};
        const Result<SavedPipeline> other = services.pipelines.save(
            "{\"name\":\"Billing\",\"stages\":[{\"name\":\"Dev\",\"trigger\":{\"type\":\"manual\"},"
            "\"tasks\":[{\"name\":\"t\",\"type\":\"command\",\"program\":\"true\"}]}]}",
            lead);
        QVERIFY(other.ok());
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("Billing");
        const Result<ReleaseRecord> release = services.releases.create(request, lead);
        QVERIFY(release.ok());
        WindowUnderTest ui(**session);
        PipelineTreeModel &pipelines = ui.pipelines;
        MainWindow &window = ui.window;
        window.setReleaseActions({services, (*session)->identity()});
        window.show();
        window.selectPipeline(sample);

        // Opened from elsewhere (the dashboard, What's where): the release shows, its pipeline is selected.
        window.openRelease(release->id);
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("navigationTree"));
        QVERIFY(pages->currentWidget()->findChild<QPushButton *>(QStringLiteral("releaseBack")));
        QCOMPARE(pipelines.pipelineIdAt(tree->currentIndex()), other->pipelineId);
        QTest::mouseClick(pages->currentWidget()->findChild<QPushButton *>(QStringLiteral("releaseBack")),
                          Qt::LeftButton);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("pipelineTitle"))->text(), QStringLiteral("Billing"));
        QVERIFY(pages->currentWidget()->findChild<QLabel *>(QStringLiteral("pipelineTitle")));
    }

    void settingsKeepPreferencesApplyTheThemeAndManageTokens() {
        QTemporaryDir dir;
        auto session = AppSession::open(dir.filePath(QStringLiteral("slipway.db")), QStringLiteral("newcomer"));
        QVERIFY(session.ok());
        WindowUnderTest ui(**session);
        Services &services = ui.services;
        MainWindow &window = ui.window;
        GuiRestControl rest(services, false);
        MemoryPreferences preferences;
        window.setRestControl(&rest);
        window.setPreferences(&preferences);
        window.setReleaseActions({services, (*session)->identity()});
        window.show();
        QSignalSpy changed(&window, &MainWindow::preferencesChanged);

        window.findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("settingsDialog"));
        QVERIFY(dialog && dialog->isVisible());
        dialog->findChild<QLineEdit *>(QStringLiteral("settingsDatabase"))
            ->setText(dir.filePath(QStringLiteral("other.db")));
        dialog->findChild<QLineEdit *>(QStringLiteral("settingsDisplayName"))->setText(QStringLiteral("Alice"));
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("settingsLanguage"));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("settingsTheme"));
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        dialog->findChild<QCheckBox *>(QStringLiteral("settingsNotifications"))->setChecked(false);

        // A token: created and shown once, listed, then revoked.
        auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
        tabs->setCurrentIndex(tabs->count() - 1); // General, Database, REST server
        dialog->findChild<QLineEdit *>(QStringLiteral("tokenName"))->setText(QStringLiteral("ci"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("tokenCreate")), Qt::LeftButton);
        const QString secret = dialog->findChild<QLineEdit *>(QStringLiteral("tokenSecret"))->text();
        QVERIFY2(!secret.isEmpty(), qPrintable(dialog->findChild<QLabel *>(QStringLiteral("restProblem"))->text()));
        QCOMPARE(*services.directory.userOfToken(secret), std::optional<QString>(QStringLiteral("newcomer")));
        auto *tokens = dialog->findChild<QListWidget *>(QStringLiteral("tokenList"));
        QCOMPARE(tokens->count(), 1);
        QVERIFY(tokens->item(0)->text().startsWith(QStringLiteral("ci")));
        tokens->setCurrentRow(0);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("tokenRevoke")), Qt::LeftButton);
        QCOMPARE(tokens->count(), 0);
        QCOMPARE(*services.directory.userOfToken(secret), std::optional<QString>());

        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox *>(QStringLiteral("settingsButtons"))->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(preferences.kept.database, dir.filePath(QStringLiteral("other.db")));
        QCOMPARE(preferences.kept.displayName, QStringLiteral("Alice"));
        QCOMPARE(preferences.kept.language, QStringLiteral("de"));
        QCOMPARE(preferences.kept.theme, QStringLiteral("dark"));
        QVERIFY(!preferences.kept.notifications);
        QCOMPARE(changed.count(), 1);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80); // dark at once
        applyTheme(QStringLiteral("system"));
    }

    void clickingTheSelectedPipelineReturnsToItsGrid() {
        // GIVEN the sample pipeline shown, and the pages above the tree
        QTemporaryDir dir;
        auto session = AppSession::open(dir.filePath(QStringLiteral("slipway.db")), QStringLiteral("newcomer"));
        QVERIFY(session.ok());
        const qint64 sample = *ensureSamplePipeline(**session, dir.path());
        WindowUnderTest ui(**session, true);
        MainWindow &window = ui.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectPipeline(sample);
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("navigationTree"));
        auto *grid = window.findChild<QTableView *>(QStringLiteral("releaseGrid"));
        const QModelIndex item = ui.pipelines.indexOfPipeline(sample);
        QTRY_VERIFY(grid->isVisible());
        for (const char *button : {"approvalsButton", "dashboardButton", "whatsWhereButton"}) {
            // WHEN another page is opened, then the already selected pipeline clicked
            QTest::mouseClick(window.findChild<QPushButton *>(QLatin1String(button)), Qt::LeftButton);
            QVERIFY2(!grid->isVisible(), button);
            QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(item).center());
            // THEN its releases grid is back
            QVERIFY2(grid->isVisible(), button);
            QCOMPARE(pages->currentWidget()->findChild<QTableView *>(QStringLiteral("releaseGrid")), grid);
        }
        // AND Enter on it does the same, from the keyboard
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("approvalsButton")), Qt::LeftButton);
        tree->setFocus();
        tree->setCurrentIndex(item);
        QTest::keyClick(tree, Qt::Key_Return);
        QVERIFY(grid->isVisible());
    }

    void anActionsMessageStaysWithItsPipeline() {
        // GIVEN two pipelines, and a message about an action on the first
        QTemporaryDir dir;
        auto session = AppSession::open(dir.filePath(QStringLiteral("slipway.db")), QStringLiteral("newcomer"));
        QVERIFY(session.ok());
        Services &services = (*session)->services();
        const qint64 first = services.pipelines
                                 .save(simplePipeline(QStringLiteral("Alpha"), {QStringLiteral("Dev")}),
                                       Identity{QStringLiteral("lead")})
                                 ->pipelineId;
        const qint64 second =
            services.pipelines
                .save(simplePipeline(QStringLiteral("Beta"), {QStringLiteral("Dev")}), Identity{QStringLiteral("lead")})
                ->pipelineId;
        WindowUnderTest ui(**session, true);
        MainWindow &window = ui.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectPipeline(first);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("deployButton")), Qt::LeftButton);
        auto *message = window.findChild<QLabel *>(QStringLiteral("pipelineProblem"));
        QVERIFY(!message->text().isEmpty());
        // WHEN the other pipeline is clicked in the tree
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("navigationTree"));
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualRect(ui.pipelines.indexOfPipeline(second)).center());
        // THEN its page does not repeat the first one's message
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("pipelineTitle"))->text(), QStringLiteral("Beta"));
        QVERIFY2(message->text().isEmpty(), qPrintable(message->text()));
        // AND neither does another page
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("deployButton")), Qt::LeftButton);
        QVERIFY(!message->text().isEmpty());
        window.showApprovals();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualRect(ui.pipelines.indexOfPipeline(first)).center());
        QVERIFY2(message->text().isEmpty(), qPrintable(message->text()));
    }

    void theWelcomeTextPointsAtTheMenus() {
        QTemporaryDir dir;
        auto session = AppSession::open(dir.filePath(QStringLiteral("slipway.db")), QStringLiteral("newcomer"));
        QVERIFY(session.ok());
        WindowUnderTest ui(**session);
        const QString text = ui.window.findChild<QLabel *>(QStringLiteral("welcomePage"))->text();
        QVERIFY2(text.contains(QStringLiteral("File ▸ New pipeline")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("File ▸ Import definition")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("slipway pipeline import")), qPrintable(text));
    }

    void theSampleIsCreatedOnlyOnce() {
        QTemporaryDir dir;
        auto session = AppSession::open(dir.filePath(QStringLiteral("slipway.db")), QStringLiteral("me"));
        QVERIFY(session.ok());
        QVERIFY(*ensureSamplePipeline(**session, dir.path()) > 0);
        QCOMPARE(*ensureSamplePipeline(**session, dir.path()), qint64(0));
        QCOMPARE((*session)->services().pipelines.list()->size(), 1);
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
