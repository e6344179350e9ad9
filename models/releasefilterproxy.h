#pragma once

#include <QSortFilterProxyModel>

namespace slipway {

// The releases grid, filtered by what any stage shows (in progress, waiting, succeeded, failed or
// rejected, canceled or interrupted). It filters the rows loaded so far; scrolling still loads more
// pages through it. The text and date search goes to the store (ReleaseGridModel::setFilter).
class ReleaseFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class StatusFilter { Any, Active, Waiting, Succeeded, Failed, Canceled };
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setStatus(StatusFilter status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StatusFilter m_status = StatusFilter::Any;
    bool stageMatches(const QModelIndex &cell) const;
};

} // namespace slipway
