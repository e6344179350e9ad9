#include "pipelinepage.h"

#include "createreleasedialog.h"
#include "deploydialog.h"
#include "errortext.h"
#include "gridcolumns.h"
#include "pagetitle.h"
#include "pipelinegraphview.h"
#include "releasefilterproxy.h"
#include "releasegridmodel.h"
#include "releasesearchbar.h"
#include "services/services.h"
#include "stagechipdelegate.h"
#include "stagedecisiondialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QHBoxLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace slipway {

PipelinePage::PipelinePage(GridModelFactory makeGrid, QWidget *parent)
    : QWidget(parent), m_makeGrid(std::move(makeGrid)) {
    setObjectName(QStringLiteral("pipelinePage"));
    m_title = pageTitle({}, QStringLiteral("pipelineTitle"), this);

    m_emptyHint = new QLabel(tr("No releases yet: click Create release…, or run \"slipway release create\"."), this);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);

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
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setToolTip(tr("The releases of this pipeline, newest first; Ctrl+End shows the oldest"));
    m_table->setAccessibleName(tr("Releases"));
    // Columns follow the width (B41), and Ctrl+End is the grid's own key (B8): both seen here.
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this); // resized after the table, with the scroll bars settled
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &PipelinePage::fillGapInView);

    // Create, deploy and cancel: hidden until the app hands over the services to act through.
    m_actionBar = new QWidget(this);
    auto *bar = new QHBoxLayout(m_actionBar);
    bar->setContentsMargins(0, 0, 0, 0);
    auto *create = new QPushButton(tr("&Create release…"), m_actionBar);
    create->setObjectName(QStringLiteral("createReleaseButton"));
    create->setToolTip(tr("Create a release of this pipeline (Ctrl+N)"));
    create->setShortcut(QKeySequence::New);
    auto *deploy = new QPushButton(tr("&Deploy"), m_actionBar);
    deploy->setObjectName(QStringLiteral("deployButton"));
    deploy->setToolTip(tr("Deploy (or redeploy) the selected stage of the selected release"));
    auto *cancel = new QPushButton(tr("C&ancel deployment"), m_actionBar);
    cancel->setObjectName(QStringLiteral("cancelDeploymentButton"));
    cancel->setToolTip(tr("Cancel the deployment of the selected stage"));
    auto *edit = new QPushButton(tr("&Edit pipeline…"), m_actionBar);
    edit->setObjectName(QStringLiteral("editPipelineButton"));
    edit->setToolTip(tr("Edit this pipeline's stages, triggers, approvals and tasks (Ctrl+E)"));
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(edit, &QPushButton::clicked, this, [this] {
        if (m_pipelineId)
            Q_EMIT editPipeline(m_pipelineId);
    });
    for (auto [button, icon] : {std::pair{create, "create"}, {deploy, "deploy"}, {cancel, "cancel"}, {edit, "edit"}})
        button->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(icon))));
    connect(create, &QPushButton::clicked, this, &PipelinePage::createRelease);
    connect(deploy, &QPushButton::clicked, this, &PipelinePage::deploySelected);
    connect(cancel, &QPushButton::clicked, this, &PipelinePage::cancelSelected);
    for (QPushButton *left : {create, deploy, cancel})
        bar->addWidget(left);
    bar->addStretch(1);
    bar->addWidget(edit);
    m_actionBar->hide();
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("pipelineProblem"));
    m_problem->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &PipelinePage::showContextMenu);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT openRelease(index.data(ReleaseGridModel::ReleaseIdRole).toLongLong());
    });

    // Searching the whole history through the store; the status filter works on the loaded rows.
    m_filter = new ReleaseFilterProxy(this);
    m_search = new ReleaseSearchBar(this);
    connect(m_search, &ReleaseSearchBar::filterChanged, this, [this](const ReleaseGridFilter &filter) {
        if (m_grid)
            m_grid->setFilter(filter);
        updateEmptyHint();
    });
    connect(m_search, &ReleaseSearchBar::statusChanged, this, [this](ReleaseFilterProxy::StatusFilter status) {
        m_filter->setStatus(status);
        updateEmptyHint();
    });
    // The title gives way (elided by width) before the search fields do: the page fits a 640 px window.
    m_title->setMinimumWidth(0);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_title, 1);
    filters->addWidget(m_search, 3);

    m_graph = new PipelineGraphView(this);
    m_graph->hide();
    connect(m_graph, &PipelineGraphView::stageClicked, this, [this](const QString &stage) {
        QAbstractItemModel *model = m_table->model();
        for (int column = ReleaseGridModel::FixedColumnCount; model && column < model->columnCount(); ++column)
            if (model->headerData(column, Qt::Horizontal).toString() == stage && model->rowCount() > 0) {
                m_table->setCurrentIndex(model->index(0, column));
                m_table->setFocus();
            }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_graph);
    layout->addWidget(m_actionBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_problem);
}

PipelinePage::~PipelinePage() = default;

void PipelinePage::setActions(ReleaseActions actions) {
    m_actions.emplace(std::move(actions));
    m_actionBar->show();
    if (auto *edit = m_actionBar->findChild<QPushButton *>(QStringLiteral("editPipelineButton"));
        edit && m_actions->member)
        limitForMember(edit); // a member cancels and deploys (through an engine); editing is an admin's
    updateGraph();
}

std::pair<qint64, QString> PipelinePage::selectedStage() const {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_grid)
        return {0, {}};
    const qint64 release = current.data(ReleaseGridModel::ReleaseIdRole).toLongLong();
    if (current.column() < ReleaseGridModel::FixedColumnCount)
        return {release, {}};
    return {release, m_grid->headerData(current.column(), Qt::Horizontal).toString()};
}

void PipelinePage::createRelease() {
    if (!m_actions || !m_pipelineId)
        return;
    auto *dialog = new CreateReleaseDialog(*m_actions, m_pipelineId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_problem->setText(tr("Release %1 created.").arg(dialog->createdReleaseId()));
        refresh();
    });
    dialog->open();
}

void PipelinePage::deploySelected() {
    const auto [release, stage] = selectedStage();
    if (!m_actions || !release || stage.isEmpty()) {
        m_problem->setText(tr("Select the stage chip of a release to deploy."));
        return;
    }
    // A second request while one runs would only queue behind it: say so instead (issue 14).
    const QModelIndex chip = m_table->currentIndex();
    if (chip.data(ReleaseGridModel::StageActiveRole).toBool()) {
        const QString shown = chip.data(Qt::DisplayRole).toString();
        m_problem->setText(
            tr("%1 of %2 is not finished (%3): wait for it, or cancel it, before deploying again.")
                .arg(stage, chip.siblingAtColumn(ReleaseGridModel::NameColumn).data().toString(), shown.toLower()));
        return;
    }
    auto *dialog = new DeployDialog(*m_actions, release, stage, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, stage = stage] {
        m_problem->setText(tr("%1 requested (attempt %2).").arg(stage).arg(dialog->requestedAttempt()));
        refresh();
    });
    dialog->open();
}

void PipelinePage::cancelSelected() {
    const auto [release, stage] = selectedStage();
    if (!m_actions || !release || stage.isEmpty()) {
        m_problem->setText(tr("Select the stage chip of the deployment to cancel."));
        return;
    }
    Result<ReleaseDetails> details = m_actions->services.releases.details(release);
    if (!details) {
        m_problem->setText(errorText(details.error()));
        return;
    }
    for (const StageDetails &s : details->stages)
        if (s.stage.name == stage && !s.deployments.isEmpty()) {
            const Status canceled = m_actions->services.deployments.cancel(s.deployments.last().id, m_actions->user);
            m_problem->setText(canceled ? tr("Canceling the deployment of %1.").arg(stage)
                                        : errorText(canceled.error()));
            return;
        }
    m_problem->setText(tr("Stage %1 has no deployment to cancel.").arg(stage));
}

void PipelinePage::abandonSelected() {
    const qint64 release = selectedStage().first;
    if (!m_actions || !release) {
        m_problem->setText(tr("Select a release to abandon."));
        return;
    }
    const QString name = m_table->currentIndex().siblingAtColumn(ReleaseGridModel::NameColumn).data().toString();
    if (QMessageBox::question(this, tr("Abandon release"),
                              tr("Abandon %1? Its stages can no longer be deployed.").arg(name)) != QMessageBox::Yes)
        return;
    const Status abandoned = m_actions->services.releases.abandon(release, m_actions->user);
    m_problem->setText(abandoned ? tr("%1 abandoned.").arg(name) : errorText(abandoned.error()));
    refresh();
}

void PipelinePage::showContextMenu(const QPoint &at) {
    if (!m_actions)
        return;
    const QModelIndex index = m_table->indexAt(at);
    if (index.isValid())
        m_table->setCurrentIndex(index);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("releaseGridMenu"));
    if (index.isValid()) {
        const qint64 release = index.data(ReleaseGridModel::ReleaseIdRole).toLongLong();
        menu.addAction(tr("View logs"), this, [this, release] { Q_EMIT openRelease(release); });
    }
    menu.addAction(tr("Create release…"), this, &PipelinePage::createRelease);
    if (const auto [release, stage] = selectedStage(); release && !stage.isEmpty()) {
        // The decisions of THIS release's stage, read now: never another release's approval.
        const StageDecisionContext situation = stageDecisionContext(*m_actions, release, stage);
        const bool running = situation.latest && situation.latest->operationStatus != OperationStatus::Done;
        menu.addSeparator();
        if (!running) { // a running stage offers Cancel, not a second queued attempt
            QAction *deploy =
                menu.addAction(situation.latest ? tr("Redeploy %1…").arg(stage) : tr("Deploy %1…").arg(stage), this,
                               &PipelinePage::deploySelected);
            deploy->setObjectName(QStringLiteral("gridDeploy"));
        }
        addStageDecisions(&menu, *m_actions, situation, this,
                          [this](const QString &message) { m_problem->setText(message); });
    }
    if (index.isValid()) {
        menu.addSeparator();
        menu.addAction(tr("Abandon release…"), this, &PipelinePage::abandonSelected)
            ->setEnabled(!m_actions || !m_actions->member);
    }
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

void PipelinePage::showPipeline(qint64 pipelineId, const QString &name) {
    m_pipelineId = pipelineId;
    m_title->setText(name);
    std::unique_ptr<ReleaseGridModel> previous = std::move(m_grid);
    m_grid = m_makeGrid(pipelineId);
    m_search->clear(); // a search belongs to the pipeline it was typed for
    m_filter->setSourceModel(m_grid.get());
    if (m_table->model() != m_filter)
        m_table->setModel(m_filter);
    connect(m_grid.get(), &QAbstractItemModel::rowsInserted, this, &PipelinePage::updateEmptyHint);
    connect(m_grid.get(), &QAbstractItemModel::modelReset, this, &PipelinePage::updateEmptyHint);
    connect(m_grid.get(), &QAbstractItemModel::rowsInserted, this, &PipelinePage::colourGraph);
    connect(m_grid.get(), &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from) {
        if (from.row() == 0)
            colourGraph();
    });
    // After a jump to the oldest, the releases between come in as the user scrolls to them.
    connect(m_grid.get(), &QAbstractItemModel::rowsInserted, this, &PipelinePage::fillGapInView, Qt::QueuedConnection);
    for (const auto signal :
         {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved})
        connect(m_grid.get(), signal, this, &PipelinePage::fitColumns);
    connect(m_grid.get(), &QAbstractItemModel::modelReset, this, &PipelinePage::fitColumns);
    connect(m_grid.get(), &QAbstractItemModel::dataChanged, this, &PipelinePage::fitColumns);
    updateGraph();
    if (m_grid->canFetchMore({}))
        m_grid->fetchMore({});
    fitColumns();
    updateEmptyHint();
}

void PipelinePage::fillGapInView() {
    if (!m_grid || !m_grid->hasGap() || m_table->model()->rowCount() == 0)
        return;
    const int last = m_table->model()->rowCount() - 1;
    const int topRow = std::max(0, m_table->rowAt(0));
    const int bottomRow = m_table->rowAt(m_table->viewport()->height() - 1);
    const int top = m_filter->mapToSource(m_filter->index(topRow, 0)).row();
    const int bottom = m_filter->mapToSource(m_filter->index(bottomRow < 0 ? last : bottomRow, 0)).row();
    // The last head row or the first tail row is on screen: the gap between them is in view.
    if (top < m_grid->gapRow() && bottom >= m_grid->gapRow() - 1)
        m_grid->fillGap();
}

void PipelinePage::fitColumns() {
    fitGridColumns(*m_table, ReleaseGridModel::FixedColumnCount);
}

bool PipelinePage::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    // Before the view's own Ctrl+End, which only reaches the end of the rows loaded so far.
    if (watched == m_table && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_End && key->modifiers() == Qt::ControlModifier) {
            if (event->type() == QEvent::KeyPress)
                jumpToOldest();
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PipelinePage::jumpToOldest() {
    if (!m_grid)
        return;
    m_grid->jumpToEnd();
    const int last = m_table->model()->rowCount() - 1;
    if (last < 0)
        return;
    const int column = std::max(0, m_table->currentIndex().column());
    m_table->setCurrentIndex(m_table->model()->index(last, column));
    m_table->scrollToBottom();
}

void PipelinePage::updateGraph() {
    const Result<std::shared_ptr<const PipelineDefinition>> definition =
        m_actions && m_pipelineId ? m_actions->services.pipelines.currentDefinition(m_pipelineId)
                                  : Result<std::shared_ptr<const PipelineDefinition>>(Error{ErrorKind::NotFound, {}});
    m_graph->setVisible(bool(definition));
    if (definition)
        m_graph->showGraph(layoutPipeline(**definition));
    colourGraph();
}

// The boxes take the states of the newest release: the grid's first row, unless a search hides it.
void PipelinePage::colourGraph() {
    if (!m_grid || m_graph->isHidden())
        return;
    QHash<QString, StageSituation> situations;
    std::optional<ReleaseGridRow> newest;
    if (!m_grid->filter().isEmpty() && m_actions) {
        if (Result<QList<ReleaseGridRow>> page = m_actions->services.queries.releaseGridPage(m_pipelineId, 0, 1);
            page && !page->isEmpty())
            newest = page->first();
    }
    for (int column = ReleaseGridModel::FixedColumnCount; column < m_grid->columnCount(); ++column) {
        const QString stage = m_grid->headerData(column, Qt::Horizontal).toString();
        const std::optional<StageSituation> situation = newest ? stageSituation(*newest, stage)
                                                        : m_grid->rowCount()
                                                            ? m_grid->situationAt(m_grid->index(0, column))
                                                            : std::nullopt;
        if (situation)
            situations.insert(stage, *situation);
    }
    m_graph->showGraph(m_graph->graph(), situations);
}

void PipelinePage::refresh() {
    if (m_grid)
        m_grid->refresh();
}

void PipelinePage::updateEmptyHint() {
    const bool searching = m_grid && !m_grid->filter().isEmpty();
    const bool none = !m_grid || m_table->model()->rowCount() == 0;
    if (searching && m_grid->rowCount() == 0)
        m_emptyHint->setText(m_grid->lastError().isEmpty()
                                 ? tr("No release matches the search (all releases of this pipeline were searched).")
                                 : tr("The search failed: %1").arg(m_grid->lastError()));
    else if (m_grid && m_grid->rowCount() > 0)
        m_emptyHint->setText(tr("No loaded release has a stage in this state; scroll down to load older ones."));
    else
        m_emptyHint->setText(tr("No releases yet: click Create release…, or run \"slipway release create\"."));
    m_emptyHint->setVisible(none);
}

} // namespace slipway
