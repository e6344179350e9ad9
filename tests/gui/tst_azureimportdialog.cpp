// File ▸ Import definition with an Azure classic release definition: the mapping report in a dialog, saved only on
// confirmation, nothing saved when the engine refuses it (docs/azure-import.md).

#include "azureimportdialog.h"
#include "mainwindow.h"
#include "pipelinetreemodel.h"
#include "releasegridmodel.h"
#include "testenvironment.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace slipway;
using namespace slipway::testing;

namespace {
QString azureData(const char *name) {
    return QStringLiteral(SLIPWAY_TEST_DATA "/azure/") + QString::fromLatin1(name);
}

QStringList pipelineNames(TestEnvironment &env) {
    QStringList names;
    const Result<QList<PipelineRecord>> pipelines = env.services->pipelines.list();
    if (!pipelines)
        return {pipelines.error().message};
    for (const PipelineRecord &pipeline : pipelines.value())
        names << pipeline.name;
    return names;
}
} // namespace

class AzureImportDialogTest final : public QObject {
    Q_OBJECT

    // Triggers File ▸ Import definition and types `path` into the file dialog; returns the report dialog.
    AzureImportDialog *importThroughTheMenu(MainWindow &window, const QString &path) {
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            for (QWidget *modal : QApplication::topLevelWidgets())
                if (auto *files = qobject_cast<QFileDialog *>(modal); files && files->isVisible()) {
                    files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(path);
                    static_cast<QDialog *>(files)->accept();
                }
        });
        answer.start();
        window.findChild<QAction *>(QStringLiteral("actionImportDefinition"))->trigger();
        answer.stop();
        return window.findChild<AzureImportDialog *>(QStringLiteral("azureImportDialog"));
    }

    struct Window final {
        explicit Window(TestEnvironment &env)
            : pipelines(env.services->queries, env.services->notifier),
              window(pipelines,
                     [&env](qint64 id) {
                         return std::make_unique<ReleaseGridModel>(env.services->queries, env.services->notifier, id);
                     },
                     {env.location(), QStringLiteral("alice"), QString(), QString()}) {
            window.setReleaseActions({*env.services, Identity{QStringLiteral("alice")}});
            window.show();
        }
        PipelineTreeModel pipelines;
        MainWindow window;
    };

private Q_SLOTS:
    void theReportIsShownAndTheImportWaitsForConfirmation() {
        TestEnvironment env;
        Window ui(env);
        const QString path = azureData("microsoft__AzureDevOpsDemoGenerator__Bookings-CD.json");
        // WHEN an Azure file is chosen, THEN the report lists each part with its path, mapped or not
        AzureImportDialog *dialog = importThroughTheMenu(ui.window, path);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *notes = dialog->findChild<QTreeWidget *>(QStringLiteral("azureImportNotes"));
        QVERIFY(notes->topLevelItemCount() > 20);
        QList<QTreeWidgetItem *> pullRequest = notes->findItems(QStringLiteral("triggers[0]"), Qt::MatchExactly, 0);
        QCOMPARE(pullRequest.size(), 1);
        QCOMPARE(pullRequest.first()->text(1), QStringLiteral("Not mapped"));
        QVERIFY(!notes->findItems(QStringLiteral("environments[0].name"), Qt::MatchExactly, 0).isEmpty());
        QCOMPARE(notes->findItems(QStringLiteral("environments[0].name"), Qt::MatchExactly, 0).first()->text(1),
                 QStringLiteral("Mapped"));
        QVERIFY(pipelineNames(env).isEmpty()); // nothing saved yet
        // WHEN it is canceled, THEN nothing is saved
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("azureImportCancel")), Qt::LeftButton);
        QTRY_VERIFY(!ui.window.findChild<AzureImportDialog *>(QStringLiteral("azureImportDialog")));
        QVERIFY(pipelineNames(env).isEmpty());
        // WHEN it is chosen again and Import is clicked, THEN the pipeline is saved
        dialog = importThroughTheMenu(ui.window, path);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("azureImportConfirm")), Qt::LeftButton);
        QTRY_COMPARE(pipelineNames(env), QStringList{QStringLiteral("Bookings-CD")});
        QTRY_VERIFY(!ui.window.findChild<AzureImportDialog *>(QStringLiteral("azureImportDialog")));
    }

    void aPipelineTheEngineRefusesIsNotSavedAndTheDialogSaysWhy() {
        // GIVEN users exist, so approvers are checked, and a definition whose approver is a template placeholder
        TestEnvironment env;
        QVERIFY(env.services->directory.addUser(QStringLiteral("alice"), {}, Identity{QStringLiteral("setup")}));
        Window ui(env);
        AzureImportDialog *dialog =
            importThroughTheMenu(ui.window, azureData("microsoft__AzureDevOpsDemoGenerator__DevOps-for-AI.json"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // WHEN Import is clicked, THEN the refusal is shown, the dialog stays and nothing is saved
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("azureImportConfirm")), Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("azureImportError"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("$OwnerUniqueName$")), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(pipelineNames(env).isEmpty());
    }
};

QTEST_MAIN(AzureImportDialogTest)
#include "tst_azureimportdialog.moc"
