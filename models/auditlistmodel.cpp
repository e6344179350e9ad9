#include "auditlistmodel.h"
#include "datetext.h"

#include "deploymentlogmodel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <tuple>

namespace slipway {

namespace {

// What happened, in words, without the subject.
QString actionText(const AuditEventRecord &event) {
    const QJsonObject &d = event.details;
    const QString a = event.action;
    auto str = [&d](const char *key) { return d.value(QLatin1String(key)).toString(); };
    if (a == QLatin1String("release.created"))
        return QCoreApplication::translate("AuditListModel", "release created from revision %1")
            .arg(d.value(QLatin1String("revision")).toInt());
    if (a == QLatin1String("release.started"))
        return QCoreApplication::translate("AuditListModel", "draft started");
    if (a == QLatin1String("release.abandoned"))
        return QCoreApplication::translate("AuditListModel", "release abandoned");
    if (a == QLatin1String("release.keepForever"))
        return d.value(QLatin1String("keepForever")).toBool()
                   ? QCoreApplication::translate("AuditListModel", "kept forever")
                   : QCoreApplication::translate("AuditListModel", "no longer kept forever");
    if (a == QLatin1String("release.described"))
        return QCoreApplication::translate("AuditListModel", "description changed");
    if (a == QLatin1String("release.renamed"))
        return QCoreApplication::translate("AuditListModel", "renamed to %1").arg(str("name"));
    if (a == QLatin1String("deployment.requested")) {
        const QString reason = str("reason");
        QString text = reason == QLatin1String("redeploy")
                           ? QCoreApplication::translate("AuditListModel", "redeploy requested")
                       : reason == QLatin1String("automated")
                           ? QCoreApplication::translate("AuditListModel", "deployment requested by its trigger")
                       : reason == QLatin1String("scheduled")
                           ? QCoreApplication::translate("AuditListModel", "deployment requested by its schedule")
                           : QCoreApplication::translate("AuditListModel", "deployment requested");
        if (const QDateTime at = QDateTime::fromString(str("startAt"), Qt::ISODate); at.isValid())
            text += QCoreApplication::translate("AuditListModel", ", to start at %1").arg(dateTimeText(at));
        return text;
    }
    if (a == QLatin1String("deployment.admitted"))
        return QCoreApplication::translate("AuditListModel", "admitted by the queue");
    if (a == QLatin1String("deployment.started"))
        return QCoreApplication::translate("AuditListModel", "started");
    if (a == QLatin1String("deployment.completed")) {
        const std::optional<DeploymentStatus> status = fromString<DeploymentStatus>(str("status"));
        QString text = QCoreApplication::translate("AuditListModel", "finished: %1")
                           .arg(status ? deploymentStatusText(*status) : str("status"));
        if (!str("message").isEmpty())
            text += QStringLiteral(" (%1)").arg(str("message"));
        return text;
    }
    if (a == QLatin1String("deployment.cancelRequested"))
        return QCoreApplication::translate("AuditListModel", "cancel requested");
    if (a == QLatin1String("deployment.canceled"))
        return QCoreApplication::translate("AuditListModel", "canceled");
    if (a == QLatin1String("deployment.interrupted"))
        return QCoreApplication::translate("AuditListModel", "interrupted");
    if (a == QLatin1String("approval.approved"))
        return d.value(QLatin1String("override")).toBool()
                   ? QCoreApplication::translate("AuditListModel", "approved by an administrator's override")
                   : QCoreApplication::translate("AuditListModel", "approved");
    if (a == QLatin1String("approval.deferred"))
        return QCoreApplication::translate("AuditListModel", "approved, deferred until %1")
            .arg(QLocale().toString(QDateTime::fromString(str("deferredUntil"), Qt::ISODate).toLocalTime(),
                                    QLocale::LongFormat));
    if (a == QLatin1String("approval.rejected"))
        return QCoreApplication::translate("AuditListModel", "rejected");
    if (a == QLatin1String("approval.reassigned"))
        return QCoreApplication::translate("AuditListModel", "reassigned to %1").arg(str("to"));
    if (a == QLatin1String("approval.canceled"))
        return QCoreApplication::translate("AuditListModel", "approval canceled");
    if (a == QLatin1String("approval.skipped"))
        return QCoreApplication::translate("AuditListModel", "approval skipped");
    if (a == QLatin1String("approval.overridden"))
        return QCoreApplication::translate("AuditListModel", "approvals overridden by an administrator");
    if (a == QLatin1String("gate.ignored"))
        return QCoreApplication::translate("AuditListModel", "gate \"%1\" ignored").arg(str("gate"));
    if (a == QLatin1String("deployment.awaitingIntervention"))
        return QCoreApplication::translate("AuditListModel", "waiting for manual intervention \"%1\"").arg(str("task"));
    if (a == QLatin1String("intervention.resumed"))
        return QCoreApplication::translate("AuditListModel", "manual intervention \"%1\" resumed").arg(str("task"));
    if (a == QLatin1String("intervention.rejected"))
        return QCoreApplication::translate("AuditListModel", "manual intervention \"%1\" rejected").arg(str("task"));
    return a;
}

} // namespace

QString summariseDetails(const QJsonObject &details) {
    QStringList parts;
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isDouble())
            text = QString::number(value.toDouble(), 'g', 15);
        else if (value.isBool())
            text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (!value.isNull())
            text = QString::fromUtf8(
                QJsonDocument(value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
                    .toJson(QJsonDocument::Compact));
        if (!text.isEmpty())
            parts << it.key() + QLatin1Char('=') + text;
    }
    return parts.join(QStringLiteral(", "));
}

QString actingName(const AuditEventRecord &event) {
    // On a local file anyone who may write it may act under any name: who really did is beside it.
    const QString osLogin = event.details.value(QLatin1String("osLogin")).toString();
    if (osLogin.isEmpty() || osLogin == event.actor)
        return event.actor;
    return QCoreApplication::translate("AuditListModel", "%1 (OS login %2)").arg(event.actor, osLogin);
}

QString auditEventText(const AuditEventRecord &event, const QString &subject) {
    QString text = actionText(event);
    if (!subject.isEmpty())
        text = QCoreApplication::translate("AuditListModel", "%1: %2").arg(subject, text);
    const QString comment = event.details.value(QLatin1String("comment")).toString();
    if (!comment.isEmpty())
        text += QCoreApplication::translate("AuditListModel", ", comment “%1”").arg(comment);
    return text;
}

AuditListModel::AuditListModel(QueryService &queries, QString objectType, qint64 objectId, QObject *parent)
    : AuditListModel(
          queries,
          [type = std::move(objectType), objectId] {
              return QList<AuditSubject>{{type, objectId, {}}};
          },
          parent) {}

AuditListModel::AuditListModel(QueryService &queries, AuditSubjects subjects, QObject *parent)
    : QAbstractTableModel(parent), m_queries(queries), m_subjects(std::move(subjects)) {
    refresh();
}

void AuditListModel::refresh() {
    QList<Row> all;
    for (const AuditSubject &subject : m_subjects()) {
        Result<QList<AuditEventRecord>> events = m_queries.auditEvents(subject.objectType, subject.objectId);
        if (!events)
            return; // keep what is shown; the next refresh tries again
        for (const AuditEventRecord &event : std::as_const(*events))
            all.append({event, subject.label});
    }
    // In time order; of events at the same instant, the release's own come first (it is created before the
    // deployments its triggers request in the same transaction, whose events are written first).
    std::sort(all.begin(), all.end(), [](const Row &a, const Row &b) {
        const bool aRelease = a.event.objectType == QLatin1String("release");
        const bool bRelease = b.event.objectType == QLatin1String("release");
        return std::tuple(a.event.at, !aRelease, a.event.id) < std::tuple(b.event.at, !bRelease, b.event.id);
    });
    const bool extends =
        all.size() >= m_rows.size() && std::equal(m_rows.cbegin(), m_rows.cend(), all.cbegin(),
                                                  [](const Row &a, const Row &b) { return a.event.id == b.event.id; });
    if (!extends) {
        beginResetModel();
        m_rows = all;
        endResetModel();
        return;
    }
    if (all.size() == m_rows.size())
        return;
    beginInsertRows({}, int(m_rows.size()), int(all.size() - 1));
    m_rows = all;
    endInsertRows();
}

int AuditListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const AuditEventRecord &event = row.event;
    if (role == Qt::ToolTipRole) // the event in words, with who and when (the raw record is in the Details column)
        return tr("%1\n%2, %3").arg(auditEventText(event, row.subject), actingName(event), dateTimeText(event.at));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn: return dateTimeText(event.at);
    case WhoColumn: return actingName(event);
    case WhatColumn: return event.action;
    case DetailsColumn: return summariseDetails(event.details);
    case EventColumn: return auditEventText(event, row.subject);
    default: return {};
    }
}

QVariant AuditListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn: return tr("When");
    case WhoColumn: return tr("Who");
    case WhatColumn: return tr("Action");
    case DetailsColumn: return tr("Details");
    case EventColumn: return tr("What happened");
    default: return {};
    }
}

} // namespace slipway
