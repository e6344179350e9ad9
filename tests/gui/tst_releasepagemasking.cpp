// The release page shows no secret: its Approvals and gates tab, the deployment tree and the log view.
#include "maskingcanaries.h"
#include "releasepage.h"

#include <QAbstractItemModel>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = 15000;

QString treeText(const QTreeWidgetItem *item) {
    QString text;
    for (int column = 0; column < item->columnCount(); ++column)
        text += item->text(column) + QLatin1Char('\t') + item->toolTip(column) + QLatin1Char('\t');
    text += QLatin1Char('\n');
    for (int child = 0; child < item->childCount(); ++child)
        text += treeText(item->child(child));
    return text;
}

QString modelText(const QAbstractItemModel &model, const QModelIndex &parent = {}) {
    QString text;
    for (int row = 0; row < model.rowCount(parent); ++row)
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex index = model.index(row, column, parent);
            text += index.data(Qt::DisplayRole).toString() + QLatin1Char('\t') +
                    index.data(Qt::ToolTipRole).toString() + QLatin1Char('\n');
            if (column == 0)
                text += modelText(model, index);
        }
    return text;
}
} // namespace

class ReleasePageMaskingTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void gatesTabTreeAndLogShowNoSecret() {
        TestEnvironment env;
        addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob")});
        QVERIFY(env.save(canaryPipeline()).ok());
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("Leaky")).id;
        QTRY_COMPARE_WITH_TIMEOUT(toString(fixture.latest(release, QStringLiteral("Prod")).operationStatus),
                                  QStringLiteral("pendingIntervention"), waitMs);
        const qint64 id = fixture.latest(release, QStringLiteral("Prod")).id;
        QVERIFY(
            env.services->deployments
                .decideIntervention(id, false, QStringLiteral("stop ") + metaCanary, Identity{QStringLiteral("bob")})
                .ok());
        QTRY_COMPARE_WITH_TIMEOUT(toString(fixture.latest(release, QStringLiteral("Prod")).operationStatus),
                                  QStringLiteral("done"), waitMs);

        ReleasePage page({*env.services, Identity{QStringLiteral("alice")}}, release);
        page.show();
        auto *checks = page.findChild<QTreeWidget *>(QStringLiteral("approvalsAndGates"));
        QVERIFY(checks);
        QString gates;
        for (int i = 0; i < checks->topLevelItemCount(); ++i)
            gates += treeText(checks->topLevelItem(i));
        QVERIFY2(gates.contains(QStringLiteral("Probe: ***")), qPrintable(gates));
        QVERIFY2(leakIn(gates).isEmpty(), qPrintable(gates));

        auto *tree = page.findChild<QTreeView *>(QStringLiteral("deploymentTree"));
        QVERIFY(tree && tree->model());
        const QString tasks = modelText(*tree->model());
        QVERIFY2(leakIn(tasks).isEmpty(), qPrintable(tasks));
        auto *log = page.findChild<QPlainTextEdit *>(QStringLiteral("logView"));
        QVERIFY(log);
        bool sawLeakTask = false;
        for (const QModelIndex &attempt :
             tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("Leak"), -1,
                                  Qt::MatchContains | Qt::MatchRecursive)) {
            tree->setCurrentIndex(attempt);
            QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(QStringLiteral("token=[***]")), waitMs);
            QVERIFY2(leakIn(log->toPlainText()).isEmpty(), qPrintable(log->toPlainText()));
            sawLeakTask = true;
        }
        QVERIFY(sawLeakTask);
    }
};

QTEST_MAIN(ReleasePageMaskingTest)
#include "tst_releasepagemasking.moc"
