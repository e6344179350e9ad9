#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace slipway {

class ReleaseGridModel;

// A pipeline's page: its name and the lazily loaded releases grid.
class PipelinePage final : public QWidget {
    Q_OBJECT
public:
    explicit PipelinePage(ReleaseGridModel &grid, QWidget *parent = nullptr);

    void showPipeline(qint64 pipelineId, const QString &name);
    QTableView *grid() const { return m_table; }

private:
    ReleaseGridModel &m_grid;
    QLabel *m_title = nullptr;
    QLabel *m_emptyHint = nullptr;
    QTableView *m_table = nullptr;

    void updateEmptyHint();
};

} // namespace slipway
