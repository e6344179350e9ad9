#pragma once

#include "releaseactions.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace slipway {

class PipelineGraphView;
class ReleaseFilterProxy;
class ReleaseGridModel;
class ReleaseSearchBar;

// Makes the releases-grid model of one pipeline (the app wires it to the engine's queries).
using GridModelFactory = std::function<std::unique_ptr<ReleaseGridModel>(qint64 pipelineId)>;

// A pipeline's page: its name and the lazily loaded releases grid.
class PipelinePage final : public QWidget {
    Q_OBJECT
public:
    explicit PipelinePage(GridModelFactory makeGrid, QWidget *parent = nullptr);
    ~PipelinePage() override;

    void showPipeline(qint64 pipelineId, const QString &name);
    void refresh(); // another process changed the database
    QTableView *grid() const { return m_table; }
    // Enables Create release, Deploy and Cancel (buttons and the grid's context menu).
    void setActions(ReleaseActions actions);
    qint64 pipelineId() const { return m_pipelineId; }
    // The selected release, 0 when none is selected.
    qint64 selectedRelease() const { return selectedStage().first; }

    // The release actions, also reached from the main window's Release menu.
    void createRelease();
    void deploySelected();
    void cancelSelected();
    void abandonSelected();
    // The oldest release, shown at once (Ctrl+End in the grid).
    void jumpToOldest();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void openRelease(qint64 releaseId);
    void editPipeline(qint64 pipelineId);
    void approvalsRequested();

private:
    GridModelFactory m_makeGrid;
    std::unique_ptr<ReleaseGridModel> m_grid;
    ReleaseFilterProxy *m_filter = nullptr;
    ReleaseSearchBar *m_search = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_emptyHint = nullptr;
    QTableView *m_table = nullptr;
    PipelineGraphView *m_graph = nullptr;
    QWidget *m_actionBar = nullptr;
    QLabel *m_problem = nullptr;
    std::optional<ReleaseActions> m_actions;
    qint64 m_pipelineId = 0;

    void updateEmptyHint();
    void fitColumns();
    void fillGapInView();
    void updateGraph();
    void colourGraph();
    void showContextMenu(const QPoint &at);
    // The release and stage of the selected chip; empty stage when a fixed column is selected.
    std::pair<qint64, QString> selectedStage() const;
};

} // namespace slipway
