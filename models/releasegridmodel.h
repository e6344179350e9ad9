#pragma once

#include "services/changenotifier.h"
#include "services/queryservice.h"
#include "statuspresentation.h"

#include <QAbstractTableModel>

namespace slipway {

// The releases grid of one pipeline: a row per release, newest first, and a status column per stage.
// Loads lazily in keyset pages (canFetchMore/fetchMore); new and changed releases arrive as
// row inserts and dataChanged from the ChangeNotifier. Jumping to the end loads the oldest page by
// the reverse keyset, so the rows are a head (newest, contiguous) and a tail (oldest) with the
// not yet loaded releases between them; fillGap fills that gap from the head's side.
class ReleaseGridModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseGridModel)
public:
    enum Column { NameColumn, CreatedColumn, CreatedByColumn, ArtifactsColumn, FixedColumnCount };
    // StageStateRole: the StageState (as int) a user should see; StageActiveRole: its newest deployment
    // is not done yet (queued, waiting or running).
    enum Role {
        ReleaseIdRole = Qt::UserRole + 1,
        StageStatusRole,
        SortRole,
        WaitingRole,
        StageStateRole,
        StageActiveRole
    };

    // One model per pipeline, so switching pipelines never resets a model under a view.
    ReleaseGridModel(QueryService &queries, ChangeNotifier &notifier, qint64 pipelineId, QObject *parent = nullptr);

    qint64 pipelineId() const { return m_pipelineId; }
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    // Searches the whole history through the store (name, creator, artifact version, creation dates):
    // the rows become the first page of the matches; scrolling and jumpToEnd page through the rest.
    void setFilter(const ReleaseGridFilter &filter);
    const ReleaseGridFilter &filter() const { return m_filter; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Loads the oldest releases (one page) so the last row is the oldest release; cheap at any size.
    void jumpToEnd();
    // True when the last row is the oldest release.
    bool endLoaded() const { return m_exhausted || m_tailLoaded; }
    // After jumpToEnd: releases between the head and the tail are not loaded yet. The first tail row is
    // gapRow(); fillGap loads the next page below the head (the page calls it when the gap is in view).
    bool hasGap() const { return m_tailLoaded && !m_exhausted; }
    int gapRow() const { return m_headCount; }
    void fillGap();

    // Re-reads the newest page: releases and stage changes made by other processes (row inserts and
    // dataChanged for the cells that differ, never a reset).
    void refresh();

    qint64 releaseIdAt(const QModelIndex &index) const;
    // The facts behind a stage chip; empty when the release has no such stage.
    std::optional<StageSituation> situationAt(const QModelIndex &index) const;
    int rowOfRelease(qint64 releaseId) const;
    QString lastError() const { return m_lastError; }

private:
    QueryService &m_queries;
    qint64 m_pipelineId = 0;
    int m_pageSize = 100;
    ReleaseGridFilter m_filter;
    QStringList m_stageNames;
    QList<ReleaseGridRow> m_rows; // newest first: the head rows, then the tail rows
    int m_headCount = 0;          // rows loaded contiguously from the newest
    bool m_tailLoaded = false;
    bool m_exhausted = false;
    bool m_fetching = false;
    QString m_lastError;

    void loadAfterHead();
    void onReleaseCreated(qint64 pipelineId, qint64 releaseId);
    void onReleaseChanged(qint64 pipelineId, qint64 releaseId);
    void replaceRow(int row, const ReleaseGridRow &fresh);
    void onPipelineSaved(qint64 pipelineId);
    std::optional<StageStatus> stageStatus(const ReleaseGridRow &row, int column) const;
    std::optional<StageSituation> situation(const ReleaseGridRow &row, int column) const;
    Result<QList<ReleaseGridRow>> page(qint64 fromId, bool ascending);
    QVariant displayData(const ReleaseGridRow &row, int column) const;
    QVariant toolTipData(const ReleaseGridRow &row, int column) const;
};

} // namespace slipway
