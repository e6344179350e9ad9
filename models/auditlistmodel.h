#pragma once

#include "services/queryservice.h"

#include <QAbstractTableModel>

#include <functional>

namespace slipway {

// An object whose audit events a list shows, with how the list names it ("Dev · attempt 2").
struct AuditSubject final {
    QString objectType;
    qint64 objectId = 0;
    QString label;
};
using AuditSubjects = std::function<QList<AuditSubject>()>;

// The audit events of some objects (a release's History tab: the release, its deployments and their
// approvals), oldest first. Events are append-only, so refresh() inserts the new ones at the end; it
// resets only when an older event turns up (an object that was not known at the last refresh).
class AuditListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditListModel)
public:
    // What: the action's name; Details: key=value; Event: the event in words, for people.
    enum Column { WhenColumn, WhoColumn, WhatColumn, DetailsColumn, EventColumn, ColumnCount };

    AuditListModel(QueryService &queries, QString objectType, qint64 objectId, QObject *parent = nullptr);
    // The subjects are asked for again at each refresh: a release gains deployments and approvals.
    AuditListModel(QueryService &queries, AuditSubjects subjects, QObject *parent = nullptr);

    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row final {
        AuditEventRecord event;
        QString subject;
    };
    QueryService &m_queries;
    AuditSubjects m_subjects;
    QList<Row> m_rows;
};

// "comment=again, attempt=2": an event's details on one line, for lists and tooltips.
QString summariseDetails(const QJsonObject &details);
// "alice (OS login bob)": who acted, with the operating system's login beside it where that differs (a local file
// records it in every event: anyone who may write the file may act under any name).
QString actingName(const AuditEventRecord &event);
// "Dev · attempt 2: deployment requested (redeploy), comment “again”": an event in words.
QString auditEventText(const AuditEventRecord &event, const QString &subject);

} // namespace slipway
