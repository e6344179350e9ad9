#include "pipelinetreemodel.h"

#include "statuspresentation.h"

#include <QIcon>

#include <functional>

namespace slipway {

struct PipelineTreeModel::Node final {
    Kind kind = Kind::Folder;
    QString folder; // folder nodes: the folder path
    PipelineSummary summary;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const {
        if (!parent)
            return 0;
        for (std::size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return int(i);
        return 0;
    }
};

namespace {
bool isRootFolder(const QString &folder) {
    return folder.isEmpty() || folder == QLatin1String("/");
}
} // namespace

PipelineTreeModel::PipelineTreeModel(QueryService &queries, ChangeNotifier &notifier, QObject *parent)
    : QAbstractItemModel(parent), m_queries(queries), m_root(std::make_unique<Node>()) {
    connect(&notifier, &ChangeNotifier::pipelineSaved, this, &PipelineTreeModel::onPipelineSaved);
    connect(&notifier, &ChangeNotifier::releaseCreated, this,
            [this](qint64 pipelineId, qint64) { onReleaseChanged(pipelineId); });
    connect(&notifier, &ChangeNotifier::releaseChanged, this,
            [this](qint64 pipelineId, qint64) { onReleaseChanged(pipelineId); });
    // A removed release may have been a pipeline's newest; a bulk change names no rows.
    connect(&notifier, &ChangeNotifier::releasesRemoved, this, &PipelineTreeModel::refresh);
    connect(&notifier, &ChangeNotifier::reloadNeeded, this, &PipelineTreeModel::refresh);
    reload();
}

PipelineTreeModel::~PipelineTreeModel() = default;

void PipelineTreeModel::reload() {
    beginResetModel();
    m_root = std::make_unique<Node>();
    if (Result<QList<PipelineSummary>> summaries = m_queries.pipelineSummaries())
        for (const PipelineSummary &summary : *summaries)
            insertPipeline(summary, false);
    endResetModel();
}

void PipelineTreeModel::refresh() {
    Result<QList<PipelineSummary>> summaries = m_queries.pipelineSummaries();
    if (!summaries)
        return;
    for (const PipelineSummary &summary : *summaries) {
        const QModelIndex existing = indexOfPipeline(summary.pipeline.id);
        if (!existing.isValid()) {
            insertPipeline(summary, true);
            continue;
        }
        Node *node = nodeAt(existing);
        if (node->summary.pipeline.folder != summary.pipeline.folder) {
            onPipelineSaved(summary.pipeline.id, false);
            continue;
        }
        if (node->summary.latestStatus == summary.latestStatus && node->summary.pipeline.name == summary.pipeline.name)
            continue;
        node->summary = summary;
        Q_EMIT dataChanged(existing, existing);
    }
}

PipelineTreeModel::Node *PipelineTreeModel::nodeAt(const QModelIndex &index) const {
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex PipelineTreeModel::indexOf(const Node *node) const {
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

PipelineTreeModel::Node *PipelineTreeModel::folderFor(const QString &folder, bool notify) {
    if (isRootFolder(folder))
        return m_root.get();
    for (const auto &child : m_root->children)
        if (child->kind == Kind::Folder && child->folder == folder)
            return child.get();
    auto node = std::make_unique<Node>();
    node->folder = folder;
    node->parent = m_root.get();
    const int row = int(m_root->children.size());
    if (notify)
        beginInsertRows({}, row, row);
    m_root->children.push_back(std::move(node));
    if (notify)
        endInsertRows();
    return m_root->children.back().get();
}

void PipelineTreeModel::insertPipeline(const PipelineSummary &summary, bool notify) {
    Node *folder = folderFor(summary.pipeline.folder, notify);
    auto node = std::make_unique<Node>();
    node->kind = Kind::Pipeline;
    node->summary = summary;
    node->parent = folder;
    const int row = int(folder->children.size());
    if (notify)
        beginInsertRows(indexOf(folder), row, row);
    folder->children.push_back(std::move(node));
    if (notify)
        endInsertRows();
}

QModelIndex PipelineTreeModel::indexOfPipeline(qint64 pipelineId) const {
    std::function<const Node *(const Node &)> find = [&](const Node &node) -> const Node * {
        for (const auto &child : node.children) {
            if (child->kind == Kind::Pipeline && child->summary.pipeline.id == pipelineId)
                return child.get();
            if (const Node *found = find(*child))
                return found;
        }
        return nullptr;
    };
    return indexOf(find(*m_root));
}

qint64 PipelineTreeModel::pipelineIdAt(const QModelIndex &index) const {
    const Node *node = index.isValid() ? nodeAt(index) : nullptr;
    return node && node->kind == Kind::Pipeline ? node->summary.pipeline.id : 0;
}

void PipelineTreeModel::onPipelineSaved(qint64 pipelineId, bool) {
    Result<PipelineSummary> summary = m_queries.pipelineSummary(pipelineId);
    if (!summary)
        return;
    const QModelIndex existing = indexOfPipeline(pipelineId);
    if (!existing.isValid()) {
        insertPipeline(*summary, true);
        return;
    }
    Node *node = nodeAt(existing);
    if (node->summary.pipeline.folder == summary->pipeline.folder) {
        node->summary = *summary;
        Q_EMIT dataChanged(existing, existing);
        return;
    }
    // Moved to another folder: remove here, insert there.
    Node *oldFolder = node->parent;
    beginRemoveRows(indexOf(oldFolder), existing.row(), existing.row());
    oldFolder->children.erase(oldFolder->children.begin() + existing.row());
    endRemoveRows();
    insertPipeline(*summary, true);
}

void PipelineTreeModel::onReleaseChanged(qint64 pipelineId) {
    const QModelIndex existing = indexOfPipeline(pipelineId);
    if (!existing.isValid())
        return;
    Result<PipelineSummary> summary = m_queries.pipelineSummary(pipelineId);
    if (!summary)
        return;
    nodeAt(existing)->summary = *summary;
    Q_EMIT dataChanged(existing, existing);
}

QModelIndex PipelineTreeModel::index(int row, int column, const QModelIndex &parent) const {
    const Node *node = nodeAt(parent);
    if (column != 0 || row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[std::size_t(row)].get());
}

QModelIndex PipelineTreeModel::parent(const QModelIndex &child) const {
    if (!child.isValid())
        return {};
    return indexOf(nodeAt(child)->parent);
}

int PipelineTreeModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int PipelineTreeModel::columnCount(const QModelIndex &) const {
    return 1;
}

QVariant PipelineTreeModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeAt(index);
    if (role == KindRole)
        return int(node.kind);
    return node.kind == Kind::Pipeline ? pipelineData(node, role) : folderData(node, role);
}

QVariant PipelineTreeModel::folderData(const Node &node, int role) const {
    if (role == Qt::DisplayRole)
        return node.folder.startsWith(QLatin1Char('/')) ? node.folder.mid(1) : node.folder;
    if (role == Qt::DecorationRole)
        return QIcon::fromTheme(QStringLiteral("folder"), QIcon(QStringLiteral(":/icons/folder.svg")));
    return {};
}

QVariant PipelineTreeModel::pipelineData(const Node &node, int role) const {
    const PipelineSummary &summary = node.summary;
    switch (role) {
    case Qt::DisplayRole: return summary.pipeline.name;
    case Qt::ToolTipRole:
        return summary.latestStatus
                   ? tr("%1: newest release is %2").arg(summary.pipeline.name, stageStatusLabel(*summary.latestStatus))
                   : tr("%1: no releases yet").arg(summary.pipeline.name);
    case Qt::DecorationRole:
        return summary.latestStatus ? stageStatusColor(*summary.latestStatus) : QColor(Qt::lightGray);
    case PipelineIdRole: return summary.pipeline.id;
    case LatestStatusRole: return summary.latestStatus ? toString(*summary.latestStatus) : QString();
    default: return {};
    }
}

} // namespace slipway
