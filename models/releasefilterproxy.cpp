#include "releasefilterproxy.h"

#include "releasegridmodel.h"

namespace slipway {

void ReleaseFilterProxy::setStatus(StatusFilter status) {
    m_status = status;
    invalidateFilter();
}

bool ReleaseFilterProxy::stageMatches(const QModelIndex &cell) const {
    const QString status = cell.data(ReleaseGridModel::StageStatusRole).toString();
    const bool waiting = cell.data(ReleaseGridModel::WaitingRole).isValid();
    switch (m_status) {
    case StatusFilter::Any: return true;
    case StatusFilter::Active:
        return !waiting && (status == QLatin1String("queued") || status == QLatin1String("inProgress"));
    case StatusFilter::Waiting: return waiting || status == QLatin1String("scheduled");
    case StatusFilter::Succeeded:
        return status == QLatin1String("succeeded") || status == QLatin1String("partiallySucceeded");
    case StatusFilter::Failed: return status == QLatin1String("failed") || status == QLatin1String("rejected");
    case StatusFilter::Canceled: return status == QLatin1String("canceled");
    }
    return true;
}

bool ReleaseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QAbstractItemModel *source = sourceModel();
    if (m_status == StatusFilter::Any)
        return true;
    for (int column = ReleaseGridModel::FixedColumnCount; column < source->columnCount(sourceParent); ++column)
        if (stageMatches(source->index(sourceRow, column, sourceParent)))
            return true;
    return false;
}

} // namespace slipway
