// The pipeline editor clicked through real widgets: live validation, a refused save, links from a
// problem to its field, a new revision, history with diff and revert, schedules, import and export.
#include "editorfixture.h"
#include "mainwindow.h"
#include "pipelinetreemodel.h"
#include "releasegridmodel.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QTimer>

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace slipway;
using namespace slipway::testing;

namespace {

int revisionCount(TestEnvironment &env, qint64 pipelineId) {
    return int(env.services->pipelines.revisions(pipelineId)->size());
}

} // namespace

class PipelineEditorTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void anInvalidEditIsRefusedAndAFixSavesANewRevision() {
        TestEnvironment env;
        const qint64 id = env.save(threeStagePipeline())->pipelineId;
        Editor editor(env, id);
        QVERIFY(editor.problemPaths().isEmpty());
        editor.widget<QTabWidget>("editorTabs")->setCurrentIndex(2);

        // Renaming Dev leaves QA triggered by a stage that no longer exists.
        editor.selectStage(0);
        editor.typeValue(QStringLiteral("stages[0].name"), QStringLiteral("Development"));
        QTRY_VERIFY(editor.problemPaths().contains(QStringLiteral("stages[1].trigger.stages[0]")));
        QTest::mouseClick(editor.widget<QPushButton>("savePipeline"), Qt::LeftButton);
        QVERIFY(editor.widget<QLabel>("editorStatus")->text().contains(QStringLiteral("Not saved")));
        QCOMPARE(revisionCount(env, id), 1);
        QVERIFY(editor.dialog.hasUnsavedChanges());

        // The problem leads to its field: the QA stage, its trigger's first stage.
        auto *problems = editor.widget<QListWidget>("problemList");
        const int row = int(editor.problemPaths().indexOf(QStringLiteral("stages[1].trigger.stages[0]")));
        QTest::mouseClick(problems->viewport(), Qt::LeftButton, {},
                          problems->visualItemRect(problems->item(row)).center());
        QCOMPARE(editor.widget<QTabWidget>("editorTabs")->currentIndex(), 2);
        QCOMPARE(editor.widget<QListView>("stageList")->currentIndex().row(), 1);
        QCOMPARE(editor.widget<QTreeView>("stageTree")->currentIndex().data(PipelineDocumentModel::PathRole).toString(),
                 QStringLiteral("stages[1].trigger.stages[0]"));

        // Fixed in the trigger editor: QA runs after "Development".
        auto *triggerStages = editor.widget<QListWidget>("triggerStages");
        const QList<QListWidgetItem *> development =
            triggerStages->findItems(QStringLiteral("Development"), Qt::MatchExactly);
        QCOMPARE(development.size(), 1);
        development.first()->setCheckState(Qt::Checked);
        QTRY_VERIFY(editor.problemPaths().isEmpty());
        editor.widget<QLineEdit>("revisionComment")->setText(QStringLiteral("rename Dev"));
        QTest::mouseClick(editor.widget<QPushButton>("savePipeline"), Qt::LeftButton);
        QCOMPARE(revisionCount(env, id), 2);
        QVERIFY(editor.widget<QLabel>("editorStatus")->text().contains(QStringLiteral("Saved revision 2")));
        QVERIFY(!editor.dialog.hasUnsavedChanges());
        const QJsonObject saved =
            QJsonDocument::fromJson(*env.services->pipelines.exportCurrent(QString::number(id))).object();
        QCOMPARE(saved[QStringLiteral("stages")][1][QStringLiteral("trigger")][QStringLiteral("stages")].toArray(),
                 (QJsonArray{QStringLiteral("Development")}));
        QCOMPARE(env.services->pipelines.revisions(id)->first().comment, QStringLiteral("rename Dev"));
    }

    void variableGroupsArePickedFromTheLibraryAndOrdered() {
        // GIVEN three groups in the Library and a pipeline linking none
        TestEnvironment env;
        for (const char *name : {"Shared", "Prod secrets", "Tools"})
            QVERIFY(env.services->variableGroups.create(QString::fromLatin1(name), {}, {},
                                                        Identity{QStringLiteral("alice")}));
        const qint64 id = env.save(threeStagePipeline())->pipelineId;
        Editor editor(env, id);
        auto *choice = editor.widget<QComboBox>("pipelineGroupsChoice");
        QCOMPARE(choice->count(), 3);

        // WHEN the pipeline links Tools then Shared, moved first, and Prod links Prod secrets
        choice->setCurrentIndex(choice->findText(QStringLiteral("Tools")));
        QTest::mouseClick(editor.widget<QPushButton>("pipelineGroupsLink"), Qt::LeftButton);
        choice->setCurrentIndex(choice->findText(QStringLiteral("Shared")));
        QTest::mouseClick(editor.widget<QPushButton>("pipelineGroupsLink"), Qt::LeftButton);
        QCOMPARE(choice->count(), 1); // what is linked is not offered again
        QTest::mouseClick(editor.widget<QPushButton>("pipelineGroupsUp"), Qt::LeftButton);
        editor.widget<QTabWidget>("editorTabs")->setCurrentIndex(2);
        editor.selectStage(2);
        editor.widget<QTabWidget>("stageTabs")->setCurrentIndex(2);
        auto *stageChoice = editor.widget<QComboBox>("stageGroupsChoice");
        stageChoice->setCurrentIndex(stageChoice->findText(QStringLiteral("Prod secrets")));
        QTest::mouseClick(editor.widget<QPushButton>("stageGroupsLink"), Qt::LeftButton);
        QVERIFY(editor.problemPaths().isEmpty());
        QVERIFY(editor.dialog.save());

        // THEN the saved revision links them in that order
        QJsonObject saved =
            QJsonDocument::fromJson(*env.services->pipelines.exportCurrent(QString::number(id))).object();
        QCOMPARE(saved[QStringLiteral("variableGroups")].toArray(),
                 (QJsonArray{QStringLiteral("Shared"), QStringLiteral("Tools")}));
        QCOMPARE(saved[QStringLiteral("stages")][2][QStringLiteral("variableGroups")].toArray(),
                 (QJsonArray{QStringLiteral("Prod secrets")}));
        QVERIFY(!saved[QStringLiteral("stages")][0].toObject().contains(QStringLiteral("variableGroups")));

        // WHEN both are unlinked again, THEN the keys go
        auto *linked = editor.widget<QListWidget>("pipelineGroupsLinked");
        for (int i = 0; i < 2; ++i) {
            linked->setCurrentRow(0);
            QTest::mouseClick(editor.widget<QPushButton>("pipelineGroupsUnlink"), Qt::LeftButton);
        }
        editor.widget<QListWidget>("stageGroupsLinked")->setCurrentRow(0);
        QTest::mouseClick(editor.widget<QPushButton>("stageGroupsUnlink"), Qt::LeftButton);
        QVERIFY(editor.dialog.save());
        saved = QJsonDocument::fromJson(*env.services->pipelines.exportCurrent(QString::number(id))).object();
        QVERIFY(!saved.contains(QStringLiteral("variableGroups")));
        QVERIFY(!saved[QStringLiteral("stages")][2].toObject().contains(QStringLiteral("variableGroups")));
    }

    void historyComparesTwoRevisionsAndRevertSavesANewOne() {
        TestEnvironment env;
        const qint64 id = env.save(threeStagePipeline())->pipelineId;
        Editor editor(env, id);
        QVERIFY(editor.dialog.document().setValue(QStringLiteral("description"), QStringLiteral("second")));
        QVERIFY(editor.dialog.save());
        auto *revisions = editor.widget<QListWidget>("revisionList");
        QCOMPARE(revisions->count(), 2);
        revisions->selectAll();
        QTest::mouseClick(editor.widget<QPushButton>("compareRevisions"), Qt::LeftButton);
        const QString diff = editor.widget<QPlainTextEdit>("revisionDiff")->toPlainText();
        QVERIFY2(diff.contains(QStringLiteral("+ ")) && diff.contains(QStringLiteral("second")), qPrintable(diff));

        // Revert: revision 1 (the older, listed last) comes back as revision 3.
        revisions->clearSelection();
        revisions->item(1)->setSelected(true);
        QTest::mouseClick(editor.widget<QPushButton>("revertRevision"), Qt::LeftButton);
        QVERIFY(!editor.dialog.document().document().contains(QStringLiteral("description")));
        QVERIFY(editor.dialog.hasUnsavedChanges());
        QVERIFY(editor.dialog.save());
        QCOMPARE(revisionCount(env, id), 3);
        QCOMPARE(revisions->count(), 3);
    }

    void theTriggerEditorPreviewsAStagesSchedule() {
        TestEnvironment env; // Saturday 2026-03-14 09:30 UTC
        const qint64 id = env.save(threeStagePipeline())->pipelineId;
        Editor editor(env, id);
        editor.selectStage(2);
        auto *schedule = editor.widget<QGroupBox>("stageSchedule");
        schedule->setChecked(true);
        editor.widget<QCheckBox>("scheduleDay_mon")->setChecked(true);
        editor.widget<QComboBox>("scheduleZone")->setCurrentText(QStringLiteral("UTC"));
        const QString preview = editor.widget<QLabel>("schedulePreview")->text();
        QVERIFY2(preview.contains(QStringLiteral("Mon 02:00 UTC")), qPrintable(preview));
        QCOMPARE(preview.count(QStringLiteral("UTC)")), 5);
        const QJsonObject stage = editor.dialog.document().document()[QStringLiteral("stages")][2].toObject();
        QCOMPARE(stage[QStringLiteral("schedule")][QStringLiteral("days")].toArray(),
                 (QJsonArray{QStringLiteral("mon")}));
        schedule->setChecked(false);
        QVERIFY(!editor.dialog.document().document()[QStringLiteral("stages")][2].toObject().contains(
            QStringLiteral("schedule")));
    }

    void aNewPipelineIsCreatedByTypingItsName() {
        TestEnvironment env;
        Editor editor(env, 0);
        auto *name = editor.widget<QLineEdit>("editName");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Billing"));
        QCOMPARE(editor.widget<QLabel>("releaseNamePreview")->text(), QStringLiteral("Preview: Release-1"));
        QTest::mouseClick(editor.widget<QPushButton>("savePipeline"), Qt::LeftButton);
        QVERIFY(editor.dialog.pipelineId() > 0);
        QCOMPARE(env.services->pipelines.resolve(QStringLiteral("Billing"))->id, editor.dialog.pipelineId());
    }

    // B16: the preview names the release that would come next, not always number 1.
    void theNamePreviewShowsTheNextReleasesName() {
        TestEnvironment env;
        const qint64 id =
            env.save(threeStagePipeline(QStringLiteral("Slow"), QStringLiteral("Slow-$(Rev:r)")))->pipelineId;
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("Slow");
        request.manualStages = {QStringLiteral("Dev"), QStringLiteral("QA"), QStringLiteral("Prod")};
        for (int i = 0; i < 3; ++i)
            QVERIFY(env.services->releases.create(request, Identity{QStringLiteral("alice")}).ok());
        Editor editor(env, id);
        auto *preview = editor.widget<QLabel>("releaseNamePreview");
        QCOMPARE(preview->text(), QStringLiteral("Preview: Slow-4"));
        auto *format = editor.widget<QLineEdit>("editReleaseNameFormat");
        format->selectAll();
        QTest::keyClicks(format, QStringLiteral("S$(Rev:rrr)"));
        QCOMPARE(preview->text(), QStringLiteral("Preview: S004"));
    }

    // B17: an added stage has no trigger, which means manual; the trigger box says so.
    void anAddedStageShowsThatItIsManual() {
        TestEnvironment env;
        const qint64 id = env.save(threeStagePipeline())->pipelineId;
        Editor editor(env, id);
        editor.widget<QTabWidget>("editorTabs")->setCurrentIndex(2);
        auto *type = editor.widget<QComboBox>("triggerType");
        QCOMPARE(type->currentData().toString(), QStringLiteral("afterRelease")); // Dev
        QTest::mouseClick(editor.widget<QPushButton>("addStage"), Qt::LeftButton);
        QCOMPARE(editor.widget<QListView>("stageList")->currentIndex().row(), 3);
        QVERIFY(!editor.dialog.document().document()[QStringLiteral("stages")][3].toObject().contains(
            QStringLiteral("trigger")));
        QCOMPARE(type->currentData().toString(), QStringLiteral("manual"));
        QCOMPARE(type->currentText(), QStringLiteral("Manually only"));
    }

    // B18: the refusal follows the errors (it counts them, then goes) and points up at the list.
    void aRefusedSaveMessageFollowsTheErrors() {
        TestEnvironment env;
        const qint64 id = env.save(threeStagePipeline())->pipelineId;
        Editor editor(env, id);
        auto *format = editor.widget<QLineEdit>("editReleaseNameFormat");
        format->selectAll();
        QTest::keyClicks(format, QStringLiteral("$(Nope)-$(Rev:r)"));
        editor.widget<QTabWidget>("editorTabs")->setCurrentIndex(2);
        editor.selectStage(0);
        editor.typeValue(QStringLiteral("stages[0].name"), QStringLiteral("Development"));
        QTRY_COMPARE(editor.problemPaths().size(), 2);
        QTest::mouseClick(editor.widget<QPushButton>("savePipeline"), Qt::LeftButton);
        auto *status = editor.widget<QLabel>("editorStatus");
        QCOMPARE(status->text(), QStringLiteral("Not saved: fix the 2 error(s) listed above first."));
        // The list is above the status line.
        QVERIFY(editor.widget<QListWidget>("problemList")->mapTo(&editor.dialog, QPoint()).y() <
                status->mapTo(&editor.dialog, QPoint()).y());

        editor.widget<QTabWidget>("editorTabs")->setCurrentIndex(0);
        format->selectAll();
        QTest::keyClicks(format, QStringLiteral("Release-$(Rev:r)"));
        QTRY_COMPARE(status->text(), QStringLiteral("Not saved: fix the 1 error(s) listed above first."));
        editor.widget<QTabWidget>("editorTabs")->setCurrentIndex(2);
        editor.typeValue(QStringLiteral("stages[0].name"), QStringLiteral("Dev"));
        QTRY_VERIFY(editor.problemPaths().isEmpty());
        QVERIFY2(!status->text().contains(QStringLiteral("Not saved")), qPrintable(status->text()));
        QCOMPARE(status->text(), QStringLiteral("The errors are fixed: the pipeline can be saved."));
    }

    // A token opened and never closed is an error, not a literal in the release name.
    void anUnclosedNameTokenIsAnError() {
        TestEnvironment env;
        const qint64 id = env.save(threeStagePipeline())->pipelineId;
        Editor editor(env, id);
        auto *format = editor.widget<QLineEdit>("editReleaseNameFormat");
        format->selectAll();
        QTest::keyClicks(format, QStringLiteral("Release-$(Rev:r)-$(Foo"));
        QTRY_VERIFY(editor.problemPaths().contains(QStringLiteral("releaseNameFormat")));
        auto *problems = editor.widget<QListWidget>("problemList");
        QCOMPARE(problems->item(0)->text(),
                 QStringLiteral("releaseNameFormat: the token \"$(Foo\" is not closed: add \")\" after its name"));
        QTest::mouseClick(editor.widget<QPushButton>("savePipeline"), Qt::LeftButton);
        QCOMPARE(revisionCount(env, id), 1);
    }

    // B36: a syntax error by line and column; nothing changes; the problem list can be made taller.
    void aBrokenImportNamesLineAndColumn() {
        TestEnvironment env;
        const qint64 id = env.save(threeStagePipeline())->pipelineId;
        Editor editor(env, id);
        const QJsonObject before = editor.dialog.document().document();
        QFile broken(env.path(QStringLiteral("broken-syntax.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\n  \"name\": \"Shop\",\n  \"stages\": [ }\n}\n");
        broken.close();
        QVERIFY(!editor.dialog.importFile(broken.fileName()));
        const QString status = editor.widget<QLabel>("editorStatus")->text();
        QVERIFY2(status.contains(QStringLiteral("at line 3, column 15")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("Nothing was changed")), qPrintable(status));
        QVERIFY(!status.contains(QStringLiteral("offset")));
        QCOMPARE(editor.dialog.document().document(), before);
        QVERIFY(!editor.dialog.hasUnsavedChanges());
        const Result<QJsonObject> read = readPipelineFile(broken.fileName());
        QVERIFY(!read.ok());
        QVERIFY(read.error().message.contains(QStringLiteral("line 3, column 15")));

        auto *splitter = editor.widget<QSplitter>("editorSplitter");
        splitter->setSizes({300, 360});
        QTRY_VERIFY(editor.widget<QListWidget>("problemList")->height() > 250);
    }

    // B36: File > Import definition with a broken file says where, and opens no empty editor.
    void importDefinitionOfABrokenFileOpensNoEditor() {
        TestEnvironment env;
        PipelineTreeModel pipelines(env.services->queries, env.services->notifier);
        MainWindow window(pipelines,
                          [&env](qint64 id) {
                              return std::make_unique<ReleaseGridModel>(env.services->queries, env.services->notifier,
                                                                        id);
                          },
                          {env.location(), QStringLiteral("alice"), QString(), QString()});
        window.setReleaseActions({*env.services, Identity{QStringLiteral("alice")}});
        window.show();
        QFile broken(env.path(QStringLiteral("broken-syntax.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\n  \"name\": \"Shop\",\n  \"stages\": [ }\n}\n");
        broken.close();
        // The file dialog and the message box are modal: answer them as they come up.
        QString message;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            // The shown dialog, whether or not the platform made it the active modal window.
            for (QWidget *modal : QApplication::topLevelWidgets()) {
                if (!modal->isVisible())
                    continue;
                if (auto *files = qobject_cast<QFileDialog *>(modal)) {
                    // Typed as a user types it (selectFile waits for the folder model, which may not load here).
                    files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(broken.fileName());
                    static_cast<QDialog *>(files)->accept();
                } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                    message = box->text();
                    box->accept();
                }
            }
        });
        answer.start();
        window.findChild<QAction *>(QStringLiteral("actionImportDefinition"))->trigger();
        answer.stop();
        QVERIFY2(message.contains(QStringLiteral("line 3, column 15")),
                 qPrintable(message + QString::number(window.findChildren<PipelineEditorDialog *>().size())));
        QVERIFY(window.findChildren<PipelineEditorDialog *>().isEmpty());

        // A good file opens the editor with it.
        QFile good(env.path(QStringLiteral("good.json")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(threeStagePipeline(QStringLiteral("Imported")));
        good.close();
        broken.setFileName(good.fileName());
        answer.start();
        window.findChild<QAction *>(QStringLiteral("actionImportDefinition"))->trigger();
        answer.stop();
        const QList<PipelineEditorDialog *> editors = window.findChildren<PipelineEditorDialog *>();
        QCOMPARE(editors.size(), 1);
        QCOMPARE(editors.first()->document().value(QStringLiteral("name")).toString(), QStringLiteral("Imported"));
    }

    void importRefusesBrokenJsonAndExportWritesTheFile() {
        TestEnvironment env;
        const qint64 id = env.save(threeStagePipeline())->pipelineId;
        Editor editor(env, id);
        const QJsonObject before = editor.dialog.document().document();
        QFile broken(env.path(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ \"name\": ");
        broken.close();
        QVERIFY(!editor.dialog.importFile(broken.fileName()));
        QVERIFY(editor.widget<QLabel>("editorStatus")->text().contains(QStringLiteral("not valid JSON")));
        QCOMPARE(editor.dialog.document().document(), before);
        QVERIFY(!editor.dialog.importFile(env.path(QStringLiteral("missing.json"))));

        QVERIFY(editor.dialog.exportFile(env.path(QStringLiteral("out.json"))));
        QFile written(env.path(QStringLiteral("out.json")));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(),
                 *env.services->pipelines.exportDefinition(QString::number(id), Identity{QStringLiteral("alice")}));

        // An imported file with an unknown key: loaded, its problem listed, Save refused.
        QJsonObject withTypo = before;
        withTypo.insert(QStringLiteral("stagse"), QJsonArray{});
        QFile typo(env.path(QStringLiteral("typo.json")));
        QVERIFY(typo.open(QIODevice::WriteOnly));
        typo.write(QJsonDocument(withTypo).toJson());
        typo.close();
        QVERIFY(editor.dialog.importFile(typo.fileName()));
        QVERIFY(editor.problemPaths().contains(QStringLiteral("stagse")));
        QVERIFY(!editor.dialog.save());
        editor.dialog.reveal(QStringLiteral("stagse"));
        QCOMPARE(editor.widget<QTabWidget>("editorTabs")->currentIndex(), 5);
    }
};

QTEST_MAIN(PipelineEditorTest)
#include "tst_pipelineeditor.moc"
