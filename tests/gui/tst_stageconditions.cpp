// A stage's deployment conditions panel clicked through: approvers picked from the directory, order and
// policies as labelled choices, gates from templates with their timings and scripts, the summary line
// following every edit, and scripts of tasks edited over several lines.
#include "editorfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace slipway;
using namespace slipway::testing;

namespace {

QJsonObject stageOf(Editor &editor, int row) {
    return editor.dialog.document().document()[QStringLiteral("stages")][row].toObject();
}

// Ticks or unticks a checkable group box with the keyboard, as a user tabbing to it would.
void toggle(QGroupBox *box) {
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
}

void choose(QComboBox *combo, const QString &text) {
    const int row = combo->findText(text);
    QVERIFY2(row >= 0, qPrintable(text));
    combo->setFocus();
    while (combo->currentIndex() != row)
        QTest::keyClick(combo, combo->currentIndex() < row ? Qt::Key_Down : Qt::Key_Up);
}

void typeInto(QWidget *edit, const QString &text) {
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

} // namespace

class StageConditionsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void approversArePickedFromTheDirectory() {
        TestEnvironment env;
        const Identity admin{QStringLiteral("alice")};
        QVERIFY(env.services->directory.addUser(QStringLiteral("alice"), {}, admin, true).ok());
        QVERIFY(env.services->directory.addUser(QStringLiteral("bob"), {}, admin).ok());
        QVERIFY(
            env.services->directory.addGroup(QStringLiteral("release-managers"), {QStringLiteral("bob")}, admin).ok());
        const qint64 id = env.save(threeStagePipeline())->pipelineId;
        Editor editor(env, id);
        editor.widget<QTabWidget>("editorTabs")->setCurrentIndex(2);
        editor.selectStage(2);
        auto *summary = editor.widget<QLabel>("conditionsSummary");
        QCOMPARE(summary->text(), QStringLiteral("Starts after QA. Deploys without waiting for anyone."));

        auto *approvals = editor.widget<QGroupBox>("preApprovals");
        QVERIFY(!approvals->isChecked());
        toggle(approvals);
        QVERIFY(approvals->isChecked());
        QVERIFY(stageOf(editor, 2).contains(QStringLiteral("preApprovals")));

        // The picker offers the directory's users and groups, nothing typed.
        auto *picker = editor.widget<QComboBox>("preApprovalsChoice");
        QVERIFY(!picker->isEditable());
        QCOMPARE(picker->count(), 3);
        choose(picker, QStringLiteral("release-managers (group)"));
        QTest::mouseClick(editor.widget<QPushButton>("preApprovalsAdd"), Qt::LeftButton);
        choose(picker, QStringLiteral("alice (user)"));
        QTest::mouseClick(editor.widget<QPushButton>("preApprovalsAdd"), Qt::LeftButton);
        QCOMPARE(stageOf(editor, 2)[QStringLiteral("preApprovals")][QStringLiteral("approvers")].toArray(),
                 (QJsonArray{QStringLiteral("group:release-managers"), QStringLiteral("alice")}));
        QCOMPARE(summary->text(), QStringLiteral("Starts after QA. Waits for: approval by group:release-managers or "
                                                 "alice, then deploys."));

        choose(editor.widget<QComboBox>("preApprovalsOrder"), QStringLiteral("All of them, in the listed order"));
        QTest::mouseClick(editor.widget<QPushButton>("preApprovalsUp"), Qt::LeftButton); // alice first
        auto *requester = editor.widget<QCheckBox>("preApprovalsRequesterCannotApprove");
        QVERIFY(requester->isChecked()); // the default
        QTest::mouseClick(requester, Qt::LeftButton);
        const QJsonObject written = stageOf(editor, 2)[QStringLiteral("preApprovals")].toObject();
        QCOMPARE(written[QStringLiteral("order")].toString(), QStringLiteral("allInSequence"));
        QCOMPARE(written[QStringLiteral("approvers")].toArray(),
                 (QJsonArray{QStringLiteral("alice"), QStringLiteral("group:release-managers")}));
        QCOMPARE(written[QStringLiteral("requesterCannotApprove")].toBool(true), false);
        QCOMPARE(summary->text(), QStringLiteral("Starts after QA. Waits for: approval by alice, then by "
                                                 "group:release-managers, then deploys."));

        QTRY_VERIFY(editor.problemPaths().isEmpty());
        QVERIFY(editor.dialog.save());
        const QJsonObject saved =
            QJsonDocument::fromJson(*env.services->pipelines.exportCurrent(QString::number(id))).object();
        QCOMPARE(saved[QStringLiteral("stages")][2][QStringLiteral("preApprovals")][QStringLiteral("order")].toString(),
                 QStringLiteral("allInSequence"));

        // Unticking removes them again.
        toggle(approvals);
        QVERIFY(!stageOf(editor, 2).contains(QStringLiteral("preApprovals")));
        QCOMPARE(summary->text(), QStringLiteral("Starts after QA. Deploys without waiting for anyone."));
    }

    void gatesComeFromTemplatesWithTheirTimings() {
        TestEnvironment env;
        const qint64 id = env.save(threeStagePipeline())->pipelineId;
        Editor editor(env, id);
        editor.widget<QTabWidget>("editorTabs")->setCurrentIndex(2);
        editor.selectStage(1);
        toggle(editor.widget<QGroupBox>("preGates"));
        QTest::mouseClick(editor.widget<QPushButton>("preGatesAddHttp"), Qt::LeftButton);
        typeInto(editor.widget<QLineEdit>("preGatesUrl"), QStringLiteral("http://status.test/api"));
        typeInto(editor.widget<QLineEdit>("preGatesJsonPath"), QStringLiteral("status"));
        typeInto(editor.widget<QLineEdit>("preGatesEquals"), QStringLiteral("green"));
        QTest::mouseClick(editor.widget<QPushButton>("preGatesAddScript"), Qt::LeftButton);
        auto *script = editor.widget<QPlainTextEdit>("preGatesScript");
        QVERIFY(script->isVisible());
        QVERIFY(script->font().fixedPitch() || script->font().styleHint() == QFont::Monospace ||
                script->fontInfo().fixedPitch());
        typeInto(script, QStringLiteral("hour=$(date +%H)"));
        QTest::keyClick(script, Qt::Key_Return);
        QTest::keyClicks(script, QStringLiteral("test $hour -lt 18"));
        typeInto(editor.widget<QLineEdit>("preGatesSamplingInterval"), QStringLiteral("10m"));
        typeInto(editor.widget<QLineEdit>("preGatesMinSuccessDuration"), QStringLiteral("15m"));

        const QJsonObject gates = stageOf(editor, 1)[QStringLiteral("preGates")].toObject();
        QCOMPARE(gates[QStringLiteral("samplingInterval")].toString(), QStringLiteral("10m"));
        QCOMPARE(gates[QStringLiteral("minSuccessDuration")].toString(), QStringLiteral("15m"));
        const QJsonArray list = gates[QStringLiteral("gates")].toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0][QStringLiteral("type")].toString(), QStringLiteral("http"));
        QCOMPARE(list[0][QStringLiteral("url")].toString(), QStringLiteral("http://status.test/api"));
        QCOMPARE(list[0][QStringLiteral("equals")].toString(), QStringLiteral("green"));
        QCOMPARE(list[1][QStringLiteral("script")].toString(), QStringLiteral("hour=$(date +%H)\ntest $hour -lt 18"));
        QCOMPARE(editor.widget<QLabel>("conditionsSummary")->text(),
                 QStringLiteral("Starts after Dev. Waits for: 2 gate(s) (every 10m, at most 6h, passing for 15m), "
                                "then deploys."));

        // Selecting the HTTP gate again shows its form, not the script.
        auto *gateList = editor.widget<QListWidget>("preGatesList");
        QTest::mouseClick(gateList->viewport(), Qt::LeftButton, {},
                          gateList->visualItemRect(gateList->item(0)).center());
        QVERIFY(!script->isVisible());
        QCOMPARE(editor.widget<QLineEdit>("preGatesUrl")->text(), QStringLiteral("http://status.test/api"));

        // An invalid timing is named by the validation; fixed, the pipeline saves.
        typeInto(editor.widget<QLineEdit>("preGatesTimeout"), QStringLiteral("6 hours"));
        QTRY_VERIFY(editor.problemPaths().contains(QStringLiteral("stages[1].preGates.timeout")));
        typeInto(editor.widget<QLineEdit>("preGatesTimeout"), QStringLiteral("6h"));
        QTRY_VERIFY(editor.problemPaths().isEmpty());
        QVERIFY(editor.dialog.save());
    }

    void postDeploymentConditionsComeAfterInTheSummary() {
        TestEnvironment env;
        const Identity admin{QStringLiteral("alice")};
        QVERIFY(env.services->directory.addUser(QStringLiteral("alice"), {}, admin, true).ok());
        const qint64 id = env.save(threeStagePipeline())->pipelineId;
        Editor editor(env, id);
        editor.widget<QTabWidget>("editorTabs")->setCurrentIndex(2);
        editor.selectStage(0);
        toggle(editor.widget<QGroupBox>("postGates"));
        QTest::mouseClick(editor.widget<QPushButton>("postGatesAddScript"), Qt::LeftButton);
        toggle(editor.widget<QGroupBox>("postApprovals"));
        QTest::mouseClick(editor.widget<QPushButton>("postApprovalsAdd"), Qt::LeftButton);
        QCOMPARE(editor.widget<QLabel>("conditionsSummary")->text(),
                 QStringLiteral("Starts when a release is created. Deploys without waiting for anyone. Afterwards "
                                "waits for: 1 gate(s) (every 5m, at most 6h), then approval by alice."));
        // Moving the stage keeps the panel on it.
        QTest::mouseClick(editor.widget<QPushButton>("moveStageDown"), Qt::LeftButton);
        QVERIFY(stageOf(editor, 1).contains(QStringLiteral("postGates")));
        QVERIFY(editor.widget<QGroupBox>("postGates")->isChecked());
    }

    void aTaskScriptIsEditedOverSeveralLines() {
        TestEnvironment env;
        const qint64 id = env.save(threeStagePipeline())->pipelineId;
        Editor editor(env, id);
        editor.widget<QTabWidget>("editorTabs")->setCurrentIndex(2);
        editor.selectStage(0);
        editor.widget<QTabWidget>("stageTabs")->setCurrentIndex(1);
        auto *tree = editor.widget<QTreeView>("stageTree");
        auto *text = editor.widget<QPlainTextEdit>("stageText");
        QVERIFY(!text->isVisible());
        const QModelIndex script = editor.dialog.document().indexForPath(QStringLiteral("stages[0].tasks[0].script"));
        tree->expand(script.parent().parent());
        tree->expand(script.parent());
        tree->scrollTo(script);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(script).center());
        QCOMPARE(tree->currentIndex().siblingAtColumn(0), script);
        QVERIFY(text->isVisible());
        QCOMPARE(text->toPlainText(), QStringLiteral("true"));
        typeInto(text, QStringLiteral("set -e"));
        QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClicks(text, QStringLiteral("./deploy.sh"));
        QCOMPARE(editor.dialog.document().value(QStringLiteral("stages[0].tasks[0].script")).toString(),
                 QStringLiteral("set -e\n./deploy.sh"));
        QVERIFY(editor.dialog.hasUnsavedChanges());
    }
};

QTEST_MAIN(StageConditionsTest)
#include "tst_stageconditions.moc"
