#include "auditlistmodel.h"

#include "datetext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace slipway {

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

AuditListModel::AuditListModel(QueryService &queries, QString objectType, qint64 objectId, QObject *parent)
    : QAbstractTableModel(parent), m_queries(queries), m_objectType(std::move(objectType)), m_objectId(objectId) {
    refresh();
}

void AuditListModel::refresh() {
    Result<QList<AuditEventRecord>> events = m_queries.auditEvents(m_objectType, m_objectId);
    if (!events)
        return;
    const qint64 known = m_events.isEmpty() ? 0 : m_events.last().id;
    QList<AuditEventRecord> fresh;
    for (const AuditEventRecord &event : std::as_const(*events))
        if (event.id > known)
            fresh << event;
    if (fresh.isEmpty())
        return;
    std::sort(fresh.begin(), fresh.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    beginInsertRows({}, int(m_events.size()), int(m_events.size() + fresh.size() - 1));
    m_events += fresh;
    endInsertRows();
}

int AuditListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEventRecord &event = m_events.at(index.row());
    if (role == Qt::ToolTipRole)
        return summariseDetails(event.details);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn: return compactDateTimeText(event.at);
    case WhoColumn: return event.actor;
    case WhatColumn: return event.action;
    case DetailsColumn: return summariseDetails(event.details);
    default: return {};
    }
}

QVariant AuditListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn: return tr("When");
    case WhoColumn: return tr("Who");
    case WhatColumn: return tr("What");
    case DetailsColumn: return tr("Details");
    default: return {};
    }
}

} // namespace slipway
