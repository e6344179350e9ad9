#include "finishednotice.h"

#include <QTest>

using namespace slipway;

namespace {

DeploymentContext deployment(qint64 id, const QString &requestedBy, DeploymentStatus status,
                             OperationStatus operation) {
    DeploymentContext d;
    d.deployment.id = id;
    d.deployment.requestedBy = requestedBy;
    d.deployment.status = status;
    d.deployment.operationStatus = operation;
    d.pipelineId = 4;
    d.releaseId = 9;
    d.releaseName = QStringLiteral("Release-9");
    d.stageName = QStringLiteral("Prod");
    return d;
}

} // namespace

// The tray's "deployment finished": which changes of a deployment say so, and what it says.
class FinishedNoticeTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aFinishedDeploymentOfTheUserSaysHowItEndedAndWhere_data() {
        QTest::addColumn<DeploymentStatus>("status");
        QTest::addColumn<QString>("title");
        QTest::newRow("succeeded") << DeploymentStatus::Succeeded << QStringLiteral("Deployment finished: Succeeded");
        QTest::newRow("failed") << DeploymentStatus::Failed << QStringLiteral("Deployment finished: Failed");
        QTest::newRow("canceled") << DeploymentStatus::Canceled << QStringLiteral("Deployment finished: Canceled");
        QTest::newRow("interrupted") << DeploymentStatus::Interrupted
                                     << QStringLiteral("Deployment finished: Interrupted");
        QTest::newRow("partially") << DeploymentStatus::PartiallySucceeded
                                   << QStringLiteral("Deployment finished: Partially succeeded");
    }

    void aFinishedDeploymentOfTheUserSaysHowItEndedAndWhere() {
        QFETCH(DeploymentStatus, status);
        QFETCH(QString, title);
        FinishedDeploymentNotice notice(QStringLiteral("alice"));
        const std::optional<TrayMessage> message =
            notice.consider(deployment(1, QStringLiteral("alice"), status, OperationStatus::Done));
        QVERIFY(message);
        QCOMPARE(message->title, title);
        QCOMPARE(message->message, QStringLiteral("Release-9 to Prod"));
        QCOMPARE(message->pipelineId, 4);
        QCOMPARE(message->releaseId, 9);
    }

    void eachDeploymentIsAnnouncedOnce() {
        FinishedDeploymentNotice notice(QStringLiteral("alice"));
        const DeploymentContext done =
            deployment(1, QStringLiteral("alice"), DeploymentStatus::Succeeded, OperationStatus::Done);
        QVERIFY(notice.consider(done));
        QVERIFY(!notice.consider(done)); // a later change of the same deployment (its audit, a log line)
        QVERIFY(
            notice.consider(deployment(2, QStringLiteral("alice"), DeploymentStatus::Failed, OperationStatus::Done)));
    }

    void nothingWhileItRunsOrForOtherUsers_data() {
        QTest::addColumn<QString>("requestedBy");
        QTest::addColumn<OperationStatus>("operation");
        QTest::newRow("queued") << "alice" << OperationStatus::Queued;
        QTest::newRow("approval") << "alice" << OperationStatus::PendingApproval;
        QTest::newRow("gates") << "alice" << OperationStatus::EvaluatingGates;
        QTest::newRow("deferred") << "alice" << OperationStatus::Deferred;
        QTest::newRow("running") << "alice" << OperationStatus::Running;
        QTest::newRow("intervention") << "alice" << OperationStatus::PendingIntervention;
        QTest::newRow("cancelling") << "alice" << OperationStatus::Cancelling;
        QTest::newRow("someone else's") << "bob" << OperationStatus::Done;
    }

    void nothingWhileItRunsOrForOtherUsers() {
        QFETCH(QString, requestedBy);
        QFETCH(OperationStatus, operation);
        FinishedDeploymentNotice notice(QStringLiteral("alice"));
        QVERIFY(!notice.consider(deployment(1, requestedBy, DeploymentStatus::InProgress, operation)));
        // and a deployment not announced while running is announced when it is done
        if (requestedBy == QLatin1String("alice"))
            QVERIFY(notice.consider(deployment(1, requestedBy, DeploymentStatus::Succeeded, OperationStatus::Done)));
    }
};

QTEST_GUILESS_MAIN(FinishedNoticeTest)
#include "tst_finishednotice.moc"
