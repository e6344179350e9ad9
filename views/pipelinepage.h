#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QTableView;

namespace slipway {

class ReleaseGridModel;

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

private:
    GridModelFactory m_makeGrid;
    std::unique_ptr<ReleaseGridModel> m_grid;
    QLabel *m_title = nullptr;
    QLabel *m_emptyHint = nullptr;
    QTableView *m_table = nullptr;

    void updateEmptyHint();
};

} // namespace slipway
