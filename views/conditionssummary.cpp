#include "conditionssummary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace slipway {

namespace {

// The summary's phrases, translated in one context.
class Phrases final {
    Q_DECLARE_TR_FUNCTIONS(ConditionsSummary)

public:
    static QString triggerPart(const QJsonObject &stage);
    static QString approvalPart(const QJsonObject &approvals);
    static QString gatesPart(const QJsonObject &gates);
    static QStringList sideParts(const QJsonObject &stage, const QString &approvalsKey, const QString &gatesKey,
                                 const QString &defaultOrder);
    static QString summary(const QJsonObject &stage);
};

QString Phrases::triggerPart(const QJsonObject &stage) {
    const QJsonObject trigger = stage.value(QStringLiteral("trigger")).toObject();
    const QString type = trigger.value(QStringLiteral("type")).toString(QStringLiteral("manual"));
    QString text;
    if (type == QLatin1String("afterRelease")) {
        text = tr("Starts when a release is created.");
    } else if (type == QLatin1String("afterStages")) {
        QStringList stages;
        for (const QJsonValue name : trigger.value(QStringLiteral("stages")).toArray())
            stages << name.toString();
        text = stages.isEmpty() ? tr("Starts after other stages (none chosen yet).")
                                : tr("Starts after %1.").arg(stages.join(tr(" and ")));
    } else {
        text = tr("Starts only when deployed by hand.");
    }
    if (stage.contains(QStringLiteral("schedule")))
        text += QLatin1Char(' ') + tr("Also on its schedule.");
    return text;
}

QString Phrases::approvalPart(const QJsonObject &approvals) {
    QStringList approvers;
    for (const QJsonValue approver : approvals.value(QStringLiteral("approvers")).toArray())
        approvers << approver.toString();
    if (approvers.isEmpty())
        return tr("approval (no approver chosen yet)");
    const QString order = approvals.value(QStringLiteral("order")).toString(QStringLiteral("anyOne"));
    if (approvers.size() == 1)
        return tr("approval by %1").arg(approvers.first());
    if (order == QLatin1String("allInSequence"))
        return tr("approval by %1").arg(approvers.join(tr(", then by ")));
    if (order == QLatin1String("allAnyOrder"))
        return tr("approval by all of %1").arg(approvers.join(tr(" and ")));
    return tr("approval by %1").arg(approvers.join(tr(" or ")));
}

QString Phrases::gatesPart(const QJsonObject &gates) {
    const int count = int(gates.value(QStringLiteral("gates")).toArray().size());
    QString text = tr("%n gate(s) (every %1, at most %2", nullptr, count)
                       .arg(gates.value(QStringLiteral("samplingInterval")).toString(QStringLiteral("5m")),
                            gates.value(QStringLiteral("timeout")).toString(QStringLiteral("6h")));
    const QString delay = gates.value(QStringLiteral("delay")).toString(QStringLiteral("0s"));
    if (delay != QLatin1String("0s"))
        text += tr(", first after %1").arg(delay);
    const QString passing = gates.value(QStringLiteral("minSuccessDuration")).toString(QStringLiteral("0s"));
    if (passing != QLatin1String("0s"))
        text += tr(", passing for %1").arg(passing);
    return text + QLatin1Char(')');
}

// The approvals and gates of one side, in the order the gates' approvalOrder gives them.
QStringList Phrases::sideParts(const QJsonObject &stage, const QString &approvalsKey, const QString &gatesKey,
                               const QString &defaultOrder) {
    QStringList parts;
    const bool hasApprovals = stage.value(approvalsKey).isObject();
    const bool hasGates = stage.value(gatesKey).isObject();
    const QJsonObject gates = stage.value(gatesKey).toObject();
    const bool approvalsFirst =
        gates.value(QStringLiteral("approvalOrder")).toString(defaultOrder) == QLatin1String("beforeGates");
    if (hasGates && !approvalsFirst)
        parts << gatesPart(gates);
    if (hasApprovals)
        parts << approvalPart(stage.value(approvalsKey).toObject());
    if (hasGates && approvalsFirst)
        parts << gatesPart(gates);
    return parts;
}

QString Phrases::summary(const QJsonObject &stage) {
    QString text = triggerPart(stage) + QLatin1Char(' ');
    const QStringList before =
        sideParts(stage, QStringLiteral("preApprovals"), QStringLiteral("preGates"), QStringLiteral("beforeGates"));
    const QStringList after = sideParts(stage, QStringLiteral("postApprovals"), QStringLiteral("postGates"),
                                        QStringLiteral("afterSuccessfulGates"));
    const QString then = tr(", then ");
    text += before.isEmpty() ? tr("Deploys without waiting for anyone.")
                             : tr("Waits for: %1, then deploys.").arg(before.join(then));
    if (!after.isEmpty())
        text += QLatin1Char(' ') + tr("Afterwards waits for: %1.").arg(after.join(then));
    return text;
}

} // namespace

QString conditionsSummary(const QJsonObject &stage) {
    return Phrases::summary(stage);
}

} // namespace slipway
