#pragma once

#include "services/queryservice.h"

#include <QAbstractTableModel>

namespace slipway {

// The audit events of one object (a release's History tab), oldest first. Events are append-only,
// so refresh() only ever inserts the new ones at the end.
class AuditListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, DetailsColumn, ColumnCount };

    AuditListModel(QueryService &queries, QString objectType, qint64 objectId, QObject *parent = nullptr);

    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QueryService &m_queries;
    QString m_objectType;
    qint64 m_objectId;
    QList<AuditEventRecord> m_events;
};

// "comment=again, attempt=2": an event's details on one line, for lists and tooltips.
QString summariseDetails(const QJsonObject &details);

} // namespace slipway
