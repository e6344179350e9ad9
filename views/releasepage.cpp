#include "releasepage.h"

#include "datetext.h"

#include "auditlistmodel.h"
#include "comparedialog.h"
#include "deploydialog.h"
#include "deploymentlogmodel.h"
#include "errortext.h"
#include "pipelinechanges.h"
#include "pipelinegraphlayout.h"
#include "releasecards.h"
#include "releaselogpane.h"
#include "releasetabs.h"
#include "services/services.h"
#include "stagecardsarea.h"
#include "stagecardsview.h"
#include "stagedecisiondialog.h"
#include "timelineplot.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace slipway {

namespace {

QPushButton *button(const QString &text, const QString &name, const QString &tip, QWidget *parent) {
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setToolTip(tip);
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    return b;
}

// The audit subjects of a release: itself, each attempt, and each attempt's approvals.
QList<AuditSubject> auditSubjectsOf(Services &services, const ReleaseDetails &details) {
    QList<AuditSubject> subjects{{QStringLiteral("release"), details.release.id, {}}};
    for (const StageDetails &stage : details.stages)
        for (const DeploymentRecord &d : stage.deployments) {
            const QString attempt = ReleasePage::tr("%1 · attempt %2").arg(stage.stage.name).arg(d.attempt);
            subjects.append({QStringLiteral("deployment"), d.id, attempt});
            if (Result<QList<ApprovalRecord>> approvals = services.approvals.ofDeployment(d.id))
                for (const ApprovalRecord &a : std::as_const(*approvals))
                    subjects.append({QStringLiteral("approval"), a.id,
                                     ReleasePage::tr("%1, approval by %2").arg(attempt, a.approver)});
        }
    return subjects;
}

} // namespace

ReleasePage::ReleasePage(ReleaseActions actions, qint64 releaseId, QWidget *parent)
    : QWidget(parent), m_actions(std::move(actions)), m_releaseId(releaseId),
      m_model(std::make_unique<DeploymentLogModel>(m_actions.services.releases, releaseId)) {
    setObjectName(QStringLiteral("releasePage"));
    m_model->setPlannedTasks([this](const QString &stage) {
        QStringList names;
        if (Result<std::shared_ptr<const PipelineDefinition>> snapshot =
                m_actions.services.pipelines.definitionOfRevision(m_model->details().release.revisionId))
            if (const StageDefinition *definition = (*snapshot)->stage(stage))
                for (const TaskSpec &task : definition->tasks)
                    names << task.name;
        return names;
    });
    QPushButton *backButton =
        button(tr("← &Back"), QStringLiteral("releaseBack"), tr("Back to the pipeline (Escape, Alt+Left)"), this);
    connect(backButton, &QPushButton::clicked, this, &ReleasePage::back);
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::ALT | Qt::Key_Left)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ReleasePage::back);
    }
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("releaseHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);

    m_actionMessage = new QLabel(this);
    m_actionMessage->setObjectName(QStringLiteral("releaseActionMessage"));
    // One line, always there: a message appearing must not push the tabs down under the mouse.
    m_actionMessage->setFixedHeight(m_actionMessage->fontMetrics().height() + 4);
    m_actionMessage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);

    m_cards = new StageCardsView(this);
    connect(m_cards, &StageCardsView::actionRequested, this,
            [this](const QString &stage, StageCard::Action action) { onStageAction(stage, int(action)); });
    m_cardsArea = new StageCardsArea(m_cards, this);

    auto *top = new QHBoxLayout;
    top->addWidget(backButton, 0, Qt::AlignTop);
    top->addWidget(m_header, 1);
    top->addWidget(makeHeaderButtons(), 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_cardsArea);
    layout->addWidget(m_actionMessage);
    layout->addWidget(makeTabs(), 1);
    updateHeader();
    fillCards();
    fillApprovalsAndGates(m_checks, m_actions.services.approvals, m_model->details());
    fillReleaseVariables(m_variables, m_actions.services.pipelines, m_model->details());
    m_logPane->showNewestAttempt();
}

ReleasePage::~ReleasePage() = default;

// Logs, approvals and gates, variables, history, timeline.
QWidget *ReleasePage::makeTabs() {
    m_audit = std::make_unique<AuditListModel>(
        m_actions.services.queries, [this] { return auditSubjectsOf(m_actions.services, m_model->details()); });
    m_history = new QTreeView(this);
    m_history->setObjectName(QStringLiteral("releaseHistory"));
    m_history->setAccessibleName(tr("Release history"));
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setModel(m_audit.get());
    m_history->header()->moveSection(AuditListModel::EventColumn, AuditListModel::WhatColumn);
    m_history->setColumnHidden(AuditListModel::WhatColumn, true);
    m_history->setColumnHidden(AuditListModel::DetailsColumn, true);
    m_history->header()->setSectionResizeMode(AuditListModel::WhenColumn, QHeaderView::ResizeToContents);
    m_checks = new QTreeWidget(this);
    m_checks->setObjectName(QStringLiteral("approvalsAndGates"));
    m_checks->setAccessibleName(tr("Approvals and gates"));
    m_checks->setHeaderLabels({tr("Step"), tr("State"), tr("Who and when"), tr("Comment or message")});
    m_variables = new QTableWidget(this);
    m_variables->setObjectName(QStringLiteral("releaseVariables"));
    m_variables->setAccessibleName(tr("Release variables"));
    m_variables->setColumnCount(3);
    m_variables->setHorizontalHeaderLabels({tr("Variable"), tr("Value"), tr("Scope")});
    m_variables->horizontalHeader()->setStretchLastSection(true);
    m_variables->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("releaseTabs"));
    m_tabs->setAccessibleName(tr("Release details"));
    m_logPane = new ReleaseLogPane(m_actions.services, *m_model, this);
    connect(m_logPane, &ReleaseLogPane::message, this, &ReleasePage::showMessage);
    m_tabs->addTab(m_logPane, tr("&Logs"));
    m_tabs->addTab(m_checks, tr("&Approvals and gates"));
    m_tabs->addTab(m_variables, tr("&Variables"));
    m_tabs->addTab(m_history, tr("&History"));
    m_timeline = new TimelinePlot(this);
    m_timeline->setObjectName(QStringLiteral("releaseTimeline"));
    m_tabs->addTab(m_timeline, tr("&Timeline"));

    return m_tabs;
}

// The release as a whole: compare, snapshot diff, keep forever, abandon.
QWidget *ReleasePage::makeHeaderButtons() {
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    QPushButton *compare = button(tr("Co&mpare with…"), QStringLiteral("releaseCompare"),
                                  tr("Artifacts, variables and pipeline snapshot against another release"), box);
    connect(compare, &QPushButton::clicked, this, [this] {
        auto *dialog = new CompareDialog(m_actions, m_releaseId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QPushButton *diff = button(tr("Pipeline &changes…"), QStringLiteral("releaseSnapshotDiff"),
                               tr("What changed in the pipeline since this release's snapshot"), box);
    connect(diff, &QPushButton::clicked, this, &ReleasePage::showSnapshotDiff);
    m_keepForever = button(tr("&Keep forever"), QStringLiteral("releaseKeepForever"),
                           tr("Retention never deletes a release kept forever"), box);
    m_keepForever->setCheckable(true);
    connect(m_keepForever, &QPushButton::clicked, this, [this](bool keep) {
        const QString name = m_model->details().release.name;
        const Status changed = m_actions.services.releases.setKeepForever(m_releaseId, keep, m_actions.user);
        showMessage(changed
                        ? (keep ? tr("%1 is kept forever.").arg(name) : tr("%1 is no longer kept forever.").arg(name))
                        : errorText(changed.error()));
        refresh();
    });
    // Alt+N: Alt+B is Back's.
    m_abandon = button(tr("Aba&ndon…"), QStringLiteral("releaseAbandon"),
                       tr("Abandon the release: none of its stages can be deployed any more (asks first)"), box);
    connect(m_abandon, &QPushButton::clicked, this, &ReleasePage::confirmAbandon);
    for (QPushButton *b : {compare, diff, m_keepForever, m_abandon})
        row->addWidget(b);
    if (m_actions.member) { // an admin's (ReleaseActions::member)
        m_keepForever->setEnabled(false);
        for (QPushButton *b : {m_keepForever, m_abandon})
            b->setToolTip(memberLimitText());
    }
    return box;
}

void ReleasePage::confirmAbandon() {
    const QString name = m_model->details().release.name;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Abandon release"),
                                tr("Abandon %1? Its stages can no longer be deployed.").arg(name),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("abandonConfirm"));
    box->setDefaultButton(QMessageBox::No); // abandoning cannot be undone: Enter must not do it
    box->setEscapeButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, name](QAbstractButton *clicked) {
        if (box->standardButton(clicked) != QMessageBox::Yes)
            return;
        const Status abandoned = m_actions.services.releases.abandon(m_releaseId, m_actions.user);
        showMessage(abandoned ? tr("%1 is abandoned.").arg(name) : errorText(abandoned.error()));
        refresh();
    });
    box->open();
}

void ReleasePage::updateHeader() {
    const ReleaseRecord &r = m_model->details().release;
    QStringList artifacts;
    for (const ReleaseArtifactRecord &a : m_model->details().artifacts)
        artifacts << (a.version ? a.alias + QLatin1Char(' ') + a.version->version : a.alias);
    const QString status = r.status == ReleaseStatus::Active  ? tr("active")
                           : r.status == ReleaseStatus::Draft ? tr("draft")
                                                              : tr("abandoned");
    QString text = tr("<b>%1</b> · %2<br>%3, revision %4 · created by %5, %6<br>Artifacts: %7")
                       .arg(r.name.toHtmlEscaped(), status, r.pipelineName.toHtmlEscaped())
                       .arg(r.revision)
                       .arg(r.createdBy.toHtmlEscaped(), dateTimeText(r.createdAt),
                            artifacts.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!r.description.isEmpty())
        text += QStringLiteral("<br>") + r.description.toHtmlEscaped();
    if (m_header->text() != text)
        m_header->setText(text);
    m_keepForever->setChecked(r.keepForever);
    m_abandon->setEnabled(r.status != ReleaseStatus::Abandoned && !m_actions.member);
}

// One card per stage, updated in place; the cards area keeps the height of its cards.
void ReleasePage::fillCards() {
    const ReleaseDetails &details = m_model->details();
    Result<std::shared_ptr<const PipelineDefinition>> snapshot =
        m_actions.services.pipelines.definitionOfRevision(details.release.revisionId);
    if (!snapshot)
        return;
    QStringList artifacts;
    for (const ReleaseArtifactRecord &a : details.artifacts)
        artifacts << (a.version ? a.alias + QLatin1Char(' ') + a.version->version : a.alias);
    ReleaseCards cards = releaseCardsOf(m_actions, details);
    m_situations = std::move(cards.situations);
    m_cards->showCards(layoutPipeline(**snapshot), artifacts.join(QLatin1Char('\n')), cards.cards);
    fillDecisionMenus();
    fillTimeline();
    QString waiting, running; // the first stage waiting for a decision, else the first running one
    for (const StageCard &card : cards.cards) {
        if (waiting.isEmpty() && !card.waitingFor.isEmpty())
            waiting = card.stage;
        if (running.isEmpty() && card.action == StageCard::Action::Cancel)
            running = card.stage;
    }
    m_cardsArea->cardsShown(waiting.isEmpty() ? running : waiting);
}

// The card's Decide menu: what its stage waits for this user to decide (Cancel is the card's button).
void ReleasePage::fillDecisionMenus() {
    for (auto it = m_situations.cbegin(); it != m_situations.cend(); ++it) {
        QMenu *menu = m_cards->decisionMenu(it.key());
        if (!menu || menu->isVisible()) // never change a menu under the mouse
            continue;
        menu->clear();
        addStageDecisions(
            menu, m_actions, it.value(), this, [this](const QString &message) { onDecided(message); }, false);
        m_cards->setDecisionsShown(it.key(), !menu->isEmpty());
    }
}

// The timeline: every attempt of every stage; a running one ends now.
void ReleasePage::fillTimeline() {
    const ReleaseDetails &details = m_model->details();
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
}

void ReleasePage::onStageAction(const QString &stage, int action) {
    if (StageCard::Action(action) == StageCard::Action::Cancel) {
        const StageDecisionContext situation = stageDecisionContext(m_actions, m_model->details(), stage);
        if (!situation.latest)
            return;
        auto *dialog = new StageDecisionDialog(m_actions, situation, StageDecision::Cancel, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &StageDecisionDialog::decided, this, [this, id = situation.latest->id](const QString &message) {
            m_canceling = id;
            onDecided(message);
        });
        dialog->open();
        return;
    }
    auto *dialog = new DeployDialog(m_actions, m_releaseId, stage, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, stage] {
        showMessage(tr("%1 of %2 requested (attempt %3).")
                        .arg(stage, m_model->details().release.name)
                        .arg(dialog->requestedAttempt()));
        refresh();
    });
    dialog->open();
}

void ReleasePage::onDecided(const QString &message) {
    showMessage(message);
    refresh();
}

void ReleasePage::showMessage(const QString &message) {
    m_actionMessage->setText(message);
    m_actionMessage->setToolTip(message);
}

void ReleasePage::showSnapshotDiff() {
    const ReleaseRecord &r = m_model->details().release;
    showPipelineChanges(this, m_actions.services.pipelines, r.pipelineId, r.revision, r.name);
}

void ReleasePage::showTab(int index) {
    m_tabs->setCurrentIndex(index);
}

void ReleasePage::refresh() {
    m_model->refresh();
    m_audit->refresh();
    updateHeader();
    fillCards();
    m_logPane->tail();
    fillApprovalsAndGates(m_checks, m_actions.services.approvals, m_model->details());
    if (!m_canceling)
        return;
    // The "Canceling…" message gives way to the outcome once the deployment has stopped.
    for (const StageDetails &stage : m_model->details().stages)
        for (const DeploymentRecord &d : stage.deployments)
            if (d.id == m_canceling && d.operationStatus == OperationStatus::Done) {
                showMessage(tr("The deployment of %1 in %2 (attempt %3) has ended: %4.")
                                .arg(stage.stage.name, m_model->details().release.name)
                                .arg(d.attempt)
                                .arg(deploymentStatusText(d.status)));
                m_canceling = 0;
            }
}

QString ReleasePage::suggestedLogName() const {
    return m_logPane->suggestedLogName();
}

bool ReleasePage::saveLog(const QString &path) const {
    return m_logPane->saveLog(path);
}

qint64 ReleasePage::pipelineId() const {
    return m_model->details().release.pipelineId;
}

} // namespace slipway
