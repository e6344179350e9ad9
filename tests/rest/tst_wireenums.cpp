// Azure's wire enums: each typed value has one name in its table and back, numbers and names (any case)
// are read, flag enums read comma lists and write combined names, and what no table holds is refused.
#include "wireenums.h"

#include <QTest>

using namespace slipway::rest;

class WireEnumsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shouldMapEveryValueToItsNameAndBack() {
        // GIVEN the tables WHEN a value is named and the name read back THEN it is the same value
        for (wire::EnvironmentStatus value : {wire::EnvironmentStatus::Undefined, wire::EnvironmentStatus::InProgress,
                                              wire::EnvironmentStatus::Canceled, wire::EnvironmentStatus::Scheduled,
                                              wire::EnvironmentStatus::PartiallySucceeded})
            QCOMPARE(wire::environmentStatus.parse(wire::environmentStatus.nameOf(value)), value);
        QCOMPARE(wire::environmentStatus.nameOf(wire::EnvironmentStatus::InProgress), QStringLiteral("inProgress"));
        QCOMPARE(wire::approvalStatus.nameOf(wire::ApprovalStatus::Reassigned), QStringLiteral("reassigned"));
        QCOMPARE(wire::manualInterventionStatus.nameOf(wire::ManualInterventionStatus::Approved),
                 QStringLiteral("approved"));
        QCOMPARE(wire::gateStatus.nameOf(wire::GateStatus::InProgress), QStringLiteral("inProgress"));
        QCOMPARE(wire::operationStatus.nameOf(wire::OperationStatus::ManualInterventionPending),
                 QStringLiteral("manualInterventionPending"));
    }

    void shouldReadAzureNumbersAsTheirEnumerators() {
        QCOMPARE(wire::environmentStatus.parse(QJsonValue(2)), wire::EnvironmentStatus::InProgress);
        QCOMPARE(wire::environmentStatus.parse(QJsonValue(8)), wire::EnvironmentStatus::Canceled);
        QCOMPARE(wire::environmentStatus.parse(QJsonValue(64)), wire::EnvironmentStatus::Scheduled);
        QCOMPARE(wire::approvalStatus.parse(QJsonValue(4)), wire::ApprovalStatus::Rejected);
        QCOMPARE(wire::approvalStatus.parse(QStringLiteral("2")), wire::ApprovalStatus::Approved);
        QCOMPARE(wire::deploymentStatus.parse(QStringLiteral("31")), wire::DeploymentStatus::All);
        QCOMPARE(wire::operationStatus.parse(QStringLiteral("258047")), wire::OperationStatus::All);
        QCOMPARE(wire::releaseStatus.parse(QStringLiteral("ABANDONED")), wire::ReleaseStatus::Abandoned);
        QCOMPARE(wire::queryOrder.parse(QStringLiteral("Ascending")), wire::QueryOrder::Ascending);
    }

    void shouldCombineFlagsBothWays() {
        const std::optional<wire::DeploymentStatus> bits =
            wire::deploymentStatus.parse(QStringLiteral("succeeded, failed"));
        QVERIFY(bits);
        QCOMPARE(int(*bits), 4 | 16);
        QVERIFY(wire::hasAny(*bits, wire::DeploymentStatus::Failed));
        QVERIFY(!wire::hasAny(*bits, wire::DeploymentStatus::InProgress));
        QCOMPARE(wire::deploymentStatus.nameOf(*bits), QStringLiteral("succeeded, failed"));
        // Not a flag enum: a comma list is one unknown name.
        QVERIFY(!wire::approvalStatus.parse(QStringLiteral("approved,rejected")));
    }

    void shouldRefuseWhatNoTableHolds() {
        QVERIFY(!wire::approvalStatus.parse(QStringLiteral("maybe")));
        QVERIFY(!wire::environmentStatus.parse(QJsonValue(2.5)));
        QVERIFY(!wire::environmentStatus.parse(QJsonValue(true)));
        QVERIFY(!wire::releaseExpands.parse(QStringLiteral("environments,nothing")));
        // A number is taken as given; its name is the number.
        QCOMPARE(wire::approvalStatus.nameOf(wire::ApprovalStatus(3)), QStringLiteral("3"));
    }
};

QTEST_GUILESS_MAIN(WireEnumsTest)
#include "tst_wireenums.moc"
