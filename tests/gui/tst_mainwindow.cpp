#include "appsession.h"
#include "mainwindow.h"
#include "pipelinetreemodel.h"
#include "releasegridmodel.h"
#include "samplepipeline.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace slipway;

class MainWindowTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aNewcomerSeesTheSamplePipelineAndItsReleases() {
        // GIVEN an empty database
        QTemporaryDir dir;
        auto session = AppSession::open(dir.filePath(QStringLiteral("slipway.db")), QStringLiteral("newcomer"));
        QVERIFY(session.ok());
        // WHEN the app starts
        Result<qint64> sample = ensureSamplePipeline(**session, dir.path());
        QVERIFY2(sample.ok(), qPrintable(sample.ok() ? QString() : sample.error().message));
        QVERIFY(*sample > 0);
        Services &services = (*session)->services();
        PipelineTreeModel pipelines(services.queries, services.notifier);
        auto makeGrid = [&services](qint64 pipelineId) {
            return std::make_unique<ReleaseGridModel>(services.queries, services.notifier, pipelineId);
        };
        QAbstractItemModelTester treeTester(&pipelines, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MainWindow window(pipelines, makeGrid, {(*session)->store().location(), QStringLiteral("newcomer"), QString()});
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
