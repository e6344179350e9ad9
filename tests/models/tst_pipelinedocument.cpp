#include "pipelinedocumentmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace slipway;
using namespace Qt::StringLiterals;

namespace {

QJsonObject specExample() {
    QFile file(QStringLiteral(SLIPWAY_TEST_DATA "/example-spec.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList childKeys(const QAbstractItemModel &model, const QModelIndex &parent) {
    QStringList keys;
    for (int row = 0; row < model.rowCount(parent); ++row)
        keys << model.index(row, 0, parent).data(Qt::EditRole).toString();
    return keys;
}

} // namespace

class TestPipelineDocument final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theSpecExampleRoundTripsUnchanged() {
        PipelineDocumentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(specExample());
        QCOMPARE(model.document(), specExample());
    }

    void everyFieldOfTheFormatIsOfferedSetOrNot() {
        PipelineDocumentModel model;
        model.setDocument(specExample());
        const QModelIndex dev = model.indexForPath(QStringLiteral("stages[0]"));
        QCOMPARE(dev.data().toString(), QStringLiteral("Dev"));
        QCOMPARE(childKeys(model, dev),
                 (QStringList{u"name"_s, u"trigger"_s, u"artifactFilters"_s, u"schedule"_s, u"queue"_s, u"pool"_s,
                              u"demands"_s, u"preApprovals"_s, u"preGates"_s, u"postApprovals"_s, u"postGates"_s,
                              u"variables"_s, u"variableGroups"_s, u"tasks"_s, u"retention"_s}));
        const QModelIndex preApprovals = model.indexForPath(QStringLiteral("stages[0].preApprovals"));
        QVERIFY(!preApprovals.data(PipelineDocumentModel::PresentRole).toBool());
        QCOMPARE(model.index(preApprovals.row(), 1, preApprovals.parent()).data().toString(),
                 QStringLiteral("(not set)"));
        // Setting a field below an unset object sets the object.
        QVERIFY(model.setValue(QStringLiteral("stages[0].preApprovals.timeout"), QStringLiteral("1h")));
        QCOMPARE(model.document()[u"stages"_s][0][u"preApprovals"_s].toObject(),
                 (QJsonObject{{u"timeout"_s, u"1h"_s}}));
    }

    void editingAValueChangesTheDocumentAndSaysSo() {
        PipelineDocumentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(specExample());
        QSignalSpy edited(&model, &PipelineDocumentModel::documentEdited);
        const QModelIndex queue = model.indexForPath(QStringLiteral("stages[2].queue.maxParallel"), 1);
        QVERIFY(model.setData(queue, QStringLiteral("3")));
        QCOMPARE(model.document()[u"stages"_s][2][u"queue"_s][u"maxParallel"_s].toInt(), 3);
        QCOMPARE(edited.count(), 1);
        // A bool from an editor's text, and an optional text cleared means unset.
        QVERIFY(model.setValue(QStringLiteral("stages[0].tasks[0].continueOnError"), QStringLiteral("true")));
        QCOMPARE(model.document()[u"stages"_s][0][u"tasks"_s][0][u"continueOnError"_s].toBool(), true);
        QVERIFY(model.setData(model.indexForPath(QStringLiteral("description"), 1), QString()));
        QVERIFY(!model.document().contains(QStringLiteral("description")));
    }

    void changingATasksTypeOffersThatTypesFields() {
        PipelineDocumentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(specExample());
        const QString task = QStringLiteral("stages[0].tasks[0]");
        QVERIFY(model.setValue(task + QStringLiteral(".type"), QStringLiteral("command")));
        const QModelIndex taskIndex = model.indexForPath(task);
        const QStringList keys = childKeys(model, taskIndex);
        QVERIFY(keys.contains(QStringLiteral("program")));
        QVERIFY(!keys.contains(QStringLiteral("script")));
        const QJsonObject written = model.document()[u"stages"_s][0][u"tasks"_s][0].toObject();
        QCOMPARE(written[u"name"_s].toString(), QStringLiteral("Deploy"));
        QCOMPARE(written[u"env"_s].toObject()[u"DB_PASSWORD"_s].toString(), QStringLiteral("$(dbPassword)"));
        QVERIFY(!written.contains(QStringLiteral("script")));
    }

    void elementsAreAddedMovedAndRemovedRowByRow() {
        PipelineDocumentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(specExample());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QModelIndex stages = model.indexForPath(QStringLiteral("stages"));
        const QModelIndex added = model.addEntry(stages);
        QCOMPARE(added.row(), 3);
        QVERIFY(model.setValue(QStringLiteral("stages[3].name"), QStringLiteral("Hotfix")));
        QVERIFY(model.moveElement(model.indexForPath(QStringLiteral("stages[3]")), -2));
        QVERIFY(!model.canMove(model.indexForPath(QStringLiteral("stages[0]")), -1));
        QStringList names;
        for (const QJsonValue stage : model.document()[u"stages"_s].toArray())
            names << stage[u"name"_s].toString();
        QCOMPARE(names, (QStringList{u"Dev"_s, u"Hotfix"_s, u"QA"_s, u"Prod"_s}));
        QVERIFY(model.removeEntry(model.indexForPath(QStringLiteral("stages[1]"))));
        QCOMPARE(model.document()[u"stages"_s].toArray().size(), 3);
        // Unsetting an optional object empties its arrays below.
        QVERIFY(model.removeEntry(model.indexForPath(QStringLiteral("stages[1].preGates"))));
        QVERIFY(!model.document()[u"stages"_s][1].toObject().contains(QStringLiteral("preGates")));
        QCOMPARE(model.rowCount(model.indexForPath(QStringLiteral("stages[1].preGates.gates"))), 0);
        QCOMPARE(reset.count(), 0);
    }

    void variablesKeepTheirShortFormAndSecretsAreMasked() {
        PipelineDocumentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(specExample());
        const QModelIndex secret = model.indexForPath(QStringLiteral("variables.dbPassword"), 1);
        QCOMPARE(secret.data().toString(), QStringLiteral("***"));
        QCOMPARE(secret.data(Qt::EditRole).toString(), QStringLiteral("s3cr3t-value"));
        const QModelIndex added =
            model.addEntry(model.indexForPath(QStringLiteral("variables")), QStringLiteral("region"));
        QVERIFY(added.isValid());
        QVERIFY(!model.addEntry(model.indexForPath(QStringLiteral("variables")), QStringLiteral("region")).isValid());
        QVERIFY(model.setData(model.index(added.row(), 1, added.parent()), QStringLiteral("eu")));
        QCOMPARE(model.document()[u"variables"_s][u"region"_s].toString(), QStringLiteral("eu"));
        QVERIFY(model.setData(added, QStringLiteral("zone")));
        QCOMPARE(model.document()[u"variables"_s][u"zone"_s].toString(), QStringLiteral("eu"));
    }

    void unknownKeysAreKeptAndCanBeRemoved() {
        QJsonObject document = specExample();
        document.insert(QStringLiteral("colour"), QStringLiteral("blue"));
        PipelineDocumentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(document);
        QCOMPARE(model.document(), document);
        const QModelIndex colour = model.indexForPath(QStringLiteral("colour"));
        QCOMPARE(colour.data(PipelineDocumentModel::KindRole).toInt(), -1);
        QVERIFY(model.removeEntry(colour));
        QCOMPARE(model.document(), specExample());
    }

    void problemsAreShownOnTheFieldTheyNameAndAboveIt() {
        PipelineDocumentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(specExample());
        model.setProblems({Problem{Problem::Severity::Error, QStringLiteral("stages[1].trigger.stages[0]"),
                                   QStringLiteral("no stage named \"Dve\"")}});
        const QModelIndex named = model.indexForPath(QStringLiteral("stages[1].trigger.stages[0]"));
        QCOMPARE(named.data(PipelineDocumentModel::ProblemRole).toString(), QStringLiteral("no stage named \"Dve\""));
        QVERIFY(model.indexForPath(QStringLiteral("stages[1]")).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.indexForPath(QStringLiteral("stages[0]")).data(Qt::ForegroundRole).isValid());
        // A path below what exists leads to its nearest ancestor.
        QCOMPARE(model.nearestIndexForPath(QStringLiteral("stages[1].tasks[7].name")),
                 model.indexForPath(QStringLiteral("stages[1].tasks")));
    }
};

QTEST_GUILESS_MAIN(TestPipelineDocument)
#include "tst_pipelinedocument.moc"
