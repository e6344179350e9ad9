#include "releasepage.h"

#include "datetext.h"
#include "errortext.h"
#include "deploydialog.h"
#include "auditlistmodel.h"
#include "comparedialog.h"
#include "timelineplot.h"
#include "deploymentlogmodel.h"
#include "pipelinechanges.h"
#include "pipelinegraphlayout.h"
#include "stagecardsview.h"
#include "statuspresentation.h"
#include "services/services.h"

#include <QFile>
#include <QJsonDocument>
#include <QMessageBox>
#include <QScrollArea>
#include <QFontDatabase>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QJsonArray>
#include <QTreeView>
#include <QVBoxLayout>

namespace slipway {

ReleasePage::ReleasePage(ReleaseActions actions, qint64 releaseId, QWidget *parent)
    : QWidget(parent), m_actions(std::move(actions)), m_releaseId(releaseId),
      m_model(std::make_unique<DeploymentLogModel>(m_actions.services.releases, releaseId)) {
    setObjectName(QStringLiteral("releasePage"));
    auto *backButton = new QPushButton(tr("← &Back"), this);
    backButton->setObjectName(QStringLiteral("releaseBack"));
    backButton->setToolTip(tr("Back to the pipeline"));
    connect(backButton, &QPushButton::clicked, this, &ReleasePage::back);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("releaseHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("deploymentTree"));
    m_tree->setModel(m_model.get());
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->expandAll();
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, m_tree, &QTreeView::expandAll);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReleasePage::showSelected);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("logView"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Find in the log (Enter for the next match)"));
    connect(m_search, &QLineEdit::returnPressed, this, &ReleasePage::findNext);
    auto *save = new QPushButton(tr("&Save log…"), this);
    save->setObjectName(QStringLiteral("logSave"));
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the log"), QStringLiteral("deployment.log"));
        if (!path.isEmpty())
            saveLog(path);
    });
    auto *logPane = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(save);
    logLayout->addLayout(tools);
    logLayout->addWidget(m_log, 1);
    auto *split = new QSplitter(this);
    split->addWidget(m_tree);
    split->addWidget(logPane);
    split->setStretchFactor(1, 2);
    split->setSizes({340, 660});

    m_audit = std::make_unique<AuditListModel>(m_actions.services.queries, QStringLiteral("release"), releaseId);
    m_history = new QTreeView(this);
    m_history->setObjectName(QStringLiteral("releaseHistory"));
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setModel(m_audit.get());
    m_history->header()->setSectionResizeMode(AuditListModel::WhenColumn, QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(AuditListModel::WhatColumn, QHeaderView::ResizeToContents);
    m_checks = new QTreeWidget(this);
    m_checks->setObjectName(QStringLiteral("approvalsAndGates"));
    m_checks->setHeaderLabels({tr("Step"), tr("State"), tr("Who and when"), tr("Comment or message")});
    m_variables = new QTableWidget(this);
    m_variables->setObjectName(QStringLiteral("releaseVariables"));
    m_variables->setColumnCount(3);
    m_variables->setHorizontalHeaderLabels({tr("Variable"), tr("Value"), tr("Scope")});
    m_variables->horizontalHeader()->setStretchLastSection(true);
    m_variables->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("releaseTabs"));
    tabs->addTab(split, tr("&Logs"));
    tabs->addTab(m_checks, tr("&Approvals and gates"));
    tabs->addTab(m_variables, tr("&Variables"));
    tabs->addTab(m_history, tr("&History"));
    m_timeline = new TimelinePlot(this);
    m_timeline->setObjectName(QStringLiteral("releaseTimeline"));
    tabs->addTab(m_timeline, tr("&Timeline"));

    // Header buttons: the release as a whole.
    m_keepForever = new QPushButton(this);
    m_keepForever->setObjectName(QStringLiteral("releaseKeepForever"));
    m_keepForever->setCheckable(true);
    m_keepForever->setText(tr("&Keep forever"));
    m_keepForever->setToolTip(tr("Retention never deletes a release kept forever"));
    connect(m_keepForever, &QPushButton::clicked, this, [this](bool keep) {
        const Status changed = m_actions.services.releases.setKeepForever(m_releaseId, keep, m_actions.user);
        m_actionMessage->setText(changed ? (keep ? tr("Kept forever.") : tr("No longer kept forever."))
                                         : errorText(changed.error()));
        refresh();
    });
    m_abandon = new QPushButton(tr("A&bandon"), this);
    m_abandon->setObjectName(QStringLiteral("releaseAbandon"));
    m_abandon->setToolTip(tr("Abandon the release: none of its stages can be deployed any more"));
    connect(m_abandon, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(
                this, tr("Abandon release"),
                tr("Abandon %1? Its stages can no longer be deployed.").arg(m_model->details().release.name)) !=
            QMessageBox::Yes)
            return;
        const Status abandoned = m_actions.services.releases.abandon(m_releaseId, m_actions.user);
        m_actionMessage->setText(abandoned ? tr("Abandoned.") : errorText(abandoned.error()));
        refresh();
    });
    auto *compare = new QPushButton(tr("Co&mpare with…"), this);
    compare->setObjectName(QStringLiteral("releaseCompare"));
    compare->setToolTip(tr("Artifacts, variables and pipeline snapshot against another release"));
    connect(compare, &QPushButton::clicked, this, [this] {
        auto *dialog = new CompareDialog(m_actions, m_releaseId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto *diff = new QPushButton(tr("Pipeline &changes…"), this);
    diff->setObjectName(QStringLiteral("releaseSnapshotDiff"));
    diff->setToolTip(tr("What changed in the pipeline since this release's snapshot"));
    connect(diff, &QPushButton::clicked, this, &ReleasePage::showSnapshotDiff);
    m_actionMessage = new QLabel(this);
    m_actionMessage->setObjectName(QStringLiteral("releaseActionMessage"));
    m_actionMessage->setWordWrap(true);

    m_cards = new StageCardsView(this);
    connect(m_cards, &StageCardsView::actionRequested, this,
            [this](const QString &stage, StageCard::Action action) { onStageAction(stage, int(action)); });
    auto *cardsArea = new QScrollArea(this);
    cardsArea->setObjectName(QStringLiteral("stageCardsArea"));
    cardsArea->setWidget(m_cards);
    cardsArea->setWidgetResizable(true);
    cardsArea->setFrameShape(QFrame::NoFrame);
    m_cardsArea = cardsArea;

    auto *top = new QHBoxLayout;
    top->addWidget(backButton, 0, Qt::AlignTop);
    top->addWidget(m_header, 1);
    top->addWidget(compare, 0, Qt::AlignTop);
    top->addWidget(diff, 0, Qt::AlignTop);
    top->addWidget(m_keepForever, 0, Qt::AlignTop);
    top->addWidget(m_abandon, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(cardsArea);
    layout->addWidget(m_actionMessage);
    layout->addWidget(tabs, 1);
    updateHeader();
    fillCards();
    fillChecks();
    fillVariables();
    // Show the newest attempt's whole log to begin with.
    if (const int attempts = m_model->rowCount(); attempts > 0)
        m_tree->setCurrentIndex(m_model->index(attempts - 1, 0));
}

ReleasePage::~ReleasePage() = default;

void ReleasePage::updateHeader() {
    const ReleaseRecord &r = m_model->details().release;
    QStringList artifacts;
    for (const ReleaseArtifactRecord &a : m_model->details().artifacts)
        artifacts << (a.version ? a.alias + QLatin1Char(' ') + a.version->version : a.alias);
    QString text = tr("<b>%1</b> · %2<br>%3, revision %4 · created by %5, %6<br>Artifacts: %7")
                       .arg(r.name.toHtmlEscaped(), statusText(r.status), r.pipelineName.toHtmlEscaped())
                       .arg(r.revision)
                       .arg(r.createdBy.toHtmlEscaped(), dateTimeText(r.createdAt),
                            artifacts.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!r.description.isEmpty())
        text += QStringLiteral("<br>") + r.description.toHtmlEscaped();
    m_header->setText(text);
    m_keepForever->setChecked(r.keepForever);
    m_abandon->setEnabled(r.status != ReleaseStatus::Abandoned);
}

// One card per stage: its state, attempt, approvals and gates of the newest attempt, and the action that applies.
void ReleasePage::fillCards() {
    const ReleaseDetails &details = m_model->details();
    Result<std::shared_ptr<const PipelineDefinition>> snapshot =
        m_actions.services.pipelines.definitionOfRevision(details.release.revisionId);
    if (!snapshot)
        return;
    QStringList artifacts;
    for (const ReleaseArtifactRecord &a : details.artifacts)
        artifacts << (a.version ? a.alias + QLatin1Char(' ') + a.version->version : a.alias);
    auto mark = [](ApprovalStatus status) {
        switch (status) {
        case ApprovalStatus::Approved: return QStringLiteral("✓");
        case ApprovalStatus::Rejected: return QStringLiteral("✗");
        case ApprovalStatus::Pending: return QStringLiteral("⏳");
        default: return QStringLiteral("–");
        }
    };
    QList<StageCard> cards;
    for (const StageDetails &stage : details.stages) {
        StageCard card;
        card.stage = stage.stage.name;
        card.status = stage.stage.status;
        const bool open = details.release.status == ReleaseStatus::Active;
        if (stage.deployments.isEmpty()) {
            card.action = open ? StageCard::Action::Deploy : StageCard::Action::None;
        } else {
            const DeploymentRecord &latest = stage.deployments.last();
            card.attempt = latest.attempt;
            card.startedAt = latest.startedAt.isValid() ? latest.startedAt : latest.queuedAt;
            const bool running = latest.operationStatus != OperationStatus::Done;
            if (running && latest.operationStatus != OperationStatus::Running &&
                latest.operationStatus != OperationStatus::Queued &&
                latest.operationStatus != OperationStatus::Cancelling)
                card.waitingFor = waitingLabel(latest.operationStatus);
            card.action =
                running ? StageCard::Action::Cancel : (open ? StageCard::Action::Redeploy : StageCard::Action::None);
            if (Result<QList<ApprovalRecord>> approvals = m_actions.services.approvals.ofDeployment(latest.id)) {
                QStringList pre, post;
                for (const ApprovalRecord &a : std::as_const(*approvals))
                    (a.kind == ApprovalKind::PreDeploy ? pre : post)
                        << mark(a.status) + QLatin1Char(' ') + (a.actedBy.isEmpty() ? a.approver : a.actedBy);
                card.preApprovals = pre.join(QStringLiteral(", "));
                card.postApprovals = post.join(QStringLiteral(", "));
            }
            if (Result<QList<GateEvaluationRecord>> rounds = m_actions.services.approvals.gateEvaluations(latest.id);
                rounds && !rounds->isEmpty())
                card.gates = rounds->last().passed ? tr("passed") : tr("not passed yet");
        }
        cards << card;
    }
    m_cards->showCards(layoutPipeline(**snapshot), artifacts.join(QLatin1Char('\n')), cards);
    // The timeline: every attempt of every stage; a running one ends now.
    QStringList rows;
    QList<TimelineBar> bars;
    const QDateTime now = m_actions.services.clock.now();
    for (const StageDetails &stage : details.stages) {
        rows << stage.stage.name;
        for (const DeploymentRecord &d : stage.deployments) {
            const QDateTime start = d.startedAt.isValid() ? d.startedAt : d.queuedAt;
            const QDateTime end = d.completedAt.isValid() ? d.completedAt : now;
            bars.append({int(rows.size() - 1), double(start.toSecsSinceEpoch()), double(end.toSecsSinceEpoch()),
                         d.operationStatus == OperationStatus::Done ? d.status : DeploymentStatus::InProgress,
                         details.release.id, d.id, details.release.name, d.attempt});
        }
    }
    m_timeline->setBars(bars, rows);
    // As tall as the cards, up to a limit: the logs keep most of the page.
    m_cardsArea->setFixedHeight(std::min(260, m_cards->sizeHint().height() + 6));
}

void ReleasePage::onStageAction(const QString &stage, int action) {
    if (StageCard::Action(action) == StageCard::Action::Cancel) {
        for (const StageDetails &s : m_model->details().stages)
            if (s.stage.name == stage && !s.deployments.isEmpty()) {
                const Status canceled = m_actions.services.deployments.cancel(s.deployments.last().id, m_actions.user);
                m_actionMessage->setText(canceled ? tr("Canceling the deployment of %1.").arg(stage)
                                                  : errorText(canceled.error()));
            }
        refresh();
        return;
    }
    auto *dialog = new DeployDialog(m_actions, m_releaseId, stage, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, stage] {
        m_actionMessage->setText(tr("%1 requested (attempt %2).").arg(stage).arg(dialog->requestedAttempt()));
        refresh();
    });
    dialog->open();
}

void ReleasePage::showSnapshotDiff() {
    const ReleaseRecord &r = m_model->details().release;
    showPipelineChanges(this, m_actions.services.pipelines, r.pipelineId, r.revision, r.name);
}

void ReleasePage::showSelected() {
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    m_shownDeployment = current.data(DeploymentLogModel::DeploymentIdRole).toLongLong();
    m_shownTask = current.data(DeploymentLogModel::TaskRunIdRole).toLongLong();
    m_lastLine = 0;
    m_log->clear();
    tail();
}

// Appends the lines stored since the last look: a live tail while the task runs.
void ReleasePage::tail() {
    if (!m_shownDeployment)
        return;
    for (;;) {
        Result<QList<LogLineRecord>> lines =
            m_actions.services.deployments.logLines(m_shownDeployment, m_lastLine, 2000);
        if (!lines || lines->isEmpty())
            return;
        for (const LogLineRecord &line : std::as_const(*lines))
            if (!m_shownTask || line.taskRunId == m_shownTask)
                m_log->appendPlainText(line.at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz  ")) +
                                       engineText(line.line));
        m_lastLine = lines->last().id;
        if (lines->size() < 2000)
            return;
    }
}

void ReleasePage::refresh() {
    m_model->refresh();
    m_audit->refresh();
    updateHeader();
    fillCards();
    tail();
    fillChecks();
}

// Every approval (with who acted and their comment) and every gate sample, per attempt.
void ReleasePage::fillChecks() {
    m_checks->clear();
    ApprovalService &approvals = m_actions.services.approvals;
    for (const StageDetails &stage : m_model->details().stages)
        for (const DeploymentRecord &d : stage.deployments) {
            auto *attempt = new QTreeWidgetItem(
                m_checks, {tr("%1 · attempt %2").arg(stage.stage.name).arg(d.attempt), statusText(d.operationStatus)});
            if (Result<QList<ApprovalRecord>> rows = approvals.ofDeployment(d.id))
                for (const ApprovalRecord &a : std::as_const(*rows)) {
                    QString who = a.actedBy.isEmpty() ? tr("waiting for %1").arg(a.approver)
                                                      : tr("%1, %2").arg(a.actedBy, dateTimeText(a.actedAt));
                    if (a.deferredUntil.isValid())
                        who += tr(" (deferred to %1)").arg(dateTimeText(a.deferredUntil));
                    new QTreeWidgetItem(attempt, {a.kind == ApprovalKind::PreDeploy
                                                      ? tr("Pre-deployment approval: %1").arg(a.approver)
                                                      : tr("Post-deployment approval: %1").arg(a.approver),
                                                  statusText(a.status), who, engineText(a.comment)});
                }
            if (Result<QList<GateEvaluationRecord>> rounds = approvals.gateEvaluations(d.id))
                for (const GateEvaluationRecord &round : std::as_const(*rounds)) {
                    QStringList results;
                    for (const QJsonValue &r : round.results)
                        results << QStringLiteral("%1: %2").arg(
                            r.toObject().value(QLatin1String("name")).toString(),
                            r.toObject().value(QLatin1String("message")).toString());
                    new QTreeWidgetItem(attempt, {tr("Gates (%1)").arg(round.phase),
                                                  round.passed ? tr("passed") : tr("not passed"),
                                                  dateTimeText(round.at), results.join(QStringLiteral("; "))});
                }
        }
    m_checks->expandAll();
    m_checks->resizeColumnToContents(0);
}

// The variables of the release's snapshot, with values given at creation; secrets masked.
void ReleasePage::fillVariables() {
    m_variables->setRowCount(0);
    Result<std::shared_ptr<const PipelineDefinition>> snapshot =
        m_actions.services.pipelines.definitionOfRevision(m_model->details().release.revisionId);
    if (!snapshot)
        return;
    const QJsonObject given = m_model->details().release.variables;
    auto add = [this](const QString &name, const QString &value, const QString &scope) {
        const int row = m_variables->rowCount();
        m_variables->insertRow(row);
        m_variables->setItem(row, 0, new QTableWidgetItem(name));
        m_variables->setItem(row, 1, new QTableWidgetItem(value));
        m_variables->setItem(row, 2, new QTableWidgetItem(scope));
    };
    for (const VariableDefinition &v : (*snapshot)->variables)
        add(v.name, v.secret ? QStringLiteral("***") : given.value(v.name).toString(v.value),
            given.contains(v.name) ? tr("release") : tr("pipeline"));
    for (const StageDefinition &stage : (*snapshot)->stages)
        for (const VariableDefinition &v : stage.variables)
            add(v.name, v.secret ? QStringLiteral("***") : v.value, tr("stage %1").arg(stage.name));
}

void ReleasePage::findNext() {
    const QString wanted = m_search->text();
    if (wanted.isEmpty())
        return;
    if (!m_log->find(wanted)) { // wrap around
        m_log->moveCursor(QTextCursor::Start);
        m_log->find(wanted);
    }
}

bool ReleasePage::saveLog(const QString &path) const {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(m_log->toPlainText().toUtf8() + '\n') >= 0;
}

qint64 ReleasePage::pipelineId() const {
    return m_model->details().release.pipelineId;
}

} // namespace slipway
