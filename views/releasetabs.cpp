#include "releasetabs.h"
#include "datetext.h"
#include "errortext.h"

#include "deploymentlogmodel.h"
#include "services/services.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTreeWidget>

namespace slipway {

namespace {

QString longTime(const QDateTime &utc) {
    return dateTimeText(utc);
}

QString approvalStateText(ApprovalStatus status) {
    return statusText(status);
}

void addApprovals(QTreeWidgetItem *attempt, ApprovalService &approvals, qint64 deploymentId) {
    Result<QList<ApprovalRecord>> rows = approvals.ofDeployment(deploymentId);
    if (!rows)
        return;
    for (const ApprovalRecord &a : std::as_const(*rows)) {
        QString who = a.actedBy.isEmpty()
                          ? QCoreApplication::translate("ReleasePage", "waiting for %1").arg(a.approver)
                          : QCoreApplication::translate("ReleasePage", "%1, %2").arg(a.actedBy, longTime(a.actedAt));
        if (a.deferredUntil.isValid())
            who += QCoreApplication::translate("ReleasePage", " (deferred to %1)").arg(longTime(a.deferredUntil));
        new QTreeWidgetItem(
            attempt, {a.kind == ApprovalKind::PreDeploy
                          ? QCoreApplication::translate("ReleasePage", "Pre-deployment approval: %1").arg(a.approver)
                          : QCoreApplication::translate("ReleasePage", "Post-deployment approval: %1").arg(a.approver),
                      approvalStateText(a.status), who, a.comment});
    }
}

void addGates(QTreeWidgetItem *attempt, ApprovalService &approvals, qint64 deploymentId) {
    Result<QList<GateEvaluationRecord>> rounds = approvals.gateEvaluations(deploymentId);
    if (!rounds)
        return;
    for (const GateEvaluationRecord &round : std::as_const(*rounds)) {
        QStringList results;
        for (const QJsonValue &r : round.results)
            results << QStringLiteral("%1: %2").arg(r.toObject().value(QLatin1String("name")).toString(),
                                                    r.toObject().value(QLatin1String("message")).toString());
        new QTreeWidgetItem(attempt, {QCoreApplication::translate("ReleasePage", "Gates (%1)").arg(round.phase),
                                      round.passed ? QCoreApplication::translate("ReleasePage", "passed")
                                                   : QCoreApplication::translate("ReleasePage", "not passed"),
                                      longTime(round.at), results.join(QStringLiteral("; "))});
    }
}

} // namespace

void fillApprovalsAndGates(QTreeWidget *tree, ApprovalService &approvals, const ReleaseDetails &details) {
    tree->clear();
    for (const StageDetails &stage : details.stages)
        for (const DeploymentRecord &d : stage.deployments) {
            auto *attempt = new QTreeWidgetItem(
                tree,
                {QCoreApplication::translate("ReleasePage", "%1 · attempt %2").arg(stage.stage.name).arg(d.attempt),
                 attemptStateText(d)});
            addApprovals(attempt, approvals, d.id);
            addGates(attempt, approvals, d.id);
        }
    tree->expandAll();
    tree->resizeColumnToContents(0);
}

void fillReleaseVariables(QTableWidget *table, PipelineService &pipelines, const ReleaseDetails &details) {
    table->setRowCount(0);
    Result<std::shared_ptr<const PipelineDefinition>> snapshot =
        pipelines.definitionOfRevision(details.release.revisionId);
    if (!snapshot)
        return;
    const QJsonObject given = details.release.variables;
    auto add = [table](const QString &name, const QString &value, const QString &scope) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(name));
        table->setItem(row, 1, new QTableWidgetItem(value));
        table->setItem(row, 2, new QTableWidgetItem(scope));
    };
    for (const VariableDefinition &v : (*snapshot)->variables)
        add(v.name, v.secret ? QStringLiteral("***") : given.value(v.name).toString(v.value),
            given.contains(v.name) ? QCoreApplication::translate("ReleasePage", "release")
                                   : QCoreApplication::translate("ReleasePage", "pipeline"));
    for (const StageDefinition &stage : (*snapshot)->stages)
        for (const VariableDefinition &v : stage.variables)
            add(v.name, v.secret ? QStringLiteral("***") : v.value,
                QCoreApplication::translate("ReleasePage", "stage %1").arg(stage.name));
}

QString savedLogText(Services &services, const ReleaseDetails &details, qint64 deploymentId, qint64 taskRunId) {
    QString text = QCoreApplication::translate("ReleasePage", "Release: %1 (%2, revision %3)\n")
                       .arg(details.release.name, details.release.pipelineName)
                       .arg(details.release.revision);
    for (const StageDetails &stage : details.stages)
        for (const DeploymentRecord &d : stage.deployments)
            if (d.id == deploymentId) {
                text += QCoreApplication::translate("ReleasePage", "Stage: %1, attempt %2 (%3)\n")
                            .arg(stage.stage.name)
                            .arg(d.attempt)
                            .arg(attemptStateText(d));
                for (const TaskRunRecord &task : stage.tasks.value(d.id))
                    if (task.id == taskRunId)
                        text += QCoreApplication::translate("ReleasePage", "Task: %1\n").arg(task.name);
            }
    text += QCoreApplication::translate("ReleasePage", "Saved: %1\n\n").arg(longTime(services.clock.now()));
    qint64 after = 0;
    for (;;) {
        Result<QList<LogLineRecord>> lines = services.deployments.logLines(deploymentId, after, 2000);
        if (!lines || lines->isEmpty())
            break;
        for (const LogLineRecord &line : std::as_const(*lines))
            if (!taskRunId || line.taskRunId == taskRunId)
                text += line.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz  ")) + line.line +
                        QLatin1Char('\n');
        after = lines->last().id;
        if (lines->size() < 2000)
            break;
    }
    return text;
}

QString logFileName(const ReleaseDetails &details, qint64 deploymentId) {
    QString name = details.release.name;
    for (const StageDetails &stage : details.stages)
        for (const DeploymentRecord &d : stage.deployments)
            if (d.id == deploymentId)
                name += QStringLiteral("_%1_attempt-%2").arg(stage.stage.name).arg(d.attempt);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    return name + QStringLiteral(".log");
}

} // namespace slipway
