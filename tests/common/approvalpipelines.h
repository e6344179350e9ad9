#pragma once

#include "enginefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway::testing {

// Pipelines with approvals and gates, built as JSON objects.
struct ApprovalSettings final {
    QStringList approvers;
    QString order = QStringLiteral("anyOne");
    QString timeout = QStringLiteral("1h");
    bool requesterCannotApprove = false;
    bool skipIfApprovedInPreviousStage = false;
    bool revalidateIdentity = false;

    QJsonObject json() const {
        return {{QStringLiteral("approvers"), QJsonArray::fromStringList(approvers)},
                {QStringLiteral("order"), order},
                {QStringLiteral("timeout"), timeout},
                {QStringLiteral("requesterCannotApprove"), requesterCannotApprove},
                {QStringLiteral("skipIfApprovedInPreviousStage"), skipIfApprovedInPreviousStage},
                {QStringLiteral("revalidateIdentity"), revalidateIdentity}};
    }
};

inline QJsonObject delayTask(const QString &name = QStringLiteral("Ship")) {
    return {{QStringLiteral("name"), name},
            {QStringLiteral("type"), QStringLiteral("delay")},
            {QStringLiteral("duration"), QStringLiteral("0s")}};
}

inline QJsonObject approvalStage(const QString &name, const QJsonObject &trigger, const QJsonObject &extra = {}) {
    QJsonObject stage{{QStringLiteral("name"), name},
                      {QStringLiteral("trigger"), trigger},
                      {QStringLiteral("tasks"), QJsonArray{delayTask()}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        stage.insert(it.key(), it.value());
    return stage;
}

inline QJsonObject triggerAfterRelease() {
    return {{QStringLiteral("type"), QStringLiteral("afterRelease")}};
}
inline QJsonObject triggerAfter(const QString &stage) {
    return {{QStringLiteral("type"), QStringLiteral("afterStages")}, {QStringLiteral("stages"), QJsonArray{stage}}};
}

inline QByteArray pipelineOf(const QString &name, const QJsonArray &stages) {
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("stages"), stages}}).toJson();
}

inline void addUsers(TestEnvironment &env, const QStringList &names) {
    for (const QString &name : names)
        if (!env.services->directory.addUser(name, {}, Identity{QStringLiteral("setup")}))
            qFatal("cannot add user %s", qPrintable(name));
}

// Pending approvals of the latest deployment of a stage, by rank.
inline QList<ApprovalRecord> approvalsOf(EngineFixture &fixture, qint64 releaseId, const QString &stage) {
    const DeploymentRecord latest = fixture.latest(releaseId, stage);
    const Result<QList<ApprovalRecord>> all = fixture.env.services->approvals.ofDeployment(latest.id);
    return all ? *all : QList<ApprovalRecord>{};
}

inline std::optional<ApprovalRecord> pendingFor(EngineFixture &fixture, qint64 releaseId, const QString &stage,
                                                const QString &approver) {
    for (const ApprovalRecord &a : approvalsOf(fixture, releaseId, stage))
        if (a.approver == approver && a.status == ApprovalStatus::Pending)
            return a;
    return std::nullopt;
}

} // namespace slipway::testing
