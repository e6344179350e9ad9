#pragma once

#include <QSortFilterProxyModel>

namespace slipway {

// The releases grid, filtered: by text (name, creator, artifacts) and by what any stage shows
// (in progress, waiting, succeeded, failed or rejected, canceled). It filters the rows loaded so far;
// scrolling still loads more pages through it.
class ReleaseFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class StatusFilter { Any, Active, Waiting, Succeeded, Failed, Canceled };
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text);
    void setStatus(StatusFilter status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    StatusFilter m_status = StatusFilter::Any;
    bool stageMatches(const QModelIndex &cell) const;
};

} // namespace slipway
