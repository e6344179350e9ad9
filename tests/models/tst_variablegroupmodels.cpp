#include "testenvironment.h"
#include "pipelinedocumentmodel.h"
#include "variablegroupmodels.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTest>

using namespace slipway;
using slipway::testing::TestEnvironment;

class VariableGroupModelsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theListFollowsTheGroupsByName() {
        TestEnvironment env;
        VariableGroupListModel model(env.services->variableGroups);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.refresh().ok());
        QCOMPARE(model.rowCount(), 0);
        const Identity alice{QStringLiteral("alice")};
        QVERIFY(env.services->variableGroups
                    .create(QStringLiteral("zeta"), QStringLiteral("last"),
                            {{QStringLiteral("a"), QStringLiteral("1"), false}}, alice)
                    .ok());
        QVERIFY(env.services->variableGroups.create(QStringLiteral("Alpha"), {}, {}, alice).ok());
        QVERIFY(model.refresh().ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, VariableGroupListModel::NameColumn).data().toString(), QStringLiteral("Alpha"));
        QCOMPARE(model.index(1, VariableGroupListModel::VariablesColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(1, VariableGroupListModel::DescriptionColumn).data().toString(), QStringLiteral("last"));
        QCOMPARE(model.rowOf(QStringLiteral("ZETA")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    }

    void secretsAreMaskedAndKeptUnlessGivenAnew() {
        GroupVariablesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEditable(true);
        model.setVariables(
            {{QStringLiteral("region"), QStringLiteral("eu"), false}, {QStringLiteral("token"), QString(), true}});
        QCOMPARE(model.index(1, GroupVariablesModel::ValueColumn).data().toString(), QStringLiteral("***"));
        QCOMPARE(model.index(1, GroupVariablesModel::ValueColumn).data(Qt::EditRole).toString(), QString());
        QVERIFY(!(model.flags(model.index(1, GroupVariablesModel::ValueColumn)) & Qt::ItemIsEditable));
        QVERIFY(model.setData(model.index(0, GroupVariablesModel::ValueColumn), QStringLiteral("us")));
        QList<GroupVariableInput> inputs = model.inputs();
        QCOMPARE(inputs[0].value, std::optional<QString>(QStringLiteral("us")));
        QVERIFY(inputs[1].secret);
        QVERIFY(!inputs[1].value.has_value()); // kept as it is

        model.setNewSecretValue(1, QStringLiteral("n3w"));
        QCOMPARE(model.index(1, GroupVariablesModel::ValueColumn).data().toString(), QStringLiteral("*** (new value)"));
        QCOMPARE(model.inputs()[1].value, std::optional<QString>(QStringLiteral("n3w")));

        const int added = model.addVariable(QStringLiteral("extra"));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.setData(model.index(added, GroupVariablesModel::ValueColumn), QStringLiteral("typed")));
        QVERIFY(model.setData(model.index(added, GroupVariablesModel::SecretColumn), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.index(added, GroupVariablesModel::ValueColumn).data().toString(),
                 QStringLiteral("*** (new value)"));
        QCOMPARE(model.inputs()[added].value, std::optional<QString>(QStringLiteral("typed")));
        model.removeVariable(0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.inputs()[0].name, QStringLiteral("token"));
    }

    // The pipeline editor's document model follows the schema: a pipeline's and a stage's linked groups are
    // added and edited like any other list of names.
    void theEditorsDocumentEditsLinkedGroups() {
        PipelineDocumentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("P")},
            {QStringLiteral("stages"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Dev")}}}}});
        for (const QString &owner : {QString(), QStringLiteral("stages[0]")}) {
            const QString list =
                (owner.isEmpty() ? QString() : owner + QLatin1Char('.')) + QStringLiteral("variableGroups");
            QVERIFY(model.indexForPath(list).isValid()); // offered like every key of the schema
            QVERIFY(model.addEntry(model.indexForPath(list)).isValid());
            QVERIFY(model.setValue(list + QStringLiteral("[0]"),
                                   owner.isEmpty() ? QStringLiteral("Shared") : QStringLiteral("Dev group")));
        }
        const QJsonObject document = model.document();
        QCOMPARE(document.value(QStringLiteral("variableGroups")).toArray(), QJsonArray{QStringLiteral("Shared")});
        QCOMPARE(
            document.value(QStringLiteral("stages"))[0].toObject().value(QStringLiteral("variableGroups")).toArray(),
            QJsonArray{QStringLiteral("Dev group")});
    }
};

QTEST_GUILESS_MAIN(VariableGroupModelsTest)
#include "tst_variablegroupmodels.moc"
