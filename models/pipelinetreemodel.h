#pragma once

#include "services/changenotifier.h"
#include "services/queryservice.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace slipway {

// The navigation tree: folders holding pipelines, each with the status of its newest release.
// Fed by ChangeNotifier with row-level inserts and dataChanged, never a reset after loading.
class PipelineTreeModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineTreeModel)
public:
    enum Role { PipelineIdRole = Qt::UserRole + 1, KindRole, LatestStatusRole };
    enum class Kind { Folder, Pipeline };

    PipelineTreeModel(QueryService &queries, ChangeNotifier &notifier, QObject *parent = nullptr);
    ~PipelineTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfPipeline(qint64 pipelineId) const;
    qint64 pipelineIdAt(const QModelIndex &index) const;
    void reload();
    // Picks up pipelines and statuses changed by other processes, row by row.
    void refresh();

private:
    struct Node;
    QueryService &m_queries;
    std::unique_ptr<Node> m_root;

    Node *nodeAt(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    Node *folderFor(const QString &folder, bool notify);
    void onPipelineSaved(qint64 pipelineId, bool created);
    void onReleaseChanged(qint64 pipelineId);
    void insertPipeline(const PipelineSummary &summary, bool notify);
    QVariant pipelineData(const Node &node, int role) const;
    QVariant folderData(const Node &node, int role) const;
};

} // namespace slipway
