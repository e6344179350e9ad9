#include "pipelinepage.h"

#include "releasegridmodel.h"
#include "stagechipdelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace slipway {

PipelinePage::PipelinePage(GridModelFactory makeGrid, QWidget *parent)
    : QWidget(parent), m_makeGrid(std::move(makeGrid)) {
    setObjectName(QStringLiteral("pipelinePage"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pipelineTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_emptyHint = new QLabel(tr("No releases yet: create one with \"slipway release create\"."), this);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("releaseGrid"));
    m_table->setItemDelegate(new StageChipDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(112);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_emptyHint);
}

PipelinePage::~PipelinePage() = default;

void PipelinePage::showPipeline(qint64 pipelineId, const QString &name) {
    m_title->setText(name);
    std::unique_ptr<ReleaseGridModel> previous = std::move(m_grid);
    m_grid = m_makeGrid(pipelineId);
    m_table->setModel(m_grid.get());
    connect(m_grid.get(), &QAbstractItemModel::rowsInserted, this, &PipelinePage::updateEmptyHint);
    if (m_grid->canFetchMore({}))
        m_grid->fetchMore({});
    m_table->setColumnWidth(ReleaseGridModel::NameColumn, 130);
    m_table->setColumnWidth(ReleaseGridModel::CreatedColumn, 150);
    m_table->setColumnWidth(ReleaseGridModel::CreatedByColumn, 90);
    m_table->setColumnWidth(ReleaseGridModel::ArtifactsColumn, 130);
    updateEmptyHint();
}

void PipelinePage::refresh() {
    if (m_grid)
        m_grid->refresh();
}

void PipelinePage::updateEmptyHint() {
    m_emptyHint->setVisible(!m_grid || m_grid->rowCount() == 0);
}

} // namespace slipway
