#include "releasepage.h"

#include "deploymentlogmodel.h"
#include "services/services.h"

#include <QFile>
#include <QFontDatabase>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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

    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("releaseHistory"));
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

    auto *top = new QHBoxLayout;
    top->addWidget(backButton);
    top->addWidget(m_header, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(tabs, 1);
    updateHeader();
    fillHistory();
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
    QStringList stages;
    for (const StageDetails &s : m_model->details().stages)
        stages << QStringLiteral("%1: %2").arg(s.stage.name, toString(s.stage.status));
    m_header->setText(tr("<b>%1</b> of %2 — %3, created by %4<br>%5<br>%6")
                          .arg(r.name.toHtmlEscaped(), r.pipelineName.toHtmlEscaped(), toString(r.status),
                               r.createdBy.toHtmlEscaped(), artifacts.join(QStringLiteral(", ")).toHtmlEscaped(),
                               stages.join(QStringLiteral(" · ")).toHtmlEscaped()));
}

void ReleasePage::fillHistory() {
    m_history->clear();
    Result<QList<AuditEventRecord>> events =
        m_actions.services.queries.auditEvents(QStringLiteral("release"), m_releaseId);
    if (!events)
        return;
    for (const AuditEventRecord &e : std::as_const(*events))
        m_history->addItem(
            QStringLiteral("%1  %2  %3")
                .arg(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.actor, e.action));
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
                m_log->appendPlainText(line.at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz  ")) + line.line);
        m_lastLine = lines->last().id;
        if (lines->size() < 2000)
            return;
    }
}

void ReleasePage::refresh() {
    m_model->refresh();
    updateHeader();
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
                m_checks, {tr("%1 · attempt %2").arg(stage.stage.name).arg(d.attempt), toString(d.operationStatus)});
            if (Result<QList<ApprovalRecord>> rows = approvals.ofDeployment(d.id))
                for (const ApprovalRecord &a : std::as_const(*rows)) {
                    QString who =
                        a.actedBy.isEmpty()
                            ? tr("waiting for %1").arg(a.approver)
                            : tr("%1, %2").arg(a.actedBy,
                                               a.actedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
                    if (a.deferredUntil.isValid())
                        who += tr(" (deferred to %1)")
                                   .arg(a.deferredUntil.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
                    new QTreeWidgetItem(attempt, {a.kind == ApprovalKind::PreDeploy
                                                      ? tr("Pre-deployment approval: %1").arg(a.approver)
                                                      : tr("Post-deployment approval: %1").arg(a.approver),
                                                  toString(a.status), who, a.comment});
                }
            if (Result<QList<GateEvaluationRecord>> rounds = approvals.gateEvaluations(d.id))
                for (const GateEvaluationRecord &round : std::as_const(*rounds)) {
                    QStringList results;
                    for (const QJsonValue &r : round.results)
                        results << QStringLiteral("%1: %2").arg(
                            r.toObject().value(QLatin1String("name")).toString(),
                            r.toObject().value(QLatin1String("message")).toString());
                    new QTreeWidgetItem(
                        attempt, {tr("Gates (%1)").arg(round.phase), round.passed ? tr("passed") : tr("not passed"),
                                  round.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                  results.join(QStringLiteral("; "))});
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

} // namespace slipway
